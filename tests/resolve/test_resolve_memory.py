"""A rule's memory is typed in code and plain lists in the check's state, as before (issue 17, item 5)."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from forecasts.resolve.rules import AcledEvent, Incident, RuleMemory, TopRow

# The state as an earlier version wrote it: rows and events are lists.
STORED: dict[str, Any] = {
    "fingerprint": "f1",
    "feed": "gdelt",
    "covered": [["2020-01-08T00:00:00+00:00", "2020-01-08T00:15:00+00:00"]],
    "incidents": {
        "20200108|19|IRN|USA|IZ": {
            "parts": {"a": [23, 94, 94, 2]},
            "first_added": 1578441600,
            "top": [["901", 12, "https://example.org/a", "Al Asad, Iraq", 1578441600]],
            "features": ["IZ"],
        }
    },
    "events": {
        "IRQ1": [18270, 3, 1, 1580000000, "f.csv", "Baghdad, Iraq", "IRGC vs US forces", "Reuters", "Air/drone strike"]
    },
}


def test_old_state_reads_into_typed_records_and_writes_back_unchanged() -> None:
    memory = RuleMemory.from_data(STORED)
    incident = memory.incidents["20200108|19|IRN|USA|IZ"]
    assert isinstance(incident, Incident) and incident.totals() == (23, 94, 94, 2)
    assert incident.top[0] == TopRow("901", 12, "https://example.org/a", "Al Asad, Iraq", 1578441600)
    event = memory.events["IRQ1"]
    assert (event.fatalities, event.actors, event.place) == (3, "IRGC vs US forces", "Baghdad, Iraq")
    assert memory.to_data() == STORED


texts = st.text(max_size=12)
ints = st.integers(0, 2**40)


@given(
    fields=st.tuples(ints, ints, st.integers(1, 3), ints, texts, texts, texts, texts, texts),
)
def test_an_acled_event_survives_the_round_trip(fields: tuple[Any, ...]) -> None:
    event = AcledEvent(*fields)
    assert AcledEvent.from_data(list(event)) == event
    memory = RuleMemory("f", "acled", events={"e": event})
    assert RuleMemory.from_data(memory.to_data()).events == {"e": event}
