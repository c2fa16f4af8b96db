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

# C0 controls, DEL and C1 controls; the Unicode line and paragraph separators; lone
# surrogates (which cannot be encoded); and every default-ignorable code point (Unicode's
# Default_Ignorable_Code_Point: characters a renderer shows as nothing, so "alice" and
# "ali\u200bce" look alike): the soft hyphen, the bidirectional marks, embeddings,
# overrides and isolates, the zero-width spaces and joiners, the invisible operators,
# the Hangul fillers, variation selectors, the byte-order mark, and the tag block.
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff"
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
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
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


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
