"""Take the picture docs/briefing.md shows of JupyterLab's export menu, from a real JupyterLab.

Needs what chiso itself never needs: Debian's `chromium` and the `playwright` package, in
an environment of its own (it drives the system's Chromium). Starts JupyterLab from this
project's `.venv` on a free port, opens the briefing notebook, opens File › Save and Export
Notebook As, prints the menu's labels and writes the picture:

    python3 -m venv /tmp/pw && /tmp/pw/bin/pip install playwright
    /tmp/pw/bin/python scripts/screenshot_export_menu.py docs/jupyterlab-export-menu.png
"""

from __future__ import annotations

import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(out: Path) -> None:
    from playwright.sync_api import sync_playwright

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    token = secrets.token_hex(16)
    folder = Path(tempfile.mkdtemp(prefix="chiso-lab-"))
    shutil.copy(ROOT / "notebooks" / "briefing.ipynb", folder)
    server = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "python"), "-m", "jupyterlab", "--no-browser",
         f"--port={port}", f"--ServerApp.token={token}", f"--ServerApp.root_dir={folder}",
         "--allow-root"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        time.sleep(8)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=shutil.which("chromium") or "chromium", args=["--no-sandbox"]
            )
            page = browser.new_page(viewport={"width": 1100, "height": 760})
            page.goto(f"http://localhost:{port}/lab/tree/briefing.ipynb?token={token}")
            page.wait_for_selector(".jp-Notebook", timeout=60_000)
            page.wait_for_timeout(4000)
            page.click("text=File")
            page.hover("text=Save and Export Notebook As")
            page.wait_for_timeout(1500)
            print([t for t in page.locator(".lm-Menu-itemLabel").all_inner_texts() if t])
            page.screenshot(path=str(out), clip={"x": 30, "y": 0, "width": 595, "height": 680})
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "jupyterlab-export-menu.png")
