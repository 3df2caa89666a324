#!/usr/bin/env bash
# Measures the `check` example and quantulum3 on the same generated news text
# in one run and prints their throughputs and the ratio.
#
# quantulum3 is installed from PyPI into a throwaway virtual environment
# (removed afterwards). Usage, from the project root:
#   scripts/compare-quantulum3.sh [BYTES]      (default 1 MiB)
set -euo pipefail
bytes=${1:-1048576}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release --examples --quiet
target/release/examples/bench_corpus "$bytes" > "$work/corpus.txt"

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet quantulum3 >/dev/null

"$work/venv/bin/python" - "$work/corpus.txt" <<'PY'
import json, subprocess, sys, time, warnings
warnings.filterwarnings("ignore")
text = open(sys.argv[1], encoding="utf-8").read()
articles = [a for a in text.split("\f\n") if a.strip()]
size = sum(len(a.encode("utf-8")) for a in articles)
jsonl = "".join(json.dumps({"id": "a%d" % i, "text": a}) + "\n" for i, a in enumerate(articles))

t = time.perf_counter()
out = subprocess.run(["target/release/examples/check", "--claims", "--jsonl"],
                     input=jsonl.encode(), stdout=subprocess.PIPE, check=True).stdout
ours = time.perf_counter() - t
n_ours = sum(len(json.loads(l)["claims"]) for l in out.splitlines())

from quantulum3 import parser
t = time.perf_counter()
n_q = sum(len(parser.parse(a)) for a in articles)
theirs = time.perf_counter() - t

mb = size / 1e6
print("text: %.2f MB in %d articles" % (mb, len(articles)))
print("corroborate check --claims: %.2f s, %.2f MB/s, %d claims" % (ours, mb / ours, n_ours))
print("quantulum3 parser.parse:    %.2f s, %.3f MB/s, %d quantities" % (theirs, mb / theirs, n_q))
print("ratio: corroborate is %.0f times faster (including process start and JSON output)"
      % (theirs / ours))
PY
