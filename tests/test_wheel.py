"""presslens as a researcher gets it: the wheel, installed into a fresh virtual environment, makes a
study with ``presslens init`` and runs it with ``presslens run``, far from this checkout.

Installing the wheel's dependencies from scratch takes minutes (JupyterLab, pandas, pyarrow…), so the
new environment borrows them: the wheel itself is installed with ``--no-deps``, and a ``.pth`` file
appends this project's site-packages *after* the new environment's own. Python reads no ``.pth`` file
in a folder added that way, so the editable install of the checkout stays invisible; presslens, its
notebooks and its data files can only come from the wheel. The test checks that they do.

The study runs two of the notebooks (minutes of CI for the rest, whose code tests/test_notebooks.py
runs from the checkout); what the wheel could lack for the others is checked directly: every data
file and notebook of the checkout is in it, and every notebook's imports run from it.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import nbformat
import pytest
from IPython.core.inputtransformer2 import TransformerManager

ROOT = Path(__file__).resolve().parents[1]
STORIES = ROOT / "tests" / "fixtures" / "runner" / "stories.csv"


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("wheel")
    # Built from a clean copy: setuptools' build/ folder in the checkout could carry stale files.
    source = base / "source"
    shutil.copytree(ROOT / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    # pip must not see the checkout (PYTHONPATH=src): it then took presslens as installed and installed nothing.
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(base)],
                           capture_output=True, text=True, timeout=300, env=clean)
    if built.returncode and "No matching distribution" in built.stderr:
        pytest.skip("the build backend could not be fetched (no package index)")
    assert built.returncode == 0, built.stderr
    wheel = next(base.glob("presslens-*.whl"))
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    done = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
                           "--no-index", str(wheel)], capture_output=True, text=True, timeout=300, env=clean)
    assert done.returncode == 0, done.stderr
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    (Path(purelib) / "zz_presslens_test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    work = base / "work"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "JUPYTER"))}
    # nbconvert's templates and the kernel's resources are data files of the borrowed packages.
    env["JUPYTER_PATH"] = str(Path(sys.prefix) / "share" / "jupyter")
    env["JUPYTER_DATA_DIR"] = str(base / "jupyter-data")
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    return {"python": python, "presslens": venv / "bin" / "presslens", "work": work, "env": env,
            "site": Path(purelib)}


def _run(installed, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([str(installed["presslens"]), *args], cwd=installed["work"], env=installed["env"],
                          capture_output=True, text=True, timeout=timeout)


def test_the_wheel_carries_notebooks_and_data_and_nothing_comes_from_the_checkout(installed):
    probe = ("import presslens, presslens.io as io, sys; from importlib import resources; "
             "print(presslens.__file__); print(io.packaged_notebooks()); "
             "print(sorted(p.name for p in io.packaged_notebooks().glob('*.ipynb'))); "
             "print(resources.files('presslens').joinpath('data/quotes_cue_verbs.txt').is_file()); "
             f"print(any(p.startswith({str(ROOT / 'src')!r}) for p in sys.path))")
    lines = subprocess.run([str(installed["python"]), "-c", probe], cwd=installed["work"], env=installed["env"],
                           capture_output=True, text=True, check=True).stdout.splitlines()
    assert lines[0].startswith(str(installed["site"] / "presslens")), lines
    assert lines[1] == str(installed["site"] / "presslens" / "notebooks")
    names = json.loads(lines[2].replace("'", '"'))
    assert names[:4] == ["01_corpus.ipynb", "02_sentiment.ipynb", "03_quotes.ipynb", "04_timeline.ipynb"]
    assert lines[3:] == ["True", "False"]


def test_the_wheel_holds_every_data_file_and_notebook_and_their_imports_run(installed):
    site = installed["site"] / "presslens"
    for folder, pattern in (("data", "*"), ("notebooks", "*.ipynb")):
        shipped = sorted(p.name for p in (site / folder).glob(pattern) if p.is_file())
        assert shipped == sorted(p.name for p in (ROOT / "src" / "presslens" / folder).glob(pattern)
                                 if p.is_file()), folder
    imports = []
    as_python = TransformerManager().transform_cell  # IPython's own reading of magics ("%matplotlib")
    for path in sorted((site / "notebooks").glob("*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type == "code":
                imports += [ast.unparse(node) for node in ast.walk(ast.parse(as_python(cell.source)))
                            if isinstance(node, (ast.Import, ast.ImportFrom))]
    assert any("presslens" in line for line in imports) and len(imports) > 10
    done = subprocess.run([str(installed["python"]), "-c", "\n".join(dict.fromkeys(imports)) + "\nprint('ok')"],
                          cwd=installed["work"], env=installed["env"], capture_output=True, text=True, timeout=300)
    assert done.stdout.split() == ["ok"], done.stderr[-2000:]


def test_outside_a_study_the_packaged_notebooks_are_used_and_said_so(installed):
    done = _run(installed, "run", "--no-progress", "--notebooks", "01")
    assert "running the notebooks installed with presslens" in done.stderr
    assert done.returncode == 2 and "no corpus at" in done.stderr.strip().splitlines()[-1], done.stderr


def test_init_and_run_a_study_from_the_wheel(installed):
    made = _run(installed, "init", "my-study", "--corpus", str(STORIES))
    assert made.returncode == 0, made.stderr
    assert "presslens run my-study" in made.stderr
    study = installed["work"] / "my-study"
    # An undated three-sentence article whose text sits in a `story_text` column: both notebooks run.
    done = _run(installed, "run", "my-study", "--field", "text=story_text", "--no-progress", "--pages", "0",
                "--notebooks", "01,03")
    assert done.returncode == 0, done.stderr
    reports = study / "reports"
    status = json.loads((reports / "run.json").read_text())
    assert status["status"] == "ok" and all(n["status"] == "ok" for n in status["notebooks"])
    assert [n["name"] for n in status["notebooks"]] == ["01_corpus", "03_quotes"]
    corpus = json.loads((reports / "results" / "01_corpus.json").read_text())
    assert corpus["articles"] == 1 and corpus["sentences"] == 3 and corpus["dated"] == 0
    assert json.loads((reports / "results" / "03_quotes.json").read_text())["quotes"] >= 1
    index = (reports / "index.html").read_text()
    assert "03_quotes" in index and 'class="status-ok"' in index
    assert (study / "data" / "processed" / "articles.csv").is_file()
    assert str(ROOT / "src") not in (reports / "run.json").read_text()  # nothing was read from the checkout
