"""The layers import only downwards: core is pure, adapters never import bot/."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ALLOWED = {
    "core": {"core"},
    "storage": {"core", "storage"},
    "nlp": {"core", "nlp"},
    "handlers": {"core", "storage", "nlp", "handlers"},
    "dashboard": {"core", "storage", "nlp", "dashboard"},
}
PROJECT = {"core", "storage", "nlp", "handlers", "dashboard", "bot"}
IO_LIBRARIES = {
    "sqlalchemy",
    "aiohttp",
    "telegram",
    "spacy",
    "asyncpg",
    "aiosqlite",
    "httpx",
    "requests",
    "socket",
    "subprocess",
    "apscheduler",
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_each_layer_imports_only_what_it_may(layer):
    wrong = {
        f"{path.relative_to(ROOT)} imports {name}"
        for path in (ROOT / layer).rglob("*.py")
        for name in _imports(path) & PROJECT
        if name not in ALLOWED[layer]
    }
    assert wrong == set()


def test_core_does_no_io():
    wrong = {
        f"{path.relative_to(ROOT)} imports {name}"
        for path in (ROOT / "core").rglob("*.py")
        for name in _imports(path) & IO_LIBRARIES
    }
    assert wrong == set()
