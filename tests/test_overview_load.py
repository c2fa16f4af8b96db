"""The accounts overview while it loads: rows shown as their answers arrive, the lookups'
own process (cancelled, killed, restarted) and a table that repaints only what is on
screen. Real profiles (keychain items), the sandbox on loopback, the real window."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from PySide6.QtGui import QPaintEvent, QStandardItem, QStandardItemModel

from btse_gui.core.overview_rows import Column
from btse_gui.gui.overview.table import OverviewTable
from btse_gui.sandbox.accounts import DEMO_ACCOUNTS
from tests.gui_helpers import click, run, until
from tests.test_overview import ACCOUNTS, add_profiles, column_texts, open_overview

LOADING = "⟳ Loading…"


def test_rows_show_as_they_arrive_and_cancel_stops_the_lookups_process(  # type: ignore[no-untyped-def]
    qtbot, qloop, make_app, book, sandbox, sandbox_url
) -> None:
    names = add_profiles(book, sandbox_url, ACCOUNTS)
    sandbox.set_faults("latency=400")
    app = make_app()

    async def scenario() -> None:
        page = open_overview(qtbot, app)
        page.loader.max_in_flight = 2  # two accounts at a time: four waves of answers
        await until(lambda: page.loader.answered >= 2, timeout=20, what="the first answers")
        assert page.loader.busy
        # The table shows the answered rows while the others still load.
        await until(
            lambda: 0 < sum(s != LOADING for s in column_texts(page, Column.STATUS)) < len(names),
            timeout=2,
            what="answered rows shown before the last answer",
        )
        assert LOADING in column_texts(page, Column.STATUS)
        assert any(column_texts(page, Column.USERNAME))

        # The credentials reached the lookups' process through its pipe alone.
        process = page.loader.lookups._process
        assert process is not None
        assert process.poll() is None
        proc = Path(f"/proc/{process.pid}")
        if proc.exists():  # Linux: what anyone on this computer could read
            exposed = (proc / "cmdline").read_bytes() + (proc / "environ").read_bytes()
            for account in names.values():
                assert DEMO_ACCOUNTS[account].secret.encode() not in exposed

        click(qtbot, page.cancel_button)
        await until(lambda: not page.loader.busy, timeout=2, what="cancelled promptly")
        await asyncio.sleep(0.6)  # requests already sent may still be answered
        sent = sandbox.stats["requests"]
        await asyncio.sleep(1.2)
        # The process stopped the job: nothing more is sent, nothing more fills.
        assert sandbox.stats["requests"] == sent
        filled = sum(r.result is not None for r in page.loader.rows)
        assert filled < len(names)
        assert LOADING not in column_texts(page, Column.STATUS)

    run(qloop, scenario(), timeout=90)


def test_a_lookups_process_that_dies_is_said_and_the_next_refresh_starts_another(  # type: ignore[no-untyped-def]
    qtbot, qloop, make_app, book, sandbox, sandbox_url
) -> None:
    names = add_profiles(book, sandbox_url, ("kyc1", "kyc2", "kyc3", "vip", "locked", "kyc0"))
    sandbox.set_faults("latency=500")
    app = make_app()

    async def scenario() -> None:
        page = open_overview(qtbot, app)
        page.loader.max_in_flight = 1
        await until(lambda: page.loader.answered >= 1, timeout=20, what="a first answer")
        process = page.loader.lookups._process
        assert process is not None
        process.kill()
        await until(lambda: not page.loader.busy, timeout=5, what="the load to end")
        await until(lambda: page.message.isVisible(), timeout=2, what="the message")
        assert "stopped unexpectedly" in page.message.text()
        assert sum(r.result is not None for r in page.loader.rows) < len(names)
        assert not any(r.busy for r in page.loader.rows)

        sandbox.set_faults("")
        page.loader.max_in_flight = None
        click(qtbot, page.refresh_all_button)
        await until(
            lambda: not page.loader.busy and all(r.result for r in page.loader.rows),
            timeout=30,
            what="every row filled by a new process",
        )
        assert page.loader.lookups._process is not process
        assert not page.message.isVisible()

    run(qloop, scenario(), timeout=90)


class RecordingTable(OverviewTable):
    """The table, noting the height of each repaint it is asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[int] = []

    def paintEvent(self, event: QPaintEvent) -> None:
        self.asked.append(event.region().boundingRect().height())
        super().paintEvent(event)


def make_table(qtbot: Any, rows: int) -> tuple[RecordingTable, QStandardItemModel]:
    model = QStandardItemModel(rows, 5)
    for row in range(rows):
        for column in range(5):
            model.setItem(row, column, QStandardItem(f"{row}/{column}"))
    table = RecordingTable()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(400, 300)
    table.show()
    qtbot.waitExposed(table)
    return table, model


def test_the_table_repaints_changes_on_screen_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    table, model = make_table(qtbot, 500)
    first, last = table.rows_on_screen()
    assert first == 0
    assert 5 < last < 100
    before = table.cells_repainted
    model.dataChanged.emit(model.index(200, 0), model.index(400, 4))  # all out of sight
    assert table.cells_repainted == before
    model.dataChanged.emit(model.index(last - 1, 0), model.index(last + 50, 4))
    assert table.cells_repainted == before + 2 * 5  # the two rows in sight
    table.scrollTo(model.index(300, 0))
    first, last = table.rows_on_screen()
    assert first <= 300 <= last
    model.dataChanged.emit(model.index(300, 2), model.index(300, 2))
    assert table.cells_repainted == before + 2 * 5 + 1


def test_while_rows_arrive_a_big_repaint_comes_in_frames(qtbot) -> None:  # type: ignore[no-untyped-def]
    table, _ = make_table(qtbot, 500)
    height = table.viewport().height()
    table.progressive = True
    table.asked.clear()
    table.viewport().repaint()  # the whole table at once ...
    qtbot.wait(300)
    # ... is painted a few rows at a time, a frame apart, each time what is left.
    assert table.asked[0] == height
    assert len(table.asked) >= 3
    assert table.asked == sorted(table.asked, reverse=True)
    assert len(set(table.asked)) == len(table.asked)
    table.progressive = False
    table.asked.clear()
    table.viewport().repaint()
    qtbot.wait(100)
    assert table.asked == [height]  # otherwise in one go, as Qt does


def test_a_profile_that_became_another_account_loses_its_row_s_data(  # type: ignore[no-untyped-def]
    qtbot, qloop, make_app, book, sandbox_url, serve
) -> None:
    """A row shows one account's data: when its profile gets another key or server (here
    by the command line, in another process), reading the profiles again empties it,
    and the next lookup fills it with the new account's."""
    from btse_gui.api.server import Credentials
    from btse_gui.profiles.book import ProfileBook
    from btse_gui.profiles.model import Profile
    from btse_gui.profiles.store import ProfileFile
    from btse_gui.sandbox.app import Sandbox

    names = list(add_profiles(book, sandbox_url, ("kyc1", "kyc2")))
    other_url = serve(Sandbox())
    app = make_app()

    async def scenario() -> None:
        page = open_overview(qtbot, app)
        loader = page.loader
        await until(lambda: loader.rows and not loader.busy, what="first lookup")
        rows = {row.name: row for row in loader.rows}
        assert rows[names[0]].username == "kyc1demo"
        elsewhere = ProfileBook(ProfileFile(book.file.folder))  # another process's view
        vip = DEMO_ACCOUNTS["vip"]
        elsewhere.add(Profile(names[0], other_url), Credentials(vip.key, vip.secret))
        await loader.relist()
        rows = {row.name: row for row in loader.rows}
        assert rows[names[0]].result is None  # not the old account's data any more
        assert rows[names[1]].username == "kyc2demo"  # the unchanged one keeps its own
        await loader.refresh([names[0]])
        assert {row.name: row for row in loader.rows}[names[0]].username == "vipdemo"

    run(qloop, scenario())


def test_sorting_by_status_puts_the_failed_rows_first() -> None:
    from btse_gui.core.lookups import NoSavedKeyError, Row
    from btse_gui.core.overview_rows import Column, OverviewRow, cell_text, sort_key

    quiet = OverviewRow("a-quiet")
    failed = OverviewRow("z-failed", result=Row("z-failed", None, error=NoSavedKeyError()))
    ordered = sorted([quiet, failed], key=lambda row: sort_key(row, Column.STATUS))
    assert ordered == [failed, quiet]
    assert cell_text(failed, Column.STATUS) == "⚠ No key saved"
