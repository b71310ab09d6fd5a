"""pressrel: structure and named entities of Russian press releases.

``pressrel.analyze(text)`` analyses one text; ``pressrel.analyze_documents(documents)`` streams
many. Both are imported on first use, so that ``import pressrel`` (and ``pressrel --help``) stays
instant.
"""

from __future__ import annotations

from typing import Any

__all__ = ["analyze", "analyze_documents", "__version__"]


def __getattr__(name: str) -> Any:
    if name == "__version__":  # read on first use: the metadata lookup costs 30 ms of a start
        return _version()
    if name in ("analyze", "analyze_documents"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'pressrel' has no attribute {name!r}")


def _version() -> str:
    """pressrel's version, from the installed package's metadata (written once, in
    pyproject.toml)."""
    from importlib import metadata

    try:
        return metadata.version("pressrel")
    except metadata.PackageNotFoundError:  # a source tree that was never installed
        return "0+unknown"
