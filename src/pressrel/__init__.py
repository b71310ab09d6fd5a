"""pressrel: structure and named entities of Russian press releases.

``pressrel.analyze(text)`` analyses one text; ``pressrel.analyze_documents(documents)`` streams
many. Both are imported on first use, so that ``import pressrel`` (and ``pressrel --help``) stays
instant.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["analyze", "analyze_documents", "__version__"]


def __getattr__(name: str) -> Any:
    if name in ("analyze", "analyze_documents"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'pressrel' has no attribute {name!r}")
