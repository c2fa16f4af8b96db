"""What the window opens on: chosen once, here, before anything is shown.

- ``DEMO_ACCOUNT``: ``--demo ACCOUNT``: that demo account, signed in at once.
- ``REMEMBERED``: the profile the window last closed on, when its key was remembered:
  shown loading from the first frame, signed in once the keychain has given its key.
- ``FORM``: the sign-in form (the demo's account picker with ``--demo``), filled with
  the last profile when there is one.
- ``OVERVIEW``: ``--overview``: the accounts overview, every row looked up.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from btse_gui.gui.options import GuiOptions
    from btse_gui.gui.settings import Settings


class Kind(Enum):
    DEMO_ACCOUNT = "demo account"
    REMEMBERED = "remembered profile"
    FORM = "sign-in form"
    OVERVIEW = "accounts overview"


@dataclass(frozen=True)
class Opening:
    kind: Kind
    #: The account shown loading from the first frame ("": none).
    name: str = ""


def choose(options: GuiOptions, settings: Settings | None) -> Opening:
    """The one place that decides what the window opens on."""
    if options.overview:
        return Opening(Kind.OVERVIEW)
    if options.demo:
        return Opening(Kind.DEMO_ACCOUNT, options.demo)
    # A hint read before the profiles file or the keychain: the sign-in that follows
    # checks it (the profile may be gone, its key forgotten: then the form, filled).
    remembered = settings.opening_profile if settings is not None else ""
    if remembered:
        return Opening(Kind.REMEMBERED, remembered)
    return Opening(Kind.FORM)
