"""SSSOM/TSV cells that a spreadsheet would run as formulas, and the way back.

A mapping set is opened in spreadsheets as often as it is read by machines, and a cell beginning
with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is run as a formula there (OWASP, CSV
injection). kll's writer puts one apostrophe before such a cell (``neutralised``), which a
spreadsheet shows as text and hides; kll's reader takes exactly one off again (``restored``), so a
set written and read back by kll is unchanged. Plain numbers (a confidence of ``-0.5``) are never
touched, and a CURIE or IRI cannot begin with those characters. A file from another tool whose text
itself begins with an apostrophe and one of those characters loses that one apostrophe on reading.
"""

from __future__ import annotations

import re

__all__ = ["neutralised", "restored"]

#: A cell a spreadsheet would run as a formula (OWASP, CSV injection), after any apostrophes a
#: text of its own may begin with.
_FORMULA = re.compile("'*[=+\\-@\t\r]")
#: The same, already neutralised: one apostrophe or more before the formula character.
_NEUTRALISED = re.compile("'+[=+\\-@\t\r]")
#: A plain decimal number, which a spreadsheet reads as that number and never runs.
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def neutralised(cell: str) -> str:
    """``cell`` as it is safe to open in a spreadsheet: one more leading apostrophe on a cell that
    begins (after any apostrophes of its own) with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
    return; numbers and every other cell unchanged. :func:`restored` undoes it exactly."""
    if _FORMULA.match(cell) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def restored(cell: str) -> str:
    """The cell a writer gave to :func:`neutralised`: a reader of SSSOM/TSV removes the one
    apostrophe that was added (and a spreadsheet, which shows the cell as text, hides it)."""
    return cell[1:] if _NEUTRALISED.match(cell) else cell
