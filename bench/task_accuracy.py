#!/usr/bin/env python3
"""Trains every sequence task on its built-in data with rnnscope-cli and checks the accuracy
each is stated to reach (docs/tasks.md, bench/README.md). Prints one table row per run and
exits 1 when a stated accuracy is missed, 2 when the CLI is missing.

    python3 bench/task_accuracy.py [--cli build/app/rnnscope-cli] [--only NAME,...]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

# name, the train flags, the validation accuracy it must reach (None: measured, not stated)
RUNS = [
    ("sentiment-en-20 lstm", ["--task", "classify", "--data", "builtin:sentiment-en-20:6000", "--cell", "lstm",
                              "--hidden", "64", "--lr", "0.005", "--steps", "1500"], 0.95),
    ("sentiment-en-20 rnn", ["--task", "classify", "--data", "builtin:sentiment-en-20:6000", "--cell", "rnn",
                             "--hidden", "64", "--lr", "0.005", "--steps", "1500"], None),
    ("sentiment-vi-20 lstm", ["--task", "classify", "--data", "builtin:sentiment-vi-20:6000", "--cell", "lstm",
                              "--hidden", "64", "--lr", "0.005", "--steps", "1500"], 0.95),
    ("quote-code-number gru", ["--task", "tag", "--data", "builtin:quote-code-number:4000", "--cell", "gru",
                               "--hidden", "48", "--lr", "0.01", "--steps", "800"], 0.97),
    ("reverse lstm", ["--task", "seq2seq", "--data", "builtin:reverse:40000", "--cell", "lstm",
                      "--hidden", "128", "--lr", "0.01", "--steps", "6000"], 0.95),
    # only 10 000 different sums exist, so validation shares pairs with training: measured only
    ("addition lstm", ["--task", "seq2seq", "--data", "builtin:addition:40000", "--cell", "lstm",
                       "--hidden", "128", "--lr", "0.01", "--steps", "6000"], None),
    ("shapes-caption lstm", ["--task", "caption", "--data", "builtin:shapes-caption:20000", "--cell", "lstm",
                             "--hidden", "128", "--lr", "0.005", "--steps", "3000"], 0.95),
    ("shapes-vqa lstm", ["--task", "vqa", "--data", "builtin:shapes-vqa:20000", "--cell", "lstm",
                         "--hidden", "64", "--lr", "0.005", "--steps", "5000"], 0.9),
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", default="build/app/rnnscope-cli")
    ap.add_argument("--only", default="", help="comma-separated run names (prefixes)")
    args = ap.parse_args()
    if not os.path.exists(args.cli):
        print(f"task_accuracy: {args.cli} does not exist; build the rnnscope-cli target first", file=sys.stderr)
        return 2
    wanted = [w for w in args.only.split(",") if w]
    failed = 0
    print(f"{'run':<24} {'steps':>6} {'val acc':>8} {'stated':>7} {'seconds':>8}  result")
    for name, flags, stated in RUNS:
        if wanted and not any(name.startswith(w) for w in wanted):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            start = time.time()
            steps = flags[flags.index("--steps") + 1]  # validated once, at the end
            cmd = [args.cli, "train", *flags, "--out", os.path.join(tmp, "run"), "--val-every", steps,
                   "--batch", "32", "--quiet"]
            p = subprocess.run(cmd, capture_output=True, text=True)
            seconds = time.time() - start
        if p.returncode != 0:
            print(f"{name:<24} failed: {p.stderr.strip()}")
            failed += 1
            continue
        summary = json.loads(p.stdout)
        acc = summary["val_accuracy"]
        ok = stated is None or (acc is not None and acc >= stated)
        failed += not ok
        stated_text = f"{stated:.2f}" if stated is not None else "-"
        verdict = "measured" if stated is None else ("PASS" if ok else "FAIL")
        print(f"{name:<24} {summary['steps']:>6} {acc:>8.3f} {stated_text:>7} {seconds:>8.1f}  {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
