#!/usr/bin/env python3
"""Times nendiff and the generic diff tools on the same scaled edition pairs.

Scaled inputs: the front matter once, then the body (from the first heading
on) repeated N times, so a ×N edition is N copies of the same document.
Each command runs in a fresh process; wall time is the median of several
runs, peak memory the largest ru_maxrss seen (os.wait4).
"""
import argparse
import datetime
import os
import platform
import statistics
import subprocess
import sys
import time

SCALES = (1, 10, 100)


def scaled(text, n):
    lines = text.split("\n")
    first = next(i for i, l in enumerate(lines) if l.strip().startswith("1."))
    head, body = "\n".join(lines[:first]), "\n".join(lines[first:])
    return head + "\n" + "\n".join([body] * n) + "\n"


def make_inputs(samples, work, scales):
    os.makedirs(work, exist_ok=True)
    old = open(os.path.join(samples, "kenko-iryo-senryaku-2023.txt"), encoding="utf-8").read()
    new = open(os.path.join(samples, "kenko-iryo-senryaku-2024.txt"), encoding="utf-8").read()
    pairs = {}
    for n in scales:
        a, b = os.path.join(work, f"old-x{n}.txt"), os.path.join(work, f"new-x{n}.txt")
        for path, text in ((a, old), (b, new)):
            with open(path, "w", encoding="utf-8") as f:
                f.write(scaled(text, n))
        pairs[n] = (a, b)
    return pairs


def run_once(argv, env=None):
    """Wall time of one run, and its peak RSS as GNU time reports it (a
    fork from this Python process would count Python's own pages)."""
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M"] + argv, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - start
    err = proc.stderr.decode(errors="replace").strip().splitlines()
    if proc.returncode not in (0, 1) or not err:
        raise RuntimeError(f"{argv[0]} exited {proc.returncode}: {' '.join(err)[:300]}")
    return elapsed, int(err[-1]) * 1024


def measure(argv, runs, env=None):
    times, peak = [], 0
    for _ in range(runs):
        t, rss = run_once(argv, env)
        times.append(t)
        peak = max(peak, rss)
        if t > 10:  # difflib at ×100 takes minutes: one run tells enough
            break
    return statistics.median(times), peak


DIFFLIB_UNIFIED = """
import difflib, sys
a = open(sys.argv[1], encoding='utf-8').read().splitlines(True)
b = open(sys.argv[2], encoding='utf-8').read().splitlines(True)
sys.stdout.writelines(difflib.unified_diff(a, b))
"""
DIFFLIB_HTML = """
import difflib, sys
a = open(sys.argv[1], encoding='utf-8').read().splitlines()
b = open(sys.argv[2], encoding='utf-8').read().splitlines()
sys.stdout.write(difflib.HtmlDiff().make_file(a, b))
"""
DMP = """
const fs = require('fs');
const DMP = require('diff-match-patch');
const dmp = new DMP();
dmp.Diff_Timeout = 0;
const d = dmp.diff_main(fs.readFileSync(process.argv[2], 'utf8'), fs.readFileSync(process.argv[3], 'utf8'));
dmp.diff_cleanupSemantic(d);
process.stdout.write(String(d.length));
"""


def tools(nendiff, node_modules):
    env = dict(os.environ, NODE_PATH=node_modules)
    return [
        ("nendiff compare --format json", lambda a, b: [nendiff, "compare", a, b, "--format", "json"], None),
        ("nendiff compare --format html", lambda a, b: [nendiff, "compare", a, b, "--format", "html"], None),
        ("git diff --word-diff-regex=.", lambda a, b: ["git", "diff", "--no-index", "--word-diff=porcelain",
                                                      "--word-diff-regex=.", a, b], None),
        ("GNU diff", lambda a, b: ["diff", a, b], None),
        ("difflib unified_diff", lambda a, b: [sys.executable, "-c", DIFFLIB_UNIFIED, a, b], None),
        ("difflib HtmlDiff", lambda a, b: [sys.executable, "-c", DIFFLIB_HTML, a, b], None),
        ("diff-match-patch (semantic)", lambda a, b: ["node", "-e", DMP, a, b], env),
    ]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--nendiff", required=True)
    p.add_argument("--work", required=True)
    p.add_argument("--samples", required=True)
    p.add_argument("--node-modules", required=True)
    p.add_argument("--report")
    p.add_argument("--quick", action="store_true")
    args = p.parse_args()
    scales = (1, 10) if args.quick else SCALES
    runs = {1: 1, 10: 1} if args.quick else {1: 9, 10: 5, 100: 3}
    pairs = make_inputs(args.samples, args.work, scales)
    rows = []
    for n in scales:
        a, b = pairs[n]
        size = os.path.getsize(a) + os.path.getsize(b)
        results = {}
        for name, argv, env in tools(args.nendiff, args.node_modules):
            try:
                results[name] = measure(argv(a, b), runs[n], env)
            except (RuntimeError, FileNotFoundError) as e:
                print(f"  {name} ×{n}: skipped ({e})", file=sys.stderr)
        rows.append((n, size, results))
    table = render(rows)
    print(table)
    if args.report and not args.quick:
        with open(args.report, "w", encoding="utf-8") as f:
            f.write(document(table))


def render(rows):
    ref = "nendiff compare --format json"
    out = ["| scale | input (both) | tool | median wall | peak RSS | nendiff json ÷ tool |",
           "|---|---|---|---|---|---|"]
    for n, size, results in rows:
        base = results.get(ref, (None, None))[0]
        for name, (t, rss) in results.items():
            ratio = f"{base / t:.2f}" if base and name != ref else "—"
            out.append(f"| ×{n} | {size / 1e6:.2f} MB | {name} | {t * 1000:.1f} ms | "
                       f"{rss / 2**20:.1f} MiB | {ratio} |")
    linear = {n: r.get(ref, (None,))[0] for n, _, r in rows}
    if linear.get(10) and linear.get(100):
        out.append("")
        out.append(f"Scaling: time(×100) / time(×10) = {linear[100] / linear[10]:.2f} "
                   f"(target ≤ 11).")
    return "\n".join(out)


def document(table):
    now = datetime.date.today().isoformat()
    machine = f"{platform.machine()}, {os.cpu_count()} cores, {platform.platform()}"
    return (f"# Performance\n\nMeasured by `scripts/bench` on {now} ({machine}).\n"
            "A ratio below 1 means nendiff is faster than that tool on the same pair.\n\n"
            f"{table}\n")


if __name__ == "__main__":
    main()
