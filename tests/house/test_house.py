"""The house rules of issue 13, checked on the code as it is: no import cycle anywhere, no module
over 400 lines except data tables, a small `assistant/` root. The direction of imports between
folders is `make lint`'s job (`lint-imports`, the contract in pyproject.toml)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[2]
MAX_LINES = 400
# Modules that are mostly tables of words or figures; a table reads best in one place.
# Each has no function in it (the test checks): only the table and the names that build it.
DATA_TABLES = frozenset(
    {
        "assistant/language/area_words.py",  # the words of each area of need
        "assistant/language/concern_rules.py",  # one row per way of saying a concern
    }
)


def cycles(imports: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """Every group of modules that import each other round in a circle (Tarjan's strongly
    connected components, iterative), each sorted, only groups of two or more."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for start in sorted(imports):
        if start in index:
            continue
        work: list[tuple[str, Iterable[str]]] = [(start, iter(sorted(imports.get(start, ()))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(imports.get(child, ())))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        found.append(sorted(group))
    return found


def project_imports() -> dict[str, set[str]]:
    graph = grimp.build_graph("assistant", "planner")
    return {m: set(graph.find_modules_directly_imported_by(m)) for m in graph.modules}


def test_the_cycle_finder_finds_a_circle_and_nothing_else() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set(), "c": {"a", "b"}}) == []


def test_no_module_imports_itself_round_a_circle() -> None:
    assert cycles(project_imports()) == []


def python_modules() -> list[Path]:
    return sorted(
        p
        for top in ("assistant", "planner", "scripts", "bench")
        for p in (ROOT / top).rglob("*.py")
        if "migrations/versions" not in p.as_posix()
    )


@pytest.mark.parametrize("path", python_modules(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_module_is_over_400_lines_unless_it_is_a_table(path: Path) -> None:
    name = path.relative_to(ROOT).as_posix()
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES or name in DATA_TABLES, f"{name}: {lines} lines"


@pytest.mark.parametrize("name", sorted(DATA_TABLES))
def test_a_data_table_module_holds_no_functions(name: str) -> None:
    source = (ROOT / name).read_text(encoding="utf-8")
    assert "def " not in source and "class " not in source and "lambda" not in source, name


def test_the_assistant_root_keeps_three_modules_at_most() -> None:
    assert sorted(p.name for p in (ROOT / "assistant").glob("*.py")) == [
        "__init__.py",
        "main.py",
        "settings.py",
    ]
