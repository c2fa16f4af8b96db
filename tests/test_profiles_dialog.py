"""Profiles in the window: made in the dialog, switched with Ctrl+1…9."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from btse_gui.core.session import SessionState
from btse_gui.profiles.keychain import CredentialStore
from btse_gui.sandbox.accounts import DEMO_ACCOUNTS
from tests.gui_helpers import click, run, type_into, until


@pytest.fixture
def two_names():  # type: ignore[no-untyped-def]
    tag = uuid.uuid4().hex[:6]
    names = [f"a-first-{tag}", f"b-second-{tag}"]
    yield names
    for name in names:
        CredentialStore().delete(name)


def make_profile(qtbot, dialog, name: str, url: str, account: str) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, dialog.new_button)
    type_into(qtbot, dialog.name, name)
    type_into(qtbot, dialog.base_url, url)
    type_into(qtbot, dialog.api_key, DEMO_ACCOUNTS[account].key)
    type_into(qtbot, dialog.api_secret, DEMO_ACCOUNTS[account].secret)
    click(qtbot, dialog.save_button)


def press(window, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    QTest.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


def test_two_profiles_from_the_dialog_and_ctrl_2(  # type: ignore[no-untyped-def]
    qtbot, qloop, make_app, sandbox, sandbox_url, two_names, book
) -> None:
    first, second = two_names
    app = make_app()
    window = app.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)

    async def scenario() -> None:
        await app.start()
        dialog = window.profiles.open_dialog()
        make_profile(qtbot, dialog, first, sandbox_url, "kyc1")
        await until(lambda: "Saved" in dialog.message.text(), what="first saved")
        make_profile(qtbot, dialog, second, sandbox_url, "vip")
        await until(lambda: second in dialog.message.text(), what="second saved")
        assert dialog.api_secret.text() == ""  # the secret left the widget once saved
        assert [dialog.list.item(i).text() for i in range(dialog.list.count())][-2:] == [
            first,
            second,
        ]
        dialog.close()
        window.activateWindow()
        await until(window.isActiveWindow, what="the window active again")
        names = window.profiles.names()
        press(window, getattr(Qt.Key, f"Key_{names.index(second) + 1}"))
        await until(lambda: app.session.state is SessionState.LOADED, what="second account")
        assert window.account.profile.values["username"].text() == "vipdemo"
        assert window.account.vip.values["is_vip"].text() == "Yes"
        assert window.profiles.selector.currentText() == second

        press(window, getattr(Qt.Key, f"Key_{names.index(first) + 1}"))
        username = window.account.profile.values["username"]
        await until(lambda: username.text() == "kyc1demo", what="first account")
        await until(lambda: app.session.state is SessionState.LOADED, what="first loaded")

        # Back to the second: its data is cached, so it shows at once, before the
        # (slow) refresh has answered.
        sandbox.set_faults("latency=1500")
        press(window, getattr(Qt.Key, f"Key_{names.index(second) + 1}"))
        await until(lambda: app.session.profile.name == second, what="switch")
        assert window.account.profile.values["username"].text() == "vipdemo"
        assert app.session.state is SessionState.REFRESHING
        sandbox.set_faults("")
        await until(lambda: app.session.state is SessionState.LOADED, timeout=20, what="refresh")

    run(qloop, scenario())
    # Only names and servers are in the settings file: no key, no secret.
    text = book.file.path.read_text()
    for account in ("kyc1", "vip"):
        assert DEMO_ACCOUNTS[account].key not in text
        assert DEMO_ACCOUNTS[account].secret not in text


def test_dialog_renames_and_removes(qtbot, qloop, make_app, sandbox_url, two_names, book) -> None:  # type: ignore[no-untyped-def]
    first, renamed = two_names
    app = make_app()

    async def scenario() -> None:
        dialog = app.window.profiles.open_dialog()
        make_profile(qtbot, dialog, first, sandbox_url, "kyc2")
        await until(lambda: "Saved" in dialog.message.text())
        type_into(qtbot, dialog.name, renamed)
        click(qtbot, dialog.save_button)
        await until(lambda: renamed in dialog.message.text(), what="renamed")
        assert book.find(first) is None
        item = book.get(renamed).keychain_item
        assert CredentialStore().load(item) is not None  # the same item: a rename moves none
        click(qtbot, dialog.remove_button)
        from PySide6.QtWidgets import QMessageBox, QPushButton

        box = dialog.findChild(QMessageBox, "confirm_remove")
        assert box is not None
        remove = box.findChild(QPushButton, "confirm_remove_yes")
        assert remove.text() == "Remove profile"  # the verb, not Yes
        click(qtbot, remove)
        await until(lambda: "Removed" in dialog.message.text(), what="removed")
        assert CredentialStore().load(item) is None
        assert renamed not in app.window.profiles.names()

    run(qloop, scenario())


def test_dialog_refuses_plain_http_to_a_remote_host(qtbot, qloop, make_app, book) -> None:  # type: ignore[no-untyped-def]
    app = make_app()

    async def scenario() -> None:
        dialog = app.window.profiles.open_dialog()
        make_profile(qtbot, dialog, "insecure", "http://api.example.com", "kyc2")
        await until(lambda: "HTTPS" in dialog.message.text(), what="refusal")

    run(qloop, scenario())
    assert "insecure" not in app.window.profiles.names()
    assert book.find("insecure") is None


def test_dialog_says_whether_a_key_is_saved_and_signs_in(  # type: ignore[no-untyped-def]
    qtbot, qloop, make_app, sandbox_url, two_names, book
) -> None:
    first, _ = two_names
    app = make_app()

    async def scenario() -> None:
        dialog = app.window.profiles.open_dialog()
        assert dialog.save_button.isDefault()
        assert not dialog.new_button.isDefault()
        make_profile(qtbot, dialog, first, sandbox_url, "kyc3")
        await until(lambda: "Saved" in dialog.message.text(), what="saved")
        items = dialog.list.findItems(first, Qt.MatchFlag.MatchExactly)
        dialog.list.setCurrentItem(items[0])
        await until(lambda: "A key is saved" in dialog.key_state.text(), what="key state")
        assert dialog.sign_in_button.isEnabled()
        click(qtbot, dialog.sign_in_button)
        await until(lambda: app.session.state is SessionState.LOADED, what="signed in")
        assert app.window.account.profile.values["username"].text() == "kyc3demo"
        assert app.window.profiles.selector.currentText() == first

    run(qloop, scenario())


def test_renaming_the_profile_on_screen_renames_it_in_the_header(  # type: ignore[no-untyped-def]
    qtbot, qloop, make_app, sandbox_url, two_names, book
) -> None:
    first, renamed = two_names
    app = make_app()
    window = app.window

    async def scenario() -> None:
        dialog = window.profiles.open_dialog()
        make_profile(qtbot, dialog, first, sandbox_url, "kyc3")
        await until(lambda: "Saved" in dialog.message.text(), what="saved")
        await until(lambda: dialog.list.count() > 0, what="listed")
        dialog.list.setCurrentItem(dialog.list.findItems(first, Qt.MatchFlag.MatchExactly)[0])
        click(qtbot, dialog.sign_in_button)
        await until(lambda: app.session.state is SessionState.LOADED, what="signed in")
        assert window.profiles.selector.currentText() == first
        dialog = window.profiles.open_dialog()
        await until(lambda: dialog.list.count() > 0, what="listed")
        dialog.list.setCurrentItem(dialog.list.findItems(first, Qt.MatchFlag.MatchExactly)[0])
        type_into(qtbot, dialog.name, renamed)
        click(qtbot, dialog.save_button)
        await until(lambda: renamed in dialog.message.text(), what="renamed")
        # The selector and the account's header show the new name, not a blank.
        assert window.profiles.selector.currentText() == renamed
        assert renamed in window.account.subtitle.text()
        assert first not in window.profiles.names()
        dialog.close()

    run(qloop, scenario())


@pytest.mark.parametrize("change", ["key", "server", "convention", "replaced elsewhere", "forgot"])
def test_an_edited_profile_is_never_shown_or_sent_as_it_was(  # type: ignore[no-untyped-def]
    qtbot, qloop, make_app, serve, two_names, book, change
) -> None:
    """Profile B is signed in to, then A is shown; B is edited (a new key in the dialog,
    a new server address, another convention, a new key saved by another process, its
    key forgotten). Switching back to B shows and sends B as it is now, never the
    account it was: not its data, not its key."""
    from btse_gui.api.server import Credentials
    from btse_gui.profiles.book import ProfileBook
    from btse_gui.profiles.model import Profile
    from btse_gui.profiles.store import ProfileFile
    from btse_gui.sandbox.app import Sandbox, SandboxConfig

    first, second = two_names
    old_server, new_server = Sandbox(), Sandbox()
    request_prefix = Sandbox(SandboxConfig(header_prefix="request-"))
    old_url, new_url, prefix_url = serve(old_server), serve(new_server), serve(request_prefix)
    kyc1, vip = DEMO_ACCOUNTS["kyc1"], DEMO_ACCOUNTS["vip"]
    book.add(Profile(first, old_url), Credentials(kyc1.key, kyc1.secret))
    book.add(Profile(second, old_url), Credentials(kyc1.key, kyc1.secret))
    app = make_app()
    window = app.window
    username = window.account.profile.values["username"]

    async def switch(name: str) -> None:
        assert app.saved is not None
        needs_key = await app.saved.switch_to(name)
        if needs_key is not None:
            window.ask_key(needs_key)

    async def scenario() -> None:
        await app.start()
        await switch(second)
        await until(lambda: username.text() == "kyc1demo", what="B as it was")
        await switch(first)
        await until(lambda: app.session.profile.name == first, what="A on screen")
        assert app.saved is not None
        b = book.get(second)
        if change == "key":
            await app.saved.save(second, b, Credentials(vip.key, vip.secret))
        elif change == "server":
            await app.saved.save(second, Profile(second, new_url), None)
        elif change == "convention":
            await app.saved.save(
                second, Profile(second, prefix_url, header_prefix="request-"), None
            )
        elif change == "replaced elsewhere":  # `btse-gui profiles add --replace`, say
            elsewhere = ProfileBook(ProfileFile(book.file.folder))
            elsewhere.add(Profile(second, old_url), Credentials(vip.key, vip.secret))
        else:
            book.forget_key(second)
        before = {s: s.stats["requests"] for s in (old_server, new_server, request_prefix)}
        await switch(second)
        await until(lambda: not app.session.busy, what="switched")
        sent = {s: s.stats["requests"] - n for s, n in before.items()}
        if change == "forgot":
            assert window.pages.currentWidget() is window.login  # the key is asked for
            assert sum(sent.values()) == 0  # ...and the forgotten one never sent
            return
        assert app.session.state is SessionState.LOADED, app.session.message
        if change in ("key", "replaced elsewhere"):
            assert username.text() == "vipdemo"  # the new key's account
            assert sent[old_server] >= 3
        elif change == "server":
            assert sent[new_server] >= 3
            assert sent[old_server] == 0
        else:
            assert sent[request_prefix] >= 3
            assert sent[old_server] == 0

    run(qloop, scenario())


def test_the_dialog_preselects_the_profile_on_screen_and_never_drops_edits_silently(  # type: ignore[no-untyped-def]
    qtbot, qloop, make_app, sandbox_url, two_names, book
) -> None:
    from PySide6.QtWidgets import QMessageBox, QPushButton

    first, second = two_names
    app = make_app()
    window = app.window

    def answer(box_name: str, yes: bool) -> None:
        boxes = [b for b in dialog.findChildren(QMessageBox, box_name) if b.isVisible()]
        assert len(boxes) == 1, f"{len(boxes)} {box_name} questions open"
        (box,) = boxes
        if yes:
            click(qtbot, box.findChild(QPushButton, f"{box_name}_yes"))
        else:
            box.reject()

    async def scenario() -> None:
        nonlocal dialog
        dialog = window.profiles.open_dialog()
        assert dialog.api_secret.placeholderText() == "the secret that goes with the key"
        make_profile(qtbot, dialog, first, sandbox_url, "kyc3")
        await until(lambda: "Saved" in dialog.message.text(), what="saved")
        make_profile(qtbot, dialog, second, sandbox_url, "kyc1")
        await until(lambda: second in dialog.message.text(), what="second saved")
        dialog.list.setCurrentItem(dialog.list.findItems(first, Qt.MatchFlag.MatchExactly)[0])
        assert dialog.message.text() == ""  # "Saved b-second" is not about a-first
        assert dialog.api_secret.placeholderText() == "leave empty to keep the saved secret"
        click(qtbot, dialog.sign_in_button)
        await until(lambda: app.session.state is SessionState.LOADED, what="signed in")

        dialog = window.profiles.open_dialog()
        await until(lambda: dialog.list.count() == 2, what="listed")
        await until(lambda: dialog.name.text() == first, what="the profile on screen, selected")
        assert dialog.list.currentItem().text() == first
        width = dialog.list.width()

        # An edit, then another profile picked: asked; Cancel keeps the edit.
        type_into(qtbot, dialog.base_url, "https://edited.example")
        dialog.list.setCurrentItem(dialog.list.findItems(second, Qt.MatchFlag.MatchExactly)[0])
        answer("confirm_discard", yes=False)
        assert dialog.base_url.text() == "https://edited.example"
        assert dialog.list.currentItem().text() == first
        # New: asked again; Discard drops the edit.
        click(qtbot, dialog.new_button)
        answer("confirm_discard", yes=True)
        assert dialog.name.text() == ""
        # Esc with a half-typed new profile: asked; Cancel keeps the dialog open.
        type_into(qtbot, dialog.name, "half-typed")
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        answer("confirm_discard", yes=False)
        assert dialog.isVisible()
        assert dialog.name.text() == "half-typed"
        assert dialog.list.width() == width  # the list keeps its width
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        answer("confirm_discard", yes=True)
        assert not dialog.isVisible()
        assert book.get(first).base_url == sandbox_url  # nothing saved that was not asked

    dialog = None
    run(qloop, scenario())


def test_a_refused_save_puts_the_cursor_where_to_mend_it(qtbot, qloop, make_app) -> None:  # type: ignore[no-untyped-def]
    """No name: the cursor goes to Name; a server address that is not one: to Server."""
    app = make_app()
    window = app.window

    async def scenario() -> None:
        await app.start()
        dialog = window.profiles.open_dialog()
        click(qtbot, dialog.new_button)
        type_into(qtbot, dialog.base_url, "https://api.example.invalid")
        click(qtbot, dialog.save_button)
        await until(lambda: dialog.message.text() != "", what="refused")
        assert dialog.focusWidget() is dialog.name  # (the dialog's, active or not)
        type_into(qtbot, dialog.name, "somebody")
        type_into(qtbot, dialog.base_url, "not an address")
        click(qtbot, dialog.save_button)
        await until(lambda: "address" in dialog.message.text(), what="refused again")
        assert dialog.focusWidget() is dialog.base_url
        for field in (dialog.name, dialog.base_url):  # nothing left unsaved: no question
            type_into(qtbot, field, "")
        dialog.close()

    run(qloop, scenario())


def test_the_prefixes_show_only_for_a_custom_convention(qtbot, qloop, make_app) -> None:  # type: ignore[no-untyped-def]
    """As on the sign-in form: a preset's prefixes are its own (not shown to be edited);
    Custom shows both, to be set."""
    app = make_app()

    async def scenario() -> None:
        await app.start()
        dialog = app.window.profiles.open_dialog()
        assert not dialog.api_prefix.isVisible()
        assert not dialog.header_prefix.isVisible()
        dialog.preset.setCurrentIndex(dialog.preset.findData("custom"))
        assert dialog.api_prefix.isVisible()
        assert dialog.header_prefix.isVisible()
        click(qtbot, dialog.new_button)  # a new profile: this API's convention again
        assert not dialog.api_prefix.isVisible()
        dialog.close()

    run(qloop, scenario())
