#!/usr/bin/env python3
"""The dashboard's first screen and its filter, in headless Chromium at 1366×900 (file://):

- the counts by status and at least eight target tiles lie wholly within the first 900 px;
- the tiles come most behind first (off track, at risk, pending, on track, achieved, then the rest);
- without JavaScript the filter form stays hidden and every tile shows;
- with it, choosing a status shows exactly the tiles of that status, and a unit kind narrows them.

usage: python3 Tests/checks/first-screen.py SITE_ROOT   (needs chromium-driver and selenium)
"""
import pathlib
import sys

from selenium.webdriver.support.ui import Select

import browser

WIDTH, HEIGHT = 1366, 900
MIN_TILES = 8
ORDER = ["off-track", "at-risk", "pending", "on-track", "achieved", "insufficient-data", "no-target"]


def viewport(driver, width, height):
    """Sets the layout viewport exactly, as fit-check does. Resizing the window instead left it
    to the machine's window chrome and screen: on CI the viewport came out wider than asked."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
    driver.execute_cdp_cmd("Emulation.setScrollbarsHidden", {"hidden": True})


def start(javascript):
    driver = browser.start("first screen", javascript=javascript)
    viewport(driver, WIDTH, HEIGHT)
    return driver


def box(driver, element):
    return driver.execute_script(
        "const r = arguments[0].getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom];", element)


def visible_tiles(driver):
    return [tile for tile in driver.find_elements("css selector", ".target-tile") if tile.is_displayed()]


def first_screen(driver, page, problems):
    driver.get(page.as_uri())
    size = driver.execute_script("return [window.innerWidth, window.innerHeight]")
    if size != [WIDTH, HEIGHT]:
        problems.append(f"the viewport is {size[0]}×{size[1]}, not {WIDTH}×{HEIGHT}")
    counts = driver.find_element("css selector", ".status-counts--overview")
    left, top, right, bottom = box(driver, counts)
    if bottom > HEIGHT:
        problems.append(f"the status counts end at {bottom:.0f} px, below the first {HEIGHT} px")
    if right > WIDTH:
        problems.append(f"the status counts end at {right:.0f} px, right of the {WIDTH} px screen")
    tiles = driver.find_elements("css selector", ".target-tile")
    whole = [t for t in tiles if (lambda b: b[3] <= HEIGHT and b[2] <= WIDTH and b[1] >= 0)(box(driver, t))]
    if len(whole) < MIN_TILES:
        problems.append(f"{len(whole)} target tiles wholly within the first {HEIGHT} px, at least {MIN_TILES} wanted")
    ranks = [ORDER.index(t.get_attribute("data-status")) for t in tiles]
    if ranks != sorted(ranks):
        problems.append("the tiles are not most behind first: " + " ".join(t.get_attribute("data-status") for t in tiles))
    columns = len({round(box(driver, t)[0]) for t in tiles})
    return f"{size[0]}×{size[1]}: counts end at {bottom:.0f} px, {len(whole)} of {len(tiles)} tiles in the first screen, {columns} columns"


def main():
    root = pathlib.Path(sys.argv[1]).resolve()
    page = root / "chi-tieu" / "index.html"
    problems = []
    driver = start(javascript=False)
    try:
        report = first_screen(driver, page, problems)
        total = len(driver.find_elements("css selector", ".target-tile"))
        if driver.find_element("css selector", ".tile-filter").is_displayed():
            problems.append("without JavaScript the filter form shows")
        if len(visible_tiles(driver)) != total:
            problems.append("without JavaScript some tiles are hidden")
        # At 390 px the tiles are one column.
        viewport(driver, 390, HEIGHT)
        lefts = {round(box(driver, t)[0]) for t in driver.find_elements("css selector", ".target-tile")}
        if len(lefts) != 1:
            problems.append(f"at 390 px the tiles are in {len(lefts)} columns, one wanted")
    finally:
        driver.quit()
    driver = start(javascript=True)
    try:
        report += "; with JavaScript " + first_screen(driver, page, problems).split(": ", 1)[1]
        tiles = driver.find_elements("css selector", ".target-tile")
        status = Select(driver.find_element("css selector", "select[data-filter=status]"))
        status.select_by_index(1)
        chosen = status.first_selected_option.get_attribute("value")
        expected = [t for t in tiles if t.get_attribute("data-status") == chosen]
        shown = visible_tiles(driver)
        if shown != expected or not expected:
            problems.append(f"status {chosen}: {len(shown)} tiles shown, {len(expected)} expected")
        count = driver.find_element("css selector", ".tile-filter__count").text
        if str(len(expected)) not in count:
            problems.append(f"the count says '{count}'")
        status.select_by_index(0)
        kind = Select(driver.find_element("css selector", "select[data-filter=kinds]"))
        kind.select_by_index(1)
        chosen_kind = kind.first_selected_option.get_attribute("value")
        expected_kind = [t for t in tiles if chosen_kind in t.get_attribute("data-kinds").split()]
        if visible_tiles(driver) != expected_kind or not expected_kind:
            problems.append(f"unit kind {chosen_kind}: {len(visible_tiles(driver))} tiles shown, {len(expected_kind)} expected")
    finally:
        driver.quit()
    for problem in problems:
        print("first screen:", problem)
    if problems:
        return 1
    print(f"first screen: {report}; filter: status {chosen} shows {len(expected)}, kind {chosen_kind} shows {len(expected_kind)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
