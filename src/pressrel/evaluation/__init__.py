"""Scoring pressrel against gold: the core of ``pressrel eval`` and ``benchmarks/quality.py``.

- ``gold``: gold and prediction files read and checked, their kind told from content;
- ``conventions``: what makes predictions comparable with a gold set (type map, flat spans,
  country adjectives);
- ``run``: predictions, by running pressrel on the gold texts or from a mention file;
- ``scores``, ``persons``, ``roles``: the scorers (pure functions over dicts, stdlib only);
- ``report``: one evaluation as a JSON-ready record.

No click, no rich: the command line is ``cli/evaluation.py``.
"""
