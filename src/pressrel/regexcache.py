"""Large regular expressions compiled once per user, not once per process.

The date rules are one pattern of about 68,000 characters; Python's ``re`` parses and compiles
it in pure Python, which takes a quarter of a second of the first document of every run, while
the regex engine itself (``_sre.compile``) builds the pattern from its compiled code in a few
milliseconds. ``compiled(pattern)`` keeps that code (a list of integers, stored as base64 of
their 32-bit machine words) and the group names in the user's cache (``tablecache``), named by
a hash of the pattern, its flags and the exact Python build, and builds the pattern from it at
the next start; ``compiled_all(patterns)`` keeps a set of patterns in one file.

The code is the interpreter's private format, so everything is checked and nothing is trusted:
the cache is keyed by the interpreter's version and the engine's ``MAGIC``, a file that is not
whole is rebuilt (``tablecache``), the engine validates the code it is given, and any failure
(an interpreter without these internals, a refused file) falls back to ``re.compile``. The
patterns are the same either way.

``first_characters(pattern)`` reads the same parse for the characters a match may start with,
so that a caller with many patterns tries at a place only those that may match there.
"""

from __future__ import annotations

import base64
import re
import sys
from array import array
from collections.abc import Sequence
from typing import Any

from . import tablecache

try:  # CPython 3.11+; elsewhere compiled() is plain re.compile
    import _sre
    import re._compiler
    import re._constants as ops
    import re._parser
except ImportError:  # pragma: no cover - other interpreters
    _sre = None

_WORD = "I"  # the engine's code words are unsigned 32-bit (_sre.CODESIZE == 4)


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), from the user's cache of compiled code when it has it."""
    return compiled_all([pattern], flags)[0]


def compiled_all(patterns: Sequence[str], flags: int = 0) -> list[re.Pattern[str]]:
    """re.compile(pattern, flags) of each pattern, kept together in one file of the cache."""
    if _sre is None or array(_WORD).itemsize != _sre.CODESIZE:
        return [re.compile(pattern, flags) for pattern in patterns]
    inputs = [sys.version, sys.implementation.cache_tag or "", str(_sre.MAGIC), str(flags)]
    try:
        rows = tablecache.load_or_build(
            "regex",
            [*inputs, *patterns],
            lambda: [_compiled_row(pattern, flags) for pattern in patterns],
            valid=_valid_row,
        )
        if len(rows) != len(patterns):
            raise ValueError("not the patterns' file")
        return [_from_row(pattern, row) for pattern, row in zip(patterns, rows)]
    except Exception:  # noqa: BLE001 - the engine refusing the code: compile as usual
        return [re.compile(pattern, flags) for pattern in patterns]


def _compiled_row(pattern: str, flags: int) -> list[Any]:
    """re._compiler.compile's work, as a row: [flags, groups, [[name, index]...], code]."""
    parsed = re._parser.parse(pattern, flags)
    code = base64.b64encode(array(_WORD, re._compiler._code(parsed, flags)).tobytes()).decode()
    names = sorted(parsed.state.groupdict.items(), key=lambda item: item[1])
    return [flags | parsed.state.flags, parsed.state.groups, [list(n) for n in names], code]


def _from_row(pattern: str, row: list[Any]) -> re.Pattern[str]:
    flags, groups, names, code = row
    code = array(_WORD, base64.b64decode(code, validate=True)).tolist()
    groupindex = {name: index for name, index in names}
    indexgroup = [None] * groups
    for name, index in names:
        indexgroup[index] = name
    return _sre.compile(pattern, flags, code, groups - 1, groupindex, tuple(indexgroup))


def _valid_row(row: object) -> bool:
    if not isinstance(row, list) or len(row) != 4:
        return False
    flags, groups, names, code = row
    return (
        isinstance(flags, int)
        and isinstance(groups, int)
        and groups >= 1
        and all(
            isinstance(name, str) and isinstance(index, int) and 0 < index < groups
            for name, index in names
        )
        and isinstance(code, str)
    )


def first_characters(pattern: str) -> frozenset[str] | None:
    """The characters a match of pattern (compiled without flags) may start with, read from its
    parse; None when any character may, or when the start is more than literals and ranges of
    them (a class such as ``\\w``, a negated set, case folded, a back reference), or the
    pattern may match the empty string, or this interpreter has no parser to read: the caller
    then tries the pattern everywhere. A lookaround takes no character: it narrows nothing."""
    if _sre is None:
        return None
    try:
        parsed = re._parser.parse(pattern)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    first, empty = _first_of(parsed)
    return None if first is None or empty else frozenset(first)


def _first_of(items: Any) -> tuple[set[str] | None, bool]:
    """What a sequence of parsed items may start with (None: anything), and whether it may
    match the empty string."""
    found: set[str] = set()
    for op, value in items:
        first, empty = _first_of_item(op, value)
        if first is None:
            return None, False
        found |= first
        if not empty:
            return found, False
    return found, True


def _first_of_item(op: Any, value: Any) -> tuple[set[str] | None, bool]:
    if op is ops.LITERAL:
        return {chr(value)}, False
    if op is ops.IN:
        found = set()
        for kind, item in value:
            if kind is ops.LITERAL:
                found.add(chr(item))
            elif kind is ops.RANGE:
                found.update(chr(c) for c in range(item[0], item[1] + 1))
            else:  # a category (\w, \d), a negation
                return None, False
        return found, False
    if op is ops.SUBPATTERN:
        _, add_flags, _, items = value
        return (None, False) if add_flags & re.IGNORECASE else _first_of(items)
    if op is ops.BRANCH:
        found, empty = set(), False
        for items in value[1]:
            first, branch_empty = _first_of(items)
            if first is None:
                return None, False
            found |= first
            empty = empty or branch_empty
        return found, empty
    if op in (ops.MAX_REPEAT, ops.MIN_REPEAT, ops.POSSESSIVE_REPEAT):
        least, _, items = value
        first, empty = _first_of(items)
        return first, empty or least == 0
    if op is ops.ATOMIC_GROUP:
        return _first_of(value)
    if op in (ops.AT, ops.ASSERT, ops.ASSERT_NOT):
        return set(), True
    return None, False
