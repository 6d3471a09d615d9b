"""ACLED: current and pre-2023 exports read the same; broken files refused; rules matched."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from forecasts.resolve.acled import AcledFormatError, parse_acled
from forecasts.resolve.rules import RuleMemory, acled_rows, decide_acled, remember_acled

CURRENT = "acled/iraq-2020-current.csv"
OLD = "acled/iraq-2020-pre2023.csv"
ROCKETS = {"feed": "acled", "event_type": "Explosions/Remote violence", "country": "Iraq"}


def read(feeds: Path, name: str):
    return parse_acled((feeds / name).read_bytes(), name)


def decide(table, scope, key: str = "f"):
    memory = RuleMemory(fingerprint=scope.fingerprint, feed="acled")
    remember_acled(memory, key, table.frame, acled_rows(table.frame, scope))
    return decide_acled(scope, memory), memory


def test_both_layouts_read_into_the_same_events(feeds: Path) -> None:
    current, old = read(feeds, CURRENT), read(feeds, OLD)
    assert (current.layout, old.layout) == ("current", "pre-2023")
    assert current.rows == old.rows == 14
    columns = [
        "id",
        "day",
        "event_type",
        "sub_event_type",
        "actor1",
        "actor2",
        "country",
        "admin1",
        "location",
        "precision",
    ]
    by_id = [t.frame[columns].sort_values("id").reset_index(drop=True) for t in (current, old)]
    assert by_id[0].equals(by_id[1])
    assert current.frame["day"].iloc[1] == 20200108  # "08 January 2020" and "2020-01-08" alike


def test_a_revised_event_keeps_its_latest_version(feeds: Path) -> None:
    frame = read(feeds, CURRENT).frame
    taji = frame[frame["id"] == "IRQ90009"]
    assert taji["fatalities"].tolist() == [3] and taji["timestamp"].tolist() == [1586000000]
    assert read(feeds, OLD).frame.set_index("id").at["IRQ90009", "fatalities"] == 2


def test_pre_2019_upper_case_headers_read_too(feeds: Path) -> None:
    data = (feeds / OLD).read_bytes()
    header, rest = data.split(b"\n", 1)
    upper = parse_acled(header.upper() + b"\n" + rest, "old.csv")
    assert upper.frame.equals(read(feeds, OLD).frame)


@pytest.mark.parametrize(
    ("fixture", "message"),
    [
        (
            "broken/truncated-acled.csv",
            "truncated-acled.csv: row 9: event_type is empty; the row is cut short or the file is garbled",
        ),
        (
            "broken/garbled-acled.csv",
            "garbled-acled.csv: row 9: event_date '13 Febuary 2020' is not '01 January 2020' or '2020-01-01'; the file is garbled",
        ),
    ],
)
def test_broken_exports_are_refused_whole(feeds: Path, fixture: str, message: str) -> None:
    with pytest.raises(AcledFormatError) as info:
        parse_acled((feeds / fixture).read_bytes(), Path(fixture).name)
    assert str(info.value) == message


def test_an_export_without_the_columns_rules_need_is_refused() -> None:
    with pytest.raises(AcledFormatError, match="no column 'fatalities'; an ACLED export has"):
        parse_acled(
            b"event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,country\nIRQ1,01 January 2020,Riots,Mob violence,a,b,Iraq\n",
            "x.csv",
        )
    with pytest.raises(AcledFormatError, match="fatalities 'three' is not a whole number"):
        parse_acled(
            b"event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,country,fatalities\nIRQ1,01 January 2020,Riots,Mob violence,a,b,Iraq,three\n",
            "x.csv",
        )


def test_types_countries_and_actor_patterns(feeds: Path, make_scope) -> None:
    table = read(feeds, CURRENT)
    first, _ = decide(table, make_scope(ROCKETS))
    assert first.day == date(2020, 1, 8) and first.evidence[0].id == "IRQ90002"
    irgc, _ = decide(table, make_scope({**ROCKETS, "actor1": "Revolutionary Guard", "actor2": r"United States \(2017"}))
    assert {e.id for e in irgc.evidence} == {"IRQ90002", "IRQ90003"}
    anyone_on_us, _ = decide(
        table,
        make_scope(
            {
                "feed": "acled",
                "actor": "united states",
                "sub_event_type": "air/drone strike",
                "event_type": "Explosions/Remote violence",
            }
        ),
    )
    assert anyone_on_us.day == date(2020, 3, 13)
    in_baghdad, _ = decide(table, make_scope({**ROCKETS, "admin1": ["baghdad"], "exclude": {"actor2": "Civilians"}}))
    assert in_baghdad.day == date(2020, 1, 8) and in_baghdad.evidence[0].id == "IRQ90004"


def test_fatality_thresholds_and_counts(feeds: Path, make_scope) -> None:
    table = read(feeds, CURRENT)
    deadly, _ = decide(table, make_scope({**ROCKETS, "min_fatalities": 1}))
    assert deadly.day == date(2020, 3, 11) and deadly.evidence[0].fatalities == 3
    total, _ = decide(table, make_scope({**ROCKETS, "min_total_fatalities": 9}))
    assert total.day == date(2020, 3, 13) and "9 fatalities" in total.summary
    many, _ = decide(table, make_scope({**ROCKETS, "admin1": "Baghdad", "min_events": 4}))
    assert many.day == date(2020, 3, 14)  # 8 Jan, 26 Jan, 11 Mar, 14 Mar
    never, _ = decide(table, make_scope({**ROCKETS, "min_total_fatalities": 10_000}))
    assert (never.matched, never.ambiguous) == (False, ())


def test_an_event_dated_to_the_week_near_the_window_edge_needs_a_person(feeds: Path, make_scope) -> None:
    table = read(feeds, CURRENT)
    handover = {
        "feed": "acled",
        "event_type": "Strategic developments",
        "sub_event_type": "Non-violent transfer of territory",
    }
    unclear, _ = decide(table, make_scope(handover, opens="2020-03-20", deadline="2020-03-31"))
    assert not unclear.matched
    assert unclear.ambiguous == ("ACLED IRQ90013 dated 2020-03-19 only to the week, near the window's edge",)
    clear, _ = decide(table, make_scope(handover, opens="2020-02-01", deadline="2020-05-31"))
    assert clear.day == date(2020, 3, 19)


def test_a_later_version_from_another_file_replaces_the_earlier_one(feeds: Path, make_scope) -> None:
    scope = make_scope({**ROCKETS, "sub_event_type": "Shelling/artillery/missile attack", "min_fatalities": 3})
    memory = RuleMemory(fingerprint=scope.fingerprint, feed="acled")
    old, new = read(feeds, OLD), read(feeds, CURRENT)
    remember_acled(memory, "old", old.frame, acled_rows(old.frame, scope))
    assert not decide_acled(scope, memory).matched  # the first version counted two dead
    remember_acled(memory, "new", new.frame, acled_rows(new.frame, scope))
    assert decide_acled(scope, memory).day == date(2020, 3, 11)
    remember_acled(memory, "old", old.frame, acled_rows(old.frame, scope))
    assert decide_acled(scope, memory).day == date(2020, 3, 11)  # an older version never wins back
