"""pressrel on a Dask cluster: the only room that imports dask and distributed.

``cluster`` connects to a scheduler (``tcp://HOST:PORT``) or starts a ``distributed.LocalCluster``
(``local[:N]``); ``tasks`` is what runs on the workers: a part of the input (``sources.parts``)
read by the worker itself and run through the same core as a local run (``work``), with the
models loaded once per worker process; ``runner`` streams the parts' results back in input
order, merges partial tallies, or lets the workers write ``part-NNNNN`` files themselves.
``bags`` is the notebook API: ``pressrel.dask.entities(paths_or_bag)`` and friends, dask bags of
records with ``.to_dataframe(meta=pressrel.dask.meta(...))``.

Optional: ``pip install 'pressrel[dask]'``.
"""

from .bags import entities, meta, quotes, segment

__all__ = ["entities", "meta", "quotes", "segment"]
