"""The lookups' process (``btse_gui.worker``): its wire format, typed JSON lines that carry
rows and errors as data, and its start, isolated from the folder it was started in."""

from __future__ import annotations

import io
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from btse_gui.api.errors import ApiError, ServerWords, UnauthorizedError
from btse_gui.api.i18n import UserFacingError
from btse_gui.api.models import Part
from btse_gui.api.server import Credentials, ServerProfile
from btse_gui.core.clients import DEMO_BASE_URL, DemoClients
from btse_gui.core.lookups import NoSavedKeyError, Row, Target
from btse_gui.sandbox.accounts import DEMO_ACCOUNTS
from btse_gui.worker import wire
from btse_gui.worker.process import LookupProcess

pytestmark = pytest.mark.anyio
ROOT = Path(__file__).resolve().parent.parent
DEMO = ServerProfile(DEMO_BASE_URL)


def demo_target(name: str) -> Target:
    account = DEMO_ACCOUNTS[name]
    return Target(name, DEMO, Credentials(account.key, account.secret))


async def demo_row(name: str) -> Row:
    async with DemoClients()(DEMO) as client:
        target = demo_target(name)
        assert target.credentials is not None
        return Row(name, await client.fetch_account(target.credentials))


async def test_a_row_crosses_the_wire_whole() -> None:
    """A snapshot with notes, a failed read and the server's words comes back equal,
    its errors made again as their own classes (the window renders them)."""
    row = await demo_row("mismatch")
    assert row.snapshot is not None
    refused = UnauthorizedError(
        path="/v1/user/vip_info", status=401, server=ServerWords.of(7, "no")
    )
    snapshot = type(row.snapshot)(
        profile=row.snapshot.profile,
        vip=None,
        login=row.snapshot.login,
        fetched_at=row.snapshot.fetched_at,
        clock_skew_ms=12.5,
        errors={Part.VIP: refused},
    )
    message = wire.RowAnswer(3, Row("p", snapshot))
    back = wire.decode(wire.encode(message))
    assert isinstance(back, wire.RowAnswer)
    assert back.job == 3
    got = back.row.snapshot
    assert got is not None
    assert got.profile == snapshot.profile
    assert got.login == snapshot.login
    assert got.vip is None
    assert (got.fetched_at, got.clock_skew_ms) == (snapshot.fetched_at, 12.5)
    assert got.permissions == snapshot.permissions  # the mismatches come from the values
    error = got.errors[Part.VIP]
    assert type(error) is UnauthorizedError
    assert error.user_message() == refused.user_message()
    assert error.server == refused.server


async def test_a_target_and_its_problem_cross_the_wire() -> None:
    targets = (demo_target("kyc1"), Target("gone", None, None, NoSavedKeyError()))
    back = wire.decode(wire.encode(wire.Targets(1, targets)))
    assert isinstance(back, wire.Targets)
    assert back.targets[0] == targets[0]
    assert back.targets[0].credentials == targets[0].credentials
    assert isinstance(back.targets[1].problem, NoSavedKeyError)
    assert back.targets[1].credentials is None


def test_every_message_goes_and_comes_back() -> None:
    for message in (
        wire.Clients({"kind": "demo", "faults": "", "generated": 3}),
        wire.Fetch(1, None),
        wire.Fetch(2, 40),
        wire.End(1),
        wire.Cancel(2),
        wire.Done(1, True, 33.5),
    ):
        assert wire.decode(wire.encode(message)) == message


def test_an_error_this_side_does_not_know_keeps_its_words() -> None:
    doc = {"kind": "ErrorFromAnotherVersion", "params": {}, "server": None, "text": "Odd."}
    error = wire.error_from_wire(doc)
    assert isinstance(error, UserFacingError)
    assert error.user_message() == "Odd."


def test_every_error_class_has_a_name_of_its_own() -> None:
    """The wire names an error by its class's name: two classes of one name would be
    made again as the wrong one."""
    import btse_gui.core.overview
    import btse_gui.profiles.keychain  # noqa: F401

    seen: dict[str, type] = {}
    pending: list[type] = [UserFacingError]
    while pending:
        cls = pending.pop()
        assert seen.setdefault(cls.__name__, cls) is cls, cls.__name__
        pending.extend(cls.__subclasses__())
    assert "UnauthorizedError" in seen
    assert issubclass(seen["UnauthorizedError"], ApiError)


@pytest.mark.parametrize(
    "line",
    [
        b"not json\n",
        b"[1, 2]\n",
        b'{"type": "row"}\n',
        b'{"type": "exec", "job": 1}\n',
        b'{"type": "done", "job": "1", "failed": false, "peak_rss_mb": 1}\n',
        b'{"type": "targets", "job": 1, "targets": [{"name": 1}]}\n',
        pickle.dumps(("signed_in", 1)) + b"\n",
    ],
)
def test_a_line_that_is_not_a_message_stops_the_reader(line: bytes) -> None:
    with pytest.raises(wire.WireError):
        wire.decode(line)
    good = wire.encode(wire.End(1))
    assert list(wire.read(io.BytesIO(good + line + good))) == [wire.End(1)]


def test_a_line_too_long_stops_the_reader() -> None:
    huge = b'{"type": "end", "job": 1, "pad": "' + b"x" * wire.MAX_LINE + b'"}\n'
    assert list(wire.read(io.BytesIO(huge))) == []


@pytest.fixture
def planted(tmp_path: Path) -> tuple[Path, Path]:
    """A working folder where modules wait to be imported: a ``btse_gui`` package of its
    own and a ``queue`` module, each leaving a mark if it ever runs."""
    folder = tmp_path / "downloads"
    mark = tmp_path / "planted-code-ran"
    leave = f"open({str(mark)!r}, 'a').write(__name__ + '\\n')\n"
    (folder / "btse_gui").mkdir(parents=True)
    (folder / "btse_gui" / "__init__.py").write_text(leave)
    (folder / "btse_gui" / "__main__.py").write_text(leave)
    (folder / "queue.py").write_text(leave + "from queue_real import *\n")
    return folder, mark


async def test_the_lookups_process_never_runs_modules_from_the_working_folder(
    planted: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, mark = planted
    monkeypatch.chdir(folder)
    monkeypatch.setenv("PYTHONPATH", str(folder))  # ignored too (-I)
    lookups = LookupProcess(DemoClients())
    rows: list[Row] = []

    async def batches():  # type: ignore[no-untyped-def]
        yield [demo_target("kyc2")]

    try:
        await lookups.fetch(batches(), rows.append)
    finally:
        await lookups.aclose()
    assert [row.ok for row in rows] == [True]
    assert not mark.exists(), mark.read_text()


def test_the_planted_folder_would_have_run_for_a_plain_python_m(
    planted: tuple[Path, Path],
) -> None:
    """What the isolation is for: started as ``python -m btse_gui --lookup-worker``
    from that folder, the planted package runs (so the test above can fail)."""
    folder, mark = planted
    subprocess.run(
        [sys.executable, "-m", "btse_gui", "--lookup-worker"],
        cwd=folder,
        input=b"",
        capture_output=True,
        timeout=60,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
        check=False,
    )
    assert mark.read_text().split() == ["btse_gui", "__main__"]
