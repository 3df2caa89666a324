#!/usr/bin/env python3
"""Run the evaluation scripts of ../shared/eval and hold the figures reached.

Each gate parses a script's summary line and fails CI when a figure drops
below the threshold an issue set (and that the crate has reached). Run from
the project root after `cargo build --release --examples`.
"""
import re
import subprocess
import sys

EVAL = "../shared/eval"


def run(script, *args):
    cmd = [sys.executable, "%s/%s" % (EVAL, script), *args]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = proc.stdout.strip().splitlines()
    summary = lines[-1] if lines else ""
    print("%s: %s" % (script, summary))
    return proc.returncode, proc.stdout, summary


def pct(text, label):
    """Percentage after `label` in e.g. 'label 12/20 (60.0%)'."""
    m = re.search(re.escape(label) + r"\s+\d+/\d+ \(([\d.]+)%\)", text)
    return float(m.group(1)) if m else None


def table_value(text, row):
    """value-correct percentage of a row of recognizers.py's table."""
    m = re.search(r"^\s*%s\s+\d+\s+\S+ \([\d.]+%%\)\s+\d+/\d+ \(([\d.]+)%%\)" % re.escape(row),
                  text, re.M)
    return float(m.group(1)) if m else None


failures = []


def need(name, value, threshold):
    ok = value is not None and value >= threshold
    print("  %-40s %8s  (need >= %s)%s" % (name, "-" if value is None else "%.1f" % value,
                                           threshold, "" if ok else "  FAILED"))
    if not ok:
        failures.append(name)


# Thresholds are added here as each issue's figures are reached.
GATES = {}


def main():
    for script, checks in GATES.items():
        code, out, summary = run(script)
        if code != 0:
            failures.append("%s exited %d" % (script, code))
            print(out[-2000:])
            continue
        for name, getter, threshold in checks:
            need(name, getter(out, summary), threshold)
    if failures:
        print("evaluation gates failed: " + ", ".join(failures))
        sys.exit(1)
    print("evaluation gates passed")


if __name__ == "__main__":
    main()
