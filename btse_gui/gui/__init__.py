"""Everything that imports PySide6, and nothing else does: the composition root
(``app``), the start (``startup``), every PySide6 / qasync workaround (``qtcompat``),
the widgets and the accounts overview's views."""
