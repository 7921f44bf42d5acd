"""Search: ranking, excerpts, caveats, filters and the CLI, over a small fixture briefing."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from aimeeting.answers.search import (
    MAX_EXCERPTS,
    MAX_SPANS,
    MAX_STRETCH_CHARS,
    MAX_WORD_CHARS,
    MAX_WORDS,
    SEARCH_SECTIONS,
    Hit,
    excerpt,
    find_hits,
    hits_document,
    parse_query,
    parse_sections,
    scan_field,
)
from aimeeting.briefing.dates import format_date, written_pattern
from aimeeting.briefing.load import load_briefing
from aimeeting.briefing.model import Briefing
from aimeeting.document import Document
from aimeeting.errors import UsageError
from aimeeting.writers.console import render_text
from aimeeting.writers.hits import HIGHLIGHT, highlighted, render_caveat, render_hits
from tests.conftest import DATA, EVENT, TODAY, Result, style

FIXTURE = DATA / "search-fixture.json"


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return load_briefing(str(FIXTURE))


def hits_for(briefing: Briefing, term: str, *sections: str) -> list[Hit]:
    return find_hits(briefing, parse_query(term, sections), TODAY)


def as_document(briefing: Briefing, hits: list[Hit]) -> Document:
    return hits_document(briefing, hits, len(hits))


def ids(hits: list[Hit]) -> list[str]:
    return [hit.item_id for hit in hits]


def invoke(cli: Callable[..., Result], *args: str, **kwargs: Any) -> Result:
    return cli("--briefing", str(FIXTURE), *args, **kwargs)


# ---------------------------------------------------------------- matching and ranking


def test_search_is_case_insensitive_and_needs_every_word(briefing: Briefing) -> None:
    assert ids(hits_for(briefing, "KISHIDA paris")) == ["tl-friends-group", "faq-friends-group"]
    assert hits_for(briefing, "kishida zzzqqq") == []


def test_a_word_in_a_heading_outranks_one_in_the_body(briefing: Briefing) -> None:
    hits = hits_for(briefing, "hiroshima")
    # The FAQ question comes before the summary, though the summary is first on the sheet.
    assert ids(hits).index("faq-haip") < ids(hits).index("summary")
    assert [hit.score for hit in hits] == sorted((hit.score for hit in hits), reverse=True)
    assert ids(hits)[:5] == [
        "event",
        "tl-g7-summit",
        "tl-haip-launch",
        "faq-haip",
        "o-friends-group",
    ]


def test_a_whole_word_outranks_part_of_a_word_and_ties_keep_sheet_order(
    briefing: Briefing,
) -> None:
    hits = hits_for(briefing, "meet", "timeline")
    # "G7 leaders meet" (whole) before "... Meeting in Paris" and "a ministerial meeting"
    # (part); tl-announcement also has "meeting" in its title, so it ties with the whole word.
    assert [(hit.item_id, hit.score) for hit in hits] == [
        ("tl-g7-summit", 2),
        ("tl-announcement", 2),
        ("tl-friends-group", 1),
    ]
    summary_first = hits_for(briefing, "meet", "summary", "timeline")
    assert ids(summary_first).index("tl-g7-summit") < ids(summary_first).index("summary")


def test_a_hit_names_the_fields_that_matched(briefing: Briefing) -> None:
    [hit] = hits_for(briefing, "Bharat Mandapam")
    assert (hit.section, hit.item_id, hit.matched) == (
        "timeline",
        "tl-ai-impact-summit",
        ("detail",),
    )
    assert dict(hit.fields)["title"] == "AI Impact Summit, New Delhi"


def test_overlapping_words_are_all_found(briefing: Briefing) -> None:
    # Neither contains the other, and they overlap in "Hiroshima": both must count.
    assert "tl-g7-summit" in ids(hits_for(briefing, "hiroshi shima"))
    # One inside the other at the same place: the shorter is credited too.
    assert "tl-g7-summit" in ids(hits_for(briefing, "hiroshima hiro"))


def test_a_word_finds_its_spellings_by_eye_and_highlights_them_as_written(
    tmp_path: Path,
) -> None:
    raw = json.loads(FIXTURE.read_text(encoding="utf-8"))
    [item] = [i for i in raw["timeline"] if i["id"] == "tl-friends-group"]
    # Yoruba keeps marks that compose with no letter; a ligature, full-width letters and a
    # curly apostrophe are other forms of the letters a reader types.
    item["detail"] += (
        " Leaders met again at the Élysée, with the \u1ecc\u0300y\u1ecd\u0301 delegation,"
        " for the ﬁrst time in ＴＯＫＹＯ, at Japan\u2019s request (ビデオ, 한국어),"
        " with Łódź, Ærøskøbing and Hawai\u02bbi, in\u2010person, 15\u201316 May."
    )
    changed = tmp_path / "accented.json"
    changed.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    accented = load_briefing(str(changed))
    found = {
        # Typed bare, accented, in capitals or decomposed (as macOS types it): one word.
        "elysee": "Élysée",
        "ÉLYSÉE": "Élysée",
        "Elysée": "Élysée",
        "E\u0301lyse\u0301e": "Élysée",
        "oyo": "\u1ecc\u0300y\u1ecd\u0301",  # marks and all
        "first": "ﬁrst",
        "tokyo": "ＴＯＫＹＯ",
        "japan's": "Japan\u2019s",
        "Japan\u2019s": "Japan\u2019s",
        # letters Unicode does not decompose, dashes, and invisible characters typed
        "lodz": "Łódź",
        "aeroskobing": "Ærøskøbing",
        "hawaii": "Hawai\u02bbi",
        "in-person": "in\u2010person",
        "15-16": "15\u201316",
        "Łó\u00addź": "Łódź",  # a soft hyphen inside the word typed
        "Tokyo\x1b[0m": "ＴＯＫＹＯ",  # pasted from a coloured terminal
    }
    for typed, written in found.items():
        [hit] = [h for h in hits_for(accented, typed, "timeline") if h.item_id == item["id"]]
        [detail] = hit.matches
        assert written in [detail.value[start:end] for start, end in detail.spans], typed
    assert parse_query("evian Évian").words == ("evian",)  # one word, typed twice
    # Kana's voicing marks and Hangul's syllables are letters, not accents: ビ is not ヒ.
    for typed, written in {"ビデオ": "ビデオ", "한국": "한국"}.items():
        [hit] = [h for h in hits_for(accented, typed, "timeline") if h.item_id == item["id"]]
        assert [hit.matches[0].value[a:b] for a, b in hit.matches[0].spans] == [written]
    for other in ("ヒテオ", "구"):
        assert item["id"] not in ids(hits_for(accented, other, "timeline")), other
    with pytest.raises(UsageError):
        parse_query("\u0301 \u0300")  # marks alone are no word: they would match anywhere


def test_the_parts_of_an_item_are_searched_and_their_notes_are_its_caveats(
    tmp_path: Path,
) -> None:
    raw = json.loads(FIXTURE.read_text(encoding="utf-8"))
    raw["event"]["venues"][0].update(
        name="Kasumigaseki Hall", note="The hall was not named.", planned=True
    )
    [kishida] = [p for p in raw["people"] if p["id"] == "p-kishida"]
    minister = {"title": "Foreign Minister", "from": "2012-12", "until": "2017-08"}
    kishida["roles"].append({**minister, "inferred": True, "note": "A long tenure, 2012-2017."})
    kishida["note"] = "His own caveat comes first."
    changed = tmp_path / "parts.json"
    changed.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    parts = load_briefing(str(changed))
    # A role's title and a venue's name are text the sheet shows: search finds them.
    [role] = hits_for(parts, "prime minister", "people")
    assert (role.item_id, role.matched) == ("p-kishida", ("roles",))
    [venue] = hits_for(parts, "kasumigaseki", "event")
    assert venue.matched == ("venues",)
    # ... as the sheet writes them: dates in words, and their doubts ("planned", "inferred")
    assert dict(venue.fields)["venues"] == "Kasumigaseki Hall, Tokyo, Japan (planned)"
    [minister_hit] = hits_for(parts, "foreign minister", "people")
    assert (
        "Foreign Minister (December 2012 – August 2017, inferred)"
        in dict(minister_hit.fields)["roles"]
    )
    # A part's note is a caveat of the item: found there, shown whole and highlighted.
    [tenure] = hits_for(parts, "tenure caveat", "people")
    assert tenure.matched == ("note",)  # its own and its role's: one field name, once
    out = render_text(render_hits(as_document(parts, [tenure])), style(200))
    assert "Foreign Minister: A long tenure, 2012-2017." in out
    [entry] = as_document(parts, [tenure]).sections[0].entries
    caveat = render_caveat(entry)
    assert caveat is not None
    marked = [caveat.plain[x.start : x.end] for x in caveat.spans if x.style == HIGHLIGHT]
    assert marked == ["caveat", "tenure"]  # in every note it stands in
    # The event's hit carries its venue's caveat, as the sheet's row for the venue does.
    [event] = hits_for(parts, "kasumigaseki", "event")
    assert event.entry is not None
    assert any("The hall was not named." in caveat for caveat in event.entry.caveats)


# ---------------------------------------------------------------- the query


def test_repeated_words_are_dropped_before_the_one_pattern_is_built() -> None:
    query = parse_query(" ".join(["Hiroshima", "hiroshima", "HIROSHIMA", "process"] * 500))
    assert query.words == ("Hiroshima", "process")
    assert query.pattern.groups == 2  # one alternative per distinct word, not per word typed
    assert query.pattern.pattern.count("|") == 1


def test_too_many_distinct_words_is_a_usage_error() -> None:
    parse_query(" ".join(f"w{n}" for n in range(MAX_WORDS)))
    with pytest.raises(UsageError, match=f"the limit is {MAX_WORDS}"):
        parse_query(" ".join(f"w{n}" for n in range(MAX_WORDS + 1)))
    with pytest.raises(UsageError, match="nothing to search for"):
        parse_query("   ")
    with pytest.raises(UsageError, match=f"the limit is {MAX_WORD_CHARS}"):
        parse_query("x" * (MAX_WORD_CHARS + 1))


def test_sections_accept_keys_and_command_spellings() -> None:
    assert parse_sections(["key-facts", "FAQ", "key_facts"]) == ("key_facts", "faq")
    assert parse_sections([]) == SEARCH_SECTIONS
    with pytest.raises(UsageError, match="unknown section 'nope'"):
        parse_sections(["nope"])


# ---------------------------------------------------------------- excerpts and highlighting


def test_excerpt_keeps_about_sixty_characters_either_side_in_whole_words() -> None:
    value = " ".join(f"word{n:02d}" for n in range(40))  # 7 characters a word with its space
    start = value.index("word20")
    part = excerpt(value, [(start, start + 6)])
    assert part.text.startswith("…word") and part.text.endswith("…")
    before, after = part.text[1:-1].split("word20")
    assert 50 <= len(before) <= 60 and 50 <= len(after) <= 60
    [(s, e)] = part.spans
    assert part.text[s:e] == "word20"


def test_excerpt_of_a_short_field_is_the_field() -> None:
    assert excerpt("G7 Hiroshima Summit", [(3, 12)]).text == "G7 Hiroshima Summit"


def test_excerpt_joins_distant_matches_with_an_ellipsis_and_caps_their_number() -> None:
    value = "x " * 100 + "alpha " + "y " * 100 + "beta " + "z " * 100
    spans = [(value.index("alpha"), value.index("alpha") + 5)]
    spans.append((value.index("beta"), value.index("beta") + 4))
    part = excerpt(value, spans)
    assert part.text.count("…") == 3 and " … " in part.text
    assert [part.text[s:e] for s, e in part.spans] == ["alpha", "beta"]
    capped = excerpt(value, spans, max_stretches=1)
    assert "beta" not in capped.text and capped.text.endswith("…")


def test_an_excerpt_of_crowded_matches_is_short_however_long_the_field() -> None:
    value = "lorem ipsum dolor " * 100_000  # the word on every line, 1.8 MB
    spans = [(i, i + 5) for i in range(0, len(value), len("lorem ipsum dolor "))]
    part = excerpt(value, spans)
    assert len(part.text) <= MAX_EXCERPTS * (MAX_STRETCH_CHARS + 3) and part.text.endswith("…")
    assert part.spans and {part.text[s:e] for s, e in part.spans} == {"lorem"}


def test_a_field_with_a_word_on_every_line_is_read_only_as_far_as_a_hit_needs() -> None:
    query = parse_query("alpha beta")
    spans, found = scan_field("alpha beta gamma " * 100_000, query)
    assert len(spans) <= MAX_SPANS < 200_000 and found == {0: True, 1: True}  # of 200,000
    assert spans[:2] == ((0, 5), (6, 10))


def test_highlighting_styles_exactly_the_matches(briefing: Briefing) -> None:
    [hit] = hits_for(briefing, "kishida paris", "timeline")
    [detail] = hit.matches
    part = excerpt(detail.value, detail.spans)
    text = highlighted(part.text, part.spans)
    assert [text.plain[s.start : s.end] for s in text.spans if s.style == HIGHLIGHT] == [
        "Kishida",
        "Paris",
    ]


def test_a_hit_shows_its_matching_field_trimmed_not_the_whole_item(briefing: Briefing) -> None:
    [hit] = hits_for(briefing, "generative")
    out = render_text(render_hits(as_document(briefing, [hit])), style(200))
    assert out.startswith("timeline \u203a tl-haip-launch\n")
    assert "detail:  …" in out and "generative AI." in out
    assert "title:" not in out  # the title holds no search word


def test_the_caveat_is_shown_whole_with_every_hit(briefing: Briefing) -> None:
    [hit] = hits_for(briefing, "video", "key_facts")
    assert hit.inferred and hit.note is not None
    out = render_text(render_hits(as_document(briefing, [hit])), style(60))
    flat = " ".join(out.split())
    assert "Inferred, not stated by a source: The report gives the day" in flat
    assert hit.note in flat  # untrimmed, though it was never searched for
    [quote] = hits_for(briefing, "secure trustworthy", "quotes")
    assert "note:    English wording as reported by Jiji Press." in render_text(
        render_hits(as_document(briefing, [quote])), style(200)
    )


def test_a_paraphrase_is_labelled_as_one(briefing: Briefing) -> None:
    [hit] = hits_for(briefing, "work together")
    assert hit.paraphrase
    out = render_text(render_hits(as_document(briefing, [hit])), style(200))
    assert "note:    Paraphrase, not a quotation\n" in out  # the document's words, first
    assert "Paraphrase of the point" in out


# ---------------------------------------------------------------- the command


@pytest.mark.parametrize("color", ["never", "always"])
def test_a_hit_gives_its_sources_as_the_sources_command_numbers_them(
    cli: Callable[..., Result], color: str
) -> None:
    raw = json.loads(FIXTURE.read_text(encoding="utf-8"))
    [item] = [i for i in raw["timeline"] if i["id"] == "tl-friends-group"]
    numbers = {source["id"]: n for n, source in enumerate(raw["sources"], start=1)}
    listed = invoke(cli, "sources").stdout
    for source_id in item["sources"]:
        assert any(line.startswith(f"[{numbers[source_id]}] ") for line in listed.splitlines())
    shown = invoke(cli, "search", "kishida", "launches", "--color", color).stdout
    shown = re.sub(r"\x1b\[[0-9;]*m", "", shown)
    markers = "".join(f"[{numbers[source_id]}]" for source_id in item["sources"])
    assert f"  sources: {markers}\n" in shown
    [hit] = json.loads(invoke(cli, "search", "kishida", "launches", "--json").stdout)
    assert hit["sources"] == item["sources"]
    # A hit on a source gives its own number, and cites nothing.
    first = raw["sources"][0]
    found = invoke(cli, "search", first["url"], "--section", "sources", "--color", color)
    assert "  cited as: [1]\n" in re.sub(r"\x1b\[[0-9;]*m", "", found.stdout)
    [source_hit] = json.loads(
        invoke(cli, "search", first["url"], "--section", "sources", "--json").stdout
    )
    assert source_hit["sources"] == []


def test_cli_ranks_and_shows_location(cli: Callable[..., Result]) -> None:
    result = invoke(cli, "search", "hiroshima", "--as-of", "2026-12-01")  # facts fresh
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("event \u203a event\n  title: ")
    assert result.stdout.endswith("16 items found\n")
    assert result.stderr == ""


def test_cli_json_keeps_the_documented_keys_and_adds_score_and_caveat(
    cli: Callable[..., Result],
) -> None:
    result = invoke(cli, "search", "video", "--section", "key-facts", "--json")
    assert result.exit_code == 0
    [hit] = json.loads(result.stdout)
    assert list(hit) == [
        "section",
        "id",
        "text",
        "matched_fields",
        "score",
        "note",
        "inferred",
        "paraphrase",
        "caveats",
        "sources",
    ]
    assert (hit["section"], hit["id"], hit["matched_fields"]) == (
        "key_facts",
        "kf-announced",
        ["value"],
    )
    assert hit["inferred"] is True and hit["note"].startswith("The report gives")
    assert hit["caveats"] == [f"Inferred, not stated by a source: {hit['note']}"]
    assert "happened" not in hit["text"] and "exact" not in hit["text"]
    assert isinstance(hit["score"], int)
    # Every caveat of every hit is a sentence (README), derived ones too (cancelled, translated).
    hits = json.loads(cli("search", "the", "--json", "--limit", "500").stdout)  # the event
    caveats = [caveat for hit in hits for caveat in hit["caveats"]]
    assert len(caveats) > 10
    assert all(c.rstrip("\"')\u201d").endswith((".", "?", "!")) for c in caveats), caveats


def test_cli_json_caveats_say_what_a_date_or_a_status_leaves_open(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    raw = json.loads(FIXTURE.read_text(encoding="utf-8"))
    dated = {t["id"]: t for t in raw["timeline"]}
    dated["tl-haip-launch"]["date_qualifier"] = "before"
    dated["tl-ai-impact-summit"]["date"] = None
    dated["tl-ai-impact-summit"].pop("end", None)
    [outcome] = raw["outcomes"]
    outcome["status"] = "proposed"
    changed = tmp_path / "doubts.json"
    changed.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    hits = json.loads(cli("--briefing", str(changed), "search", "a", "--json").stdout)
    first = {hit["id"]: hit["caveats"][:1] for hit in hits}
    # The text shows these in a date or status row; JSON has no such row, so they lead.
    assert first["tl-haip-launch"] == ["Before May 2023."]
    assert first["tl-ai-impact-summit"] == ["Date not given."]
    assert first["out-action-plan"] == ["Proposed, not agreed."]
    assert first["tl-g7-summit"] == []  # an exact date leaves nothing open


def test_a_date_is_found_as_the_sheet_writes_it_and_shown_once(
    briefing: Briefing, cli: Callable[..., Result], tmp_path: Path
) -> None:
    # The briefing stores 2023-05-19/2023-05-21; the sheet and a reader say "19–21 May 2023".
    assert "tl-g7-summit" in ids(hits_for(briefing, "21 may", "timeline"))
    assert ids(hits_for(briefing, "may 2023", "timeline")) == ["tl-g7-summit", "tl-haip-launch"]
    assert "q-ecosystem" in ids(hits_for(briefing, "19 february 2026", "quotes"))
    assert ids(hits_for(briefing, "2023-05-21", "timeline")) == ["tl-g7-summit"]  # as stored
    # As people type dates: a comma after the day, an ordinal day
    assert ids(hits_for(briefing, "May 21, 2023", "timeline")) == ["tl-g7-summit"]
    assert ids(hits_for(briefing, "21st may", "timeline")) == ["tl-g7-summit"]
    # Not the day a source was read, the same day for most sources
    raw = json.loads(FIXTURE.read_text(encoding="utf-8"))
    for source in raw["sources"]:
        source["accessed"] = "2025-11-30"
    read = Briefing.model_validate(raw)
    assert hits_for(read, "2025-11-30", "sources")  # as stored, as before
    assert not hits_for(read, format_date("2025-11-30"), "sources")
    [hit] = hits_for(briefing, "21 may", "timeline")
    assert [m.name for m in hit.matches] == ["date"]  # not "end: 2023-05-21" for its "21"
    for colour in ("never", "always"):  # the plain writer, and Rich's on a terminal
        out = invoke(cli, "search", "21", "may", "--section", "timeline", "--color", colour)
        shown = re.sub(r"\x1b\[[0-9;]*m", "", out.stdout)
        assert shown.count("19–21 May 2023") == 1, shown  # the match, not a date row too
        assert "2023-05-21" not in shown
    raw = json.loads(FIXTURE.read_text(encoding="utf-8"))
    raw["timeline"][1]["date_qualifier"] = "before"  # tl-haip-launch: "Before May 2023"
    changed = tmp_path / "before.json"
    changed.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    result = cli("--briefing", str(changed), "search", "before", "may", "--section", "timeline")
    assert "tl-haip-launch" in result.stdout and "Before May 2023" in result.stdout
    found = json.loads(invoke(cli, "search", "21", "may", "--json").stdout)
    timeline = next(hit for hit in found if hit["id"] == "tl-g7-summit")
    assert timeline["matched_fields"] == ["date"]
    assert timeline["text"].startswith("2023-05-19 | 2023-05-21 | ")  # `text` as stored


def test_cli_json_names_each_matched_field_once(cli: Callable[..., Result], tmp_path: Path) -> None:
    # The event's note and a venue's note are both "note"
    raw = json.loads(FIXTURE.read_text(encoding="utf-8"))
    raw["event"]["note"] = "Zorb one."
    raw["event"]["venues"][0]["note"] = "Zorb two."
    noted = tmp_path / "noted.json"
    noted.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    [event] = json.loads(cli("--briefing", str(noted), "search", "zorb", "--json").stdout)
    assert event["matched_fields"] == ["note"]


def test_cli_json_miss_prints_an_empty_list_and_exits_1(cli: Callable[..., Result]) -> None:
    result = invoke(cli, "search", "zzzqqq", "--json")
    assert (result.exit_code, result.stdout) == (1, "[]\n")
    assert result.stderr == "aimeeting: no match for 'zzzqqq'\n"


def test_cli_miss_exits_1_like_grep(cli: Callable[..., Result]) -> None:
    result = invoke(cli, "search", "zzzqqq")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == "aimeeting: no match for 'zzzqqq'\n"


def test_cli_section_and_limit(cli: Callable[..., Result]) -> None:
    result = invoke(
        cli, "search", "hiroshima", "--section", "faq", "--section", "timeline", "--json"
    )
    hits = json.loads(result.stdout)
    assert {hit["section"] for hit in hits} == {"faq", "timeline"}
    limited = invoke(cli, "search", "hiroshima", "--section", "timeline", "--limit", "2")
    assert limited.exit_code == 0
    assert limited.stdout.count(" \u203a ") == 2
    assert limited.stdout.endswith("best 2 of 3 matching items shown\n")
    best = json.loads(invoke(cli, "search", "hiroshima", "--limit", "1", "--json").stdout)
    assert [hit["id"] for hit in best] == ["event"]


@pytest.mark.parametrize(
    "args",
    [
        ["search", "x", "--limit", "0"],
        ["search", "x", "--section", "nope"],
        ["search", *(f"w{n}" for n in range(MAX_WORDS + 1))],
    ],
)
def test_cli_usage_errors_exit_2(cli: Callable[..., Result], args: list[str]) -> None:
    result = invoke(cli, *args)
    assert result.exit_code == 2
    assert result.stdout == ""


def test_cli_repeated_words_count_once(cli: Callable[..., Result]) -> None:
    result = invoke(cli, "search", *(["hiroshima"] * 2000), "--json")
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)) == 16


def test_cli_highlights_on_a_terminal(cli: Callable[..., Result]) -> None:
    out = invoke(cli, "search", "kishida", "--color", "always").stdout
    assert "\x1b[1;7mKishida\x1b[0m" in out


def test_cli_pipe_output_never_wraps_a_url_and_has_no_trailing_space(
    cli: Callable[..., Result],
) -> None:
    result = invoke(cli, "search", "results", env={"COLUMNS": "40"})
    assert result.exit_code == 0
    url = "https://www.soumu.go.jp/hiroshimaaiprocess/meeting/results.html"
    assert f"\n    {url}\n" in result.stdout
    lines = result.stdout.splitlines()
    assert all(line == line.rstrip() for line in lines)
    assert all(len(line) <= 40 for line in lines if url not in line)
    assert "\x1b" not in result.stdout


def test_hits_render_as_plain_text_with_hanging_rows(briefing: Briefing) -> None:
    out = render_text(
        render_hits(as_document(briefing, hits_for(briefing, "kishida paris"))), style(60)
    )
    assert out == (
        "timeline \u203a tl-friends-group\n"
        "  date:    2 May 2024\n"
        "  detail:  Prime Minister Fumio Kishida launches the\n"
        "           Hiroshima AI Process Friends Group at the OECD\n"
        "           Ministerial Council Meeting in Paris, with 49\n"
        "           countries and regions taking part.\n"
        "  sources: [6][7]\n"
        "\n"
        "faq \u203a faq-friends-group\n"
        "  answer:  …that support the Hiroshima AI Process. Prime\n"
        "           Minister Fumio Kishida launched it on 2 May 2024\n"
        "           in Paris with 49 members; it was not founded in\n"
        "           May 2023, which is…\n"
        "  sources: [4][6][7]\n"
        "\n"
        "2 items found\n"
    )


@pytest.mark.parametrize("plain", [True, False], ids=["pipe", "terminal"])
def test_a_run_of_source_numbers_breaks_between_them_never_inside_one(
    briefing: Briefing, plain: bool
) -> None:
    hits = hits_for(briefing, "kishida paris")
    cut = re.compile(r"\[\d*$|^\s*\d*\]", re.MULTILINE)
    for width in range(12, 60):
        out = render_text(render_hits(as_document(briefing, hits)), style(width, plain))
        assert "[4][6][7]" in out.replace("\n", "").replace(" ", "") and not cut.search(out)


def test_words_found_in_a_caveat_are_highlighted_there(briefing: Briefing) -> None:
    from aimeeting.writers.hits import HIGHLIGHT, render_caveat

    [hit] = hits_for(briefing, "weekday", "key_facts")
    [entry] = as_document(briefing, [hit]).sections[0].entries
    caveat = render_caveat(entry)
    assert caveat is not None and caveat.plain.startswith("Inferred, not stated by a source:")
    marked = [
        caveat.plain[span.start : span.end] for span in caveat.spans if span.style == HIGHLIGHT
    ]
    assert marked and set(marked) == {"weekday"}  # every place, and nothing else


@pytest.mark.parametrize("width", [20, 24, 30, 40])
def test_on_a_narrow_screen_labels_go_above_their_values_and_no_word_is_split(
    briefing: Briefing, width: int
) -> None:
    hits = hits_for(briefing, "hiroshima")
    narrow = render_text(render_hits(as_document(briefing, hits)), style(width))
    wide = render_text(render_hits(as_document(briefing, hits)), style(400))
    words = {word for line in wide.splitlines() for word in line.split()}
    for line in narrow.splitlines():
        if line.startswith(" " * 4 + "http"):
            continue  # a URL stays whole, wider than the screen
        assert len(line.rstrip()) <= width, line
        for word in line.split():
            # A fragment would be new, unless it is part of a token no line could hold.
            longer = (w for w in words if len(w) > width - 4 and word in w)
            assert word in words or any(longer), (word, line)


def test_a_hit_labels_its_fields_in_words_and_counts_in_words(
    cli: Callable[..., Result],
) -> None:
    one = cli("search", "Sarvonne", "signs", "--section", "sources")  # an English title
    assert one.exit_code == 0, one.stderr
    assert "English title:" in one.stdout and "title_en" not in one.stdout
    assert one.stdout.endswith("1 item found\n")


def test_a_number_is_found_as_a_number_not_inside_longer_digits(briefing: Briefing) -> None:
    # "19" is a day of 2026-02-19, "026" no number the sheet writes, "6" not in "66"
    assert "tl-announcement" in ids(hits_for(briefing, "19 february"))
    assert ids(hits_for(briefing, "026")) == []
    assert "summary" in ids(hits_for(briefing, "66 countries"))
    assert "summary" not in ids(hits_for(briefing, "6 countries"))
    # A number typed with another word that holds it: both are found as numbers
    assert parse_query("2026-03 2026").covers == ((1,), ())
    assert parse_query("2026 202").covers == ((), ())


def test_punctuation_alone_is_no_word_to_search_for(briefing: Briefing) -> None:
    for typed in ("-", "? !", "–", "“”", "- ..."):
        with pytest.raises(UsageError, match="nothing to search for"):
            parse_query(typed)
    assert parse_query("- hiroshima ?").words == ("hiroshima",)
    assert ids(hits_for(briefing, "in-person")) != []  # a word that holds a dash is a word


def test_a_day_typed_as_stored_finds_it_as_the_sheet_writes_it(briefing: Briefing) -> None:
    # kf-announced's value says "19 February 2026"; tl-announcement stores 2026-02-19
    assert {"kf-announced", "tl-announcement"} <= set(ids(hits_for(briefing, "2026-02-19")))
    assert "summary" in ids(hits_for(briefing, "2026-03-15"))  # "On 15 and 16 March 2026"
    assert "summary" in ids(hits_for(briefing, "2026-03-16"))
    assert "kf-announced" in ids(hits_for(briefing, "2026-02"))  # "February 2026"
    # Another year, or another day, is not it
    assert "kf-announced" not in ids(hits_for(briefing, "2025-02-19"))
    assert "kf-announced" not in ids(hits_for(briefing, "2026-02-09"))
    assert "summary" not in ids(hits_for(briefing, "2026-03-17"))


@pytest.mark.parametrize(
    ("day", "text"),
    [
        ("2026-03-16", "held on 16 March 2026."),
        ("2026-03-16", "held on 16th March 2026."),
        ("2026-03-15", "from 15–16 March 2026"),
        ("2026-03-16", "from 15-16 march 2026"),
        ("2026-03-16", "on 15 and 16 March 2026"),
        ("2026-03-30", "30 March – 2 April 2026"),
        ("2026-03-16", "on March 16, 2026"),
        ("2026-03-16", "on March 16th, 2026"),
        ("2026-03-16", "on Mar. 16, 2026"),
        ("2026-03-16", "on March 15–16, 2026"),
        ("2026-03-16", "on March 16-18, 2026"),
        ("2026-03-06", "on 06 March 2026"),
        ("2026-03", "in March 2026"),
        ("2026-03", "in March, 2026"),
        ("2026-03", "on March 16th, 2026"),
        ("2026-03", "on March 15–16, 2026"),
        ("2026-03", "from 16 March – 2 April 2026"),
        ("2026-04", "from 16 March – 2 April 2026"),
        ("2026-03", "Consultations ran March–May 2026."),
        ("2026-03", "from March to May 2026"),
        ("2026-09-16", "on Sept. 16, 2026"),
        ("2026-03-16", "March 16 – April 2, 2026"),
        ("2026-03", "March 16 – April 2, 2026"),
        ("2026-03-16", "March 16 to 18, 2026"),
        ("2026-03-16", "16 to 18 March 2026"),
    ],
)
def test_the_written_forms_of_a_day(day: str, text: str) -> None:
    written = written_pattern(day)
    assert written is not None and re.search(written[0], text.casefold()), (day, text)
    assert written[1] in text  # the year: a text without it is not scanned


@pytest.mark.parametrize(
    ("day", "text"),
    [
        ("2026-03-16", "116 March 2026"),
        ("2026-03-16", "16 March 20261"),
        ("2026-03-16", "16 March 2025"),
        ("2026-03-16", "16 March"),
        ("2026-03-06", "16 March 2026"),
        ("2026-03-16", "March 116, 2026"),
        ("2026-03", "March 2025"),
        ("2026-05", "Mayor 2026"),
        ("2026-12-16", "ran 16 December – 2 January 2026"),  # December 2025
        ("2026-12", "ran 16 December – 2 January 2026"),
        ("2026-03", "held 16 March – 2 things 2026"),  # no month
    ],
)
def test_what_is_not_a_written_form_of_the_day(day: str, text: str) -> None:
    written = written_pattern(day)
    assert written is not None and not re.search(written[0], text.casefold()), (day, text)
    assert written_pattern("2026") is None and written_pattern("2026-13") is None
    assert written_pattern("0002-01-01") is None  # no text writes year 2 so: not every "2"


def test_many_typed_days_cost_a_pass_each_over_texts_with_their_year() -> None:
    days = [f"2026-03-{d:02d}" for d in range(1, 32)]
    query = parse_query(" ".join(days))
    assert [len(forms) for _, forms in query.written] == [31]  # one year: its places once
    # The shared pattern holds each day only as stored: one short alternative per word
    assert "march" not in query.pattern.pattern
    spans, found = scan_field("nothing of that year, 2025 " * 1000, query)
    assert (spans, found) == ((), {})


def test_a_number_in_a_web_address_is_no_number_but_in_its_title_it_is() -> None:
    event = load_briefing(str(EVENT))
    # src-ministry-outcome's archived copy is at .../archive/2031-04-17/ministry-outcome
    assert "src-ministry-outcome" not in ids(hits_for(event, "17", "sources"))
    assert "src-ministry-outcome" in ids(hits_for(event, "ministry-outcome", "sources"))
    assert "src-ministry-outcome" in ids(hits_for(event, "third", "sources"))  # its title


def test_a_source_is_found_by_its_archived_copy_and_the_hit_shows_it() -> None:
    event = load_briefing(str(EVENT))
    [hit] = hits_for(event, "archive/compact/about")
    assert (hit.item_id, hit.matched) == ("src-secretariat-history", ("archived",))
    assert "example.net/archive/compact/about/history" in hit.matches[0].value
    assert "archive" not in str(hit.to_json()["text"])  # the item's own text fields, as stored


def test_punctuation_around_a_typed_word_is_not_searched_for() -> None:
    assert parse_query("(tokyo), “hiroshima”. 2026-03-16. meeting?").words == (
        "tokyo",
        "hiroshima",
        "2026-03-16",
        "meeting",
    )
    assert parse_query("japan's countries' u.s").words == ("japan's", "countries", "u.s")


@pytest.mark.parametrize(
    ("number", "text", "found"),
    [
        ("500", "More than 1,500 companies", False),
        ("1", "More than 1,500 companies", False),
        ("0", "version 2.0", False),
        ("5", "a 3.5 rating", False),
        ("7", "the G7 leaders", False),
        ("1500", "1500 companies", True),
        ("109", "€109bn pledged", True),
        ("66", "66 countries, and", True),
        ("2", "version 2.", True),
        ("1,500", "21,500 companies", False),  # typed with a separator: still a number
        ("2.0", "12.05 points", False),
        ("2.0", "version 2.0 of", True),
    ],
)
def test_a_number_is_a_number_of_its_own(number: str, text: str, found: bool) -> None:
    _, seen = scan_field(text, parse_query(number))
    assert bool(seen) is found, (number, text)


def test_punctuation_of_any_script_around_a_typed_word_is_not_searched_for() -> None:
    typed = "„hiroshima“ »tokyo« 「広島」 tokyo… ¿madrid? (kyoto) —osaka—"
    assert parse_query(typed).words == ("hiroshima", "tokyo", "広島", "madrid", "kyoto", "osaka")
    # Marks that are part of what is typed stay: not every "c" for "C#", every "66" for "66%"
    assert parse_query("C# 66% @name").words == ("C#", "66%", "@name")


def test_a_text_that_repeats_a_year_is_looked_at_for_its_dates_a_bounded_number_of_times() -> None:
    from aimeeting.answers.search import MAX_YEAR_PLACES

    query = parse_query("2026-03-16")
    early = "16 March 2026 " + "2026 " * MAX_YEAR_PLACES
    late = "2026 " * MAX_YEAR_PLACES + "16 March 2026"
    assert scan_field(early, query)[1] == {0: True}
    assert scan_field(late, query)[1] == {}  # past the bound: not looked for (a known limit)
