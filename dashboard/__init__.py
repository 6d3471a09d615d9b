"""The Streamlit dashboard (run with `forecasts dashboard`)."""
