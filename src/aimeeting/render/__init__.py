"""Views: a briefing in, Rich renderables or text out. Nothing here opens files or exits."""
