"""The fallback taggers' CNN encoder: the same floats as slovnet's, bit for bit."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from pressrel import models
from pressrel.models import cnn
from pressrel.models.tokens import tokenize

FIXTURE = Path(__file__).parent / "data" / "news.jsonl"


@pytest.fixture(scope="module")
def batches(seed_text) -> list[list[list[str]]]:
    """Batches of token lists as the fallback passes them: one-word spans, names of several
    words, whole sentences (longer batches pad more), up to slovnet's batch of 8."""
    texts = [seed_text, *(json.loads(line)["text"] for line in FIXTURE.open(encoding="utf-8"))]
    lines = [line for text in texts for line in text.split("\n") if line.strip()][:40]
    items = [[token[2] for token in tokenize(line)] for line in lines]
    items += [["Банка", "России"], ["у", "Почты", "России"], ["МИДе"], ["Газпрома"]]
    return [items[i : i + size] for size in (1, 3, 8) for i in range(0, len(items), size)]


@pytest.mark.parametrize("load", [models.morph_tagger, models.syntax_parser])
def test_encoder_equals_slovnets(load, batches):
    model = load().infer.model
    reference = getattr(model.encoder, "original", model.encoder)  # slovnet's, installed or not
    ours = cnn.Encoder(reference)
    for items in batches:
        for batch in load().infer.encoder(items):
            rows = model.emb(batch.word_id, batch.shape_id)
            expected = np.ascontiguousarray(reference(rows, batch.pad_mask))
            found = ours(rows, batch.pad_mask)
            assert found.shape == expected.shape
            assert found.tobytes() == expected.tobytes()


@pytest.mark.slow  # a Python subprocess
def test_importing_the_pipeline_leaves_numpy_to_the_models():
    """numpy must load after natasha pins the BLAS threads (``loaders.pin_threads``): the
    fallback imports ``cnn`` (numpy) only when it loads the taggers."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import pressrel, pressrel.pipeline, pressrel.models.fallback, pressrel.lang.normalize\n"
        "assert 'numpy' not in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
