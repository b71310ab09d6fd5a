"""Compiled regular expressions kept in the user's cache (``tablecache``) for the next start.

Python compiles a pattern in Python code (parsing it, then generating the regex engine's
program): the date grammar's 68,000 characters of patterns take about 0.2 s of every process
that reads a date. What the compilation gives, the engine's program (a list of ints) and the
groups' names, is kept as a table of the user's cache, named by a hash of the patterns, their
flags and the Python version and engine it was made for, and handed back to the engine
(``_sre.compile``, what ``re.compile`` ends with), which checks the program before it runs it.

Anything unexpected (another Python whose ``re`` is built otherwise, a program the engine
refuses) falls back to ``re.compile``: the patterns are the same whichever way they are made.
"""

from __future__ import annotations

import base64
import re
import sys
import zlib
from array import array
from collections.abc import Sequence

from . import tablecache

_TYPECODE = "I"  # unsigned ints of 4 bytes: the engine's word (``_sre.CODESIZE``) on CPython


def compile_all(name: str, patterns: Sequence[str], flags: int = 0) -> list[re.Pattern[str]]:
    """``[re.compile(p, flags) for p in patterns]``, their programs read from the user's cache
    when it has them (``name`` names the table)."""
    try:
        import _sre

        if array(_TYPECODE).itemsize != _sre.CODESIZE:
            raise ValueError("the engine's words are not unsigned ints")
        inputs = [sys.version, str(_sre.MAGIC), str(_sre.CODESIZE), str(flags), *patterns]
        rows = tablecache.load_or_build(
            f"regex-{name}", inputs, lambda: [_program(p, flags) for p in patterns], _valid
        )
        return [_rebuilt(_sre, pattern, row) for pattern, row in zip(patterns, rows, strict=True)]
    except Exception:  # noqa: BLE001 - any surprise of re's internals: compile as usual
        return [re.compile(pattern, flags) for pattern in patterns]


def _program(pattern: str, flags: int) -> list:
    """What ``re._compiler.compile`` hands the engine: [flags, program, groups, group names],
    the program as text (``_packed``)."""
    import re._compiler  # the standard library's own steps (3.11+); any change: the fallback
    import re._parser

    parsed = re._parser.parse(pattern, flags)
    state = parsed.state
    code = _packed(re._compiler._code(parsed, flags))
    return [flags | state.flags, code, state.groups - 1, dict(state.groupdict)]


def _packed(code: list[int]) -> str:
    """A program as text: its words as unsigned ints of the engine's size, compressed, in
    base64 (a tenth of the size of a JSON list of them, and read back in C)."""
    return base64.b64encode(zlib.compress(array(_TYPECODE, code).tobytes())).decode("ascii")


def _unpacked(text: str) -> list[int]:
    words = array(_TYPECODE)
    words.frombytes(zlib.decompress(base64.b64decode(text)))
    return words.tolist()


def _valid(row: object) -> bool:
    if not (isinstance(row, list) and len(row) == 4):
        return False
    flags, code, groups, names = row
    return (
        isinstance(flags, int)
        and isinstance(code, str)
        and isinstance(groups, int)
        and isinstance(names, dict)
        and all(isinstance(index, int) and 0 < index <= groups for index in names.values())
    )


def _rebuilt(_sre, pattern: str, row: list) -> re.Pattern[str]:
    """The compiled pattern of a program (the engine validates it)."""
    flags, code, groups, names = row
    index_names: list[str | None] = [None] * (groups + 1)
    for group, index in names.items():
        index_names[index] = group
    return _sre.compile(pattern, flags, _unpacked(code), groups, names, tuple(index_names))
