"""GDELT: reading 1.0 and 2.0 files, refusing broken ones, and matching rules the way GDELT means them."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import numpy as np
import pytest

from forecasts.resolve.gdelt import GDELT_V2_COLUMNS, GdeltFormatError, parse_gdelt
from forecasts.resolve.rules import (
    GdeltEvents,
    RuleMemory,
    decide_gdelt,
    gdelt_rows,
    remember_gdelt,
)

TIMELINE = "gdelt/iran-2020-timeline.export.CSV"
IRN_USA = {
    "feed": "gdelt",
    "actor1_country": "IRN",
    "actor2_country": "USA",
    "quad_class": 4,
    "event_root_codes": [18, 19, 20],
}


def decide(events: GdeltEvents, scope, file_key: str = "f") -> object:
    memory = RuleMemory(fingerprint=scope.fingerprint, feed="gdelt")
    remember_gdelt(memory, file_key, events, gdelt_rows(events, scope), scope)
    return decide_gdelt(scope, memory)


# --- reading -----------------------------------------------------------------------------------


def test_the_2_0_export_reads_with_codes_kept_as_text(feeds: Path) -> None:
    table = parse_gdelt((feeds / TIMELINE).read_bytes(), TIMELINE)
    frame = table.frame
    assert table.layouts == {"2.0": 604}
    assert frame["code"].isin(["015", "010", "012", "042"]).any()  # leading zeros survive
    first = frame.iloc[0]
    assert (first["id"], int(first["day"]), int(first["line"])) == ("900000001", 20200102, 1)
    assert datetime.fromtimestamp(int(first["added"]), UTC) == datetime(2020, 1, 2, tzinfo=UTC)
    assert set(frame["added_precision"]) == {900}
    assert frame["ac"].str.fullmatch(r"[A-Z]{2}|").all()


def test_1_0_daily_and_back_file_rows_read_into_the_same_columns(feeds: Path) -> None:
    v1 = parse_gdelt((feeds / "gdelt" / "20200108.export.CSV").read_bytes(), "20200108.export.CSV")
    v2 = parse_gdelt((feeds / TIMELINE).read_bytes()).frame
    assert v1.layouts == {"1.0": 15, "1.0 back-file": 2}
    daily = v1.frame[v1.frame["day"] >= 20200101]
    same = v2[v2["id"].isin(daily["id"])].reset_index(drop=True)
    for column in ("id", "day", "a1_country", "a2_country", "code", "root", "quad", "sources", "ac", "feature", "url"):
        assert daily[column].tolist() == same[column].tolist(), column
    assert set(daily["added_precision"]) == {86400}  # DATEADDED is a date in 1.0
    back = v1.frame[v1.frame["day"] < 20000101]
    assert back["url"].tolist() == ["", ""] and back["day"].tolist() == [19880418, 19880703]


def test_the_real_gdelt_sample_reads_whole(shared) -> None:
    path = shared("data/events/gdelt2_events_20191024143000.export.CSV")
    table = parse_gdelt(path.read_bytes(), path.name)
    assert table.layouts == {"2.0": 2111}
    # SQLDATE is when it happened as the article put it; DATEADDED the batch (SCHEMAS.md §1).
    days = table.frame["day"].value_counts()
    assert (days[20181024], days[20190924]) == (24, 20)
    assert set(table.frame["added"]) == {int(datetime(2019, 10, 24, 14, 30, tzinfo=UTC).timestamp())}


@pytest.mark.parametrize(
    ("fixture", "message"),
    [
        (
            "broken/truncated.export.CSV",
            r"truncated.export.CSV:361: 31 tab-separated fields; GDELT rows have 61 \(2.0\), 58 \(1.0\) or 57 \(1.0 back-file\) \(the file looks truncated\)",
        ),
        ("broken/garbled.export.CSV", r"garbled.export.CSV:300: bytes that are not UTF-8 text; the file is garbled"),
        ("broken/shifted.export.CSV", r"shifted.export.CSV:202: 60 tab-separated fields"),
    ],
)
def test_broken_files_are_refused_whole_with_the_line(feeds: Path, fixture: str, message: str) -> None:
    with pytest.raises(GdeltFormatError, match=message):
        parse_gdelt((feeds / fixture).read_bytes(), Path(fixture).name)


def _one_row(**changes: str) -> bytes:
    path = Path(__file__).parents[1] / "data" / "feeds" / TIMELINE
    fields = path.read_bytes().split(b"\n", 1)[0].decode().split("\t")
    for name, value in changes.items():
        fields[GDELT_V2_COLUMNS.index(name)] = value
    return ("\t".join(fields) + "\n").encode()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"QuadClass": "7"}, "QuadClass '7' is not a QuadClass (1-4)"),
        ({"SQLDATE": "20201301"}, "SQLDATE '20201301' is not a real date"),
        ({"EventCode": "190"}, "EventCode '190' does not start with its EventRootCode"),
        ({"DATEADDED": "2020-01-02"}, "DATEADDED '2020-01-02' is not YYYYMMDDHHMMSS (2.0) or YYYYMMDD (1.0)"),
        ({"NumSources": "many"}, "NumSources 'many' is not a NumSources count"),
        ({"ActionGeo_CountryCode": "IRQ"}, "ActionGeo_CountryCode 'IRQ' is not a FIPS country code"),
    ],
)
def test_values_that_cannot_be_what_their_column_holds_make_the_file_corrupt(
    changes: dict[str, str], message: str
) -> None:
    with pytest.raises(GdeltFormatError, match=re.escape(f"probe:1: {message}; the file is garbled")):
        parse_gdelt(_one_row(**changes), "probe")


def test_an_empty_file_is_corrupt() -> None:
    with pytest.raises(GdeltFormatError, match="file is empty"):
        parse_gdelt(b"\n", "empty.export.CSV")


# --- matching ----------------------------------------------------------------------------------


def test_the_window_is_tested_against_sqldate_not_dateadded(timeline_events: GdeltEvents, make_scope) -> None:
    # The feed holds a 2019 Iranian strike on a US drone reported again on 5 January 2020.
    window = {"opens": "2020-01-04", "deadline": "2020-01-05"}
    rule = {**IRN_USA, "min_sources": 3}
    assert not decide(timeline_events, make_scope(rule, **window)).matched
    by_report_date = decide(timeline_events, make_scope({**rule, "date_field": "added"}, **window))
    assert by_report_date.matched and by_report_date.day == date(2020, 1, 5)
    assert [e.url for e in by_report_date.evidence] == ["https://example.org/trap/iran-downed-us-drone-june-2019"]


def test_actor_countries_are_cameo_and_places_are_fips(timeline_events: GdeltEvents, make_scope) -> None:
    iraqi_in_iran = {"feed": "gdelt", "actor1_country": "IRQ", "action_country": "IR"}
    assert decide(timeline_events, make_scope(iraqi_in_iran)).day == date(2020, 1, 15)
    assert not decide(
        timeline_events, make_scope({**iraqi_in_iran, "action_country": "IZ", "actor2_country": "IRN"})
    ).matched


def test_min_sources_applies_to_each_incident_not_each_row(timeline_events: GdeltEvents, make_scope) -> None:
    # The strikes of 8 January: four rows (14 + 9 + 22 + 31 sources) in Iraq, one incident.
    assert decide(timeline_events, make_scope({**IRN_USA, "min_sources": 76})).day == date(2020, 1, 8)
    assert not decide(timeline_events, make_scope({**IRN_USA, "min_sources": 77})).matched
    # The first US reports, dated 7 January with 2 sources, are not an incident of their own.
    early = decide(
        timeline_events, make_scope({**IRN_USA, "min_sources": 3}, opens="2020-01-07", deadline="2020-01-07")
    )
    assert not early.matched
    assert early.ambiguous == (
        "GDELT 2020-01-08 IRN→USA CAMEO root 19 in IZ (76 sources, 4 rows) just outside the window (2020-01-07 … 2020-01-07)",
    )


def test_a_single_source_assault_row_is_noise_below_min_sources(timeline_events: GdeltEvents, make_scope) -> None:
    window = {"opens": "2020-01-06", "deadline": "2020-01-06"}
    assert decide(timeline_events, make_scope({**IRN_USA, "min_sources": 1}, **window)).matched
    quiet = decide(timeline_events, make_scope({**IRN_USA, "min_sources": 3}, **window))
    assert (quiet.matched, quiet.ambiguous) == (False, ())


def test_exclude_and_code_prefixes(timeline_events: GdeltEvents, make_scope) -> None:
    proxies = {**IRN_USA, "actor1_country": None, "action_country": "IZ", "min_sources": 3}
    both = decide(timeline_events, make_scope(proxies))
    assert both.day == date(2020, 1, 8) and {e.id for e in both.evidence} >= {"900000057"}
    without_iran = decide(timeline_events, make_scope({**proxies, "exclude": {"actor1_country": "IRN"}}))
    assert without_iran.day == date(2020, 1, 8)
    assert {e.place for e in without_iran.evidence} == {"Green Zone, Baghdad, Iraq"}
    # A code matches itself and the codes below it; an actor code matches codes that start with it.
    vote = {"feed": "gdelt", "actor1_code": "IRQLEG", "event_codes": ["166"]}
    assert decide(timeline_events, make_scope(vote, opens="2020-01-04")).day == date(2020, 1, 5)
    assert not decide(timeline_events, make_scope({**vote, "event_codes": ["1661"]}, opens="2020-01-04")).matched
    aerial = decide(
        timeline_events,
        make_scope({"feed": "gdelt", "actor1_code": "IRNMIL", "event_codes": ["19"], "min_sources": 30}),
    )
    assert aerial.day == date(2020, 1, 8)


def test_occasions_and_places(timeline_events: GdeltEvents, make_scope) -> None:
    iran_strikes = {**IRN_USA, "actor2_country": ["USA", "UKR"], "min_sources": 3}
    # 8 January (bases in Iraq, the airliner near Tehran) and 11 January (the airliner, reported again).
    assert decide(timeline_events, make_scope({**iran_strikes, "min_places": 3})).day == date(2020, 1, 8)
    assert decide(
        timeline_events, make_scope({**iran_strikes, "min_occasions": 2, "occasion_gap_days": 3})
    ).day == date(2020, 1, 11)
    assert not decide(timeline_events, make_scope({**iran_strikes, "min_occasions": 2, "occasion_gap_days": 4})).matched
    persistent = {**IRN_USA, "min_sources": 3, "min_occasions": 2, "occasion_gap_days": 3, "min_places": 2}
    assert not decide(timeline_events, make_scope(persistent)).matched


def test_a_late_report_of_an_event_in_the_window_needs_a_person(make_scope) -> None:
    row = _one_row(
        SQLDATE="20200110",
        DATEADDED="20200125120000",
        Actor1CountryCode="IRN",
        Actor2CountryCode="USA",
        EventCode="190",
        EventBaseCode="190",
        EventRootCode="19",
        QuadClass="4",
        NumSources="9",
    )
    events = GdeltEvents(parse_gdelt(row, "late").frame)
    decision = decide(events, make_scope({**IRN_USA, "min_sources": 3}))
    assert not decision.matched
    assert decision.ambiguous == (
        "GDELT 2020-01-10 IRN→USA CAMEO root 19 in US (9 sources, 1 row) first reported 15 days later (2020-01-25): the date may be wrong",
    )


def test_incidents_add_up_across_files_and_a_file_read_again_counts_once(feeds: Path, make_scope) -> None:
    lines = (feeds / TIMELINE).read_bytes().splitlines(keepends=True)
    cut = next(i for i, line in enumerate(lines) if b"\t20200108011500\t" in line)
    first, second = (GdeltEvents(parse_gdelt(b"".join(part)).frame) for part in (lines[:cut], lines[cut:]))
    scope = make_scope({**IRN_USA, "min_sources": 76})
    memory = RuleMemory(fingerprint=scope.fingerprint, feed="gdelt")
    remember_gdelt(memory, "a", first, gdelt_rows(first, scope), scope)
    assert not decide_gdelt(scope, memory).matched  # 14 + 9 sources so far
    remember_gdelt(memory, "b", second, gdelt_rows(second, scope), scope)
    assert decide_gdelt(scope, memory).day == date(2020, 1, 8)
    remember_gdelt(memory, "b", second, gdelt_rows(second, scope), scope)
    remember_gdelt(memory, "a", first, gdelt_rows(first, scope), scope)
    assert memory.incidents["20200108|19|IRN|USA|IZ"].parts == {"a": [23, 94, 94, 2], "b": [53, 270, 270, 2]}


# --- the real sample, against a plain reading of the codebook ---------------------------------


def _reference(path: Path, test) -> set[str]:
    """Row by row with the csv module: the ids of rows passing ``test(row dict)``."""
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {row[0] for row in reader if test(dict(zip(GDELT_V2_COLUMNS, row, strict=True)))}


@pytest.mark.parametrize(
    ("rule", "test"),
    [
        (
            {"feed": "gdelt", "actor1_country": "USA", "quad_class": [3, 4]},
            lambda r: r["Actor1CountryCode"] == "USA" and r["QuadClass"] in ("3", "4") and r["SQLDATE"] == "20191024",
        ),
        (
            {"feed": "gdelt", "action_country": ["SY", "TU"], "event_root_codes": [18, 19, 20]},
            lambda r: (
                r["ActionGeo_CountryCode"] in ("SY", "TU")
                and r["EventRootCode"] in ("18", "19", "20")
                and r["SQLDATE"] == "20191024"
            ),
        ),
        (
            {"feed": "gdelt", "actor2_code": "USAGOV", "event_codes": ["04"], "date_field": "added"},
            lambda r: r["Actor2Code"].startswith("USAGOV") and r["EventCode"].startswith("04"),
        ),
        (
            {"feed": "gdelt", "actor1_country": "IRN", "exclude": {"event_root_codes": [5]}},
            lambda r: r["Actor1CountryCode"] == "IRN" and r["EventRootCode"] != "05" and r["SQLDATE"] == "20191024",
        ),
    ],
)
def test_matching_the_real_sample_agrees_with_a_row_by_row_reading(shared, make_scope, rule, test) -> None:
    path = shared("data/events/gdelt2_events_20191024143000.export.CSV")
    events = GdeltEvents(parse_gdelt(path.read_bytes(), path.name).frame)
    scope = make_scope(rule, opens="2019-10-24", deadline="2019-10-24")
    rows = gdelt_rows(events, scope)
    days = events.arrays["day"][rows]
    inside = rows[(days == 20191024)] if rule.get("date_field") != "added" else rows
    expected = _reference(path, test)
    assert expected, "the probe should match something"
    assert set(events.frame["id"].iloc[inside]) == expected


def test_the_real_sample_through_a_zip_archive_reads_the_same(shared, tmp_path: Path) -> None:
    from forecasts.resolve.feeds import FeedSpec, list_feed

    path = shared("data/events/gdelt2_events_20191024143000.export.CSV")
    archive = tmp_path / "20191024143000.export.CSV.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(path, "20191024143000.export.CSV")
    (ref,) = list_feed(FeedSpec("gdelt", str(archive)))
    assert ref.known_key == "20191024143000.export.CSV"
    (blob,) = ref.fetch()
    assert blob.key == "20191024143000.export.CSV" and blob.data == path.read_bytes()
    assert np.array_equal(parse_gdelt(blob.data).frame["sources"], parse_gdelt(path.read_bytes()).frame["sources"])
    assert ref.interval is not None and ref.interval.start == datetime(2019, 10, 24, 14, 30, tzinfo=UTC)


def test_reading_from_bytes_in_memory_matches_reading_text() -> None:
    data = _one_row()
    assert parse_gdelt(io.BytesIO(data).read()).rows == 1
