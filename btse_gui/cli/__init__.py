"""The command line: ``lookup``, ``profiles``, ``keychain``, ``sandbox``, and the
window's own flags (``window_args``). No Qt, ever."""
