"""Watching outlets' RSS/Atom feeds for new articles and drafting their forecasts (``forecasts watch``).

``outlets`` reads the list of feeds (watch.yaml or OPML), ``watching`` runs one pass (conditional
feed requests, a polite delay per host, each article once, drafts through
``forecasts.extract.drafts.write_drafts``), ``command`` is the command.
"""
