"""The installed program as a user runs it: entry points, imports, streams, signals."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import HELD
from tests.procs import run_on_pty, run_piped, script_path


def test_installed_script_runs_facts_from_another_folder(tmp_path: Path) -> None:
    done = subprocess.run(
        [str(script_path()), "facts"],
        capture_output=True,
        timeout=30,
        cwd=tmp_path,
        env={**os.environ, "NO_COLOR": ""},
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode("utf-8")
    assert "Third Ministerial Meeting of the Orrindale Compact on Open Data" in out
    assert "\u201cOpen data only works when people can trust whoever looks after it.\u201d" in out
    assert b"\x1b" not in done.stdout


def test_python_dash_m_equals_the_script(tmp_path: Path) -> None:
    by_module = run_piped(["facts", "--json"], cwd=tmp_path)
    by_script = subprocess.run(
        [str(script_path()), "facts", "--json"], capture_output=True, timeout=30, cwd=tmp_path
    )
    assert by_module.code == by_script.returncode == 0
    assert by_module.stdout == by_script.stdout
    assert json.loads(by_module.stdout)["event"]["venues"][0]["city"] == "Kessaly Bay"


def test_facts_json_never_imports_rich() -> None:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "aimeeting", "facts", "--json"],
        capture_output=True,
        timeout=30,
        text=True,
    )
    assert done.returncode == 0
    imported = [line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()]
    assert "json" in imported and "pydantic" in imported  # the trace really is there
    assert [name for name in imported if name.split(".")[0] == "rich"] == []


def test_version_imports_neither_typer_nor_rich_nor_pydantic() -> None:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "aimeeting", "--version"],
        capture_output=True,
        timeout=30,
        text=True,
    )
    roots = {line.rsplit("|", 1)[-1].strip().split(".")[0] for line in done.stderr.splitlines()}
    assert done.stdout.startswith("aimeeting ") and "aimeeting" in roots
    assert not roots & {"typer", "rich", "pydantic"}


def test_color_on_a_terminal_and_plain_in_a_pipe() -> None:
    assert b"\x1b[" in run_on_pty(["timeline"]).stdout
    assert b"\x1b" not in run_piped(["timeline"]).stdout
    assert b"\x1b[3" not in run_on_pty(["timeline"], env={"NO_COLOR": "1"}).stdout
    dumb = run_on_pty(["timeline"], env={"TERM": "dumb"}).stdout
    assert b"\x1b" not in dumb and "─".encode() not in dumb
    # --color always is asked for in so many words: a dumb terminal's TERM does not undo it
    forced = run_piped(["timeline", "--color", "always"], env={"TERM": "dumb"}).stdout
    assert b"\x1b[" in forced and "─".encode() in forced


@pytest.mark.parametrize(
    "args", [["facts"], ["--help"], ["facts", "--help"], ["--version"], []], ids=" ".join
)
def test_broken_pipe_ends_quietly_with_141(args: list[str]) -> None:
    """Help and version too: Click, which prints them while it parses, would exit 1."""
    process = subprocess.Popen(
        [sys.executable, "-m", "aimeeting", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader goes away before anything is written
    stderr = process.stderr.read()
    assert process.wait(timeout=30) == 141
    assert stderr == b""


def test_ctrl_c_exits_130_quietly() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "aimeeting", "--briefing", "-", "facts"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    time.sleep(1.5)  # it is now waiting on standard input
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert (out, err) == (b"", b"")


@pytest.mark.parametrize("columns", ["0", "-5", "abc", "99999999999", ""])
def test_any_claimed_terminal_width_gives_sane_output(columns: str) -> None:
    done = run_piped(["timeline"], env={"COLUMNS": columns})
    assert done.code == 0
    widths = [len(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert 20 <= max(widths) <= 400


def test_an_encoding_that_cannot_show_the_text_does_not_crash() -> None:
    done = run_piped(["facts"], env={"PYTHONIOENCODING": "ascii"})
    assert done.code == 0
    assert b"Kessaly Bay" in done.stdout
    assert "データ".encode() in done.stdout  # data in a pipe is UTF-8, whatever the locale


def test_usage_error_is_one_line_with_exit_2() -> None:
    done = run_piped(["facts", "--no-such-option"])
    assert done.code == 2
    assert (
        done.stderr
        == b"aimeeting: No such option: --no-such-option (see 'aimeeting facts --help')\n"
    )
    assert done.stdout == b""


def test_a_value_outside_the_choices_says_so_without_pydantic_words() -> None:
    done = run_piped(["facts", "--format", "xml"])
    assert done.code == 2
    assert done.stderr == (
        b"aimeeting: Invalid value for '--format' / '-f': 'xml' is not one of 'text', "
        b"'markdown', 'html', 'json'. (see 'aimeeting facts --help')\n"
    )


def test_pager_honours_PAGER_on_a_terminal(tmp_path: Path) -> None:
    paged = tmp_path / "paged.txt"
    run = run_on_pty(
        ["timeline", "--pager", *HELD],
        env={"PAGER": f"cat > {paged}", "AIMEETING_PAGER": f"cat > {paged}"},
    )
    assert run.code == 0
    assert "Compact founded" in paged.read_text(encoding="utf-8")
    assert b"Compact founded" not in run.stdout


@pytest.mark.parametrize(
    ("day", "message"),
    [
        ("2026-02-30", "no such day: 2026-02-30"),
        ("2026-2-3", "'2026-2-3' is not a day of the form YYYY-MM-DD"),
    ],
)
def test_a_bad_as_of_says_what_is_wrong_with_it(day: str, message: str) -> None:
    done = run_piped(["summary", "--as-of", day])
    assert done.code == 2
    assert (
        done.stderr
        == (
            f"aimeeting: Invalid value for --as-of: {message} (see 'aimeeting summary --help')\n"
        ).encode()
    )


def test_on_a_terminal_long_output_goes_through_the_pager_by_default(tmp_path: Path) -> None:
    paged = tmp_path / "paged.txt"
    run = run_on_pty(["facts", *HELD], env={"AIMEETING_PAGER": f"cat > {paged}"})
    assert run.code == 0
    assert "Compact founded" in paged.read_text(encoding="utf-8")
    assert b"Compact founded" not in run.stdout


def test_no_pager_and_short_output_print_directly(tmp_path: Path) -> None:
    paged = tmp_path / "paged.txt"
    env = {"AIMEETING_PAGER": f"cat > {paged}"}
    run = run_on_pty(["facts", "--no-pager", *HELD], env=env)
    assert run.code == 0 and b"Compact founded" in run.stdout
    assert not paged.exists()


@pytest.mark.parametrize(
    ("pager", "said"),
    [
        ("/nonexistent/pager", "aimeeting: cannot start the pager"),
        ("no-such-pager-command -R", "aimeeting: cannot start the pager"),
        ("false", "failed (exit 1)"),  # starts, then fails having shown nothing
        ("sh -c 'exit 3'", "failed (exit 3)"),
        ("cat\x1b[31m", "the pager 'cat\\x1b[31m' (not found)"),  # escaped once, as elsewhere
    ],
)
def test_a_pager_that_cannot_start_or_fails_gives_one_line_and_the_output(
    pager: str, said: str
) -> None:
    run = run_on_pty(["facts", *HELD], env={"AIMEETING_PAGER": pager})
    assert run.code == 0
    text = run.stdout.decode("utf-8", "replace")
    assert "Compact founded" in text  # printed directly, not lost
    assert text.count("aimeeting: ") == 1
    assert said in text


def test_a_pager_killed_by_a_signal_was_quit_by_its_reader() -> None:
    run = run_on_pty(["facts", *HELD], env={"AIMEETING_PAGER": "sh -c 'kill -TERM $$'"})
    assert run.code == 0
    assert b"aimeeting: " not in run.stdout  # no notice, and the sheet is not printed again
    assert b"Compact founded" not in run.stdout


def test_install_completion_for_a_named_shell(tmp_path: Path) -> None:
    done = run_piped(["--install-completion", "zsh"], env={"HOME": str(tmp_path)})
    assert done.code == 0
    assert done.stdout.decode().startswith("zsh completion installed in ")
    assert (tmp_path / ".zfunc" / "_aimeeting").is_file()
    refused = run_piped(["--install-completion", "tcsh"], env={"HOME": str(tmp_path)})
    assert refused.code == 2 and refused.stderr.startswith(b"aimeeting: unknown shell 'tcsh'")


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("aimeeting quotes --id q-o", "q-opening"),
        ("aimeeting cite kf-w", "kf-when\nkf-where\nkf-who"),
        ("aimeeting quotes --speaker Id", "Idris"),  # one word: never two arguments
        ("aimeeting quotes --speaker hosh", "hoshimura"),  # --speaker matches any case
    ],
)
def test_completion_offers_values_from_the_briefing(words: str, expected: str) -> None:
    env = {
        "_AIMEETING_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - 1),
    }
    done = run_piped([], env=env)
    assert done.code == 0
    assert done.stdout.decode().strip() == expected


def test_aimeeting_alone_is_a_short_start_on_stdout() -> None:
    done = run_piped([])
    assert (done.code, done.stderr) == (0, b"")
    out = done.stdout.decode()
    assert out.startswith("Briefing: Third Ministerial Meeting of the Orrindale Compact")
    assert "aimeeting facts" in out and "aimeeting faq QUESTION..." in out
    assert len(out.splitlines()) <= 12


def test_arguments_are_read_as_utf8_in_a_locale_of_another_encoding() -> None:
    # With the C locale and Python's UTF-8 mode off, argv arrives undecoded: the name typed
    # must still be the name searched for.
    ascii_locale = {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": "utf-8"}
    done = run_piped(["search", "Élodie"], env=ascii_locale)
    assert done.code == 0, done.stderr
    assert "Élodie Varenne" in done.stdout.decode("utf-8")


def test_aimeeting_alone_still_helps_when_the_briefing_is_broken(tmp_path: Path) -> None:
    broken = tmp_path / "b.json"
    broken.write_text("{", encoding="utf-8")
    done = run_piped([], env={"AIMEETING_BRIEFING": str(broken)})
    # The start on stdout for whoever typed it; the error, as every error is, for a script.
    assert done.stdout.startswith(b"Briefing: cannot be loaded\n")
    assert b"Start with:" in done.stdout
    assert done.code == 65
    [line] = done.stderr.decode().splitlines()
    assert line.startswith("aimeeting: ") and "b.json" in line
    missing = run_piped(["--briefing", str(tmp_path / "none.json")])
    assert missing.code == 66 and len(missing.stderr.decode().splitlines()) == 1


def test_a_dumb_terminal_gets_no_pager_and_no_escape_codes(tmp_path: Path) -> None:
    paged = tmp_path / "paged.txt"
    env = {"TERM": "dumb", "AIMEETING_PAGER": f"cat > {paged}"}
    run = run_on_pty(["facts", *HELD], env=env)
    assert run.code == 0 and not paged.exists()
    assert b"Compact founded" in run.stdout and b"\x1b" not in run.stdout
