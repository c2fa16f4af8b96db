"""Names vulture (``make lint``, 80 % confidence) takes for unused that Qt calls with:
the parameters of Qt's virtual methods, which an override must accept whatever it does
with them. Nothing else belongs here: dead code is removed, not listed."""

watched  # QObject.eventFilter(watched, event): the filters act on the event alone
mode  # qInstallMessageHandler's handler(mode, context, message): only the message is read
source_parent  # QSortFilterProxyModel.filterAcceptsRow(source_row, source_parent)
