"""pressrel: structure and named entities of Russian press releases."""

__version__ = "0.1.0"

from .pipeline import analyze, analyze_documents  # noqa: E402

__all__ = ["analyze", "analyze_documents", "__version__"]
