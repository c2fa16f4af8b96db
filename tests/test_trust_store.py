"""Certificates are checked against the operating system's trust store
(``btse_gui.api.connections.tls_context``): see ``tests/trust_store.py``. The frozen
bundle is checked the same way by ``packaging/linux/package-test.sh``."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.trust_store import check


def test_a_company_ca_in_the_system_store_is_trusted(tmp_path: Path) -> None:
    check([sys.executable, "-m", "btse_gui"], tmp_path / "ca")
