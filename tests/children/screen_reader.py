"""The window as a Linux screen reader meets it: the AT-SPI tree, read with Debian's own
bindings (pyatspi over libatspi). Run by the system's Python, which has them, not the
project's venv (they are no wheels): ``/usr/bin/python3 -m tests.children.screen_reader
CASE ARGS`` from the repository's folder, inside the tests' private D-Bus session.

``bus``: waits until the session's accessibility bus answers (``org.a11y.Bus``, the
at-spi-bus-launcher the test started), so the window finds it when it starts.
``tree PID``: waits until the application of process PID is on the AT-SPI desktop, then
reports every node a reader can reach: what is on screen (``showing``); hidden pages
are left out, as a reader leaves them out.
"""

from __future__ import annotations

import time
from typing import Any

from tests.children.common import Report, run_case

#: Seconds to wait for the bus, or for the window to join it.
WAIT_S = 30.0
#: Deeper than the window's tree ever goes; a guard against a cycle in a broken tree.
MAX_DEPTH = 60


def bus(_: list[str]) -> Report:
    """The accessibility bus's address, once ``org.a11y.Bus`` owns its name on the
    session bus and has started the bus (its GetAddress starts it)."""
    from gi.repository import Gio, GLib  # type: ignore[import-not-found]

    loop = GLib.MainLoop()
    owners: list[str] = []

    def appeared(_connection: Any, _name: str, owner: str) -> None:
        owners.append(owner)
        loop.quit()

    watch = Gio.bus_watch_name(
        Gio.BusType.SESSION, "org.a11y.Bus", Gio.BusNameWatcherFlags.NONE, appeared, None
    )
    GLib.timeout_add(int(WAIT_S * 1000), loop.quit)
    loop.run()
    Gio.bus_unwatch_name(watch)
    if not owners:
        return {"address": None}
    session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    reply = session.call_sync(
        "org.a11y.Bus",
        "/org/a11y/bus",
        "org.a11y.Bus",
        "GetAddress",
        None,
        GLib.VariantType.new("(s)"),
        Gio.DBusCallFlags.NONE,
        int(WAIT_S * 1000),
        None,
    )
    return {"address": reply.unpack()[0]}


def tree(args: list[str]) -> Report:
    """Every node of process ``args[0]``'s application that is on screen, in reading
    order: its id, role, name, description, text (labels and fields) and what labels
    it."""
    import pyatspi  # type: ignore[import-not-found]

    pid = int(args[0])
    desktop = pyatspi.Registry.getDesktop(0)
    deadline = time.monotonic() + WAIT_S
    app = None
    # The window joins the registry on its own time (Qt's bridge, after its start): the
    # desktop is asked until it lists it.
    while app is None:
        for i in range(desktop.childCount):
            child = desktop.getChildAtIndex(i)
            if child is not None and child.get_process_id() == pid:
                app = child
        if app is None:
            if time.monotonic() > deadline:
                return {"app": None, "nodes": []}
            time.sleep(0.05)

    nodes: list[dict[str, Any]] = []

    def walk(node: Any, depth: int) -> None:
        if node is None or depth > MAX_DEPTH:
            return
        if depth > 0 and not node.getState().contains(pyatspi.STATE_SHOWING):
            return  # not on screen: a reader does not reach it
        try:
            text = node.queryText().getText(0, -1)
        except NotImplementedError:
            text = None
        labelled_by = [
            relation.getTarget(i).name
            for relation in node.getRelationSet()
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY
            for i in range(relation.getNTargets())
        ]
        nodes.append(
            {
                "depth": depth,
                # Qt's accessible id: the path of object names down to this widget.
                "id": node.get_accessible_id() or "",
                "role": node.getRoleName(),
                "name": node.name or "",
                "description": node.description or "",
                "text": text,
                "labelled_by": labelled_by,
            }
        )
        for i in range(node.childCount):
            walk(node.getChildAtIndex(i), depth + 1)

    walk(app, 0)
    return {"app": app.name, "nodes": nodes}


if __name__ == "__main__":
    run_case({"bus": bus, "tree": tree})
