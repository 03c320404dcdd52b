#!/usr/bin/env python3
"""What MeCab would add to `nendiff compare` of the sample pair, timed as
scripts/bench times nendiff: whole processes, wall clock. The commands run
interleaved, round after round, so that a busy moment of the machine falls on
all of them alike; each is reported by its median and minimum, with its peak
RSS as /usr/bin/time reports it (a child of this script would count the
script's own memory, copied at fork). Usage:
  bench/tense_cost.py BUILD_DIR [ROUNDS]   (from the repository root)
"""
import os
import statistics
import subprocess
import sys
import time

build = sys.argv[1]
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 100
ev = os.path.join(build, "bench/nendiff_tense_eval")
old, new = "samples/kenko-iryo-senryaku-2023.txt", "samples/kenko-iryo-senryaku-2024.txt"
ipadic, unidic = "/var/lib/mecab/dic/ipadic-utf8", "/var/lib/mecab/dic/unidic"
commands = {
    "nendiff compare (json)": [os.path.join(build, "nendiff"), "compare", old, new, "--format", "json"],
    "eval: editions loaded": [ev, "--samples=samples", "--fresh=plain"],
    "eval: + IPAdic, dated sentences read": [ev, "--samples=samples", "--fresh=mecab", "--dic=" + ipadic],
    "eval: + UniDic, dated sentences read": [ev, "--samples=samples", "--fresh=mecab", "--dic=" + unidic],
    "eval: process start only": [ev, "--start-only"],
    "eval: + IPAdic loaded, one sentence": [ev, "--load-only", "--dic=" + ipadic],
    "eval: + UniDic loaded, one sentence": [ev, "--load-only", "--dic=" + unidic],
}


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


times = {k: [] for k in commands}
rss = {k: peak_rss(cmd) for k, cmd in commands.items()}
for _ in range(3):  # warm the page cache
    for cmd in commands.values():
        run(cmd)
for _ in range(rounds):
    for name, cmd in commands.items():
        times[name].append(run(cmd))
for name in commands:
    t = times[name]
    print(f"{name:40s} median {statistics.median(t):6.2f} ms  min {min(t):6.2f} ms  peak RSS {rss[name]:6d} KiB")
