"""``btse-gui`` and ``python -m btse_gui``: dispatch only — the window, a command of
the command line, or (the frozen app) the lookups' process."""

from __future__ import annotations

import argparse
import sys
import time

#: When the process got here: ``--quit-after-load`` reports timings from this point.
STARTED = time.perf_counter()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from btse_gui.worker import WORKER_FLAG

    if args == [WORKER_FLAG]:
        from btse_gui.worker.serve import main as serve

        return serve()
    try:
        from btse_gui.cli import main as cli

        parsed = cli.parse(args)  # --help, --version and usage errors end here
        if parsed.command is None:
            return open_window(parsed)
        code = cli.run(parsed)
        if sys.stdout is not None:
            sys.stdout.flush()
        return code
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
    except Exception as exc:  # a bug: one line, never a traceback (it may quote a value)
        print(f"btse-gui: something unexpected went wrong ({type(exc).__name__})", file=sys.stderr)
        return 1


def open_window(args: argparse.Namespace) -> int:
    """The window, as the flags ask (this ends the process once it has been shown)."""
    from btse_gui.api.i18n import UserFacingError, translate
    from btse_gui.cli import window_args

    problem = window_args.usage_problem(args)
    if problem is not None:
        window_args.cli_language()
        print(f"btse-gui: {translate('Cli', problem)}", file=sys.stderr)
        return window_args.EXIT_USAGE
    from btse_gui.gui.options import GuiOptions
    from btse_gui.gui.startup.sequence import run_window

    try:
        return run_window(GuiOptions.from_args(args, STARTED))
    except UserFacingError as exc:
        print(f"btse-gui: {' '.join(exc.user_message().split())}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("btse-gui: interrupted", file=sys.stderr)
        return 130


def _quiet_stdout() -> None:
    import os

    if sys.stdout is not None:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
