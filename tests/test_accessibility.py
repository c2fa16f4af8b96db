"""What a screen reader meets: Qt's accessibility tree of the real window, walked from
the top, has no unnamed control, the badges say their state, and the keyboard reaches
every action."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from btse_gui.api.models import Permission
from tests.gui_helpers import run
from tests.test_window import sign_in

Role = QAccessible.Role
INTERACTIVE = {
    Role.PushButton,
    Role.CheckBox,
    Role.ComboBox,
    Role.EditableText,
    Role.List,
    Role.Table,
    Role.PageTabList,
    Role.ButtonMenu,
    Role.RadioButton,
}


def unnamed_controls(widget: QWidget) -> list[str]:
    """Every visible interactive element in the accessibility tree without a name."""
    missing: list[str] = []
    root = QAccessible.queryAccessibleInterface(widget)
    assert root is not None

    def walk(node, depth: int = 0) -> None:  # type: ignore[no-untyped-def]
        if node is None or depth > 40:
            return
        state = node.state()
        unnamed = not node.text(QAccessible.Text.Name).strip()
        if node.role() in INTERACTIVE and not state.invisible and unnamed:
            target = node.object()
            name = target.objectName() if target is not None else "?"
            missing.append(f"{node.role().name} {name!r}")
        for i in range(node.childCount()):
            walk(node.child(i), depth + 1)

    walk(root)
    return missing


def test_the_sign_in_form_has_no_unnamed_control(qtbot, qloop, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    run(qloop, app.start())
    assert unnamed_controls(app.window) == []


def test_the_account_page_has_no_unnamed_control(qtbot, qloop, make_app, sandbox_url) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    run(qloop, sign_in(qtbot, app, sandbox_url, "mismatch"))
    assert app.window.pages.currentWidget() is app.window.account
    assert unnamed_controls(app.window) == []
    badges = app.window.account.permissions.badges
    for badge in badges.values():
        interface = QAccessible.queryAccessibleInterface(badge)
        assert interface is not None
        assert interface.text(QAccessible.Text.Name).split(": ")[1] in (
            "Allowed",
            "Blocked",
        )
        assert interface.text(QAccessible.Text.Description).strip()  # its rule, in words


def test_the_keyboard_reaches_every_action_and_badge(qtbot, qloop, make_app, sandbox_url) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    run(qloop, sign_in(qtbot, app, sandbox_url, "kyc2"))
    window = app.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.account.refresh_button.setFocus()
    seen: list[str] = []
    for _ in range(40):
        focused = QApplication.focusWidget()
        seen.append(focused.objectName() if focused else "")
        qtbot.keyClick(focused or window, Qt.Key.Key_Tab)
    wanted = {"refresh", "copy_summary", "sign_out", *(f"badge_{p.value}" for p in Permission)}
    assert wanted <= set(seen), wanted - set(seen)
    # A focused badge shows a focus ring (it repaints differently with the focus).
    badge = window.account.permissions.badges[Permission.TRADE]
    badge.clearFocus()
    QApplication.processEvents()
    unfocused = badge.grab().toImage()
    badge.setFocus()
    QApplication.processEvents()
    assert badge.grab().toImage() != unfocused


def test_a_screen_reader_hears_each_value_with_its_caption(
    qtbot, qloop, make_app, sandbox_url
) -> None:  # type: ignore[no-untyped-def]
    """Each value is named "Caption: value" in the accessibility tree (a reader that
    reads the name hears the value, not "Email" twice)."""
    from PySide6.QtWidgets import QLabel

    from btse_gui.sandbox.accounts import DEMO_ACCOUNTS

    def name(widget: QWidget) -> str:
        node = QAccessible.queryAccessibleInterface(widget)
        assert node is not None
        return node.text(QAccessible.Text.Name)

    app = make_app()
    run(qloop, sign_in(qtbot, app, sandbox_url, "kyc3", profile="Reader"))
    user = DEMO_ACCOUNTS["kyc3"].user
    assert user is not None
    page = app.window.account
    email = page.findChild(QLabel, "profile_email")
    assert name(email) == f"Email: {user['email']}"
    assert name(page.findChild(QLabel, "vip_spread")).startswith("Spread: 0.1")
    assert name(page.findChild(QLabel, "profile_username")) == f"Username: {user['username']}"
    assert name(page.header.title).startswith("Account: ")
    assert "Reader" in name(page.header.title) or user["username"] in name(page.header.title)
    assert name(page.header.subtitle).startswith("Profile, sign-in state and data time: ")


def test_every_shown_label_on_the_account_page_is_named_with_its_words(
    qtbot, qloop, make_app, sandbox_url
) -> None:  # type: ignore[no-untyped-def]
    """Over AT-SPI a label has no text, only its name (test_screen_reader.py reads the
    window so): a label named by its caption alone hides its words from a screen reader.
    The status line, the warnings and a banner each say theirs after what they are."""
    from dataclasses import replace

    from PySide6.QtWidgets import QLabel

    from btse_gui.api.envelope import Note
    from btse_gui.gui.widgets.plan import Tone

    app = make_app()
    run(qloop, sign_in(qtbot, app, sandbox_url, "mismatch"))
    page = app.window.account
    snapshot = app.session.snapshot
    assert snapshot is not None
    assert snapshot.profile is not None
    odd = replace(snapshot.profile, notes=(Note("userStatus", "unknown", "9"),))
    page.show_snapshot(replace(snapshot, profile=odd))
    page.notice.show_text(Tone.WARNING, "The last refresh failed.")
    shown = [label for label in page.findChildren(QLabel) if label.isVisible() and label.text()]
    assert {"account_status_text", "account_warnings", "account_banner"} <= {
        label.objectName() for label in shown
    }
    for label in shown:
        node = QAccessible.queryAccessibleInterface(label)
        assert node is not None
        said = node.text(QAccessible.Text.Name)
        assert label.text().replace("\u2060", "") in said, label.objectName()
    assert page.warnings.accessibleName().startswith("Values the API does not document: ⚠ ")
    assert page.banner.accessibleName().startswith("Account notice: ⚠ The last refresh failed.")
