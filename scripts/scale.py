#!/usr/bin/env python3
"""How `check --json` scales with the number of articles about one event.

Generates N and 10*N articles (default 500 and 5,000) with the
`bench_corpus` example, runs `check --json` on each (one thread), and
prints the wall and CPU time, the ratio of the two runs, the peak memory
(max RSS) against the input size, and the number of claims.

Usage, from the project root, after `cargo build --release --examples`:
    python3 scripts/scale.py [N]
"""
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EX = os.path.join(ROOT, "target", "release", "examples")


def run(n, work):
    path = os.path.join(work, "a%d.jsonl" % n)
    with open(path, "wb") as f:
        subprocess.run([os.path.join(EX, "bench_corpus"), "--jsonl", str(n)], stdout=f, check=True)
    size = os.path.getsize(path)
    out = os.path.join(work, "r%d.json" % n)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    with open(out, "wb") as f:
        subprocess.run([os.path.join(EX, "check"), "--json", path], stdout=f, check=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    rss = after.ru_maxrss * 1024  # kilobytes on Linux; the largest child so far
    with open(out, encoding="utf-8") as f:
        report = json.load(f)
    claims_json = sum(len(json.dumps(c)) for c in report["claims"])
    return {"n": n, "input": size, "wall": wall, "cpu": cpu, "rss": rss,
            "claims": len(report["claims"]), "claims_json": claims_json,
            "findings": len(report["findings"])}


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    with tempfile.TemporaryDirectory() as work:
        small = run(n, work)
        large = run(10 * n, work)
    for r in (small, large):
        print("%5d articles: input %.1f MB, %d claims, %d findings: %.2f s wall, %.2f s CPU, "
              "peak RSS %.0f MB (%.1f x input; claims as JSON %.0f MB)" % (
                  r["n"], r["input"] / 1e6, r["claims"], r["findings"], r["wall"], r["cpu"],
                  r["rss"] / 1e6, r["rss"] / r["input"], r["claims_json"] / 1e6))
    print("scale: %dx the articles cost %.1fx the CPU time (%.1fx wall); peak RSS %.1fx input, "
          "%.2fx (3 x input + claims as JSON)" % (
              10, large["cpu"] / small["cpu"], large["wall"] / small["wall"],
              large["rss"] / large["input"],
              large["rss"] / (3 * large["input"] + large["claims_json"])))


if __name__ == "__main__":
    main()
