"""The package: pyproject.toml's ranges admit the pins CI tests, the console scripts point at real functions, a
built package carries the dictionary and lexicon and reads them when no checkout is beside it, and the
dashboard launcher says what to do when the app is not there."""
from __future__ import annotations

import importlib
import io
import os
import re
import subprocess
import sys
import tomllib
from contextlib import redirect_stderr
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

import extract
from extract.datafiles import default_data_folder
from views import launch

REPO = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def _pins() -> dict[str, str]:
    pins = {}
    for line in (REPO / "requirements.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, version = line.split("==")
            pins[canonicalize_name(name)] = version.strip()
    return pins


def test_every_dependency_is_pinned_within_its_range() -> None:
    pins = _pins()
    declared = [Requirement(line) for line in PYPROJECT["project"]["dependencies"]]
    declared += [Requirement(line) for extra in PYPROJECT["project"]["optional-dependencies"].values() for line in extra]
    for requirement in declared:
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} is in pyproject.toml but not pinned in requirements.txt"
        assert requirement.specifier.contains(pins[name]), f"{name}=={pins[name]} is outside {requirement.specifier}"
    assert pins.keys() <= {canonicalize_name(r.name) for r in declared}, "a pin that pyproject.toml does not declare"


def test_version_comes_from_the_package() -> None:
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "extract.__version__"}
    assert re.fullmatch(r"\d+\.\d+\.\d+", extract.__version__)


@pytest.mark.parametrize("script", ["libya-extract", "libya-dashboard"])
def test_console_scripts_point_at_functions(script: str) -> None:
    module, function = PYPROJECT["project"]["scripts"][script].split(":")
    assert callable(getattr(importlib.import_module(module), function))


def test_libya_extract_is_python_m_extract() -> None:
    run = subprocess.run([sys.executable, "-c", "import sys; sys.argv[1:] = ['--no-such-option']\n"
                          "from extract.__main__ import entry_point; entry_point()"],
                         cwd=REPO, capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and "usage: python -m extract" in run.stderr, run.stderr


def test_the_build_bundles_the_data_and_an_installed_copy_reads_it(tmp_path: Path) -> None:
    """setup.py's build step (what a wheel is made from), then the built package imported with no checkout
    beside it: it reads its own copy of the dictionary and lexicon."""
    lib = tmp_path / "lib"
    build = subprocess.run([sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(lib)], cwd=REPO,
                           capture_output=True, text=True, timeout=120)
    assert build.returncode == 0, build.stderr
    for name in ("dictionary", "lexicon"):
        bundled = sorted(p.name for p in (lib / "extract" / "bundled" / name).iterdir())
        assert bundled == sorted(p.name for p in (REPO / "data" / name).iterdir())
    run = subprocess.run([sys.executable, "-c", "import extract.dictionary as d, extract.lexicon as l\n"
                          "print(d.__file__); print(d.DEFAULT_DICTIONARY_DIR); print(l.DEFAULT_LEXICON_DIR)\n"
                          "print(len(d.load_dictionary().actors)); l.load_lexicon()"],
                         cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(lib)}, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    module, dictionary, lexicon, actors = run.stdout.split()
    assert Path(module).is_relative_to(lib)
    assert (dictionary, lexicon) == (str(lib / "extract" / "bundled" / "dictionary"), str(lib / "extract" / "bundled" / "lexicon"))
    assert int(actors) > 200


def test_the_checkout_data_comes_before_the_bundled_copy(tmp_path: Path) -> None:
    checkout, bundled = tmp_path / "data", tmp_path / "extract" / "bundled"
    (bundled / "lexicon").mkdir(parents=True)
    assert default_data_folder("lexicon", (checkout, bundled)) == bundled / "lexicon"
    (checkout / "lexicon").mkdir(parents=True)
    assert default_data_folder("lexicon", (checkout, bundled)) == checkout / "lexicon"
    # Neither: the checkout's path, so the reader's "not found" names where the data belongs.
    assert default_data_folder("dictionary", (checkout, bundled)) == checkout / "dictionary"


def test_this_checkout_reads_its_own_data() -> None:
    from extract.dictionary import DEFAULT_DICTIONARY_DIR
    from extract.lexicon import DEFAULT_LEXICON_DIR

    assert (DEFAULT_DICTIONARY_DIR, DEFAULT_LEXICON_DIR) == (REPO / "data" / "dictionary", REPO / "data" / "lexicon")


def test_the_dashboard_launcher_runs_streamlit_on_the_checkouts_app() -> None:
    assert launch.APP == REPO / "dashboard.py"
    assert launch.streamlit_argv(launch.APP, ["--server.port", "8600"]) == [
        "streamlit", "run", str(REPO / "dashboard.py"), "--server.port", "8600"]


def test_the_dashboard_launcher_serves_the_app_in_its_own_process(data_env: Path) -> None:
    """`libya-dashboard` runs Streamlit in the process that preloaded the first page's modules (views.launch)."""
    import time
    import urllib.request

    from conftest import free_port, stop_process

    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "views.launch", "--server.headless", "true", "--server.port",
                               str(port), "--server.address", "127.0.0.1"], cwd=REPO, env=dict(os.environ),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, server.stderr.read().decode(errors="replace")[-2000:]
            assert time.monotonic() < deadline, "the dashboard did not answer within 60 s"
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                time.sleep(0.2)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as page:
            assert page.status == 200 and b"<html" in page.read().lower()
    finally:
        stop_process(server)


def test_the_dashboard_launcher_without_the_app_says_what_to_do(tmp_path: Path) -> None:
    err = io.StringIO()
    with redirect_stderr(err):
        assert launch.main([], app=tmp_path / "dashboard.py") == 2
    assert f"no dashboard at {tmp_path / 'dashboard.py'}" in err.getvalue()
    assert "pip install -e CHECKOUT" in err.getvalue()
