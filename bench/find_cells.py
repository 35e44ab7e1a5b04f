#!/usr/bin/env python3
"""Do interpretable cells appear? Issue 3's end-to-end check, too slow for the unit suite.

For each case it trains an LSTM with `rnnscope-cli train` on a generated corpus (within a wall
time budget, 10 minutes by default), generates a fresh text of the same kind with another seed
(so the model has not seen it), ranks every cell (h, c and gates) against the concept with
`rnnscope-cli cells --concept`, and compares the best |Pearson r| with the target:

  dialogue prose -> "inside a quotation"   |r| >= 0.8
  indented code  -> indentation depth      |r| >= 0.7

Exit code 0 when every case meets its target, 1 otherwise, 2 when the CLI is missing.

  python3 bench/find_cells.py [--cli build/app/rnnscope-cli] [--steps 6000] [--minutes 10]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

CASES = [
    # name, corpus kind, concept, target
    ("dialogue", "dialogue", "quote", 0.8),
    ("code", "code", "indent", 0.7),
]


def run(cmd):
    done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        sys.exit(f"find_cells: {' '.join(cmd)} failed:\n{done.stderr.strip()}")
    return done.stdout


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default=os.path.join(here, "..", "build", "app", "rnnscope-cli"))
    parser.add_argument("--steps", type=int, default=6000, help="training steps per case (the budget may stop it earlier)")
    parser.add_argument("--minutes", type=float, default=10.0, help="wall-time budget for each training run")
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seq-len", type=int, default=64, help="truncated-BPTT window")
    parser.add_argument("--cases", default="dialogue,code")
    parser.add_argument("--work", default=None, help="directory for the runs (default: a temporary one)")
    args = parser.parse_args()
    if not os.access(args.cli, os.X_OK):
        print(f"find_cells: no CLI at {args.cli}; build it first (cmake --build build)", file=sys.stderr)
        return 2
    work = args.work or tempfile.mkdtemp(prefix="rnnscope-cells-")
    os.makedirs(work, exist_ok=True)
    wanted = set(args.cases.split(","))
    results = []
    for name, kind, concept, target in CASES:
        if name not in wanted:
            continue
        run_dir = os.path.join(work, f"run-{name}")
        train = [args.cli, "train", "--corpus", f"builtin:{kind}:2000000:1", "--out", run_dir,
                 "--cell", "lstm", "--hidden", str(args.hidden), "--layers", "1", "--embed", "32",
                 "--batch", "32", "--seq-len", str(args.seq_len), "--optimizer", "adam", "--lr", "0.002",
                 "--clip", "norm", "--clip-threshold", "5", "--threads", str(args.threads),
                 "--seed", "1", "--quiet"]
        # Train in chunks with --resume so the wall-time budget can stop it between chunks.
        budget = args.minutes * 60
        started = time.monotonic()
        chunk = 500
        steps = 0
        last_loss = None
        while steps < args.steps:
            target_steps = min(args.steps, steps + chunk)
            cmd = train + ["--steps", str(target_steps)] if steps == 0 else \
                [args.cli, "train", "--resume", run_dir, "--steps", str(target_steps), "--quiet", "--threads", str(args.threads)]
            summary = json.loads(run(cmd).strip().splitlines()[-1])
            last_loss = summary.get("loss", summary.get("last_loss"))
            steps = target_steps
            elapsed = time.monotonic() - started
            per_chunk = elapsed / (steps / chunk)
            print(f"  {name}: step {steps}, loss {last_loss}, {elapsed:.0f} s", flush=True)
            if elapsed + per_chunk > budget:
                break
        minutes = (time.monotonic() - started) / 60
        unseen = os.path.join(work, f"unseen-{name}.txt")
        run([args.cli, "corpus", "--kind", kind, "--chars", "20000", "--seed", "987654", "--out", unseen])
        ranking = json.loads(run([args.cli, "cells", "--checkpoint", os.path.join(run_dir, "checkpoint.safetensors"),
                                  "--input-file", unseen, "--concept", concept, "--top", "5"]).strip())
        best = ranking["cells"][0]
        score = abs(best["pearson"])
        results.append((name, concept, steps, minutes, best, score, target))
    print()
    print(f"{'case':10} {'concept':8} {'steps':>6} {'minutes':>7}  {'best cell':14} {'|r|':>6} {'AUC':>6} {'target':>6}  verdict")
    ok = True
    for name, concept, steps, minutes, best, score, target in results:
        cell = f"{best['tensor']}[{best['unit']}]"
        auc = best.get("auc")
        auc_text = f"{auc:.3f}" if isinstance(auc, (int, float)) and auc == auc else "-"
        verdict = "PASS" if score >= target and minutes <= args.minutes + 0.5 else "FAIL"
        ok = ok and verdict == "PASS"
        print(f"{name:10} {concept:8} {steps:>6} {minutes:>7.1f}  {cell:14} {score:>6.3f} {auc_text:>6} {target:>6.2f}  {verdict}")
    print(f"\nruns kept in {work}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
