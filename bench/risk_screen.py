"""Time `RiskScreen.screen()` on 2,000 varied messages, some of them 4,096 characters long.

Run: python bench/risk_screen.py   (prints median and p99 in milliseconds; no message text)
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from nlp.risk import RiskScreen

PIECES = (
    "my sw came round today and we talked about college",
    "i love my foster carers they are sound",
    "can i have more pocket money pls",
    "he hits me when mum is at work",
    "i dont feel safe at home",
    "this homework is killing me lol",
    "im dying to see my brother at contact",
    "no food and no money till friday",
    "they want me to hold stuff for the olders",
    "i want to kill myself",
    "my PA never rings back and the flat is damp",
    "i used to self harm but im better now",
    "we watched a film where someone got stabbed",
    "scard 2 go home cos of him",
    "ngl school is mad boring but football was good 😂",
    "my carer wont let me leave the house",
)


def messages(count: int, seed: int = 7) -> list[str]:
    """Varied messages: short ones, rambles, and one in ten at the 4,096-character limit."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        parts = rng.choices(PIECES, k=rng.randint(1, 12))
        text = ". ".join(parts)
        if i % 10 == 0:
            text = (text + ". ") * (4096 // (len(text) + 2) + 1)
            text = text[:4096]
        out.append(text)
    return out


def main() -> None:
    screen = RiskScreen.create()
    batch = messages(2000)
    for text in batch[:50]:
        screen.screen(text)
    timings = []
    for text in batch:
        started = time.perf_counter()
        screen.screen(text)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    p99 = timings[int(len(timings) * 0.99) - 1]
    print(f"messages: {len(batch)} (of which 4096 chars: {sum(len(t) == 4096 for t in batch)})")
    print(
        f"median: {statistics.median(timings):.2f} ms  p99: {p99:.2f} ms  max: {timings[-1]:.2f} ms"
    )


if __name__ == "__main__":
    main()
