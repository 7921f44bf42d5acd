"""Shell completion: the scripts for bash, zsh and fish, installing them, and completion
values that cannot carry shell syntax.

The scripts ask aimeeting for completions through Click's plain protocol (one value per
line) and hand each value to the shell as data: bash quotes it with `printf %q`, zsh adds
it with `compadd` (which quotes), fish never evaluates it. Nothing is `eval`ed, so a value
from a briefing cannot run as code; on top of that, values from a briefing are single
words of letters, digits, '.', '-' and '_' (see ``safe_words``), so they need no quoting.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from aimeeting.errors import OutputError, UsageError

if TYPE_CHECKING:
    from aimeeting.environment import Environment

SHELLS = ("bash", "zsh", "fish")
COMPLETE_VAR = "_AIMEETING_COMPLETE"

BASH = r"""
_aimeeting_completion() {
    local value
    local -a values
    mapfile -t values < <(env COMP_WORDS="${COMP_WORDS[*]}" COMP_CWORD="$COMP_CWORD" \
        _AIMEETING_COMPLETE=complete_bash aimeeting 2>/dev/null)
    COMPREPLY=()
    for value in "${values[@]}"; do
        [[ -n $value ]] && COMPREPLY+=("$(printf '%q' "$value")")
    done
    return 0
}
complete -o default -F _aimeeting_completion aimeeting
"""

ZSH = r"""
#compdef aimeeting

_aimeeting_completion() {
  local -a values
  values=("${(@f)$(env COMP_WORDS="${words[1,CURRENT]}" COMP_CWORD=$((CURRENT - 1)) \
    _AIMEETING_COMPLETE=complete_bash aimeeting 2>/dev/null)}")
  values=(${values:#})
  if (( ${#values} )); then
    compadd -U -- "${values[@]}"
  else
    _files
  fi
}

compdef _aimeeting_completion aimeeting
"""

FISH = (
    "complete --command aimeeting --no-files --arguments "
    '"(env _AIMEETING_COMPLETE=complete_fish _TYPER_COMPLETE_FISH_ACTION=get-args '
    '_TYPER_COMPLETE_ARGS=(commandline -cp) aimeeting)" --condition '
    '"env _AIMEETING_COMPLETE=complete_fish _TYPER_COMPLETE_FISH_ACTION=is-args '
    '_TYPER_COMPLETE_ARGS=(commandline -cp) aimeeting"\n'
)

SCRIPTS = {"bash": BASH.lstrip(), "zsh": ZSH.lstrip(), "fish": FISH}

_SAFE_WORD = re.compile(r"[^\W_][\w.-]*", re.UNICODE)
_PUNCTUATION = ",;:.!?\"'()[]{}\u201c\u201d\u2018\u2019\u00ab\u00bb"
"""Taken off a word's ends: 'López;' offers 'López' (a name is matched by any part)."""


def safe_words(text: str) -> list[str]:
    """The words of ``text`` that can go on a command line as they are: letters, digits,
    '.', '-' and '_' only, never shell syntax or spaces (so 'Ana López' offers 'Ana' and
    'López', each one argument, and a name full of quotes or '$(' offers only its plain
    words); punctuation at a word's ends is left off."""
    words = (word.strip(_PUNCTUATION) for word in re.split(r"\s+", text))
    return [word for word in words if _SAFE_WORD.fullmatch(word)]


def complete_from(candidates: Iterable[str], incomplete: str) -> list[str]:
    """The safe words of the candidates that start with what was typed, in any case, and
    go on from it as typed ('taka' -> 'takaichi'): the options these complete match any
    case, and shells keep only values that start with what is on the line."""
    typed = incomplete.casefold()
    found = dict.fromkeys(
        incomplete + word[len(incomplete) :]
        for text in candidates
        for word in safe_words(text)
        if word.casefold().startswith(typed) and len(word.casefold()) == len(word)
    )
    return list(found)


def choose_shell(named: str | None, vars: Mapping[str, str]) -> str:
    """The shell named, else the login shell ($SHELL); UsageError for any other."""
    shell = named or Path(vars.get("SHELL", "")).name
    if shell not in SHELLS:
        said = f"unknown shell {shell!r}" if shell else "cannot tell which shell you use"
        raise UsageError(f"{said}: name one of {', '.join(SHELLS)}")
    return shell


def install_places(shell: str, home: Path) -> tuple[Path, Path | None, str | None]:
    """Where the script goes, and the start-up file and line that load it (as Typer does,
    so an earlier installation is replaced, not doubled)."""
    if shell == "bash":
        script = home / ".bash_completions" / "aimeeting.sh"
        return script, home / ".bashrc", f"source '{script}'"
    if shell == "zsh":
        line = "fpath+=~/.zfunc; autoload -Uz compinit; compinit"
        return home / ".zfunc" / "_aimeeting", home / ".zshrc", line
    return home / ".config" / "fish" / "completions" / "aimeeting.fish", None, None


def answer(option: str, shell: str | None, env: Environment) -> None:
    """`--show-completion [SHELL]` prints the script; `--install-completion [SHELL]` puts
    it where the shell loads it."""
    chosen = choose_shell(shell, env.vars)
    script = SCRIPTS[chosen]
    if option == "--show-completion":
        env.stdout.write_text(script)
        return
    from aimeeting.sinks.atomic import append_line, write_atomic

    home = Path(env.vars.get("HOME") or Path.home())
    target, startup, line = install_places(chosen, home)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{target.parent}: cannot create: {error.strerror or error}") from None
    write_atomic(target, script.encode("utf-8"))
    if startup is not None and line is not None:
        append_line(startup, line)
    env.stdout.write_text(
        f"{chosen} completion installed in {target}; it takes effect in a new shell\n"
    )
