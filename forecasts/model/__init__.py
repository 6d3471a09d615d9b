"""The Bayesian engine: one PyMC model over every scenario, source and forecaster.

Pipeline, each step in its own module:

- ``data``: scenarios (or backtest CSVs) -> tables of units (a binary scenario, or one option of a
  categorical one), judgments (a source's claim or a forecaster's forecast, as log-odds) and
  evidence (log-odds shifts).
- ``pooling``: which judgments count for a unit at an instant (latest per person, recency weights,
  hazard decay to that instant, evidence seen since) as flat index arrays, and the numpy
  posterior predictive that turns calibration draws into probabilities.
- ``build``: the PyMC graph (pure construction, no sampling): hierarchical calibration of every
  judgment on the log-odds scale, pooled per unit with a learned extremization, trained on the
  outcomes of resolved units; a conjugate base rate for units nobody has judged.
- ``fit``: NUTS through nutpie, or ADVI, into plain draws with diagnostics.
- ``hazard``, ``evidence``, ``structure``: deadline decay, likelihood ratios, coherence.
- ``posterior``: summaries written as derived files with the hash of their inputs, read back by
  ``forecasts.estimate`` and updated incrementally between fits.
- ``backtest``: the same model scored on PredictionBook and Good Judgment Project data.
"""
