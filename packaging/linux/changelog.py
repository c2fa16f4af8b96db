"""CHANGELOG.md, the one changelog, in the forms a distribution reads: the releases of
btse-gui's AppStream metainfo, and a Debian changelog.

    python packaging/linux/changelog.py metainfo OUT.xml
    python packaging/linux/changelog.py debian OUT --maintainer "NAME <EMAIL>"

Each ``## <version> — <YYYY-MM-DD | unreleased>`` section of CHANGELOG.md is one release,
newest first, its text the release's notes.

``metainfo`` fills the empty ``<releases/>`` of
resources/io.github.btse_gui.btse_gui.metainfo.xml.in with one ``<release>`` per section. A
version still unreleased is ``type="development"`` and, since AppStream wants a date on
every release, is dated by SOURCE_DATE_EPOCH (the last commit's time in the build).

``debian`` writes the same releases as a Debian changelog (what /usr/share/doc/btse-gui/
changelog.gz is for a package whose version has no Debian revision; lintian and
apt-listchanges parse it): an unreleased version goes to the UNRELEASED distribution,
dated by SOURCE_DATE_EPOCH, a released one to unstable at midnight UTC of its date.

The output depends on nothing but its inputs. Standard library only.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import textwrap
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from xml.etree import ElementTree
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "resources" / "io.github.btse_gui.btse_gui.metainfo.xml.in"
CHANGELOG = ROOT / "CHANGELOG.md"
PLACEHOLDER = "  <releases/>\n"
HEADING = re.compile(r"## (?P<version>\d+(?:\.\d+)*\S*) — (?P<when>\d{4}-\d{2}-\d{2}|unreleased)")


class ChangelogError(ValueError):
    pass


def releases(changelog: str) -> list[dict[str, str]]:
    """Each ``## `` section of the changelog, in its order (newest first): version,
    date (``unreleased`` for one not released yet) and its Markdown text."""
    found: list[dict[str, str]] = []
    for number, line in enumerate(changelog.splitlines(), 1):
        if line.startswith("## "):
            match = HEADING.fullmatch(line.rstrip())
            if not match:
                raise ChangelogError(
                    f"CHANGELOG.md:{number}: {line!r} is not '## <version> — <YYYY-MM-DD or "
                    "unreleased>'"
                )
            found.append({"version": match["version"], "when": match["when"], "text": ""})
        elif found:
            found[-1]["text"] += line + "\n"
    if not found:
        raise ChangelogError("CHANGELOG.md has no '## <version> — <date>' section")
    return found


def _inline(text: str) -> str:
    """Markdown's inline marks as AppStream's: `code` and *emphasis*; links keep their text."""
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", " ".join(text.split()))
    out = []
    for i, part in enumerate(re.split(r"`([^`]+)`", text)):
        if i % 2:
            out.append(f"<code>{escape(part)}</code>")
        else:
            part = escape(part)
            out.append(re.sub(r"\*\*?([^*]+)\*\*?", r"<em>\1</em>", part))
    return "".join(out)


def description(markdown: str) -> list[str]:
    """The section's paragraphs and bullet lists as AppStream description markup."""
    blocks: list[tuple[str, list[str]]] = []  # ("p", [lines]) or ("li", [lines])
    for line in markdown.splitlines():
        if not line.strip():
            blocks.append(("", []))
        elif re.match(r"[-*] ", line):
            blocks.append(("li", [line[2:]]))
        elif blocks and blocks[-1][0] and (blocks[-1][0] == "p" or line.startswith(" ")):
            blocks[-1][1].append(line)
        else:
            blocks.append(("p", [line]))
    out: list[str] = []
    in_list = False
    for kind, lines in blocks:
        if not kind:
            continue
        if kind == "li" and not in_list:
            out.append("<ul>")
        elif kind == "p" and in_list:
            out.append("</ul>")
        in_list = kind == "li"
        out.append(
            f"  <li>{_inline(' '.join(lines))}</li>"
            if in_list
            else f"<p>{_inline(' '.join(lines))}</p>"
        )
    if in_list:
        out.append("</ul>")
    return out


def _when(release: dict[str, str], source_date_epoch: str | None) -> datetime:
    """A release's time: its date at midnight UTC, or SOURCE_DATE_EPOCH's for one unreleased."""
    if release["when"] != "unreleased":
        return datetime.strptime(release["when"], "%Y-%m-%d").replace(tzinfo=UTC)
    if not source_date_epoch:
        raise ChangelogError(
            f"{release['version']} is unreleased: set SOURCE_DATE_EPOCH to date it"
        )
    return datetime.fromtimestamp(int(source_date_epoch), tz=UTC)


def render_releases(changelog: str, source_date_epoch: str | None) -> str:
    lines = ["  <releases>"]
    for release in releases(changelog):
        attrs = f"version={quoteattr(release['version'])}"
        if release["when"] == "unreleased":
            day = _when(release, source_date_epoch).strftime("%Y-%m-%d")
            attrs += f' date="{day}" type="development"'
        else:
            attrs += f' date="{release["when"]}" type="stable"'
        lines.append(f"    <release {attrs}>")
        body = description(release["text"])
        if body:
            lines.append("      <description>")
            lines += [f"        {line}" for line in body]
            lines.append("      </description>")
        lines.append("    </release>")
    lines.append("  </releases>")
    return "\n".join(lines) + "\n"


def render(template: str, changelog: str, source_date_epoch: str | None) -> str:
    if template.count(PLACEHOLDER) != 1:
        raise ChangelogError(f"the template needs exactly one line {PLACEHOLDER.strip()!r}")
    out = template.replace(PLACEHOLDER, render_releases(changelog, source_date_epoch))
    ElementTree.fromstring(out.encode("utf-8"))  # well-formed, or ParseError
    return out


def _plain(markdown: str) -> list[str]:
    """A section's paragraphs and bullets as Debian changelog items (one per block)."""
    items: list[list[str]] = []
    for line in markdown.splitlines():
        if not line.strip():
            items.append([])
        elif re.match(r"[-*] ", line) or not items or not items[-1]:
            items.append([line[2:] if re.match(r"[-*] ", line) else line])
        else:
            items[-1].append(line)
    return [
        re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", " ".join(" ".join(item).split()))
        for item in items
        if item
    ]


def debian(changelog: str, source_date_epoch: str | None, package: str, maintainer: str) -> str:
    """The releases as a Debian changelog (deb-changelog(5)), lines at most 80 columns."""
    entries = []
    for release in releases(changelog):
        distribution = "UNRELEASED" if release["when"] == "unreleased" else "unstable"
        lines = [f"{package} ({release['version']}) {distribution}; urgency=medium", ""]
        for item in _plain(release["text"]) or ["No notes."]:
            lines += textwrap.wrap(
                item,
                width=80,
                initial_indent="  * ",
                subsequent_indent="    ",
                break_on_hyphens=False,
                break_long_words=False,
            )
        when = format_datetime(_when(release, source_date_epoch))
        lines += ["", f" -- {maintainer}  {when}"]
        entries.append("\n".join(lines) + "\n")
    return "\n".join(entries)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("form", choices=["metainfo", "debian"])
    parser.add_argument("out", type=Path, help="the file to write")
    parser.add_argument("--changelog", type=Path, default=CHANGELOG)
    parser.add_argument("--template", type=Path, default=TEMPLATE, help="metainfo: its template")
    parser.add_argument("--package", default="btse-gui", help="debian: the package's name")
    parser.add_argument("--maintainer", help="debian: NAME <EMAIL>, as in the package's control")
    args = parser.parse_args(argv)
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    changelog = args.changelog.read_text(encoding="utf-8")
    try:
        if args.form == "metainfo":
            text = render(args.template.read_text(encoding="utf-8"), changelog, epoch)
        elif not args.maintainer:
            raise ChangelogError("debian needs --maintainer 'NAME <EMAIL>'")
        else:
            text = debian(changelog, epoch, args.package, args.maintainer)
    except (ChangelogError, ElementTree.ParseError) as exc:
        print(f"changelog: {exc}", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
