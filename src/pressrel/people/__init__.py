"""Rules over a document's person mentions before they are resolved to people: a person's
surname written again where NER missed it (``repeats``), the person a thing is named after
(``namesakes``: ``театр имени Н. П. Акимова``)."""

from .namesakes import named_after, places_named_after
from .repeats import repeated

__all__ = ["named_after", "places_named_after", "repeated"]
