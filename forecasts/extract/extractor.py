"""Find every forecast in an article: sentences -> markers -> judged clauses -> candidates.

The one entry point is ``extract_forecasts``. It never raises on text: whatever the body holds,
the result is a (possibly empty) list. Pull quotes (a sentence printed twice, once on its own
and once with its attribution) are merged into one forecast at the first position, with the
best-attributed speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from forecasts.extract.article import Article
from forecasts.extract.article_countries import publisher_country
from forecasts.extract.candidates import Candidate
from forecasts.extract.claims import UNATTRIBUTED, Context, Judged, Rejection, analyse_sentence
from forecasts.extract.fiscal_years import fiscal_calendar
from forecasts.extract.markers import find_markers
from forecasts.extract.scorer import Scorer, default_scorer
from forecasts.extract.sentences import Span, quoted_spans, scan_text, split_paragraphs, split_sentences
from forecasts.extract.speakers import AUTHOR, QUOTED, REPORTED, Speaker, attribute_article
from forecasts.extract.windows import find_windows


@dataclass(frozen=True)
class Extraction:
    """Candidates kept, the markers rejected on the way, and every claim scored (for --explain).

    ``scored`` pairs each analysed claim with the scorer's confidence, kept or not, in reading
    order; ``rejections`` are markers that never became a claim (a clause already taken).
    """

    candidates: list[Candidate]
    rejections: list[Rejection]
    scored: list[tuple[Judged, float]] = field(default_factory=list)
    threshold: float = 0.5


def author_speaker(article: Article) -> Speaker:
    """The speaker of unattributed claims: the byline, else the outlet."""
    if article.author:
        role = f"author, {article.outlet}" if article.outlet else "author"
        return Speaker(article.author, AUTHOR, role)
    if article.outlet:
        return Speaker(article.outlet, AUTHOR, "author (no byline)")
    return Speaker("author", AUTHOR, None)


def extract_forecasts(
    article: Article, scorer: Scorer | None = None, min_confidence: float | None = None
) -> list[Candidate]:
    """Every forecast in the article's body, in reading order (see ``analyse_article``)."""
    return analyse_article(article, scorer, min_confidence).candidates


def extract_from_text(
    body: str, published: date | None = None, outlet: str | None = None, scorer: Scorer | None = None
) -> list[Candidate]:
    """Every forecast in a plain text body (offsets into ``body``)."""
    return extract_forecasts(Article(body=body, source="<text>", published=published, outlet=outlet), scorer)


def analyse_article(article: Article, scorer: Scorer | None = None, min_confidence: float | None = None) -> Extraction:
    """Candidates and rejections for the whole article.

    Every claim the rules analyse is scored (``scorer``, by default the trained one shipped with
    the package); those at or above ``min_confidence`` (by default the scorer's threshold) are
    kept, with the score as their confidence.
    """
    judged = judge_article(article)
    chosen = scorer or default_scorer()
    threshold = chosen.threshold if min_confidence is None else min_confidence
    scored = [(claim, chosen.confidence(claim.features)) for claim in judged.claims]
    kept = [replace(claim.candidate, confidence=score) for claim, score in scored if score >= threshold]
    return Extraction(merge_restatements(_drop_nested(kept)), judged.rejections, scored, threshold)


@dataclass(frozen=True)
class Judgement:
    """Every claim the rules analysed in an article, before scoring."""

    claims: list[Judged]
    rejections: list[Rejection]


def judge_article(article: Article) -> Judgement:
    """Analyse every future marker of the article into a claim with its features."""
    body = article.body
    if not body.strip():
        return Judgement([], [])
    scan = scan_text(body)
    paragraphs = split_paragraphs(body)
    sentences = split_sentences(body, paragraphs)
    quotes_by_paragraph = {p.index: quoted_spans(body, p) for p in paragraphs}
    attribution = attribute_article(body, paragraphs, sentences, quotes_by_paragraph, scan)
    all_quotes: list[Span] = [span for spans in quotes_by_paragraph.values() for span in spans]
    ctx = Context(
        body,
        scan,
        article.published,
        attribution,
        all_quotes,
        author_speaker(article),
        markers=find_markers(body, scan, 0, len(body)),
        windows=find_windows(scan, 0, article.published, fiscal_calendar(publisher_country(article))),
        paragraph_words={p.index: len(body[p.start : p.end].split()) for p in paragraphs},
        sentence_order={s.start: i for i, s in enumerate(sentences)},
    )
    claims: list[Judged] = []
    rejections: list[Rejection] = []
    for sentence in sentences:
        found, rejected = analyse_sentence(ctx, sentence)
        claims.extend(found)
        rejections.extend(rejected)
    return Judgement(claims, rejections)


def _drop_nested(candidates: list[Candidate]) -> list[Candidate]:
    """Of two kept claims in one sentence where one's quote lies inside the other's, keep the
    surer: the rules can read one clause twice when they disagree about where it starts."""
    kept: list[Candidate] = []
    for candidate in candidates:
        twin = next(
            (
                i
                for i, other in enumerate(kept)
                if other.sentence_start == candidate.sentence_start
                and (
                    other.char_start <= candidate.char_start < candidate.char_end <= other.char_end
                    or candidate.char_start <= other.char_start < other.char_end <= candidate.char_end
                )
            ),
            None,
        )
        if twin is None:
            kept.append(candidate)
        elif candidate.confidence > kept[twin].confidence:
            kept[twin] = candidate
    return kept


_RANK = {QUOTED: 3, REPORTED: 2, AUTHOR: 1}


def _normalise(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower().replace("\u2019", "'")).strip()


def _speaker_rank(candidate: Candidate) -> int:
    if candidate.speaker == UNATTRIBUTED.name:
        return 0
    return _RANK.get(candidate.speaker_type, 0)


def _shingles(text: str, size: int = 5) -> list[str]:
    words = text.split()
    if len(words) <= size:
        return [" ".join(words)]
    return [" ".join(words[i : i + size]) for i in range(len(words) - size + 1)]


def merge_restatements(candidates: list[Candidate]) -> list[Candidate]:
    """Merge verbatim repeats (pull quotes): first position, best speaker, other fields kept.

    A pull quote repeats a sentence word for word, sometimes cut short: same words, not merely a
    shared phrase, so the shorter must be long (ten words, or 80% of the longer) and contained
    in the longer. Candidates are indexed by five-word shingles so long texts stay linear.
    """
    kept: list[Candidate] = []
    texts: list[str] = []
    first_index: dict[str, list[int]] = {}
    any_index: dict[str, list[int]] = {}
    for candidate in candidates:
        text = _normalise(candidate.quote)
        shingles = _shingles(text)
        # Containment means the shorter's first shingle occurs among the longer's shingles.
        nearby = set(any_index.get(shingles[0], []))
        for shingle in shingles:
            nearby.update(first_index.get(shingle, []))
        twin = None
        for i in sorted(nearby):
            other = kept[i]
            shorter, longer = sorted((text, texts[i]), key=len)
            if (
                shorter
                and (len(shorter) >= 0.8 * len(longer) or len(shorter.split()) >= 10)
                and shorter in longer
                and other.polarity == candidate.polarity
                and other.sentence_start != candidate.sentence_start
            ):
                twin = i
                break
        if twin is None:
            first_index.setdefault(shingles[0], []).append(len(kept))
            for shingle in set(shingles):
                any_index.setdefault(shingle, []).append(len(kept))
            kept.append(candidate)
            texts.append(text)
            continue
        first = kept[twin]
        if _speaker_rank(candidate) > _speaker_rank(first):
            first = replace(
                first,
                speaker=candidate.speaker,
                speaker_type=candidate.speaker_type,
                speaker_role=candidate.speaker_role,
                kind=candidate.kind,
            )
        kept[twin] = replace(first, flags=tuple(dict.fromkeys([*first.flags, "restated"])))
    return kept
