#!/usr/bin/env python3
"""Seconds until each lesson's claim holds, on the desktop engine's budget (one core).

Runs `rnnscope-cli train --lesson ID --steps N --threads 1` for every built-in lesson, N being
the steps its checks need (`rnnscope-cli lessons`), and prints per lesson the wall seconds
until every check first held (`seconds_to_claim`), the step it happened at, and each check's
final value. Repeats each lesson --repeats times and reports the median. The GUI's engine
trains on one matrix thread as here, and additionally spends a few percent of its time on the
live views, so the GUI takes slightly longer than these figures.

    bench/lesson_seconds.py [--cli build/app/rnnscope-cli] [--repeats 3] [--only ID ...]
"""
import argparse
import json
import statistics
import subprocess
import sys
import tempfile


def run_lesson(cli, lesson, steps):
    with tempfile.TemporaryDirectory() as out:
        done = subprocess.run([cli, "train", "--lesson", lesson, "--steps", str(steps), "--out", out, "--threads", "1",
                               "--val-every", "0", "--save-every", "0", "--quiet"],
                              capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", default="build/app/rnnscope-cli")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--only", nargs="*", default=None)
    args = ap.parse_args()
    lessons = json.loads(subprocess.run([args.cli, "lessons"], capture_output=True, text=True, check=True).stdout)
    worst = 0.0
    print(f"{'lesson':14} {'steps':>6} {'claim at step':>14} {'seconds to claim (median)':>26}  runs")
    for lesson in lessons:
        if args.only and lesson["id"] not in args.only:
            continue
        if lesson.get("task"):
            # train --lesson trains a task lesson's task but does not evaluate its checks
            print(f"{lesson['id']:14} {lesson['steps']:>6}   (a task lesson: its checks run in ctest, BuiltinLesson.EveryClaimHolds)")
            continue
        runs = [run_lesson(args.cli, lesson["id"], lesson["steps"]) for _ in range(args.repeats)]
        seconds = [r["seconds_to_claim"] for r in runs]
        held = [s for s in seconds if s is not None]
        median = statistics.median(held) if len(held) == len(seconds) else None
        worst = max(worst, median if median is not None else float("inf"))
        shown = "never" if median is None else f"{median:.1f}"
        at = runs[-1]["steps_to_claim"]
        print(f"{lesson['id']:14} {lesson['steps']:>6} {str(at):>14} {shown:>26}  " +
              ", ".join("never" if s is None else f"{s:.1f}" for s in seconds))
        for check in runs[-1]["checks"]:
            print(f"    {'holds' if check['passed'] else 'FAILS'}  {check['name']}: {check['value']} {check['op']} {check['threshold']}")
    print(f"slowest lesson: {worst:.1f} s" if worst != float('inf') else "some lesson never held its claim")
    return 0 if worst != float("inf") else 1


if __name__ == "__main__":
    sys.exit(main())
