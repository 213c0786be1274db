"""Drive the benchmark: ``python -m benchmark.run`` (``make bench`` sets the environment).

Starts gunicorn on 127.0.0.1 with the settings of the environment (``config.settings.bench``:
production plus the floor view), measures each URL with wrk at 8 and 64 connections, cold (the page
cache not served, so every request renders as on a miss) and warm (cache on, primed by one
request), each after 2 s of warm-up that is not counted; prints a table of requests/s, p50, p95 and
errors with each rate as a share of the floor and the issue's targets met or not, writes it to
``.bench/results.md``, and stops the server it started.
"""

import argparse
import json
import os
import platform
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote, unquote

ROOT = Path(__file__).resolve().parent.parent
FLOOR = "/bench/floor/"
WARM_UP_CONNECTIONS, WARM_UP_SECONDS = 8, 2
URLS = ["/", "/news/", "{news_page}", "/news/?page=400", "/journal/", "/ita/", "/search/?q=" + quote("ประชุม")]

# wrk prints one machine-readable line at the end of a run (latency in microseconds).
WRK_SCRIPT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d\\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), e.connect + e.read + e.write + e.timeout + e.status))
end
"""


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=int(os.environ.get("BENCH_PORT", 8765)))
    parser.add_argument("--duration", type=int, default=int(os.environ.get("BENCH_DURATION", 10)))
    parser.add_argument("--connections", default=os.environ.get("BENCH_CONNECTIONS", "8,64"))
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", 2)))
    parser.add_argument("--phases", default=os.environ.get("BENCH_PHASES", "cold,warm"))
    parser.add_argument("--out", default=str(ROOT / ".bench" / "results.md"))
    return parser.parse_args()


class Server:
    """gunicorn in its own process group, stopped (SIGTERM, then SIGKILL) whatever happens."""

    def __init__(self, port, workers, page_cache):
        env = {
            **os.environ,
            "GUNICORN_BIND": f"127.0.0.1:{port}",
            "WEB_CONCURRENCY": str(workers),
            # Cold: every request renders as on a miss (after a purge); the purge machinery and the
            # site-wide parts (caching.sitewide) stay on, as on the live site.
            "PAGE_CACHE_SERVE": "1" if page_cache else "0",
        }
        gunicorn = Path(sys.executable).parent / "gunicorn"
        self.log = open(ROOT / ".bench" / "gunicorn.log", "a")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(  # noqa: S603
            [str(gunicorn), "-c", "gunicorn.conf.py", "--access-logfile", "/dev/null", "config.wsgi"],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=self.log,
            start_new_session=True,
        )
        self.base = f"http://127.0.0.1:{port}"

    def wait_ready(self, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.base + FLOOR, timeout=2) as response:  # noqa: S310
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError("gunicorn did not answer; see .bench/gunicorn.log")

    def worker_rss_mb(self):
        """Resident memory of each worker (MB), from /proc."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        sizes = []
        for pid in children.read_text().split() if children.exists() else []:
            status = Path(f"/proc/{pid}/status").read_text()
            match = re.search(r"VmRSS:\s+(\d+) kB", status)
            if match:
                sizes.append(round(int(match.group(1)) / 1024))
        return sizes

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log.close()


def status_of(url):
    try:
        # Generous: after a 64-connection run of a cold page the workers still drain wrk's backlog.
        with urllib.request.urlopen(url, timeout=180) as response:  # noqa: S310
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, ""


def wrk(url, connections, duration, script):
    threads = min(2, connections)
    command = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{duration}s",
        "--timeout",
        "10s",
        "-s",
        script,
        url,
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603
    match = re.search(r"RESULT (\d+) (\d+) (\d+) (\d+) (\d+)", output)
    requests, micros, p50, p95, errors = (int(value) for value in match.groups())
    return {"rps": requests / (micros / 1e6), "p50": p50 / 1000, "p95": p95 / 1000, "errors": errors}


def run_phase(server, urls, connections, duration, script, label):
    rows = []
    for url in urls:
        status_of(server.base + url)  # prime: a warm run starts with the page cached
        # Warm-up, not counted: every worker has loaded its templates, its Thai dictionary and its
        # connections, as on a server that has been up for a while.
        wrk(server.base + url, WARM_UP_CONNECTIONS, WARM_UP_SECONDS, script)
        for count in connections:
            figures = wrk(server.base + url, count, duration, script)
            rows.append({"phase": label, "url": url, "connections": count, **figures})
            print(
                f"{label:5} {url:22} c={count:<3} {figures['rps']:9.1f} req/s  p50 {figures['p50']:7.1f} ms  "
                f"p95 {figures['p95']:7.1f} ms  errors {figures['errors']}",
                flush=True,
            )
    return rows


def table(rows, floors):
    lines = [
        "| URL | phase | conn. | req/s | % of floor | p50 ms | p95 ms | errors |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        floor = floors[(row["phase"], row["connections"])]
        lines.append(
            f"| `{unquote(row['url'])}` | {row['phase']} | {row['connections']} | {row['rps']:.0f} | "
            f"{100 * row['rps'] / floor:.0f}% | {row['p50']:.1f} | {row['p95']:.1f} | {row['errors']} |"
        )
    return "\n".join(lines)


def targets(rows, floors):
    """The targets of the results-day issue, each with the figure that decides it."""
    pages = [row for row in rows if row["url"] != FLOOR]
    warm = [row for row in pages if row["phase"] == "warm" and row["connections"] == 64]
    cold = [row for row in pages if row["phase"] == "cold" and row["connections"] == 8]
    checks = []
    if warm:
        share = min(100 * row["rps"] / floors[("warm", 64)] for row in warm)
        slowest = max(row["p95"] for row in warm)
        errors = sum(row["errors"] for row in pages if row["phase"] == "warm")
        checks += [
            f"warm at 64 connections ≥ 70% of the floor: lowest {share:.0f}% ({'met' if share >= 70 else 'NOT met'})",
            f"warm p95 < 50 ms at 64 connections: highest {slowest:.1f} ms ({'met' if slowest < 50 else 'NOT met'})",
            f"warm errors: {errors} ({'met' if errors == 0 else 'NOT met'})",
        ]
    if cold:
        slowest = max(cold, key=lambda row: row["p95"])
        checks.append(
            f"cold p95 < 150 ms at 8 connections: highest {slowest['p95']:.1f} ms on `{unquote(slowest['url'])}` "
            f"({'met' if slowest['p95'] < 150 else 'NOT met'})"
        )
    return "Targets: " + "; ".join(checks) if checks else ""


def main():
    args = parse_args()
    connections = [int(value) for value in args.connections.split(",")]
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script_file:
        script_file.write(WRK_SCRIPT)
    rows, memory = [], {}
    # Start from empty caches (Redis keeps them between runs): nothing cached by an earlier seed.
    subprocess.run(  # noqa: S603
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from django.core.cache import caches\nfor c in caches.all(): c.clear()",
        ],
        cwd=ROOT,
        check=True,
    )
    try:
        phases = [(phase, phase == "warm") for phase in args.phases.split(",")]
        for phase, page_cache in phases:
            server = Server(args.port, args.workers, page_cache)
            try:
                server.wait_ready()
                _, listing = status_of(server.base + "/news/")
                news_page = re.search(r'href="(/news/bench-[^"/]+/)"', listing)
                urls = [FLOOR]
                for url in URLS:
                    url = url.format(news_page=news_page.group(1) if news_page else "/news/")
                    if status_of(server.base + url)[0] == 200:
                        urls.append(url)
                    else:
                        print(f"skipped {url}: not served (yet)", flush=True)
                rows += run_phase(server, urls, connections, args.duration, script_file.name, phase)
                memory[phase] = server.worker_rss_mb()
                if page_cache:
                    # A second warm pass: worker memory must not grow between runs.
                    run_phase(server, urls, connections[-1:], args.duration, script_file.name, "again")
                    memory["warm, second pass"] = server.worker_rss_mb()
            finally:
                server.stop()
    finally:
        os.unlink(script_file.name)
    measured = json.loads(
        subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", "bench_queries"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    queries, admin = measured["queries"], measured["admin_seconds"]
    floors = {(row["phase"], row["connections"]): row["rps"] for row in rows if row["url"] == FLOOR}
    threads = int(os.environ.get("GUNICORN_THREADS", 1))  # gunicorn.conf.py's default
    worker_class = f"gthread ({threads} threads)" if threads > 1 else "sync"
    machine = f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}"
    report = "\n".join(
        [
            f"Benchmark of {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine} (load average "
            f"{os.getloadavg()[0]:.1f} at the end); gunicorn {args.workers} {worker_class} workers, production "
            f"settings, SQLite; wrk {args.duration} s per line.",
            "",
            table(rows, floors),
            "",
            targets(rows, floors),
            "",
            "SQL queries of a cold render: "
            + ", ".join(f"`{url}` {count}" for url, count in queries.items()),
            "",
            "Admin screens (seconds, superuser, second load): "
            + ", ".join(f"{label} {seconds}" for label, seconds in admin.items()),
            "",
            "Worker RSS (MB): "
            + "; ".join(f"{phase}: {', '.join(map(str, sizes))}" for phase, sizes in memory.items()),
        ]
    )
    Path(args.out).write_text(report + "\n")
    print("\n" + report)
    print(f"\nwritten to {args.out}")


if __name__ == "__main__":
    main()
