"""A company's root certificate, installed the normal way (``update-ca-certificates``),
is trusted by btse-gui; before it is, the refusal says what it means and what to do.

The test CA goes into this machine's store for the check and is taken out after
(``system-deps`` makes the tests' machine one we may change: root, or sudo). Used by
``tests/test_trust_store.py`` for the installed package and by
``packaging/linux/package-test.sh`` for the frozen bundle::

    python -m tests.trust_store PROGRAM...     # e.g. /opt/btse-gui/btse-gui
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path

from btse_gui.sandbox.app import Sandbox
from tests.network import Authority, make_authority, serve_tls
from tests.network import lookup as network_lookup

STORE = Path("/usr/local/share/ca-certificates")


def as_root(*command: str) -> None:
    prefix = [] if os.geteuid() == 0 else ["sudo", "-n"]
    subprocess.run([*prefix, *command], check=True, capture_output=True, timeout=120)


@contextlib.contextmanager
def installed(authority: Authority) -> Iterator[None]:
    """``authority``'s CA in the system store, the way an administrator adds one."""
    name = STORE / f"btse-gui-test-{uuid.uuid4().hex[:8]}.crt"
    as_root("cp", str(authority.ca), str(name))
    as_root("update-ca-certificates")
    try:
        yield
    finally:
        as_root("rm", "-f", str(name))
        as_root("update-ca-certificates", "--fresh")


def lookup(program: Sequence[str], url: str) -> subprocess.CompletedProcess[str]:
    return network_lookup(url, program=program, drop=("SSL_CERT_FILE", "SSL_CERT_DIR"))


def check(program: Sequence[str], folder: Path) -> None:
    """Refused (with the advice) before the CA is in the system store; trusted after."""
    assert shutil.which("update-ca-certificates"), "system-deps installs ca-certificates"
    authority = make_authority(folder)
    with serve_tls(Sandbox(), authority) as port:
        url = f"https://127.0.0.1:{port}"
        refused = lookup(program, url)
        assert refused.returncode == 1, refused
        assert "is not one this computer trusts" in refused.stderr, refused.stderr
        assert "ask IT for its root certificate" in refused.stderr, refused.stderr
        with installed(authority):
            trusted = lookup(program, url)
    assert trusted.returncode == 0, trusted.stderr
    assert '"username": "kyc2demo"' in trusted.stdout, trusted.stdout


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as scratch:
        check(sys.argv[1:], Path(scratch))
    print("trusted once the CA is in the system store, refused with advice before")
