from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests read English text unless they choose another language themselves, whatever the
# locale of the machine running them.
for _variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
    os.environ.pop(_variable, None)
os.environ["LANG"] = "C.UTF-8"

from btse_gui.api.client import BtseClient  # noqa: E402
from btse_gui.api.server import Credentials, ServerProfile  # noqa: E402
from btse_gui.sandbox.accounts import DEMO_ACCOUNTS  # noqa: E402
from btse_gui.sandbox.app import Sandbox  # noqa: E402
from btse_gui.sandbox.server import serve_in_thread  # noqa: E402


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def demo_credentials(name: str) -> Credentials:
    account = DEMO_ACCOUNTS[name]
    return Credentials(account.key, account.secret)


@pytest.fixture
def sandbox() -> Sandbox:
    """A fresh sandbox (its rate-limit windows and nonces start empty)."""
    return Sandbox()


@pytest.fixture
def sandbox_url(sandbox: Sandbox) -> Iterator[str]:
    """``sandbox`` served by uvicorn on a free 127.0.0.1 port (a real socket)."""
    with serve_in_thread(sandbox) as url:
        yield url


@pytest.fixture
async def client(sandbox_url: str) -> AsyncIterator[BtseClient]:
    async with BtseClient(ServerProfile(sandbox_url)) as c:
        yield c


@pytest.fixture
def serve() -> Iterator[Callable[[Sandbox], str]]:
    """Serve extra sandboxes (other configs); all stop at the end of the test."""
    import contextlib

    with contextlib.ExitStack() as stack:
        yield lambda app: stack.enter_context(serve_in_thread(app))


#: Every qasync loop the tests made. They stay referenced so that Python never frees one
#: (and the QObjects inside it) from another thread: a QObject deleted outside the Qt
#: thread cannot unregister its timers, and the next timer event crashes the process.
_LOOPS: list[object] = []


@pytest.fixture(scope="session", autouse=True)
def _free_qt_objects_before_exit():  # type: ignore[no-untyped-def]
    """Free the tests' Qt objects while the QApplication still exists: left for the
    interpreter's shutdown, they are destroyed after it and the process crashes."""
    yield
    import gc

    _LOOPS.clear()
    gc.collect()


@pytest.fixture
def qloop(qapp):  # type: ignore[no-untyped-def]
    """The app's loop (qasync's) on pytest-qt's QApplication,
    fresh for each test."""
    import asyncio

    import qasync

    from btse_gui.gui.startup.sequence import make_application

    make_application([])  # names, translator and message filter, as the real start does
    loop = qasync.QEventLoop(qapp)
    _LOOPS.append(loop)
    asyncio.set_event_loop(loop)
    yield loop
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.close()
    asyncio.set_event_loop(None)
    # Collect the test's Qt garbage here, in the Qt thread, not whenever (and wherever)
    # the cyclic collector next happens to run — a server or keychain thread, say.
    import gc

    gc.collect()


@pytest.fixture
def settings_file(tmp_path):  # type: ignore[no-untyped-def]
    return tmp_path / "config" / "btse-gui.ini"


@pytest.fixture
def profiles_dir(tmp_path):  # type: ignore[no-untyped-def]
    """Where this test's profiles.json lives (the keychain is the session's real one)."""
    return tmp_path / "config" / "btse-gui"


@pytest.fixture
def book(profiles_dir):  # type: ignore[no-untyped-def]
    """The test's profile book; every keychain item it made is deleted afterwards."""
    from btse_gui.profiles.book import ProfileBook
    from btse_gui.profiles.store import ProfileFile

    profiles = ProfileBook(ProfileFile(profiles_dir))
    yield profiles
    delete_items(profiles)


def delete_items(book) -> None:  # type: ignore[no-untyped-def]
    import contextlib

    from btse_gui.profiles.keychain import KeychainError

    with contextlib.suppress(Exception):
        document = book.file.read()
        items = {e.get("keychain_item") for e in document.entries} | set(document.pending)
        for item in items:
            if isinstance(item, str) and item:
                with contextlib.suppress(KeychainError):
                    book.store.delete(item)


@pytest.fixture
def make_app(qloop, qtbot, settings_file, book):  # type: ignore[no-untyped-def]
    """Build the real App (session, login pane, window) with settings and profiles in a
    temp folder."""
    from PySide6.QtCore import QSettings

    from btse_gui.gui import language
    from btse_gui.gui.app import App
    from btse_gui.gui.options import GuiOptions
    from btse_gui.gui.settings import Settings
    from tests.gui_helpers import run

    apps = []

    def make(demo: str | None = None, timeout: float | None = None, first_frame=None):  # type: ignore[no-untyped-def]
        settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
        language.install(language.resolve(settings.language))  # as the start does
        options = GuiOptions(demo=demo, timeout=timeout)
        app = App(options, settings=settings, book=book)
        if first_frame is not None:
            app.take_place_of(first_frame)
        qtbot.addWidget(app.window)
        app.window.show()
        apps.append(app)
        return app

    yield make
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    for app in apps:
        run(qloop, app.overview_loader.aclose())  # its lookups' process too
        run(qloop, app.aclose())
        # Windows the test made (a language switch makes new ones) are deleted now:
        # one left to the interpreter's exit runs its Python event filters after
        # Python has shut down, and the process crashes.
        if shiboken6.isValid(app.window):
            app.window.close()
            app.window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    apps.clear()
