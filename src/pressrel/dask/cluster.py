"""Where the Dask work goes: an existing scheduler, or a LocalCluster started for the run."""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Iterator
from typing import Any

from ..extras import MissingExtra

LOCAL = re.compile(r"^local(?::(?P<workers>[1-9]\d*))?$")
WORKER_ENV = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
# distributed has glibc give freed memory back at once (MALLOC_TRIM_THRESHOLD_=65536): for
# pressrel's many small objects that costs a third more CPU time, most of it in the kernel.
# The default threshold (128 KiB, adapting upwards) keeps the memory for the next document.
SPAWN_ENV = {"MALLOC_TRIM_THRESHOLD_": None}
# A worker's own logs stay quiet (CRITICAL only): when the run stops (SIGTERM, Ctrl-C) the
# scheduler goes first, and a worker's heartbeat would print a 30-line "Failed to communicate
# with scheduler" traceback. A worker's failures that matter reach the client with its tasks.
# Set before the worker process starts: distributed sets its log levels when it is imported.
QUIET_WORKERS = {"DASK_DISTRIBUTED__LOGGING__DISTRIBUTED": "critical"}
MISSING = "--dask needs dask and distributed: pip install 'pressrel[dask]'"


def require() -> Any:
    try:
        import distributed
    except ImportError:
        raise MissingExtra(MISSING) from None
    return distributed


def check(spec: str) -> None:
    """ValueError for a --dask value that is neither local[:N] nor a scheduler address."""
    if spec.startswith("local") and not LOCAL.match(spec) or ":" not in spec and spec != "local":
        raise ValueError(
            f"{spec!r}: expected local, local:N or a scheduler address (tcp://HOST:PORT)"
        )


@contextlib.contextmanager
def client_for(spec: str, workers: int | None = None) -> Iterator[Any]:
    """A distributed Client: to the scheduler at spec, or to a LocalCluster of N worker
    processes (local:N; local alone: workers, else the usable cores), one thread each, BLAS
    threads pinned, for the time of the block."""
    distributed = require()
    local = LOCAL.match(spec)
    if not local:
        with distributed.Client(spec) as client:
            yield client
        return
    from ..runner import usable_cores

    count = int(local["workers"] or workers or usable_cores())
    import dask

    spawn = dask.config.get("distributed.nanny.pre-spawn-environ", {})
    kept = {**{k: v for k, v in spawn.items() if k not in SPAWN_ENV}, **QUIET_WORKERS}
    with (
        dask.config.set({"distributed.nanny.pre-spawn-environ": kept}),
        distributed.LocalCluster(
            n_workers=count,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
            silence_logs=logging.CRITICAL,  # the scheduler's and nannies' logs, in this process
            env=WORKER_ENV,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def workers(client: Any) -> int:
    return max(1, len(client.scheduler_info().get("workers", {})))
