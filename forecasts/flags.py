"""On/off switches given as text: environment variables such as ``FORECASTS_LOCAL_EDITOR=1``.

One reading for every switch, so that the ``forecasts`` command and the dashboard never disagree
on whether a variable is on: ``1``, ``true``, ``yes`` or ``on``, in any case and with spaces
around it, is on; anything else (unset, empty, ``0``, ``off``, a typo) is off. A value read from
Streamlit's secrets may be a TOML boolean or number instead of text: ``true`` and ``1`` are on.
"""

from __future__ import annotations

ON_VALUES = frozenset({"1", "true", "yes", "on"})


def parse_flag(value: object) -> bool:
    """Whether a switch's value means on (see the module docstring); None, unset, means off."""
    if isinstance(value, bool):
        return value
    return isinstance(value, (str, int)) and str(value).strip().lower() in ON_VALUES
