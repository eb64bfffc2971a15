"""The HTML briefing reads on a phone (issue 17, point 8), measured in a real browser.

Chromium (Debian's `chromium`, driven by Playwright) opens each briefing as a phone 375 px
wide would (mobile viewport, touch, two device pixels a CSS pixel), opens every folded table
and measures what it laid out:

- no table cell is narrower than four characters of its own font (a column squeezed to a
  letter a line, «nă/m/20/19»), and no word in a cell is broken over two lines;
- the page never scrolls sideways as a whole: a wide table scrolls in its own box;
- every chart is shown at the screen's full width, the width tests/test_phone_charts.py
  reckons its text's size at (no text under 11 px at 375 px).

Without Chromium the tests are skipped and say why, unless CHISO_REQUIRE_BROWSER=1 (set by
.ci/run once it has installed Chromium): then they fail, so that CI proves they ran.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, ViewportSize, sync_playwright

from analysis.present.chart_base import SMALL_TEXT, STYLE

PHONE: ViewportSize = {"width": 375, "height": 812}
SMALLEST_PX = 11.0
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",  # CI runs as root, where Chromium's sandbox cannot start
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Runs in the page: opens every <details>, then measures every visible table cell, every
# word in it and every chart. A cell's text width is its box less padding and borders; four
# characters are a span «0000» in the cell's own font. A word broken over two lines has
# boxes on two lines (a break after a hyphen or a slash is allowed).
MEASURE = """
() => {
  for (const details of document.querySelectorAll('details')) details.open = true;
  const probe = document.createElement('span');
  probe.textContent = '0000';
  probe.style.cssText =
    'position:absolute;left:-9999px;top:0;white-space:nowrap;padding:0;border:0;margin:0';
  document.body.appendChild(probe);
  const clean = (text) => text.trim().replace(/\\s+/g, ' ').slice(0, 60);
  const where = (cell) => {
    const table = cell.closest('table');
    const label = table.querySelector('caption')
      ?? cell.closest('details')?.querySelector('summary')
      ?? table.querySelector('th');
    return `${table.className} «${clean(label?.textContent ?? '')}»`;
  };
  const narrow = [];
  const broken = [];
  let cells = 0;
  let words = 0;
  for (const cell of document.querySelectorAll('th, td')) {
    const style = getComputedStyle(cell);
    if (cell.getClientRects().length === 0 || style.visibility === 'hidden') continue;
    cells += 1;
    for (const key of ['fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'letterSpacing']) {
      probe.style[key] = style[key];
    }
    const four = probe.getBoundingClientRect().width;
    const sides = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'];
    const width = cell.getBoundingClientRect().width
      - sides.reduce((sum, key) => sum + parseFloat(style[key]), 0);
    const text = clean(cell.textContent);
    if (width < four - 0.5) {
      narrow.push({where: where(cell), text, width: +width.toFixed(1), four: +four.toFixed(1)});
    }
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.data.matchAll(/[^\\s\\-\\/–]+[\\-\\/–]?/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()]
          .filter((box) => box.width > 0).map((box) => Math.round(box.top)));
        words += 1;
        if (lines.size > 1) broken.push({where: where(cell), word: match[0], text});
      }
    }
  }
  probe.remove();
  const charts = [...document.querySelectorAll('.chiso-figure img')]
    .filter((image) => image.getClientRects().length > 0)
    .map((image) => {
      const box = image.getBoundingClientRect();
      return {alt: clean(image.alt), left: box.left, right: box.right, width: box.width,
              natural: image.naturalWidth};
    });
  return {viewport: window.innerWidth, scrollWidth: document.documentElement.scrollWidth,
          cells, words, narrow, broken, charts};
}
"""

# Cells squeezed as a stylesheet without this project's care would let them be: the measure
# must see them (the control that the test can fail).
SQUEEZED = """
.chiso-table, .chiso-table th, .chiso-table td {
  min-width: 0 !important; overflow-wrap: anywhere !important; }
.chiso-table-wrap { overflow-x: visible !important; }
.chiso-table { width: auto !important; }
.chiso-table td:first-child { white-space: nowrap !important; }
"""


def _chromium() -> str:
    """Chromium's path; a skip that says why without it (a failure under CI, which installed it)."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        reason = (
            "Chromium không có trên máy này / Chromium is not installed: the phone layout "
            "of the HTML briefing is not measured (apt-get install chromium)"
        )
        if os.environ.get("CHISO_REQUIRE_BROWSER") == "1":
            pytest.fail(reason + "; CHISO_REQUIRE_BROWSER=1 asks for it")
        pytest.skip(reason)
    return path


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    # Session-wide, as the built briefings are: set up before them, so a skip costs no build.
    executable = _chromium()
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


def _phone(browser: Browser, html: Path) -> Page:
    """The briefing opened as on a phone: the page honours the viewport meta, as a phone does."""
    page = browser.new_page(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    page.goto(html.as_uri())
    return page


def _measure(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = page.evaluate(MEASURE)
    return result


def _check(measured: dict[str, Any]) -> None:
    assert measured["viewport"] == PHONE["width"]
    assert measured["cells"] >= 100  # the annex's tables, folded ones opened: measured at all
    assert measured["narrow"] == [], (
        f"{len(measured['narrow'])} cells narrower than 4 characters: {measured['narrow'][:10]}"
    )
    assert measured["broken"] == [], (
        f"{len(measured['broken'])} words broken over two lines: {measured['broken'][:10]}"
    )
    assert measured["scrollWidth"] <= PHONE["width"] + 1, "the page scrolls sideways"
    charts = measured["charts"]
    assert len(charts) >= 7
    scale = float(STYLE["savefig.dpi"]) / 72  # image pixels a point
    for chart in charts:
        # The whole width of the screen, not past its edges.
        assert chart["left"] >= -0.5 and chart["right"] <= PHONE["width"] + 0.5, chart
        assert chart["width"] >= PHONE["width"] - 1, chart
        # The smallest text a chart draws, as shown.
        shown = SMALL_TEXT * scale * chart["width"] / chart["natural"]
        assert shown >= SMALLEST_PX, (chart, round(shown, 2))


@pytest.fixture(scope="module")
def bundled_html(briefing_html: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("phone") / "briefing.html"
    path.write_text(briefing_html, encoding="utf-8")
    return path


def test_the_bundled_briefing_reads_on_a_phone(browser: Browser, bundled_html: Path) -> None:
    page = _phone(browser, bundled_html)
    _check(_measure(page))
    page.close()


def test_the_demo_briefing_reads_on_a_phone(browser: Browser, demo_reports: Path) -> None:
    page = _phone(browser, demo_reports / "briefing.html")
    measured = _measure(page)
    page.close()
    assert measured["cells"] >= 1000  # 12 units × 5 indicators × 6 years, and more
    _check(measured)


def test_the_measure_sees_tables_squeezed_to_a_letter_a_line(
    browser: Browser, bundled_html: Path
) -> None:
    page = _phone(browser, bundled_html)
    page.add_style_tag(content=SQUEEZED)
    measured = _measure(page)
    page.close()
    assert len(measured["narrow"]) >= 10
    assert len(measured["broken"]) >= 10
    assert measured["scrollWidth"] > PHONE["width"] + 1
