"""Every workaround for PySide6, qasync or PyInstaller, in one place: each module says
what it saves (measured), what upstream behaviour it depends on, and which test fails
when that behaviour changes."""
