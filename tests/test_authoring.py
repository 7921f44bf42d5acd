"""What an author of another event can now say, and what validate and upgrade tell them:
named translators, languages that the script contradicts, notes on venues and main days,
planned key facts and roles, inferred role dates, pages read only through an archive,
English headlines on foreign pages, format 1 files, and messages in plain words."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DATA, EVENT, Result

V1_DELHI = DATA / "v1-delhi.json"
V1 = DATA / "v1-briefing.json"


def write(tmp_path: Path, data: Any, name: str = "b.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return str(path)


def problems(cli: Callable[..., Result], path: str, *extra: str) -> tuple[int, list[str]]:
    result = cli("validate", path, *extra, "--json")
    return result.exit_code, [f"{p['path']}: {p['message']}" for p in json.loads(result.stdout)]


# ---------------------------------------------------------------- translators


def test_a_translator_named_by_the_author_is_credited_in_words(
    cli: Callable[..., Result],
) -> None:
    line = cli("cite", "q-press-agency").stdout
    assert "Translated from French by Agence Lunelle-Presse." in line
    assert "the cited source" not in line  # not credited to a source that did not translate
    source = cli("cite", "q-varenne").stdout
    assert "Translated from French by Ministry of Digital Affairs of Ostmarra, the cited" in source


@pytest.mark.parametrize(
    ("code", "name"), [("fi", "Finnish"), ("is", "Icelandic"), ("nb", "Norwegian Bokmål")]
)
def test_every_two_letter_language_is_named_in_a_pasted_line(
    cli: Callable[..., Result], tmp_path: Path, code: str, name: str
) -> None:
    data = json.loads(EVENT.read_text(encoding="utf-8"))
    [quote] = [q for q in data["quotes"] if q["id"] == "q-press-agency"]
    quote["language"] = code
    line = cli("--briefing", write(tmp_path, data), "cite", "q-press-agency").stdout
    assert f"Translated from {name} by Agence Lunelle-Presse." in line
    assert "language '" not in line


# ---------------------------------------------------------------- scripts and languages

DEVANAGARI = "डेटा सबका है"


def test_a_quote_in_another_script_marked_english_is_a_warning_and_a_strict_error(
    cli: Callable[..., Result], tmp_path: Path, briefing_data: dict[str, Any]
) -> None:
    briefing_data["quotes"][0]["text"] = DEVANAGARI  # q-opening says English
    path = write(tmp_path, briefing_data)
    code, found = problems(cli, path)
    assert code == 0 and found == [
        "$.quotes[0].text: the words are in Devanagari script but the quote says they were "
        "spoken in English: give the language they were spoken in (perhaps Hindi, 'hi'), put "
        "them in 'original', and their English in 'text'"
    ]
    assert problems(cli, path, "--strict")[0] == 65


def test_translated_words_in_text_that_are_not_english_are_a_warning(
    cli: Callable[..., Result], tmp_path: Path, briefing_data: dict[str, Any]
) -> None:
    briefing_data["quotes"][3]["text"] = briefing_data["quotes"][3]["original"]  # Japanese
    _, found = problems(cli, write(tmp_path, briefing_data))
    assert found == [
        "$.quotes[3].text: text is in Japanese script: text holds the words in English, and "
        "the words as spoken go in 'original'"
    ]


def test_a_format_1_quote_in_devanagari_says_what_it_probably_is(
    cli: Callable[..., Result],
) -> None:
    result = cli("--briefing", str(V1_DELHI), "quotes", "--plain")
    hindi, english = result.stdout.splitlines()
    assert "these words are in Devanagari script, so they are probably Hindi (a guess)" in hindi
    assert "probably" not in english  # Latin script: English, as format 1 meant


# ---------------------------------------------------------------- format 1 and upgrade


def test_validate_on_a_format_1_file_says_one_thing_upgrade_does_the_rest(
    cli: Callable[..., Result],
) -> None:
    code, found = problems(cli, str(V1))
    assert code == 0
    assert found == [
        "$.schema_version: this briefing is in format 1, upgraded in memory to load; "
        "'aimeeting upgrade FILE' writes it in format 2, with what it moved and guessed"
    ]


def test_upgrade_round_trips_the_format_1_fixture(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    new = tmp_path / "v2.json"
    result = cli("upgrade", str(V1), "--output", str(new))
    assert result.exit_code == 0, result.stderr
    assert "aimeeting: upgrade: event.city and event.host_country -> event.venues[0]" in (
        result.stderr
    )
    assert json.loads(new.read_text(encoding="utf-8"))["schema_version"] == 2
    # The same briefing as reading format 1 in memory gives ...
    assert cli("--briefing", str(new), "facts", "--json").stdout == (
        cli("--briefing", str(V1), "facts", "--json").stdout
    )
    # ... and under --strict only what format 1 could not hold is asked for.
    code, found = problems(cli, str(new), "--strict")
    assert code == 65 and found
    assert {line.split(": ", 1)[1] for line in found} <= {
        "say whether the source is 'primary' or 'secondary' (kind)",
        "say the day the source was last read (accessed), or, when only an archived copy "
        "could be read, the day of that (archived.accessed)",
    }


def test_init_and_upgrade_write_to_stdout_when_the_file_is_dash(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    skeleton = cli("init", "-")
    assert skeleton.exit_code == 0 and json.loads(skeleton.stdout)["schema_version"] == 2
    upgraded = cli("upgrade", str(V1), "--output", "-")
    assert upgraded.exit_code == 0 and json.loads(upgraded.stdout)["schema_version"] == 2
    assert "upgrade: event.city" in upgraded.stderr and "wrote" not in upgraded.stderr
    assert list(tmp_path.iterdir()) == []


def test_upgrade_guesses_a_language_says_so_and_leaves_the_english_to_the_author(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    new = tmp_path / "delhi.json"
    result = cli("upgrade", str(V1_DELHI), "-o", str(new))
    assert "quotes[0]: the words are in Devanagari script, so language 'hi' (Hindi) was " in (
        result.stderr
    )
    quote = json.loads(new.read_text(encoding="utf-8"))["quotes"][0]
    assert (quote["language"], quote["original"]) == ("hi", DEVANAGARI)
    code, found = problems(cli, str(new))
    assert code == 65 and [line.split(":")[0] for line in found] == [
        "$.quotes[0].text",
        "$.quotes[0].translated_by",
    ]


def test_upgrade_of_a_paraphrase_in_another_script_asks_for_it_in_english(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    data = json.loads(V1_DELHI.read_text(encoding="utf-8"))
    data["quotes"][0]["verbatim"] = False  # the author's words, not the speaker's
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = cli("upgrade", str(old), "-o", str(new))
    assert "quotes[0]: a paraphrase in Devanagari script" in result.stderr
    quote = json.loads(new.read_text(encoding="utf-8"))["quotes"][0]
    assert quote.get("original") is None and DEVANAGARI in quote["note"]
    code, found = problems(cli, str(new))
    assert code == 65 and [line.split(":")[0] for line in found] == ["$.quotes[0].text"]


def test_upgrade_never_replaces_a_file_without_force(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    old = tmp_path / "old.json"
    old.write_bytes(V1.read_bytes())
    refused = cli("upgrade", str(old))
    assert refused.exit_code == 73 and "use --force to replace it" in refused.stderr
    assert old.read_bytes() == V1.read_bytes()
    assert cli("upgrade", str(old), "--force").exit_code == 0
    assert json.loads(old.read_text(encoding="utf-8"))["schema_version"] == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.json"]  # no temporary left
    again = cli("upgrade", str(old))
    assert again.exit_code == 0 and "already in the current format" in again.stderr


def test_upgrade_to_a_new_file_writes_a_current_briefing_as_it_is(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    # "upgrade f.json -o new.json" names the file the next command reads, whatever f was.
    current = tmp_path / "current.json"
    current.write_bytes(V1.read_bytes())
    assert cli("upgrade", str(current), "--force").exit_code == 0
    new = tmp_path / "new.json"
    result = cli("upgrade", str(current), "-o", str(new))
    assert result.exit_code == 0 and "its data written unchanged" in result.stderr
    assert json.loads(new.read_text(encoding="utf-8")) == json.loads(
        current.read_text(encoding="utf-8")
    )
    assert cli("upgrade", str(current), "-o", str(new)).exit_code == 73  # no silent replace


# ---------------------------------------------------------------- notes and plans


def test_venues_and_main_days_carry_their_own_notes(cli: Callable[..., Result]) -> None:
    out = " ".join(cli("summary").stdout.split())
    assert "(Fenwold: Side events only, on the first day.)" in out
    assert "(The outcome statement calls 15 and 16 April the ministerial days" in out


def test_a_planned_venue_may_change_and_once_the_event_is_over_is_no_news(
    cli: Callable[..., Result], tmp_path: Path, briefing_data: dict[str, Any]
) -> None:
    briefing_data["event"]["venues"][1]["planned"] = True
    path = write(tmp_path, briefing_data)
    before = " ".join(cli("--briefing", path, "summary", "--as-of", "2031-04-01").stdout.split())
    assert "Fenwold, Ostmarra (planned)" in before
    assert "(Fenwold: a planned venue, which may change)" in before
    during = " ".join(cli("--briefing", path, "summary", "--as-of", "2031-04-15").stdout.split())
    assert "(Fenwold: a planned venue, which may change)" in during  # not over yet
    after = " ".join(cli("--briefing", path, "summary", "--as-of", "2031-06-01").stdout.split())
    assert "(Fenwold: a planned venue; the briefing has no report that it was used (facts " in after
    assert "may change" not in after


def test_two_venues_in_one_city_are_told_apart_by_name(
    cli: Callable[..., Result], tmp_path: Path, briefing_data: dict[str, Any]
) -> None:
    briefing_data["event"]["venues"] = [
        {"name": "Palexpo", "city": "Geneva", "country": "Switzerland", "planned": True,
         "note": "Named by a report only."},
        {"name": "CICG", "city": "Geneva", "country": "Switzerland", "note": "Side events."},
    ]  # fmt: skip
    out = " ".join(cli("--briefing", write(tmp_path, briefing_data), "summary").stdout.split())
    assert "(Palexpo: a planned venue; the briefing has no report that it was used" in out
    assert "(Palexpo: Named by a report only.)" in out and "(CICG: Side events.)" in out


def test_a_planned_key_fact_never_reads_as_done(cli: Callable[..., Result]) -> None:
    line = cli("cite", "kf-next-meeting").stdout
    assert "Planned or aimed at, not reported as done (facts checked 20 May 2031)." in line


def test_a_role_says_its_dates_are_inferred_and_why(cli: Callable[..., Result]) -> None:
    line = cli("cite", "p-vice-minister-hoshimura").stdout
    assert "Vice-Minister for Digital Policy of Tsukinoe (from 2030, inferred)" in line
    assert "Vice-Minister for Digital Policy of Tsukinoe: The ministry's page lists her" in line


def test_a_planned_role_says_so(
    cli: Callable[..., Result], tmp_path: Path, briefing_data: dict[str, Any]
) -> None:
    briefing_data["people"][0]["roles"][1]["planned"] = True
    path = write(tmp_path, briefing_data)
    assert "Minister for Digital Affairs (from November 2029, planned)" in (
        cli("--briefing", path, "cite", "p-minister-tarn").stdout
    )


# ---------------------------------------------------------------- sources


def test_a_page_read_only_through_its_archive_says_so_and_needs_no_access_day(
    cli: Callable[..., Result],
) -> None:
    assert problems(cli, str(DATA / "event.json"), "--strict") == (0, [])
    out = " ".join(cli("cite", "tl-founding").stdout.split())
    assert "(archived copy, read on 20 May 2031 in place of the page, which could not be " in out


def test_an_english_headline_on_a_foreign_page_needs_no_english_title(
    cli: Callable[..., Result], tmp_path: Path, briefing_data: dict[str, Any]
) -> None:
    # src-tsukinoe-statement: a Japanese page whose headline is in English, and no doubt.
    assert problems(cli, str(DATA / "event.json"), "--strict") == (0, [])
    data = copy.deepcopy(briefing_data)
    data["sources"][-1]["title_en"] = data["sources"][-1]["title"]
    _, found = problems(cli, write(tmp_path, data))
    assert found == [
        "$.sources[11].title_en: title_en repeats the title: leave it null when the headline "
        "is in English"
    ]
    out = cli("--briefing", write(tmp_path, data, "c.json"), "sources").stdout
    assert "[in English:" not in out.split("Tsukinoe welcomes")[1].split("\n")[0]
    data["sources"][-1].pop("title_en")
    data["sources"][-1]["title"] = "月野江、憲章を歓迎"  # a headline in Japanese does need it
    _, found = problems(cli, write(tmp_path, data, "d.json"))
    assert found == [
        "$.sources[11]: give the English title of a page in another language (title_en)"
    ]


# ---------------------------------------------------------------- messages in plain words


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (
            ("timeline", 0, "date_qualifier"),
            "on or before",
            "must be one of 'exact' (the date itself), 'about' (roughly then), 'by' (on or "
            "before it), 'before' (earlier than it) or 'after' (later than it), not 'on or "
            "before' (did you mean 'by'?)",
        ),
        (
            ("sources", 0, "archived"),
            "https://example.net/copy",
            "must be an object with the keys 'url', 'date', 'accessed', not the text "
            "'https://example.net/copy'",
        ),
        (
            ("timeline", 1, "date"),
            "",
            "a date may not be empty: write it as YYYY, YYYY-MM or YYYY-MM-DD (where the "
            "format allows an unknown date, write null instead)",
        ),
        (("event", "start"), None, "may not be null: this one is required (give it, as text)"),
        (("event", "venues"), [], "needs at least one entry"),
        (("timeline", 0, "inferred"), 1, "must be true or false (without quotes), not 1"),
        (("quotes", 0, "verbatim"), "no", 'must be true or false (without quotes), not "no"'),
        (("timeline", 0, "title"), 5, "must be text (in double quotes), not 5"),
    ],
)
def test_messages_say_what_to_write(
    cli: Callable[..., Result],
    tmp_path: Path,
    briefing_data: dict[str, Any],
    path: tuple[Any, ...],
    value: Any,
    expected: str,
) -> None:
    target = briefing_data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    code, found = problems(cli, write(tmp_path, briefing_data))
    where = "$." + ".".join(str(p) for p in path).replace(".0", "[0]").replace(".1", "[1]")
    assert code == 65 and found == [f"{where}: {expected}"]


def test_the_format_documents_complete_example_is_valid_under_strict(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    from tests.conftest import ROOT

    doc = (ROOT / "docs" / "briefing-format.md").read_text(encoding="utf-8")
    example = doc.split("## A complete example", 1)[1].split("```json\n", 1)[1].split("```")[0]
    path = tmp_path / "example.json"
    path.write_text(example, encoding="utf-8")
    assert problems(cli, str(path), "--strict") == (0, [])


@pytest.mark.parametrize(
    ("change", "where", "said"),
    [
        (
            lambda d: d["sources"][0].update(title="डेटा सबका है", language="en"),
            "$.sources[0].language",
            "the title is in Devanagari script but the source says it is in English: give "
            "the page's language (perhaps Hindi, 'hi'), and its English title in title_en",
        ),
        (
            lambda d: d["sources"][0].update(language="xx"),
            "$.sources[0].language",
            "'xx' is not a language code (ISO 639-1, e.g. 'ja')",
        ),
        (
            lambda d: d["quotes"][2].update(translated_by=d["quotes"][2]["sources"][0]),
            "$.quotes[2].translated_by",
            "is a source's id: write 'source' when the quote's first cited source translated "
            "it, or the translator's name",
        ),
        (
            lambda d: d["quotes"][0].update(text='"' + d["quotes"][0]["text"] + '"'),
            "$.quotes[0].text",
            "the words are in quotation marks of their own, and the sheet adds its own: "
            "remove the outer ones",
        ),
        (
            lambda d: d["quotes"][3].update(
                original="\u300c" + d["quotes"][3]["original"] + "\u300d"
            ),
            "$.quotes[3].original",
            "the words are in quotation marks of their own, and the sheet adds its own: "
            "remove the outer ones",
        ),
    ],
)
def test_doubts_an_author_would_want_to_hear(
    cli: Callable[..., Result],
    tmp_path: Path,
    briefing_data: dict[str, Any],
    change: Callable[[dict[str, Any]], None],
    where: str,
    said: str,
) -> None:
    change(briefing_data)
    code, found = problems(cli, write(tmp_path, briefing_data), "--strict")
    assert code == 65
    assert any(line.startswith(f"{where}: ") and line.endswith(said) for line in found), found
    assert "fil" and cli("--briefing", write(tmp_path, briefing_data), "facts").exit_code == 0


def test_two_faq_entries_asking_the_same_question_are_a_warning(
    cli: Callable[..., Result], tmp_path: Path, briefing_data: dict[str, Any]
) -> None:
    copy = dict(briefing_data["faq"][0], id="faq-again", answer="Another answer.")
    copy["question"] = "  " + copy["question"].upper().rstrip("?") + " ?"
    briefing_data["faq"].append(copy)
    _, found = problems(cli, write(tmp_path, briefing_data))
    first = briefing_data["faq"][0]["id"]
    index = len(briefing_data["faq"]) - 1
    assert found == [
        f"$.faq[{index}].question: asks what {first!r} asks: merge the two, or word each "
        "question so that it says how they differ"
    ]
