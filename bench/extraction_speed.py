"""Benchmark: how many 1,500-word articles `extract_forecasts` handles per second on one core.

Articles are built from the bodies of ../shared/articles (paragraphs shuffled and repeated to
1,500 words each, so every article differs), or from the test fixtures in tests/data/extract
when ../shared is absent. Start-up (imports, the phrase table, dateparser's first date) is timed
on its own; the throughput run comes after it and is measured in CPU time of this process
(one core), with the wall-clock rate printed beside it. In the same run, for scale: the naive baseline of
bench/extraction_eval.py (sentence split + one regex for modals), which finds no speakers,
hedges or windows. Target: at least 20 articles a second.

    python bench/extraction_speed.py [--articles 200] [--words 1500] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED_ARTICLES = REPO.parent / "shared" / "articles"
FIXTURES = REPO / "tests" / "data" / "extract"


def source_paragraphs() -> list[str]:
    """Paragraphs of real articles to build test articles from."""
    from forecasts.extract.article import read_article

    files = sorted(SHARED_ARTICLES.glob("*.txt")) or sorted(FIXTURES.glob("*.txt"))
    paragraphs: list[str] = []
    for path in files:
        body = read_article(str(path)).body
        paragraphs.extend(p for p in body.split("\n") if len(p.split()) >= 8)
    if not paragraphs:
        sys.exit("no article text found (../shared/articles or tests/data/extract)")
    return paragraphs


def build_articles(paragraphs: list[str], count: int, words: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    articles = []
    for _ in range(count):
        chosen: list[str] = []
        total = 0
        while total < words:
            paragraph = rng.choice(paragraphs)
            chosen.append(paragraph)
            total += len(paragraph.split())
        articles.append("\n\n".join(chosen))
    return articles


def startup_seconds() -> float:
    """Wall time of a fresh interpreter importing the extractor and extracting one sentence."""
    code = (
        "from datetime import date\n"
        "from forecasts.extract import extract_from_text\n"
        "extract_from_text('Iran will probably retaliate by January 6, officials said.', published=date(2020, 1, 4))\n"
    )
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--words", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    cold = startup_seconds()
    from forecasts.extract import extract_from_text

    sys.path.insert(0, str(REPO / "bench"))
    from extraction_eval import baseline  # noqa: E402

    articles = build_articles(source_paragraphs(), args.articles, args.words, args.seed)
    published = date(2022, 2, 22)
    extract_from_text(articles[0], published=published)  # warm caches (dateparser, regexes)

    timings: list[float] = []
    found = 0
    wall_start = time.perf_counter()
    for text in articles:
        start = time.process_time()
        found += len(extract_from_text(text, published=published))
        timings.append(time.process_time() - start)
    wall = time.perf_counter() - wall_start
    total = sum(timings)

    start = time.process_time()
    for text in articles:
        baseline(text)
    base_total = time.process_time() - start

    words = sum(len(re.findall(r"\S+", a)) for a in articles)
    print(f"{len(articles)} articles of ~{args.words} words ({words:,} words), one process, one core")
    print("rates are per CPU second of this process (time.process_time), so other load on the machine")
    print(f"does not count; wall clock for the extract run: {wall:.2f} s ({len(articles) / wall:.1f} articles/s)")
    print(f"start-up (fresh interpreter: imports + first extraction): {cold:.2f} s")
    print(f"{'method':44} {'articles/s':>10} {'ms/article':>11} {'p95 ms':>8} {'words/s':>10}")
    p95 = statistics.quantiles(timings, n=20)[-1] * 1000
    print(
        f"{'forecasts extract (extract_forecasts)':44} {len(articles) / total:>10.1f} {1000 * total / len(articles):>11.1f} "
        f"{p95:>8.1f} {words / total:>10,.0f}"
    )
    print(
        f"{'baseline: sentence split + modal regex':44} {len(articles) / base_total:>10.1f} "
        f"{1000 * base_total / len(articles):>11.1f} {'':>8} {words / base_total:>10,.0f}"
    )
    rate = len(articles) / total
    print(f"target: >= 20 articles/s -> {'met' if rate >= 20 else 'NOT MET'} ({found} forecasts found in all)")


if __name__ == "__main__":
    main()
