"""``serve --workers N``: a small supervisor of N worker processes sharing one port (SO_REUSEPORT).

Each worker is an ordinary ``hospicewijzer serve`` process (``--worker i``) that listens on the
shared address, where the kernel spreads new connections over the workers, and on its own port
(``port + i``) for a reverse proxy that needs sticky sessions (the Gradio UI keeps its session in
one process). The supervisor restarts a worker that dies and stops them all on SIGTERM or Ctrl-C.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import os
import signal
import socket
import subprocess
import sys
import time
from typing import Any

from assistant.config import Config
from assistant.errors import ConfigError

RESTART_PAUSE_S = 1.0
FAST_FAILURE_S = 15.0  # a worker that dies this soon after starting counts as a failed start
MAX_FAST_FAILURES = 3
STOP_TIMEOUT_S = 120.0  # a writer finishes its running document job first


def require_chroma_server(config: Config, workers: int) -> None:
    """Several workers need a Chroma server; embedded Chroma is single-process.

    Raises:
        ConfigError: ``workers > 1`` without ``HOSPICEWIJZER_CHROMA_URL`` (Dutch message).
    """
    if workers < 1:
        raise ConfigError("--workers moet minstens 1 zijn.")
    if workers > 1 and not config.chroma_url:
        raise ConfigError(
            f"--workers {workers} kan niet met de ingebouwde Chroma-opslag: die mag maar door "
            "één proces geopend worden. Start een Chroma-server (bijvoorbeeld "
            "'chroma run --path data/chroma-server --port 8000'), zet "
            "HOSPICEWIJZER_CHROMA_URL=http://127.0.0.1:8000 en lees het corpus opnieuw in "
            "('hospicewijzer ingest'). Of start zonder --workers."
        )


def worker_sockets(host: str, port: int, worker: int) -> list[socket.socket]:
    """The shared listening socket (SO_REUSEPORT) and the worker's own one on ``port + worker``."""
    return [_bind(host, port, reuse_port=True), _bind(host, port + worker, reuse_port=False)]


def _bind(host: str, port: int, *, reuse_port: bool) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if reuse_port:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    try:
        sock.bind((host, port))
    except OSError as err:
        sock.close()
        raise ConfigError(f"Adres {host}:{port} is niet beschikbaar: {err}") from err
    sock.set_inheritable(False)
    return sock


def _die_with_parent() -> None:
    """In the child before exec: get SIGTERM when the supervisor dies (Linux prctl)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class Supervisor:
    """Starts, restarts and stops the worker processes."""

    def __init__(self, config: Config, args: argparse.Namespace) -> None:
        self.config = config
        self.workers = int(args.workers)
        self._base = [sys.executable, "-m", "ui.cli"]
        if getattr(args, "data_dir", None):
            self._base += ["--data-dir", str(args.data_dir)]
        if getattr(args, "verbose", False):
            self._base.append("-v")
        # Each worker runs torch/BLAS with its share of the cores, not all of them: N workers with
        # all cores each oversubscribe the machine (an explicit OMP_NUM_THREADS wins).
        share = max(1, (os.cpu_count() or 1) // self.workers)
        self._env = {"OMP_NUM_THREADS": str(share)} | dict(os.environ)
        self._procs: dict[int, subprocess.Popen[bytes]] = {}
        self._started: dict[int, float] = {}
        self._fast_failures = 0
        self._stopping = False

    def _start(self, worker: int) -> None:
        cmd = [
            *self._base, "serve", "--host", self.config.host, "--port", str(self.config.port),
            "--workers", str(self.workers), "--worker", str(worker),
        ]  # fmt: skip
        # Own session: Ctrl-C reaches the supervisor only, which stops the workers once, cleanly.
        self._procs[worker] = subprocess.Popen(
            cmd, env=self._env, start_new_session=True, preexec_fn=_die_with_parent
        )
        self._started[worker] = time.monotonic()

    def _stop(self, *_: Any) -> None:
        self._stopping = True

    def run(self) -> int:
        """Run until SIGTERM/SIGINT; returns the exit code (1 when workers keep failing)."""
        signal.signal(signal.SIGTERM, self._stop)
        signal.signal(signal.SIGINT, self._stop)
        for worker in range(1, self.workers + 1):
            self._start(worker)
        c = self.config
        own = ", ".join(f"werker {i} ook op :{c.port + i}" for i in range(1, self.workers + 1))
        print(
            f"Hospicewijzer draait op http://{c.host}:{c.port} met {self.workers} werkprocessen "
            f"({own}); één werkproces verwerkt de documenttaken.",
            flush=True,
        )
        code = 0
        while not self._stopping:
            time.sleep(0.5)
            code = self._check()
            if code:
                break
        self._shutdown()
        return code

    def _check(self) -> int:
        for worker, proc in list(self._procs.items()):
            if self._stopping or proc.poll() is None:
                continue
            if time.monotonic() - self._started[worker] < FAST_FAILURE_S:
                self._fast_failures += 1
            if self._fast_failures >= MAX_FAST_FAILURES:
                print(
                    f"Fout: werkproces {worker} stopt steeds direct na het starten "
                    f"(exitcode {proc.returncode}); de server stopt.",
                    file=sys.stderr,
                    flush=True,
                )
                return 1
            print(
                f"Werkproces {worker} stopte (exitcode {proc.returncode}); wordt herstart.",
                file=sys.stderr,
                flush=True,
            )
            time.sleep(RESTART_PAUSE_S)
            self._start(worker)
        return 0

    def _shutdown(self) -> None:
        for proc in self._procs.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + STOP_TIMEOUT_S
        for proc in self._procs.values():
            try:
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def supervise(config: Config, args: argparse.Namespace) -> int:
    """Run ``--workers N`` worker processes until interrupted.

    Raises:
        ConfigError: No Chroma server configured.
    """
    require_chroma_server(config, int(args.workers))
    return Supervisor(config, args).run()
