"""The JSON every command prints with ``--format json``: one version, one encoder, one probability.

Programs read this output, so it is an interface: each document is an object whose first key is
``schema_version`` (raised when a key is removed or changes meaning; adding a key keeps it), the
encoder settings are the same for every command, and a probability has one shape wherever it
appears (``probability_record``). The schema of each command's document is in
``docs/schema/<command>.json``, generated from the models in ``forecasts.json_schema`` by
``scripts/json_schemas.py``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1

# The keys of a probability, in order, every one always present (null when it does not apply).
PROBABILITY_KEYS = ("mean", "p05", "p50", "p95", "beta", "options", "basis", "detail", "note")


def _encode(value: object) -> str:
    """Dates as ISO 8601, paths as text; anything else is a bug, not something to print as repr."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON: {value!r}")


def dump_json(data: object) -> str:
    """``data`` as the commands print JSON: indented by 2, UTF-8 text kept as is."""
    return json.dumps(data, indent=2, ensure_ascii=False, default=_encode)


def render_document(body: Mapping[str, Any]) -> str:
    """A command's JSON document: ``schema_version`` first, then ``body``'s keys."""
    return dump_json({"schema_version": SCHEMA_VERSION, **body})


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(float(value), 4)


def probability_record(
    basis: str,
    mean: float | None = None,
    quantiles: tuple[float | None, float | None, float | None] | None = None,
    beta: tuple[float, float] | None = None,
    options: Mapping[str, float] | None = None,
    option_quantiles: Mapping[str, tuple[float, float, float]] | None = None,
    detail: str | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    """A probability in its one JSON shape.

    ``mean`` is P(yes) of a yes/no question (or of a claim as stated) with its 5/50/95 %
    ``quantiles`` when known (a Beta prior has no median here: None); a categorical question has ``options`` instead, each option with
    the same ``mean``/``p05``/``p50``/``p95`` keys; ``beta`` is the Beta(a, b) a hedge word implies.
    """
    low, mid, high = quantiles if quantiles is not None else (None, None, None)
    shaped: dict[str, Any] | None = None
    if options is not None:
        shaped = {}
        for key, value in options.items():
            q = (option_quantiles or {}).get(key)
            shaped[key] = {
                "mean": _rounded(value),
                "p05": _rounded(q[0]) if q else None,
                "p50": _rounded(q[1]) if q else None,
                "p95": _rounded(q[2]) if q else None,
            }
    return {
        "mean": _rounded(mean),
        "p05": _rounded(low),
        "p50": _rounded(mid),
        "p95": _rounded(high),
        "beta": [round(beta[0], 4), round(beta[1], 4)] if beta is not None else None,
        "options": shaped,
        "basis": basis,
        "detail": detail,
        "note": note,
    }


def stored_probability(point: Mapping[str, Any]) -> dict[str, Any]:
    """A posterior file's point (``{mean, p05, p50, p95, basis}`` or ``{options: {...}, basis}``)
    in the one shape."""

    def quantiles(part: Mapping[str, Any]) -> tuple[float, float, float] | None:
        if all(k in part for k in ("p05", "p50", "p95")):
            return (part["p05"], part["p50"], part["p95"])
        return None

    basis = str(point.get("basis", "model"))
    if "options" in point:
        options = point["options"]
        return probability_record(
            basis,
            options={k: v["mean"] for k, v in options.items()},
            option_quantiles={k: q for k, v in options.items() if (q := quantiles(v)) is not None},
        )
    return probability_record(basis, mean=point.get("mean"), quantiles=quantiles(point))
