"""Saved server profiles as data: the model and its one validation (``model``), the
file (``store``), the book that keeps file and keychain in step (``book``), the check
and repair (``check``), and the keychain itself (``keychain``). No Qt."""
