#!/usr/bin/env python3
"""Generate the illustrative progress of the demo site's tasks.

The documents of the site set tasks with deadlines (content/nhiem-vu/<document>.csv): the plan of
Bình Phước (content/van-ban/ke-hoach-binh-phuoc-2023.md) asks every department, public-service unit
and district to send its six-month report before 10/5/2023, and its annual report and its
self-scoring before 10/11/2023; the report of Tuần Giáo sets two tasks for the end of 2021. No
document of the site says which unit did them, or when. To show how the site tracks them, this
script invents it.

ALL STATUSES AND DATES WRITTEN BY THIS SCRIPT ARE INVENTED FOR THE DEMO. They are not what any unit
did. The declarations it writes beside them say `illustrative: true`, so every page that shows them
labels them "dữ liệu minh họa". The one real progress row of the demo (Tuần Giáo's report answering
Công văn 200-CV/HU) is in content/nhiem-vu/tien-do-tuan-giao-2021.csv, written by hand.

What it makes, from content/don-vi.csv and the tasks files of content/nhiem-vu/:

  content/nhiem-vu/minh-hoa-tien-do-2023-06.csv + .yml   progress as of 2023-06-30
  content/nhiem-vu/minh-hoa-tien-do.csv + .yml           progress as of 2023-12-31

one row per task that has a due date and per unit that leads it (a selector `@kind/parent` gives
the units of that kind under that parent that exist on the due date). Each pair (task, unit) gets
one invented story, and both files are snapshots of it, so the site shows a history of changes:

  on time   done on or before the last allowed day (the day before the due date for `before`)
  late      done 1-45 days after it
  stalled   started, never done (in progress, then overdue)
  untouched never started (not started, then overdue)

A done date is sometimes known to the month only (written YYYY-MM): such a row is shown as done
only in a snapshot after that month's last day, and some of them straddle the deadline (the site
flags those for review). No done date is after the snapshot's date; the evidence column is left
empty (no document of the site is a unit's report).

Deterministic: a fixed seed (random.Random(20231231), --seed to change it), tasks and units in file
order, a fixed draw order; running it twice gives byte-identical files. Python 3 standard library
only.

Usage (from the repository root or anywhere):  python3 scripts/generate-illustrative-progress.py [--seed N]
"""

import argparse
import csv
import datetime
import io
import os
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UNITS_FILE = os.path.join(ROOT, "content", "don-vi.csv")
FOLDER = os.path.join(ROOT, "content", "nhiem-vu")
OUT_PREFIX = "minh-hoa-tien-do"

SEED = 20231231
# The snapshots: (file name, as of). The last is the site's "as of".
SNAPSHOTS = (
    (OUT_PREFIX + "-2023-06", datetime.date(2023, 6, 30)),
    (OUT_PREFIX, datetime.date(2023, 12, 31)),
)
FINAL = SNAPSHOTS[-1][1]

# Chance of each story for a (task, unit) pair.
STORIES = (("on-time", 0.55), ("late", 0.25), ("stalled", 0.1), ("untouched", 0.1))
# Chance that a done date is known to the month only.
MONTH_ONLY_CHANCE = 0.15


def parse_date(text):
    return datetime.date.fromisoformat(text) if text else None


def valid_at(unit, day):
    start, end = parse_date(unit["valid_from"]), parse_date(unit["valid_to"])
    return (start is None or start <= day) and (end is None or day <= end)


def load_units():
    with open(UNITS_FILE, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def ancestors(units_by_code, code):
    out = []
    parent = units_by_code[code]["parent"]
    while parent:
        out.append(parent)
        parent = units_by_code[parent]["parent"]
    return out


def declaration(path):
    """The `key: value` lines of a tasks file's .yml (flat, as the tasks files are)."""
    fields = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if ":" in line and not line.startswith("#"):
                key, value = line.split(":", 1)
                fields[key.strip()] = value.strip().strip('"')
    return fields


def dated_tasks():
    """(global id, due date, rule, lead cell) of every task with a due date, files by name."""
    tasks = []
    for name in sorted(os.listdir(FOLDER)):
        if not name.endswith(".yml"):
            continue
        fields = declaration(os.path.join(FOLDER, name))
        if fields.get("kind") != "tasks" or fields.get("illustrative") == "true":
            continue
        with open(os.path.join(FOLDER, name[:-4] + ".csv"), encoding="utf-8-sig", newline="") as f:
            for row in csv.DictReader(f):
                if row["due"]:
                    tasks.append((name[:-4] + "/" + row["id"], parse_date(row["due"]), row["due_rule"], row["lead"]))
    return tasks


def leads(units, units_by_code, cell, due):
    """The unit codes a lead cell names, selectors expanded to the units that exist on the due date."""
    codes = []
    for ref in filter(None, cell.split(";")):
        if ref.startswith("@"):
            kind, parent = ref[1:].split("/")
            codes += [u["code"] for u in units
                      if u["kind"] == kind and parent in ancestors(units_by_code, u["code"]) and valid_at(u, due)]
        elif valid_at(units_by_code[ref], due):
            codes.append(ref)
    return codes


def story(rng, last_day):
    """(started on, done on, month only) of one invented story; dates may be None."""
    draw = rng.random()
    kind = STORIES[-1][0]
    for name, chance in STORIES:
        if draw < chance:
            kind = name
            break
        draw -= chance
    if kind == "on-time":
        done = last_day - datetime.timedelta(days=rng.randint(0, 20))
    elif kind == "late":
        done = min(last_day + datetime.timedelta(days=rng.randint(1, 45)), FINAL)
    else:
        done = None
    month_only = done is not None and rng.random() < MONTH_ONLY_CHANCE
    if done is not None:
        started = done - datetime.timedelta(days=rng.randint(5, 40))
    elif kind == "stalled":
        started = last_day - datetime.timedelta(days=rng.randint(0, 30))
    else:
        started = None
    return started, done, month_only


def month_end(day):
    following = (day.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return following - datetime.timedelta(days=1)


def snapshot(stories, as_of):
    rows = []
    for task, unit, (started, done, month_only) in stories:
        shown_done = done is not None and (month_end(done) if month_only else done) <= as_of
        if shown_done:
            rows.append((task, unit, "done", done.strftime("%Y-%m") if month_only else done.isoformat(), "", ""))
        elif started is not None and started <= as_of:
            rows.append((task, unit, "in-progress", "", "", ""))
        else:
            rows.append((task, unit, "not-started", "", "", ""))
    return rows


def write(name, as_of, rows):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("task", "unit", "status", "done_on", "evidence", "note"))
    writer.writerows(rows)
    with open(os.path.join(FOLDER, name + ".csv"), "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())
    with open(os.path.join(FOLDER, name + ".yml"), "w", encoding="utf-8", newline="") as f:
        f.write(
            "# Written by scripts/generate-illustrative-progress.py: do not edit by hand, run the script again.\n"
            f"# Every status and date in {name}.csv is invented for the demo (dữ liệu minh họa).\n"
            "kind: progress\n"
            f"as_of: {as_of.isoformat()}\n"
            "illustrative: true\n"
            'source: "Dữ liệu minh họa do scripts/generate-illustrative-progress.py tạo"\n'
        )


def main():
    parser = argparse.ArgumentParser(description="Generate the illustrative progress of the demo's tasks.")
    parser.add_argument("--seed", type=int, default=SEED, help=f"seed of the random draws (default {SEED})")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    units = load_units()
    units_by_code = {u["code"]: u for u in units}
    stories = []
    for task, due, rule, cell in dated_tasks():
        last_day = due - datetime.timedelta(days=1) if rule == "before" else due
        for unit in leads(units, units_by_code, cell, due):
            stories.append((task, unit, story(rng, last_day)))
    for name, as_of in SNAPSHOTS:
        rows = snapshot(stories, as_of)
        write(name, as_of, rows)
        counts = {}
        for row in rows:
            counts[row[2]] = counts.get(row[2], 0) + 1
        summary = ", ".join(f"{status} {n}" for status, n in sorted(counts.items()))
        print(f"content/nhiem-vu/{name}.csv: {len(rows)} rows as of {as_of} ({summary})")


if __name__ == "__main__":
    main()
