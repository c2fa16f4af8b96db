"""Programs the tests run in a fresh interpreter (``python -m tests.children.NAME CASE``):
what a module pulls in, or what a process does at its start, is only visible in a
process that has not imported it yet. Each prints what it saw as one JSON line."""
