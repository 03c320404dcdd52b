#!/usr/bin/env python3
"""What MeCab would add to `nendiff compare` of the sample pair, timed as
scripts/bench times nendiff: whole processes, wall clock. The commands run
interleaved, round after round, so that a busy moment of the machine falls on
all of them alike; each is reported by its median and minimum, with its peak
RSS as /usr/bin/time reports it (a child of this script would count the
script's own memory, copied at fork). The pair is also scaled ×10 and ×100 as
bench/compare_tools.py scales it, with fewer rounds.
Usage: bench/tense_cost.py BUILD_DIR [ROUNDS]   (from the repository root)
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compare_tools import scaled  # noqa: E402

build = sys.argv[1]
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 100
ev = os.path.join(build, "bench/nendiff_tense_eval")
names = ("kenko-iryo-senryaku-2023.txt", "kenko-iryo-senryaku-2024.txt")
ipadic, unidic = "/var/lib/mecab/dic/ipadic-utf8", "/var/lib/mecab/dic/unidic"


def commands(samples, extra):
    old, new = (os.path.join(samples, n) for n in names)
    out = {
        "nendiff compare (json)": [os.path.join(build, "nendiff"), "compare", old, new, "--format", "json"],
        "eval: editions loaded": [ev, "--samples=" + samples, "--fresh=plain"],
        "eval: + IPAdic, dated sentences read": [ev, "--samples=" + samples, "--fresh=mecab", "--dic=" + ipadic],
        "eval: + UniDic, dated sentences read": [ev, "--samples=" + samples, "--fresh=mecab", "--dic=" + unidic],
    }
    if extra:
        out.update({
            "eval: process start only": [ev, "--start-only"],
            "eval: + IPAdic loaded, one sentence": [ev, "--load-only", "--dic=" + ipadic],
            "eval: + UniDic loaded, one sentence": [ev, "--load-only", "--dic=" + unidic],
        })
    return out


def run(cmd):
    start = time.perf_counter()
    status = subprocess.call(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = (time.perf_counter() - start) * 1000
    if status not in (0, 1):
        sys.exit(f"{cmd} failed")
    return wall


def peak_rss(cmd):
    out = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True).stderr
    return int(out.strip().splitlines()[-1])


def measure(title, cmds, rounds):
    print(title)
    rss = {k: peak_rss(cmd) for k, cmd in cmds.items()}
    times = {k: [] for k in cmds}
    for _ in range(2):  # warm the page cache
        for cmd in cmds.values():
            run(cmd)
    for _ in range(rounds):
        for name, cmd in cmds.items():
            times[name].append(run(cmd))
    for name in cmds:
        t = times[name]
        print(f"  {name:40s} median {statistics.median(t):8.2f} ms  min {min(t):8.2f} ms"
              f"  peak RSS {rss[name]:7d} KiB")


measure(f"×1 (samples/), {rounds} rounds", commands("samples", True), rounds)
with tempfile.TemporaryDirectory() as work:
    for n, r in ((10, max(rounds // 5, 3)), (100, max(rounds // 25, 3))):
        folder = os.path.join(work, f"x{n}")
        os.makedirs(folder)
        for name in names:
            text = open(os.path.join("samples", name), encoding="utf-8").read()
            with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
                f.write(scaled(text, n))
        measure(f"×{n}, {r} rounds", commands(folder, False), r)
