"""A real Jupyter server lists chiso's exporters and serves the briefing through them."""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
from pypdf import PdfReader


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def fetch(url: str, token: str) -> tuple[int, bytes, str]:
    request = urllib.request.Request(url, headers={"Authorization": f"token {token}"})
    with urllib.request.urlopen(request, timeout=120) as response:
        return response.status, response.read(), response.headers.get("Content-Type", "")


def test_exporters_through_the_jupyter_server(
    executed_briefing: nbformat.NotebookNode, tmp_path: Path
) -> None:
    nbformat.write(executed_briefing, tmp_path / "briefing.ipynb")
    port, token = free_port(), secrets.token_hex(16)
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime")}
    log = (tmp_path / "server.log").open("w")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jupyter_server",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={port}",
            "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={token}",
            "--ServerApp.open_browser=False",
            f"--ServerApp.root_dir={tmp_path}",
            "--allow-root",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                fetch(f"{base}/api/status", token)
                break
            except OSError:
                assert server.poll() is None, (tmp_path / "server.log").read_text()
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.3)

        _, body, _ = fetch(f"{base}/api/nbconvert", token)
        listing = json.loads(body)
        assert listing["chiso_html"]["output_mimetype"] == "text/html"
        assert listing["chiso_pdf"]["output_mimetype"] == "application/pdf"

        status, pdf, kind = fetch(f"{base}/nbconvert/chiso_pdf/briefing.ipynb?download=true", token)
        assert status == 200 and kind.startswith("application/pdf") and pdf.startswith(b"%PDF")
        (tmp_path / "served.pdf").write_bytes(pdf)
        text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "served.pdf").pages)
        assert "98,3%" in text and "9.728/9.897" in text

        status, html, kind = fetch(f"{base}/nbconvert/chiso_html/briefing.ipynb", token)
        assert status == 200 and kind.startswith("text/html")
        assert "98,3%" in html.decode("utf-8")
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
