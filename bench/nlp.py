"""Benchmark the whole message analysis on synthetic messages; prints figures, never text.

Run: python bench/nlp.py [--pipeline model|blank|both] [--messages 20000] [--processes 2]

Messages are made by sampling and recombining the corpus's train texts (cut at word
boundaries, joined, with random filler), with a fixed seed. Reported: messages/s for
`Analyser.analyse_many`, its ratio to spaCy's bare `nlp.pipe` on the same texts, the risk
screen's latency for one message, and peak memory (tracemalloc peak and ru_maxrss).
The analyser's load time and a warm-up on WARM_UP messages of another seed (filling its
per-word caches, as a running service has) are printed separately and not in the rate.
A fixed Python loop is timed before and after the rate ("machine pace"): this shared
machine runs the same code at very different speeds, so compare rates at a like pace.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.analysis import ANALYSIS_BATCH_SIZE
from nlp.analyser import Analyser
from nlp.corpus import load_corpus
from nlp.pipeline import load_pipeline
from nlp.risk import RiskScreen

FILLER = (
    "tbh", "lol", "idk", "anyway", "so yeah", "and", "but", "also", "like", "honestly",
    "!!", "?", "...", "😭", "🙂", "pls", "cos", "ngl", "x", "and then", "because",
)  # fmt: skip
TARGETS = {"model": 400.0, "blank": 2000.0}
WARM_UP = 300  # messages, of seed + 1
_worker: Analyser | None = None


def synthetic_messages(count: int, seed: int = 0) -> list[str]:
    """`count` varied messages recombined from the train split, reproducible by seed."""
    rng = random.Random(seed)
    pieces = [m.text.split() for m in load_corpus(split="train")]
    return [_message(rng, pieces) for _ in range(count)]


def _message(rng: random.Random, pieces: list[list[str]]) -> str:
    words: list[str] = []
    for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
        piece = rng.choice(pieces)
        start = rng.randrange(len(piece)) if rng.random() < 0.3 else 0
        words += piece[start : start + rng.randint(3, 40)]
        if rng.random() < 0.5:
            words.append(rng.choice(FILLER))
    text = " ".join(words)
    if rng.random() < 0.1:
        text = text.lower()
    return text


def rate(analyser: Analyser, texts: list[str], batch_size: int) -> float:
    """Messages per second for the whole analysis."""
    started = time.perf_counter()
    for _ in analyser.analyse_many(texts, batch_size=batch_size):
        pass
    return len(texts) / (time.perf_counter() - started)


def bare_rate(prefer_blank: bool, texts: list[str], batch_size: int) -> float:
    """Messages per second for spaCy's own `nlp.pipe` with every component of the pipeline."""
    nlp = load_pipeline(prefer_blank=prefer_blank).nlp
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return len(texts) / (time.perf_counter() - started)


def _start_worker(prefer_blank: bool) -> None:
    global _worker
    _worker = Analyser.load(prefer_blank=prefer_blank)


def _analyse_chunk(texts: list[str]) -> int:
    assert _worker is not None
    return sum(1 for _ in _worker.analyse_many(texts))


def parallel_rate(prefer_blank: bool, texts: list[str], processes: int) -> float:
    """Messages per second with `processes` worker processes, each with its own analyser."""
    chunks = [texts[i : i + 500] for i in range(0, len(texts), 500)]
    with ProcessPoolExecutor(
        processes, initializer=_start_worker, initargs=(prefer_blank,)
    ) as pool:
        list(pool.map(_analyse_chunk, chunks[:processes]))  # warm up: models loaded
        started = time.perf_counter()
        done = sum(pool.map(_analyse_chunk, chunks))
    return done / (time.perf_counter() - started)


def screen_latency(texts: list[str], calls: int) -> tuple[float, float]:
    """Median and p99 milliseconds of one synchronous `RiskScreen.screen` call."""
    screen = RiskScreen.create()
    times = []
    for text in texts[:calls]:
        started = time.perf_counter()
        screen.screen(text)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), statistics.quantiles(times, n=100)[98]


def peak_memory(prefer_blank: bool, texts: list[str], batch_size: int) -> float:
    """tracemalloc's peak in MB while loading the analyser and analysing `texts`."""
    tracemalloc.start()
    analyser = Analyser.load(prefer_blank=prefer_blank)
    for _ in analyser.analyse_many(texts, batch_size=batch_size):
        pass
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def machine_pace() -> float:
    """Seconds for a fixed pure-Python loop: on a shared machine the same code runs up to
    twice as slow at busy times, so each figure is printed beside how busy it was."""
    started = time.perf_counter()
    total = 0
    for i in range(5_000_000):
        total += i
    return time.perf_counter() - started


def bench(kind: str, texts: list[str], args: argparse.Namespace) -> None:
    """Print the figures for one pipeline ("model" or "blank")."""
    blank = kind == "blank"
    started = time.perf_counter()
    analyser = Analyser.load(prefer_blank=blank)
    loaded = time.perf_counter()
    for _ in analyser.analyse_many(synthetic_messages(WARM_UP, args.seed + 1)):
        pass
    warmed = time.perf_counter()
    print(f"\n== {analyser.version}")
    print(f"load {loaded - started:.1f} s, warm-up on {WARM_UP} messages {warmed - loaded:.1f} s")
    before = machine_pace()
    analysed = rate(analyser, texts, args.batch_size)
    after = machine_pace()
    print(f"machine pace        {before:.2f} s before, {after:.2f} s after (lower is quieter)")
    bare = bare_rate(blank, texts, args.batch_size)
    verdict = "meets" if analysed >= TARGETS[kind] else "MISSES"
    print(f"whole analysis      {analysed:8.0f} msg/s  ({verdict} target {TARGETS[kind]:.0f})")
    print(f"bare nlp.pipe       {bare:8.0f} msg/s  (analysis/bare ratio {analysed / bare:.2f})")
    if args.processes > 1:
        parallel = parallel_rate(blank, texts, args.processes)
        print(f"{args.processes} processes         {parallel:8.0f} msg/s")
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"ru_maxrss           {maxrss:8.0f} MB   ({'meets' if maxrss < 600 else 'MISSES'} < 600)")
    peak = peak_memory(blank, texts[: args.memory_messages], args.batch_size)
    print(f"tracemalloc peak    {peak:8.1f} MB   (fresh analyser, {args.memory_messages} messages)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pipeline", choices=("model", "blank", "both"), default="both")
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--batch-size", type=int, default=ANALYSIS_BATCH_SIZE)
    parser.add_argument("--screen-calls", type=int, default=3000)
    parser.add_argument("--memory-messages", type=int, default=5000)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    texts = synthetic_messages(args.messages, args.seed)
    if args.screen_calls:
        print(f"{len(texts)} synthetic messages, mean {statistics.mean(map(len, texts)):.0f} chars")
        median, p99 = screen_latency(texts, args.screen_calls)
        verdict = "meets" if p99 < 20 else "MISSES"
        print(
            f"risk screen, one message: median {median:.2f} ms, p99 {p99:.2f} ms ({verdict} < 20)"
        )
    if args.pipeline != "both":
        bench(args.pipeline, texts, args)
        return
    for kind in ("model", "blank"):  # a fresh process each, so ru_maxrss is per pipeline
        options = {
            "--pipeline": kind, "--screen-calls": 0, "--messages": args.messages,
            "--batch-size": args.batch_size, "--memory-messages": args.memory_messages,
            "--processes": args.processes, "--seed": args.seed,
        }  # fmt: skip
        sys.stdout.flush()
        argv = [str(part) for option in options.items() for part in option]
        subprocess.run([sys.executable, __file__, *argv], check=True)


if __name__ == "__main__":
    main()
