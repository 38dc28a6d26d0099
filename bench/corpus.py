#!/usr/bin/env python3
"""Writes the same synthetic site twice, for MinhBạch and for Hugo, for the full-build benchmark
(issue 8, `bench/run`).

    python3 bench/corpus.py N OUT [--seed S] [--force] [--minhbach-only] [--documents-only] [--part K/P]

OUT/minhbach/ is a MinhBạch content folder; OUT/hugo/ is a Hugo project (config.toml, content/,
assets/, and the templates of bench/hugo-theme/ copied to themes/minhbach-bench/). Both hold:

- N official documents (kế hoạch, báo cáo, đề án, chương trình, …) under van-ban/001/, van-ban/002/, …
  (at most 1,000 a folder), with the Vietnamese heading hierarchy (Phần thứ nhất › I. › 1. › a) or
  1.1.), bullet paragraphs, escaped numbered paragraphs, bold phrases and footnotes; a median of
  about 5 KB of Markdown each (front matter included). Their sentences come from the demo's
  documents (content/van-ban), mixed as bench/generate-site.py mixes them, with figures.
- A units registry of 60 communes (xã) and the province above them.
- 24 CSV files of 2,160 rows each: 3 indicators × 60 units × 6 years (2020–2025) × 2 periods
  (first half `YYYY-H1` and the whole year `YYYY`), each with its .yml declaration; and the 72
  indicator pages that define them.
- One dashboard page per CSV (tong-hop/): in MinhBạch three `{chart}` rankings (`hbar`) of the 60
  units, one per indicator, for the latest period (2025); in Hugo a page whose template reads the
  same CSV (resources.Get + transform.Unmarshal) and draws the same three bar charts as inline SVG,
  each with its data table.
- 12 "Dân vận khéo" models (mo-hinh/), a home page and an about page.

--documents-only leaves out the indicators, their data and the dashboards (and their links and
menu entries): both tools then make the same kinds of page — documents, models, home, about —, for
bench/documents.sh, which compares them on that work alone.

--minhbach-only writes OUT/minhbach/ alone (for runs without Hugo: the 1,000,000-page run of
bench/million.sh). --part K/P writes the K-th of P equal runs of the documents (and, for K = 1,
everything else), into an OUT that must exist and that no --force clears: P processes write one
site between them, as bench/million.sh does; every file is the one a whole run writes.

The same arguments give byte-identical files: each document draws from its own random.Random
seeded with the seed and the document's number, so document 17 is the same for N = 50 and for
N = 100000. Python 3 standard library only.
"""
import argparse
import csv
import importlib.util
import io
import json
import math
import random
import re
import shutil
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PER_FOLDER = 1000
YEARS = list(range(2020, 2026))
LATEST = "2025"
PROVINCE = ("dien-bien", "Tỉnh Điện Biên", "Điện Biên")
SITE_TITLE = "Minh bạch công tác dân vận – bài đo dựng trang"
SITE_DESCRIPTION = "Trang sinh tự động để đo thời gian dựng trang của MinhBạch và Hugo trên cùng một nội dung."
SITE_FOOTER = "Nội dung sinh tự động để đo, không phải văn bản hay số liệu thật."


def load_generate_site():
    """bench/generate-site.py as a module: its sentences, headings and figures are reused here."""
    spec = importlib.util.spec_from_file_location("generate_site", HERE / "generate-site.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gs = load_generate_site()


# --- Names ---------------------------------------------------------------------------------------

COMMUNES = [
    "Mường Phăng", "Nà Tấu", "Nà Nhạn", "Pá Khoang", "Thanh Nưa", "Thanh An", "Thanh Xương", "Noong Hẹt",
    "Sam Mứn", "Núa Ngam", "Mường Nhà", "Mường Lói", "Phu Luông", "Hua Thanh", "Noong Luống", "Pom Lót",
    "Thanh Yên", "Thanh Chăn", "Na Ư", "Mường Pồn", "Quài Cang", "Quài Nưa", "Quài Tở", "Chiềng Sinh",
    "Chiềng Đông", "Mường Thín", "Mường Mùn", "Pú Nhung", "Rạng Đông", "Ta Ma", "Nà Sáy", "Mường Khong",
    "Tỏa Tình", "Nà Tòng", "Tênh Phông", "Ẳng Cang", "Ẳng Nưa", "Ẳng Tở", "Búng Lao", "Xuân Lao",
    "Mường Đăng", "Ngối Cáy", "Nặm Lịch", "Mường Lạn", "Sính Phình", "Tả Phìn", "Tả Sìn Thàng",
    "Lao Xả Phình", "Trung Thu", "Mường Báng", "Xá Nhè", "Mường Đun", "Huổi Só", "Sín Chải", "Sa Lông",
    "Huổi Lèng", "Ma Thì Hồ", "Na Sang", "Mường Tùng", "Chà Cang",
]
assert len(COMMUNES) == 60 and len(set(COMMUNES)) == 60

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Lò", "Quàng", "Lường", "Vì", "Giàng", "Thào", "Vũ", "Đỗ", "Bùi"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Ngọc", "Xuân", "Hồng", "A", "Quang"]
GIVEN = ["Tuyên", "Hùng", "Lan", "Sáng", "Dung", "Thành", "Hương", "Chính", "Dũng", "Pó", "Xuân", "Long", "Mai", "Tú",
         "Khánh", "Hải"]

# kind id, name, number code, share of documents, whether it is long (parts), signer set
KINDS = [
    ("ke-hoach", "Kế hoạch", "KH", 0.30),
    ("bao-cao", "Báo cáo", "BC", 0.32),
    ("de-an", "Đề án", "ĐA", 0.06),
    ("chuong-trinh", "Chương trình", "CTr", 0.08),
    ("chi-thi", "Chỉ thị", "CT", 0.06),
    ("huong-dan", "Hướng dẫn", "HD", 0.08),
    ("nghi-quyet", "Nghị quyết", "NQ", 0.05),
    ("thong-bao", "Thông báo", "TB", 0.05),
]

# issuer, number suffix, party or state, parent line, capacity lines, signer titles
PROVINCIAL_ISSUERS = [
    ("Ủy ban nhân dân tỉnh Điện Biên", "UBND", "state", None, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "PHÓ CHỦ TỊCH"),
    ("Tỉnh ủy Điện Biên", "TU", "party", None, ["T/M BAN THƯỜNG VỤ"], "PHÓ BÍ THƯ"),
    ("Ban Dân vận Tỉnh ủy", "BDVTU", "party", "Tỉnh ủy Điện Biên", ["K/T TRƯỞNG BAN"], "PHÓ TRƯỞNG BAN"),
    ("Sở Nội vụ", "SNV", "state", "Ủy ban nhân dân tỉnh Điện Biên", ["KT. GIÁM ĐỐC"], "PHÓ GIÁM ĐỐC"),
    ("Sở Tư pháp", "STP", "state", "Ủy ban nhân dân tỉnh Điện Biên", ["KT. GIÁM ĐỐC"], "PHÓ GIÁM ĐỐC"),
    ("Sở Y tế", "SYT", "state", "Ủy ban nhân dân tỉnh Điện Biên", [], "GIÁM ĐỐC"),
    ("Sở Nông nghiệp và Môi trường", "SNNMT", "state", "Ủy ban nhân dân tỉnh Điện Biên", [], "GIÁM ĐỐC"),
    ("Thanh tra tỉnh", "TTr", "state", "Ủy ban nhân dân tỉnh Điện Biên", ["KT. CHÁNH THANH TRA"], "PHÓ CHÁNH THANH TRA"),
]

RECIPIENTS = ["Ban Dân vận Tỉnh ủy;", "Thường trực HĐND tỉnh;", "Lãnh đạo UBND tỉnh;", "Các sở, ban, ngành tỉnh;",
              "UBND các xã, phường;", "Ủy ban MTTQ Việt Nam tỉnh;", "Các tổ chức chính trị - xã hội tỉnh;",
              "Cổng thông tin điện tử tỉnh;", "Lưu: VT, NC."]

PARTS = ["nhất", "hai", "ba", "tư", "năm"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k"]

OPENINGS = [
    "Thực hiện {ref}, {issuer} ban hành {kind} với các nội dung sau:",
    "Căn cứ {ref}; theo đề nghị của các cơ quan chuyên môn, {issuer} xây dựng {kind} như sau:",
    "Thực hiện chỉ đạo tại {ref}, {issuer} {kind} kết quả thực hiện như sau:",
    "Nhằm cụ thể hóa {ref}, {issuer} ban hành {kind} này để triển khai thực hiện trên địa bàn.",
]

NOTES = [
    "Theo {kind} số {n}/{code}-{sfx} ngày {d}/{m}/{y} của {issuer}.",
    "Số liệu tổng hợp từ báo cáo của các xã, phường đến ngày {d}/{m}/{y}.",
    "Gồm các cơ quan chuyên môn thuộc UBND tỉnh và UBND các xã, phường.",
    "Tính cả các trường hợp đã được hướng dẫn, trả lời bằng văn bản.",
    "Số liệu năm {y} là số ước thực hiện, sẽ được cập nhật khi có số liệu chính thức.",
]


# --- Topics, indicators, data --------------------------------------------------------------------

# topic, what its count indicator counts, the count's unit label, typical yearly count per commune
TOPICS = [
    ("tiếp công dân", "Số lượt tiếp công dân", "lượt", 40),
    ("giải quyết đơn thư", "Số đơn thư tiếp nhận", "đơn", 15),
    ("cải cách hành chính", "Số thủ tục hành chính được rà soát, đơn giản hóa", "thủ tục", 25),
    ("bộ phận một cửa", "Số hồ sơ tiếp nhận tại bộ phận một cửa", "hồ sơ", 1800),
    ("dịch vụ công trực tuyến", "Số hồ sơ nộp trực tuyến", "hồ sơ", 900),
    ("giảm nghèo bền vững", "Số hộ thoát nghèo", "hộ", 60),
    ("xây dựng nông thôn mới", "Số tiêu chí nông thôn mới đạt được", "tiêu chí", 14),
    ("phong trào Dân vận khéo", "Số mô hình Dân vận khéo được công nhận", "mô hình", 3),
    ("phổ biến, giáo dục pháp luật", "Số hội nghị phổ biến, giáo dục pháp luật", "hội nghị", 12),
    ("hòa giải ở cơ sở", "Số vụ việc hòa giải thành", "vụ việc", 20),
    ("thực hiện dân chủ ở cơ sở", "Số hội nghị đối thoại với Nhân dân", "hội nghị", 6),
    ("bồi dưỡng cán bộ, công chức", "Số lượt cán bộ, công chức được bồi dưỡng", "lượt", 45),
    ("y tế cơ sở", "Số lượt khám, chữa bệnh tại trạm y tế", "lượt", 3500),
    ("hỗ trợ giáo dục", "Số học sinh được hỗ trợ chi phí học tập", "học sinh", 220),
    ("giao thông nông thôn", "Số ki-lô-mét đường được cứng hóa", "km", 6),
    ("nước sạch nông thôn", "Số hộ được dùng nước sạch", "hộ", 900),
    ("hỗ trợ nhà ở", "Số nhà ở được hỗ trợ xây mới, sửa chữa", "căn", 25),
    ("bảo hiểm y tế", "Số người tham gia bảo hiểm y tế", "người", 7000),
    ("giải quyết việc làm", "Số lao động có việc làm mới", "người", 150),
    ("xây dựng đời sống văn hóa", "Số gia đình đạt danh hiệu văn hóa", "gia đình", 1200),
    ("bảo đảm an ninh, trật tự", "Số vụ việc an ninh, trật tự được giải quyết", "vụ việc", 18),
    ("quản lý đất đai", "Số giấy chứng nhận quyền sử dụng đất được cấp", "giấy", 140),
    ("bảo vệ môi trường", "Số điểm thu gom rác thải được xây dựng", "điểm", 8),
    ("chuyển đổi số", "Số hồ sơ, giấy tờ được số hóa", "hồ sơ", 2500),
]
assert len(TOPICS) == 24


def topic_indicators(index, topic):
    """The three indicators of a topic: (id, front matter fields, kind of values)."""
    name, count_title, count_label, _ = topic
    key = gs.slug(name, 8)
    money = index % 2 == 0
    return [
        (f"{key}-ty-le", {
            "title": f"Tỷ lệ hoàn thành kế hoạch {name}",
            "short_title": f"Hoàn thành kế hoạch (%)",
            "measure": "percent", "direction": "higher", "decimals": 2, "aggregate": "mean",
            "unit_kinds": ["xa"], "baseline": 2020, "targets": [{"period": 2025, "value": 95}],
        }, "percent"),
        (f"{key}-so-luong", {
            "title": count_title, "short_title": count_title.replace("Số ", "", 1).capitalize(),
            "measure": "count", "unit_label": count_label, "direction": "higher", "aggregate": "sum",
            "unit_kinds": ["xa"], "baseline": 2020,
        }, "count"),
        (f"{key}-kinh-phi", {
            "title": f"Kinh phí thực hiện công tác {name}", "short_title": "Kinh phí",
            "measure": "money", "money_unit": "triệu đồng", "direction": "higher", "decimals": 1,
            "aggregate": "sum", "unit_kinds": ["xa"], "baseline": 2020,
        }, "money") if money else
        (f"{key}-diem", {
            "title": f"Điểm đánh giá công tác {name}", "short_title": "Điểm đánh giá",
            "measure": "index", "direction": "higher", "decimals": 1, "aggregate": "mean",
            "unit_kinds": ["xa"], "baseline": 2020, "targets": [{"period": 2025, "value": 85}],
        }, "index"),
    ]


def vn_number(value, decimals):
    return gs.vn_dec(value, decimals) if decimals else gs.vn_int(int(round(value)))


def topic_rows(seed, index, topic, units):
    """2,160 rows: 3 indicators × 60 units × 6 years × (H1, year), values written the Vietnamese way."""
    r = random.Random(f"minhbach-corpus:{seed}:data:{index}")
    typical = topic[3]
    rows = []
    for ind_id, fields, what in topic_indicators(index, topic):
        decimals = fields.get("decimals", 0)
        for code in units:
            level, growth = r.uniform(0.5, 1.6), r.uniform(-0.02, 0.12)
            for k, year in enumerate(YEARS):
                noise = r.uniform(0.9, 1.1)                # (drawn for every kind, so the values stay put)
                if what == "percent":                 # share of the year's plan done: half of it by June
                    whole = min(100.0, (45 + 25 * level + 40 * growth * k) * r.uniform(0.97, 1.03))
                    half = whole * r.uniform(0.4, 0.6)
                elif what == "index":                 # a score out of 100
                    whole = min(100.0, (45 + 20 * level + 25 * growth * k) * r.uniform(0.97, 1.03))
                    half = whole * r.uniform(0.95, 1.02)
                elif what == "money":
                    whole = typical * 40 * level * (1 + growth) ** k * noise
                    half = whole * r.uniform(0.35, 0.55)
                else:
                    whole = max(1, round(typical * level * (1 + growth) ** k * noise))
                    half = max(0, round(whole * r.uniform(0.35, 0.6)))
                rows.append((ind_id, code, f"{year}-H1", vn_number(min(half, 100.0) if what in ("percent", "index") else half, decimals)))
                rows.append((ind_id, code, f"{year}", vn_number(whole, decimals)))
    return rows


# --- YAML and Markdown helpers -------------------------------------------------------------------

def q(value):
    """A YAML double-quoted string (JSON's syntax is valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


class Plain(str):
    """A scalar written as it is (a date: 2023-04-12), not quoted."""


def yaml_value(value, indent=0):
    pad = " " * indent
    if isinstance(value, Plain):
        return str(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        return q(value)
    if isinstance(value, list) and all(not isinstance(v, (dict, list)) for v in value):
        return "[" + ", ".join(yaml_value(v) for v in value) + "]"
    if isinstance(value, list):
        lines = []
        for item in value:
            entries = [f"{k}: {yaml_value(v, indent + 4)}" for k, v in item.items()]
            lines.append(f"{pad}  - " + entries[0])
            lines += [f"{pad}    " + e for e in entries[1:]]
        return "\n" + "\n".join(lines)
    raise TypeError(value)


def front_matter(fields):
    lines = ["---"]
    for key, value in fields:
        if value is None:
            continue
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value) and len(value) > 2:
            lines.append(f"{key}:")
            lines += [f"  - {q(v)}" for v in value]
        else:
            lines.append(f"{key}: {yaml_value(value)}")
    lines += ["---", ""]
    return "\n".join(lines)


def sentences(r, m, count, numbers=0.2):
    out = []
    for _ in range(count):
        out.append(gs.number_sentence(r) if r.random() < numbers else r.fresh(m.sentences))
    return out


def split_count(r, total, parts):
    """`total` leaves over `parts` groups, each at least one."""
    cuts = sorted(r.sample(range(1, total), parts - 1)) if parts > 1 else []
    bounds = [0] + cuts + [total]
    return [bounds[i + 1] - bounds[i] for i in range(parts)]


# --- Documents -----------------------------------------------------------------------------------

class Corpus:
    def __init__(self, count, seed):
        self.count, self.seed = count, seed
        sentences_, headings, clauses = gs.load_material([ROOT / "content" / "van-ban"])
        self.m = gs.Material(sentences_, headings, clauses, seed, 5)
        self.units = [(gs.slug(name, 8), f"Xã {name}", name) for name in COMMUNES]
        self.folder_width = max(3, len(str((count - 1) // PER_FOLDER + 1)))
        self.kind_weights = [k[3] for k in KINDS]
        self.meta_cache = {}

    def rng(self, number, what):
        return gs.PageRandom(f"minhbach-corpus:{self.seed}:{number}:{what}")

    def issuers(self):
        out = list(PROVINCIAL_ISSUERS)
        for code, name, short in self.units[:20]:
            out.append((f"Ủy ban nhân dân xã {short}", "UBND", "state", None, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"],
                        "PHÓ CHỦ TỊCH"))
        return out

    def meta(self, number):
        """The printed facts of document `number`; depends on the seed and the number only."""
        if number in self.meta_cache:
            return self.meta_cache[number]
        r = self.rng(number, "meta")
        kind_id, kind_name, code, _ = r.choices(KINDS, weights=self.kind_weights)[0]
        issuer, sfx, system, parent, capacity, signer_title = r.choice(self.issuers())
        year = r.randint(2020, 2025)
        month, day = r.randint(1, 12), r.randint(1, 28)
        subject = r.choice(self.m.clauses)
        subject = subject[0].upper() + subject[1:]
        if r.random() < 0.6:
            subject += f" năm {year}" if kind_id != "bao-cao" else r.choice([f" 6 tháng đầu năm {year}", f" năm {year}"])
        elif r.random() < 0.5:
            subject += " giai đoạn 2021 - 2025"
        number_text = f"{number}-{code}/{sfx}" if system == "party" else f"{number}/{code}-{sfx}"
        place = issuer.split(" xã ")[-1] if " xã " in issuer else "Điện Biên"
        folder = (number - 1) // PER_FOLDER + 1
        file_id = f"{folder:0{self.folder_width}d}/{kind_id}-{number}-{gs.slug(code + ' ' + sfx, 4)}"
        meta = {
            "number": number, "kind": kind_id, "kind_name": kind_name, "code": code, "issuer": issuer, "sfx": sfx,
            "system": system, "parent": parent, "capacity": capacity, "signer_title": signer_title,
            "year": year, "month": month, "day": day, "subject": subject, "number_text": number_text,
            "place": place, "id": file_id,
            "period": (f"{year}-H1" if "6 tháng" in subject else str(year)) if kind_id == "bao-cao" else
                      ("2021-2025" if "2021 - 2025" in subject else (str(year) if f"năm {year}" in subject else None)),
            "signer": f"{r.choice(FAMILY)} {r.choice(MIDDLE)} {r.choice(GIVEN)}",
            "recipients": r.sample(RECIPIENTS[:-1], r.randint(2, 4)) + [RECIPIENTS[-1]],
            "status": r.choice([None, None, "in-force", "in-force", "expired"]),
            "based_on": None,
        }
        if number > 1 and r.random() < 0.3:
            meta["based_on"] = r.randint(max(1, number - 500), number - 1)
        self.meta_cache[number] = meta
        return meta

    def title(self, meta):
        """MinhBạch's title of a document without one: "<Kind> <subject>", its first letter lowered."""
        subject = meta["subject"]
        if subject[:1].isupper() and subject[1:2].islower():
            subject = subject[0].lower() + subject[1:]
        return f"{meta['kind_name']} {subject}"

    def body(self, number, meta):
        """The Markdown body: an opening, numbered sections, footnotes. Returns (text, footnotes)."""
        r = self.rng(number, "body")
        m = self.m
        # File sizes: log-normal around a median of about 5 KB with the front matter.
        target = int(min(60_000, max(1_500, r.lognormvariate(math.log(3_600), 0.55))))
        blocks = []
        ref_kind, ref_code = r.choice([("Kế hoạch", "KH"), ("Chỉ thị", "CT"), ("Nghị quyết", "NQ"), ("Công văn", "CV")])
        ref = f"{ref_kind} số {r.randint(10, 999)}/{ref_code}-UBND ngày {r.randint(1, 28)}/{r.randint(1, 12)}/{meta['year']}"
        blocks.append(r.choice(OPENINGS).format(ref=ref, issuer=meta["issuer"], kind=meta["kind_name"].lower()))
        blocks.append(" ".join(sentences(r, m, r.randint(1, 3))))
        size = sum(len(b.encode()) + 2 for b in blocks)

        leaves = max(2, round((target - size) / r.uniform(600, 900)))
        outline = []                                  # (heading line, is a leaf)
        dash = r.random() < 0.3

        def romans(n, level, upper):
            groups = max(1, min(len(ROMAN), n, math.ceil(n / r.randint(2, 4))))
            for i, c in enumerate(split_count(r, n, groups) if n >= groups else [1] * n):
                title = r.choice(m.headings)
                outline.append((f"{'#' * level} {ROMAN[i]}{'-' if dash else '.'} {title.upper() if upper else title}", c == 1))
                if c > 1:
                    arabics(c, level + 1)

        def arabics(n, level):
            for i in range(min(n, 12)):
                outline.append((f"{'#' * level} {i + 1}. {r.choice(m.headings)}", True))
                if r.random() < 0.15 and level < 6:
                    outline[-1] = (outline[-1][0], False)
                    decimals = r.random() < 0.4
                    for j in range(r.randint(2, 3)):
                        label = f"{i + 1}.{j + 1}." if decimals else f"{LETTERS[j]})"
                        outline.append((f"{'#' * (level + 1)} {label} {r.choice(m.headings)}", True))

        if leaves >= 8 and meta["kind"] in ("de-an", "ke-hoach", "chuong-trinh", "bao-cao") and r.random() < 0.7:
            parts = min(len(PARTS), max(2, leaves // 6))
            for p, n in enumerate(split_count(r, leaves, parts)):
                outline.append((f"## Phần thứ {PARTS[p]} {r.choice(m.headings).upper()}", False))
                romans(n, 3, True)
        else:
            romans(leaves, 2, True)

        leaf_count = sum(1 for _, leaf in outline if leaf)
        left = leaf_count
        paragraphs = []                                # indexes of plain paragraphs (for footnotes)
        for heading, leaf in outline:
            blocks.append(heading)
            size += len(heading.encode()) + 2
            if not leaf:
                if r.random() < 0.3:
                    blocks.append(gs.paragraph(r, m, 40, 0.2))
                    paragraphs.append(len(blocks) - 1)
                    size += len(blocks[-1].encode()) + 2
                continue
            budget = max(250, (target - size) // max(1, left))
            left -= 1
            used, previous = 0, None
            while used < budget:
                shape = r.random()
                if previous == "list" and shape >= 0.6:
                    shape = 0                          # two lists in a row would be one list
                previous = "paragraph" if shape < 0.6 else "list" if shape < 0.85 else "numbered"
                if shape < 0.6:
                    text = gs.paragraph(r, m, 90, 0.2)
                    paragraphs.append(len(blocks))
                elif shape < 0.85:
                    items = [f"- {s[:-1]};" if s.endswith(".") else f"- {s}" for s in sentences(r, m, r.randint(2, 4), 0.25)]
                    items[-1] = items[-1][:-1] + "."
                    text = "\n".join(items)
                else:
                    text = "\n\n".join(f"{k + 1}\\. {s}" for k, s in enumerate(sentences(r, m, r.randint(2, 3), 0.3)))
                blocks.append(text)
                used += len(text.encode()) + 2
            size += used

        notes = []
        if paragraphs:
            chosen = sorted(r.sample(paragraphs, min(len(paragraphs), r.choice([1, 1, 2, 2, 3, 4]))))
            for k, index in enumerate(chosen, start=1):
                blocks[index] += f"[^{k}]"
                y = r.randint(2019, meta["year"])
                i = r.choice(self.issuers())
                kind_name, kind_code = r.choice([("Báo cáo", "BC"), ("Kế hoạch", "KH"), ("Công văn", "CV")])
                notes.append(f"[^{k}]: " + r.choice(NOTES).format(
                    kind=kind_name, n=r.randint(1, 999), code=kind_code, sfx=i[1], d=r.randint(1, 28), m=r.randint(1, 12),
                    y=y, issuer=i[0]))
        return "\n\n".join(blocks + notes) + "\n"

    def minhbach_front(self, meta, description):
        based_on = [self.meta(meta["based_on"])["id"]] if meta["based_on"] else None
        return front_matter([
            ("kind", Plain(meta["kind"])), ("number", meta["number_text"]), ("subject", meta["subject"]),
            ("issuer", meta["issuer"]), ("issuer_parent", meta["parent"]),
            ("system", meta["system"] if meta["system"] == "party" else None),
            ("place", meta["place"]), ("date", Plain(f"{meta['year']}-{meta['month']:02d}-{meta['day']:02d}")),
            ("period", meta["period"]), ("on_behalf", meta["capacity"] or None), ("signer_title", meta["signer_title"]),
            ("signer", meta["signer"]), ("recipients", meta["recipients"]), ("status", meta["status"]),
            ("based_on", based_on), ("description", description),
        ])

    def hugo_front(self, meta, description):
        based_on = ["/van-ban/" + self.meta(meta["based_on"])["id"]] if meta["based_on"] else None
        status = {"in-force": "Còn hiệu lực", "expired": "Hết hiệu lực"}.get(meta["status"])
        return front_matter([
            ("title", self.title(meta)), ("date", Plain(f"{meta['year']}-{meta['month']:02d}-{meta['day']:02d}")),
            ("description", description),
            ("doc_kind", meta["kind"]), ("doc_kind_name", meta["kind_name"]), ("number", meta["number_text"]),
            ("subject", meta["subject"]), ("issuer", meta["issuer"]), ("issuer_parent", meta["parent"]),
            ("party", meta["system"] == "party"), ("place", meta["place"]), ("period", meta["period"]),
            ("on_behalf", meta["capacity"] or None), ("signer_title", meta["signer_title"]), ("signer", meta["signer"]),
            ("recipients", meta["recipients"]), ("status", status), ("based_on", based_on),
            ("co-quan", [meta["issuer"]]), ("nam", [str(meta["year"])]), ("tinh-trang", [status] if status else None),
        ])

    def document(self, number):
        meta = self.meta(number)
        r = self.rng(number, "description")
        description = r.fresh(self.m.sentences) if r.random() < 0.6 else None
        body = self.body(number, meta)
        return meta["id"], self.minhbach_front(meta, description) + "\n" + body, self.hugo_front(meta, description) + "\n" + body


# --- Writing -------------------------------------------------------------------------------------

class Writer:
    def __init__(self, out, enabled=True):
        self.out = out
        self.enabled = enabled
        self.files = 0
        self.bytes = 0

    def write(self, relative, text):
        if not self.enabled:
            return
        path = self.out / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8") if isinstance(text, str) else text
        path.write_bytes(data)
        self.files += 1
        self.bytes += len(data)


def csv_text(rows, header):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def write_site(corpus, out, hugo=True, part=(1, 1), data=True):
    mb, hg = Writer(out / "minhbach"), Writer(out / "hugo" / "content", hugo)
    hugo_root = Writer(out / "hugo", hugo)
    number, parts = part
    first = (corpus.count * (number - 1)) // parts + 1
    last = (corpus.count * number) // parts
    sizes = []
    if number == 1:
        write_rest(corpus, out, mb, hg, hugo_root, hugo, data)
    for number in range(first, last + 1):
        doc_id, mb_text, hugo_text = corpus.document(number)
        mb.write(f"van-ban/{doc_id}.md", mb_text)
        hg.write(f"van-ban/{doc_id}.md", hugo_text)
        sizes.append(len(mb_text.encode()))
        if number % 10_000 == 0:
            print(f"corpus: {number} documents…", file=sys.stderr)
    return mb, hg, hugo_root, sizes


def write_rest(corpus, out, mb, hg, hugo_root, hugo, data):
    """Everything but the documents themselves; without `data`, no indicators, data or dashboards."""
    m, seed = corpus.m, corpus.seed
    r = gs.PageRandom(f"minhbach-corpus:{seed}:site")

    # Settings.
    mb.write("site.yml", f"title: {q(SITE_TITLE)}\ndescription: {q(SITE_DESCRIPTION)}\nlanguage: vi\nfooter: {q(SITE_FOOTER)}\n")
    menu = "".join(HUGO_MENU.format(*entry) for entry in HUGO_MENU_ENTRIES if data or entry[1] not in DATA_SECTIONS) + "\n"
    hugo_root.write("config.toml", HUGO_CONFIG.format(title=SITE_TITLE, description=SITE_DESCRIPTION, footer=SITE_FOOTER) + menu)
    if hugo:
        shutil.copytree(HERE / "hugo-theme", out / "hugo" / "themes" / "minhbach-bench")

    # Home and about pages.
    contents = (f"{gs.vn_int(corpus.count)} văn bản, 72 chỉ tiêu của 60 xã và 24 bảng số liệu" if data
                else f"{gs.vn_int(corpus.count)} văn bản và các mô hình \"Dân vận khéo\"")
    data_links = ("- [Tiến độ thực hiện chỉ tiêu](chi-tieu/index.md): 72 chỉ tiêu, số liệu theo năm và theo xã.\n"
                  "- [Bảng số liệu](tong-hop/index.md): biểu đồ so sánh 60 xã theo từng lĩnh vực.\n")
    home = ("Trang này công khai **kế hoạch**, **báo cáo** và **số liệu** về công tác dân vận của cơ quan hành chính nhà nước, "
            f"chính quyền các cấp tỉnh Điện Biên: {contents}.\n\n"
            "## Trang web này có gì\n\n"
            "- [Văn bản](van-ban/index.md): toàn văn các kế hoạch, báo cáo, đề án.\n"
            + (data_links if data else "")
            + "- [Mô hình \"Dân vận khéo\"](mo-hinh/index.md): các cách làm hay được công nhận.\n\n"
            + " ".join(sentences(r, m, 3)) + "\n")
    about = "\n\n".join(["## Nguồn nội dung", " ".join(sentences(r, m, 4, 0)),
                         "## Cách đọc các trang", " ".join(sentences(r, m, 4, 0))]) + "\n"
    mb.write("index.md", front_matter([("title", "Minh bạch công tác dân vận chính quyền")]) + "\n" + home)
    hg.write("_index.md", front_matter([("title", "Minh bạch công tác dân vận chính quyền")]) + "\n" + hugo_links(home))
    mb.write("gioi-thieu.md", front_matter([("title", "Giới thiệu"), ("menu", True), ("weight", 5)]) + "\n" + about)
    hg.write("gioi-thieu.md", front_matter([("title", "Giới thiệu"), ("weight", 5)]) + "\n" + about)

    # Units.
    units = [code for code, _, _ in corpus.units]
    mb.write("don-vi.csv", csv_text([PROVINCE + ("tinh", "")] + [(c, n, s, "xa", PROVINCE[0]) for c, n, s in corpus.units],
                                    ["code", "name", "short_name", "kind", "parent"]))
    hugo_root.write("assets/don-vi.csv", (out / "minhbach" / "don-vi.csv").read_bytes())

    # Indicators, data and dashboards.
    if data:
        write_data(corpus, mb, hg, hugo_root, r, units)

    # Models.
    write_models(corpus, mb, hg, r)

    # Documents.
    for name, title in (("co-quan", "Cơ quan ban hành"), ("nam", "Năm ban hành"), ("tinh-trang", "Tình trạng hiệu lực")):
        hg.write(f"{name}/_index.md", front_matter([("title", title)]))
    docs_intro = "Toàn văn các kế hoạch, báo cáo, đề án, chương trình về công tác dân vận chính quyền, theo loại văn bản."
    mb.write("van-ban/index.md", front_matter([("title", "Văn bản"), ("menu", True), ("weight", 20)]) + "\n" + docs_intro + "\n")
    hg.write("van-ban/_index.md", front_matter([("title", "Văn bản"), ("weight", 20)]) + "\n" + docs_intro + "\n")


def write_data(corpus, mb, hg, hugo_root, r, units):
    """The 72 indicators, their 24 CSV files and the 24 dashboards."""
    m, seed = corpus.m, corpus.seed
    intro = "Các chỉ tiêu của 60 xã, phường tỉnh Điện Biên theo 24 lĩnh vực, số liệu 6 tháng và cả năm từ 2020 đến 2025. " \
            "Số liệu là **dữ liệu minh họa**, sinh tự động để đo thời gian dựng trang."
    mb.write("chi-tieu/index.md", front_matter([("title", "Tiến độ thực hiện chỉ tiêu"), ("menu", True), ("weight", 10)]) + "\n" + intro + "\n")
    hg.write("chi-tieu/_index.md", front_matter([("title", "Tiến độ thực hiện chỉ tiêu"), ("weight", 10)]) + "\n" + intro + "\n")
    dash_intro = "Mỗi trang so sánh 60 xã theo ba chỉ tiêu của một lĩnh vực, năm 2025."
    mb.write("tong-hop/index.md", front_matter([("title", "Bảng số liệu"), ("menu", True), ("weight", 12)]) + "\n" + dash_intro + "\n\n"
             + "\n".join(f"- [{topic[0][0].upper() + topic[0][1:]}]({gs.slug(topic[0], 8)}.md)" for topic in TOPICS) + "\n")
    hg.write("tong-hop/_index.md", front_matter([("title", "Bảng số liệu"), ("weight", 12)]) + "\n" + dash_intro + "\n")
    for index, topic in enumerate(TOPICS):
        key = gs.slug(topic[0], 8)
        rows = topic_rows(seed, index, topic, units)
        assert len(rows) == 2160
        data = csv_text(rows, ["indicator", "unit", "period", "value"])
        mb.write(f"so-lieu/{key}.csv", data)
        mb.write(f"so-lieu/{key}.yml", DATA_YML.format(topic=topic[0]))
        hugo_root.write(f"assets/so-lieu/{key}.csv", data)
        charts, hugo_indicators = [], []
        for ind_id, fields, what in topic_indicators(index, topic):
            tr = gs.PageRandom(f"minhbach-corpus:{seed}:indicator:{ind_id}")
            text = (f"{fields['title']} của mỗi xã trong kỳ báo cáo (6 tháng đầu năm và cả năm). "
                    + " ".join(sentences(tr, m, 3, 0)) + "\n\nSố liệu trên trang này là **dữ liệu minh họa**.\n")
            source = [("source", f"Báo cáo của UBND các xã về công tác {topic[0]} (dữ liệu minh họa)")]
            mb.write(f"chi-tieu/{ind_id}.md", front_matter(list(fields.items()) + source) + "\n" + text)
            hg.write(f"chi-tieu/{ind_id}.md", front_matter(
                [("title", fields["title"]), ("short_title", fields["short_title"]), ("measure", fields["measure"]),
                 ("unit_label", fields.get("unit_label") or fields.get("money_unit")), ("direction", fields["direction"]),
                 ("aggregate", fields["aggregate"]), ("baseline", fields["baseline"]), ("targets", fields.get("targets")),
                 ("data", f"so-lieu/{key}.csv")] + source) + "\n" + text)
            title = f"{fields['title']} của các xã, năm {LATEST}"
            charts.append(f"```{{chart}} {title}\n:type: hbar\n:indicator: {ind_id}\n:periods: {LATEST}\n```")
            hugo_indicators.append({"id": ind_id, "title": title, "decimals": fields.get("decimals", 0),
                                    "unit": fields.get("unit_label") or fields.get("money_unit") or "%"})
        name = topic[0][0].upper() + topic[0][1:]
        text = f"Ba chỉ tiêu về {topic[0]} của 60 xã, năm {LATEST}, xếp từ cao xuống thấp. " + " ".join(sentences(r, m, 2, 0))
        mb.write(f"tong-hop/{key}.md", front_matter([("title", f"Bảng số liệu: {name}")]) + "\n" + text + "\n\n"
                 + "\n\n".join(charts) + "\n")
        hg.write(f"tong-hop/{key}.md", front_matter([("title", f"Bảng số liệu: {name}"), ("data", f"so-lieu/{key}.csv"),
                                                     ("period", LATEST), ("indicators", hugo_indicators)]) + "\n" + text + "\n")


def hugo_links(markdown):
    """Links to index.md pages of MinhBạch → the section's path in Hugo."""
    return re.sub(r"\]\(([a-z-]+)/index\.md\)", r"](/\1/)", markdown)


def write_models(corpus, mb, hg, r):
    m = corpus.m
    fields = [("cai-cach-hanh-chinh", "Cải cách hành chính"), ("tiep-cong-dan", "Tiếp công dân và giải quyết đơn thư"),
              ("nong-thon-moi", "Xây dựng nông thôn mới"), ("kinh-te-xa-hoi", "Phát triển kinh tế - xã hội"),
              ("quoc-phong-an-ninh", "Quốc phòng - an ninh"), ("van-hoa-xa-hoi", "Văn hóa - xã hội")]
    mb.write("mo-hinh/linh-vuc.csv", csv_text(fields, ["code", "name"]))
    intro = "Các mô hình \"Dân vận khéo\" của chính quyền các xã, theo lĩnh vực, đơn vị, cấp công nhận và năm."
    mb.write("mo-hinh/index.md", front_matter([("title", "Mô hình \"Dân vận khéo\""), ("menu", True), ("weight", 15)]) + "\n" + intro + "\n")
    hg.write("mo-hinh/_index.md", front_matter([("title", "Mô hình \"Dân vận khéo\""), ("weight", 15)]) + "\n" + intro + "\n")
    names = ["Một cửa thân thiện", "Dân hỏi, xã trả lời", "Tổ hòa giải ba cùng", "Hiến đất mở đường", "Chợ phiên không rác",
             "Ngân sách xã dễ hiểu", "Hộ tịch lưu động đến bản", "Đối thoại trước, thu hồi đất sau", "Bản văn minh, nhà sạch",
             "Tổ tự quản bản biên giới", "Sổ tay số cho người dân", "Đồng hành tiêu thụ nông sản"]
    for i, title in enumerate(names):
        code, unit_name, short = corpus.units[(i * 5) % len(corpus.units)]
        status = ["dang-xay-dung", "duoc-cong-nhan", "nhan-rong"][i % 3]
        year = 2020 + i % 6
        field = fields[i % len(fields)]
        replicated = [corpus.units[(i * 5 + k) % 60][0] for k in (1, 2)] if status == "nhan-rong" else None
        results = [{"label": "Số người dân được hưởng lợi", "value": r.randint(100, 5000), "unit": "người"},
                   {"label": "Tỷ lệ hộ đồng thuận", "value": round(r.uniform(80, 100), 1), "unit": "%"}]
        summary = r.fresh(m.sentences)
        body = "\n\n".join([
            "## Vấn đề đặt ra", " ".join(sentences(r, m, 3, 0.2)),
            "## Cách làm", "\n".join(f"- {s}" for s in sentences(r, m, 4, 0.1)),
            "## Kết quả", " ".join(sentences(r, m, 3, 0.5)),
            "## Cách nhân rộng", " ".join(sentences(r, m, 2, 0)),
        ]) + "\n"
        full = f"Mô hình “{title}” ở {unit_name[0].lower() + unit_name[1:]}"
        slug = gs.slug(title, 8)
        mb.write(f"mo-hinh/{slug}.md", front_matter([
            ("title", full), ("unit", code), ("field", field[0]), ("level", ["xa", "tinh"][i % 2]), ("year", year),
            ("status", status), ("replicated_by", replicated), ("people", "Cán bộ, công chức xã và người dân các bản"),
            ("results", results), ("summary", summary), ("illustrative", True)]) + "\n" + body)
        hg.write(f"mo-hinh/{slug}.md", front_matter([
            ("title", full), ("unit", unit_name), ("field", field[1]), ("level", ["Cấp xã", "Cấp tỉnh"][i % 2]),
            ("year", year), ("status", status), ("people", "Cán bộ, công chức xã và người dân các bản"),
            ("results", results), ("summary", summary)]) + "\n" + body)


DATA_YML = """# Dữ liệu minh họa về {topic}, sinh bởi bench/corpus.py: 3 chỉ tiêu × 60 xã × 6 năm × 2 kỳ.
delimiter: ","
decimal: ","
thousands: "."
layout: tidy
illustrative: true
source: "Dữ liệu minh họa sinh bởi bench/corpus.py"
"""

HUGO_CONFIG = """# Written by bench/corpus.py: the Hugo side of the full-build benchmark (bench/run).
baseURL = "/"
languageCode = "vi"
defaultContentLanguage = "vi"
title = "{title}"
theme = "minhbach-bench"
# Like MinhBạch: x.html files, links that work from file://, ASCII paths, robots.txt; no RSS or
# sitemap (MinhBạch writes feeds and a sitemap only when the site's address is known).
uglyURLs = true
relativeURLs = true
removePathAccents = true
enableRobotsTXT = true
disableKinds = ["RSS", "sitemap"]
# Hugo gives up on a page whose values take longer than 30 s to initialise; at 100,000 pages on
# two cores the listings' do (2026-12-05's run stopped on it).
timeout = "30m"

[taxonomies]
  co-quan = "co-quan"
  nam = "nam"
  tinh-trang = "tinh-trang"

[params]
  description = "{description}"
  footer = "{footer}"

[markup.goldmark.renderer]
  unsafe = false
[markup.tableOfContents]
  startLevel = 2
  endLevel = 6
  ordered = true
"""

# The main menu, after HUGO_CONFIG: (name, section, weight).
HUGO_MENU = """
[[menu.main]]
  name = "{0}"
  pageRef = "/{1}"
  weight = {2}"""
HUGO_MENU_ENTRIES = [("Giới thiệu", "gioi-thieu", 5), ("Tiến độ thực hiện chỉ tiêu", "chi-tieu", 10), ("Bảng số liệu", "tong-hop", 12),
                     ('Mô hình \\"Dân vận khéo\\"', "mo-hinh", 15), ("Văn bản", "van-ban", 20)]
DATA_SECTIONS = {"chi-tieu", "tong-hop"}


def main():
    parser = argparse.ArgumentParser(description="Write the same synthetic site for MinhBạch and for Hugo.")
    parser.add_argument("count", type=int, metavar="N", help="number of documents")
    parser.add_argument("out", metavar="OUT", help="folder to create (gets minhbach/ and hugo/)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--force", action="store_true", help="replace OUT if this script wrote it before")
    parser.add_argument("--minhbach-only", action="store_true", help="write OUT/minhbach/ alone, not the Hugo project")
    parser.add_argument("--documents-only", action="store_true",
                        help="no indicators, data or dashboards: documents, models, home and about (bench/documents.sh)")
    parser.add_argument("--part", metavar="K/P", help="write the K-th of P runs of the documents (K = 1: and the rest)")
    args = parser.parse_args()
    if args.count < 1:
        parser.error("N must be at least 1")
    part = (1, 1)
    if args.part:
        match = re.fullmatch(r"([1-9][0-9]*)/([1-9][0-9]*)", args.part)
        if not match or int(match[1]) > int(match[2]):
            parser.error("--part takes K/P with 1 ≤ K ≤ P")
        part = (int(match[1]), int(match[2]))
    out = Path(args.out)
    if args.part:
        if args.force or not out.is_dir():
            parser.error("--part writes into an existing OUT, and --force cannot clear it")
    else:
        gs.clear_output(out, args.force, "minhbach/site.yml", "corpus")
    out.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(args.count, args.seed)
    mb, hg, hugo_root, sizes = write_site(corpus, out, hugo=not args.minhbach_only, part=part, data=not args.documents_only)
    if not sizes:
        print(f"corpus: part {args.part}: no documents → {out}", file=sys.stderr)
        return
    counted = f"{args.count} documents" if part == (1, 1) else f"{len(sizes)} of {args.count} documents (part {args.part})"
    print(f"corpus: {counted} (median {statistics.median(sizes) / 1000:.1f} KB, "
          f"{sum(sizes) / 1e6:.1f} MB), "
          + ("72 indicators, 24 CSV files of 2,160 rows, 24 dashboards, " if not args.documents_only else "no indicators or data, ")
          + "12 models; "
          f"minhbach: {mb.files} files, {mb.bytes / 1e6:.1f} MB; hugo: {hg.files + hugo_root.files} files; "
          f"seed {args.seed} → {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
