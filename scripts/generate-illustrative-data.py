#!/usr/bin/env python3
"""Generate the illustrative unit-level data of the demo site.

The scheme of Điện Biên (content/van-ban/de-an-dien-bien-2023-2025.md) sets targets for shares of
agencies and local governments ("100% ... có chương trình, kế hoạch công tác dân vận", "80% cơ quan
... có ít nhất 01 mô hình Dân vận khéo", ...), but no document of the site gives the values of each
district or department. To show how those targets are tracked, this script invents them.

ALL VALUES WRITTEN BY THIS SCRIPT ARE INVENTED FOR THE DEMO. They are not real figures of any unit.
The declaration it writes beside the data says `illustrative: true`, so every page that shows them
labels them "dữ liệu minh họa".

What it makes, from content/don-vi.csv:

  content/so-lieu/minh-hoa-don-vi.csv   tidy CSV, delimiter ",", decimal comma (67,5)
  content/so-lieu/minh-hoa-don-vi.yml   its declaration

for every unit of kind `huyen` or `so-nganh` whose parent is `dien-bien`, for the years 2023, 2024
and 2025, each year only for the units still valid on its last day (31 December): the districts
ended on 2025-06-30 and Sở Kế hoạch và Đầu tư on 2025-02-28, so 2025 has the other departments only.

Indicators (see content/chi-tieu/<id>.md):
  yes-no (0/1, mostly 1, improving year on year): pho-bien-quan-triet, co-ke-hoach-dan-van,
      ban-hanh-quy-che-lam-viec, kiem-tra-giam-sat, phan-cong-tiep-dan, bo-tri-can-bo-dan-van,
      and quy-che-phoi-hop (districts only: it covers local governments)
  (so-mo-hinh-dan-van-kheo is counted from the model pages in content/mo-hinh/; the draws for
  it are still made, so that every other value stays the same)
  so-can-bo-dan-van                    2-8 people
  ty-le-can-bo-dan-van-duoc-tap-huan   trained / so-can-bo-dan-van, 40-100 %, one decimal
  diem-dan-van                         score 50-98, one decimal
  xep-loai-dan-van                     grade from the score: >= 90 Xuất sắc, >= 80 Tốt,
                                       >= 65 Khá, >= 50 Trung bình, else Yếu

Deterministic: a fixed seed (random.Random(20250701)), units in file order, a fixed draw order;
running it twice gives byte-identical files. Python 3 standard library only.

Usage (from the repository root or anywhere):  python3 scripts/generate-illustrative-data.py
"""

import csv
import datetime
import io
import math
import os
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UNITS_FILE = os.path.join(ROOT, "content", "don-vi.csv")
OUT_CSV = os.path.join(ROOT, "content", "so-lieu", "minh-hoa-don-vi.csv")
OUT_YML = os.path.join(ROOT, "content", "so-lieu", "minh-hoa-don-vi.yml")

SEED = 20250701
PROVINCE = "dien-bien"
KINDS = ("huyen", "so-nganh")
YEARS = (2023, 2024, 2025)

# Chance that a unit meets a yes-no requirement in a year it did not meet it the year before.
YES_CHANCE = {2023: 0.72, 2024: 0.82, 2025: 0.92}
# Chance that a unit that met it the year before still does.
KEEP_CHANCE = 0.97

YES_NO = (
    "pho-bien-quan-triet",
    "co-ke-hoach-dan-van",
    "ban-hanh-quy-che-lam-viec",
    "kiem-tra-giam-sat",
    "phan-cong-tiep-dan",
    "quy-che-phoi-hop",
    "bo-tri-can-bo-dan-van",
)
YES_NO_KINDS = {"quy-che-phoi-hop": ("huyen",)}

# Order of the rows in the output: by indicator, then unit (file order), then year.
INDICATORS = YES_NO + (
    "so-can-bo-dan-van",
    "ty-le-can-bo-dan-van-duoc-tap-huan",
    "diem-dan-van",
    "xep-loai-dan-van",
)

GRADES = ((90, "Xuất sắc"), (80, "Tốt"), (65, "Khá"), (50, "Trung bình"))


def parse_date(text):
    return datetime.date.fromisoformat(text) if text else None


def valid_at(unit, day):
    start, end = parse_date(unit["valid_from"]), parse_date(unit["valid_to"])
    return (start is None or start <= day) and (end is None or day <= end)


def grade(score):
    for floor, name in GRADES:
        if score >= floor:
            return name
    return "Yếu"


def decimal_comma(value, digits):
    return f"{value:.{digits}f}".replace(".", ",")


def load_units():
    with open(UNITS_FILE, encoding="utf-8-sig", newline="") as f:
        return [row for row in csv.DictReader(f) if row["kind"] in KINDS and row["parent"] == PROVINCE]


def generate(units):
    rng = random.Random(SEED)
    values = {}  # (indicator, unit code, year) -> text
    for unit in units:
        code, kind = unit["code"], unit["kind"]
        previous = {}
        for year in YEARS:
            if not valid_at(unit, datetime.date(year, 12, 31)):
                continue
            for indicator in YES_NO:
                if kind not in YES_NO_KINDS.get(indicator, KINDS):
                    continue
                chance = KEEP_CHANCE if previous.get(indicator) == 1 else YES_CHANCE[year]
                previous[indicator] = 1 if rng.random() < chance else 0
                values[(indicator, code, year)] = str(previous[indicator])

            # "Dân vận khéo" models: drawn but not written (the model pages are counted instead).
            if "models" not in previous:
                models = rng.choices((0, 1, 2, 3), weights=(3, 4, 3, 1))[0]
            else:
                models = min(4, previous["models"] + rng.choices((0, 1), weights=(3, 2))[0])
            previous["models"] = models

            # Staff in charge of dân vận work, 2 to 8, and the share of them trained.
            if "staff" not in previous:
                staff = rng.randint(2, 8)
            else:
                staff = max(2, min(8, previous["staff"] + rng.choice((-1, 0, 0, 1))))
            previous["staff"] = staff
            lowest = math.ceil(0.4 * staff)
            if "trained_share" not in previous:
                wanted = rng.uniform(0.4, 0.85)
            else:
                wanted = previous["trained_share"] + rng.uniform(0.0, 0.15)
            trained = max(lowest, min(staff, round(wanted * staff)))
            previous["trained_share"] = trained / staff
            values[("so-can-bo-dan-van", code, year)] = str(staff)
            values[("ty-le-can-bo-dan-van-duoc-tap-huan", code, year)] = decimal_comma(100 * trained / staff, 1)

            # Yearly score and the grade it gives.
            if "score" not in previous:
                score = rng.uniform(55.0, 90.0)
            else:
                score = previous["score"] + rng.uniform(-3.0, 6.0)
            score = round(max(50.0, min(98.0, score)), 1)
            previous["score"] = score
            values[("diem-dan-van", code, year)] = decimal_comma(score, 1)
            values[("xep-loai-dan-van", code, year)] = grade(score)
    return values


def write(units, values):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("indicator", "unit", "period", "value"))
    for indicator in INDICATORS:
        for unit in units:
            for year in YEARS:
                key = (indicator, unit["code"], year)
                if key in values:
                    writer.writerow((indicator, unit["code"], year, values[key]))
    with open(OUT_CSV, "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())
    with open(OUT_YML, "w", encoding="utf-8", newline="") as f:
        f.write(
            "# Written by scripts/generate-illustrative-data.py: do not edit by hand, run the script again.\n"
            "# Every value in minh-hoa-don-vi.csv is invented for the demo (dữ liệu minh họa).\n"
            'delimiter: ","\n'
            'decimal: ","\n'
            'thousands: "."\n'
            "layout: tidy\n"
            "illustrative: true\n"
            'source: "Dữ liệu minh họa do scripts/generate-illustrative-data.py tạo"\n'
        )


def main():
    units = load_units()
    values = generate(units)
    write(units, values)
    print(f"{os.path.relpath(OUT_CSV, ROOT)}: {len(values)} values for {len(units)} units")


if __name__ == "__main__":
    main()
