"""``btse-gui`` and ``python -m btse_gui``."""

from __future__ import annotations

import sys
import time

#: When the process got here: ``--quit-after-load`` reports timings from this point.
STARTED = time.perf_counter()


#: ``worker_pipe.WORKER_FLAG``: the accounts overview's lookups, in their own process.
LOOKUP_WORKER = "--lookup-worker"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == [LOOKUP_WORKER]:
        from btse_gui.lookup_worker import serve

        return serve()
    try:
        # The window (no command) is read without the command line's parser and the
        # modules behind its commands: they are not on the way to its first frame.
        from btse_gui import cli_window

        window = cli_window.parse(args)
        if window is not None:
            code = cli_window.run(window, STARTED)
        else:
            from btse_gui.cli import run

            code = run(args, started=STARTED)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (``btse-gui lookup ... | head -1``): stop quietly. Point
        # stdout at nothing so the interpreter's own final flush cannot fail again.
        _quiet_stdout()
        return 1
    except OSError as exc:  # stdout cannot be written (a full disk, a closed terminal)
        _quiet_stdout()
        reason = exc.strerror or type(exc).__name__
        print(f"btse-gui: the output could not be written: {reason}", file=sys.stderr)
        return 1
    return code


def _quiet_stdout() -> None:
    import os

    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
