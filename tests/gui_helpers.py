"""Driving the real window from tests: a qasync loop per test and small async waits."""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

T = TypeVar("T")


async def until(condition: Callable[[], object], timeout: float = 15.0, what: str = "") -> None:
    """Let the Qt/asyncio loop run until ``condition()`` is true."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or condition}")
        await asyncio.sleep(0.01)


def run(loop: asyncio.AbstractEventLoop, coro: Coroutine[Any, Any, T], timeout: float = 60) -> T:
    """Run ``coro`` on the Qt loop. Before the loop pauses, garbage is collected while it
    still runs, so an async generator left half-read (a body cut off by a deadline) is
    closed by the loop, as it is in the app, whose loop never pauses."""

    async def body() -> T:
        try:
            return await asyncio.wait_for(coro, timeout)
        finally:
            gc.collect()
            await asyncio.sleep(0.01)

    return loop.run_until_complete(body())


def type_into(qtbot: Any, widget: QWidget, text: str) -> None:
    """Select all and type, as a person replacing a field's text would."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(widget, text)


def click(qtbot: Any, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def toggle(qtbot: Any, checkbox: QWidget) -> None:
    """Toggle a check box from the keyboard (a click at a stretched box's centre may miss
    its label, as it would for a person)."""
    checkbox.setFocus()
    qtbot.keyClick(checkbox, Qt.Key.Key_Space)
