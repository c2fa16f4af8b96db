"""The build backend's step for btse-gui's translations: each Qt Linguist source
(``resources/translations/*.ts``) becomes the JSON catalog the app reads, window and
command line alike (``btse_gui/translations/*.json``), in every wheel, sdist-built
wheel and editable install. Pure Python: no Qt tool is needed to build."""

from __future__ import annotations

import runpy
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        compile_catalog = runpy.run_path(str(root / "scripts" / "ts_to_json.py"))["compile_catalog"]
        out = root / "btse_gui" / "translations"
        for source in sorted((root / "resources" / "translations").glob("*.ts")):
            compile_catalog(source, out / f"{source.stem}.json")
