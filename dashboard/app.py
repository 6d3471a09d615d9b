"""The dashboard's entry point: page setup and routing only.

Run with ``forecasts dashboard`` or ``streamlit run dashboard/app.py``; the scenarios folder
comes from ``$FORECASTS_SCENARIOS`` and the starting as-of date from ``$FORECASTS_AS_OF``.
A scenario's page is ``scenario?id=<id>``; ``?id=<id>`` on the overview goes there too. The
ladders page (``ladders``) replays escalation ladders and conditional trees day by day; the
track record (``track-record``) scores sources and forecasters; ``extract`` finds the forecasts in
an article and, for editors, saves them as draft scenarios. Who may record forecasts, evidence and
resolutions (editors signed in with Streamlit's OpenID Connect sign-in and listed in the scenarios
folder's ``_settings.yaml``, or the one person at a ``--local-editor`` dashboard on 127.0.0.1) is
decided in ``dashboard/editor.py``; everyone else reads.
"""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

# Streamlit puts this folder on sys.path, not the checkout: make `dashboard` and `forecasts`
# importable from the checkout even without an installed package.
_CHECKOUT = str(Path(__file__).resolve().parent.parent)
if _CHECKOUT not in sys.path:
    sys.path.insert(0, _CHECKOUT)

from dashboard.editor import refuse_crafted_params  # noqa: E402

st.set_page_config(layout="wide", page_title="forecasts")

overview = st.Page("views/overview.py", title="Overview", icon=":material/table_rows:", default=True)
scenario = st.Page("views/scenario.py", title="Scenario", icon=":material/insights:", url_path="scenario")
ladders = st.Page("views/ladders.py", title="Escalation ladders", icon=":material/stairs:", url_path="ladders")
track_record = st.Page(
    "views/track_record.py", title="Track record", icon=":material/scoreboard:", url_path="track-record"
)
extract = st.Page("views/extract.py", title="Extract", icon=":material/format_quote:", url_path="extract")
page = st.navigation([overview, scenario, ladders, track_record, extract], position="top")
refuse_crafted_params()

if page.url_path == overview.url_path and st.query_params.get("id"):
    st.switch_page(scenario, query_params=st.query_params.to_dict())

page.run()
