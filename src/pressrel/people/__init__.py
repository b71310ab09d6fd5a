"""Rules over a document's person mentions before they are resolved to people: a person's
surname written again where NER missed it (``repeats``)."""

from .repeats import repeated

__all__ = ["repeated"]
