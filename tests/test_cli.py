"""Every command through typer.testing.CliRunner: exit code, stdout and stderr apart."""

from __future__ import annotations

import json
import os
import re
import stat
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from aimeeting.cli import PREVIEW
from aimeeting.sections import COMMANDS, ITEM_SECTIONS
from tests.conftest import DATA, HELD, Result

SECTIONS = [command.name for command in COMMANDS[1:]]  # every command but facts


def invoke(cli: Callable[..., Result], *args: str, **kwargs: Any) -> Result:
    return cli(*args, **kwargs)


def facts_json(cli: Callable[..., Result], *extra: str) -> dict[str, Any]:
    result = invoke(cli, *extra, "facts", "--json")
    assert result.exit_code == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_facts_shows_every_section_in_plain_text(cli: Callable[..., Result]) -> None:
    result = invoke(cli, "facts", *HELD)
    assert result.exit_code == 0
    out = result.stdout
    for heading in [
        "EVENT",
        "SUMMARY",
        "KEY FACTS",
        "TIMELINE",
        "OUTCOMES",
        "CHALLENGES",
        "FAQ",
        "QUOTES",
        "SOURCES",
    ]:
        assert f"\n{heading}\n" in f"\n{out}"
    assert "Harbourlight Conference Hall, Kessaly Bay, Ostmarra" in out
    assert "14–16 April 2031 (main days 15–16 April 2031)" in out
    assert "\u201cOpen data only works when people can trust whoever looks after it.\u201d" in out
    assert "Idris Tarn, Minister for Digital Affairs of Ostmarra" in out
    assert "https://example.org/ministry/press/2031/04/16-outcome.html" in out
    assert "\x1b" not in out and "─" not in out and "╭" not in out
    assert result.stderr == ""


def test_facts_json_has_the_documented_keys(cli: Callable[..., Result]) -> None:
    data = facts_json(cli)
    assert list(data) == [
        "schema_version",
        "checked",
        "event",
        "summary",
        "key_facts",
        "timeline",
        "outcomes",
        "challenges",
        "faq",
        "quotes",
        "people",
        "sources",
    ]
    assert data["schema_version"] == 2


@pytest.mark.parametrize("section", SECTIONS)
def test_section_json_equals_the_key_in_facts_json(
    cli: Callable[..., Result], section: str
) -> None:
    result = invoke(cli, section, "--json")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.endswith("\n")
    whole = facts_json(cli)
    expected = (
        {key: whole[key] for key in ("event", "summary", "key_facts")}
        if section == "summary"  # summary shows the event and key facts too: so does its JSON
        else whole[section]
    )
    assert json.loads(result.stdout) == expected


@pytest.mark.parametrize("section", SECTIONS)
def test_section_text_shows_items_and_source_markers(
    cli: Callable[..., Result], section: str
) -> None:
    result = invoke(cli, section, *HELD)
    assert result.exit_code == 0, result.stderr
    assert re.search(r"\[\d+\]", result.stdout)
    assert "\x1b" not in result.stdout


def test_every_source_marker_resolves_to_a_listed_source(cli: Callable[..., Result]) -> None:
    data = facts_json(cli)
    ids = {source["id"] for source in data["sources"]}
    cited = {s for key in ITEM_SECTIONS for item in data[key] for s in item["sources"]}
    cited |= set(data["event"]["sources"]) | set(data["summary"]["sources"])
    assert cited <= ids
    out = invoke(cli, "facts", *HELD).stdout
    assert f"[{len(ids)}] " in out and f"[{len(ids) + 1}] " not in out


def test_color_always_emits_escape_codes_and_never_does_not(cli: Callable[..., Result]) -> None:
    colored = invoke(cli, "timeline", "--color", "always", *HELD).stdout
    assert "\x1b[" in colored
    assert "\x1b" not in invoke(cli, "timeline", "--color", "never", *HELD).stdout


def test_no_color_is_honoured_on_a_terminal(cli: Callable[..., Result]) -> None:
    env = {"NO_COLOR": "1", "FORCE_COLOR": "1", "AIMEETING_PAGER": "", "TERM": "xterm"}
    coloured = invoke(
        cli, "timeline", tty=True, env={k: v for k, v in env.items() if k != "NO_COLOR"}
    )
    assert "\x1b[" in coloured.stdout  # a terminal gets colour ...
    plain = invoke(cli, "timeline", tty=True, env=env)
    assert "\x1b[" not in plain.stdout and "TIMELINE" not in plain.stdout  # ... unless NO_COLOR
    # An empty NO_COLOR is no request (no-color.org): the terminal keeps its colour.
    assert "\x1b[" in invoke(cli, "timeline", tty=True, env={**env, "NO_COLOR": ""}).stdout


def test_version_comes_from_the_package(cli: Callable[..., Result]) -> None:
    from aimeeting import __version__

    assert invoke(cli, "--version").stdout == f"aimeeting {__version__}\n"


@pytest.mark.parametrize("command", ["facts", *SECTIONS, "search", "validate", "schema", "init"])
def test_every_command_has_help_with_an_example(cli: Callable[..., Result], command: str) -> None:
    result = invoke(cli, command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout


def test_quotes_plain_keeps_paraphrase_out_of_quotation_marks(cli: Callable[..., Result]) -> None:
    result = invoke(cli, "quotes", "--plain")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == len(facts_json(cli)["quotes"])  # one paste-ready line per quote
    verbatim, paraphrase = lines[0], lines[1]
    assert verbatim.startswith(
        "\u201cOpen data only works when people can trust whoever looks after it.\u201d \u2014 "
    )
    assert "Idris Tarn, Minister for Digital Affairs of Ostmarra" in verbatim
    assert "Opening speech, 15 April 2031" in verbatim
    assert "https://example.org/ministry/press/2031/04/16-outcome.html" in verbatim
    assert verbatim.count("\u201c") == 1 and verbatim.count("\u201d") == 1
    assert paraphrase.startswith("Paraphrase, not a quotation: ")
    assert "\u201c" not in paraphrase and '"' not in paraphrase


def test_quotes_speaker_filter_is_partial_and_case_insensitive(cli: Callable[..., Result]) -> None:
    found = json.loads(invoke(cli, "quotes", "--speaker", "TARN", "--json").stdout)
    assert [q["id"] for q in found] == ["q-opening", "q-funding-paraphrase", "q-interview"]
    result = invoke(cli, "quotes", "--speaker", "nobody")
    assert result.exit_code == 1 and result.stdout == ""


def test_copy_without_a_clipboard_fails_clearly(cli: Callable[..., Result]) -> None:
    result = invoke(
        cli,
        "quotes",
        "--id",
        "q-opening",
        "--copy",
        env={"PATH": "", "DISPLAY": "", "WAYLAND_DISPLAY": ""},
    )
    assert result.exit_code == 69
    assert result.stderr.startswith("aimeeting: no clipboard available")
    assert result.stdout == ""
    # Several quotes match: still the one line, not which of them would have been copied
    several = invoke(cli, "quotes", "--speaker", "tarn", "--copy", env={"PATH": "", "DISPLAY": ""})
    assert several.exit_code == 69 and several.stdout == ""
    assert several.stderr.count("\n") == 1, several.stderr
    assert several.stderr.startswith("aimeeting: no clipboard available")
    # ... and on a stale sheet too: the warning goes with a copy that worked
    for command in (["quotes", "--id", "q-opening"], ["cite", "kf-when"]):
        stale = invoke(cli, *command, "--copy", "--as-of", "2031-12-01", env={"PATH": ""})
        assert stale.exit_code == 69 and stale.stderr.count("\n") == 1, stale.stderr


def test_copy_puts_the_paste_ready_line_on_the_clipboard(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    clipped = tmp_path / "clipboard.txt"
    fake = tmp_path / "xclip"
    fake.write_text(f"#!/bin/sh\nexec /bin/cat > '{clipped}'\n")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    result = invoke(
        cli,
        "quotes",
        "--speaker",
        "varenne",
        "--copy",
        env={"PATH": str(tmp_path), "DISPLAY": ":0", "WAYLAND_DISPLAY": ""},
    )
    assert result.exit_code == 0, result.stderr
    plain = invoke(cli, "quotes", "--id", "q-varenne", "--plain").stdout
    assert clipped.read_text(encoding="utf-8") == plain.rstrip("\n")
    assert "copied q-varenne with xclip" in result.stderr
    # Two quotes match: the one copied, and how to get the other, are said, then the copy
    notice, copied = result.stderr.splitlines()
    assert "2 quotes match; copying q-varenne" in notice
    assert "q-press-agency: choose one with --id" in notice
    assert copied.startswith("aimeeting: copied q-varenne with xclip")


def test_faq_answers_a_question_in_other_words(cli: Callable[..., Result]) -> None:
    result = invoke(
        cli,
        "--briefing",
        str(DATA / "faq-fixture.json"),
        "faq",
        "who hosts the meeting",
        "--json",
    )
    assert result.exit_code == 0
    [entry] = json.loads(result.stdout)
    assert entry["id"] == "faq-host" and "Japan hosted it in Tokyo" in entry["answer"]


def test_faq_without_any_near_item_exits_1_with_one_line(cli: Callable[..., Result]) -> None:
    result = invoke(cli, "faq", "what is the capital of peru")
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == (
        "aimeeting: the sheet has no sure answer to that; try 'aimeeting search WORDS'\n"
    )
    missed = invoke(cli, "faq", "what is the capital of peru", "--json")
    assert (missed.exit_code, missed.stdout) == (1, "[]\n")


def test_a_miss_names_the_closest_items_by_id_so_cite_is_next(
    cli: Callable[..., Result],
) -> None:
    result = invoke(cli, "faq", "where is the next meeting")  # no host is named: no answer
    assert result.exit_code == 1 and result.stdout == ""
    first, *closest = result.stderr.splitlines()
    assert first.endswith("closest items (see them with 'aimeeting cite ID'):")
    assert 1 <= len(closest) <= 3
    for line in closest:
        item_id, preview = line.strip().split("  ", 1)
        assert invoke(cli, "cite", item_id).exit_code == 0  # each id cites
        assert len(line) <= 2 + len(item_id) + 2 + 40 + PREVIEW and ": " in preview


def test_faq_answers_from_any_section_with_its_section_and_id(
    cli: Callable[..., Result],
) -> None:
    # Answered by a timeline entry, not by the FAQ.
    found = invoke(cli, "faq", "when was the compact founded", "--json")
    assert found.exit_code == 0
    [item] = json.loads(found.stdout)
    assert (item["section"], item["id"]) == ("timeline", "tl-founding")
    assert item["date"] == "2027"  # the item as its section's JSON gives it
    text = invoke(cli, "faq", "when was the compact founded").stdout
    assert text.startswith("TIMELINE\n") and "id: tl-founding" in text and "[4]" in text
    assert "\nSOURCES\n[4] About the compact" in text


def test_faq_for_a_whole_section_answers_with_each_item_of_it(
    cli: Callable[..., Result],
) -> None:
    fixture = str(DATA / "faq-fixture.json")
    found = invoke(cli, "--briefing", fixture, "faq", "what are the main obstacles", "--json")
    assert found.exit_code == 0
    listed = invoke(cli, "--briefing", fixture, "challenges", "--json")
    challenges = json.loads(listed.stdout)
    assert len(challenges) >= 2
    # Each item as `challenges --json` gives it, in the sheet's order, with its section.
    assert json.loads(found.stdout) == [{"section": "challenges", **c} for c in challenges]
    text = invoke(cli, "--briefing", fixture, "faq", "what are the main obstacles").stdout
    assert text.startswith("CHALLENGES\n")
    assert all(f"id: {c['id']}" in text for c in challenges)


def test_faq_takes_unquoted_words_as_one_question(cli: Callable[..., Result]) -> None:
    result = invoke(
        cli,
        "--briefing",
        str(DATA / "faq-fixture.json"),
        "faq",
        "who",
        "hosts",
        "the",
        "meeting",
        "--json",
    )
    assert result.exit_code == 0
    assert [entry["id"] for entry in json.loads(result.stdout)] == ["faq-host"]


def test_faq_alone_lists_every_entry(cli: Callable[..., Result]) -> None:
    data = facts_json(cli)
    out = invoke(cli, "faq").stdout
    assert [entry["question"] for entry in data["faq"] if entry["question"] in out] == [
        entry["question"] for entry in data["faq"]
    ]


@pytest.mark.parametrize(
    ("day", "phrase"),
    [
        ("2031-04-01", "upcoming: starts in 13 days"),
        ("2031-04-14", "under way now"),
        ("2031-04-16", "under way now"),
        ("2031-06-01", "held: ended 46 days"),
    ],
)
def test_as_of_sets_where_the_event_stands(
    cli: Callable[..., Result], day: str, phrase: str
) -> None:
    result = invoke(cli, "summary", "--as-of", day)
    assert phrase in " ".join(result.stdout.split())


def test_stale_facts_warn_on_stderr_only(cli: Callable[..., Result]) -> None:
    result = invoke(cli, "summary", "--as-of", "2031-08-19")
    assert "warning: these facts were last checked on 2031-05-20, 91 days" in result.stderr
    assert invoke(cli, "summary", "--as-of", "2031-08-18").stderr == ""  # 90 days is not old
    assert "warning" not in result.stdout
    assert invoke(cli, "summary", *HELD).stderr == ""


@pytest.mark.parametrize(
    "command",
    [["cite", "kf-when"], ["quotes", "--plain"], ["search", "charter"], ["factbox"]],
)
def test_stale_facts_warn_where_a_line_is_pasted_from_too(
    cli: Callable[..., Result], command: list[str]
) -> None:
    result = invoke(cli, *command, "--as-of", "2031-08-19")
    assert result.exit_code == 0, result.stderr
    assert "warning: these facts were last checked on 2031-05-20" in result.stderr
    assert "warning" not in result.stdout
    assert invoke(cli, *command, "--as-of", "2031-08-18").stderr == ""
    # JSON says the day in its data, not on stderr
    if command[0] != "quotes":
        assert invoke(cli, *command, "--json", "--as-of", "2031-08-19").stderr == ""


def test_bad_as_of_is_a_usage_error(cli: Callable[..., Result]) -> None:
    assert invoke(cli, "facts", "--as-of", "2026-02-30").exit_code == 2


def test_markdown_has_headings_block_quote_and_numbered_sources(cli: Callable[..., Result]) -> None:
    out = invoke(cli, "facts", "--format", "markdown", *HELD).stdout
    for heading in [
        "# Third Ministerial Meeting of the Orrindale Compact",
        "## Summary",
        "## Timeline",
        "## Outcomes",
        "## Challenges",
        "## FAQ",
        "## Quotes",
        "## Sources",
    ]:
        assert f"\n{heading}" in f"\n{out}"
    assert "> \u201cOpen data only works when people can trust whoever looks after it.\u201d" in out
    assert "> \u2014 Idris Tarn, Minister for Digital Affairs of Ostmarra" in out
    assert "- Paraphrase, not a quotation:" in out
    # Every marker is a reference to its source's address, defined once; no raw HTML.
    assert "[\\[1\\]][source-1]" in out
    assert "- **\\[1\\]** [Outcome of the Third Ministerial Meeting" in out
    assert "\n[source-1]: <https://example.org/ministry/press/2031/04/16-outcome.html>\n" in out
    assert "<a " not in out and "id=" not in out


def test_section_markdown_lists_only_the_sources_it_cites(cli: Callable[..., Result]) -> None:
    out = invoke(cli, "challenges", "--format", "markdown").stdout
    assert "\\[11\\]" in out and "\\[1\\]" not in out  # the challenges cite only [11]


def test_svg_and_html_exports_are_written_whole(cli: Callable[..., Result], tmp_path: Path) -> None:
    svg, html = tmp_path / "sheet.svg", tmp_path / "sheet.html"
    result = invoke(cli, "facts", *HELD, "--export-svg", str(svg), "--export-html", str(html))
    assert result.exit_code == 0, result.stderr
    assert ET.parse(svg).getroot().tag.endswith("svg")
    assert "Third Ministerial Meeting of the Orrindale" in html.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.html", "sheet.svg"]


def test_an_export_is_the_published_page_and_never_says_ago(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    svg, html = tmp_path / "sheet.svg", tmp_path / "sheet.html"
    assert " ago" in invoke(cli, "facts", *HELD).stdout  # the screen may say it
    result = invoke(cli, "facts", *HELD, "--export-svg", str(svg), "--export-html", str(html))
    assert result.exit_code == 0, result.stderr
    assert (
        html.read_text(encoding="utf-8") == invoke(cli, "facts", *HELD, "--format", "html").stdout
    )
    assert " ago" not in svg.read_text(encoding="utf-8")


def test_export_into_a_missing_folder_fails_with_73(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    result = invoke(cli, "facts", "--export-svg", str(tmp_path / "no" / "x.svg"))
    assert result.exit_code == 73
    assert "the folder does not exist" in result.stderr


def test_briefing_option_env_and_stdin(cli: Callable[..., Result]) -> None:
    other = str(DATA / "other-event.json")
    by_env = invoke(cli, "facts", "--json", env={"AIMEETING_BRIEFING": other})
    assert json.loads(by_env.stdout)["event"]["start"] == "2025-02-27"
    overridden = invoke(
        cli,
        "--briefing",
        "-",
        "facts",
        "--json",
        env={"AIMEETING_BRIEFING": "/nonexistent.json"},
        stdin=Path(other).read_text(encoding="utf-8"),
    )
    assert json.loads(overridden.stdout)["event"]["start"] == "2025-02-27"


def test_round_trip_is_byte_identical(cli: Callable[..., Result], tmp_path: Path) -> None:
    first = invoke(cli, "facts", "--json").stdout
    copy = tmp_path / "copy.json"
    copy.write_text(first, encoding="utf-8")
    assert invoke(cli, "--briefing", str(copy), "facts", "--json").stdout == first


def test_missing_briefing_is_one_line_and_exit_66(cli: Callable[..., Result]) -> None:
    result = invoke(cli, "--briefing", "/nonexistent.json", "facts")
    assert (result.exit_code, result.stdout) == (66, "")
    assert result.stderr == "aimeeting: /nonexistent.json: no such file\n"


def test_broken_briefing_is_one_line_and_exit_65(
    cli: Callable[..., Result],
    write_json: Callable[[Any, str], Path],
    briefing_data: dict[str, Any],
) -> None:
    briefing_data["timeline"][3]["date"] = "2023-02-30"
    path = write_json(briefing_data, "broken.json")
    result = invoke(cli, "--briefing", str(path), "timeline")
    assert (result.exit_code, result.stdout) == (65, "")
    assert len(result.stderr.splitlines()) == 1
    assert "$.timeline[3].date: '2023-02-30' is not a real date" in result.stderr


def test_validate_reports_every_problem(cli: Callable[..., Result]) -> None:
    result = invoke(cli, "validate", str(DATA / "five-mistakes.json"))
    assert result.exit_code == 65
    assert len(result.stdout.splitlines()) == 5
    assert result.stderr == "aimeeting: 5 problem(s) found\n"
    problems = json.loads(
        invoke(cli, "validate", str(DATA / "five-mistakes.json"), "--json").stdout
    )
    assert [p["line"] for p in problems] == [10, 18, 23, 29, 31]
    assert set(problems[0]) == {"path", "line", "column", "message", "severity"}


def test_validate_exit_codes(cli: Callable[..., Result]) -> None:
    assert invoke(cli, "validate").exit_code == 0
    other = invoke(cli, "validate", str(DATA / "other-event.json"))
    assert other.exit_code == 0 and other.stdout.splitlines()[-1].startswith("valid")
    assert invoke(cli, "validate", "/nonexistent.json").exit_code == 66


def test_schema_prints_json_schema(cli: Callable[..., Result]) -> None:
    schema = json.loads(invoke(cli, "schema").stdout)
    assert schema["$schema"].endswith("2020-12/schema")


def test_init_writes_a_skeleton_and_never_overwrites(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    target = tmp_path / "new.json"
    assert invoke(cli, "init", str(target)).exit_code == 0
    target.write_text("mine")
    refused = invoke(cli, "init", str(target))
    assert refused.exit_code == 73 and "already exists" in refused.stderr
    assert target.read_text() == "mine"
    assert invoke(cli, "init", str(target), "--force").exit_code == 0
    assert json.loads(target.read_text())["schema_version"] == 2
    assert sorted(os.listdir(tmp_path)) == ["new.json"]


def test_schema_output_validates_the_bundled_briefing_and_rejects_a_broken_one(
    cli: Callable[..., Result], briefing_data: dict[str, Any]
) -> None:
    import jsonschema

    schema = json.loads(invoke(cli, "schema").stdout)
    validator = jsonschema.Draft202012Validator(schema)
    validator.validate(briefing_data)
    briefing_data["event"]["start"] = "15 March"
    del briefing_data["summary"]
    assert len(list(validator.iter_errors(briefing_data))) == 2


def test_another_event_renders_as_text_from_the_environment(cli: Callable[..., Result]) -> None:
    other = str(DATA / "other-event.json")
    out = invoke(cli, "facts", *HELD, env={"AIMEETING_BRIEFING": other}).stdout
    assert "First in-person meeting of the Hiroshima AI Process Friends Group" in out
    assert "27–28 February 2025" in out and "Partners Community launched" in out
    assert "Second in-person" not in out


def test_validate_reads_standard_input(cli: Callable[..., Result]) -> None:
    text = (DATA / "five-mistakes.json").read_text(encoding="utf-8")
    result = invoke(cli, "validate", "-", stdin=text)
    assert result.exit_code == 65
    assert result.stdout.splitlines()[0].startswith("<stdin>:10:12: $.event.end")


def test_pager_is_not_used_when_stdout_is_not_a_terminal(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    paged = tmp_path / "paged.txt"
    result = invoke(cli, "timeline", "--pager", *HELD, env={"PAGER": f"cat > {paged}"})
    assert "TIMELINE" in result.stdout
    assert not paged.exists()


def test_as_of_before_the_check_says_later_facts_are_still_listed(
    cli: Callable[..., Result],
) -> None:
    result = invoke(cli, "timeline", "--as-of", "2031-04-01")
    assert result.exit_code == 0
    assert result.stderr == (
        "aimeeting: note: 2031-04-01 is treated as today, but the facts are those checked "
        "on 2031-05-20: later events are still listed\n"
    )
    assert "14–16 April 2031" in result.stdout  # after the as-of day, and still listed


def test_every_item_in_the_json_starts_with_id_sources_inferred_note(
    cli: Callable[..., Result],
) -> None:
    data = facts_json(cli)
    for key in ITEM_SECTIONS:
        for item in data[key]:
            assert list(item)[:4] == ["id", "sources", "inferred", "note"], key
    assert list(data["event"])[-3:] == ["sources", "inferred", "note"]


def test_cite_takes_json_like_every_command(cli: Callable[..., Result]) -> None:
    as_json = invoke(cli, "cite", "kf-produced", "--json")
    assert as_json.exit_code == 0
    assert as_json.stdout == invoke(cli, "cite", "kf-produced", "--format", "json").stdout
    refused = invoke(cli, "cite", "kf-produced", "--json", "--format", "markdown")
    assert refused.exit_code == 2
    # No one item: nothing on stdout for a script to mistake for one, the reason on stderr.
    for missing in (["kf-nope"], ["charter"]):  # an unknown id; words naming several items
        miss = invoke(cli, "cite", *missing, "--json")
        assert miss.exit_code == 1 and miss.stdout == "" and miss.stderr, missing


def test_cite_of_a_source_id_says_where_the_source_is(cli: Callable[..., Result]) -> None:
    # search lists sources beside items; citing one by its id is no dead end
    miss = invoke(cli, "cite", "src-ministry-outcome")
    assert miss.exit_code == 1 and miss.stdout == ""
    assert "is a source, not an item: it is [1] in 'aimeeting sources'" in miss.stderr


def test_json_and_format_json_together_say_one_thing(cli: Callable[..., Result]) -> None:
    both = invoke(cli, "timeline", "--json", "--format", "json")
    assert both.exit_code == 0 and both.stdout == invoke(cli, "timeline", "--json").stdout


def test_cite_labels_sources_alike_in_every_format_and_glosses_foreign_titles(
    cli: Callable[..., Result],
) -> None:
    path = str(DATA / "ai-action-summit-2025.json")
    data = json.loads(invoke(cli, "--briefing", path, "facts", "--json").stdout)
    foreign = {s["id"]: s for s in data["sources"] if s["title_en"]}
    item = next(
        i
        for key in ("timeline", "key_facts", "outcomes", "quotes")
        for i in data[key]
        if len(i["sources"]) == 1 and i["sources"][0] in foreign
    )
    source = foreign[item["sources"][0]]
    plain = invoke(cli, "--briefing", path, "cite", item["id"]).stdout
    markdown = invoke(cli, "--briefing", path, "cite", item["id"], "-f", "markdown").stdout
    assert " Source: [" in plain and " Source: \\[" in markdown
    assert f"[in English: {source['title_en']}]" in plain
