"""Every file is parsed in a spawned worker process, under a time limit and a memory limit.

Parsers bound some things (pypdf its decompression, our DOCX check the zip's declared sizes) but
not CPU time or the memory a crafted file makes them allocate. In a worker with an address-space
limit, a bomb ends as a per-file error; the ingest, and the server that runs it, go on.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
from pathlib import Path

from assistant.errors import CorpusError
from ingest.loaders.base import Extracted
from ingest.loaders.dispatch import load_file

# (True, Extracted) or (False, Dutch message): exceptions with extra attributes do not pickle well.
_Outcome = tuple[bool, Extracted | str]


def _limit_memory(max_bytes: int) -> None:
    """Worker initialiser: cap the address space (Linux); elsewhere only the time limit holds."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (max_bytes, max_bytes))
    except (ImportError, ValueError, OSError):  # pragma: no cover - non-Linux
        pass


def _parse(path: str, data: bytes) -> _Outcome:
    try:
        return True, load_file(Path(path), data)
    except CorpusError as err:
        return False, str(err)
    except MemoryError:
        return False, f"{Path(path).name}: het bestand vraagt te veel geheugen om te lezen"
    except RecursionError:
        return False, f"{Path(path).name}: het bestand is te diep genest om te lezen"


class ParseWorker:
    """Runs :func:`load_file` in one spawned worker process; use as a context manager.

    A file that takes longer than ``timeout_s`` kills the worker (a fresh one starts for the next
    file) and becomes a :class:`CorpusError` naming the file.
    """

    def __init__(self, timeout_s: float = 30.0, max_memory: int = 2 * 2**30) -> None:
        self.timeout_s = timeout_s
        self.max_memory = max_memory
        self._pool: cf.ProcessPoolExecutor | None = None

    def __enter__(self) -> ParseWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _executor(self) -> cf.ProcessPoolExecutor:
        if self._pool is None:
            self._pool = cf.ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_limit_memory,
                initargs=(self.max_memory,),
            )
        return self._pool

    def __call__(self, path: Path, data: bytes) -> Extracted:
        """Parse one file in the worker.

        Raises:
            CorpusError: Unreadable, too slow, too large in memory; the message names the file.
        """
        future = self._executor().submit(_parse, str(path), data)
        try:
            ok, value = future.result(timeout=self.timeout_s)
        except cf.TimeoutError:
            self._kill()
            raise CorpusError(
                f"{path.name}: het lezen duurde te lang (meer dan {self.timeout_s:g} s); het "
                "bestand is erg groot of beschadigd. Splits het op, of verhoog "
                "HOSPICEWIJZER_PARSE_TIMEOUT_S",
                path=path.name,
            ) from None
        except cf.process.BrokenProcessPool:
            self._kill()
            raise CorpusError(
                f"{path.name}: het lezen liep vast (te groot of beschadigd bestand)", path=path.name
            ) from None
        if not ok:
            raise CorpusError(str(value), path=path.name)
        assert isinstance(value, Extracted)
        return value

    def _kill(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            for proc in list(getattr(pool, "_processes", {}).values()):
                proc.kill()
            pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        """Stop the worker process."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
