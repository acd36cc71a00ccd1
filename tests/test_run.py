"""The headless runner: parameters as data, atomic outputs, failures and killed runs.

Most tests build a tiny throwaway project (pyproject.toml, src/presslens/, notebooks/) in a temporary
folder, so that failing and sleeping notebooks can be run through ``presslens run`` without touching
the real notebooks.
"""

from __future__ import annotations

import ast
import json
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslens import run
from presslens.run import ParameterError, discover_notebooks, parse_value, plan_parameters

PRESSLENS = [sys.executable, "-m", "presslens"]


def _notebook(path: Path, parameters: str, *cells: str) -> None:
    nb = nbformat.v4.new_notebook(metadata={
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    nb.cells = [nbformat.v4.new_markdown_cell("A fictional test notebook."),
                nbformat.v4.new_code_cell(parameters, metadata={"tags": ["parameters"]}),
                *(nbformat.v4.new_code_cell(c) for c in cells)]
    nbformat.write(nb, path)


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """A minimal presslens-shaped project with two notebooks: 01 records a label, 02 can sleep
    (touching ``sleeping`` first) or fail on request and writes a table."""
    root = tmp_path / "project"
    (root / "notebooks").mkdir(parents=True)
    (root / "src" / "presslens").mkdir(parents=True)
    (root / "pyproject.toml").write_text("[project]\nname = 'fictional'\n")
    _notebook(root / "notebooks" / "01_first.ipynb",
              'label = "plain"\noutput_dir = None',
              "import pandas as pd\nfrom presslens.io import record_results, save_table\n"
              'save_table(pd.DataFrame({"label": [label]}), "first", output_dir)\n'
              'record_results("01_first", {"label": label, "type": type(label).__name__}, output_dir)')
    _notebook(root / "notebooks" / "02_second.ipynb",
              "delay = 0\nfail = False\nrows = 2\noutput_dir = None",
              "import pathlib, time\npathlib.Path('sleeping').touch()\ntime.sleep(delay)",
              'checked = True\nassert not fail, "asked to fail"',
              "import pandas as pd\nfrom presslens.io import record_results, save_table\n"
              'save_table(pd.DataFrame({"n": range(rows)}), "second", output_dir)\n'
              'record_results("02_second", {"rows": rows}, output_dir)')
    return root


def _presslens(root: Path, *args: str, timeout: float = 240) -> subprocess.CompletedProcess:
    return subprocess.run([*PRESSLENS, "run", "--no-progress", *args], cwd=root, capture_output=True,
                          text=True, timeout=timeout)


def _status(root: Path) -> dict:
    return json.loads((root / "reports" / "run.json").read_text())


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes()
            for folder in ("reports", "data") for p in (root / folder).rglob("*") if p.is_file()}


# --- parameters are data -------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("3", 3), ("-2.5", -2.5), ("true", True), ("False", False), ("null", None), ("None", None),
    ('"7"', "7"), ("2025-10-27", "2025-10-27"), ("data/raw", "data/raw"), ("[1, 2]", "[1, 2]"),
    ('{"a": 1}', '{"a": 1}'), ("", ""), ("NaN", "NaN"),
])
def test_parse_value_keeps_anything_but_json_scalars_as_text(text, value):
    assert parse_value(text) == value and type(parse_value(text)) is type(value)


HOSTILE = [
    '__import__("os").system("touch pwned")',
    '"); import os; os.system("touch pwned"); ("',
    "'); import os; os.system('touch pwned'); ('",
    'x\\"; import os #',
    "line one\nimport os\nos.system('touch pwned')",
    "\\",
    '"""',
    "{__import__('os')}",
    "\x00\u2028\U0001F600 ünïcode",
]


def _injected_values(parameters: dict) -> dict:
    tree = ast.parse(run._injection(parameters))
    values = {}
    for stmt in tree.body:
        assert isinstance(stmt, ast.Assign) and isinstance(stmt.targets[0], ast.Name), ast.dump(stmt)
        values[stmt.targets[0].id] = ast.literal_eval(stmt.value)
    return values


@pytest.mark.parametrize("value", HOSTILE)
def test_code_in_a_value_is_injected_as_the_same_string(value):
    assert _injected_values({"label": value}) == {"label": value}


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_value_round_trips_as_a_literal(value):
    assert _injected_values({"label": value}) == {"label": value}


def test_hostile_value_reaches_the_notebook_as_text_and_runs_nothing(project):
    payload = '__import__("pathlib").Path("pwned").touch()'
    done = _presslens(project, "-p", "label", payload, "--notebooks", "01")
    assert done.returncode == 0, done.stderr
    recorded = json.loads((project / "reports" / "results" / "01_first.json").read_text())
    assert recorded == {"label": payload, "type": "str"}
    assert not (project / "pwned").exists()


def test_unknown_parameter_is_refused_before_anything_runs(project):
    done = _presslens(project, "-p", "colour", "red")
    assert done.returncode == 2
    line = done.stderr.strip().splitlines()[-1]
    assert "unknown parameter 'colour'" in line
    for name in ("label (01)", "delay (02)", "output_dir (01,02)"):
        assert name in line
    assert not (project / "reports").exists()


def test_parameters_go_only_to_notebooks_that_declare_them(project):
    notebooks = discover_notebooks(project)
    plan = plan_parameters(notebooks, {"delay": 1, "output_dir": "/tmp/x"})
    assert plan == {notebooks[0]: {"output_dir": "/tmp/x"},
                    notebooks[1]: {"delay": 1, "output_dir": "/tmp/x"}}
    with pytest.raises(ParameterError, match="label"):
        plan_parameters(notebooks[1:], {"label": "only in 01"})


def test_a_number_or_a_switch_given_as_text_is_refused_before_anything_runs(project):
    # '-p rows abc' ran every notebook before the cell reading it failed; '-p fail no' reached the
    # notebook as the text "no", which reads as true.
    notebooks = discover_notebooks(project)
    for name, value, says in (("rows", "abc", "whole number (default 2 in 02_second)"), ("rows", 2.5, "whole number"),
                              ("fail", "no", "switch (default False in 02_second): give true or false"),
                              ("delay", True, "whole number")):
        with pytest.raises(ParameterError, match=re.escape(says)):
            plan_parameters(notebooks, {name: value})
    plan = plan_parameters(notebooks, {"rows": 3, "fail": False, "label": "7"})
    assert plan[notebooks[1]] == {"rows": 3, "fail": False}
    done = _presslens(project, "-p", "fail", "no")
    assert done.returncode == 2 and "give true or false" in done.stderr.strip().splitlines()[-1]
    assert not (project / "reports").exists()
    with pytest.raises(SystemExit) as refused:  # argparse's refusal, as for --jobs 0
        run.main(["run", str(project), "--pages", "-1"])
    assert refused.value.code == 2


def test_a_number_or_a_switch_given_for_text_is_refused_before_anything_runs(project, capsys):
    # '-p kinds 7' ran three notebooks before 03 failed on isin(7); '-p label 7' reached 01 as the number 7.
    notebooks = discover_notebooks(project)
    for name, value, says in (("label", 7, "takes text (default 'plain' in 01_first), not 7"),
                              ("output_dir", True, "takes text (default None in 01_first), not True")):
        with pytest.raises(ParameterError, match=re.escape(says)):
            plan_parameters(notebooks, {name: value})
    assert plan_parameters(notebooks, {"label": "7", "output_dir": None})[notebooks[0]] == {"label": "7",
                                                                                              "output_dir": None}
    done = _presslens(project, "-p", "label", "7")
    assert done.returncode == 2 and "to give the text 7, write -p label '\"7\"'" in done.stderr
    # A date bound given as a year or a number reached filter_timeline as nanoseconds after 1970.
    for name in ("date_from", "date_to"):
        assert run.main(["run", str(project), "-p", name, "2025"]) == 2
        assert f"{name} '2025' is not a calendar date" in capsys.readouterr().err
    assert not (project / "reports").exists()


def test_a_kind_no_notebook_knows_is_refused_before_anything_runs():
    # '-p kinds dirct' ran every notebook and counted no quote; '-p what portrait' failed in 05 after the corpus.
    notebooks = discover_notebooks(Path(run.__file__).parent)
    with pytest.raises(ParameterError, match=re.escape("parameter 'kinds': unknown 'dirct'; give one or more of "
                                                       "direct, mixed, indirect")):
        plan_parameters(notebooks, {"kinds": "direct, dirct"})
    with pytest.raises(ParameterError, match=re.escape("unknown 'portrait'")):
        plan_parameters(notebooks, {"what": "quotes,portrait"})
    with pytest.raises(ParameterError, match=re.escape("parameter 'day_first': 'dd/mm' is none of auto, day first")):
        plan_parameters(notebooks, {"day_first": "dd/mm"})
    given = {"kinds": "Direct, mixed", "what": "quotes, timexes", "day_first": "month first"}
    plan = plan_parameters(notebooks, given)
    assert {k: v for p in plan.values() for k, v in p.items()} == given
    assert run._parser().parse_args(["run", "--day-first"]).day_first


def test_a_kernel_shutting_down_is_not_interrupted_but_a_running_one_is(monkeypatch):
    # Every shutdown sent SIGINT first, and ipykernel logged "ERROR | KeyboardInterrupt caught in kernel"
    # on the terminal of a run that went well.
    import asyncio

    from jupyter_client.manager import AsyncKernelManager

    sent = []

    async def interrupt(self):
        sent.append(self.shutting_down)

    monkeypatch.setattr(AsyncKernelManager, "_async_interrupt_kernel", interrupt)
    manager = run._kernel_manager_class()()
    for shutting_down in (True, False):
        manager.shutting_down = shutting_down
        asyncio.run(manager._async_interrupt_kernel())
    assert sent == [False]


def test_dask_options_without_the_dask_engine_are_refused(project, capsys):
    # Ignored before: the run went on in this process, the cluster never asked.
    for dask_only in (["--scheduler", "tcp://10.0.0.5:8786"], ["--partitions", "4"]):
        assert run.main(["run", str(project), *dask_only]) == 2
        assert "go with --engine dask" in capsys.readouterr().err
    assert not (project / "reports").exists()


def test_notebook_selection_by_number_or_name(project):
    assert [p.stem for p in discover_notebooks(project, "02")] == ["02_second"]
    assert [p.stem for p in discover_notebooks(project, "second,01")] == ["01_first", "02_second"]
    with pytest.raises(ValueError, match="available: 01_first, 02_second"):
        discover_notebooks(project, "07")


# --- a full run, a failure, a kill ---------------------------------------------------------------

def test_run_writes_executed_notebooks_report_and_status(project, tmp_path):
    out = tmp_path / "elsewhere"
    done = _presslens(project, "--out", str(out), "-p", "rows", "3")
    assert done.returncode == 0, done.stderr
    reports = out / "reports"
    for name in ("01_first", "02_second"):
        executed = nbformat.read(reports / f"{name}.ipynb", as_version=4)
        assert not [o for c in executed.cells for o in c.get("outputs", []) if o.output_type == "error"]
        assert "injected-parameters" in executed.cells[2].metadata.tags
        assert (reports / f"{name}.html").read_text().startswith("<!DOCTYPE html>")
    status = json.loads((reports / "run.json").read_text())
    assert status["status"] == "ok" and [n["status"] for n in status["notebooks"]] == ["ok", "ok"]
    assert status["notebooks"][1]["parameters"] == {"rows": 3, "output_dir": str(out)}
    assert "02_second.html" in (reports / "index.html").read_text()
    assert (out / "data" / "processed" / "second.csv").read_text().split() == ["n", "0", "1", "2"]
    assert not list(reports.glob("*.partial.ipynb")) and not list(out.rglob("*.tmp"))
    assert not (project / "reports").exists()


def test_failure_names_notebook_and_cell_and_keeps_what_ran(project):
    assert _presslens(project).returncode == 0
    before = _snapshot(project)
    done = _presslens(project, "-p", "fail", "true")
    assert done.returncode == 1
    line = done.stderr.strip().splitlines()[-1]
    assert line.startswith("presslens: 02_second failed at In [")
    assert "AssertionError: asked to fail" in line and "02_second.failed.ipynb" in line
    assert ", line 2: assert not fail" in line  # the failing line, not the cell's first
    status = _status(project)
    assert status["status"] == "failed"
    assert status["notebooks"][1]["error"]["ename"] == "AssertionError"
    assert isinstance(status["notebooks"][1]["error"]["cell"], int)
    kept = nbformat.read(project / "reports" / "02_second.failed.ipynb", as_version=4)
    assert any(o.output_type == "error" for c in kept.cells for o in c.get("outputs", []))
    # The last good executed notebook and its table are untouched.
    after = _snapshot(project)
    for path in ("reports/02_second.ipynb", "reports/02_second.html", "data/processed/second.csv"):
        assert after[path] == before[path]


def test_sigterm_mid_notebook_marks_run_interrupted_and_keeps_previous_outputs(project):
    assert _presslens(project, "-p", "label", "old corpus").returncode == 0
    before = _snapshot(project)
    (project / "sleeping").unlink()
    proc = subprocess.Popen([*PRESSLENS, "run", "--no-progress", "-p", "delay", "300", "-p", "rows", "5",
                             "-p", "label", "new corpus"],
                            cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not (project / "sleeping").exists():
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "notebook 02 never started"
            time.sleep(0.2)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 128 + signal.SIGTERM
    assert "interrupted while running 02_second" in err
    status = _status(project)
    assert status["status"] == "interrupted" and status["finished"]
    assert [n["status"] for n in status["notebooks"]] == ["ok", "interrupted"]
    partial = nbformat.read(project / "reports" / "02_second.failed.ipynb", as_version=4)
    assert "sleeping" in "".join(c.source for c in partial.cells)
    after = _snapshot(project)
    for path in ("reports/02_second.ipynb", "reports/02_second.html", "reports/results/02_second.json",
                 "data/processed/second.csv", "data/processed/second.parquet",
                 # 01 finished in the interrupted run, but its table is not mixed with 02's old ones
                 "data/processed/first.csv", "data/processed/first.parquet"):
        assert after[path] == before[path], path
    assert "new corpus" in (project / "data" / "processed.failed" / "first.csv").read_text()
    assert 'class="status-interrupted">interrupted</span>' in (project / "reports" / "index.html").read_text()
    assert not list(project.rglob("*.partial.ipynb")) and not list(project.rglob("*.tmp"))


def test_python_api_runs_kernels_in_the_notebooks_project(project, tmp_path):
    said = []
    status = run.run_notebooks(discover_notebooks(project), {"fail": True}, tmp_path, progress=False,
                               echo=said.append)
    assert status.status == "failed" and [n.status for n in status.notebooks] == ["ok", "failed"]
    assert (project / "sleeping").exists()  # the kernel's working folder is the project
    assert said == [f"presslens: {status.message}"] and "In [" in said[0]
    assert json.loads((tmp_path / "reports" / "run.json").read_text())["status"] == "failed"


def test_what_a_hard_killed_run_left_is_kept_as_failed(project):
    (project / "reports").mkdir()
    leftover = project / "reports" / "02_second.partial.ipynb"
    leftover.write_text("what ran before a SIGKILL")
    assert _presslens(project, "--notebooks", "01").returncode == 0
    assert not leftover.exists()
    assert (project / "reports" / "02_second.failed.ipynb").read_text() == "what ran before a SIGKILL"


def test_a_second_run_into_the_same_output_root_is_refused(project):
    fcntl = pytest.importorskip("fcntl")
    assert _presslens(project, "--notebooks", "01").returncode == 0
    before = _snapshot(project)
    with open(project / "reports" / ".run.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        done = _presslens(project, "--notebooks", "01")
    assert done.returncode == 1
    assert "another presslens run is writing to" in done.stderr.strip().splitlines()[-1]
    assert _snapshot(project) == before


def test_module_entry_point_and_console_script_agree():
    helped = subprocess.run([*PRESSLENS, "run", "--help"], capture_output=True, text=True, timeout=60)
    assert helped.returncode == 0 and "--notebooks" in helped.stdout
    assert subprocess.run([*PRESSLENS, "run", "no/such/corpus"], capture_output=True, text=True,
                          timeout=60).returncode == 2
    script = Path(sys.executable).with_name("presslens")
    if script.exists():
        assert "--notebooks" in subprocess.run([str(script), "run", "--help"], capture_output=True,
                                               text=True, timeout=60).stdout


def test_a_run_validates_its_notebooks_without_compiling_the_iri_grammars(project):
    # rfc3987_syntax costs every run about 2 s as it is imported; no notebook schema needs it.
    probe = ("import sys; from presslens.run import main; "
             "code = main(['run', '--no-progress', '--notebooks', '01']); "
             "print(code, 'jsonschema' in sys.modules, sys.modules.get('rfc3987_syntax', 'absent'))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=project, capture_output=True, text=True,
                          timeout=240)
    assert done.stdout.split() == ["0", "True", "None"], done.stderr[-2000:]
    assert _status(project)["status"] == "ok"


def test_kernels_are_gone_after_a_kill(project):
    # The interrupted kernel must not outlive the run (no orphaned python processes).
    if not Path("/proc/self/stat").exists():
        pytest.skip("needs /proc to find the kernel process")
    proc = subprocess.Popen([*PRESSLENS, "run", "--no-progress", "-p", "delay", "300", "--notebooks", "02"],
                            cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not (project / "sleeping").exists():
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.2)
        kernels = _children(proc.pid)
        assert kernels, "no kernel process found"
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 128 + signal.SIGINT
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() for pid in kernels) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [pid for pid in kernels if Path(f"/proc/{pid}").exists()]


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


# --- bad arguments and bad places: one line, exit 2, before any notebook starts -------------------

ROOT = Path(__file__).resolve().parents[1]
RUNNER_FIXTURES = ROOT / "tests" / "fixtures" / "runner"


def _one_line(done: subprocess.CompletedProcess) -> str:
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 2 and len(lines) == 1 and lines[0].startswith("presslens: "), done.stderr
    return lines[0]


def test_out_that_is_a_file_or_the_file_system_root(project, tmp_path):
    a_file = tmp_path / "results.txt"
    a_file.write_text("keep me")
    assert "is a file, not a folder" in _one_line(_presslens(project, "--out", str(a_file)))
    assert a_file.read_text() == "keep me"
    assert "root of the file system" in _one_line(_presslens(project, "--out", "/"))
    assert not (project / "reports").exists() and not Path("/reports/run.json").exists()


@pytest.fixture()
def read_only_folder(tmp_path):
    """A folder nobody may write in; root writes anywhere, so for root it is made immutable."""
    import os
    import shutil

    folder = tmp_path / "locked"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    chattr = shutil.which("chattr")
    if not chattr or subprocess.run([chattr, "+i", str(folder)], capture_output=True).returncode:
        pytest.skip("running as root, and this file system cannot make a folder immutable")
    try:
        yield folder
    finally:
        subprocess.run([chattr, "-i", str(folder)], check=True)


def test_out_in_a_read_only_folder(project, read_only_folder):
    line = _one_line(_presslens(project, "--out", str(read_only_folder / "results")))
    assert f"cannot write to --out {read_only_folder / 'results'}" in line
    assert not list(read_only_folder.iterdir()) and not (project / "reports").exists()


def test_full_disk_is_refused_before_the_run(project, monkeypatch, capsys):
    import shutil

    monkeypatch.chdir(project)
    monkeypatch.setattr(shutil, "disk_usage", lambda path: shutil._ntuple_diskusage(10**9, 10**9 - 10**6, 10**6))
    assert run.main(["run", "--no-progress"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "full disk (1 MB free" in err[0]
    assert not (project / "reports" / "run.json").exists()


def test_disk_filling_up_mid_run_marks_the_run_failed(project, monkeypatch, capsys):
    import errno

    monkeypatch.chdir(project)
    full = {"now": False}
    write_status = run._write_status

    def export(notebook, target):
        full["now"] = True
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    def status(path, value):
        if full["now"]:  # the temporary file of an atomic write finds no space either
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        write_status(path, value)

    monkeypatch.setattr(run, "_export_html", export)
    monkeypatch.setattr(run, "_write_status", status)
    assert run.main(["run", "--no-progress", "--notebooks", "01"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "01_first.html: No space left on device" in err[0], err
    recorded = _status(project)
    assert recorded["status"] == "failed" and recorded["finished"]
    assert recorded["notebooks"][0]["status"] == "failed"
    assert "No space left on device" in recorded["message"]


@pytest.mark.parametrize("value", ["2025-02-30", "not a date", "0000-01-01", "1500-06-01"])
def test_bad_publication_date_is_refused_at_the_start(project, value):
    line = _one_line(_presslens(project, "-p", "publication_date", value))
    assert "publication_date" in line and ("not a calendar date" in line or "outside the years" in line)
    assert not (project / "reports").exists()


def test_paths_that_are_not_utf8_are_one_line(project, tmp_path):
    import os

    odd = os.fsdecode(bytes(tmp_path) + b"/caf\xe9")  # a Latin-1 name, as an old archive may have
    Path(odd).mkdir()
    (Path(odd) / "story.txt").write_text("The fictional town of Lowmere opened a museum. It rained.")
    done = subprocess.run([*PRESSLENS, "run", "--no-progress", "--notebooks", "01", odd, "--out",
                           str(tmp_path / "out")], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert "not UTF-8" in _one_line(done) and "caf\\xe9" in done.stderr
    assert "not UTF-8" in _one_line(_presslens(project, "--out", odd + "/results"))
    assert not (tmp_path / "out").exists() and not (project / "reports").exists()


def test_no_readable_article_is_one_line_before_any_notebook(tmp_path):
    empty, unusable = tmp_path / "empty", tmp_path / "unusable"
    empty.mkdir()
    unusable.mkdir()
    (unusable / "scan.pdf").write_bytes(b"not really a pdf\x00\x01")
    (unusable / "notes.docx").write_bytes(b"not really a docx\x00\x02")
    for corpus, says in ((empty, "it holds no files"), (unusable, "skipped: ")):
        out = tmp_path / f"out-{corpus.name}"
        done = subprocess.run([*PRESSLENS, "run", "--no-progress", str(corpus), "--out", str(out)], cwd=ROOT,
                              capture_output=True, text=True, timeout=120)
        line = _one_line(done)
        assert line.startswith(f"presslens: no readable article in {corpus}") and says in line, line
        assert not out.exists()  # a refused run makes no output folders


def test_checking_the_output_root_leaves_no_folders_behind(tmp_path):
    run.check_output_root(tmp_path / "new" / "results")
    assert not (tmp_path / "new").exists()
    (tmp_path / "kept" / "reports").mkdir(parents=True)  # what was there stays, and only that
    run.check_output_root(tmp_path / "kept")
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == ["kept", "kept/reports"]


def test_field_option_reaches_the_notebooks(tmp_path):
    done = subprocess.run([*PRESSLENS, "run", "--no-progress", "--pages", "0", "--notebooks", "01",
                           "--field", "text=story_text",
                           str(RUNNER_FIXTURES / "stories.csv"), "--out", str(tmp_path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    import pandas as pd

    articles = pd.read_csv(tmp_path / "data" / "processed" / "articles.csv")
    assert articles["text"].iat[0].startswith("The Lowmere ferry board raised fares")
    assert _status(tmp_path)["notebooks"][0]["parameters"]["fields"] == "text=story_text"


def test_keep_mojibake_option_reaches_the_notebooks(tmp_path):
    # A fictional story saved with mojibake: repaired by default (tests/test_corpus.py), kept as
    # it is with --keep-mojibake, in the notebooks' articles table as in the check before them.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    story = "Mayor Inés Peñalver reopened the ferry quay of Porto Amsel on Monday, the council said."
    (corpus / "quay.txt").write_text("Ferry quay reopens\n\n" + story.encode("utf-8").decode("cp1252") + "\n",
                                     encoding="utf-8")
    done = subprocess.run([*PRESSLENS, "run", "--no-progress", "--pages", "0", "--notebooks", "01",
                           "--keep-mojibake", str(corpus), "--out", str(tmp_path / "out")], cwd=ROOT,
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    import pandas as pd

    articles = pd.read_csv(tmp_path / "out" / "data" / "processed" / "articles.csv")
    assert articles["text"].iat[0].startswith("Mayor InÃ©s PeÃ±alver reopened")
    assert _status(tmp_path / "out")["notebooks"][0]["parameters"]["mojibake"] == "keep"


def test_outlets_option_gives_one_outlet_in_the_tables_and_notebook_01_shows_the_rest(tmp_path):
    # Fictional outlets: the Brackwater Herald under three names (a Nexis list, a scraper's name, its
    # domain), mapped by --outlets to one; the Nordland Courier under two, not mapped, shown by 01.
    fixtures = Path(__file__).parent / "fixtures" / "outlets"
    done = subprocess.run([*PRESSLENS, "run", "--no-progress", "--pages", "0", "--notebooks", "01",
                           "--outlets", str(fixtures / "outlets.csv"), str(fixtures / "corpus"),
                           "--out", str(tmp_path)], cwd=ROOT, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    import pandas as pd

    articles = pd.read_csv(tmp_path / "data" / "processed" / "articles.csv")
    herald = articles[articles["outlet_as_written"].fillna("").str.contains("rackwater")]
    assert len(herald) == 4 and set(herald["outlet"]) == {"The Brackwater Herald"}
    assert set(herald["outlet_as_written"]) == {"The Brackwater Herald", "Brackwater Herald",
                                                "www.brackwaterherald.example"}
    status = _status(tmp_path)
    assert status["provenance"]["outlets"]["Brackwater Herald"] == "The Brackwater Herald"
    assert status["notebooks"][0]["parameters"]["outlets"] == str((fixtures / "outlets.csv").resolve())
    shown = (tmp_path / "reports" / "01_corpus.ipynb").read_text(encoding="utf-8")
    assert "NORDLAND COURIER" in shown and "presslens run --outlets FILE" in shown


@pytest.mark.parametrize("content, says", [
    (None, "no such file"),
    ("name as written,outlet,edition\nBrackwater Herald,The Brackwater Herald,north\n", "two columns"),
    ('["Brackwater Herald", "The Brackwater Herald"]', "not a mapping"),
])
def test_a_missing_or_malformed_outlets_file_is_refused_before_any_notebook(project, tmp_path, content, says):
    given = tmp_path / ("outlets.json" if content and content.startswith("[") else "outlets.csv")
    if content is not None:
        given.write_text(content, encoding="utf-8")
    line = _one_line(_presslens(project, "--outlets", str(given)))
    assert line.startswith(f"presslens: --outlets {given}") and says in line and "two-column CSV" in line, line
    assert not (project / "reports" / "run.json").exists()


def test_a_run_killed_outright_is_detected_by_the_next_and_mixed_no_tables(project):
    import os

    assert _presslens(project, "-p", "label", "old corpus").returncode == 0
    (project / "sleeping").unlink()
    proc = subprocess.Popen([*PRESSLENS, "run", "--no-progress", "-p", "delay", "300", "-p", "label", "new corpus"],
                            cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while not (project / "sleeping").exists():
            assert proc.poll() is None and time.monotonic() < deadline, "notebook 02 never started"
            time.sleep(0.2)
        os.killpg(proc.pid, signal.SIGKILL)  # the runner and its kernel, with no chance to clean up
        proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert _status(project)["status"] == "running"  # what a killed run leaves
    assert "old corpus" in (project / "data" / "processed" / "first.csv").read_text()
    done = _presslens(project, "--notebooks", "02")
    assert done.returncode == 0, done.stderr
    assert "the previous run (started " in done.stderr and "stopped without finishing" in done.stderr
    assert _status(project)["status"] == "ok"
    assert "old corpus" in (project / "data" / "processed" / "first.csv").read_text()
    assert not (project / "data" / ".processed.run").exists()

@pytest.mark.parametrize("engine", [("--jobs", "1"), ("--engine", "dask", "--scheduler", "synchronous")],
                         ids=["pandas", "dask"])
def test_tables_analysed_before_the_notebooks_are_published_only_with_the_run(project, tmp_path, engine):
    # presslens run analyses the corpus before notebooks that read its tables. Both engines wrote them
    # straight into data/processed: a run that then failed (or was interrupted, or refused for another run
    # writing there) left the new corpus's quotes and sentences beside the last complete run's tables.
    from presslens.pipeline import load_tables

    _notebook(project / "notebooks" / "01_first.ipynb", 'corpus = "data/raw"\ntables = None\nfail = False',
              'assert not fail, "asked to fail"')
    (project / "notebooks" / "02_second.ipynb").unlink()
    old, new = tmp_path / "old", tmp_path / "new"
    for folder, names in ((old, ["harbour"]), (new, ["ferry", "pier"])):
        folder.mkdir()
        for name in names:
            (folder / f"{name}.txt").write_text(f"Umberton {name} reopens\n\nThe Umberton {name} reopened on "
                                                "Monday, the fictional port's mayor said.\n")
    assert _presslens(project, str(old), *engine).returncode == 0
    done = _presslens(project, str(new), *engine, "-p", "fail", "true")
    assert done.returncode == 1 and "asked to fail" in done.stderr
    assert load_tables(project, ["articles"])["articles"]["doc_id"].tolist() == ["harbour"]  # was ferry, pier
    failed = sorted(p.parent.name for p in (project / "data" / "processed.failed").glob("*/part-*.parquet"))
    assert "articles" in failed and "quotes" in failed       # the failed run's tables, kept apart
    assert [p.name for p in (project / "data").iterdir() if p.name.startswith(".")] == []
    assert _presslens(project, str(new), *engine).returncode == 0
    assert sorted(load_tables(project, ["articles"])["articles"]["doc_id"]) == ["ferry", "pier"]


def test_what_a_run_killed_while_analysing_left_is_removed_by_the_next(project, tmp_path):
    # SIGKILL (or power loss) during the analysis before the notebooks left data/.analysis-XXXX, which no
    # run removed. Runs now analyse holding the run lock, so the next one to hold it sweeps such folders.
    fcntl = pytest.importorskip("fcntl")
    _notebook(project / "notebooks" / "01_first.ipynb", 'corpus = "data/raw"\ntables = None', "pass")
    (project / "notebooks" / "02_second.ipynb").unlink()
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "quay.txt").write_text("Umberton quay reopens\n\nThe fictional Umberton quay reopened on Monday.\n")
    left = project / "data" / ".analysis-0a1b2c3d4e5f" / "articles"
    left.mkdir(parents=True)
    (left / "part-00000.parquet").write_bytes(b"cut off by SIGKILL")
    (project / "reports").mkdir()
    with open(project / "reports" / ".run.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        done = _presslens(project, str(corpus), "--jobs", "1")
    assert done.returncode == 1 and "another presslens run is writing to" in done.stderr
    assert [p.name for p in (project / "data").iterdir()] == [".analysis-0a1b2c3d4e5f"]  # refused before any work
    done = _presslens(project, str(corpus), "--jobs", "1")
    assert done.returncode == 0, done.stderr
    assert [p.name for p in (project / "data").iterdir()] == ["processed"]      # was .analysis-0a1b2c3d4e5f too


def test_sigterm_or_ctrl_c_while_the_corpus_is_analysed_is_one_line_and_leaves_nothing_half_written(project,
                                                                                                    tmp_path):
    # SIGTERM's default ended the run at once, leaving the parts written so far in hidden folders no
    # run removes; Ctrl-C there printed a Python traceback.
    import os

    _notebook(project / "notebooks" / "01_first.ipynb", 'corpus = "data/raw"\ntables = None', "pass")
    (project / "notebooks" / "02_second.ipynb").unlink()
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(1500):
        (corpus / f"story-{i}.txt").write_text(
            f"Umberton pier {i} reopens\n\nThe Umberton pier number {i} reopened on Monday, the fictional port's "
            f"mayor Ilse Varro said. \"It took {i} days,\" she told reporters on Tuesday.\n")
    for signum in (signal.SIGTERM, signal.SIGINT):
        # Ctrl-C at a terminal: SIGINT as the shell leaves it, not ignored as a job started in the background
        # with "&" inherits it (Python then raises no KeyboardInterrupt, and the run went on to its end)
        proc = subprocess.Popen([*PRESSLENS, "run", "--no-progress", "--jobs", "1", str(corpus)], cwd=project,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        deadline = time.monotonic() + 180
        while not list((project / "data").glob(".analysis-*/.run-*")):
            assert proc.poll() is None and time.monotonic() < deadline, "the analysis never started"
            time.sleep(0.1)
        os.kill(proc.pid, signum)
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 128 + signum
        assert err.strip().splitlines()[-1] == ("presslens: interrupted before the notebooks ran (while reading or "
                                                "analysing the corpus); nothing of this run was published")
        assert [p for p in (project / "data").rglob(".*")] == []    # was data/processed/.run-XXXX
        assert not (project / "data" / "processed").exists()


def test_a_signal_while_the_article_pages_are_written_marks_the_run_interrupted(tmp_path, monkeypatch):
    import threading

    stop = threading.Event()

    def pages(corpus, output_dir, *, stop, tables=None, **kwargs):
        stop.set()  # SIGTERM arrives while the pages are written: the page loop sees it and returns
        return {"articles": 3, "written": 1, "limit": 2, "source": "run tables", "missing": [], "pages": []}

    monkeypatch.setattr(run, "write_article_pages", pages)
    status = run.run_notebooks([], {}, tmp_path, progress=False, stop=stop, pages=2, echo=lambda line: None)
    assert status.status == "interrupted" and "article pages" in status.message
    assert json.loads((tmp_path / "reports" / "run.json").read_text())["status"] == "interrupted"
