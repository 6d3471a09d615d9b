"""Control characters: which ones text may hold, how to name them, how to show them harmlessly.

Scenario text reaches terminals (``forecasts show``, ``list``) and web pages. A control
character in it is at best invisible and at worst an instruction: ESC starts the sequences that
clear the screen or set the window title, CR sends the cursor back over what was printed, and
C1 characters such as U+009B (CSI) act like ESC on some terminals. So control characters are
refused where text comes in (scenario files, command-line values) and shown as visible escapes
(``\\x1b``) where text goes out, so that files written before the check cannot act either.

Two sets, because a file and a value differ: a *file* may hold tab, line feed and carriage
return (CRLF files are fine; YAML allows tabs in comments and text), while a *text value* may
hold tab and line feed (multi-line criteria and notes) but not CR.
"""

from __future__ import annotations

import re

# Outside YAML's printable set: C0 controls but tab, LF and CR; DEL; C1 (NEL too: libyaml counts
# it as a line break, so line numbers would drift); lone surrogates; U+FFFE and U+FFFF.
FILE_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# In a text value: every C0 control but tab and LF, DEL and C1.
TEXT_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# On output: every control character, tab and line breaks included, for one-line contexts.
ANY_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")

_NAMES = {"\x00": "NUL", "\x07": "BEL", "\x08": "BS", "\r": "CR", "\x1b": "ESC", "\x7f": "DEL", "\x9b": "CSI"}


def escape_character(char: str) -> str:
    """A character as a visible escape: ``\\x1b``, ``\\u2028``."""
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def describe_character(char: str) -> str:
    """The escape and, for the well-known ones, the name: ``\\x1b (ESC)``."""
    name = _NAMES.get(char)
    return escape_character(char) + (f" ({name})" if name else "")


def find_text_control(text: str) -> str | None:
    """The first character a text value may not hold, or None."""
    found = TEXT_CONTROL.search(text)
    return found.group() if found else None


def escape_controls(text: str, keep_line_breaks: bool = False) -> str:
    """``text`` with every control character replaced by its visible escape.

    With ``keep_line_breaks`` tab and line feed pass unchanged (text laid out over lines);
    otherwise they are escaped too, for output that must stay on one line.
    """
    pattern = TEXT_CONTROL if keep_line_breaks else ANY_CONTROL
    if pattern.search(text) is None:
        return text
    return pattern.sub(lambda m: escape_character(m.group()), text)
