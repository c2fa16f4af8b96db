"""btse-gui's steps in the build backend (hatchling), pure Python, nothing downloaded:

- the translations: each Qt Linguist source (``resources/translations/*.ts``) becomes
  the JSON catalog the app reads, window and command line alike
  (``btse_gui/translations/*.json``), in every wheel, sdist-built wheel and editable
  install;
- the README as a package index shows it: its relative links and images point at the
  project's repository (an index has no ``docs/`` folder to show them from).
"""

from __future__ import annotations

import re
import runpy
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface
from hatchling.metadata.plugin.interface import MetadataHookInterface

REPOSITORY = "https://github.com/btse-gui/btse-gui"
#: A Markdown link or image whose target is a path in this repository.
RELATIVE = re.compile(r"(!?)\[([^\]]*)\]\((?!https?://|#|mailto:)([^)\s]+)\)")


def readme_for_an_index(text: str) -> str:
    """``text`` with relative images pointing at their raw files and relative links at
    their pages in the repository."""

    def absolute(match: re.Match[str]) -> str:
        image, words, target = match.groups()
        base = f"{REPOSITORY}/raw/main/" if image else f"{REPOSITORY}/blob/main/"
        return f"{image}[{words}]({base}{target})"

    return RELATIVE.sub(absolute, text)


class ReadmeHook(MetadataHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def update(self, metadata: dict[str, Any]) -> None:
        text = (Path(self.root) / "README.md").read_text(encoding="utf-8")
        metadata["readme"] = {"content-type": "text/markdown", "text": readme_for_an_index(text)}


class TranslationsHook(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        compile_catalog = runpy.run_path(str(root / "scripts" / "ts_to_json.py"))["compile_catalog"]
        out = root / "btse_gui" / "translations"
        for source in sorted((root / "resources" / "translations").glob("*.ts")):
            compile_catalog(source, out / f"{source.stem}.json")
