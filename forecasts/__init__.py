"""forecasts: turn forecasts buried in prose into resolvable, scored predictions."""

__version__ = "0.1.0"
