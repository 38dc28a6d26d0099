#!/usr/bin/env python3
"""Accessibility check of built pages with axe-core (WCAG 2.0/2.1 A and AA rules).

usage: python3 Tests/checks/axe-check.py SITE_ROOT PAGE [PAGE...]
  PAGE is a path relative to SITE_ROOT, e.g. chi-tieu/ho-ngheo-ty-le.html, and may end in a query
  (tim-kiem/index.html?q=dan van kheo): the search page is then checked with its results shown.

Each page is loaded through file:// in headless Chromium (selenium + chromedriver) and checked
twice: with the light colour scheme and with `prefers-color-scheme: dark` emulated.
Needs: apt-get install -y chromium chromium-driver
       python3 -m pip install selenium
       python3 -m pip install --no-deps axe-playwright-python   (only for the axe.min.js it ships)

Exit status: 0 no violations, 1 at least one violation, 2 setup problem (chromedriver, chromium,
axe.min.js or a page missing, a page that could not be loaded or checked in time).
"""

import importlib.util
import os
import shutil
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

import browser

PAGE_TIMEOUT = int(os.environ.get("AXE_PAGE_TIMEOUT", "30"))  # seconds, load and axe.run each
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SCHEMES = ["light", "dark"]
MAX_TARGETS = 3
SNIPPET = 120


def setup_error(message):
    print(f"axe check: {message}", file=sys.stderr)
    sys.exit(2)


def find_axe_source():
    """axe.min.js from the axe-playwright-python package, located without importing it."""
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or not spec.submodule_search_locations:
        setup_error("axe-core not found: python3 -m pip install --no-deps axe-playwright-python")
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "axe.min.js"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    setup_error("axe-playwright-python is installed but ships no axe.min.js")


# Runs inside the page: axe.run, then only what the report needs crosses back to Python.
RUN_AXE = """
const done = arguments[arguments.length - 1];
const options = {runOnly: {type: 'tag', values: arguments[0]}};
if (typeof axe === 'undefined') { done({error: 'axe-core was not injected'}); return; }
axe.run(document, options).then(r => {
  const nodes = n => ({
    target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : String(t)),
    html: n.html,
    message: [...n.any, ...n.all, ...n.none].map(c => c.message).filter(Boolean)[0] || ''
  });
  done({
    version: axe.version,
    dark: window.matchMedia('(prefers-color-scheme: dark)').matches,
    violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                         helpUrl: v.helpUrl, nodes: v.nodes.map(nodes)})),
    incomplete: r.incomplete.map(v => v.id + ' (' + v.nodes.length + ')')
  });
}).catch(e => done({error: String(e && e.stack || e)}));
"""


def short(html):
    html = " ".join(html.split())
    return html if len(html) <= SNIPPET else html[: SNIPPET - 1] + "…"


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        sys.exit(2)
    root = Path(argv[1])
    if not root.is_dir():
        setup_error(f"site root '{root}' is not a folder")
    pages = list(dict.fromkeys(argv[2:]))  # argument order, duplicates dropped
    missing = [p for p in pages if not (root / p.partition("?")[0]).is_file()]
    if missing:
        setup_error("page(s) missing under " + str(root) + ": " + ", ".join(missing))

    axe_source = find_axe_source()
    browser.binaries("axe check")
    try:
        from selenium.common.exceptions import TimeoutException, WebDriverException
    except ImportError:
        setup_error("selenium not found: python3 -m pip install selenium")

    started = time.monotonic()
    profile = tempfile.mkdtemp(prefix="axe-check-")

    violations = 0  # (page, scheme, rule) triples
    elements = 0
    errors = []
    version = "?"
    driver = None
    try:
        driver = browser.start("axe check", profile, timeout=PAGE_TIMEOUT)

        for page in pages:
            # A page may carry a query (`tim-kiem/index.html?q=dan van kheo`): the search page is
            # then checked with its results shown.
            path, _, query = page.partition("?")
            url = (root / path).resolve().as_uri() + ("?" + urllib.parse.quote(query, safe="=&") if query else "")
            summary = []
            for scheme in SCHEMES:
                where = f"{page} [{scheme}]"
                try:
                    # Set the media features first; the fresh load below applies them.
                    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": [
                        {"name": "prefers-color-scheme", "value": scheme},
                        {"name": "prefers-reduced-motion", "value": "reduce"},  # no transitions
                    ]})
                    driver.get(url)
                    if query:
                        deadline = time.monotonic() + PAGE_TIMEOUT
                        while time.monotonic() < deadline and not driver.execute_script(
                                "return document.querySelectorAll('#search-results li').length"):
                            time.sleep(0.1)
                    driver.execute_script(axe_source)
                    result = driver.execute_async_script(RUN_AXE, TAGS)
                except TimeoutException:
                    errors.append(f"{where}: timed out after {PAGE_TIMEOUT} s")
                    continue
                except WebDriverException as e:
                    errors.append(f"{where}: {e.msg or e}")
                    continue
                if not isinstance(result, dict) or result.get("error"):
                    errors.append(f"{where}: axe.run failed: {result and result.get('error')}")
                    continue
                if result["dark"] != (scheme == "dark"):
                    errors.append(f"{where}: the colour scheme emulation did not take effect")
                    continue
                version = result["version"]
                for v in sorted(result["violations"], key=lambda v: v["id"]):
                    violations += 1
                    elements += len(v["nodes"])
                    print(f"{where} {v['id']} ({v['impact']}): {v['help']} — "
                          f"{len(v['nodes'])} element(s) {v['helpUrl'].split('?')[0]}")
                    for node in v["nodes"][:MAX_TARGETS]:
                        print(f"    {', '.join(node['target'])}")
                        print(f"      {short(node['html'])}")
                        if node["message"]:
                            print(f"      {node['message']}")
                    if len(v["nodes"]) > MAX_TARGETS:
                        print(f"    … and {len(v['nodes']) - MAX_TARGETS} more")
                summary.append(f"{scheme} {len(result['violations'])} violation(s), "
                               f"{len(result['incomplete'])} rule(s) needing review"
                               + (f" [{', '.join(sorted(result['incomplete']))}]"
                                  if result["incomplete"] else ""))
            if summary:
                print(f"{page}: " + "; ".join(summary))
    finally:
        if driver is not None:
            driver.quit()
        shutil.rmtree(profile, ignore_errors=True)

    for error in errors:
        print(f"axe check: could not check {error}", file=sys.stderr)
    elapsed = time.monotonic() - started
    print(f"axe-core {version}: {len(pages)} pages × {len(SCHEMES)} colour schemes, "
          f"{violations} violations" + (f" ({elements} elements)" if violations else "")
          + (f", {len(errors)} not checked" if errors else "") + f" in {elapsed:.0f} s")
    if errors:
        sys.exit(2)
    sys.exit(1 if violations else 0)


if __name__ == "__main__":
    main(sys.argv)
