"""JupyterLab in headless Chromium: open each notebook whose output needs the browser (interactive
tables, annotated excerpts), run all cells, no error, a figure renders. The other notebooks show only
figures and plain tables, which tests/test_notebooks.py checks as papermill runs them; here they
would only cost minutes of CI (JupyterLab's kernel runs the same code as papermill's).

Needs Debian's ``chromium`` (installed with apt when missing and running as root, else skipped) and
Playwright for Python (the ``browser`` extra), which drives that Chromium; nothing is downloaded at
run time besides the apt package. JupyterLab listens on a loopback port with a token, on copies of
the notebooks whose output root is a temporary folder. Screenshots land in ``reports/browser/``.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import papermill
import pytest

from conftest import ROOT

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
NOTEBOOKS = [p for p in sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
             if any(call in p.read_text(encoding="utf-8") for call in ("plots.interactive(", "display.excerpts("))]
ARTEFACTS = ROOT / "reports" / "browser"
TOKEN = secrets.token_hex(16)
# Seconds; generous for a cold CI machine, still bounded.
SERVER_START, PAGE_LOAD, RUN_ALL = 120, 120, 300


def _install_chromium() -> str | None:
    """None when Chromium is there (installing it with apt if we can), else the reason it is not."""
    if CHROMIUM.exists():
        return None
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("apt-get"):
        return f"{CHROMIUM} is missing and apt-get cannot run here as root (install Debian's 'chromium')"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-q"], ["apt-get", "install", "-y", "-q", "chromium"]):
        try:
            done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
        except subprocess.TimeoutExpired:
            return f"'{' '.join(command)}' timed out"
        if done.returncode != 0:
            return f"'{' '.join(command)}' failed: {done.stderr.strip().splitlines()[-1:]}"
    return None if CHROMIUM.exists() else f"apt installed chromium but {CHROMIUM} is absent"


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed "
                                   "(pip install -e '.[browser]')")
    reason = _install_chromium()
    if reason:
        pytest.skip(reason)
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _server_port(runtime: Path, pid: int) -> int | None:
    """The port the server ``pid`` listens on, from the file it writes once started (None before)."""
    try:
        return json.loads((runtime / f"jpserver-{pid}.json").read_text())["port"]
    except (OSError, ValueError, KeyError):
        return None


def _settings(folder: Path) -> None:
    # Render every cell (no windowing) so outputs are in the page, and never ask the network for news.
    for plugin, values in {
        "@jupyterlab/notebook-extension/tracker": {"windowingMode": "none"},
        "@jupyterlab/apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False},
    }.items():
        path = folder / f"{plugin}.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values))


@pytest.fixture(scope="module")
def lab(tmp_path_factory, browser):
    """A JupyterLab server on loopback over copies of the notebooks; yields its base URL."""
    base = tmp_path_factory.mktemp("lab")
    work, out = base / "notebooks", base / "outputs"
    work.mkdir()
    for path in NOTEBOOKS:
        # Only the output root changes; the corpus stays the notebook's own default.
        papermill.execute_notebook(str(path), str(work / path.name), parameters={"output_dir": str(out)},
                                   prepare_only=True)
    _settings(base / "settings")
    port = _free_port()
    env = {**os.environ, "JUPYTERLAB_SETTINGS_DIR": str(base / "settings"),
           "JUPYTERLAB_WORKSPACES_DIR": str(base / "workspaces"), "JUPYTER_RUNTIME_DIR": str(base / "runtime"),
           "JUPYTER_CONFIG_DIR": str(base / "config")}
    log = (base / "lab.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--ServerApp.ip=127.0.0.1",
         f"--ServerApp.port={port}", "--ServerApp.port_retries=20", f"--IdentityProvider.token={TOKEN}",
         f"--ServerApp.root_dir={work}", "--LabApp.expose_app_in_browser=True", "--LabApp.news_url=None",
         "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
         "--LabApp.extension_manager=readonly", *(["--allow-root"] if os.geteuid() == 0 else [])],
        cwd=work, env=env, stdout=log, stderr=subprocess.STDOUT)
    # The port free a moment ago may be taken before the server binds it (a kernel of a test running beside this
    # one picks its ports at random): the server tries the next ones, and says in its runtime file which it took.
    try:
        deadline = time.monotonic() + SERVER_START
        while True:
            assert server.poll() is None, (base / "lab.log").read_text()[-3000:]
            if (taken := _server_port(base / "runtime", server.pid)) is not None:
                url = f"http://127.0.0.1:{taken}"
                try:
                    with urllib.request.urlopen(f"{url}/api/status?token={TOKEN}", timeout=5) as reply:
                        if reply.status == 200:
                            break
                except OSError:
                    pass
            assert time.monotonic() < deadline, "JupyterLab did not start in time"
            time.sleep(0.5)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


FIND_PANEL = """name => Array.from(window.jupyterapp.shell.widgets('main'))
    .find(w => w.context && w.context.path === name && w.content && w.content.model)"""

KERNEL_IDLE = f"""name => {{
    const w = ({FIND_PANEL})(name);
    return !!(w && w.sessionContext.isReady && w.sessionContext.session?.kernel?.status === 'idle');
}}"""

RUN_ALL_CELLS = f"""name => {{
    const w = ({FIND_PANEL})(name);
    window.jupyterapp.shell.activateById(w.id);
    window.__ran = undefined;
    window.jupyterapp.commands.execute('notebook:run-all-cells')
        .then(ok => {{ window.__ran = ok; }}, err => {{ window.__ran = 'error: ' + err; }});
}}"""

CELL_OUTPUTS = f"""name => {{
    const cells = ({FIND_PANEL})(name).content.model.cells;
    const found = [];
    for (let i = 0; i < cells.length; i++) {{
        const cell = cells.get(i);
        if (cell.type !== 'code') continue;
        found.push({{count: cell.executionCount, outputs: cell.outputs.toJSON().map(o => ({{
            type: o.output_type, mimes: Object.keys(o.data || {{}}), ename: o.ename || null,
            evalue: o.evalue || null}}))}});
    }}
    return found;
}}"""


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_in_jupyterlab(lab, browser, path):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.set_default_timeout(PAGE_LOAD * 1000)
    try:
        page.goto(f"{lab}/lab/tree/{path.name}?token={TOKEN}")
        page.wait_for_function("() => !!window.jupyterapp")
        page.wait_for_function(KERNEL_IDLE, arg=path.name, polling=500)
        page.evaluate(RUN_ALL_CELLS, path.name)
        page.wait_for_function("() => window.__ran !== undefined", polling=500, timeout=RUN_ALL * 1000)
        cells = page.evaluate(CELL_OUTPUTS, path.name)
        errors = [f"In [{c['count']}] {o['ename']}: {o['evalue']}" for c in cells for o in c["outputs"]
                  if o["type"] == "error"]
        assert not errors, errors
        assert page.evaluate("() => window.__ran") is True
        assert all(c["count"] is not None for c in cells), "some cells did not run"
        assert any("image/png" in o["mimes"] for c in cells for o in c["outputs"]), "no figure output"
        figure = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output img").first
        figure.scroll_into_view_if_needed()
        assert figure.evaluate("img => img.complete && img.naturalWidth > 100"), "figure did not render"
        assert page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output[data-mime-type="
                            "'application/vnd.jupyter.stderr'] .jp-RenderedText:has-text('Traceback')").count() == 0
        if "plots.interactive(" in path.read_text(encoding="utf-8"):
            # Interactive tables (itables, offline): DataTables drew them, with their search box.
            table = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .dt-container").first
            table.scroll_into_view_if_needed()
            assert table.locator("input[type=search]").count() == 1
            page.screenshot(path=str(ARTEFACTS / f"{path.stem}_table.png"))
    finally:
        ARTEFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTEFACTS / f"{path.stem}.png"))
        page.close()


@pytest.fixture(scope="module")
def report_run(tmp_path_factory):
    """``presslens run`` of the corpus and quotes notebooks on the sample, into a temporary root."""
    from presslens.run import discover_notebooks, run_notebooks

    out = tmp_path_factory.mktemp("report")
    status = run_notebooks(discover_notebooks(select="01,03"), {"output_dir": str(out)}, out, progress=False)
    assert status.status == "ok", status.message
    return out / "reports"


def test_report_and_annotated_article_read_in_chromium(browser, report_run):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.set_default_timeout(PAGE_LOAD * 1000)
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    try:
        page.goto((report_run / "index.html").as_uri())
        # Figures fill the column and load; headline numbers are tables; provenance is printed.
        widths = page.eval_on_selector_all("figure img", "imgs => imgs.map(i => [i.complete && i.naturalWidth,"
                                                         " i.getBoundingClientRect().width])")
        assert widths and all(natural > 100 and shown > 900 for natural, shown in widths), widths
        assert page.locator("table th:has-text('quotes')").count() >= 1
        assert page.locator(".pl-provenance").inner_text().startswith("presslens ")
        page.screenshot(path=str(ARTEFACTS / "report_index.png"), full_page=True)

        page.locator("a[href^='articles/']").first.click()
        page.wait_for_load_state()
        quotes = page.locator(".pl-quote[data-who]")
        assert quotes.count() >= 3
        # The speaker and cue are drawn beside each quote (CSS), the value beside each timex.
        who = quotes.first.evaluate("q => getComputedStyle(q, '::before').content")
        assert "Trump" in who or "·" in who, who
        value = page.locator(".pl-timex[data-value]").first.evaluate("t => getComputedStyle(t, '::after').content")
        assert any(ch.isdigit() for ch in value) or "REF" in value, value
        assert page.locator(".pl-legend").is_visible()
        page.screenshot(path=str(ARTEFACTS / "report_article.png"), full_page=True)

        # The exported notebook shows its interactive tables as plain tables (no JavaScript needed).
        page.goto((report_run / "03_quotes.html").as_uri())
        assert page.locator(".pl-provenance").count() == 1
        assert page.locator("text=Loading ITables").count() == 0 or not page.locator("text=Loading ITables").first.is_visible()
        assert page.locator("td:has-text('Donald Trump')").first.is_visible()
        excerpt = page.locator(".pl-excerpt .pl-quote").first
        excerpt.scroll_into_view_if_needed()
        page.screenshot(path=str(ARTEFACTS / "report_03_quotes.png"))
    finally:
        page.close()
