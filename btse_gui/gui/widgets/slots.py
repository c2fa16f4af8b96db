"""``qasync.asyncSlot`` with a type: button handlers that are coroutines."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

import qasync

Handler = TypeVar("Handler", bound=Callable[..., Coroutine[Any, Any, None]])


def async_slot(*types: type) -> Callable[[Handler], Handler]:
    """Run the decorated coroutine as an asyncio task on the Qt loop when the signal fires.

    An exception inside it goes to ``sys.excepthook`` (in tests, pytest-qt fails the test);
    cancellation is silent.
    """
    decorator: Callable[[Handler], Handler] = qasync.asyncSlot(*types)
    return decorator
