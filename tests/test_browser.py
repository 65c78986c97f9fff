"""The first notebook, run for real: JupyterLab in headless Chromium.

Copies workbook/ into a temporary folder (JupyterLab autosaves, so the repo's
notebooks are never touched), starts ``jupyter lab`` there with every Jupyter
and IPython directory inside that folder, opens 00-start-here.ipynb in
Chromium through Playwright, runs all cells and checks what a student sees:
the highlighted article, a working widget, no tracebacks. A screenshot goes to
tests/artifacts/00-start-here.png.

Needs Debian's chromium at /usr/bin/chromium and the playwright Python package
(no ``playwright install``: the browser is the system one). Skips without them.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
WORKBOOK = REPO / "workbook"
NOTEBOOK = "00-start-here.ipynb"
ARTIFACTS = REPO / "tests" / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
TOKEN = "lessons-browser-test-token"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
SERVER_TIMEOUT = 60  # seconds for jupyter lab to answer
RUN_TIMEOUT = 120  # seconds for all cells to finish
ANSI = re.compile(r"\x1b\[[0-9;]*m")

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} not found: install Debian's chromium to run the browser test", allow_module_level=True)
try:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright
except ImportError as e:  # pragma: no cover - depends on the environment
    pytest.skip(f"playwright package not importable ({e}): pip install playwright", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _tail(path: Path, lines: int = 40) -> str:
    try:
        text = path.read_text(errors="replace").splitlines()
    except OSError as e:
        return f"(no server log: {e})"
    return "\n".join(text[-lines:])


class Lab:
    """A running JupyterLab server: its URL, its root folder and its log."""

    def __init__(self, root: Path, port: int, log: Path, proc: subprocess.Popen):
        self.root, self.port, self.log, self.proc = root, port, log, proc
        self.base = f"http://127.0.0.1:{port}"

    def url(self, path: str) -> str:
        return f"{self.base}/{path.lstrip('/')}?token={TOKEN}"

    def log_tail(self) -> str:
        return f"--- jupyter lab log (tail of {self.log}) ---\n{_tail(self.log)}"


@pytest.fixture
def lab(tmp_path):
    root = tmp_path / "workbook"
    shutil.copytree(WORKBOOK, root, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    home = tmp_path / "jupyter"
    settings = home / "lab" / "user-settings"
    # No news, no update checks: the network is closed and nothing should wait for it.
    notification = settings / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings"
    notification.parent.mkdir(parents=True)
    notification.write_text(json.dumps({"fetchNews": "false", "checkForUpdates": False}))
    env = dict(os.environ)
    env.update(
        JUPYTER_CONFIG_DIR=str(home / "config"),
        JUPYTER_DATA_DIR=str(home / "data"),
        JUPYTER_RUNTIME_DIR=str(home / "runtime"),
        IPYTHONDIR=str(home / "ipython"),
        JUPYTER_PLATFORM_DIRS="0",
    )
    port = _free_port()
    log = tmp_path / "jupyter-lab.log"
    cmd = [
        sys.executable, "-m", "jupyterlab", "--no-browser",
        "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={TOKEN}", f"--ServerApp.root_dir={root}",
        f"--LabApp.user_settings_dir={settings}", f"--LabApp.workspaces_dir={home / 'lab' / 'workspaces'}",
        "--LabApp.expose_app_in_browser=True", "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # CI containers often run as root
        cmd.append("--allow-root")
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, cwd=root, env=env, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    server = Lab(root, port, log, proc)
    try:
        deadline = time.monotonic() + SERVER_TIMEOUT
        while True:
            if proc.poll() is not None:
                pytest.fail(f"jupyter lab exited with code {proc.returncode} before answering\n{server.log_tail()}")
            try:
                with urllib.request.urlopen(server.url("api/status"), timeout=2) as r:
                    if r.status == 200:
                        break
            except (urllib.error.URLError, OSError):
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"jupyter lab did not answer {server.base}/api/status within {SERVER_TIMEOUT} s\n{server.log_tail()}")
            time.sleep(0.2)
        yield server
    finally:
        if proc.poll() is None:
            try:  # a clean shutdown also stops the kernels it started
                req = urllib.request.Request(server.url("api/shutdown"), method="POST")
                urllib.request.urlopen(req, timeout=5).close()
                proc.wait(timeout=10)
            except (urllib.error.URLError, OSError, subprocess.TimeoutExpired):
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=10)


# JavaScript run in the page. `jupyterapp` is exposed by --LabApp.expose_app_in_browser.
NOTEBOOK_READY = """(name) => {
    const app = window.jupyterapp;
    const panel = app && app.shell.currentWidget;
    if (!panel || !panel.context || !panel.context.path.endsWith(name) || !panel.context.isReady) return false;
    const kernel = panel.sessionContext.session && panel.sessionContext.session.kernel;
    return !!kernel && kernel.status === 'idle' && kernel.connectionStatus === 'connected';
}"""

RUN_ALL = """() => {
    window.__lessonsRun = null;
    window.jupyterapp.commands.execute('notebook:run-all-cells').then(
        ok => { window.__lessonsRun = {done: true, ok: ok}; },
        err => { window.__lessonsRun = {done: true, ok: false, error: String(err)}; });
}"""

ALL_RUN = """() => {
    const run = window.__lessonsRun;
    if (!run || !run.done) return false;
    const panel = window.jupyterapp.shell.currentWidget;
    const kernel = panel.sessionContext.session && panel.sessionContext.session.kernel;
    if (!kernel || kernel.status !== 'idle') return false;
    return ![...document.querySelectorAll('.jp-InputPrompt')].some(p => p.textContent.includes('[*]'));
}"""

CELL_STATE = """() => {
    const panel = window.jupyterapp.shell.currentWidget;
    const cells = [], errors = [];
    const model = panel.content.model;
    for (let i = 0; i < model.cells.length; i++) {
        const c = model.cells.get(i);
        if (c.type !== 'code') continue;
        const source = c.sharedModel.getSource();
        cells.push({index: i, count: c.executionCount, source: source.slice(0, 80)});
        for (const o of c.outputs.toJSON()) {
            const text = [].concat(o.text || [], o.traceback || []).join('');
            if (o.output_type === 'error' || (o.name === 'stderr' && text.includes('Traceback')))
                errors.push({cell: i, source: source.slice(0, 200), output: (o.ename ? o.ename + ': ' + o.evalue + '\\n' : '') + text});
        }
    }
    return {run: window.__lessonsRun, cells: cells, errors: errors};
}"""

# Make the page as tall as the notebook, so one screenshot shows every cell.
FIT_NOTEBOOK = """() => {
    const outer = document.querySelector('.jp-NotebookPanel .jp-WindowedPanel-outer');
    const inner = outer && outer.querySelector('.jp-WindowedPanel-viewport');
    return inner ? Math.ceil(inner.getBoundingClientRect().height - outer.clientHeight) : 0;
}"""


def test_first_notebook_runs_in_browser(lab):
    if not (lab.root / NOTEBOOK).exists():
        pytest.fail(f"{WORKBOOK / NOTEBOOK} does not exist")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / NOTEBOOK.replace(".ipynb", ".png")
    console: list[str] = []

    def fail(what: str, page=None) -> None:
        if page is not None:
            try:
                page.screenshot(path=str(shot), full_page=True)
            except PlaywrightError:
                pass
        logs = "\n".join(console[-20:]) or "(none)"
        pytest.fail(f"{what}\n--- browser console (errors) ---\n{logs}\n{lab.log_tail()}", pytrace=False)

    with sync_playwright() as pw:
        profile = lab.root.parent / "chromium-profile"
        browser = pw.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 2000},
        )
        try:
            page = browser.pages[0] if browser.pages else browser.new_page()
            page.on("console", lambda m: console.append(f"{m.type}: {m.text}") if m.type == "error" else None)
            page.on("pageerror", lambda e: console.append(f"pageerror: {e}"))
            page.goto(lab.url(f"lab/tree/{NOTEBOOK}") + "&reset", wait_until="domcontentloaded")

            try:
                page.wait_for_function(NOTEBOOK_READY, arg=NOTEBOOK, timeout=60_000, polling=200)
            except PlaywrightError as e:
                fail(f"{NOTEBOOK} did not open with an idle kernel within 60 s: {e}", page)

            page.evaluate(RUN_ALL)
            try:
                page.wait_for_function(ALL_RUN, timeout=RUN_TIMEOUT * 1000, polling=250)
            except PlaywrightError as e:
                fail(f"cells still running after {RUN_TIMEOUT} s: {e}\n{page.evaluate(CELL_STATE)}", page)

            # Errors first: a traceback explains every later failure.
            state = page.evaluate(CELL_STATE)
            if state["errors"]:
                first = state["errors"][0]
                fail(f"{len(state['errors'])} cell(s) raised; first, cell {first['cell']}:\n{first['source']}\n"
                     f"{ANSI.sub('', first['output'])[-3000:]}", page)
            errors = page.locator(
                '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]:has-text("Traceback"), '
                '.jp-RenderedText:has-text("Traceback"), .jp-RenderedText:has-text("Error displaying widget"), '
                '.jp-OutputArea-output:has-text("Error displaying widget")'
            )
            if errors.count():
                fail(f"{errors.count()} output(s) show an error; first:\n{errors.first.inner_text()[:3000]}", page)
            unrun = [c for c in state["cells"] if c["count"] is None and c["source"].strip()]
            if unrun or not (state["run"] or {}).get("ok"):
                fail(f"not every code cell ran: run={state['run']}, not run: {unrun}", page)

            article = page.locator(".lessons-article").first
            try:
                article.wait_for(state="visible", timeout=10_000)
            except PlaywrightError:
                fail("no visible .lessons-article: show(...) did not render the highlighted article", page)
            quote = article.locator("span.lessons-quotes").first
            if not article.locator("span.lessons-quotes").count():
                fail("the highlighted article has no span.lessons-quotes", page)

            dropdown = page.locator(".jupyter-widgets.widget-dropdown").first
            try:
                dropdown.wait_for(state="visible", timeout=15_000)
            except PlaywrightError:
                outputs = page.locator(".jp-OutputArea-output").all_inner_texts()
                fail(f"no ipywidgets Dropdown rendered; outputs were:\n{outputs}", page)
            loading = page.locator('.jp-OutputArea-output:has-text("Loading widget...")')
            if loading.count():
                fail("a widget is stuck on 'Loading widget...'", page)
            assert dropdown.locator("select option").count() >= 1, "the article Dropdown has no options"

            shown = page.locator(".widget-output .lessons-article")
            try:
                shown.first.wait_for(state="visible", timeout=10_000)
            except PlaywrightError:
                fail("browse(articles) rendered its controls but no highlighted article in its Output", page)

            quote.scroll_into_view_if_needed()
            quote.hover()
            title = quote.get_attribute("title") or ""
            assert "speaker" in title, f"quote highlight title should mention the speaker, got {title!r}"

            # Screenshot: hide the file browser, grow the page to the notebook's height.
            page.evaluate("() => window.jupyterapp.shell.collapseLeft()")
            height = 2000
            for _ in range(10):  # cells below the fold are sized once shown: grow until it fits
                extra = page.evaluate(FIT_NOTEBOOK)
                if extra <= 1 or height >= 30_000:
                    break
                height = min(height + extra, 30_000)
                page.set_viewport_size({"width": 1400, "height": height})
                page.wait_for_timeout(300)
            page.evaluate("() => document.querySelector('.jp-NotebookPanel .jp-WindowedPanel-outer').scrollTo(0, 0)")
            page.screenshot(path=str(shot), full_page=True)
            crashes = [c for c in console if c.startswith("pageerror")]
            assert not crashes, f"JavaScript errors in the page: {crashes}"
        finally:
            browser.close()
