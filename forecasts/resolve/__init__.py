"""Resolution from event feeds: machine rules, GDELT and ACLED readers, the scheduled check.

A scenario may carry a machine rule under ``resolution: rule:`` (``forecasts.scenario.GdeltRule``
or ``AcledRule``). ``forecasts check`` reads the feeds it is given, matches every open scenario's
rule against them (``forecasts.resolve.rules``, vectorized with pandas), and appends what the data
settles to the scenario's ``history:`` as a resolution ``by: forecasts check`` with the matching
events as evidence. It never touches a scenario that already has a resolution, and it concludes
"no" at a deadline only when the feed it has read covers the rule's whole window.

Module map:
  vocabulary.py  CAMEO, FIPS and ACLED vocabularies for validation messages (no pandas)
  scope.py       a rule's window and outcomes, checked against its scenario (no pandas)
  feeds.py       feed sources: file, folder, glob, .zip, .gz, URL, GDELT lastupdate.txt; coverage
  gdelt.py       GDELT 1.0 / 2.0 event files -> one normalized table
  acled.py       ACLED CSV exports (current and pre-2023 columns) -> one normalized table
  rules.py       vectorized matching of many rules against a table; incidents and thresholds
  cursor.py      the check's remembered state: files seen, coverage per rule, last probabilities
  audit.py       the append-only audit log (JSON lines)
  check.py       the scheduled check itself: runs the phases below in order
  check_options.py  its options and their defaults (the CLI's too; no pandas)
  feed_reading.py   phase 1: feeds read into each rule's memory (the only pandas phase)
  planning.py       phase 2: open rules, matches, conditions, ladders, deadlines -> actions
  flagging.py       phase 3: due, overdue, stale and moved scenarios for a person
  writing.py        phase 4: resolutions, audit log and state written
  findings.py       what a run did and found: actions, flags, feed reports, the report
  report.py      the check's report as text, JSON or Markdown
  command.py     the ``forecasts check`` and ``forecasts score`` commands

The state lives in ``<scenarios>/.forecasts/`` (``check-state.json`` and ``audit.jsonl``); the
scenario loader skips hidden folders. A cron line (every 15 minutes, newest GDELT batch plus any
batches missed since the last run):

    */15 * * * * cd /srv/forecasts && .venv/bin/forecasts check \\
        --feed gdelt=http://data.gdeltproject.org/gdeltv2/lastupdate.txt >> check.log 2>&1

Exit status 0: nothing needs a person; 3: something does (see the report); 1: an error.
"""
