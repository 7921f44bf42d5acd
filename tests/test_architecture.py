"""The shape of the code, checked: writers are pure, imports point one way with no circle,
only public Typer and Rich API is used, one module turns errors into exit codes, the
sections are listed once, and the README's recipe for adding a section works."""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from aimeeting.sections import ITEM_SECTIONS, SECTIONS
from tests.conftest import ROOT

SRC = ROOT / "src" / "aimeeting"


def modules() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(SRC.rglob("*.py")):
        name = ".".join(("aimeeting", *path.relative_to(SRC).with_suffix("").parts))
        yield name.removesuffix(".__init__"), ast.parse(path.read_text(encoding="utf-8"))


def imported(tree: ast.Module, *, typing_only: bool = False) -> set[str]:
    """Modules a module imports (anywhere, lazily too), without `if TYPE_CHECKING:` ones
    unless ``typing_only``."""
    found: set[str] = set()
    checking: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            checking |= {id(child) for stmt in node.body for child in ast.walk(stmt)}
    for node in ast.walk(tree):
        if (id(node) in checking) != typing_only:
            continue
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


WRITERS = [name for name, _ in modules() if name.startswith("aimeeting.writers")]
PURE = [*WRITERS, "aimeeting.document", "aimeeting.sections", "aimeeting.formats"]
SIDE_EFFECTS = {"os", "sys", "subprocess", "shutil", "socket", "tempfile", "pathlib", "signal"}
SIDE_EFFECT_CALLS = {"open", "print", "input", "exec", "eval", "exit", "__import__"}


@pytest.mark.parametrize("name", PURE)
def test_writers_and_documents_open_no_file_start_no_process_and_touch_no_stream(
    name: str,
) -> None:
    tree = dict(modules())[name]
    assert not {m.split(".")[0] for m in imported(tree)} & SIDE_EFFECTS
    calls = {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert not calls & SIDE_EFFECT_CALLS
    assert "environment" not in " ".join(imported(tree))  # they never see the process


def import_graph() -> dict[str, set[str]]:
    names = {name for name, _ in modules()}
    graph: dict[str, set[str]] = {}
    for name, tree in modules():
        targets = set()
        for module in imported(tree):
            while module and module not in names:
                module = module.rpartition(".")[0]
            if module and module != name and module != "aimeeting":
                targets.add(module)
        graph[name] = targets
    return graph


def test_there_is_no_import_circle() -> None:
    graph = import_graph()
    done: set[str] = set()

    def visit(name: str, path: tuple[str, ...]) -> None:
        assert name not in path, "import circle: " + " -> ".join((*path, name))
        if name in done:
            return
        for target in graph[name]:
            visit(target, (*path, name))
        done.add(name)

    for name in graph:
        visit(name, ())


# Each layer may import only from the layers after it (and itself).
LAYERS = [
    ("aimeeting.__main__", "aimeeting.app"),
    ("aimeeting.cli", "aimeeting.options", "aimeeting.completion"),
    ("aimeeting.authoring", "aimeeting.output", "aimeeting.answers"),
    ("aimeeting.sinks.pager", "aimeeting.sinks.clipboard", "aimeeting.sinks.atomic"),
    ("aimeeting.environment",),
    ("aimeeting.sinks.stdio",),
    ("aimeeting.writers",),
    ("aimeeting.document",),
    ("aimeeting.briefing",),
    ("aimeeting.formats", "aimeeting.sections", "aimeeting.errors", "aimeeting.safetext"),
    ("aimeeting.limits", "aimeeting"),
]


def layer(name: str) -> int:
    for index, prefixes in enumerate(LAYERS):
        if any(name == p or name.startswith(p + ".") for p in prefixes):
            return index
    raise AssertionError(f"{name} is in no layer")


def test_dependencies_point_one_way() -> None:
    wrong = [
        f"{name} -> {target}"
        for name, targets in import_graph().items()
        for target in targets
        if layer(target) < layer(name)
    ]
    assert wrong == []


# The matcher's modules, each leaning only on those before it (its package docstring says
# what each is for): a word list or a rule can be read, and changed, without the index.
FAQ = "aimeeting.answers.faq."
FAQ_LAYERS = [
    "words",
    "items",
    "tuning",
    "question",
    "vocabulary",
    "event",
    "reader",
    "rules",
    "index",
]


def test_the_matcher_modules_lean_only_on_those_before_them() -> None:
    graph = {n.removeprefix(FAQ): t for n, t in import_graph().items() if n.startswith(FAQ)}
    assert sorted(graph) == sorted(FAQ_LAYERS)
    wrong = [
        f"{name} -> {target}"
        for name, targets in graph.items()
        for target in (t.removeprefix(FAQ) for t in targets if t.startswith(FAQ))
        if FAQ_LAYERS.index(target) >= FAQ_LAYERS.index(name)
    ]
    assert wrong == []


def test_only_public_typer_and_rich_api() -> None:
    private = []
    for name, tree in modules():
        for module in imported(tree) | imported(tree, typing_only=True):
            parts = module.split(".")
            if parts[0] in ("typer", "rich", "click") and any(p.startswith("_") for p in parts):
                private.append(f"{name}: {module}")
            if parts[0] == "click":
                private.append(f"{name}: imports click (Typer bundles its own)")
        for node in ast.walk(tree):
            if isinstance(node, ast.keyword) and node.arg and node.arg.startswith("_"):
                private.append(f"{name}: keyword {node.arg}")
            if isinstance(node, ast.Attribute) and node.attr.startswith("_"):
                base = ast.unparse(node.value)
                if base.split(".")[0] in ("typer", "rich", "click"):
                    private.append(f"{name}: {base}.{node.attr}")
            if isinstance(node, ast.Assign):  # a monkeypatch of a framework's internals
                for target in node.targets:
                    if isinstance(target, ast.Attribute) and ast.unparse(target).startswith(
                        ("typer.", "rich.", "click.")
                    ):
                        private.append(f"{name}: assigns {ast.unparse(target)}")
    assert private == []


def test_one_module_turns_errors_into_exit_codes() -> None:
    boundaries = []
    for name, tree in modules():
        source = ast.unparse(tree)
        if re.search(r"error\.exit_code|return ExitCode\.|sys\.exit\(", source):
            boundaries.append(name)
        assert "typer.Exit" not in source, f"{name} raises an exit itself"
    assert boundaries == ["aimeeting.app"]


def test_the_sections_are_listed_once() -> None:
    keys = {spec.key for spec in SECTIONS}
    lists = []
    for name, tree in modules():
        for node in ast.walk(tree):
            if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
                named = [
                    e.value for e in node.elts if isinstance(e, ast.Constant) and e.value in keys
                ]
                if len(named) >= 3:
                    lists.append(name)
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "SectionSpec":
                lists.append(name)
    assert set(lists) == {"aimeeting.sections"}
    assert lists.count("aimeeting.sections") == len(SECTIONS)  # one SectionSpec each


def test_the_model_has_a_list_for_each_item_section_in_the_table_order() -> None:
    from aimeeting.briefing.model import Briefing

    lists = [key for key in Briefing.model_fields if key in ITEM_SECTIONS]
    assert lists == list(ITEM_SECTIONS)
    shown = [key for key in Briefing.model_fields if key not in ("schema_version", "checked")]
    assert shown == [spec.key for spec in SECTIONS]


# ---------------------------------------------------------------- the README's recipe

RECIPE = re.compile(r"To add a section:\n(.*?)\n\n", re.S)


def test_the_readme_has_the_recipe_this_test_follows() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = RECIPE.search(readme)
    assert found, "the README has no 'To add a section:' recipe"
    steps = found.group(1)
    for place in ("briefing/model.py", "Briefing", "document.py", "SECTIONS", "sections.py"):
        assert place in steps


RISK_MODEL = """

class Risk(Sourced):
    title: Text = Field(description="A headline for the risk.")
    detail: Text = Field(description="What could go wrong, and who says so.")
"""
RISK_FIELD = '    risks: ItemList[Risk] = Field(default=[], description="What could go wrong.")\n'
RISK_ENTRY = """

def risk_entry(item: Risk, ctx: Context) -> Entry:
    return Entry(item.id, "", item.title, item.detail, item_caveats(item), ctx.refs(item.sources))
"""
RISK_SPEC = """    SectionSpec(
        "risks",
        "Risks",
        "list",
        ("", "Risk"),
        "risk_entry",
        "risks",
        "Show the risks the coverage names.",
        "aimeeting risks --format markdown",
    ),
"""


def follow_the_recipe(src: Path) -> None:
    """The README's three steps, as an author would make them, in a copy of the code."""
    model = src / "briefing" / "model.py"
    text = model.read_text(encoding="utf-8")
    text = text.replace("\n\nclass FaqEntry(Sourced):", RISK_MODEL + "\n\nclass FaqEntry(Sourced):")
    anchor = "    faq: ItemList[FaqEntry]"
    text = text.replace(anchor, RISK_FIELD + anchor)
    model.write_text(text, encoding="utf-8")
    document = src / "document.py"
    text = document.read_text(encoding="utf-8").replace(
        "    Quote,\n", "    Quote,\n    Risk,\n", 1
    )
    document.write_text(text + RISK_ENTRY, encoding="utf-8")
    sections = src / "sections.py"
    text = sections.read_text(encoding="utf-8")
    at = text.index('    SectionSpec(\n        "faq",')
    sections.write_text(text[:at] + RISK_SPEC + text[at:], encoding="utf-8")


def test_adding_a_section_by_the_recipe_gives_every_place_it_should(tmp_path: Path) -> None:
    copy = tmp_path / "aimeeting"
    shutil.copytree(SRC, copy, ignore=shutil.ignore_patterns("__pycache__"))
    follow_the_recipe(copy)
    briefing = tmp_path / "b.json"
    data = (ROOT / "tests" / "data" / "event.json").read_text(encoding="utf-8")
    data = data.replace(
        '  "faq": [',
        '  "risks": [{"id": "r-storm", "sources": ["src-ministry-outcome"], '
        '"title": "A storm RISKWORD", "detail": "Ships may not sail.", '
        '"note": "RISKNOTE"}],\n  "faq": [',
        1,
    )
    briefing.write_text(data, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path), "AIMEETING_BRIEFING": str(briefing)}

    def run(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "aimeeting", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            cwd=tmp_path,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert "RISKS" in run("risks") and "RISKNOTE" in run("risks")  # its own command
    assert "risks" in run("--help")
    facts = run("facts")
    assert facts.index("CHALLENGES") < facts.index("RISKS") < facts.index("FAQ")
    assert "RISKNOTE" in run("facts", "--format", "markdown")
    assert "r-storm" in run("facts", "--json") and "r-storm" in run("risks", "--json")
    assert "r-storm" in run("search", "riskword", "--section", "risks")
    assert "RISKNOTE" in run("cite", "r-storm")
    items = sum(len(v) for k, v in json.loads(data).items() if k in ITEM_SECTIONS) + 1
    assert f"valid: {items} items" in run("validate")  # counted with the other items
    skeleton = tmp_path / "new.json"
    run("init", str(skeleton))
    assert '"risks": [' in skeleton.read_text(encoding="utf-8")
