"""Kills profile changes at random moments: ``python -m tests.kill_driver FOLDER URL N``.

For each of N operations (add, rename or remove, chosen at random over a few names), a
forked child runs it through the real ProfileBook and keychain while the parent waits a
random few milliseconds and sends SIGKILL — before, during or after the change, wherever
it happens to be. Prints how many children were killed and how many finished.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sys
import time
from pathlib import Path

from btse_gui.api.server import Credentials
from btse_gui.profiles.book import Profile, ProfileBook
from btse_gui.profiles.store import ProfileFile
from btse_gui.sandbox.accounts import DEMO_ACCOUNTS

NAMES = ["k0", "k1", "k2", "k3", "k4"]


def operate(book: ProfileBook, url: str, rng: random.Random) -> None:
    existing = [p.name for p in book.all()]
    choice = rng.random()
    if choice < 0.45 or not existing:
        account = DEMO_ACCOUNTS[rng.choice(["kyc1", "kyc2", "kyc3"])]
        name = rng.choice(NAMES)
        book.add(Profile(name, url), Credentials(account.key, account.secret))
    elif choice < 0.8:
        free = [n for n in NAMES if n not in existing]
        if free:
            book.rename(rng.choice(existing), rng.choice(free))
    else:
        book.remove(rng.choice(existing))


def main() -> int:
    folder, url, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    rng = random.Random(seed)
    killed = finished = 0
    for _ in range(count):
        child_seed = rng.random()
        pid = os.fork()
        if pid == 0:  # the child: one change, then out without cleanup
            with contextlib.suppress(Exception):
                operate(ProfileBook(ProfileFile(folder)), url, random.Random(child_seed))
            os._exit(0)
        time.sleep(rng.uniform(0, 0.08))
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        if os.WIFSIGNALED(status):
            killed += 1
        else:
            finished += 1
    print(f"killed {killed} finished {finished}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
