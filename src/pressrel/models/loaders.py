"""The natasha models of this process, built lazily, once.

Importing this module is cheap; the first call of each function loads its model. Worker
processes that fork after a load share the model's memory.
"""

from __future__ import annotations

import os
from functools import cache
from typing import Any

THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def pin_threads() -> None:
    """One BLAS thread per process (unless the user chose otherwise). The models do small
    matrix products; extra threads only fight the other worker processes for the cores.
    Effective only before numpy is first imported."""
    for name in THREAD_VARIABLES:
        os.environ.setdefault(name, "1")


def point_pymorphy2_at_its_dictionary() -> None:
    """Tell pymorphy2 where its Russian dictionary is (its PYMORPHY2_DICT_PATH setting, unless
    the user set one), so that each analyzer does not import pkg_resources and scan every
    installed package to find it: 0.1 s of every start."""
    if "PYMORPHY2_DICT_PATH" not in os.environ:
        import pymorphy2_dicts_ru

        os.environ["PYMORPHY2_DICT_PATH"] = pymorphy2_dicts_ru.get_path()


@cache
def _natasha() -> Any:
    # natasha (through yargy) patches inspect.getargspec, which pymorphy2 needs on Python 3.11+;
    # so natasha is always imported before anything touches pymorphy2.
    pin_threads()
    point_pymorphy2_at_its_dictionary()
    import natasha

    return natasha


@cache
def embedding() -> Any:
    """natasha's news embedding (navec), loaded without the similarity tables navec
    precomputes (0.4 s of every start) and without its word list: the taggers read only the
    codes and indexes (slovnet injects ``pq`` and checks ``meta.id``) and look words up in
    their own vocabularies, so navec's 500,000 words and their index (0.2 s of CPU) are never
    read. ``embedding().vocab`` is empty."""
    _natasha()
    from natasha.data import NEWS_EMBEDDING
    from navec import Navec
    from navec.meta import Meta
    from navec.pq import PQ
    from navec.tar import Tar
    from navec.vocab import Vocab

    class CodesOnly(PQ):
        def precompute(self) -> None:
            pass

    with Tar(NEWS_EMBEDDING) as tar:
        meta = Meta.from_file(tar.load("meta.json"))
        Meta.check_protocol(meta.protocol)
        pq = CodesOnly.from_file(tar.load("pq.bin"))
    return Navec(meta, Vocab([], []), pq)


@cache
def ner_tagger() -> Any:
    return _natasha().NewsNERTagger(embedding())


@cache
def ner_network() -> Any:
    """natasha's NER weights in pressrel's faster runner (see ``nernet``)."""
    tagger = ner_tagger()  # first: natasha is imported, so numpy loads with BLAS threads pinned
    from .nernet import NERNetwork

    network = NERNetwork(tagger)
    reserve_blas_memory()
    return network


def reserve_blas_memory() -> None:
    """Make the BLAS library take its working memory now, with the models. OpenBLAS maps a
    buffer (32 MB here) on the first matrix product too large for its small-matrix path, and
    when that mapping fails it prints a line and ends the process itself; taken at load, the
    memory a run needs is held from the start, and a later shortage reaches Python as a
    MemoryError (said once, the run stopped: ``pipeline``). One product of 64x512 by 512x512."""
    import numpy as np

    rows = np.ones((64, 512), dtype=np.float32)
    rows @ np.ones((512, 512), dtype=np.float32)


@cache
def morph_tagger() -> Any:
    return _natasha().NewsMorphTagger(embedding())


@cache
def syntax_parser() -> Any:
    return _natasha().NewsSyntaxParser(embedding())


@cache
def morph_vocab() -> Any:
    """natasha's MorphVocab: a pymorphy2 MorphAnalyzer with UD tags and a parse cache, as
    natasha's span normalisation wants it."""
    return _natasha().MorphVocab()


@cache
def morph_analyzer() -> Any:
    """A plain pymorphy2 MorphAnalyzer, for pressrel's own rules: no UD conversion of every
    form (several times faster on lexemes), and pymorphy2's own Parse.inflect works."""
    _natasha()  # pymorphy2 needs natasha's inspect patch on Python 3.11+
    import pymorphy2

    return pymorphy2.MorphAnalyzer()


def load_all() -> None:
    """Load every model now (before forking workers, so that they share them)."""
    for load in (ner_network, morph_tagger, syntax_parser, morph_vocab, morph_analyzer):
        load()
