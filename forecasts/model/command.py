"""Click commands of the engine: ``forecasts update`` and ``forecasts backtest``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from forecasts.cli_options import AS_OF, WHEN, deprecated_alias, fail, format_option, load_or_fail, scenarios_option
from forecasts.dates import When, start_instant
from forecasts.display import format_bound, format_probability
from forecasts.json_output import render_document, stored_probability
from forecasts.model.config import LEARN, FitConfig, ModelConfig
from forecasts.state import as_of_instant

METHODS = click.Choice(["nuts", "advi"])


def _candidates_text() -> str:
    """What ``--half-life learn`` chooses among, as the settings say: ``7, 14, ... days and none``."""
    candidates = ModelConfig.model_fields["half_life_candidates"].default
    days = ", ".join(f"{c:g}" for c in candidates if c is not None)
    return f"{days} days" + (" and none" if None in candidates else "")


class HalfLife(click.ParamType):  # type: ignore[type-arg]
    """A number of days, ``none`` (no decay) or ``learn`` (chosen from the resolved questions)."""

    name = "DAYS|none|learn"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> float | str | None:
        if not isinstance(value, str):
            return value  # type: ignore[no-any-return]
        text = value.strip().lower()
        if text in ("none", LEARN):
            return None if text == "none" else LEARN
        try:
            days = float(text.removesuffix("d"))
        except ValueError:
            self.fail(f"{value!r} is not a number of days, 'none' or 'learn'", param, ctx)
        if not days > 0:
            self.fail(f"{value!r} is not a positive number of days", param, ctx)
        return days


half_life_option = click.option(
    "--half-life",
    "half_life",
    type=HalfLife(),
    default="14",
    show_default=True,
    help="Recency: a judgment's weight in a pool halves every DAYS days; 'none' weighs every person's latest "
    f"alike; 'learn' picks among {_candidates_text()} the one whose pools best predict the "
    "resolved questions (shown in the report).",
)


def _fit_options(method: str, draws: int | None, tune: int | None, seed: int | None) -> dict[str, Any]:
    options: dict[str, Any] = {"method": method}
    if draws is not None:
        options["draws"] = draws
    if tune is not None:
        options["tune"] = tune
    if seed is not None:
        options["seed"] = seed
    return options


@click.command(name="update")
@scenarios_option
@click.option(
    "--as-of",
    type=AS_OF,
    default=None,
    help="Replay: fit only on what was known at the end of this date (YYYY-MM-DD, not after today).",
)
@click.option("--method", type=METHODS, default="nuts", show_default=True, help="NUTS (nutpie) or the ADVI fast path.")
@click.option("--draws", type=click.IntRange(10), default=None, help="Draws per chain (NUTS) [default: 500].")
@click.option("--tune", type=click.IntRange(10), default=None, help="Tuning steps per chain (NUTS) [default: 500].")
@click.option("--seed", type=int, default=None, help="Random seed (fits are reproducible).")
@half_life_option
@click.option("--force", is_flag=True, help="Refit even when the posterior is up to date.")
@format_option
def update_command(
    scenarios: Path,
    as_of: When | None,
    method: str,
    draws: int | None,
    tune: int | None,
    seed: int | None,
    half_life: float | str | None,
    force: bool,
    fmt: str,
) -> None:
    """Fit the Bayesian model and write posterior files that list, show and the dashboard read.

    The posterior goes to SCENARIOS/_posterior/ (with --as-of DATE, a replay fitted only on what
    was known then, to SCENARIOS/_posterior/as-of-DATE/). It carries the SHA-256 of its inputs
    (scenario files, settings, date, model code): when nothing changed, update says so and does
    not refit. Between fits, a scenario with a new forecast or evidence is recomputed from the
    stored calibration when it is shown; run update again to relearn the calibration.

    \b
    Examples:
      forecasts update
      forecasts update --method advi
      forecasts update --as-of 2020-01-07 --scenarios scenarios
    """
    from forecasts.model.update import update_posterior  # the engine (PyMC): only when fitting

    catalog = load_or_fail(scenarios)
    if not catalog.files:
        fail(f"{scenarios}: no scenarios to fit")
    moment = as_of_instant(as_of)
    report = update_posterior(
        scenarios,
        catalog.files,
        moment,
        replay=as_of is not None,
        model_config=ModelConfig(half_life_days=half_life),
        fit_config=FitConfig(**_fit_options(method, draws, tune, seed)),
        force=force,
        on_fit=lambda text: click.echo(text, err=True),
    )
    summary = report.summary
    if fmt == "json":
        shown = {k: v for k, v in summary.items() if k not in ("scenarios", "marginals")}
        shown["scenarios"] = {
            k: {"at": v["current"]["at"], "probability": stored_probability(v["current"])}
            for k, v in summary["scenarios"].items()
        }
        shown["fitted"] = report.fitted
        shown["folder"] = str(report.folder)
        click.echo(render_document(shown))
        return
    if not report.fitted:
        click.echo(
            f"posterior in {report.folder} is up to date (inputs {report.inputs_sha256[:12]}); nothing to do (--force refits)"
        )
        return
    click.echo(_fit_text(summary, report.folder))


def _recency_text(recency: dict[str, Any]) -> str:
    days = recency["half_life_days"]
    text = "no decay (every latest judgment alike)" if days is None else f"half-life {days:g} days"
    if recency["how"] != "set":
        losses = ", ".join(f"{k} {v:.4f}" for k, v in recency["log_loss"].items())
        text += f" ({recency['how']}; log loss by candidate: {losses})"
    return text


def _fit_text(summary: dict[str, Any], folder: Path) -> str:
    diag = summary["diagnostics"]
    lines = [f"fitted {summary['method'].upper()} in {summary['seconds']:.1f} s as of {summary['as_of']}"]
    if "max_rhat" in diag:
        lines.append(
            f"  R-hat max {diag['max_rhat']:.3f} · ESS bulk min {diag['min_ess_bulk']:.0f} · divergences {diag.get('divergences', 0)}"
        )
    if "recency" in summary:
        lines.append(f"  recency: {_recency_text(summary['recency'])}")
    train = summary["training"]
    lines.append(
        f"  trained on {train['units']} resolved units ({train['queries']} instants, {train['rows']} judgment rows)"
    )
    cal = summary["calibration"]
    lines.append(
        "  population: bias {b[mean]:+.2f} [{b[p05]:+.2f}, {b[p95]:+.2f}] · slope {s[mean]:.2f} [{s[p05]:.2f}, {s[p95]:.2f}]"
        " · extremize {e[mean]:.2f} · base rate {r[mean]:.2f}".format(
            b=cal["bias_mu"], s=cal["slope_mu"], e=cal["extremize"], r=cal["base_rate"]
        )
    )
    for note in summary.get("notes", []):
        lines.append(f"  note: {note}")
    lines.append(f"wrote {folder / 'posterior.json'} and {folder / 'calibration.npz'}")
    width = max((len(k) for k in summary["scenarios"]), default=2)
    for scenario_id, entry in sorted(summary["scenarios"].items()):
        current = entry["current"]
        if "options" in current:
            value = " · ".join(
                f"{k} {format_probability(v['mean'])}"
                for k, v in sorted(current["options"].items(), key=lambda kv: -kv[1]["mean"])
            )
        else:
            value = (
                f"{format_probability(current['mean'])} [{format_bound(current['p05'])}–{format_bound(current['p95'])}]"
            )
        lines.append(f"  {scenario_id.ljust(width)}  {value}")
    return "\n".join(lines)


@click.command(name="backtest")
@click.argument("forecasts_file", metavar="FORECASTS", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--questions",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="GJP questions file (ifps.csv); default: ifps.csv beside FORECASTS.",
)
@click.option(
    "--train-until", "train_until", type=WHEN, required=True, help="Cutoff: fit on questions resolved before it."
)
@click.option(
    "--mode",
    type=click.Choice(["forecasts", "aggregate"]),
    default=None,
    help="Score every test forecast, or per-question aggregates [default: forecasts; aggregate for GJP].",
)
@click.option(
    "--as-of", "as_of", type=WHEN, default=None, help="Aggregate mode: score with the forecasts made by this date."
)
@deprecated_alias("--at", "--as-of", "as_of", type=WHEN)
@click.option("--method", type=METHODS, default="nuts", show_default=True, help="NUTS (nutpie) or ADVI.")
@click.option("--draws", type=click.IntRange(10), default=None, help="Draws per chain [default: 500].")
@click.option("--seed", type=int, default=None, help="Random seed.")
@half_life_option
@format_option
def backtest_command(
    forecasts_file: Path,
    questions: Path | None,
    train_until: When,
    mode: str | None,
    as_of: When | None,
    method: str,
    draws: int | None,
    seed: int | None,
    half_life: float | str | None,
    fmt: str,
) -> None:
    """Score the model against raw forecasts and Platt scaling (or crowd aggregates) on real data.

    FORECASTS is a PredictionBook forecasts file (question_id, user_id, probability, timestamp,
    outcome, resolve_time, ...) or a Good Judgment Project survey_fcasts*.csv (with ifps.csv).
    The model is fitted on questions resolved before --train-until and predicts every forecast
    made on or after it; aggregate mode scores one estimate per later question instead.

    Scores: Brier is half the sum over outcomes of (p - o)^2, so (p - outcome)^2 on a yes/no
    question and one 0-1 scale for every question (0 perfect, 0.25 always 50%); log score is -ln
    p(what happened), lower is better; calibration bins forecasts in equal widths (tenths by
    default) with 95% Wilson intervals. The same as `forecasts score` (GJP's own Brier, summed
    over options, is twice this on its questions); the JSON says so under "scoring".

    \b
    Examples:
      forecasts backtest ../shared/data/forecasts/predictionbook/forecasts.csv.gz --train-until 2015-01-01
      forecasts backtest ../shared/data/forecasts/predictionbook/forecasts.csv.gz --train-until 2015-01-01 --format json
      forecasts backtest ../shared/data/forecasts/gjp/survey_fcasts_mini.yr1.csv --train-until 2011-10-01
    """
    from forecasts.model.backtest import BacktestError, read_forecasts, score_aggregates, score_forecasts

    try:
        data = read_forecasts(forecasts_file, questions)
        cutoff = start_instant(train_until)
        chosen = mode or ("aggregate" if data.options else "forecasts")
        fit = FitConfig(**_fit_options(method, draws, None, seed))
        model = ModelConfig(half_life_days=half_life)
        if chosen == "aggregate":
            result = score_aggregates(data, cutoff, model, fit, start_instant(as_of) if as_of else None)
        else:
            result = score_forecasts(data, cutoff, model, fit)
    except BacktestError as exc:
        fail(str(exc))
    if fmt == "json":
        click.echo(render_document(result))
    else:
        click.echo(backtest_text(result))


def backtest_text(result: dict[str, Any]) -> str:
    """The backtest as a readable report: counts, scores side by side, calibration of the model."""
    lines = [
        f"{result['layout']} backtest ({result['mode']} mode), trained on questions resolved before {result['train_until']}",
        f"  n_train {result['n_train']} forecasts on {result['n_train_questions']} questions · "
        f"n_test {result['n_test']} forecasts on {result['n_test_questions']} questions",
    ]
    fit = result["fit"]
    diag = f"  fit: {fit['method'].upper()} {fit['seconds']} s"
    if "max_rhat" in fit:
        diag += f", R-hat max {fit['max_rhat']:.3f}, divergences {fit.get('divergences', 0)}"
    lines.append(diag)
    if "recency" in fit:
        lines.append(f"  recency: {_recency_text(fit['recency'])}")
    if "extremizing_factor" in result:
        lines.append(f"  extremizing factor (fitted on training questions): {result['extremizing_factor']}")
    lines.append("")
    lines.append(f"  {'method':<26}{'Brier':>9}{'log score':>11}   (both: lower is better)")
    for name, value in sorted(result["brier"].items(), key=lambda kv: kv[1]):
        lines.append(f"  {name:<26}{value:>9.4f}{result['log_score'][name]:>11.4f}")
    lines.append("")
    lines.append("  calibration of the model: predicted → observed [95% Wilson interval] (count)")
    for row in result["calibration"]["model"]:
        low, high = row["interval"]
        lines.append(
            f"    {row['low']:.1f}–{row['high']:.1f}  {row['mean_forecast']:.3f} → {row['observed']:.3f} "
            f"[{low:.3f}, {high:.3f}] ({row['n']})"
        )
    return "\n".join(lines)


# Typed names for forecasts.cli to register (its import of this module is circular, so mypy
# needs the declared type).
update: click.Command = update_command
backtest: click.Command = backtest_command
