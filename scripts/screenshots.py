"""Renders the window in each state a person must read at a glance, into docs/screens/.

    xvfb-run -a -s "-screen 0 1280x900x24" .venv/bin/python scripts/screenshots.py LANG SCHEME

LANG is en or zh_TW, SCHEME light or dark. States, at the window's first size (880 x 560,
what a person sees first): the sign-in form, a refused secret on it, kyc1, kyc3, locked,
mismatch, stale (the server went down after sign-in), expired, the sign-in form asking
for a new key, and the sign-in page with saved accounts; mismatch at 560 px wide (560 x 900: the stacked page
whole); the accounts overview at 880 px wide. A shot whose window is not the size asked
for (a page's minimum width holding it wider) stops the script. The sandbox runs on
loopback; settings and profiles live in a throwaway folder. `make screenshots` runs all
four combinations.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def dark_palette():  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = QPalette.ColorRole
    for role, color in (
        (roles.Window, "#2b2b2b"),
        (roles.WindowText, "#e8e8e8"),
        (roles.Base, "#1f1f1f"),
        (roles.AlternateBase, "#333333"),
        (roles.Text, "#e8e8e8"),
        (roles.Button, "#353535"),
        (roles.ButtonText, "#e8e8e8"),
        (roles.Highlight, "#3d7bd9"),
        (roles.HighlightedText, "#ffffff"),
        (roles.Link, "#7ab0ff"),
        (roles.Mid, "#5a5a5a"),
        (roles.PlaceholderText, "#9a9a9a"),
        (roles.ToolTipBase, "#333333"),
        (roles.ToolTipText, "#e8e8e8"),
    ):
        palette.setColor(role, QColor(color))
    # Disabled controls as a dark desktop draws them: dimmed words, not the active ones.
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#7a7a7a"))
    palette.setColor(disabled, roles.Base, QColor("#262626"))
    palette.setColor(disabled, roles.Button, QColor("#2f2f2f"))
    return palette


def main() -> int:
    language, scheme = sys.argv[1], sys.argv[2]
    out = ROOT / "docs" / "screens"
    out.mkdir(parents=True, exist_ok=True)
    import qasync
    from PySide6.QtCore import QSettings

    from btse_gui.core.session import SessionState
    from btse_gui.gui.app import App
    from btse_gui.gui.options import GuiOptions
    from btse_gui.gui.settings import Settings
    from btse_gui.gui.startup.sequence import make_application
    from btse_gui.gui.widgets.frame import WINDOW_SIZE
    from btse_gui.profiles.book import ProfileBook
    from btse_gui.profiles.store import ProfileFile
    from btse_gui.sandbox.accounts import DEMO_ACCOUNTS
    from btse_gui.sandbox.app import Sandbox
    from btse_gui.sandbox.server import serve_in_thread

    app = make_application(["screenshots"], language)
    app.setStyle("Fusion")
    if scheme == "dark":  # what a desktop in dark mode hands the app: a dark palette
        app.setPalette(dark_palette())
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    folder = Path(tempfile.mkdtemp(prefix="btse-gui-shots-"))
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    book = ProfileBook(ProfileFile(folder / "profiles"))
    sandbox = Sandbox()

    async def until(condition, seconds: float = 15.0) -> None:  # type: ignore[no-untyped-def]
        for _ in range(int(seconds / 0.02)):
            if condition():
                return
            await asyncio.sleep(0.02)
        raise SystemExit(f"screenshots: timed out in state {gui.session.state}")

    async def shoot(name: str, size: tuple[int, int] = WINDOW_SIZE) -> None:
        gui.window.resize(*size)
        await asyncio.sleep(0.3)
        shown = gui.window.size().toTuple()
        if shown != size:  # a minimum width (or height) held the window: a wrong picture
            raise SystemExit(f"screenshots: {name} is {shown}, not {size}")
        path = out / f"{name}-{language}-{scheme}.png"
        gui.window.grab().save(str(path))
        print(path.relative_to(ROOT))

    async def sign_in(account: str, server: str) -> None:
        demo = DEMO_ACCOUNTS[account]
        if gui.session.signed_in:
            gui.session.sign_out()
        login = gui.login
        login.profile_name.setText(f"Demo {account}")
        login.base_url.setText(server)
        login.api_key.setText(demo.key)
        login.api_secret.setText(demo.secret)
        login.sign_in_button.click()
        await until(lambda: gui.session.state is SessionState.LOADED and not gui.session.busy)

    async def scenario() -> None:
        gui.window.resize(*WINDOW_SIZE)
        gui.window.show()
        await gui.start()
        await shoot("01-sign-in")
        # A mistake on a first run: the error under the field it is about.
        login = gui.login
        login.base_url.setText(url)
        login.api_key.setText(DEMO_ACCOUNTS["kyc1"].key)
        login.api_secret.setText("not-the-secret")
        login.sign_in_button.click()
        await until(lambda: gui.session.state is SessionState.ERROR and not gui.session.busy)
        await shoot("12-sign-in-refused")
        accounts = (("11", "kyc1"), ("02", "kyc3"), ("03", "locked"), ("04", "mismatch"))
        for number, account in accounts:
            await sign_in(account, url)
            await shoot(f"{number}-{account}")
        await shoot("05-narrow-560", (560, 900))
        # Stale: signed in to a server that then goes away.
        gone = serve_in_thread(Sandbox())
        try:
            await sign_in("kyc1", gone.__enter__())
        finally:
            gone.__exit__(None, None, None)
        gui.window.account.refresh_button.click()
        await until(lambda: gui.session.state is SessionState.STALE)
        await shoot("06-stale")
        await sign_in("kyc2", url)
        sandbox.expire("kyc2")
        gui.window.account.refresh_button.click()
        await until(lambda: gui.session.state is SessionState.EXPIRED)
        await shoot("07-expired")
        gui.window.account.sign_in_again.click()
        await shoot("08-expired-sign-in-again")
        # Saved accounts on the sign-in page: one with its key, one without.
        from btse_gui.api.server import Credentials
        from btse_gui.profiles.model import Profile

        kyc1 = DEMO_ACCOUNTS["kyc1"]
        book.add(Profile("Alice (support)", url), Credentials(kyc1.key, kyc1.secret))
        book.add(Profile("Bob", "https://api.exchange.invalid"))
        gui.session.sign_out()
        await gui.session.reload_profiles()
        accounts = gui.login.saved_accounts
        await until(lambda: accounts is not None and accounts.list.count() == 2)
        await shoot("09-saved-accounts")
        # The accounts overview of a support desk's saved accounts, each looked up.
        for account in ("kyc3", "locked", "mismatch", "kyc0"):
            demo = DEMO_ACCOUNTS[account]
            book.add(Profile(f"Demo {account}", url), Credentials(demo.key, demo.secret))
        await gui.session.reload_profiles()
        gui.window.overview.show(True)
        loader = gui.overview_loader
        await until(
            lambda: (
                len(loader.rows) == 6
                and not loader.busy
                and all(row.result is not None for row in loader.rows)
            ),
            seconds=60,
        )
        await shoot("10-overview-880", (880, WINDOW_SIZE[1]))
        gui.window.overview.show(False)
        await gui.aclose()  # the lookups' process too

    with serve_in_thread(sandbox) as url:
        settings.language = language
        gui = App(GuiOptions(), settings=settings, book=book)
        with loop:
            loop.run_until_complete(scenario())
            # The window goes before the interpreter does: its Python event filters
            # would otherwise run during interpreter shutdown and crash the process.
            import shiboken6

            gui.window.close()
            shiboken6.delete(gui.window)
    return 0


if __name__ == "__main__":
    sys.exit(main())
