#!/usr/bin/env python3
"""Fails unless every test of a build tree carries exactly one tier label
(the tiers are described at the top of tests/CMakeLists.txt).

    tier_labels.py CTEST BUILD_DIR
"""
import json
import subprocess
import sys

TIERS = {"unit", "e2e", "slow", "browser", "sanitize"}


def labels(test):
    for p in test.get("properties", []):
        if p["name"] == "LABELS":
            return p["value"]
    return []


def main(ctest, build):
    # -C Sanitize: the sanitize tests exist only in that configuration.
    listing = subprocess.run([ctest, "--show-only=json-v1", "-C", "Sanitize"], cwd=build,
                             check=True, capture_output=True, text=True).stdout
    tests = json.loads(listing)["tests"]
    wrong = [f"{t['name']}: {labels(t)}" for t in tests
             if len(labels(t)) != 1 or labels(t)[0] not in TIERS]
    if not tests or wrong:
        print(f"{len(tests)} tests; not in exactly one tier of {sorted(TIERS)}:", *wrong, sep="\n  ")
        return 1
    print(f"{len(tests)} tests, each in one tier")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
