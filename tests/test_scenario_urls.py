"""URL fields take web URLs only: http(s), a host, and nothing that could smuggle Markdown or HTML
where the URL is shown (white space, brackets, parentheses, quotes, angle brackets)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from forecasts.cli import cli
from forecasts.scenario import url_problem

SCENARIO = """\
id: leak
title: A leak
question: Will the report leak by 2020-03-31?
created: 2020-01-04
deadline: 2020-03-31
status: resolved
resolution:
  criteria: Yes if it is published.
  outcome: yes
  resolved_at: 2020-02-01
  evidence:
    - url: {resolution_url}
sources:
  - quote: It will probably leak
    speaker: Jane Analyst
    url: {source_url}
    hedge: probably
evidence:
  - at: 2020-01-05
    by: alice
    note: a draft circulates
    url: {evidence_url}
    likelihood_ratio: 2
history:
  - type: resolution
    at: 2020-02-01T10:00:00Z
    by: check
    outcome: yes
    resolved_at: 2020-02-01
    source: {history_url}
    events:
      - feed: gdelt
        id: '1'
        date: 2020-02-01
        url: {event_url}
"""
GOOD = "https://example.org/report"


def write(root: Path, **urls: str) -> Path:
    fields = dict.fromkeys(("resolution_url", "source_url", "evidence_url", "history_url", "event_url"), GOOD)
    fields.update(urls)
    path = root / "case" / "leak.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(SCENARIO.format(**{k: repr(v) for k, v in fields.items()}), encoding="utf-8")
    return path


def validate(root: Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["validate", "--scenarios", str(root)], catch_exceptions=False)
    return result.exit_code, result.output


def test_good_urls_pass(tmp_path: Path) -> None:
    write(tmp_path)
    assert validate(tmp_path) == (0, f"ok: 1 scenario in {tmp_path} valid\n")


@pytest.mark.parametrize(
    ("field", "line", "name", "url", "message"),
    [
        (
            "source_url",
            16,
            "sources[0].url",
            "https://example.org/![x](http://127.0.0.1:9/p.png)",
            "it holds '(' ')' '[' ']'; write them percent-encoded (%28 %29 %5B %5D)",
        ),
        ("evidence_url", 22, "evidence[0].url", "javascript:alert(1)", None),
        (
            "resolution_url",
            12,
            "resolution.evidence[0].url",
            'https://example.org/a" onerror="x',
            "it holds ' ' '\"'; write them percent-encoded (%20 %22)",
        ),
        (
            "history_url",
            30,
            "history[0].source",
            "https://example.org/<img src=x>",
            "it holds ' ' '<' '>'; write them percent-encoded (%20 %3C %3E)",
        ),
        (
            "event_url",
            35,
            "history[0].events[0].url",
            "https://example.org/a`b",
            "it holds '`'; write it percent-encoded (%60)",
        ),
    ],
)
def test_a_url_that_could_smuggle_markup_is_refused_naming_file_line_and_field(
    tmp_path: Path, field: str, line: int, name: str, url: str, message: str | None
) -> None:
    path = write(tmp_path, **{field: url})
    code, output = validate(tmp_path)
    expected = f"{url!r} is not a URL (http:// or https://)" if message is None else f"{url!r} is not a URL: {message}"
    assert url_problem(url) == expected
    assert code == 1
    assert f"{path}:{line}: {name}: {expected}\n" in output


def test_the_reasons_read_as_written() -> None:
    assert url_problem("example.org/report") == "'example.org/report' is not a URL (http:// or https://)"
    assert url_problem("https:///report") == (
        "'https:///report' is not a URL: it names no host; write e.g. https://example.org/report"
    )
    assert url_problem("https://example.org/a%20(b)") == (
        "'https://example.org/a%20(b)' is not a URL: it holds '(' ')'; write them percent-encoded (%28 %29)"
    )
    assert url_problem("https://example.org/news?id=4&lang=en#top") is None


SMUGGLERS = " \"'()<>[]\\^`{|}\t\n"


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=30), st.sampled_from(SMUGGLERS))
def test_no_accepted_url_holds_markup_characters(path: str, smuggler: str) -> None:
    url = f"https://example.org/{path}{smuggler}"
    assert url_problem(url) is not None
    accepted = f"https://example.org/{path}"
    if url_problem(accepted) is None:
        assert not set(accepted) & set(SMUGGLERS)
        assert all(c.isprintable() and not c.isspace() for c in accepted)
