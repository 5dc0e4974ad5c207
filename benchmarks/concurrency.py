"""Server throughput at fixed concurrency: /api/chat at 1, 4 and 16 clients, several servers alike.

Usage (from the repository root)::

    # this checkout and an older one (e.g. ``git worktree add /tmp/before-b854 b854a5d``),
    # on the same data dir and corpus, one after the other in one run:
    python benchmarks/concurrency.py --data-dir DIR --corpus-dir CORPUS \\
        --checkout now=. --checkout before=/tmp/before-b854 [--duration 20] [--rounds 2]
    # checkouts whose data dirs differ (an older one cannot read a newer registry): each gets
    # DIR/<name>, filled from CORPUS by that checkout's own ``ingest`` when empty
    python benchmarks/concurrency.py --data-dir DIR --own-data-dirs --checkout ... --checkout ...
    # or a server that is already running:
    python benchmarks/concurrency.py --url http://127.0.0.1:7860

Each server is started with ``python -m ui.cli serve`` from its checkout (PYTHONPATH set to it),
waited on until ``/readyz`` says ready, warmed with 10 questions, then driven by N clients that
each send the next dev question as soon as the previous answer arrived (closed loop, bounded:
one connection per client, 60 s timeout). With ``--rounds 2`` the servers take turns twice
(A B A B), so a change in load on the machine hits both. Reported per server and concurrency:
requests/s, p50/p95 in ms, errors; and the load average at the start and end of each step.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import numpy as np

REPO = Path(__file__).resolve().parent.parent
DEV_SET = REPO / "evals" / "datasets" / "dev.jsonl"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _questions() -> list[str]:
    return [json.loads(x)["question"] for x in DEV_SET.read_text(encoding="utf-8").splitlines()]


def _env(checkout: Path, data_dir: Path, corpus_dir: Path, extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HOSPICEWIJZER_")}
    env.update(
        PYTHONPATH=str(checkout), HOSPICEWIJZER_DATA_DIR=str(data_dir),
        HOSPICEWIJZER_CORPUS_DIR=str(corpus_dir), HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1",
        ANONYMIZED_TELEMETRY="False", TOKENIZERS_PARALLELISM="false", **extra,
    )  # fmt: skip
    return env


def ensure_ingested(checkout: Path, data_dir: Path, corpus_dir: Path) -> None:
    """Fill ``data_dir`` from ``corpus_dir`` with ``checkout``'s own CLI when it has no registry."""
    if (data_dir / "registry.sqlite3").exists():
        return
    print(f"inlezen met {checkout} in {data_dir} ...", flush=True)
    subprocess.run(
        [sys.executable, "-m", "ui.cli", "ingest", str(corpus_dir)], cwd=checkout,
        env=_env(checkout, data_dir, corpus_dir, {}), check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip


def start_server(
    checkout: Path, data_dir: Path, corpus_dir: Path, env_extra: dict[str, str]
) -> tuple[subprocess.Popen[bytes], str]:
    """``hospicewijzer serve`` from ``checkout`` on a free port; returns it once ready."""
    port = _free_port()
    env = _env(checkout, data_dir, corpus_dir, env_extra)
    proc = subprocess.Popen(
        [sys.executable, "-m", "ui.cli", "serve", "--port", str(port)], cwd=checkout, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 600
    last = ""
    while time.monotonic() < deadline:
        try:
            response = httpx.get(f"{url}/readyz", timeout=2)
            if response.status_code == 200:
                return proc, url
            last = response.text[:500]
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            raise SystemExit(f"De server uit {checkout} stopte tijdens het opstarten.")
        time.sleep(0.5)
    proc.kill()
    raise SystemExit(f"De server uit {checkout} werd niet binnen 600 s gereed: {last}")


async def drive(url: str, clients: int, duration: float, questions: list[str]) -> dict[str, Any]:
    """``clients`` closed-loop clients for ``duration`` seconds against /api/chat."""
    latencies: list[float] = []
    errors: list[str] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:
        stop = time.monotonic() + duration

        async def one(offset: int) -> None:
            i = offset
            while time.monotonic() < stop:
                body = {"messages": [{"role": "user", "content": questions[i % len(questions)]}]}
                i += clients
                started = time.monotonic()
                try:
                    response = await client.post("/api/chat", json=body)
                    if response.status_code != 200:
                        errors.append(f"{response.status_code}: {response.text[:100]}")
                        continue
                except httpx.HTTPError as err:
                    errors.append(f"{type(err).__name__}: {err}")
                    continue
                latencies.append((time.monotonic() - started) * 1000)

        started = time.monotonic()
        await asyncio.gather(*(one(c) for c in range(clients)))
        elapsed = time.monotonic() - started
    arr = np.asarray(latencies or [0.0])
    return {
        "clients": clients,
        "requests": len(latencies),
        "throughput_rps": round(len(latencies) / elapsed, 2),
        "p50_ms": round(float(np.percentile(arr, 50)), 1),
        "p95_ms": round(float(np.percentile(arr, 95)), 1),
        "errors": len(errors),
        "error_examples": errors[:3],
    }


def cpu_seconds(pid: int | None) -> float:
    """User + system CPU seconds of a process (0 when unknown), from /proc."""
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8").rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(
    url: str, levels: list[int], duration: float, questions: list[str], pid: int | None = None
) -> list[dict[str, Any]]:
    """Warm up, then one step per concurrency level, each with the load average around it.

    With the server's pid, also its CPU milliseconds per answered request: on a busy machine
    that says more about capacity than requests per second, which other processes' load lowers.
    """
    asyncio.run(drive(url, 1, 0, questions))
    for q in questions[:10]:
        httpx.post(f"{url}/api/chat", json={"messages": [{"role": "user", "content": q}]}, timeout=60)
    rows = []
    for level in levels:
        before = [round(x, 2) for x in os.getloadavg()]
        cpu = cpu_seconds(pid)
        row = asyncio.run(drive(url, level, duration, questions))
        if pid is not None and row["requests"]:
            row["cpu_ms_per_request"] = round((cpu_seconds(pid) - cpu) * 1000 / row["requests"], 1)
        row["loadavg_start"], row["loadavg_end"] = before, [round(x, 2) for x in os.getloadavg()]
        print(f"  c={level}: {row['throughput_rps']} req/s, p50 {row['p50_ms']} ms, "
              f"p95 {row['p95_ms']} ms, fouten {row['errors']}, "
              f"CPU/verzoek {row.get('cpu_ms_per_request', '–')} ms, load {before}", flush=True)  # fmt: skip
        rows.append(row)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--url", help="een draaiende server in plaats van --checkout")
    parser.add_argument("--checkout", action="append", default=[], metavar="NAAM=PAD")
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--corpus-dir", type=Path, default=REPO / "corpus")
    parser.add_argument("--own-data-dirs", action="store_true",
                        help="elke checkout een eigen datamap DATA_DIR/NAAM, zelf ingelezen")  # fmt: skip
    parser.add_argument("--levels", default="1,4,16")
    parser.add_argument("--duration", type=float, default=20.0)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--env", action="append", default=[], metavar="NAAM=WAARDE",
                        help="extra omgevingsvariabele voor elke gestarte server")  # fmt: skip
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "concurrency-results.json")
    args = parser.parse_args()
    levels = [int(x) for x in args.levels.split(",")]
    questions = _questions()
    extra = dict(e.split("=", 1) for e in args.env)
    results: dict[str, Any] = {"levels": levels, "duration_s": args.duration, "cpus": os.cpu_count(),
                               "loadavg_start": [round(x, 2) for x in os.getloadavg()], "runs": []}  # fmt: skip
    if args.url:
        results["runs"].append({"server": args.url, "rows": measure(args.url, levels, args.duration, questions)})
    for _ in range(args.rounds):
        for spec in args.checkout:
            name, path = spec.split("=", 1)
            checkout = Path(path).resolve()
            data_dir = args.data_dir / name if args.own_data_dirs else args.data_dir
            if args.own_data_dirs:
                ensure_ingested(checkout, data_dir, args.corpus_dir.resolve())
            proc, url = start_server(checkout, data_dir, args.corpus_dir, extra)
            print(f"{name} ({path}) op {url}", flush=True)
            try:
                rows = measure(url, levels, args.duration, questions, proc.pid)
            finally:
                proc.terminate()
                proc.wait(timeout=60)
            results["runs"].append({"server": name, "checkout": path, "rows": rows})
    results["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("| server | clients | req/s | p50 ms | p95 ms | fouten | CPU ms/verzoek | load avg (1 min) |")
    print("|---|---|---|---|---|---|---|---|")
    for run in results["runs"]:
        for r in run["rows"]:
            print(f"| {run['server']} | {r['clients']} | {r['throughput_rps']} | {r['p50_ms']} | "
                  f"{r['p95_ms']} | {r['errors']} | {r.get('cpu_ms_per_request', '–')} | "
                  f"{r['loadavg_start'][0]} |")  # fmt: skip


if __name__ == "__main__":
    main()
