"""Load test on loopback: JSON and streaming chat clients, a health probe, and an upload midway.

Usage (from the repository root)::

    python benchmarks/load.py                       # 20 JSON + 5 streaming clients, 60 s
    python benchmarks/load.py --duration 20 --json-clients 4 --stream-clients 1   # quick

A fresh temporary data dir gets the sample corpus and a coordinator account; a real
``hospicewijzer serve`` runs on a free 127.0.0.1 port. After a third of the run, a batch of
Markdown files and the realistic PDFs are uploaded as one job. Reported: requests per second,
p50/p95 of chat (before/after vs. during the upload), of /healthz, errors, and the targets:
zero errors, chat p95 during the upload at most 2x the p95 without it, /healthz p95 under 200 ms.
Writes ``benchmarks/load-results.json`` and prints a Markdown summary.

Several workers (``serve --workers N``) against a real Chroma server, same load, same upload::

    python benchmarks/load.py --compare-workers 1 2     # writes benchmarks/load-workers-results.json

Each worker count gets a fresh data dir and Chroma collection (the upload grows the corpus).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "ui.cli"]
QUESTIONS = [
    "Hoe herken ik pijn bij iemand met een verstandelijke beperking die niet praat?",
    "Wat kan ik doen bij angst in de stervensfase?",
    "Wie bel ik 's nachts bij een crisis van een bewoner met psychiatrie?",
    "Hoe ga je om met methadon in het hospice?",
    "Wat is belangrijk bij palliatieve zorg voor dak- en thuislozen?",
    "Hoe praat ik over het levenseinde met iemand met een migratieachtergrond?",
]


@dataclass
class Sample:
    """One request: when it started (s since the run began), how long it took, whether it failed."""

    kind: str
    start: float
    ms: float
    ok: bool


@dataclass
class Run:
    """Everything measured in one load run."""

    samples: list[Sample] = field(default_factory=list)
    upload_window: tuple[float, float] = (0.0, 0.0)
    upload_status: str = ""
    errors: list[str] = field(default_factory=list)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


async def _client(kind: str, client: httpx.AsyncClient, run: Run, t0: float, stop: float) -> None:
    i = 0
    while time.monotonic() < stop:
        question = QUESTIONS[i % len(QUESTIONS)]
        i += 1
        body = {"messages": [{"role": "user", "content": question}], "stream": kind == "stream"}
        started = time.monotonic()
        ok = True
        try:
            if kind == "stream":
                async with client.stream("POST", "/api/chat", json=body) as response:
                    ok = response.status_code == 200
                    async for line in response.aiter_lines():
                        if line.startswith("event: done"):
                            break
            else:
                response = await client.post("/api/chat", json=body)
                ok = response.status_code == 200
                if not ok:
                    run.errors.append(f"{kind} {response.status_code}: {response.text[:120]}")
        except httpx.HTTPError as err:
            ok = False
            run.errors.append(f"{kind}: {type(err).__name__} {err}")
        run.samples.append(Sample(kind, started - t0, (time.monotonic() - started) * 1000, ok))


async def _probe(client: httpx.AsyncClient, run: Run, t0: float, stop: float) -> None:
    while time.monotonic() < stop:
        started = time.monotonic()
        try:
            ok = (await client.get("/healthz")).status_code == 200
        except httpx.HTTPError:
            ok = False
        run.samples.append(Sample("health", started - t0, (time.monotonic() - started) * 1000, ok))
        await asyncio.sleep(0.1)


def _upload_files(n: int) -> list[tuple[str, tuple[str, bytes, str]]]:
    files = [
        ("files", (f"belasting-{i}.md", f"# Nazorg {i}\n\nBel de naasten na {i} weken; "
                   f"bespreek het verlies en wat hielp.\n".encode(), "text/markdown"))
        for i in range(n)
    ]  # fmt: skip
    for pdf in sorted((REPO / "evals" / "realistic" / "docs").glob("*.pdf")):
        files.append(("files", (pdf.name, pdf.read_bytes(), "application/pdf")))
    return files


async def _uploader(
    client: httpx.AsyncClient, token: str, run: Run, t0: float, at: float, n: int
) -> None:
    await asyncio.sleep(at)
    headers = {"Authorization": f"Bearer {token}"}
    started = time.monotonic() - t0
    response = await client.post(
        "/api/documents", files=_upload_files(n), headers=headers, timeout=120
    )
    if response.status_code != 202:
        run.errors.append(f"upload {response.status_code}: {response.text[:200]}")
        return
    url = response.json()["status_url"]
    while True:
        job = (await client.get(url, headers=headers)).json()
        if job["status"] in ("klaar", "fout"):
            break
        await asyncio.sleep(0.25)
    run.upload_window = (started, time.monotonic() - t0)
    run.upload_status = f"{job['status']}: {job['message'].splitlines()[0] if job['message'] else ''}"


async def _drive(
    base: str,
    token: str,
    args: argparse.Namespace,
    on_response: Callable[[httpx.Response], Awaitable[None]] | None = None,
) -> Run:
    """The load of one run; ``on_response`` (async, optional) sees every response."""
    run = Run()
    limits = httpx.Limits(max_connections=args.json_clients + args.stream_clients + 8)
    hooks = {"response": [on_response]} if on_response is not None else {}
    async with httpx.AsyncClient(
        base_url=base, timeout=120, limits=limits, event_hooks=hooks
    ) as client:
        t0 = time.monotonic()
        stop = t0 + args.duration
        tasks = [_client("json", client, run, t0, stop) for _ in range(args.json_clients)]
        tasks += [_client("stream", client, run, t0, stop) for _ in range(args.stream_clients)]
        tasks.append(_probe(client, run, t0, stop))
        tasks.append(_uploader(client, token, run, t0, args.duration / 3, args.upload_files))
        await asyncio.gather(*tasks)
    return run


def _setup(env: dict[str, str]) -> str:
    subprocess.run([*CLI, "ingest", "--no-progress"], env=env, check=True, capture_output=True)
    env = env | {"HW_LOAD_PASSWORD": "belasting-wachtwoord"}
    out = subprocess.run(
        [*CLI, "users", "add", "belasting", "--role", "coordinator", "--password-env",
         "HW_LOAD_PASSWORD"], env=env, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    return out.strip().split()[-1]


def _serve(env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [*CLI, "serve", "--port", str(port)], env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    return _wait_ready(proc, [port])


def _wait_ready(proc: subprocess.Popen[bytes], ports: list[int]) -> subprocess.Popen[bytes]:
    """Wait until /readyz answers 200 on every port (300 s); stop when the server dies."""
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            if all(
                httpx.get(f"http://127.0.0.1:{p}/readyz", timeout=2).status_code == 200
                for p in ports
            ):
                return proc
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            raise SystemExit("De server stopte tijdens het opstarten.")
        time.sleep(0.3)
    proc.kill()
    raise SystemExit("De server werd niet binnen 300 s gereed.")


def summarise(run: Run, duration: float) -> dict[str, Any]:
    """Throughput, latencies by phase, errors, and whether the targets hold."""
    lo, hi = run.upload_window
    chat = [s for s in run.samples if s.kind in ("json", "stream")]
    during = [s.ms for s in chat if lo <= s.start <= hi and s.ok]
    outside = [s.ms for s in chat if not lo <= s.start <= hi and s.ok]
    health = [s.ms for s in run.samples if s.kind == "health" and s.ok]
    health_during = [s.ms for s in run.samples if s.kind == "health" and lo <= s.start <= hi]
    failed = sum(1 for s in run.samples if not s.ok) + len(
        [e for e in run.errors if e.startswith("upload")]
    )
    result = {
        "duration_s": duration,
        "requests": len(chat),
        "throughput_rps": round(len(chat) / duration, 2),
        "errors": failed,
        "error_examples": run.errors[:5],
        "chat_p50_ms": round(_pct(outside, 50), 1),
        "chat_p95_ms": round(_pct(outside, 95), 1),
        "chat_p50_during_upload_ms": round(_pct(during, 50), 1),
        "chat_p95_during_upload_ms": round(_pct(during, 95), 1),
        "health_p95_ms": round(_pct(health, 95), 1),
        "health_p95_during_upload_ms": round(_pct(health_during, 95), 1),
        "health_max_during_upload_ms": round(max(health_during, default=0.0), 1),
        "upload_seconds": round(hi - lo, 1),
        "upload_status": run.upload_status,
        "stream_requests": sum(1 for s in chat if s.kind == "stream"),
        "mean_chat_ms": round(statistics.fmean([s.ms for s in chat]) if chat else 0.0, 1),
        "stream_p95_ms": round(_pct([s.ms for s in chat if s.kind == "stream" and s.ok], 95), 1),
        "chat_p95_per_10s_ms": [
            round(_pct([s.ms for s in chat if t <= s.start < t + 10 and s.ok], 95))
            for t in range(0, int(duration), 10)
        ],
    }
    p95 = _pct(outside, 95) or 1.0
    result["targets"] = {
        "zero_errors": failed == 0,
        "chat_p95_during_upload_at_most_2x": _pct(during, 95) <= 2 * p95,
        "health_p95_during_upload_under_200ms": _pct(health_during, 95) < 200,
    }
    return result


# -- several workers with a Chroma server (serve --workers N) ----------------------------------


def _start_chroma(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    """A real `chroma run` on a free loopback port."""
    port = _free_port()
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "chroma"), "run", "--path", str(folder), "--host",
         "127.0.0.1", "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{url}/api/v2/heartbeat", timeout=1)
            return proc, url
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("chroma run kwam niet op")


def _free_ports(n: int) -> int:
    """A port p with p..p+n-1 free (serve --workers N listens on port and port+1..port+N)."""
    for _ in range(100):
        port = _free_port()
        try:
            for extra in range(1, n):
                with socket.socket() as sock:
                    sock.bind(("127.0.0.1", port + extra))
        except OSError:
            continue
        return port
    raise SystemExit("geen vrije poorten")


def _serve_workers(env: dict[str, str], port: int, workers: int) -> subprocess.Popen[bytes]:
    """``serve --workers N``; ready when every worker's own port answers /readyz with 200."""
    proc = subprocess.Popen(
        [*CLI, "serve", "--port", str(port), "--workers", str(workers)], env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    ports = [port] if workers == 1 else [port + i for i in range(1, workers + 1)]
    return _wait_ready(proc, ports)


async def _drive_counting(base: str, token: str, args: argparse.Namespace) -> tuple[Run, dict[str, int]]:
    """``_drive`` with a count of answers per worker (the X-Hospicewijzer-Worker header)."""
    per_worker: dict[str, int] = {}

    async def count(response: httpx.Response) -> None:
        key = response.headers.get("x-hospicewijzer-worker", "-")
        if response.request.method == "POST" and response.request.url.path == "/api/documents":
            key = f"upload via werker {key}"
        per_worker[key] = per_worker.get(key, 0) + 1

    return await _drive(base, token, args, count), per_worker


def _writer_of(port: int, workers: int) -> int | None:
    """Which worker holds the writer role (None with one process)."""
    if workers == 1:
        return None
    for i in range(1, workers + 1):
        body = httpx.get(f"http://127.0.0.1:{port + i}/readyz", timeout=5).json()
        if body.get("schrijver"):
            return i
    return None


def _one_worker_count(args: argparse.Namespace, workers: int, chroma_url: str) -> dict[str, Any]:
    tmp = Path(tempfile.mkdtemp(prefix=f"hw-load-w{workers}-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("HOSPICEWIJZER_")}
    shutil.copytree(REPO / "corpus", tmp / "corpus")
    env.update(
        HOSPICEWIJZER_DATA_DIR=str(tmp / "data"), HOSPICEWIJZER_CORPUS_DIR=str(tmp / "corpus"),
        HOSPICEWIJZER_CHROMA_URL=chroma_url,
        # Chroma names must end with a letter or digit; one fresh collection per run.
        HOSPICEWIJZER_CHROMA_COLLECTION=f"load-w{workers}-{time.monotonic_ns()}",
        HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", ANONYMIZED_TELEMETRY="False",
    )  # fmt: skip
    proc = None
    try:
        token = _setup(env)
        port = _free_ports(workers + 1)
        proc = _serve_workers(env, port, workers)
        writer = _writer_of(port, workers)
        load_before = list(os.getloadavg())
        run, per_worker = asyncio.run(_drive_counting(f"http://127.0.0.1:{port}", token, args))
        load_after = list(os.getloadavg())
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=180)
        shutil.rmtree(tmp, ignore_errors=True)
    return summarise(run, args.duration) | {
        "workers": workers, "writer": writer, "answers_per_worker": per_worker,
        "load_average_before": load_before, "load_average_after": load_after,
    }  # fmt: skip


def compare_workers(args: argparse.Namespace) -> None:
    """Run the same load against ``serve --workers N`` for each N, with one Chroma server."""
    folder = Path(tempfile.mkdtemp(prefix="hw-load-chroma-"))
    chroma, url = _start_chroma(folder)
    try:
        results = [_one_worker_count(args, n, url) for n in args.compare_workers]
    finally:
        chroma.terminate()
        chroma.wait(timeout=30)
        shutil.rmtree(folder, ignore_errors=True)
    out = REPO / "benchmarks" / "load-workers-results.json"
    meta = {"json_clients": args.json_clients, "stream_clients": args.stream_clients,
            "duration_s": args.duration, "cpus": os.cpu_count()}  # fmt: skip
    out.write_text(json.dumps(meta | {"runs": results}, indent=2, ensure_ascii=False) + "\n")
    print("| werkers | vragen/s | chat p50 / p95 (ms) | tijdens upload p50 / p95 | fouten | "
          "upload | antwoorden per werker | load average voor → na |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|")
    for r in results:
        print(
            f"| {r['workers']} | {r['throughput_rps']} | {r['chat_p50_ms']} / {r['chat_p95_ms']} | "
            f"{r['chat_p50_during_upload_ms']} / {r['chat_p95_during_upload_ms']} | {r['errors']} | "
            f"{r['upload_status'][:60]} ({r['upload_seconds']} s; schrijver: werker {r['writer']}) | "
            f"{r['answers_per_worker']} | {r['load_average_before']} → {r['load_average_after']} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--duration", type=float, default=60.0)
    parser.add_argument("--json-clients", type=int, default=20)
    parser.add_argument("--stream-clients", type=int, default=5)
    parser.add_argument("--upload-files", type=int, default=200)
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "load-results.json")
    parser.add_argument(
        "--compare-workers", type=int, nargs="+", metavar="N",
        help="serve --workers N met een Chroma-server, per N (bijv. 1 2)",
    )  # fmt: skip
    args = parser.parse_args()
    if args.compare_workers:
        compare_workers(args)
        return
    tmp = Path(tempfile.mkdtemp(prefix="hw-load-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("HOSPICEWIJZER_")}
    corpus = tmp / "corpus"
    shutil.copytree(REPO / "corpus", corpus)
    env.update(
        HOSPICEWIJZER_DATA_DIR=str(tmp / "data"), HOSPICEWIJZER_CORPUS_DIR=str(corpus),
        HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", ANONYMIZED_TELEMETRY="False",
    )  # fmt: skip
    proc = None
    try:
        token = _setup(env)
        port = _free_port()
        proc = _serve(env, port)
        run = asyncio.run(_drive(f"http://127.0.0.1:{port}", token, args))
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=60)
        shutil.rmtree(tmp, ignore_errors=True)
    result = summarise(run, args.duration) | {
        "json_clients": args.json_clients, "stream_clients": args.stream_clients,
        "cpus": os.cpu_count(),
    }  # fmt: skip
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("| meting | waarde |\n|---|---|")
    for key, value in result.items():
        if key != "targets":
            print(f"| {key} | {value} |")
    for key, ok in result["targets"].items():
        print(f"| doel: {key} | {'gehaald' if ok else 'NIET gehaald'} |")


if __name__ == "__main__":
    main()
