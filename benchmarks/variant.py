"""``python benchmarks/variant.py TRICK -- ARGS...``: btse-gui with one of its start-up
tricks taken out (``none``: as shipped), for the interleaved A/B runs of
``ab_start.py``. Each trick is taken out right after its module is imported, by an
import hook, so the variant imports nothing earlier or later than the app does.

``window_parser`` works the other way round: it puts back a trick the app dropped (the
window's flags read by a parser of their own, without the command line's), so its
"B - A" is what the app pays for not having it.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import sys
import time
from collections.abc import Callable
from types import ModuleType

STARTED = time.perf_counter()


def _no_gc_pause(module: ModuleType) -> None:
    def begin(self: object) -> None:
        self._ended = False  # type: ignore[attr-defined]
        self._paused = False  # type: ignore[attr-defined]

    module.GcPause.__init__ = begin


def _pyside_reads_sources(module: ModuleType) -> None:
    module.read_bytes_only = lambda: False


def _qt_namespace_first(module: ModuleType) -> None:
    from PySide6.QtCore import Qt

    assert Qt.Key.Key_A  # what one enum read by a widget costs: all of them are made


def _overview_at_once(module: ModuleType) -> None:
    original = module.OverviewSwitch.set_loader

    def set_loader(self: object, loader: object) -> None:
        original(self, loader)
        assert self.page is not None  # type: ignore[attr-defined]  # built now

    module.OverviewSwitch.set_loader = set_loader


def _httpx_command_line(module: ModuleType) -> None:
    if sys.modules.get("httpx._main", 0) is None:
        del sys.modules["httpx._main"]


#: trick -> (the module it lives in, what takes it out)
TRICKS: dict[str, tuple[str, Callable[[ModuleType], None]]] = {
    "gc_pause": ("btse_gui.gui.startup.gc_pause", _no_gc_pause),
    "pyside_hook": ("btse_gui.gui.qtcompat.pyside_hook", _pyside_reads_sources),
    "no_qt_enums_first": ("btse_gui.gui.startup.first_frame", _qt_namespace_first),
    "no_httpx_cli": ("btse_gui.api", _httpx_command_line),
    "overview_later": ("btse_gui.gui.overview.switch", _overview_at_once),
}


class _AfterImport(importlib.abc.MetaPathFinder):
    """Runs ``patch`` on module ``name`` as soon as it has been executed."""

    def __init__(self, name: str, patch: Callable[[ModuleType], None]) -> None:
        self.name = name
        self.patch = patch

    def find_spec(self, fullname: str, path: object, target: object = None):  # type: ignore[no-untyped-def]
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(fullname)
        assert spec is not None
        assert spec.loader is not None
        loader = spec.loader
        patch = self.patch
        original = loader.exec_module

        def exec_module(module: ModuleType) -> None:
            original(module)
            patch(module)

        loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def _with_window_parser(args: list[str]) -> int | None:
    """The window's flags read as btse-gui once did: a parser of their own; ``None``
    when they are not the window's (then the app's one parser reads them)."""
    import argparse

    from btse_gui.cli import window_args

    class NotTheWindows(Exception):
        pass

    class WindowParser(argparse.ArgumentParser):
        def error(self, message: str) -> None:  # type: ignore[override]
            raise NotTheWindows(message)

    parser = WindowParser(prog="btse-gui", add_help=False)
    window_args.add_window_options(parser)
    try:
        parsed = parser.parse_args(args)
    except NotTheWindows:
        return None
    import btse_gui.__main__ as entry

    entry.STARTED = STARTED
    return entry.open_window(parsed)


def main() -> int:
    trick, separator, *args = sys.argv[1:]
    assert separator == "--"
    if trick == "window_parser":
        code = _with_window_parser(args)
        if code is not None:
            return code
    elif trick != "none":
        name, patch = TRICKS[trick]
        sys.meta_path.insert(0, _AfterImport(name, patch))
    import btse_gui.__main__ as entry

    entry.STARTED = STARTED
    return entry.main(args)


if __name__ == "__main__":
    sys.exit(main())
