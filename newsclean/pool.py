"""The process pool of a local batch, renewed when one of its workers dies.

A worker killed mid-file (the OOM killer, a stray ``kill``) breaks a ``ProcessPoolExecutor``
for good: every job still queued fails with it. The inputs it was cleaning are reported as
failed; the rest of the batch goes on in a fresh pool. Imported only by batches with more
than one job, so that a single input never pays for multiprocessing.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

R = TypeVar("R")


class RenewingPool(Executor):
    """``ProcessPoolExecutor(workers, initializer=...)`` that starts again once broken."""

    def __init__(self, workers: int, initializer: Callable[[], None]) -> None:
        self._workers = workers
        self._initializer = initializer
        self._pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self._workers, initializer=self._initializer)

    def submit(self, fn: Callable[..., R], /, *args: Any, **kwargs: Any) -> Future[R]:
        try:
            return self._pool.submit(fn, *args, **kwargs)
        except BrokenProcessPool:
            # The jobs it held have failed already; the ones from here on get new workers.
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._start()
            return self._pool.submit(fn, *args, **kwargs)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._pool.shutdown(wait=wait, cancel_futures=cancel_futures)
