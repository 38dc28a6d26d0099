"""Headless Chromium for the page checks (axe-check, search-check, gallery-filter): one place
that finds chromium and chromedriver and starts them the same way.

Needs: apt-get install -y chromium chromium-driver; python3 -m pip install selenium
"""

import os
import shutil
import sys


def fail(tool, message):
    """A setup problem: the check cannot run (exit status 2)."""
    print(f"{tool}: {message}", file=sys.stderr)
    sys.exit(2)


def binaries(tool):
    """(chromedriver, chromium) paths, from $CHROMEDRIVER and $CHROMIUM or the PATH."""
    driver = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver") or "/usr/bin/chromedriver"
    if not os.access(driver, os.X_OK):
        fail(tool, "chromedriver not found: apt-get install -y chromium-driver")
    browser = (os.environ.get("CHROMIUM") or shutil.which("chromium")
               or shutil.which("chromium-browser") or shutil.which("google-chrome"))
    if not browser:
        fail(tool, "chromium not found: apt-get install -y chromium")
    return driver, browser


def start(tool, profile=None, javascript=True, console_log=False, timeout=30):
    """A headless Chromium at 1280×1024 in Vietnamese; `profile` is a fresh user-data folder."""
    try:
        from selenium import webdriver
        from selenium.common.exceptions import WebDriverException
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        fail(tool, "selenium not found: python3 -m pip install selenium")
    driver_path, browser_path = binaries(tool)
    options = webdriver.ChromeOptions()
    options.binary_location = browser_path
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1024", "--lang=vi"):
        options.add_argument(arg)
    if profile:
        options.add_argument(f"--user-data-dir={profile}")
    if console_log:
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    try:
        driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    except WebDriverException as e:
        fail(tool, f"could not start chromium through {driver_path}: {e.msg or e}")
    driver.set_page_load_timeout(timeout)
    driver.set_script_timeout(timeout)
    return driver
