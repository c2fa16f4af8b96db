"""The accounts overview, through the front door: real profiles (keychain items), the
sandbox on loopback, real keys and clicks on the real window."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDir, QPoint, QRect, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QPushButton, QStyle, QStyleOptionHeader

from btse_gui.api.models import permission_name
from btse_gui.api.server import Credentials
from btse_gui.core.overview_rows import COLUMNS, Column
from btse_gui.core.session import SessionState
from btse_gui.gui.widgets.frame import WINDOW_SIZE
from btse_gui.profiles.book import ProfileBook
from btse_gui.profiles.model import Profile
from btse_gui.sandbox.accounts import DEMO_ACCOUNTS
from tests.gui_helpers import click, run, type_into, until
from tests.lookup_json import rows

ACCOUNTS = ("kyc0", "kyc1", "kyc2", "kyc3", "locked", "mismatch", "noread", "vip")


def add_profiles(book: Any, url: str, accounts: tuple[str, ...] = ACCOUNTS) -> dict[str, str]:
    """One saved profile (key and secret in the keychain) per demo account: name -> account."""
    tag = uuid.uuid4().hex[:4]
    names = {}
    for account in accounts:
        name = f"{account}-{tag}"
        demo = DEMO_ACCOUNTS[account]
        book.add(Profile(name, url), Credentials(demo.key, demo.secret))
        names[name] = account
    return names


def open_overview(qtbot: Any, app: Any) -> Any:
    """Ctrl+Shift+A, as a person would; returns the page."""
    window = app.window
    window.activateWindow()
    QTest.keyClick(
        window,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    page = window.overview.page
    assert window.pages.currentWidget() is page
    assert window.status.state_label.text() == "Accounts overview"  # not the account's state
    assert window.status.updated_label.text() == ""  # nor the account's time
    return page


def cell(page: Any, row: int, column: Column) -> str:
    proxy = page.proxy
    return str(proxy.data(proxy.index(row, COLUMNS.index(column))))


def column_texts(page: Any, column: Column) -> list[str]:
    return [cell(page, r, column) for r in range(page.proxy.rowCount())]


def all_filled(page: Any) -> bool:
    loader = page.loader
    return bool(loader.rows) and not loader.busy and all(r.result for r in loader.rows)


def test_overview_sorts_filters_opens_copies_and_exports(  # type: ignore[no-untyped-def]
    qtbot, qloop, make_app, book, sandbox_url, tmp_path
) -> None:
    names = add_profiles(book, sandbox_url)
    by_account = {account: name for name, account in names.items()}
    app = make_app()

    async def scenario() -> None:
        page = open_overview(qtbot, app)
        await until(lambda: len(page.loader.rows) == len(names), what="rows listed")
        await until(lambda: all_filled(page), timeout=30, what="rows filled")
        # noread answers 403: one failed; the label catches up within a batch.
        await until(lambda: page.count_label.text() == "8 of 8 shown · 1 failed", what="count")
        # A failed row says why, in a few words and, in its tooltip, the server's too.
        type_into(qtbot, page.filter, by_account["noread"])
        assert "403" in cell(page, 0, Column.STATUS)
        status = page.proxy.index(0, COLUMNS.index(Column.STATUS))
        assert "Give the key read permission" in status.data(Qt.ItemDataRole.ToolTipRole)

        # Sort by KYC: a click on the header, then the other way.
        type_into(qtbot, page.filter, "")
        header = page.table.horizontalHeader()
        x = header.sectionViewportPosition(COLUMNS.index(Column.KYC)) + 5
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        levels = [t for t in column_texts(page, Column.KYC) if t.isdigit()]
        assert levels == sorted(levels)
        assert levels[0] == "0"
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        levels = [t for t in column_texts(page, Column.KYC) if t.isdigit()]
        assert levels == sorted(levels, reverse=True)
        assert levels[0] == "3"

        # Filter: a name, then the special words.
        type_into(qtbot, page.filter, "vip")
        assert column_texts(page, Column.PROFILE) == [by_account["vip"]]
        assert page.count_label.text().startswith("1 of 8 shown")
        type_into(qtbot, page.filter, "blocked")
        blocked = set(column_texts(page, Column.PROFILE))
        assert by_account["kyc0"] in blocked
        assert by_account["locked"] in blocked
        assert by_account["kyc3"] not in blocked
        assert by_account["vip"] not in blocked
        type_into(qtbot, page.filter, "error")
        assert column_texts(page, Column.PROFILE) == [by_account["noread"]]
        type_into(qtbot, page.filter, "mismatch")
        assert column_texts(page, Column.PROFILE) == [by_account["mismatch"]]
        # Permission marks: shapes, not colour alone; ≠ where the flag disagrees with
        # the KYC rule; the row in full under the table.
        assert cell(page, 0, Column.CRYPTO_DEPOSIT) == "✖ ≠"
        assert cell(page, 0, Column.CRYPTO_WITHDRAWAL) == "✔ ≠"
        assert cell(page, 0, Column.FIAT_WITHDRAWAL) == "✖"
        page.table.setFocus()
        page.select_row(0)
        details = page.details.text()
        assert "Blocked: USDT in, TWD out, Trade" in details
        assert "USDT in: blocked  [MISMATCH: server says blocked" in details
        type_into(qtbot, page.filter, "error")
        assert cell(page, 0, Column.STATUS) == "⚠ Key may not read (403)"
        page.select_row(0)
        assert "Give the key read permission" in page.details.text()
        type_into(qtbot, page.filter, "nobody-has-this-name")
        assert column_texts(page, Column.PROFILE) == []
        assert page.count_label.text() == "No row matches “nobody-has-this-name” (8 in all)"

        # Ctrl+F focuses the filter; Enter on a row opens that account.
        page.table.setFocus()
        QTest.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert page.filter.hasFocus()
        type_into(qtbot, page.filter, "kyc2")
        page.table.setFocus()
        page.select_row(0)
        QTest.keyClick(page.table, Qt.Key.Key_Return)
        await until(
            lambda: (
                app.session.profile is not None
                and app.session.profile.name == by_account["kyc2"]
                and app.session.state is SessionState.LOADED
            ),
            what="kyc2 opened",
        )
        assert app.window.pages.currentWidget() is app.window.account
        assert app.window.account.profile.values["username"].text() == "kyc2demo"

        # Back, and a double-click opens another.
        page = open_overview(qtbot, app)
        type_into(qtbot, page.filter, "kyc1")
        rect = page.table.visualRect(page.proxy.index(0, 0))
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        await until(
            lambda: app.window.account.profile.values["username"].text() == "kyc1demo",
            what="kyc1 opened",
        )
        assert app.window.pages.currentWidget() is app.window.account

        # Refresh selected: only that row goes out again, and fills again.
        page = open_overview(qtbot, app)
        type_into(qtbot, page.filter, "")
        before = {r.name: r.snapshot.fetched_at for r in page.loader.rows if r.snapshot}
        page.proxy.sort(-1)
        page.select_row(page.proxy.rowCount() - 1)  # the last profile listed
        chosen = page.selected_rows()[0].name
        click(qtbot, page.refresh_selected_button)
        await until(lambda: page.loader.row(chosen).busy, what="selected row busy")
        await until(lambda: not page.loader.busy, what="selected row refreshed")
        after = {r.name: r.snapshot.fetched_at for r in page.loader.rows if r.snapshot}
        assert after[chosen] > before[chosen]
        assert all(after[n] == before[n] for n in before if n != chosen)

        # Copy: the selected rows' redacted summaries.
        type_into(qtbot, page.filter, "kyc")
        page.table.setFocus()
        page.table.selectAll()
        click(qtbot, page.copy_button)
        text = QGuiApplication.clipboard().text()
        assert text.count("btse-gui account summary") == 4
        assert "kyc3demo" in text
        assert "ky***@demo.btse-gui.invalid" in text
        assert "kyc3demo@" not in text  # the email is masked
        for account in ACCOUNTS:
            assert DEMO_ACCOUNTS[account].key not in text
            assert DEMO_ACCOUNTS[account].secret not in text

        # Export: the rows shown, CSV that a spreadsheet cannot run, and JSON; the
        # dialog opens in the documents folder with a dated name.
        type_into(qtbot, page.filter, "")
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        Path(documents).mkdir(parents=True, exist_ok=True)
        page.choose_export("csv")
        dialog = page.findChild(QFileDialog, "overview_export_dialog")
        assert dialog.directory().absolutePath() == QDir(documents).absolutePath()
        (chosen,) = dialog.selectedFiles()
        assert re.fullmatch(r"btse-accounts-\d{4}-\d\d-\d\d-\d{4}\.csv", Path(chosen).name)
        dialog.reject()
        assert await page.export_to(tmp_path / "accounts.csv", "csv")
        exported_csv = tmp_path / "accounts.csv"
        assert exported_csv.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
        table = list(csv.reader(io.StringIO(exported_csv.read_text(encoding="utf-8-sig"))))
        assert table[0][0] == "profile"
        when = table[0].index("fetched_at")
        assert all(
            re.fullmatch(r"\d{4}-\d\d-\d\dT[\d:.]+Z", r[when]) for r in table[1:] if r[1] == "true"
        )
        assert len(table) == 1 + len(names)
        assert all(not c.startswith(("=", "+", "-", "@")) for row in table for c in row)
        assert await page.export_to(tmp_path / "accounts.json", "json")
        document = rows((tmp_path / "accounts.json").read_text())
        assert {d["profile"] for d in document} == set(names)
        exported = exported_csv.read_text(encoding="utf-8-sig") + json.dumps(document)
        assert all(DEMO_ACCOUNTS[a].secret not in exported for a in ACCOUNTS)

    run(qloop, scenario(), timeout=120)


def test_a_profile_added_elsewhere_appears_and_is_looked_up(  # type: ignore[no-untyped-def]
    qtbot, qloop, make_app, book, sandbox_url
) -> None:
    """`btse-gui profiles add` in another process while the overview is open: its row
    appears and fills, the other rows are not looked up again."""
    names = add_profiles(book, sandbox_url, ("kyc1", "kyc3"))
    app = make_app()

    async def scenario() -> None:
        page = open_overview(qtbot, app)
        await until(lambda: all_filled(page), timeout=30, what="the first rows")
        results = {row.name: row.result for row in page.loader.rows}
        (added,) = add_profiles(ProfileBook(file=book.file), sandbox_url, ("vip",))
        await until(
            lambda: added in column_texts(page, Column.PROFILE) and all_filled(page),
            timeout=30,
            what="the new profile's row, filled",
        )
        for row in page.loader.rows:  # only the new one was looked up
            assert row.name == added or row.result is results[row.name]
        assert set(column_texts(page, Column.PROFILE)) == {*names, added}

    run(qloop, scenario(), timeout=60)


def test_cancel_stops_the_lookups_at_once(  # type: ignore[no-untyped-def]
    qtbot, qloop, make_app, book, sandbox, sandbox_url
) -> None:
    names = add_profiles(book, sandbox_url, ("kyc1", "kyc2", "kyc3", "vip", "locked", "kyc0"))
    sandbox.set_faults("latency=1500")
    app = make_app()

    async def scenario() -> None:
        page = open_overview(qtbot, app)
        page.loader.max_in_flight = 2  # two at a time: the others are still waiting
        await until(lambda: page.loader.busy and page.progress.isVisible(), what="loading")
        await until(lambda: page.loader.answered >= 1, timeout=20, what="a first row")
        assert page.cancel_button.isEnabled()
        click(qtbot, page.cancel_button)
        await until(lambda: not page.loader.busy, timeout=2, what="cancelled promptly")
        filled = sum(r.result is not None for r in page.loader.rows)
        assert filled < len(names)
        await until(lambda: not page.progress.isVisible(), what="progress hidden")
        assert not page.cancel_button.isEnabled()
        assert not any(r.busy for r in page.loader.rows)
        import asyncio

        await asyncio.sleep(2.0)  # answers already on their way do not fill rows now
        assert sum(r.result is not None for r in page.loader.rows) == filled

    run(qloop, scenario(), timeout=60)


def test_a_server_that_is_down_fails_its_rows_only(  # type: ignore[no-untyped-def]
    qtbot, qloop, make_app, book, sandbox_url
) -> None:
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        down = f"http://127.0.0.1:{s.getsockname()[1]}"
    up = add_profiles(book, sandbox_url, ("kyc2", "vip"))
    gone = add_profiles(book, down, ("kyc3", "kyc1"))
    app = make_app()

    async def scenario() -> None:
        page = open_overview(qtbot, app)
        await until(lambda: all_filled(page), timeout=60, what="rows filled")
        await until(lambda: "2 failed" in page.count_label.text(), what="count")
        for name in up:
            assert page.loader.row(name).snapshot is not None
        for name in gone:
            row = page.loader.row(name)
            assert row.snapshot is None
            assert row.error_text()
        type_into(qtbot, page.filter, "error")
        assert set(column_texts(page, Column.PROFILE)) == set(gone)
        assert all(text.startswith("⚠ ") for text in column_texts(page, Column.STATUS))

    run(qloop, scenario(), timeout=90)


def test_demo_overview_process_reports_every_row(tmp_path) -> None:  # type: ignore[no-untyped-def]
    shot = tmp_path / "overview.png"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "btse_gui",
            "--demo",
            "--overview",
            "--demo-accounts",
            "50",
            "--quit-after-load",
            "--screenshot",
            str(shot),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    meant_to_fail = {"noread", "expired"}
    assert report["rows"] == len(DEMO_ACCOUNTS) + 50
    assert report["rows_failed"] == len(meant_to_fail)
    assert report["rows_loaded"] == report["rows"] - report["rows_failed"]
    assert report["data_shown_s"] > 0
    assert report["peak_rss_mb"] > 0
    assert report["longest_stall_ms"] >= 0
    from PySide6.QtGui import QImage

    from btse_gui.gui.widgets.frame import OVERVIEW_SIZE

    image = QImage(str(shot))  # the window opened with room for the table
    assert image.width() >= OVERVIEW_SIZE[0]
    assert image.height() >= OVERVIEW_SIZE[1]


@pytest.mark.parametrize(
    "argv",
    [
        ["--demo", "--demo-accounts", "-1"],
        ["--demo", "--demo-accounts", "100001"],
        ["--demo", "--demo-accounts", "many"],
        ["--demo-accounts", "5", "--overview"],
        ["--overview", "--quit-after-load"],
    ],
)
def test_bad_overview_flags_are_usage_errors(argv: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "btse_gui", *argv],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 2
    assert "demo" in result.stderr


def test_a_language_switch_renders_the_overview_again_in_place(  # type: ignore[no-untyped-def]
    qtbot, qloop, make_app, book, sandbox_url
) -> None:
    add_profiles(book, sandbox_url, ("kyc2", "locked"))
    app = make_app()

    async def scenario() -> None:
        page = open_overview(qtbot, app)
        await until(lambda: all_filled(page), timeout=60, what="rows filled")
        loaded = list(page.loader.rows)
        type_into(qtbot, page.filter, "kyc2")
        shown = lambda: set(column_texts(page, Column.SIGNED_IN))  # noqa: E731
        await until(lambda: shown() == {"yes"}, what="the table shows the answers")
        app.set_language("zh_TW")
        try:
            await until(lambda: page.refresh_all_button.text() == "全部重新整理", what="words")
            heading = page.proxy.headerData(
                COLUMNS.index(Column.USERNAME), Qt.Orientation.Horizontal
            )
            assert heading == "使用者帳號"
            assert shown() == {"是"}  # the rows, too
            assert page.filter.text() == "kyc2"  # what was typed stays
            assert page.loader.rows == loaded  # nothing looked up again
            assert "顯示" in page.count_label.text()
        finally:
            app.set_language("en")
        await until(lambda: page.refresh_all_button.text() == "Refresh all", what="back")

    run(qloop, scenario(), timeout=90)


def misfits(page: Any) -> list[str]:
    """What keeps the table from fitting its viewport: a horizontal scroll bar, columns
    wider than the viewport, a heading line wider than its section's label (elided or
    cut) or more lines than the header is tall."""
    table, proxy = page.table, page.proxy
    header = table.horizontalHeader()
    problems = []
    if table.horizontalScrollBar().isVisible():
        problems.append("a horizontal scroll bar")
    if header.length() > table.viewport().width():
        problems.append(f"columns {header.length()} px wide, {table.viewport().width()} seen")
    style, metrics = header.style(), header.fontMetrics()
    for i in range(header.count()):
        lines = str(proxy.headerData(i, Qt.Orientation.Horizontal)).split("\n")
        option = QStyleOptionHeader()
        option.initFrom(header)
        option.rect = QRect(0, 0, header.sectionSize(i), header.height())
        room = style.subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header).width()
        wanted = max(map(metrics.horizontalAdvance, lines))
        if wanted > room:
            problems.append(f"heading {lines}: {room} px for {wanted}")
        if len(lines) * metrics.height() > header.height():
            problems.append(f"heading {lines}: {len(lines)} lines, {header.height()} px tall")
    return problems


async def fitted(page: Any) -> list[str]:
    """What misfits once the layout has settled (at once when nothing does)."""
    with contextlib.suppress(AssertionError):
        await until(lambda: not misfits(page), timeout=3)
    return misfits(page)


def test_the_overview_fits_the_window_s_first_size_and_narrower(  # type: ignore[no-untyped-def]
    qtbot, qloop, make_app, book, sandbox_url
) -> None:
    """At the window's first size (880 pixels wide), every demo account listed: every
    column in sight, no horizontal scroll bar, each heading whole, in English and in
    Chinese, sorted or not. And the page lets the window be narrower: the table scrolls,
    the buttons fold onto more lines (their one row made 721 pixels the window's least)."""
    add_profiles(book, sandbox_url, tuple(DEMO_ACCOUNTS))
    app = make_app()

    async def scenario() -> None:
        page = open_overview(qtbot, app)
        await until(lambda: all_filled(page), timeout=60, what="rows filled")
        window, proxy = app.window, page.proxy
        window.resize(*WINDOW_SIZE)
        await until(lambda: window.width() == WINDOW_SIZE[0], what="the first size")
        header = page.table.horizontalHeader()
        try:
            for language, refresh_all in (("en", "Refresh all"), ("zh_TW", "全部重新整理")):
                app.set_language(language)
                await until(
                    lambda w=refresh_all: page.refresh_all_button.text() == w, what=language
                )
                page.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
                assert await fitted(page) == [], language
                # The room left over goes to the profiles' names, not to nothing.
                assert header.length() == page.table.viewport().width(), language
                # Sorted by a narrow column (widened for its arrow): room still.
                for column in (Column.FIAT_DEPOSIT, Column.VIP):
                    section = COLUMNS.index(column)
                    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
                    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
                    assert header.sortIndicatorSection() == section
                    assert await fitted(page) == [], (language, column)
                    assert header.length() == page.table.viewport().width(), column
        finally:
            app.set_language("en")
        for i, column in enumerate(COLUMNS):  # short headings, said in full
            said = proxy.headerData(
                i, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole
            )
            assert "\n" not in said
            if column.permission is not None:
                assert said == permission_name(column.permission)
                tip = proxy.headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
                assert tip == said

        window.resize(600, WINDOW_SIZE[1])
        await until(lambda: window.width() == 600, what="a window 600 pixels wide")
        assert page.table.horizontalScrollBar().isVisible()  # the table scrolls instead
        for button in page.findChildren(QPushButton):  # every button whole, on the page
            if button.isVisible():
                assert button.width() >= button.sizeHint().width(), button.objectName()
                assert page.rect().contains(button.geometry()), button.objectName()

    run(qloop, scenario(), timeout=120)


def test_escape_clears_the_filter_then_goes_back(  # type: ignore[no-untyped-def]
    qtbot, qloop, make_app, book, sandbox_url
) -> None:
    """Esc in the filter with words in it clears them; Esc again (or from the table)
    goes back to the account page, as Back does."""
    add_profiles(book, sandbox_url, ("kyc1", "kyc3"))
    app = make_app()

    async def scenario() -> None:
        page = open_overview(qtbot, app)
        await until(lambda: all_filled(page), timeout=60, what="rows filled")
        type_into(qtbot, page.filter, "kyc1")
        QTest.keyClick(page.filter, Qt.Key.Key_Escape)
        assert page.filter.text() == ""
        assert app.window.pages.currentWidget() is page
        QTest.keyClick(page.filter, Qt.Key.Key_Escape)
        await until(lambda: app.window.pages.currentWidget() is not page, what="back")
        open_overview(qtbot, app)
        page.table.setFocus()
        QTest.keyClick(page.table, Qt.Key.Key_Escape)
        await until(lambda: app.window.pages.currentWidget() is not page, what="back again")

    run(qloop, scenario(), timeout=90)
