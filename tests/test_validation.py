"""What `validate` says, word for word: allowed values, patterns in words, ASCII dates, the
nesting limit, doubts as warnings (errors under --strict), and init's placeholders."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from aimeeting.limits import MAX_PROBLEMS
from aimeeting.sections import ITEM_SECTIONS
from tests.conftest import Result

Change = Callable[[dict[str, Any]], None]


def validate(
    cli: Callable[..., Result], tmp_path: Path, data: dict[str, Any], change: Change, *extra: str
) -> tuple[int, list[str], str]:
    changed = copy.deepcopy(data)
    change(changed)
    path = tmp_path / "b.json"
    path.write_text(json.dumps(changed, indent=2, ensure_ascii=False), encoding="utf-8")
    result = cli("validate", str(path), *extra)
    lines = [line.split(": ", 1)[1] for line in result.stdout.splitlines() if ": $" in line]
    return result.exit_code, lines, result.stderr


def _set(section: str, index: int, key: str, value: Any) -> Change:
    return lambda data: data[section][index].__setitem__(key, value)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            _set("timeline", 0, "status", "done"),
            "$.timeline[0].status: must be one of 'happened', 'planned', 'postponed' or "
            "'cancelled', not 'done'",
        ),
        (
            _set("outcomes", 0, "status", "anounced"),
            "$.outcomes[0].status: must be one of 'expected', 'proposed', 'agreed', "
            "'announced', 'reported' or 'not_reported', not 'anounced' (did you mean "
            "'announced'?)",
        ),
        (
            _set("timeline", 0, "date", "15 March"),
            "$.timeline[0].date: '15 March' is not a date like 2026-11-24, 2026-11 or 2026 "
            "(ASCII digits)",
        ),
        (
            _set("timeline", 0, "date", "\u0662\u0660\u0662\u0666-\u0660\u0663-\u0661\u0665"),
            "$.timeline[0].date: '\u0662\u0660\u0662\u0666-\u0660\u0663-\u0661\u0665' is not a "
            "date like 2026-11-24, 2026-11 or 2026 (ASCII digits)",
        ),
        (
            _set("key_facts", 0, "id", "Bad Id"),
            "$.key_facts[0].id: 'Bad Id' is not an id: ids use only a-z, 0-9, '.', '_' and '-', "
            "starting with a letter or digit",
        ),
        (
            _set("sources", 0, "url", "ftp://example.org"),
            "$.sources[0].url: 'ftp://example.org' is not a web address: one starts with "
            'http:// or https://, with no spaces and none of < > " ` { } | ^ (percent-encode '
            "them)",
        ),
        (
            _set("sources", 0, "url", 'https://example.org/a"onmouseover="x'),
            "$.sources[0].url: 'https://example.org/a\"onmouseover=\"x' is not a web address: "
            'one starts with http:// or https://, with no spaces and none of < > " ` { } | ^ '
            "(percent-encode them)",
        ),
        (
            _set("sources", 0, "url", "https://trusted.example@evil.example/"),
            "$.sources[0].url: a user name in an address (name@host) hides which site it leads "
            "to: give the address without it",
        ),
        (
            _set("quotes", 3, "language", "Japanese"),
            "$.quotes[3].language: 'Japanese' is not a language code like 'en', 'ja' or 'pt-BR'",
        ),
        (
            _set("quotes", 1, "original", "国際協力が重要だ"),
            "$.quotes[1].original: original is for a speaker's own words; a paraphrase has none",
        ),
        (
            _set("quotes", 1, "text", "“We will fund it within two years.”"),
            "$.quotes[1].text: a paraphrase (verbatim: false) is written in quotation marks, "
            "which only a speaker's own words may be: remove them, or set verbatim to true if "
            "these are the speaker's words",
        ),
        (
            _set("key_facts", 0, "value", "16 May\nSource: [9] Ministry https://evil.example"),
            "$.key_facts[0].value: a line break in what is shown on one line (a name, title, "
            "label or short fact): remove it",
        ),
        (
            _set("quotes", 3, "translated_by", None),
            "$.quotes[3].translated_by: the words were spoken in 'ja': say who translated them "
            "into English ('source', 'author', or the translator's name)",
        ),
        (  # a wrong language is the problem, not a translator missing for it
            lambda data: data["quotes"][3].update(language={"code": "ja"}, translated_by=None),
            '$.quotes[3].language: must be text (in double quotes), not {"code": "ja"}',
        ),
        (
            lambda data: data.update(schema_version=1.0),
            "$.schema_version: must be 2 (this format) or 1 (the older one, upgraded when "
            "read), written as a whole number, not 1.0",
        ),
        (
            lambda data: data["event"].update({"k" * 5000: 1}),
            f'$.event["{"k" * 60}… (5,000 characters)"]: unknown key '
            f"'{'k' * 60}… (5,000 characters)'",
        ),
    ],
)
def test_each_problem_is_said_in_words(
    cli: Callable[..., Result],
    tmp_path: Path,
    briefing_data: dict[str, Any],
    change: Change,
    expected: str,
) -> None:
    code, lines, stderr = validate(cli, tmp_path, briefing_data, change)
    assert (code, lines, stderr) == (65, [expected], "aimeeting: 1 problem(s) found\n")


def test_a_lone_surrogate_is_named_as_such(
    cli: Callable[..., Result], tmp_path: Path, briefing_data: dict[str, Any]
) -> None:
    path = tmp_path / "b.json"
    text = json.dumps(briefing_data)  # ASCII: the escape stays an escape
    path.write_text(text.replace('"title": "', '"title": "\\ud800', 1), encoding="utf-8")
    result = cli("validate", str(path))
    assert result.exit_code == 65
    [line] = [line for line in result.stdout.splitlines() if ": $" in line]
    assert line.split(": ", 1)[1].startswith(
        "$.event.title: must be text, and this holds a lone surrogate (an escape from \\ud800 "
        "to \\udfff without its pair), which is no character"
    )


def test_a_date_validate_refuses_cannot_crash_a_command(
    cli: Callable[..., Result], tmp_path: Path, briefing_data: dict[str, Any]
) -> None:
    briefing_data["timeline"][0]["date"] = "\u0662\u0660\u0662\u0666"
    path = tmp_path / "b.json"
    path.write_text(json.dumps(briefing_data), encoding="utf-8")
    for command in ("facts", "timeline", "search"):
        args = [command, "x"] if command == "search" else [command]
        result = cli("--briefing", str(path), *args)
        assert result.exit_code == 65, result.stderr
        assert "(ASCII digits)" in result.stderr


def test_nesting_beyond_the_limit_is_reported_as_such(
    cli: Callable[..., Result], tmp_path: Path, briefing_data: dict[str, Any]
) -> None:
    def deep(data: dict[str, Any]) -> None:
        value: Any = 1
        for _ in range(70):
            value = [value]
        data["event"]["deep"] = value

    code, lines, _ = validate(cli, tmp_path, briefing_data, deep)
    assert code == 65
    assert lines[0] == "$.event.deep: unknown key 'deep'"
    assert lines[1].startswith("$.event.deep" + "[0]" * 62 + ": nesting deeper than 64 levels")


def test_doubts_are_warnings_and_strict_makes_them_errors(
    cli: Callable[..., Result], tmp_path: Path, briefing_data: dict[str, Any]
) -> None:
    def swap(data: dict[str, Any]) -> None:
        data["timeline"][1]["date"] = "2022"  # before the entry above it

    code, lines, stderr = validate(cli, tmp_path, briefing_data, swap)
    assert (code, stderr) == (0, "")
    assert lines == [
        "$.timeline[1].date: warning: 2022 is earlier than the entry before it: the "
        "timeline should run oldest first"
    ]
    code, lines, stderr = validate(cli, tmp_path, briefing_data, swap, "--strict")
    assert (code, stderr) == (65, "aimeeting: 1 problem(s) found\n")
    assert lines == [
        "$.timeline[1].date: 2022 is earlier than the entry before it: the timeline "
        "should run oldest first"
    ]
    code, _, _ = validate(cli, tmp_path, briefing_data, swap, "--strict", "--json")
    result = json.loads(cli("validate", str(tmp_path / "b.json"), "--strict", "--json").stdout)
    assert code == 65 and [p["severity"] for p in result] == ["error"]


def test_warnings_stop_after_the_limit_with_a_line_that_says_so(
    cli: Callable[..., Result], tmp_path: Path, briefing_data: dict[str, Any]
) -> None:
    def repeat(data: dict[str, Any]) -> None:
        entry = data["faq"][0]
        data["faq"] += [dict(entry, id=f"again-{n}") for n in range(MAX_PROBLEMS + 5)]

    code, lines, _ = validate(cli, tmp_path, briefing_data, repeat)
    assert code == 0
    assert len(lines) == MAX_PROBLEMS + 1
    first = len(briefing_data["faq"]) + MAX_PROBLEMS
    assert lines[-1].startswith(f"$.faq[{first}].question: warning: stopped here: ")
    assert "what follows is not reported" in lines[-1]


def test_an_untouched_init_skeleton_is_refused_for_its_placeholders(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    target = tmp_path / "new.json"
    assert cli("init", str(target)).exit_code == 0
    result = cli("validate", str(target))
    assert result.exit_code == 65
    lines = [line.split(": ", 1)[1] for line in result.stdout.splitlines()]
    assert (
        '$.event.title: placeholder "<the event\'s name, as its organisers give it>" left '
        "from 'aimeeting init' or 'upgrade': replace it with the real text"
    ) in lines
    assert all("placeholder" in line for line in lines)
    assert any(line.startswith("$.quotes[0].text: placeholder") for line in lines)
    assert any(line.startswith("$.sources[0].url: placeholder") for line in lines)
    skeleton = json.loads(target.read_text(encoding="utf-8"))
    for key in ITEM_SECTIONS:
        assert len(skeleton[key]) == 1  # one example item in every section


def test_init_dates_are_placeholders_too(cli: Callable[..., Result], tmp_path: Path) -> None:
    target = tmp_path / "new.json"
    cli("init", str(target))
    lines = [line.split(": ", 1)[1] for line in cli("validate", str(target)).stdout.splitlines()]
    assert (
        "$.checked: placeholder '1111-11-11' left from 'aimeeting init' or 'upgrade': replace "
        "it with the real date"
    ) in lines
    assert any(line.startswith("$.event.start: placeholder '1111-11-11'") for line in lines)


def _edit(path: tuple[Any, ...], value: Any) -> Change:
    def change(data: dict[str, Any]) -> None:
        target = data
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return change


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            _edit(("timeline", -1, "status"), "happened"),  # March 2032, planned till now
            "$.timeline[11].status: dated 2032-03, after the facts were checked (2031-05-20), "
            "yet 'happened' (the default status): say 'planned', or check it again",
        ),
        (
            _edit(("quotes", 0, "date"), "2031-06"),
            "$.quotes[0].date: said on 2031-06, after the facts were checked (2031-05-20)",
        ),
        (
            _edit(("sources", 0, "accessed"), "2031-04-01"),
            "$.sources[0].accessed: accessed 2031-04-01 is before the page was published "
            "(2031-04-16)",
        ),
        (
            _edit(("sources", 0, "archived", "date"), "2031-04-15"),
            "$.sources[0].archived: archived 2031-04-15 is before the page was published "
            "(2031-04-16)",
        ),
        (
            _edit(
                ("sources", 0, "archived", "url"),
                "https://example.org/ministry/press/2031/04/16-outcome.html",
            ),
            "$.sources[0].archived.url: the archived copy's address is the page's own: give "
            "the archive's",
        ),
        (
            _edit(("checked",), "2031-06-02"),
            "$.checked: the facts cannot have been checked on 2031-06-02, after today (2031-06-01)",
        ),
    ],
)
def test_facts_that_contradict_their_dates_are_warnings_and_strict_errors(
    cli: Callable[..., Result],
    tmp_path: Path,
    briefing_data: dict[str, Any],
    change: Change,
    expected: str,
) -> None:
    code, lines, _ = validate(cli, tmp_path, briefing_data, change)
    assert code == 0 and [line.replace("warning: ", "") for line in lines] == [expected]
    assert validate(cli, tmp_path, briefing_data, change, "--strict")[0] == 65


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("\u201cWe are ready.\u201d", True),
        ("\u00bbJa.\u00ab", True),
        ("\u201cOpen data is a public good\u201d.", True),  # the full stop outside
        ("\u201dJa\u201d", True),
        ("\uff02Ja\uff02", True),
        ("\u300cData is a public good\u300d", True),
        ("\u201cWe\u2019re ready.\u201d", True),  # an apostrophe in a word closes nothing
        ("\u201cShe said \u2018no\u2019.\u201d", True),
        ('"AI" must be "safe"', False),  # two quotations
        ("'90s policy was about 'basics'", False),
        ("\u201cA\u201d and \u201cB\u201d", False),
        ("We are ready.", False),
        ("'We're ready,' she said", False),
        ("\u2018The ministers\u2019 plan is ready.\u2019", True),  # a plural's apostrophe
        ("\u2018In the \u201990s rules were lax.\u2019", True),
        ("\u201cWe will build a \u201csafe\u201d AI ecosystem.\u201d", True),  # nested
        ("\u00abWe will build a \u00absafe\u00bb AI ecosystem.\u00bb", True),
        ("(\u201cJapan is ready.\u201d)", True),
        ("\u201cJapan is ready\u201d \u2014", True),
        ("\u300cAI\u30b5\u30df\u30c3\u30c8\u300d\u3002", True),  # 「…」。
        ("\u201eJa, wir sind bereit.\u201c", True),
        ("\u201cJapan is ready.\u201d \u201cWe will lead.\u201d", False),  # two
        ("\u201cAI\u201d must be \u2018safe\u2019", False),
        ("\u300cAI\u300d\u3068\u300c\u5b89\u5168\u300d", False),  # 「AI」と「安全」
        ("'90s-era rules are outdated, according to the ministers'", False),
        ("\u00bbJa, wir sind bereit.\u00bb", True),  # Swedish and Finnish: »…»
        ("\u201cWe are ready.\u201c", True),  # marks that do not match, still marks
        ("\uff08\u300c\u6e96\u5099\u300d\uff09", True),  # （「…」）
        ("\u2026\u201cWe are ready.\u201d", True),
    ],
)
def test_what_is_one_quotation_in_marks_of_its_own(text: str, quoted: bool) -> None:
    from aimeeting.briefing.model import in_quotation_marks

    assert in_quotation_marks(text) is quoted
