#!/usr/bin/env python3
"""The compare page (don-vi/so-sanh.html) in headless Chromium, from file://: without JavaScript
the form stays hidden and every indicator's table of units is linked; with it, choosing an
indicator and two units draws two lines and a table with a column per unit, and a sixth unit
cannot be chosen.

usage: python3 Tests/checks/compare-units.py SITE_ROOT   (needs chromium-driver and selenium)
"""
import pathlib
import sys

from selenium.webdriver.support.ui import Select

import browser


def main():
    page = pathlib.Path(sys.argv[1]).resolve() / "don-vi" / "so-sanh.html"
    problems = []
    chrome = browser.start("compare units", javascript=False)
    try:
        chrome.get(page.as_uri())
        if chrome.find_element("css selector", ".unit-compare").is_displayed():
            problems.append("without JavaScript the form shows")
        links = chrome.find_elements("css selector", ".unit-compare__links a")
        if not links or not all(link.get_attribute("href").endswith("#don-vi") for link in links):
            problems.append("without JavaScript the indicators' unit tables are not all linked")
    finally:
        chrome.quit()
    chrome = browser.start("compare units", javascript=True)
    try:
        chrome.get(page.as_uri())
        form = chrome.find_element("css selector", ".unit-compare")
        if not form.is_displayed():
            problems.append("with JavaScript the form stays hidden")
        Select(chrome.find_element("id", "so-sanh-chi-tieu")).select_by_value("diem-dan-van")
        boxes = chrome.find_elements("css selector", ".unit-compare input[type=checkbox]")
        for box in boxes[:2]:
            box.click()
        chosen = [box.get_attribute("value") for box in boxes[:2]]
        lines = chrome.find_elements("css selector", "#so-sanh-ket-qua svg g[data-unit]")
        drawn = [line.get_attribute("data-unit") for line in lines]
        if drawn != chosen:
            problems.append(f"two units chosen ({chosen}), series drawn: {drawn}")
        paths = chrome.find_elements("css selector", "#so-sanh-ket-qua svg path.unit-compare__line")
        if len(paths) != 2:
            problems.append(f"{len(paths)} lines drawn, 2 expected")
        headers = chrome.find_elements("css selector", "#so-sanh-ket-qua table thead th")
        if len(headers) != 3:
            problems.append(f"the table has {len(headers)} columns, 3 expected (period and two units)")
        for box in boxes[2:6]:
            box.click()
        if sum(1 for box in boxes if box.is_selected()) != 5 or (len(boxes) > 5 and boxes[5].is_enabled()):
            problems.append("a sixth unit can be chosen")
        status = chrome.find_element("css selector", ".unit-compare__status").text
        if "5" not in status:
            problems.append(f"the status says '{status}'")
    finally:
        chrome.quit()
    for problem in problems:
        print("compare units:", problem)
    if problems:
        return 1
    print(f"compare units: {len(links)} indicator links without JavaScript; two units draw two series with it, from file://")
    return 0


if __name__ == "__main__":
    sys.exit(main())
