"""The only room that imports natasha, slovnet and navec: the models, loaded lazily once per
process (``loaders``), NER over many texts (``ner``, on razdel's tokens computed by ``tokens``
and the packed network of ``nernet``), and natasha's span normalisation as the fallback of
pressrel's own rules (``fallback``); which of pymorphy2's readings are a dictionary
paradigm's forms (``paradigms``). What leaves this package is pressrel's own values (spans,
strings), never natasha's objects.
"""

from .loaders import (
    THREAD_VARIABLES,
    embedding,
    load_all,
    morph_analyzer,
    morph_tagger,
    morph_vocab,
    ner_network,
    ner_tagger,
    pin_threads,
    point_pymorphy2_at_its_dictionary,
    syntax_parser,
)
from .paradigms import behind_known_prefix, paradigm_prefix

__all__ = [
    "THREAD_VARIABLES",
    "behind_known_prefix",
    "embedding",
    "load_all",
    "morph_analyzer",
    "morph_tagger",
    "morph_vocab",
    "ner_network",
    "ner_tagger",
    "paradigm_prefix",
    "pin_threads",
    "point_pymorphy2_at_its_dictionary",
    "syntax_parser",
]
