"""``python benchmarks/variant.py TRICK -- ARGS...``: btse-gui with one of its start-up
tricks taken out (``none``: as shipped), for the interleaved A/B runs of
``ab_start.py``. Each trick is taken out right after its module is imported, by an
import hook, so the variant imports nothing earlier or later than the app does.
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
        self._released = False  # type: ignore[attr-defined]
        self._paused = False  # type: ignore[attr-defined]

    module.HeldBack.__init__ = begin


def _log_file_at_once(module: ModuleType) -> None:
    original = module.setup_memory

    def setup_memory() -> None:
        original()
        module.setup()

    module.setup_memory = setup_memory


def _pyside_reads_sources(module: ModuleType) -> None:
    module.read_bytes_only = lambda: False


def _qt_namespace_first(module: ModuleType) -> None:
    from PySide6.QtCore import Qt

    assert Qt.Key.Key_A  # what one enum read by a widget costs: all of them are made


def _full_parser(module: ModuleType) -> None:
    module.parse = lambda argv: None


def _httpx_command_line(module: ModuleType) -> None:
    if sys.modules.get("httpx._main", 0) is None:
        del sys.modules["httpx._main"]


#: trick -> (the module it lives in, what takes it out)
TRICKS: dict[str, tuple[str, Callable[[ModuleType], None]]] = {
    "gc_pause": ("btse_gui.gui.startup.held_back", _no_gc_pause),
    "log_file_later": ("btse_gui.core.logs", _log_file_at_once),
    "pyside_hook": ("btse_gui.gui.qtcompat.pyside_hook", _pyside_reads_sources),
    "window_parser": ("btse_gui.cli.window_args", _full_parser),
    "no_qt_enums_first": ("btse_gui.gui.startup.first_frame", _qt_namespace_first),
    "no_httpx_cli": ("btse_gui.api", _httpx_command_line),
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


def main() -> int:
    trick, separator, *args = sys.argv[1:]
    assert separator == "--"
    if trick != "none":
        name, patch = TRICKS[trick]
        sys.meta_path.insert(0, _AfterImport(name, patch))
    import btse_gui.__main__ as entry

    entry.STARTED = STARTED
    return entry.main(args)


if __name__ == "__main__":
    sys.exit(main())
