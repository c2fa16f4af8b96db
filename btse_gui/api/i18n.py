"""Translation hooks that work with and without Qt.

Everything below the window (``api/``, ``core/``, ``profiles/``, the command line) must
not import Qt, yet its messages are user-visible and must be translatable. This module
lives in ``api/``, the bottom layer, because the API's own errors are such messages.
They mark source strings with ``QT_TRANSLATE_NOOP(context, text)`` — which Qt's
``lupdate`` extracts — and render them with :func:`translate`. The window installs
``QCoreApplication.translate`` at start-up; without it the English source text is used.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ClassVar

Translator = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for extraction by lupdate; returns it unchanged."""
    return source


def _identity(context: str, source: str) -> str:
    return source


_translator: Translator = _identity
_language = "en"


def install_translator(translator: Translator | None, language: str = "en") -> None:
    """Route :func:`translate` through ``translator``, which renders ``language``
    (``None`` restores English)."""
    global _translator, _language
    _translator = translator or _identity
    _language = language if translator is not None else "en"


def translate(context: str, source: str) -> str:
    return _translator(context, source)


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """:func:`translate` renders ``language`` inside the block, whatever the app
    speaks (a support summary written in the language of the ticket)."""
    global _translator, _language
    saved = _translator, _language
    install_translator(catalog_translator(language) if language != "en" else None, language)
    try:
        yield
    finally:
        _translator, _language = saved


def language() -> str:
    """The code of the language :func:`translate` renders (``en``, ``zh_TW``): another
    process of the app (the overview's lookups) is told it, to answer in it too."""
    return _language


def translations_folder() -> Path:
    """Where the compiled translations are: ``btse_gui/translations`` (in the bundle too)."""
    return Path(__file__).resolve().parent.parent / "translations"


def catalog(language: str) -> dict[str, dict[str, str]]:
    """``{context: {source: translation}}`` for ``language``, from the JSON catalog the
    build makes from ``resources/translations/*.ts`` (``hatch_build.py``); empty when
    there is none."""
    import json

    path = translations_folder() / f"btse-gui_{language}.json"
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return table if isinstance(table, dict) else {}


def catalog_translator(language: str) -> Translator | None:
    """The translations of ``language`` as a :data:`Translator` (the command line never
    loads Qt); ``None`` when there are none."""
    table = catalog(language)
    if not table:
        return None

    def lookup(context: str, source: str) -> str:
        return table.get(context, {}).get(source, source)

    return lookup


class UserFacingError(Exception):
    """An error whose message is shown to people: an English template marked for
    translation under ``context`` plus parameters. ``str(e)`` is the English text;
    :meth:`user_message` renders it in the active language. Parameters must never hold
    credentials.

    A ``reason`` or ``field`` parameter may itself be a text marked for translation
    in the "Reason" context: it is translated too, and its own
    ``{placeholders}`` take the other parameters (so a server's words go in as a
    parameter, never into the text that is looked up)."""

    context: ClassVar[str] = "Error"
    template: ClassVar[str] = "Something went wrong."

    def __init__(self, **params: Any) -> None:
        self.params = params
        super().__init__(self._render(_identity))

    def user_message(self) -> str:
        return self._render(translate)

    def _render(self, lookup: Translator) -> str:
        params = dict(self.params)
        for key in ("reason", "field"):
            value = params.get(key)
            if isinstance(value, str):
                params[key] = _fill(lookup("Reason", value), self.params)
        return lookup(self.context, self.template).format(**params)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.params!r})"


def _fill(text: str, params: Mapping[str, Any]) -> str:
    """``text`` with its placeholders filled, or as it is when it has none it can fill
    (a reason taken from an exception may hold braces of its own)."""
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError, AttributeError):
        return text


def shipped(name: str) -> str | None:
    """The shipped language a locale or language name asks for: ``zh_TW``, ``zh-Hant-HK``,
    ``zh_MO``... -> ``zh_TW``; ``en...`` -> ``en``; anything else -> ``None``."""
    name = name.replace("-", "_")
    if name.startswith(("zh_TW", "zh_HK", "zh_MO", "zh_Hant")):
        return "zh_TW"
    if name == "en" or name.startswith("en_"):
        return "en"
    return None


def first_shipped(names: Iterable[str]) -> str:
    """The first of ``names`` (in order of preference) that is shipped; else ``en``."""
    return next((found for name in names if (found := shipped(name))), "en")


def from_environment(environ: Mapping[str, str] = os.environ) -> str:
    """The command line's language, chosen as gettext chooses: the locale (``LC_ALL``,
    ``LC_MESSAGES``, ``LANG``, the first set); unless it is the C locale, ``LANGUAGE``'s
    list comes first (``zh_TW:en``). English when none of them is shipped."""
    locale = next((environ[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(v)), "")
    if not locale or locale in ("C", "POSIX") or locale.startswith("C."):
        return "en"  # gettext ignores LANGUAGE in the C locale
    names = [n for n in environ.get("LANGUAGE", "").split(":") if n]
    return first_shipped([*names, locale])
