"""The documentation: the MkDocs site builds in strict mode (a broken link or image fails it) and loads nothing
from another host; every `--help` the pages show is the real output; the README stays short and its links
point at files that exist."""
from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"
README = REPO / "README.md"
# The width the help shown in the docs was printed at (argparse wraps to $COLUMNS).
HELP_COLUMNS = "100"

needs_mkdocs = pytest.mark.skipif(
    importlib.util.find_spec("mkdocs") is None and os.environ.get("CI") != "true",
    reason="mkdocs is not installed in this venv (requirements.txt pins it: run `make setup`)",
)


def _build(config: Path, site: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site)],
                          capture_output=True, text=True, timeout=120)


@needs_mkdocs
def test_site_builds_in_strict_mode_and_loads_nothing_from_elsewhere(tmp_path: Path) -> None:
    site = tmp_path / "site"
    build = _build(REPO / "mkdocs.yml", site)
    assert build.returncode == 0, build.stderr
    pages = sorted(page.stem for page in DOCS.glob("*.md"))
    assert sorted(page.stem for page in site.glob("*.html") if page.stem not in {"404", "search"}) == pages
    for page in site.glob("*.html"):
        remote = re.findall(r'<(?:script|link|img)[^>]*(?:src|href)="((?:https?:)?//[^"]*)"', page.read_text(encoding="utf-8"))
        assert remote == [], f"{page.name} loads {remote}"
    assert (site / "screenshots" / "Overview.png").is_file()


@needs_mkdocs
@pytest.mark.parametrize("broken", ["[the store](no-such-page.md)", "![a picture](screenshots/no-such.png)"])
def test_a_broken_link_fails_the_build(tmp_path: Path, broken: str) -> None:
    shutil.copytree(DOCS, tmp_path / "docs")
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    with (tmp_path / "docs" / "index.md").open("a", encoding="utf-8") as index:
        index.write(f"\nSee {broken}.\n")
    build = _build(tmp_path / "mkdocs.yml", tmp_path / "site")
    assert build.returncode != 0
    assert re.search(r"WARNING .*no-such", build.stderr), build.stderr


def _help_blocks() -> list[tuple[str, str, str]]:
    """(page, module, output shown) for every ```console block of docs/ that starts `$ python -m MODULE --help`."""
    found = []
    for page in sorted(DOCS.glob("*.md")):
        for module, shown in re.findall(r"```console\n\$ python -m ([\w.]+) --help\n(.*?)```", page.read_text(encoding="utf-8"), re.S):
            found.append((page.name, module, shown))
    return found


def test_the_docs_show_help_of_the_main_commands() -> None:
    assert {module for _, module, _ in _help_blocks()} >= {"extract", "extract.evaluate"}


@pytest.mark.parametrize("page,module,shown", _help_blocks(), ids=lambda value: str(value)[:30])
def test_help_shown_in_the_docs_is_what_the_command_prints(page: str, module: str, shown: str) -> None:
    run = subprocess.run([sys.executable, "-m", module, "--help"], cwd=REPO, capture_output=True, text=True,
                         env={**os.environ, "COLUMNS": HELP_COLUMNS}, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout == shown, f"docs/{page}: the help of `python -m {module}` changed; paste its output there"


def test_readme_is_short_with_the_two_commands_and_links_that_exist() -> None:
    text = README.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 40
    (commands,) = re.findall(r"```bash\n(.*?)```", text, re.S)
    assert [line.split("#")[0].strip() for line in commands.splitlines()] == ["make dashboard", "make test"]
    targets = re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", text)
    assert "docs/index.md" in targets and "docs/screenshots/Overview.png" in targets
    for target in targets:
        assert (REPO / target).exists(), f"README links to {target}, which does not exist"


def test_the_python_example_prints_the_rows_shown() -> None:
    """docs/cli.md's `extract_relations` example: the rows its comment shows (the columns that fit) are the ones
    the call returns."""
    from extract.pipeline import extract_relations

    block = re.search(r"```python\n(from extract\.pipeline import extract_relations\n(extract_relations\((.*?)\))\n(.*?))```",
                      (DOCS / "cli.md").read_text(encoding="utf-8"), re.S)
    assert block, "docs/cli.md: the extract_relations example is gone"
    shown = re.findall(r"^# \d+\s+text\s+(\S+)\s+(\S+)\s+(support|opposition|mediation)\s.*?\s([0-9.]+)\s+(\S+)\s+(\S+)$",
                       block.group(4), re.M)
    assert shown, "no rows in the example's output"
    rows = extract_relations(eval(block.group(3)))  # the documented argument, a string literal
    got = [(r.actor1, r.actor2, r.relation, f"{r.confidence:.2f}", r.cue, r.rule) for r in rows.itertuples()]
    assert got == shown
