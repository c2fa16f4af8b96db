"""Compiles a Qt Linguist .ts file into the JSON catalog btse-gui reads:
``{context: {source: translation}}``, finished entries only, keys sorted so the output
is the same on every build. The build backend runs it (``hatch_build.py``); the window
and the command line both read the result.

    python scripts/ts_to_json.py IN.ts OUT.json
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def catalog(ts: Path) -> dict[str, dict[str, str]]:
    result: dict[str, dict[str, str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            if translation.text:
                result.setdefault(name, {})[message.findtext("source") or ""] = translation.text
    return result


def compile_catalog(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(catalog(source), ensure_ascii=False, sort_keys=True, indent=0)
    target.write_text(text + "\n", encoding="utf-8")


def main() -> int:
    compile_catalog(Path(sys.argv[1]), Path(sys.argv[2]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
