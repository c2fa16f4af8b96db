"""The man page and the bash and zsh completions of the btse-gui command, generated from
its own parser (``btse_gui.cli.main.build_parser``), so they describe exactly the options
the program accepts.

    python packaging/linux/cli_docs.py OUT

writes OUT/btse-gui.1 (argparse-manpage), OUT/btse-gui.bash and OUT/_btse-gui (shtab). In
English whatever the locale (the parser's help is in the language a translator installs,
and none is), wrapped at 80 columns whatever the terminal, dated by SOURCE_DATE_EPOCH:
the output depends only on the parser and the version.
"""

from __future__ import annotations

import os
import sys
from importlib.metadata import version
from pathlib import Path

HOMEPAGE = "https://github.com/btse-gui/btse-gui"
WHATIS = "view a BTSE account's profile, KYC permissions and VIP status"

FILES = r"""Saved profiles (a name, a server and its conventions; never a secret) are in
.I profiles.json
in the user's configuration folder (on Linux
.IR $XDG_CONFIG_HOME/btse\-gui ,
by default
.IR \(ti/.config/btse\-gui );
their keys and secrets are in the desktop's keychain (the Secret Service)."""

ENVIRONMENT = r""".TP
.BR BTSE_API_KEY ", " BTSE_API_SECRET
the key and secret for
.B btse\-gui lookup \-\-server
(credentials are never taken from flags).
.TP
.BR HTTPS_PROXY ", " ALL_PROXY ", " NO_PROXY
proxies, SOCKS included.
.TP
.BR LANG ", " LC_ALL ", " LANGUAGE
English, or Traditional Chinese for a zh_TW locale."""


def main(out: Path) -> int:
    # argparse wraps help at the terminal's width: a fixed one, for the same bytes everywhere.
    os.environ["COLUMNS"] = "80"
    import shtab
    from argparse_manpage.manpage import Manpage

    from btse_gui.cli.main import build_parser

    out.mkdir(parents=True, exist_ok=True)
    page = Manpage(
        build_parser(),
        _data={
            "project_name": "btse-gui",
            "version": version("btse-gui"),
            "manual_title": "btse-gui manual",
            "description": WHATIS,
            "url": HOMEPAGE,
            "authors": ["The btse-gui developers"],
        },
    )
    page.add_section("files", ">", FILES)
    page.add_section("environment", ">", ENVIRONMENT)
    (out / "btse-gui.1").write_text(str(page), encoding="utf-8")
    (out / "btse-gui.bash").write_text(shtab.complete(build_parser(), "bash"), encoding="utf-8")
    (out / "_btse-gui").write_text(shtab.complete(build_parser(), "zsh"), encoding="utf-8")
    print(f"cli_docs: wrote btse-gui.1, btse-gui.bash and _btse-gui to {out}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: cli_docs.py OUT", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(Path(sys.argv[1])))
