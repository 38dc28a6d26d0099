#!/usr/bin/env python3
"""The search page in headless Chromium: each query's first result is the expected page, and
without JavaScript the page lists titles from A to Z and hides the search form.

usage: python3 Tests/checks/search-check.py SITE_ROOT "QUERY=>EXPECTED_URL" [...]
  EXPECTED_URL is relative to SITE_ROOT and may end with a #fragment, e.g.
  "dan van kheo=>mo-hinh/index.html"

Each query is opened as file://SITE_ROOT/tim-kiem/index.html?q=QUERY; the check waits until the
status line says something other than the loading message, then compares the first result's
link, resolved against the page, with file://SITE_ROOT/EXPECTED_URL. A SEVERE message in the
browser console also fails.
Needs: apt-get install -y chromium chromium-driver
       python3 -m pip install selenium

Exit status: 0 all good, 1 at least one query or the no-JavaScript page wrong, 2 setup problem
(chromedriver, chromium, selenium or the search page missing, a page that could not be loaded or
answered in time).
"""

import os
import shutil
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

import browser

PAGE_TIMEOUT = int(os.environ.get("SEARCH_PAGE_TIMEOUT", "30"))  # seconds, load and answer each
SHOWN = 5  # results listed when a query fails
SEARCH_PAGE = "tim-kiem/index.html"


def setup_error(message):
    print(f"search check: {message}", file=sys.stderr)
    sys.exit(2)


# Runs inside the page: the status once it is answered (null while empty or loading), the links.
READ_ANSWER = r"""
const form = document.getElementById('search-form');
const status = document.getElementById('search-status');
const text = status ? status.textContent.trim() : '';
const template = form ? (form.getAttribute('data-msg-loading') || '').trim() : '';
const loading = new RegExp('^' + template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  .replace(/\\\{[nq]\\\}/g, '[\\s\\S]*') + '$');
if (text === '' || (template !== '' && loading.test(text))) return null;
return {status: text, links: Array.from(document.querySelectorAll('#search-results a'), a => a.href)};
"""


def parse_pairs(arguments):
    pairs = []
    for argument in arguments:
        query, separator, expected = argument.partition("=>")
        if not separator or not query.strip() or not expected.strip():
            setup_error(f"'{argument}' is not QUERY=>EXPECTED_URL")
        pairs.append((query.strip(), expected.strip()))
    return pairs


def severe_messages(driver):
    """SEVERE browser console entries since the last call (reading the log empties it)."""
    try:
        entries = driver.get_log("browser")
    except Exception:  # the log is not available from every driver: nothing to report then
        return []
    return [e.get("message", "") for e in entries if e.get("level") == "SEVERE"]


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        sys.exit(2)
    root = Path(argv[1])
    if not root.is_dir():
        setup_error(f"site root '{root}' is not a folder")
    root = root.resolve()
    page = root / SEARCH_PAGE
    if not page.is_file():
        setup_error(f"no search page {page}")
    pairs = parse_pairs(argv[2:])

    browser.binaries("search check")
    try:
        from selenium.common.exceptions import TimeoutException, WebDriverException
        from selenium.webdriver.support.ui import WebDriverWait
    except ImportError:
        setup_error("selenium not found: python3 -m pip install selenium")

    def start(javascript, profile):
        return browser.start("search check", profile, javascript=javascript, console_log=True, timeout=PAGE_TIMEOUT)

    started = time.monotonic()
    page_url = page.as_uri()
    failures = 0
    errors = []
    profiles = []
    driver = None
    try:
        # Without JavaScript: the A–Z index is there, the form is not shown.
        profiles.append(tempfile.mkdtemp(prefix="search-check-"))
        driver = start(javascript=False, profile=profiles[-1])
        try:
            driver.get(page_url)
            links = len(driver.find_elements("css selector", ".az-index a"))
            forms = driver.find_elements("css selector", "#search-form")
            problems = []
            if links == 0:
                problems.append("no .az-index links")
            if not forms:
                problems.append("no #search-form")
            elif forms[0].is_displayed():
                problems.append("#search-form is displayed")
            problems += [f"console: {message}" for message in severe_messages(driver)]
            if problems:
                failures += 1
                print("FAIL no JavaScript: " + ", ".join(problems))
            else:
                print(f"ok  no JavaScript → {links} A–Z links, form hidden")
        except TimeoutException:
            errors.append(f"no JavaScript: timed out after {PAGE_TIMEOUT} s")
        except WebDriverException as e:
            errors.append(f"no JavaScript: {e.msg or e}")
        driver.quit()
        driver = None

        # With JavaScript: each query.
        profiles.append(tempfile.mkdtemp(prefix="search-check-"))
        driver = start(javascript=True, profile=profiles[-1])
        for query, expected in pairs:
            url = page_url + "?q=" + urllib.parse.quote(query, safe="")
            want = urllib.parse.urljoin(root.as_uri() + "/", expected)
            try:
                driver.get(url)
                answer = WebDriverWait(driver, PAGE_TIMEOUT, poll_frequency=0.1).until(
                    lambda d: d.execute_script(READ_ANSWER))
            except TimeoutException:
                errors.append(f"{query}: no answer after {PAGE_TIMEOUT} s")
                continue
            except WebDriverException as e:
                errors.append(f"{query}: {e.msg or e}")
                continue
            severe = severe_messages(driver)
            links = answer["links"]
            first = links[0] if links else None
            if first == want and not severe:
                print(f"ok  {query} → {expected}")
                continue
            failures += 1
            shown = (first[len(root.as_uri()) + 1:] if first and first.startswith(root.as_uri() + "/")
                     else first) or "none"
            if first != want:
                print(f"FAIL {query}: first result {shown}, expected {expected} ({answer['status']})")
            else:
                print(f"FAIL {query}: browser console errors ({answer['status']})")
            for link in links[:SHOWN]:
                print(f"    {link}")
            for message in severe:
                print(f"    console: {message}")
    finally:
        if driver is not None:
            driver.quit()
        for profile in profiles:
            shutil.rmtree(profile, ignore_errors=True)

    for error in errors:
        print(f"search check: could not check {error}", file=sys.stderr)
    elapsed = time.monotonic() - started
    print(f"search: {len(pairs)} queries and the no-JavaScript page, {failures} failed"
          + (f", {len(errors)} not checked" if errors else "") + f" in {elapsed:.0f} s")
    if errors:
        sys.exit(2)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main(sys.argv)
