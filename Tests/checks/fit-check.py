#!/usr/bin/env python3
"""Every page fits the screen: no sideways scrolling at phone and desktop widths, chart text
readable on a phone.

usage: python3 Tests/checks/fit-check.py SITE_ROOT [PAGE...]
  Without PAGE, every .html file under SITE_ROOT is checked (both languages: the English edition
  lives under en/). PAGE is a path relative to SITE_ROOT.

Each page is loaded through file:// in one headless Chromium (selenium + chromedriver) whose
viewport is set, with the DevTools device-metrics override, to 390 px (a phone) and 1366 px (a
laptop). At each width a page fails on:
  (Every <details> is opened first: what a reader can open must fit too.)
  overflow      the page scrolls sideways: document.documentElement.scrollWidth > clientWidth;
  off-screen    an element's box reaches past the viewport's left or right edge without an
                ancestor that scrolls or clips it (a table wrapper with overflow-x: auto is such
                an ancestor: the table scrolls inside its own box, the page does not). Only the
                outermost such element is reported;
  misaligned    the main content does not start where the header's content starts (the two share
                one column; a page sitting left of its header and footer is a layout bug);
and at 390 px only on:
  small text    a chart's text (SVG <text> inside .chart-svg) drawn smaller than 11 px: its
                computed font size (user units) times the SVG's scale on screen (getScreenCTM).

Needs: apt-get install -y chromium chromium-driver; python3 -m pip install selenium
Exit status: 0 every page fits, 1 at least one problem, 2 setup problem.
"""

import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import browser

WIDTHS = [(390, 844), (1366, 900)]
PHONE = 390
MIN_CHART_TEXT = 11.0  # px on screen
PAGE_TIMEOUT = int(os.environ.get("FIT_PAGE_TIMEOUT", "30"))
MAX_PER_PAGE = 4  # problems printed per page and width; the counts include all

# Runs inside the page; returns a list of [kind, message].
MEASURE = """
const checkText = arguments[0], minText = arguments[1];
// What a reader can open counts too: a data table inside a closed <details> is measured open.
for (const d of document.querySelectorAll('details')) d.open = true;
const root = document.documentElement, vw = root.clientWidth, out = [];
const name = el => {
  let s = el.tagName.toLowerCase();
  if (el.id) s += '#' + el.id;
  const c = (el.getAttribute('class') || '').trim().split(/\\s+/).filter(Boolean).slice(0, 2);
  if (c.length) s += '.' + c.join('.');
  return s;
};
const path = el => {
  const parts = [];
  for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement) parts.unshift(name(e));
  return parts.join(' > ');
};
if (root.scrollWidth > vw) out.push(['overflow', `scrollWidth ${root.scrollWidth} > clientWidth ${vw}`]);
// An ancestor that scrolls or clips sideways keeps its content's overflow to itself.
const clips = el => {
  for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
    const s = getComputedStyle(e);
    if (s.overflowX !== 'visible' || s.clipPath !== 'none' || s.clip !== 'auto' && s.position === 'absolute') return true;
  }
  return false;
};
const reported = [];
for (const el of document.body.querySelectorAll('*')) {
  if (reported.some(r => r.contains(el))) continue;
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) continue;
  if (r.right <= vw + 0.5 && r.left >= -0.5) continue;
  if (!el.checkVisibility({visibilityProperty: true})) continue;
  const s = getComputedStyle(el);
  if (s.position === 'fixed') continue;
  if (clips(el)) continue;
  reported.push(el);
  out.push(['off-screen', `${path(el)} spans ${Math.round(r.left)}–${Math.round(r.right)} px of ${vw}`]);
}
const header = document.querySelector('.site-header__inner'), main = document.querySelector('main');
if (header && main) {
  const h = header.getBoundingClientRect().left + parseFloat(getComputedStyle(header).paddingLeft);
  const m = main.getBoundingClientRect().left + parseFloat(getComputedStyle(main).paddingLeft);
  if (Math.abs(h - m) > 1) out.push(['misaligned', `main content starts at ${Math.round(m)} px, the header's at ${Math.round(h)} px`]);
}
if (checkText) {
  const small = new Map();
  for (const t of document.querySelectorAll('svg.chart-svg text')) {
    if (!t.checkVisibility({visibilityProperty: true})) continue;
    const ctm = t.getScreenCTM();
    if (!ctm) continue;
    const size = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b);
    if (size + 0.05 >= minText) continue;
    const svg = t.closest('svg'), key = name(svg) + (svg.id ? '' : ` (chart ${[...document.querySelectorAll('svg.chart-svg')].indexOf(svg) + 1})`);
    const k = small.get(key) || {count: 0, min: Infinity, width: svg.getBoundingClientRect().width};
    k.count += 1; k.min = Math.min(k.min, size); small.set(key, k);
  }
  for (const [key, k] of small)
    out.push(['small text', `${key}, ${Math.round(k.width)} px wide: ${k.count} text(s) down to ${k.min.toFixed(1)} px`]);
}
return out;
"""


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        sys.exit(2)
    root = Path(argv[1])
    if not root.is_dir():
        browser.fail("fit check", f"site root '{root}' is not a folder")
    pages = argv[2:] or sorted(str(p.relative_to(root)) for p in root.rglob("*.html"))
    missing = [p for p in pages if not (root / p).is_file()]
    if missing:
        browser.fail("fit check", "page(s) missing under " + str(root) + ": " + ", ".join(missing))
    try:
        from selenium.common.exceptions import TimeoutException, WebDriverException
    except ImportError:
        browser.fail("fit check", "selenium not found: python3 -m pip install selenium")

    started = time.monotonic()
    profile = tempfile.mkdtemp(prefix="fit-check-")
    problems = Counter()          # kind -> count
    failing = Counter()           # width -> pages with a problem
    errors = []
    driver = None
    try:
        driver = browser.start("fit check", profile, timeout=PAGE_TIMEOUT)
        for width, height in WIDTHS:
            # The override sets the layout viewport exactly (no window chrome, no scrollbar guess).
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                "width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
            driver.execute_cdp_cmd("Emulation.setScrollbarsHidden", {"hidden": True})
            for page in pages:
                where = f"{page} [{width} px]"
                try:
                    driver.get((root / page).resolve().as_uri())
                    found = driver.execute_script(MEASURE, width == PHONE, MIN_CHART_TEXT)
                except TimeoutException:
                    errors.append(f"{where}: timed out after {PAGE_TIMEOUT} s")
                    continue
                except WebDriverException as e:
                    errors.append(f"{where}: {e.msg or e}")
                    continue
                if not found:
                    continue
                failing[width] += 1
                for kind, message in found[:MAX_PER_PAGE]:
                    print(f"{where} {kind}: {message}")
                if len(found) > MAX_PER_PAGE:
                    print(f"{where} … and {len(found) - MAX_PER_PAGE} more")
                problems.update(kind for kind, _ in found)
    finally:
        if driver is not None:
            driver.quit()
        shutil.rmtree(profile, ignore_errors=True)

    for error in errors:
        print(f"fit check: could not check {error}", file=sys.stderr)
    elapsed = time.monotonic() - started
    counts = ", ".join(f"{problems[k]} {k}" for k in ("overflow", "off-screen", "misaligned", "small text"))
    per_width = ", ".join(f"{failing[w]} at {w} px" for w, _ in WIDTHS)
    print(f"fit check: {len(pages)} pages × {len(WIDTHS)} widths; pages with problems: {per_width}; "
          f"{counts}" + (f"; {len(errors)} not checked" if errors else "") + f"; {elapsed:.0f} s")
    if errors:
        sys.exit(2)
    sys.exit(1 if sum(problems.values()) else 0)


if __name__ == "__main__":
    main(sys.argv)
