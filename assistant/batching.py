"""QueryBatcher: query encodes from concurrent requests collected into one model call.

Why: on a small CPU, sixteen requests that each run the encoder fight for the same cores; one
thread encoding a batch of their questions does the same work in fewer, larger matrix products,
so throughput rises with concurrency instead of flattening (issue 12).
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future

import numpy as np

log = logging.getLogger(__name__)

_STOP = object()
_Item = tuple[str, "Future[np.ndarray]"]


class QueryBatcher:
    """Collects texts from any number of threads, encodes them in batches on one worker thread.

    A lone request is encoded at once. Once a batch held more than one text (the server is busy),
    the worker waits up to ``window_s`` for more before encoding, up to ``max_batch`` texts.

    Args:
        encode: Encodes a list of texts into an (n, dim) array, rows in input order.
        max_batch: Most texts per model call.
        window_s: Longest wait for more texts while requests are arriving together.
    """

    def __init__(
        self,
        encode: Callable[[Sequence[str]], np.ndarray],
        *,
        max_batch: int = 16,
        window_s: float = 0.003,
    ) -> None:
        if max_batch < 1:
            raise ValueError("max_batch must be at least 1")
        self._encode = encode
        self.max_batch = max_batch
        self.window_s = window_s
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._worker: threading.Thread | None = None
        self._closed = False
        self.batches = 0  # model calls so far (for tests and benchmarks)
        self.largest = 0  # largest batch so far

    def encode(self, text: str) -> np.ndarray:
        """The vector of one text, encoded together with texts from other threads.

        Raises:
            RuntimeError: The batcher was closed before the text was encoded.
        """
        future: Future[np.ndarray] = Future()
        with self._lock:
            if self._closed:
                raise RuntimeError("QueryBatcher is closed")
            if self._worker is None:
                self._worker = threading.Thread(target=self._run, name="query-batcher", daemon=True)
                self._worker.start()
            self._queue.put((text, future))
        return future.result()

    def close(self, timeout: float = 5.0) -> None:
        """Stop the worker; texts already queued are encoded first, later calls raise."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            worker = self._worker
            self._queue.put(_STOP)
        if worker is not None:
            worker.join(timeout)

    def _collect(self, first: _Item, busy: bool) -> tuple[list[_Item], bool]:
        batch = [first]
        deadline = time.monotonic() + (self.window_s if busy else 0.0)
        stop = False
        while len(batch) < self.max_batch:
            remaining = deadline - time.monotonic()
            try:
                item = self._queue.get(timeout=remaining) if remaining > 0 else self._queue.get_nowait()
            except queue.Empty:
                break
            if item is _STOP:
                stop = True
                break
            batch.append(item)  # type: ignore[arg-type]
        return batch, stop

    def _run(self) -> None:
        busy = False
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            batch, stop = self._collect(item, busy)  # type: ignore[arg-type]
            busy = len(batch) > 1
            self.batches += 1
            self.largest = max(self.largest, len(batch))
            try:
                vectors = self._encode([text for text, _ in batch])
            except Exception as err:  # every waiting caller gets the error, the worker lives on
                log.exception("query batch of %d failed", len(batch))
                for _, future in batch:
                    future.set_exception(err)
            else:
                for (_, future), vector in zip(batch, vectors, strict=True):
                    future.set_result(vector)
            if stop:
                return
