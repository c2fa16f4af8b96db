"""The lookups process, both sides: ``process`` (the window's side: one spawn, one
reader), ``serve`` (the process's side) and ``wire`` (the typed messages between them,
as JSON lines). No Qt."""

#: The hidden flag that makes the frozen ``btse-gui`` binary the lookups' process
#: (``btse_gui.__main__`` checks it before anything else is imported).
WORKER_FLAG = "--lookup-worker"
