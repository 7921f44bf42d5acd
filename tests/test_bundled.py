"""The few tests that read the bundled briefing itself: it is valid without doubts, every
source resolves, and its verbatim quote is one. Everything else runs on tests/data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from aimeeting.briefing.load import check_briefing
from aimeeting.sections import ITEM_SECTIONS
from tests.conftest import BUNDLED, run_cli


@pytest.fixture(autouse=True)
def bundled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AIMEETING_BRIEFING", raising=False)  # run_cli's env comes from os.environ


def test_bundled_briefing_is_valid_without_a_doubt() -> None:
    checked = check_briefing(BUNDLED, dt.date.today())
    assert checked.briefing.schema_version == 2
    assert checked.warnings == []
    result = run_cli("validate", "--strict")
    assert result.exit_code == 0, result.stdout


def test_every_source_the_bundled_briefing_cites_resolves() -> None:
    briefing = check_briefing(BUNDLED, dt.date.today()).briefing
    ids = {source.id for source in briefing.sources}
    cited = set(briefing.event.sources) | set(briefing.summary.sources)
    for key in ITEM_SECTIONS:
        cited |= {s for item in getattr(briefing, key) for s in item.sources}
    assert cited <= ids


def test_the_bundled_verbatim_quote_is_a_translation_that_says_so() -> None:
    briefing = check_briefing(BUNDLED, dt.date.today()).briefing
    [quote] = [q for q in briefing.quotes if q.id == "q-ecosystem"]
    assert quote.verbatim and quote.text == "a safe, secure and trustworthy AI ecosystem"
    assert (quote.language, quote.translated_by) == ("ja", "source")
    line = run_cli("cite", "q-ecosystem").stdout
    assert line.startswith("\u201ca safe, secure and trustworthy AI ecosystem\u201d")
    assert "Translated from Japanese by Jiji Press, via Nippon.com, the cited source" in line


def _readme_block_after(marker: str) -> str:
    """The ```text block that follows ``marker`` in the README."""
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    after = readme[readme.index(marker) :]
    start = after.index("```text\n") + len("```text\n")
    return after[start : after.index("```", start)]


def test_the_readme_samples_are_what_the_bundled_briefing_prints() -> None:
    summary = run_cli("summary", "--as-of", "2026-11-30")
    assert summary.exit_code == 0
    assert summary.stdout == _readme_block_after("`aimeeting summary --as-of 2026-11-30`")
    quotes = run_cli("quotes", "--plain")
    first_line = quotes.stdout.splitlines(keepends=True)[0]
    assert first_line == _readme_block_after("`aimeeting quotes --plain | head -1`")
