"""``python -m forecasts`` runs the command line."""

from forecasts.cli import main

main()
