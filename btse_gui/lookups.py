"""Looking up many accounts at once, for support staff: one row per profile.

Every chosen profile is fetched concurrently (one client per server, so each key keeps
its own rate limit); a failing profile gets its own row with the reason while the others
succeed.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from btse_gui.api.errors import ApiError
from btse_gui.api.models import AccountSnapshot
from btse_gui.api.server import Credentials, ServerProfile
from btse_gui.report import UNKNOWN, mask_email, spread_text, status_name, warnings, yes_no
from btse_gui.sanitize import csv_cell

if TYPE_CHECKING:
    from btse_gui.api.client import BtseClient

COLUMNS = (
    "profile",
    "ok",
    "username",
    "email",
    "signed_in",
    "kyc",
    "status",
    "vip",
    "spread",
    "mismatches",
    "warnings",
    "error",
)


@dataclass(frozen=True)
class Target:
    """One profile to look up: its server, and its credentials or why there are none."""

    name: str
    server: ServerProfile | None
    credentials: Credentials | None
    problem: str = ""


@dataclass(frozen=True)
class Row:
    profile: str
    snapshot: AccountSnapshot | None
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.snapshot is not None

    def as_dict(self) -> dict[str, Any]:
        s = self.snapshot
        if s is None:
            return {"profile": self.profile, "ok": False, "error": self.error}
        p, vip = s.profile, s.vip
        return {
            "profile": self.profile,
            "ok": True,
            "username": p.username if p else None,
            "email": mask_email(p.email) if p else None,
            "signed_in": s.login.is_login if s.login else None,
            "kyc": p.kyc_level if p else None,
            "status": status_name(p.user_status) if p else UNKNOWN,
            "vip": vip.is_vip if vip else None,
            "spread": vip.spread if vip else None,
            "mismatches": [c.permission.value for c in s.permissions if c.mismatch],
            "warnings": warnings(s),
            "error": "",
        }


async def fetch_all(
    targets: Sequence[Target],
    client_factory: Callable[[ServerProfile], BtseClient] | None = None,
) -> list[Row]:
    from btse_gui.api.client import BtseClient

    make_client = client_factory or BtseClient
    clients: dict[ServerProfile, BtseClient] = {}

    async def one(target: Target) -> Row:
        if target.server is None or target.credentials is None:
            return Row(target.name, None, target.problem)
        client = clients.get(target.server)
        if client is None:
            client = clients[target.server] = make_client(target.server)
        try:
            return Row(target.name, await client.fetch_account(target.credentials))
        except ApiError as exc:
            return Row(target.name, None, exc.user_message())

    try:
        return list(await asyncio.gather(*(one(t) for t in targets)))
    finally:
        await asyncio.gather(*(c.aclose() for c in clients.values()))


def as_json(rows: Sequence[Row]) -> str:
    documents = []
    for row in rows:
        doc: dict[str, Any] = {"profile": row.profile, "ok": row.ok}
        if row.snapshot is not None:
            doc["account"] = row.snapshot.to_json()
            if doc["account"]["profile"] is not None:
                doc["account"]["profile"]["email"] = mask_email(doc["account"]["profile"]["email"])
        else:
            doc["error"] = row.error
        documents.append(doc)
    return json.dumps(documents, indent=2, ensure_ascii=False)


def as_csv(rows: Sequence[Row]) -> str:
    """CSV whose every cell is safe in a spreadsheet (no cell starts a formula)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        values = row.as_dict()
        values["mismatches"] = " ".join(values.get("mismatches", []))
        values["warnings"] = "; ".join(values.get("warnings", []))
        writer.writerow([csv_cell(values.get(k)) for k in COLUMNS])
    return out.getvalue()


def _cells(row: Row) -> tuple[str, ...] | None:
    """A succeeded row's table cells (``None`` for a failed one)."""
    if not row.ok:
        return None
    d = row.as_dict()
    vip = f"{yes_no(d['vip'])} {spread_text(d['spread'])}"
    mismatches = ",".join(d["mismatches"]) or "-"
    kyc = UNKNOWN if d["kyc"] is None else str(d["kyc"])
    result = "ok" if not d["warnings"] else "partial"
    return (
        row.profile,
        result,
        d["username"] or UNKNOWN,
        yes_no(d["signed_in"]),
        kyc,
        d["status"],
        vip,
        mismatches,
    )


def as_table(rows: Sequence[Row]) -> str:
    """Aligned columns; a failed row's reason runs on past them instead of widening them."""
    header = ("PROFILE", "RESULT", "USERNAME", "SIGNED IN", "KYC", "STATUS", "VIP", "MISMATCHES")
    cells = [_cells(row) for row in rows]
    table = [header, *(c for c in cells if c is not None)]
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    widths[0] = max([widths[0], *(len(row.profile) for row in rows)])
    widths[1] = max(widths[1], len("FAILED"))
    lines = [_join(header, widths)]
    for row, line in zip(rows, cells, strict=True):
        if line is None:
            error = " ".join(row.error.splitlines())
            lines.append(f"{row.profile.ljust(widths[0])}  {'FAILED'.ljust(widths[1])}  {error}")
        else:
            lines.append(_join(line, widths))
            d = row.as_dict()
            lines += [f"{'':{widths[0]}}  ! {w}" for w in d["warnings"]]
    return "\n".join(lines)


def _join(line: tuple[str, ...], widths: Sequence[int]) -> str:
    return "  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip()
