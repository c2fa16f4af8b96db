"""Server text is data, never control: the one sanitizer for outside strings.

A username, an email or a server's ``msg`` may hold anything JSON can carry: terminal
escapes (``ESC ]0;title BEL``), carriage returns that overwrite a line, newlines that
forge a second log record, bidirectional overrides that reverse what a reader sees, lone
surrogates that make ``print`` raise. :func:`visible` turns every such character into a
visible escape (``\\x1b``, ``\\n``, ``\\u202e``) so it is shown, never interpreted, and
caps the length. It runs once, where outside text enters the app (the response parser,
the error extractor); :func:`csv_cell` additionally neutralises spreadsheet formulas and
:func:`log_text` is what the log's filter applies to every argument of a record.

No I/O, no Qt: the command line, the log and the window share it.
"""

from __future__ import annotations

import re

#: Longest outside string kept whole; longer ones end in "…" (the real ones are short).
DEFAULT_LIMIT = 200

# C0 controls, DEL and C1 controls; the bidirectional embeddings, overrides, isolates
# and marks; the Unicode line and paragraph separators; lone surrogates (which cannot be
# encoded); and the byte-order mark / zero-width no-break space.
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
    "\ufeff\ud800-\udfff]"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
#: A spreadsheet treats a cell starting with one of these as a formula (OWASP's list).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    named = _NAMED.get(char)
    if named is not None:
        return named
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(text: object, limit: int | None = DEFAULT_LIMIT) -> str:
    """``text`` with every control character shown as an escape, at most ``limit`` long.

    Idempotent on its own output (an escape is plain printable text), so applying it
    twice on the way to a widget or a log line changes nothing.
    """
    value = _UNSAFE.sub(_escape, text if isinstance(text, str) else str(text))
    if limit is not None and len(value) > limit:
        value = value[: max(limit - 1, 0)] + "…"
    return value


def is_visible(text: str) -> bool:
    """Whether ``text`` holds no character :func:`visible` would escape."""
    return _UNSAFE.search(text) is None


def csv_cell(value: object) -> str:
    """A CSV cell that no spreadsheet runs: control characters escaped, and a cell that
    would start a formula (``= + - @``, tab, CR) prefixed with ``'`` as OWASP advises."""
    if value is None:
        return ""
    text = visible(str(value).lower() if isinstance(value, bool) else value, limit=None)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def log_text(value: object) -> str:
    """One argument of a log record: on one line, escapes shown, length capped."""
    return visible(value, limit=2000)
