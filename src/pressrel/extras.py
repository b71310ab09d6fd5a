"""Optional dependencies (the extras of ``pyproject.toml``): the error when one is missing."""

from __future__ import annotations


class MissingExtra(RuntimeError):
    """An optional dependency is not installed; the message says how to install it."""
