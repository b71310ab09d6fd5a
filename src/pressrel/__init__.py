"""pressrel: structure and named entities of Russian press releases."""

__version__ = "0.1.0"
