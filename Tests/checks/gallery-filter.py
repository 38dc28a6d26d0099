#!/usr/bin/env python3
"""The models gallery's filter, in headless Chromium: without JavaScript the form stays hidden and
every card shows; with it, choosing a field and a year shows exactly the matching cards.

usage: python3 Tests/checks/gallery-filter.py SITE_ROOT   (needs chromium-driver and selenium)
"""
import pathlib
import sys

from selenium.webdriver.support.ui import Select

import browser


def driver(javascript):
    return browser.start("gallery filter", javascript=javascript)


def visible_cards(browser):
    return [card for card in browser.find_elements("css selector", ".model-card") if card.is_displayed()]


def main():
    page = pathlib.Path(sys.argv[1]).resolve() / "mo-hinh" / "index.html"
    problems = []
    browser = driver(javascript=False)
    try:
        browser.get(page.as_uri())
        total = len(browser.find_elements("css selector", ".model-card"))
        if browser.find_element("css selector", ".model-filter").is_displayed():
            problems.append("without JavaScript the filter form shows")
        if len(visible_cards(browser)) != total:
            problems.append("without JavaScript some cards are hidden")
    finally:
        browser.quit()
    browser = driver(javascript=True)
    try:
        browser.get(page.as_uri())
        cards = browser.find_elements("css selector", ".model-card")
        Select(browser.find_element("css selector", "select[data-filter=field]")).select_by_index(2)
        Select(browser.find_element("css selector", "select[data-filter=year]")).select_by_index(3)
        field = browser.find_element("css selector", "select[data-filter=field]").get_attribute("value")
        year = browser.find_element("css selector", "select[data-filter=year]").get_attribute("value")
        expected = [card for card in cards if card.get_attribute("data-field") == field and card.get_attribute("data-year") == year]
        shown = visible_cards(browser)
        if shown != expected:
            problems.append(f"field {field}, year {year}: {len(shown)} cards shown, {len(expected)} expected")
        count = browser.find_element("css selector", ".model-filter__count").text
        if str(len(expected)) not in count:
            problems.append(f"the count says '{count}'")
    finally:
        browser.quit()
    for problem in problems:
        print("gallery filter:", problem)
    if problems:
        return 1
    print(f"gallery filter: {total} cards without JavaScript; field {field} + year {year} shows {len(expected)} with it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
