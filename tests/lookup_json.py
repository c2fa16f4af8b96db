"""Reading what ``btse-gui lookup --json`` prints, checked against
``docs/lookup.schema.json`` every time a test reads one."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

SCHEMA = Path(__file__).resolve().parent.parent / "docs" / "lookup.schema.json"


@cache
def _validator() -> Any:
    import jsonschema

    schema = json.loads(SCHEMA.read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def validated(text: str) -> dict[str, Any]:
    """The document, after the schema has passed it."""
    document: dict[str, Any] = json.loads(text)
    _validator().validate(document)
    return document


def rows(text: str) -> list[dict[str, Any]]:
    return list(validated(text)["accounts"])


def account(text: str) -> dict[str, Any]:
    """The one account of a single lookup (--demo, --server)."""
    (row,) = rows(text)
    assert row["ok"], row
    result: dict[str, Any] = row["account"]
    return result
