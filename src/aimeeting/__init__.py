"""aimeeting: a command-line fact sheet about the March 2026 Tokyo AI ministerial meeting."""

__version__ = "0.1.0"
