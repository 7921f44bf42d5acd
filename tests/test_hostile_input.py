"""Hostile input, round three: exports that would replace their input, Markdown that a
renderer would read as syntax, decomposed Unicode, huge arguments, an empty --briefing,
noncharacters, and a terminal whose locale is not UTF-8. Each case here failed before."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from markdown_it import MarkdownIt

from tests.conftest import EVENT, Result
from tests.procs import run_on_pty

# ---------------------------------------------------------------- output files


@pytest.mark.parametrize("spelling", ["{b}", "{dir}/../{dir_name}/{name}", "./{name}"])
@pytest.mark.parametrize("option", ["--export-html", "--export-svg"])
def test_an_export_never_replaces_the_briefing_it_reads(
    cli: Callable[..., Result],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    spelling: str,
    option: str,
) -> None:
    briefing = tmp_path / "b.json"
    shutil.copy(EVENT, briefing)
    before = briefing.read_bytes()
    monkeypatch.chdir(tmp_path)
    target = spelling.format(b=briefing, dir=tmp_path, dir_name=tmp_path.name, name="b.json")
    result = cli("--briefing", str(briefing), "facts", option, target)
    assert result.exit_code == 73
    assert result.stderr.endswith(": is the briefing being read: write elsewhere\n")
    assert briefing.read_bytes() == before


def test_an_export_never_replaces_the_file_standard_input_comes_from(tmp_path: Path) -> None:
    """'--briefing - < b.json': the file read is b.json, whatever its name on the line."""
    briefing = tmp_path / "b.json"
    shutil.copy(EVENT, briefing)
    before = briefing.read_bytes()
    command = [sys.executable, "-m", "aimeeting", "--briefing", "-", "facts", "--export-html"]
    env = {k: v for k, v in os.environ.items() if k != "AIMEETING_BRIEFING"}
    with briefing.open("rb") as stdin:
        done = subprocess.run(
            [*command, "b.json"], stdin=stdin, capture_output=True, cwd=tmp_path, env=env
        )
    assert done.returncode == 73, done.stderr
    assert done.stderr.endswith(b": is the briefing being read: write elsewhere\n")
    assert briefing.read_bytes() == before
    with briefing.open("rb") as stdin:  # another file is written as ever
        done = subprocess.run(
            [*command, "page.html"], stdin=stdin, capture_output=True, cwd=tmp_path, env=env
        )
    assert done.returncode == 0 and (tmp_path / "page.html").read_bytes().startswith(b"<!")


def test_an_export_never_replaces_the_bundled_briefing(
    cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from aimeeting.briefing import bundled

    # A stand-in for the bundled file, so that a failure here cannot damage the real one.
    stand_in = tmp_path / "briefing.json"
    shutil.copy(EVENT, stand_in)
    monkeypatch.setattr(bundled, "bundled_briefing_path", lambda: stand_in)
    monkeypatch.delenv("AIMEETING_BRIEFING")
    before = stand_in.read_bytes()
    result = cli("facts", "--export-html", str(stand_in))
    assert result.exit_code == 73 and stand_in.read_bytes() == before


def test_both_exports_to_one_file_are_refused(cli: Callable[..., Result], tmp_path: Path) -> None:
    target = tmp_path / "out"
    result = cli("facts", "--export-html", str(target), "--export-svg", f"{tmp_path}/./out")
    assert result.exit_code == 73 and "both exports would write this one file" in result.stderr
    assert not target.exists()


def test_an_export_to_a_name_ending_in_a_slash_makes_no_file(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    result = cli("facts", "--export-html", f"{tmp_path}/newdir/")
    assert result.exit_code == 73 and "names a folder (it ends in '/')" in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("option", ["--export-html", "--export-svg"])
def test_an_export_to_dash_is_refused_rather_than_a_file_named_dash(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, option: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = cli("facts", option, "-")
    assert result.exit_code == 2 and f"{option} -: an export is written to a file" in (
        result.stderr
    )
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- arguments


def test_an_empty_briefing_option_says_what_is_wrong(cli: Callable[..., Result]) -> None:
    result = cli("--briefing", "", "facts")
    assert result.exit_code == 2
    assert result.stderr == (
        "aimeeting: --briefing is empty: name a briefing file, or '-' for standard input\n"
    )


@pytest.mark.parametrize(
    "args",
    [
        ["facts", "--color", "c" * 150_000],
        ["cite", "x" * 150_000],
        ["--briefing", "/nonexistent/" + "d" * 150_000, "facts"],
        ["facts", "--" + "z" * 150_000],
    ],
    ids=["option value", "id", "path", "unknown option"],
)
def test_a_huge_argument_gives_a_readable_line(cli: Callable[..., Result], args: list[str]) -> None:
    result = cli(*args)
    assert result.exit_code in (1, 2, 66)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and len(lines[0]) < 500, lines[0][:100]


# ---------------------------------------------------------------- Unicode


def decomposed(tmp_path: Path) -> str:
    data = json.loads(EVENT.read_text(encoding="utf-8"))
    for quote in data["quotes"]:
        quote["speaker"] = unicodedata.normalize("NFD", quote["speaker"])
    data["faq"][0]["answer"] = unicodedata.normalize("NFD", "Ostmarra, in the Café Résumé.")
    path = tmp_path / "nfd.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_decomposed_text_is_found_by_search_and_speaker(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    path = decomposed(tmp_path)
    hits = json.loads(cli("--briefing", path, "search", "Résumé", "--json").stdout)
    assert [hit["id"] for hit in hits] == ["faq-host"]
    typed = unicodedata.normalize("NFD", "élodie")  # decomposed on both sides, too
    found = json.loads(cli("--briefing", path, "quotes", "--speaker", typed, "--json").stdout)
    assert [quote["id"] for quote in found] == ["q-varenne", "q-press-agency"]


def test_a_speaker_is_found_without_the_accents_of_their_name(cli: Callable[..., Result]) -> None:
    found = json.loads(cli("quotes", "--speaker", "elodie", "--json").stdout)
    assert [quote["id"] for quote in found] == ["q-varenne", "q-press-agency"]


@pytest.mark.parametrize("char", ["\ufffe", "\uffff", "\U0010ffff", "\ufdd0"])
def test_noncharacters_are_refused_so_no_export_can_be_broken(
    cli: Callable[..., Result], tmp_path: Path, briefing_data: dict[str, Any], char: str
) -> None:
    briefing_data["event"]["title"] = f"A{char}B"
    path = tmp_path / "b.json"
    path.write_text(json.dumps(briefing_data), encoding="utf-8")
    result = cli("--briefing", str(path), "facts", "--export-svg", str(tmp_path / "x.svg"))
    assert result.exit_code == 65 and f"U+{ord(char):04X}" in result.stderr
    assert not (tmp_path / "x.svg").exists()


def test_a_terminal_whose_locale_is_not_utf8_gets_no_c1_bytes() -> None:
    run = run_on_pty(["facts", "--as-of", "2031-06-01"], env={"PYTHONIOENCODING": "latin-1"})
    assert run.code == 0 and b"Kessaly Bay" in run.stdout
    assert [b for b in run.stdout if 0x80 <= b <= 0x9F] == []
    assert "\u00c9lodie".encode("latin-1") in run.stdout  # what it can show, it shows
    assert b"\\u2014" in run.stdout  # and what it cannot is a visible escape


# ---------------------------------------------------------------- Markdown

HOSTILE = [
    "~~struck~~ and 40~50 and 60~70",
    "+ 12 points",
    "- 3% on the year",
    "1. first, 2) second",
    "> not a quote",
    "&amp; &copy; &#39; stay as written",
    "# not a heading",
    "a_b*c*`d`|e|",
    "=== not a heading underline",
]


def rendered_text(markdown: str) -> str:
    """What a reader sees: CommonMark with raw HTML off, plus GitHub's strike-through
    and tables."""
    md = MarkdownIt("commonmark", {"html": False}).enable(["strikethrough", "table"])
    return html.unescape(re.sub(r"<[^>]+>", " ", md.render(markdown)))


def structure(markdown: str) -> list[str]:
    """The sequence of block and inline elements a renderer makes of ``markdown``."""
    md = MarkdownIt("commonmark", {"html": False}).enable(["strikethrough", "table"])
    return re.findall(r"<(\w+)", md.render(markdown))


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize(("section", "key"), [("faq", "answer"), ("challenges", "detail")])
def test_markdown_shows_hostile_text_as_written(
    cli: Callable[..., Result],
    tmp_path: Path,
    briefing_data: dict[str, Any],
    text: str,
    section: str,
    key: str,
) -> None:
    def markdown(value: str) -> str:
        briefing_data[section][0][key] = value
        path = tmp_path / "b.json"
        path.write_text(json.dumps(briefing_data), encoding="utf-8")
        return cli("--briefing", str(path), section, "--format", "markdown").stdout

    hostile, harmless = markdown(text), markdown("Plain words")
    assert structure(hostile) == structure(harmless)  # no list, quote, heading or strike
    assert text in " ".join(rendered_text(hostile).split())  # and every character shown


def test_a_markdown_link_goes_exactly_where_the_address_says(
    cli: Callable[..., Result], tmp_path: Path, briefing_data: dict[str, Any]
) -> None:
    url = "https://example.org/a\\_b?x=1&amp;y=2"
    briefing_data["sources"][0]["url"] = url
    path = tmp_path / "b.json"
    path.write_text(json.dumps(briefing_data), encoding="utf-8")
    out = cli("--briefing", str(path), "sources", "--format", "markdown").stdout
    md = MarkdownIt("commonmark", {"html": False})
    links = re.findall(r'<a href="([^"]+)">', md.render(out))
    wanted = html.escape(url.replace("\\", "%5C"))  # the same address, percent-encoded
    assert wanted in links


@pytest.mark.parametrize("command", ["sources", "facts", "cite"])
def test_an_archived_copy_and_an_address_in_text_link_exactly_there(
    cli: Callable[..., Result], tmp_path: Path, briefing_data: dict[str, Any], command: str
) -> None:
    archived = "https://archive.example/a\\_b?x=1&amp;y=2"
    in_text = "https://example.org/c_d_e?x=1&y=2"
    source = briefing_data["sources"][0]
    source["archived"] = {"url": archived, "date": "2031-04-17"}
    briefing_data["challenges"][0]["detail"] = f"See {in_text}."
    path = tmp_path / "b.json"
    path.write_text(json.dumps(briefing_data), encoding="utf-8")
    args = ["cite", briefing_data["challenges"][0]["id"]] if command == "cite" else [command]
    out = cli("--briefing", str(path), *args, "--format", "markdown").stdout
    pages = [MarkdownIt("commonmark", {"html": False}).render(out)]
    if shutil.which("pandoc"):  # GitHub's flavour links bare addresses too
        pages.append(
            subprocess.run(
                ["pandoc", "-f", "gfm", "-t", "html"], input=out, capture_output=True, text=True
            ).stdout
        )
    for page in pages:  # each link's target as the address it goes to
        found = re.findall(r'<a\s+href="([^"]+)"', page)
        links = {unquote(html.unescape(href)) for href in found}
        if source["id"] in briefing_data["challenges"][0]["sources"] or command != "cite":
            assert archived in links
        if command != "sources":
            assert in_text in links


def test_the_welcome_shows_a_hostile_briefing_name_escaped(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    name = tmp_path / "osc\x1b]0;PWNED\x07\u202e.json"
    name.write_bytes(EVENT.read_bytes())
    result = cli("--briefing", str(name))
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "\u202e" not in result.stdout and "\\x1b]0;PWNED" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("init", ""),
        ("facts", "--export-html", ""),
        ("facts", "--export-svg", ""),
        ("validate", ""),
        ("upgrade", "", "--output", "x.json"),
    ],
)
def test_an_empty_file_name_is_a_usage_error_that_says_so(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    result = cli(*args)
    assert result.exit_code == 2 and "name is empty" in result.stderr, result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "args",
    [
        ("faq", ""),
        ("faq", "  "),
        ("faq", "\u200b"),  # as blank as spaces, once read: a zero-width space,
        ("faq", "\x1b[0m"),  # an escape code,
        ("faq", "?"),  # punctuation alone
        ("search", ""),
        ("search", "\u200b"),
        ("cite", ""),
        ("quotes", "--speaker", ""),
        ("quotes", "--id", ""),
    ],
)
def test_an_empty_question_filter_or_id_is_a_usage_error(
    cli: Callable[..., Result], args: tuple[str]
) -> None:
    result = cli(*args)
    assert result.exit_code == 2 and result.stdout == "", result.stderr
    assert result.stderr.count("\n") == 1


def test_init_to_a_name_ending_in_a_slash_makes_no_file(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    result = cli("init", f"{tmp_path}/newdir/")
    assert result.exit_code == 73 and "names a folder (it ends in '/')" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_very_long_file_name_is_shortened_and_the_reason_kept(
    cli: Callable[..., Result],
) -> None:
    result = cli("--briefing", "x" * 100_000, "facts")
    [line] = result.stderr.splitlines()
    assert result.exit_code == 66 and len(line) < 300
    assert "(a name of 100000 characters)" in line and line.endswith("File name too long")


@pytest.mark.parametrize(
    ("text", "address", "after"),
    [
        ("see https://a.example/x_y.", "https://a.example/x_y", "."),
        ("(see https://a.example/A_(b))", "https://a.example/A_(b)", ")"),
        ("at https://a.example/p?q=1&r=2, then", "https://a.example/p?q=1&r=2", ", then"),
        ("quoted 'https://a.example/z'!", "https://a.example/z", "'!"),
        ("https://a.example/a>b", "https://a.example/a", "\\>b"),
    ],
)
def test_an_address_in_text_ends_where_the_sentence_takes_over(
    text: str, address: str, after: str
) -> None:
    from aimeeting.writers.markdown import escape

    escaped = escape(text)
    assert f"<{address}>{after}" in escaped
    [target] = re.findall(r'<a href="([^"]+)"', MarkdownIt("commonmark").render(escaped))
    assert unquote(html.unescape(target)) == address
