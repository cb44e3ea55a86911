"""Fail CI when a `marsad eval --json` score drops below its floor in floors.json."""

import json
import sys


def main(scores_path: str, floors_path: str) -> int:
    lines = [ln for ln in open(scores_path, encoding="utf-8").read().splitlines() if ln.strip()]
    scores = json.loads(lines[-1])
    floors = json.load(open(floors_path, encoding="utf-8"))
    failed = 0
    for dotted, floor in floors.items():
        section, metric = dotted.split(".")
        value = scores[section][metric]
        ok = value >= floor
        failed += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {dotted:28} {value:.3f} (floor {floor:.2f})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
