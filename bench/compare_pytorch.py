#!/usr/bin/env python3
"""Compare `rnnscope-cli bench` with the same workload in PyTorch (CPU, float32).

For every configuration and repeat the script runs the C++ CLI (a subprocess) and then
the PyTorch model in this process, alternating cpp, torch, cpp, torch, ... so that both
see the same machine noise. It prints the medians, the median of the per-repeat ratios
cpp/torch and, for the configurations of the performance issue, the target with
PASS/FAIL.

The PyTorch side mirrors the C++ bench (see docs/cli.md, rnnscope-cli bench):
random tokens (fixed seed) cut into B independent streams; one training step = one
truncated-BPTT window of T characters: Embedding(96->32) -> nn.RNN/LSTM/GRU (tanh,
batch_first=False, L layers, hidden H) -> Linear(H->96) -> mean cross-entropy over
B*T positions, backward, clip_grad_norm_(5), Adam(lr=1e-3) step; the last state of a
window (detached) starts the next one. 3 untimed warm-up steps, then `steps` timed
ones. Inference: the same model, forward + softmax under torch.no_grad(), state carried,
over the same windows (3 untimed warm-up windows, then `steps` timed ones).

Needs python3 with torch (Debian: python3-torch) and nothing else.
"""

import argparse
import fnmatch
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time

VOCAB = 96
EMBED = 32
LR = 1e-3
CLIP = 5.0
WARMUP = 3
SEED = 7
TORCH_SECONDS_TARGET = 2.0  # calibration goal for configurations outside the suite

# The suite of the performance issue: (cell, hidden, batch, seq_len, layers) -> default steps.
# The steps were picked so that one PyTorch training measurement takes ~1-3 s on a 2-thread
# AMD EPYC runner (inference is faster; the C++ side is meant to be faster still).
DEFAULT_SUITE = [
    ("rnn", 128, 1, 64, 1, 600),
    ("rnn", 128, 32, 64, 1, 120),
    ("rnn", 512, 32, 64, 1, 12),
    ("lstm", 128, 1, 64, 1, 150),
    ("lstm", 128, 32, 64, 1, 40),
    ("lstm", 512, 32, 64, 1, 5),
    ("gru", 128, 1, 64, 1, 150),
    ("gru", 128, 32, 64, 1, 40),
    ("gru", 512, 32, 64, 1, 5),
]

CONFIG_RE = re.compile(r"^(rnn|lstm|gru)-h(\d+)-b(\d+)(?:-t(\d+))?(?:-l(\d+))?$")


class Config:
    def __init__(self, cell, hidden, batch, seq_len=64, layers=1, steps=None):
        self.cell, self.hidden, self.batch = cell, hidden, batch
        self.seq_len, self.layers, self.steps = seq_len, layers, steps

    @property
    def name(self):
        n = f"{self.cell}-h{self.hidden}-b{self.batch}"
        if self.seq_len != 64:
            n += f"-t{self.seq_len}"
        if self.layers != 1:
            n += f"-l{self.layers}"
        return n

    def target(self):
        """Speed-up cpp/torch asked for by the issue, or None outside its targets."""
        if self.layers != 1 or self.seq_len != 64:
            return None
        if self.hidden == 128 and self.batch in (1, 32):
            return 3.0
        if self.hidden == 512 and self.batch == 32:
            return 2.0
        return None


def suite():
    return [Config(c, h, b, t, l, s) for (c, h, b, t, l, s) in DEFAULT_SUITE]


def select_configs(spec):
    """--configs: comma-separated suite names, globs over them (lstm-*, *-h512-*), or
    new configurations written cell-hH-bB[-tT][-lL]."""
    if not spec:
        return suite()
    chosen, names = [], {c.name: c for c in suite()}
    for item in (s.strip() for s in spec.split(",")):
        if not item:
            continue
        matches = [c for n, c in names.items() if fnmatch.fnmatchcase(n, item)]
        if matches:
            chosen += [c for c in matches if c not in chosen]
            continue
        m = CONFIG_RE.match(item)
        if not m:
            sys.exit(f"compare_pytorch: '{item}' is neither a suite configuration "
                     f"({', '.join(names)}) nor of the form cell-hH-bB[-tT][-lL]")
        cell, h, b, t, l = m.group(1), int(m.group(2)), int(m.group(3)), m.group(4), m.group(5)
        cfg = Config(cell, h, b, int(t) if t else 64, int(l) if l else 1)
        known = names.get(cfg.name)
        chosen.append(known if known else cfg)
    if not chosen:
        sys.exit("compare_pytorch: --configs selected nothing")
    return chosen


# --------------------------------------------------------------------------- torch side

def import_torch(threads, blas_threads=None):
    """Import torch with the thread counts pinned. OpenBLAS (which Debian's torch uses for
    GEMM) ignores torch.set_num_threads, so its own variable is set before loading it."""
    blas_threads = blas_threads or threads
    os.environ["OMP_NUM_THREADS"] = str(threads)
    for var in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = str(blas_threads)
    try:
        import torch  # noqa: F401
    except ImportError:
        # A pyenv/venv python3 often shadows the system one that has python3-torch.
        system = "/usr/bin/python3"
        if (os.path.exists(system) and os.environ.get("RNNSCOPE_BENCH_REEXEC") != "1"
                and os.path.realpath(sys.executable) != os.path.realpath(system)):
            print(f"compare_pytorch: no torch in {sys.executable}; retrying with {system}",
                  file=sys.stderr)
            os.environ["RNNSCOPE_BENCH_REEXEC"] = "1"
            os.execv(system, [system] + sys.argv)
        sys.exit("compare_pytorch: cannot import torch (install python3-torch or pip torch)")
    import torch
    torch.set_num_interop_threads(1)
    torch.set_num_threads(threads)
    return torch


def loaded_blas():
    """BLAS/LAPACK/OpenMP libraries mapped into this process (Linux only)."""
    try:
        with open("/proc/self/maps") as f:
            paths = {line.split()[-1] for line in f if "/" in line}
    except OSError:
        return []
    keys = ("blas", "lapack", "mkl", "gomp", "iomp", "dnnl", "mkldnn")
    return sorted(p for p in paths if any(k in os.path.basename(p).lower() for k in keys))


class OtherCpu:
    """CPU time that processes other than this one and its children spent while a
    measurement ran, from /proc/stat (Linux). Another program busy on the same cores
    spoils a throughput measurement, badly so when every core is asked for."""

    def __init__(self):
        self.tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
        self.t0 = self.busy0 = self.own0 = None

    def _busy(self):
        try:
            with open("/proc/stat") as f:
                v = [int(x) for x in f.readline().split()[1:]]
        except (OSError, ValueError):
            return None
        # user nice system idle iowait irq softirq steal ...: busy = all but idle, iowait, steal
        return (sum(v[:8]) - v[3] - v[4] - v[7]) / self.tick

    @staticmethod
    def _own():
        t = os.times()
        return t.user + t.system + t.children_user + t.children_system

    def start(self):
        self.t0, self.busy0, self.own0 = time.perf_counter(), self._busy(), self._own()

    def stop(self):
        """Average number of CPUs the others kept busy since start(), or None."""
        busy = self._busy()
        if busy is None or self.busy0 is None:
            return None
        wall = max(time.perf_counter() - self.t0, 1e-6)
        return max(0.0, (busy - self.busy0) - (self._own() - self.own0)) / wall


NOISE_LIMIT = 0.05  # others using more than 5% of one CPU make a repeat "noisy"


def wait_idle(limit_seconds):
    """Wait (at most limit_seconds) for one quiet second."""
    deadline = time.perf_counter() + limit_seconds
    probe = OtherCpu()
    while True:
        probe.start()
        time.sleep(1.0)
        others = probe.stop()
        if others is None or others < NOISE_LIMIT or time.perf_counter() >= deadline:
            return others


def machine_load():
    try:
        return os.getloadavg()[0]
    except (OSError, AttributeError):
        return None


def torch_description(torch):
    show = torch.__config__.show()
    blas = re.search(r"BLAS_INFO=([^,\s]+)", show)
    lapack = re.search(r"LAPACK_INFO=([^,\s]+)", show)
    parallel = torch.__config__.parallel_info()
    backend = re.search(r"ATen parallel backend: *(.*)", parallel)
    # Exercise a GEMM so the BLAS library is certainly loaded before looking at the maps.
    a = torch.ones(64, 64)
    (a @ a).sum().item()
    return {
        "torch_version": torch.__version__,
        "python": sys.executable + " " + platform.python_version(),
        "parallel_info": parallel.strip().splitlines()[0] if parallel.strip() else "",
        "parallel_backend": backend.group(1).strip() if backend else "?",
        "num_threads": torch.get_num_threads(),
        "num_interop_threads": torch.get_num_interop_threads(),
        "blas_threads_env": os.environ.get("OPENBLAS_NUM_THREADS"),
        "blas_info": blas.group(1) if blas else "?",
        "lapack_info": lapack.group(1) if lapack else "?",
        "mkldnn": torch.backends.mkldnn.is_available(),
        "blas_libraries": loaded_blas(),
        "cpu_capability": (re.search(r"CPU capability usage: *(\S+)", show) or [None, "?"])[1],
    }


def torch_bench(torch, cfg, steps):
    """One measurement: returns (train_chars_per_sec, infer_chars_per_sec)."""
    nn = torch.nn
    B, T = cfg.batch, cfg.seq_len
    windows = WARMUP + steps
    gen = torch.Generator().manual_seed(SEED)
    # B independent streams, each long enough for every window plus the last target.
    streams = torch.randint(0, VOCAB, (B, T * windows + 1), generator=gen, dtype=torch.long)
    streams = streams.t().contiguous()  # [time, batch]
    inputs = [streams[k * T:(k + 1) * T] for k in range(windows)]
    targets = [streams[k * T + 1:(k + 1) * T + 1].reshape(-1) for k in range(windows)]

    torch.manual_seed(SEED)
    rnn_class = {"rnn": nn.RNN, "lstm": nn.LSTM, "gru": nn.GRU}[cfg.cell]
    kwargs = {"nonlinearity": "tanh"} if cfg.cell == "rnn" else {}
    embed = nn.Embedding(VOCAB, EMBED)
    rnn = rnn_class(EMBED, cfg.hidden, num_layers=cfg.layers, batch_first=False, **kwargs)
    head = nn.Linear(cfg.hidden, VOCAB)
    params = list(embed.parameters()) + list(rnn.parameters()) + list(head.parameters())
    opt = torch.optim.Adam(params, lr=LR)
    loss_fn = nn.CrossEntropyLoss()  # mean over the B*T positions

    def zero_state():
        h = torch.zeros(cfg.layers, B, cfg.hidden)
        return (h, torch.zeros_like(h)) if cfg.cell == "lstm" else h

    def detach(state):
        return tuple(s.detach() for s in state) if isinstance(state, tuple) else state.detach()

    def train_step(k, state):
        out, state = rnn(embed(inputs[k]), state)
        loss = loss_fn(head(out).reshape(-1, VOCAB), targets[k])
        opt.zero_grad(set_to_none=True)
        loss.backward()
        nn.utils.clip_grad_norm_(params, CLIP)
        opt.step()
        return detach(state)

    state = zero_state()
    for k in range(WARMUP):
        state = train_step(k, state)
    t0 = time.perf_counter()
    for k in range(WARMUP, windows):
        state = train_step(k, state)
    train_seconds = time.perf_counter() - t0

    def infer_step(k, state):
        out, state = rnn(embed(inputs[k]), state)
        torch.softmax(head(out), dim=-1)
        return state

    with torch.no_grad():
        state = zero_state()
        for k in range(WARMUP):
            state = infer_step(k, state)
        t0 = time.perf_counter()
        for k in range(WARMUP, windows):
            state = infer_step(k, state)
        infer_seconds = time.perf_counter() - t0

    chars = B * T * steps
    return chars / train_seconds, chars / infer_seconds


def calibrate_steps(torch, cfg):
    """Steps for a configuration outside the suite: time a few PyTorch training steps and
    aim at ~TORCH_SECONDS_TARGET seconds per measurement."""
    probe = 3
    train_cps, _ = torch_bench(torch, cfg, probe)
    seconds_per_step = cfg.batch * cfg.seq_len / train_cps
    steps = TORCH_SECONDS_TARGET / seconds_per_step
    if steps >= 10:  # two significant digits, so the number reads well in the report
        scale = 10 ** (len(str(int(steps))) - 2)
        steps = round(steps / scale) * scale
    return max(3, int(steps))


# ----------------------------------------------------------------------------- cpp side

def cpp_bench(cli, cfg, steps, threads, env):
    cmd = [cli, "bench", "--cell", cfg.cell, "--hidden", str(cfg.hidden),
           "--layers", str(cfg.layers), "--batch", str(cfg.batch),
           "--seq-len", str(cfg.seq_len), "--steps", str(steps), "--threads", str(threads)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        sys.exit(f"compare_pytorch: {' '.join(cmd)} exited with {proc.returncode}:\n"
                 f"{proc.stderr.strip()}")
    for line in reversed(proc.stdout.splitlines()):
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            data = json.loads(line)
            return float(data["train_chars_per_sec"]), float(data["infer_chars_per_sec"])
        except (ValueError, KeyError, TypeError):
            continue
    sys.exit(f"compare_pytorch: no JSON line with train_chars_per_sec and infer_chars_per_sec "
             f"in the output of {' '.join(cmd)}:\n{proc.stdout.strip()}")


# ------------------------------------------------------------------------------- report

def fmt_rate(x):
    if x is None:
        return "-"
    if x >= 1e6:
        return f"{x / 1e6:.2f}M"
    if x >= 1e3:
        return f"{x / 1e3:.1f}k"
    return f"{x:.0f}"


def print_table(rows, headers):
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(headers, widths)))
    print(line)
    print("-" * len(line))
    for r in rows:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="Suite: " + ", ".join(c.name for c in suite()))
    ap.add_argument("--cli", default="build/app/rnnscope-cli", help="path to rnnscope-cli")
    ap.add_argument("--repeats", type=int, default=5, help="measurements per configuration")
    ap.add_argument("--steps", type=int, default=None,
                    help="timed steps per measurement (default: per configuration, ~1-3 s)")
    ap.add_argument("--threads", type=int, default=2, help="threads for both sides")
    ap.add_argument("--configs", default="",
                    help="comma-separated subset: suite names, globs (lstm-*, *-h512-*) "
                         "or cell-hH-bB[-tT][-lL]")
    ap.add_argument("--blas-threads", type=int, default=None, metavar="K",
                    help="threads of PyTorch's BLAS (OpenBLAS/MKL) only (default: --threads)")
    ap.add_argument("--json", metavar="OUT", help="also write every measurement to OUT")
    ap.add_argument("--torch-only", action="store_true", help="measure PyTorch alone")
    ap.add_argument("--wait-idle", type=float, default=0, metavar="SECONDS",
                    help="before each repeat wait up to SECONDS for the machine to be quiet, "
                         "and redo a repeat (up to 3 times) during which other processes used "
                         "the CPU (default 0: measure at once, only count noisy repeats)")
    ap.add_argument("--list", action="store_true", help="print the selected configurations and exit")
    args = ap.parse_args()

    if (args.repeats < 1 or (args.steps is not None and args.steps < 1) or args.threads < 1
            or (args.blas_threads is not None and args.blas_threads < 1)):
        ap.error("--repeats, --steps, --threads and --blas-threads must be positive")
    configs = select_configs(args.configs)
    if args.list:
        for c in configs:
            print(c.name, c.steps if args.steps is None else args.steps)
        return 0

    cli = None
    child_env = dict(os.environ)  # the C++ side gets the caller's environment untouched
    if not args.torch_only:
        cli = os.path.abspath(args.cli)
        if not os.path.isfile(cli):
            print(f"compare_pytorch: rnnscope-cli not found at {cli}; build it first "
                  f"(cmake --build build) or pass --cli PATH (or use --torch-only)",
                  file=sys.stderr)
            return 2
        if not os.access(cli, os.X_OK):
            print(f"compare_pytorch: {cli} is not executable", file=sys.stderr)
            return 2

    torch = import_torch(args.threads, args.blas_threads)
    info = torch_description(torch)
    print(f"PyTorch {info['torch_version']} ({info['python']})")
    print(f"  {info['parallel_info']}; backend {info['parallel_backend']}; "
          f"threads {info['num_threads']}, inter-op {info['num_interop_threads']}, "
          f"BLAS threads {info['blas_threads_env']}")
    print(f"  BLAS_INFO={info['blas_info']} LAPACK_INFO={info['lapack_info']} "
          f"mkldnn={info['mkldnn']} cpu={info['cpu_capability']}")
    for lib in info["blas_libraries"]:
        print(f"  loaded: {lib}")
    print(f"rnnscope-cli: {cli if cli else '(not run: --torch-only)'}")
    load = machine_load()
    if load is not None:
        cpus = os.cpu_count() or 1
        print(f"machine: {cpus} CPUs, load average {load:.2f}")
        if load > 0.5:
            print("  warning: the machine is not idle; with every core asked for, OpenMP "
                  "barriers stall behind other processes and both sides read far too low",
                  file=sys.stderr)
    print(f"threads {args.threads}, repeats {args.repeats}, embed {EMBED}, vocab {VOCAB}, "
          f"Adam lr {LR}, clip {CLIP}, float32")
    print()

    results = []
    for cfg in configs:
        steps = args.steps or cfg.steps or calibrate_steps(torch, cfg)
        cpp, tor = [], []
        noise, monitor = [], OtherCpu()
        for r in range(args.repeats):
            for attempt in range(4 if args.wait_idle > 0 else 1):
                if args.wait_idle > 0:
                    wait_idle(args.wait_idle)
                monitor.start()
                c = cpp_bench(cli, cfg, steps, args.threads, child_env) if cli else None
                t = torch_bench(torch, cfg, steps)
                others = monitor.stop()
                noisy = others is not None and others > NOISE_LIMIT
                print(f"  {cfg.name} repeat {r + 1}/{args.repeats}: "
                      + (f"cpp train {fmt_rate(c[0])} infer {fmt_rate(c[1])}, " if c else "")
                      + f"torch train {fmt_rate(t[0])} infer {fmt_rate(t[1])}"
                      + (f"; other processes used {others:.2f} CPUs" if noisy else ""),
                      file=sys.stderr, flush=True)
                if not noisy:
                    break
            if c:
                cpp.append(c)
            tor.append(t)
            noise.append(others)
        res = {"config": cfg.name, "cell": cfg.cell, "hidden": cfg.hidden, "batch": cfg.batch,
               "seq_len": cfg.seq_len, "layers": cfg.layers, "steps": steps,
               "target": cfg.target(), "other_cpus": noise,
               "noisy_repeats": sum(1 for n in noise if n is not None and n > NOISE_LIMIT),
               "torch_train": [t[0] for t in tor], "torch_infer": [t[1] for t in tor],
               "torch_train_median": statistics.median(t[0] for t in tor),
               "torch_infer_median": statistics.median(t[1] for t in tor)}
        if cli:
            res.update({
                "cpp_train": [c[0] for c in cpp], "cpp_infer": [c[1] for c in cpp],
                "cpp_train_median": statistics.median(c[0] for c in cpp),
                "cpp_infer_median": statistics.median(c[1] for c in cpp),
                "train_ratio": statistics.median(c[0] / t[0] for c, t in zip(cpp, tor)),
                "infer_ratio": statistics.median(c[1] / t[1] for c, t in zip(cpp, tor)),
            })
            target = cfg.target()
            if target is None:
                res["verdict"] = None
            else:
                failed = [k for k in ("train", "infer") if res[k + "_ratio"] < target]
                res["verdict"] = "PASS" if not failed else "FAIL (" + ", ".join(failed) + ")"
        results.append(res)

    print()
    if cli:
        headers = ["config", "steps", "train cpp", "train torch", "ratio",
                   "infer cpp", "infer torch", "ratio", "target", "result", "noisy"]
        rows = [[r["config"], str(r["steps"]), fmt_rate(r["cpp_train_median"]),
                 fmt_rate(r["torch_train_median"]), f"{r['train_ratio']:.2f}x",
                 fmt_rate(r["cpp_infer_median"]), fmt_rate(r["torch_infer_median"]),
                 f"{r['infer_ratio']:.2f}x",
                 f"{r['target']:g}x" if r["target"] else "-", r["verdict"] or "-",
                 f"{r['noisy_repeats']}/{args.repeats}"]
                for r in results]
    else:
        headers = ["config", "steps", "train torch", "infer torch", "noisy"]
        rows = [[r["config"], str(r["steps"]), fmt_rate(r["torch_train_median"]),
                 fmt_rate(r["torch_infer_median"]), f"{r['noisy_repeats']}/{args.repeats}"]
                for r in results]
    print("chars/s, medians over repeats; ratio = median of per-repeat cpp/torch")
    print_table(rows, headers)

    if any(r["noisy_repeats"] for r in results):
        print("\nnoisy = repeats during which other processes used more than "
              f"{NOISE_LIMIT:.0%} of a CPU; their numbers are not to be trusted "
              "(run on an idle machine, or pass --wait-idle 300)")
    failed = [r for r in results if (r.get("verdict") or "").startswith("FAIL")]
    if cli and any(r["target"] for r in results):
        print()
        print("all targets met" if not failed else
              f"{len(failed)} configuration(s) below target: " + ", ".join(r["config"] for r in failed))

    if args.json:
        with open(args.json, "w") as f:
            json.dump({"torch": info, "cli": cli, "threads": args.threads,
                       "cpus": os.cpu_count(), "load_average": load,
                       "repeats": args.repeats, "results": results}, f, indent=2)
            f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
