"""Completion in the real shells, with the scripts `--show-completion` prints: values from
a briefing (here, speakers' names written to attack the shell) reach the command line as
words, one argument each, and nothing in them ever runs."""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.procs import TIMEOUT, run_piped

HOSTILE = 'Ana "$(touch MARK)" López; rm -rf ~ `touch MARK` $HOME\\ x'


@pytest.fixture
def hostile(tmp_path: Path, sheet_data: dict[str, Any]) -> Path:
    data = copy.deepcopy(sheet_data)
    for quote in data["quotes"]:
        quote["speaker"] = HOSTILE
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def script(shell: str) -> str:
    done = run_piped(["--show-completion", shell])
    assert done.code == 0, done.stderr
    return done.stdout.decode()


def run_shell(shell: str, program: str, cwd: Path, briefing: Path) -> list[str]:
    """``program`` in ``shell``, with aimeeting on the PATH and the hostile briefing."""
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "AIMEETING_BRIEFING": str(briefing),
    }
    done = subprocess.run(
        [shell, "-c", program], capture_output=True, cwd=cwd, env=env, timeout=TIMEOUT
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.decode().splitlines()


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_bash_completes_speakers_as_single_words_and_runs_nothing(
    tmp_path: Path, hostile: Path
) -> None:
    program = (
        script("bash")
        + "\nCOMP_WORDS=(aimeeting quotes --speaker ''); COMP_CWORD=3"
        + "\n_aimeeting_completion; printf '%s\\n' \"${COMPREPLY[@]}\""
    )
    offered = run_shell("bash", program, tmp_path, hostile)
    assert offered and "Ana" in offered and "López" in offered
    assert all(" " not in word and "$" not in word and "`" not in word for word in offered)
    assert not (tmp_path / "MARK").exists()


@pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh is not installed")
def test_zsh_completes_speakers_as_single_words_and_runs_nothing(
    tmp_path: Path, hostile: Path
) -> None:
    # compadd and compdef belong to the completion system, which needs a line editor; here
    # they print what they are given, one argument a line, so each word can be counted.
    program = (
        "compdef() { :; }\ncompadd() { shift 2; printf '%s\\n' \"$@\"; }\n_files() { :; }\n"
        + script("zsh").replace("#compdef aimeeting", "")
        + "\nwords=(aimeeting quotes --speaker ''); CURRENT=4; _aimeeting_completion"
    )
    offered = run_shell("zsh", program, tmp_path, hostile)
    assert offered and "Ana" in offered and "López" in offered
    assert all(" " not in word and "$" not in word and "`" not in word for word in offered)
    assert not (tmp_path / "MARK").exists()
