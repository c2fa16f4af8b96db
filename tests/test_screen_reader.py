"""What a Linux screen reader hears: the real window on a demo account, in a real X
server (Xvfb, under Qt's xcb platform: the offscreen one has no accessibility bridge),
read over AT-SPI with Debian's own bindings (pyatspi, run by /usr/bin/python3:
``tests/children/screen_reader.py``), inside the tests' private D-Bus session.

``test_accessibility.py`` asks Qt's own tree; this asks what crosses Qt's bridge to the
desktop, which is all a reader ever gets. Each value must be there with its caption
("Email: …", "Spread: 0.1%"), on the value's own node, and on screen; what it should say
is taken from ``btse-gui lookup --json`` of the same account, not from the window.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from btse_gui.api.permissions import KYC_LEVELS, Permission
from btse_gui.core.report import spread_text
from btse_gui.sandbox.accounts import DEMO_ACCOUNTS
from tests.lookup_json import account as lookup_account
from tests.test_app_process import app_env, run_app, wait_for_log

ROOT = Path(__file__).resolve().parent.parent
#: Debian's Python: the one with pyatspi and gi (python3-pyatspi), which are no wheels.
SYSTEM_PYTHON = "/usr/bin/python3"
INSTALL = "install the system packages with `sh scripts/system-deps.sh` (make test does)"
#: Where D-Bus finds the session services: at-spi2-core's org.a11y.Bus names its launcher.
SERVICE_DIRS = ("/usr/share/dbus-1/services", "/usr/local/share/dbus-1/services")
#: Variables that would point the window or the reader at another display or bus.
FOREIGN = ("DISPLAY", "WAYLAND_DISPLAY", "AT_SPI_BUS_ADDRESS")


def launcher() -> str:
    """at-spi-bus-launcher's path, as the session's own service file gives it."""
    for folder in SERVICE_DIRS:
        service = Path(folder) / "org.a11y.Bus.service"
        if service.is_file():
            for line in service.read_text().splitlines():
                if line.startswith("Exec="):
                    return line.removeprefix("Exec=").split()[0]
    pytest.fail(f"no AT-SPI bus launcher (at-spi2-core's org.a11y.Bus.service): {INSTALL}")


def needs() -> None:
    """Fails (never skips) with what is missing: ``make test`` installs all of it."""
    if not os.environ.get("BTSE_GUI_TEST_ROOT") or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        pytest.fail(
            "run through scripts/with-keyring.sh (make pytest): the accessibility bus this "
            "test starts must be on the tests' private D-Bus session, never the desktop's"
        )
    if shutil.which("Xvfb") is None:
        pytest.fail(f"no Xvfb: {INSTALL}")
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi, gi"],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    if probe.returncode != 0:
        pytest.fail(f"{SYSTEM_PYTHON} has no pyatspi (python3-pyatspi): {INSTALL}\n{probe.stderr}")


def own_env(display: str) -> dict[str, str]:
    """This environment, on the test's own display; nothing of a desktop's."""
    env = {k: v for k, v in os.environ.items() if k not in FOREIGN}
    env["DISPLAY"] = display
    return env


def read(case: str, *args: str, env: dict[str, str]) -> dict[str, Any]:
    """The reader's one JSON line for ``case``."""
    done = subprocess.run(
        # -E -s: Debian's Python with its own modules, not the venv's or the user's.
        [SYSTEM_PYTHON, "-E", "-s", "-m", "tests.children.screen_reader", case, *args],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


@pytest.fixture(scope="module")
def display(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An X server and the session's accessibility bus, both the test's own: Xvfb (it
    writes its display's number when it is ready) and at-spi-bus-launcher, started on
    that display (the launcher puts the bus's address on its display's root window;
    started by D-Bus activation it would take the session's display, a desktop's).
    Yields the display's name once the bus answers."""
    needs()
    logs = tmp_path_factory.mktemp("screen")
    ready, tell = os.pipe()
    with (logs / "xvfb.log").open("w") as xvfb_log:
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(tell), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
            pass_fds=(tell,),
            stdin=subprocess.DEVNULL,
            stdout=xvfb_log,
            stderr=xvfb_log,
        )
    os.close(tell)
    with os.fdopen(ready) as pipe:
        number = pipe.readline().strip()
    bus = None
    try:
        assert number, f"Xvfb did not start: {(logs / 'xvfb.log').read_text()}"
        name = f":{number}"
        bus = subprocess.Popen(
            [launcher()],
            env=own_env(name),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        address = read("bus", env=own_env(name))["address"]
        assert address, "the accessibility bus never answered"
        yield name
    finally:
        for process in (bus, xvfb):
            if process is not None:
                process.terminate()
                process.wait(timeout=20)


@dataclass(frozen=True)
class Node:
    """One node a reader reaches: its object's name (Qt's accessible id ends with it),
    role, and what the reader says for it."""

    object_name: str
    role: str
    name: str
    description: str
    text: str | None

    @property
    def said(self) -> str:
        """A reader speaks a node's name, or a label's text when it has no name."""
        return self.name or self.text or ""


def window_as_heard(account: str, display: str, tmp_path: Path) -> list[Node]:
    """The window signed in to demo ``account``, read over AT-SPI once its data shows."""
    env = app_env(tmp_path)
    for variable in FOREIGN:
        env.pop(variable, None)
    env.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        # Qt's AT-SPI bridge, on without waiting for a reader to say one is running.
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
    )
    app = subprocess.Popen(
        [sys.executable, "-m", "btse_gui", "--demo", account],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # The log file opens after the data's first paint: by then it is on screen.
        wait_for_log(tmp_path, f"signed in: profile 'Demo {account}'", app)
        report = read("tree", str(app.pid), env=own_env(display))
    finally:
        app.send_signal(signal.SIGTERM)
        try:
            _out, err = app.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            app.kill()
            app.communicate()
            raise
    assert app.returncode == 0, err
    assert report["app"], "the window never joined the AT-SPI desktop"
    return [
        Node(n["id"].rsplit(".", 1)[-1], n["role"], n["name"], n["description"], n["text"])
        for n in report["nodes"]
    ]


def unseen(text: str) -> str:
    """``text`` without its invisible format characters (word joiners and the like)."""
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


@pytest.mark.parametrize("account", ["kyc3", "mismatch"])
def test_a_screen_reader_hears_each_value_with_its_caption_over_at_spi(
    account: str, display: str, tmp_path: Path
) -> None:
    lookup = run_app(["lookup", "--demo", account, "--json"], tmp_path)
    assert lookup.returncode == 0, lookup.stderr
    facts = lookup_account(lookup.stdout)
    profile, vip, permissions = facts["profile"], facts["vip"], facts["permissions"]

    nodes = window_as_heard(account, display, tmp_path)
    by_name = {n.object_name: n for n in nodes if n.object_name}

    def said(object_name: str) -> str:
        assert object_name in by_name, f"{object_name} is not on screen for a reader"
        return by_name[object_name].said

    def yes_no(value: bool) -> str:
        return "Yes" if value else "No"

    # Each value on its own node, with its caption.
    assert said("account_title") == f"Account: {profile['username']}"
    assert said("account_subtitle").startswith("Profile, sign-in state and data time: ")
    assert said("profile_username") == f"Username: {profile['username']}"
    # The window shows the address whole (the lookup's JSON masks it): the sandbox's.
    user = DEMO_ACCOUNTS[account].user
    assert user is not None
    assert said("profile_email") == f"Email: {user['email']}"
    assert said("profile_two_factor") == f"Two-factor authentication: {yes_no(profile['is2FA'])}"
    assert said("profile_kyc").startswith("KYC: ")
    assert said("profile_kyc").endswith(f"level {profile['kycLevel']}")
    assert said("profile_signed_in") == f"Signed in: {yes_no(facts['loginStatus']['isLogin'])}"
    assert said("vip_is_vip") == f"VIP: {yes_no(vip['isVIP'])}"
    assert said("vip_spread") == f"Spread: {spread_text(vip['spread'])}"

    # Each KYC rung, and which one this account stands on (the frame a sighted person
    # sees), said in words.
    level = profile["kycLevel"]
    assert by_name["kyc_ladder"].description == f"This account is KYC level {level}."
    for rung in KYC_LEVELS:
        words = said(f"kyc_rung_{rung}")
        assert words.startswith(f"{rung}: "), words
        assert words.endswith(" (this account)") == (rung == level), words

    # Each permission badge: the permission, its verdict, and the rule behind it.
    for permission in Permission:
        check = permissions[permission.value]
        if check["serverFlag"] is None and not check["blockedByLock"]:
            verdict = "Not reported"
        else:
            verdict = "Allowed" if check["allowed"] else "Blocked"
        badge = by_name[f"badge_{permission.value}"]
        assert badge.said == f"{check['name']}: {verdict}"
        assert badge.description.strip(), badge  # the rule, in words
        assert ("Warning:" in badge.description) == check["mismatch"], badge.description

    # Why the badges look as they do, when they disagree with the rules: the status
    # line's words with what they are.
    if any(check["mismatch"] for check in permissions.values()):
        line = said("account_status")  # the line's frame: its words alone
        assert line.startswith("⚠ "), line
        assert said("account_status_text") == f"Why the permissions look like this: {line}"

    # Nothing a reader says carries characters it cannot say (word joiners are there
    # only to keep a name on one line).
    for node in nodes:
        assert unseen(node.said) == node.said, node
        assert unseen(node.description) == node.description, node
