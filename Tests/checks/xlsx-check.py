#!/usr/bin/env python3
"""The downloads of a built site, as office users and machines get them.

Usage: xlsx-check.py SITE_DIR

- every CSV file of the site starts with a UTF-8 byte order mark (Excel then reads it as UTF-8);
- every .xlsx opens with openpyxl, and each data sheet holds its CSV cell for cell: numbers
  stored as numbers equal to the CSV's, true/false as booleans, text as text (the CSV's leading
  apostrophe, its guard against formulas, aside);
- every du-lieu.zip holds the data package's CSV files and descriptor byte for byte, and a README.
"""
import csv
import io
import json
import os
import sys
import zipfile

import openpyxl

BOM = b"\xef\xbb\xbf"


def read_csv(data):
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def same_cell(text, value):
    if isinstance(value, bool):
        return text == ("true" if value else "false")
    if isinstance(value, (int, float)):
        try:
            return float(text) == float(value)
        except ValueError:
            return False
    if value is None:
        return text == ""
    return text == value or text == "'" + value


def compare(sheet, rows, where, problems):
    cells = [list(row) for row in sheet.iter_rows(values_only=True)]
    if len(cells) != len(rows):
        problems.append(f"{where}: {len(cells)} rows in the sheet, {len(rows)} in the CSV")
        return 0
    numbers = 0
    header = rows[0] if rows else []
    for number, (row, values) in enumerate(zip(rows, cells), start=1):
        values = values + [None] * (len(row) - len(values))
        for column, (text, value) in enumerate(zip(row, values)):
            name = header[column] if column < len(header) else str(column)
            if not same_cell(text, value):
                problems.append(f"{where}: row {number}, column {name}: CSV {text!r}, sheet {value!r}")
            # A value or a row number is a number in the sheet, never text that looks like one.
            if number > 1 and name in ("value", "row") and text != "":
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    problems.append(f"{where}: row {number}, column {name}: {value!r} is not stored as a number")
                else:
                    numbers += 1
    return numbers


def check_folder(folder, problems):
    """One language's downloads: the folder with datapackage.json."""
    package = json.load(open(os.path.join(folder, "datapackage.json"), encoding="utf-8"))
    resources = package["resources"]
    csvs = {r["path"]: open(os.path.join(folder, r["path"]), "rb").read() for r in resources}
    numbers = 0
    workbooks = 0
    for resource in resources:
        path = os.path.join(folder, resource["path"][:-4] + ".xlsx")
        if not os.path.exists(path):
            continue
        book = openpyxl.load_workbook(path)
        workbooks += 1
        numbers += compare(book.worksheets[0], read_csv(csvs[resource["path"]]), path, problems)
    whole = os.path.join(folder, "du-lieu.xlsx")
    book = openpyxl.load_workbook(whole)
    workbooks += 1
    # A sheet per resource, in the package's order (the units registry last), then the definitions.
    if len(book.worksheets) != len(resources) + 1:
        problems.append(f"{whole}: {len(book.worksheets)} sheets for {len(resources)} resources and the definitions")
    for sheet, resource in zip(book.worksheets, resources):
        numbers += compare(sheet, read_csv(csvs[resource["path"]]), f"{whole} [{sheet.title}]", problems)
    archive = zipfile.ZipFile(os.path.join(folder, "du-lieu.zip"))
    names = archive.namelist()
    if "README.txt" not in names:
        problems.append(f"{folder}/du-lieu.zip: no README.txt")
    for path, data in list(csvs.items()) + [("datapackage.json", open(os.path.join(folder, "datapackage.json"), "rb").read())]:
        if path not in names:
            problems.append(f"{folder}/du-lieu.zip: {path} missing")
        elif archive.read(path) != data:
            problems.append(f"{folder}/du-lieu.zip: {path} differs from the site's")
    return workbooks, numbers


def main():
    site = sys.argv[1]
    problems = []
    csv_count = 0
    folders = []
    for root, _, files in os.walk(site):
        for name in sorted(files):
            path = os.path.join(root, name)
            if name.endswith(".csv"):
                csv_count += 1
                with open(path, "rb") as f:
                    if not f.read(3) == BOM:
                        problems.append(f"{path}: does not start with a UTF-8 byte order mark")
            # The indicators' downloads (with their workbook and archive); the commitments'
            # package has CSV files only, checked above for their byte order mark.
            if name == "datapackage.json" and os.path.exists(os.path.join(root, "du-lieu.xlsx")):
                folders.append(root)
    workbooks = numbers = 0
    for folder in sorted(folders):
        w, n = check_folder(folder, problems)
        workbooks += w
        numbers += n
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems or not workbooks:
        sys.exit(1)
    print(f"xlsx-check: {csv_count} CSV files start with a BOM; {workbooks} workbooks open with openpyxl, "
          f"{numbers} numbers equal to their CSV's; {len(folders)} du-lieu.zip hold the data package.")


if __name__ == "__main__":
    main()
