"""Compares two .deb files: prints both sha256 and exits 0 when they are byte-identical.

Otherwise it says where they first differ, going down as far as it can: the ar members
(debian-binary, control.tar.*, data.tar.*), then the tar members in archive order (name,
type, mode, owner, mtime, size, link, contents), then inside a differing zip (entry
names, times, CRCs) or, for any other file, the first differing byte. Exit status 1.
Standard library only, so it runs anywhere Python does (used by make package-repro).
"""

from __future__ import annotations

import hashlib
import io
import sys
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path


@dataclass
class ArMember:
    name: str
    mtime: str
    owner: str
    group: str
    mode: str
    data: bytes


def ar_members(blob: bytes) -> list[ArMember]:
    if not blob.startswith(b"!<arch>\n"):
        raise ValueError("not an ar archive")
    members, pos = [], 8
    while pos + 60 <= len(blob):
        header = blob[pos : pos + 60].decode("ascii")
        size = int(header[48:58])
        data = blob[pos + 60 : pos + 60 + size]
        members.append(
            ArMember(
                name=header[0:16].strip().rstrip("/"),
                mtime=header[16:28].strip(),
                owner=header[28:34].strip(),
                group=header[34:40].strip(),
                mode=header[40:48].strip(),
                data=data,
            )
        )
        pos += 60 + size + (size % 2)
    return members


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def first_byte_difference(a: bytes, b: bytes) -> str:
    for offset, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return f"first differing byte at offset {offset} (of {len(a)} / {len(b)} bytes)"
    return f"one is a prefix of the other ({len(a)} / {len(b)} bytes)"


def zip_difference(a: bytes, b: bytes) -> str | None:
    try:
        za, zb = zipfile.ZipFile(io.BytesIO(a)), zipfile.ZipFile(io.BytesIO(b))
    except zipfile.BadZipFile:
        return None
    ia, ib = za.infolist(), zb.infolist()
    for x, y in zip(ia, ib, strict=False):
        for field in ("filename", "date_time", "CRC", "file_size", "external_attr"):
            if getattr(x, field) != getattr(y, field):
                return f"zip entry {x.filename}: {field} {getattr(x, field)} != {getattr(y, field)}"
    if len(ia) != len(ib):
        return f"zip entries: {len(ia)} != {len(ib)}"
    return "zip entries agree; the difference is in the zip's own headers"


def file_difference(name: str, a: bytes, b: bytes) -> str:
    detail = zip_difference(a, b) if a[:2] == b"PK" else None
    detail = detail or first_byte_difference(a, b)
    return f"{name}: contents differ (sha256 {sha256(a)[:16]}… != {sha256(b)[:16]}…); {detail}"


def tar_difference(a: bytes, b: bytes) -> str | None:
    """The first tar member that differs, or None when every member agrees."""
    with (
        tarfile.open(fileobj=io.BytesIO(a)) as ta,
        tarfile.open(fileobj=io.BytesIO(b)) as tb,
    ):
        ma, mb = ta.getmembers(), tb.getmembers()
        for x, y in zip(ma, mb, strict=False):
            if x.name != y.name:
                return f"member order or names differ: {x.name} != {y.name}"
            for field in ("type", "mode", "uid", "gid", "uname", "gname", "mtime", "size"):
                if getattr(x, field) != getattr(y, field):
                    return f"{x.name}: {field} {getattr(x, field)!r} != {getattr(y, field)!r}"
            if x.linkname != y.linkname:
                return f"{x.name}: link {x.linkname} != {y.linkname}"
            if x.isfile():
                fa, fb = ta.extractfile(x), tb.extractfile(y)
                assert fa is not None
                assert fb is not None
                da, db = fa.read(), fb.read()
                if da != db:
                    return file_difference(x.name, da, db)
        if len(ma) != len(mb):
            extra = (ma if len(ma) > len(mb) else mb)[min(len(ma), len(mb))]
            return f"member counts differ ({len(ma)} != {len(mb)}); first extra: {extra.name}"
    return None


def difference(a: bytes, b: bytes) -> str | None:
    """Where two .deb files first differ, or None when they are identical."""
    if a == b:
        return None
    ma, mb = ar_members(a), ar_members(b)
    names_a, names_b = [m.name for m in ma], [m.name for m in mb]
    if names_a != names_b:
        return f"ar members differ: {names_a} != {names_b}"
    for x, y in zip(ma, mb, strict=True):
        for field in ("mtime", "owner", "group", "mode"):
            if getattr(x, field) != getattr(y, field):
                return f"ar member {x.name}: {field} {getattr(x, field)} != {getattr(y, field)}"
    # Contents: data.tar first, since the control member's md5sums and Installed-Size
    # only echo a difference in the files.
    pairs = sorted(zip(ma, mb, strict=True), key=lambda p: not p[0].name.startswith("data.tar"))
    for x, y in pairs:
        if x.data == y.data:
            continue
        if ".tar" in x.name:
            inner = tar_difference(x.data, y.data)
            if inner:
                return f"{x.name}: {inner}"
            return f"{x.name}: every tar member agrees, but the compressed bytes differ"
        return file_difference(f"ar member {x.name}", x.data, y.data)
    return "the ar headers differ"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: compare_debs.py A.deb B.deb", file=sys.stderr)
        return 2
    blobs = [Path(p).read_bytes() for p in argv]
    for path, blob in zip(argv, blobs, strict=True):
        print(f"sha256 {sha256(blob)}  {path}  ({len(blob)} bytes)")
    where = difference(*blobs)
    if where is None:
        print("the two .deb files are byte-identical")
        return 0
    print(f"NOT REPRODUCIBLE: {where}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
