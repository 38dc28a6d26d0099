#!/usr/bin/env python3
"""Writes the content folder of a test site of about N pages, for the build and search benchmarks.

    python3 bench/generate-site.py N OUT_DIR [--seed S] [--force] [--sources DIR…] [--list-table]

Pages are made of real Vietnamese sentences and headings taken from the official documents of the
demo (content/van-ban/*.md, by default), mixed differently on every page, with figures such as
1.234 and 30,58%. One page in twenty is a list page or a table page. Only plain Markdown: no
directives (unless --list-table), no raw HTML, no footnotes.

The same arguments give byte-identical files: every page draws from its own random.Random seeded
with the seed and the page's number, so page 17 is the same for N = 50 and for N = 10000.
"""
import argparse
import json
import os
import random
import re
import shutil
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PER_FOLDER = 500

UNITS = [
    "tỉnh Điện Biên", "thành phố Điện Biên Phủ", "thị xã Mường Lay", "huyện Điện Biên",
    "huyện Điện Biên Đông", "huyện Mường Ảng", "huyện Mường Chà", "huyện Mường Nhé", "huyện Nậm Pồ",
    "huyện Tủa Chùa", "huyện Tuần Giáo", "xã Quài Cang", "xã Tả Phìn", "xã Chung Chải", "xã Ẳng Cang",
    "Sở Nội vụ", "Sở Tư pháp", "Sở Y tế", "Sở Công Thương", "tỉnh Bình Phước", "tỉnh Ninh Thuận",
]

PERIODS = ["6 tháng đầu năm {y}", "năm {y}", "quý I năm {y}", "giai đoạn 2020 - 2022", "giai đoạn 2023 - 2025",
           "9 tháng năm {y}"]

# Sentences with figures, written like the documents write them: 1.234 and 30,58%.
NUMBER_SENTENCES = [
    "Năm {y}, tỷ lệ hộ nghèo của {u} giảm còn {p}, tương ứng {n} hộ.",
    "Trong {t}, các cơ quan của {u} đã tiếp {n} lượt công dân, giải quyết {p} số đơn thuộc thẩm quyền.",
    "Tổng thu ngân sách nhà nước trên địa bàn {u} đạt {n} triệu đồng, bằng {p} dự toán được giao.",
    "Toàn {u} có {s} mô hình “Dân vận khéo” được công nhận, tăng {p} so với cùng kỳ.",
    "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn tại bộ phận một cửa của {u} đạt {p}.",
    "Đã tổ chức {s} hội nghị phổ biến, quán triệt với {n} lượt cán bộ, công chức, viên chức tham dự.",
    "Số xã đạt chuẩn nông thôn mới của {u} là {s} xã, chiếm {p} tổng số xã.",
    "Chỉ số hài lòng về sự phục vụ hành chính của {u} đạt {p}, tăng {q} điểm so với năm {y0}.",
    "Trong {t}, {u} tiếp nhận {n} đơn thư, trong đó {s} đơn khiếu nại và {s2} đơn tố cáo.",
    "Có {p} cơ quan, đơn vị bố trí cán bộ phụ trách, tham mưu công tác dân vận, với {n} người.",
    "Nhân dân đã hiến {n} m² đất để mở rộng {s} km đường giao thông nông thôn trong {t}.",
    "Kinh phí hỗ trợ cho {n} hộ gia đình chính sách là {q} tỷ đồng, đạt {p} kế hoạch.",
]

TABLE_LABELS = [
    "Tỷ lệ hộ nghèo", "Số hộ nghèo", "Số lượt tiếp công dân", "Số người được tiếp", "Số đơn cấp xã tiếp nhận",
    "Tỷ lệ giải quyết đơn khiếu nại thuộc thẩm quyền", "Tỷ lệ giải quyết đơn tố cáo thuộc thẩm quyền",
    "Số mô hình “Dân vận khéo” xây dựng và nhân rộng", "Thu ngân sách nhà nước trên địa bàn",
    "GRDP bình quân đầu người", "Tỷ lệ xã, thị trấn thực hiện cơ chế một cửa",
    "Tỷ lệ cán bộ làm công tác dân vận được bồi dưỡng, tập huấn", "Số xã đạt chuẩn nông thôn mới",
    "Điểm đánh giá công tác dân vận chính quyền", "Số cán bộ phụ trách, tham mưu công tác dân vận",
]

FALLBACK_HEADINGS = ["Kết quả đạt được", "Tồn tại, hạn chế", "Nhiệm vụ, giải pháp", "Kiến nghị, đề xuất",
                     "Số liệu chính", "Tổ chức thực hiện", "Đánh giá chung"]


# --- Reading the sources -------------------------------------------------------------------------

def clean_inline(text):
    """Markdown of the documents → plain text, or None when something cannot be kept safely."""
    text = re.sub(r"\[\^[^\]]*\]", "", text)                                     # footnote references
    text = re.sub(r"\{abbr\}`([^`(]*?)\s*\([^`]*\)`", r"\1", text)                # {abbr}`UBND (…)`
    text = re.sub(r"\{[a-z-]+\}`([^`<]+?)\s*<[^`]*>`", r"\1", text)               # {doc}`text <target>`
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)                          # links
    text = re.sub(r"\\([^\w\s])", r"\1", text)                                   # backslash escapes
    text = re.sub(r"(?<!\bm)[⁰¹²³⁴⁵⁶⁷⁸⁹]+", "", text)                             # footnote marks, not m²
    text = text.replace("*", "").replace("_", "").replace("`", "")
    text = re.sub(r"\s+", " ", text).strip()
    if re.search(r"[{}\[\]<>|\\#&~]", text):
        return None
    return text


def read_sources(paths):
    """(paragraphs, headings) from .md and .txt files, in file order."""
    paragraphs, headings = [], []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        text = unicodedata.normalize("NFC", text).replace("\r\n", "\n")
        lines = text.split("\n")
        if path.suffix == ".md" and lines and lines[0].strip() == "---":
            close = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), 0)
            lines = lines[close + 1:]
        fence = None
        for line in lines:
            stripped = line.strip()
            if fence:
                if stripped.startswith(fence):
                    fence = None
                continue
            match = re.match(r"^(`{3,}|~{3,})", stripped)
            if match:
                fence = match.group(1)
                continue
            if not stripped or re.match(r"^\[\^[^\]]*\]:", stripped) or re.fullmatch(r"[-*_=]{3,}", stripped):
                continue
            if stripped.startswith(":") or stripped.startswith("|"):
                continue
            heading = re.match(r"^#{1,6}\s+(.*)$", stripped)
            letters = [c for c in stripped if c.isalpha()]
            if heading:
                headings.append(heading.group(1))
            elif path.suffix != ".md" and letters and all(c.isupper() for c in letters) and len(stripped.split()) <= 14:
                headings.append(stripped)
            elif paragraphs and stripped[0].islower() and not re.search(r"[.!?;:…\"”)]$", paragraphs[-1]):
                paragraphs[-1] += " " + stripped      # a sentence broken over two lines
            else:
                paragraphs.append(re.sub(r"^(?:[-+*]|\d{1,2}\\?[.)]|[a-zđ]\))\s+", "", stripped))
    return paragraphs, headings


def sentence_case(text):
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
        text = text.lower()
    return capitalize(text)


def capitalize(text):
    return text[:1].upper() + text[1:] if text else text


def clean_heading(raw):
    text = clean_inline(raw)
    if not text:
        return None
    text = re.sub(r"^Phần thứ \w+\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^[IVXLC]+\s*[-.–]\s*", "", text)
    text = re.sub(r"^\d+(?:\.\d+)*\.?\s+", "", text)
    text = re.sub(r"^[a-zđ]\)\s*", "", text)
    text = text.rstrip(" .;:,")
    words = text.split()
    if len(words) > 12:
        first = re.split(r"[,;]", text)[0].strip()
        if 2 <= len(first.split()) <= 12:
            text = first
        else:
            return None
    if len(text.split()) < 2 or not text[0].isalpha() or '"' in text:
        return None
    return sentence_case(text)


def split_sentences(paragraph):
    text = clean_inline(paragraph)
    if not text:
        return []
    pieces = re.split(r"(?<=[.!?…])\s+(?=[\"“(]?[^\W\d_])", text)
    out = []
    for piece in pieces:
        words = piece.split()
        parts = [piece] if len(words) <= 55 else re.split(r";\s+", piece)
        for part in parts:
            part = part.strip().rstrip(";:,").strip()
            if not part or not part[0].isupper():    # a lower-case start is a piece of a broken line
                continue
            if part.count('"') % 2 or part.count("“") != part.count("”") or part.count("(") != part.count(")"):
                continue
            if not 5 <= len(part.split()) <= 55:
                continue
            if part[-1] not in ".!?":
                part += "."
            out.append(part)
    return out


def clauses_of(sentences):
    """Pieces of 4–10 words between commas: titles and list items."""
    seen = {}
    for sentence in sentences:
        for piece in re.split(r"[,;:]\s+", sentence.rstrip(".!?")):
            piece = piece.strip()
            words = piece.split()
            if 4 <= len(words) <= 10 and piece[0].isalpha() and not re.search(r"[\"“”()]", piece) \
                    and words[-1] not in ("và", "của", "các", "với", "trong", "để", "là", "có", "về", "như", "phòng", "-"):
                seen.setdefault(capitalize(piece), None)
    return list(seen)


def load_material(source_dirs):
    files = []
    for directory in source_dirs:
        found = sorted(p for p in Path(directory).iterdir()
                       if p.is_file() and p.suffix in (".md", ".txt") and p.name != "index.md")
        if not found:
            sys.exit(f"generate-site: no .md or .txt files in {directory}")
        files += found
    paragraphs, raw_headings = read_sources(files)
    sentences = list(dict.fromkeys(s for p in paragraphs for s in split_sentences(p)))
    headings = list(dict.fromkeys(h for h in (clean_heading(r) for r in raw_headings) if h))
    headings += [h for h in FALLBACK_HEADINGS if h not in headings]
    clauses = clauses_of(sentences)
    if len(sentences) < 50 or len(clauses) < 50:
        sys.exit(f"generate-site: too little text in the sources ({len(sentences)} sentences)")
    return sentences, headings, clauses


# --- Writing pages -------------------------------------------------------------------------------

def vn_int(n):
    return f"{n:,}".replace(",", ".")


def vn_dec(x, digits=2):
    return f"{x:,.{digits}f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def number_sentence(r):
    year = r.randint(2019, 2025)
    values = {
        "y": year, "y0": year - 1, "u": r.choice(UNITS), "t": r.choice(PERIODS).format(y=year),
        "p": vn_dec(r.uniform(0.5, 99.9)) + "%", "q": vn_dec(r.uniform(0.1, 30), r.choice([1, 2])),
        "n": vn_int(r.choice([r.randint(100, 9_999), r.randint(1_000, 99_999), r.randint(10_000, 2_500_000)])),
        "s": r.randint(2, 95), "s2": r.randint(1, 40),
    }
    return r.choice(NUMBER_SENTENCES).format(**values)


def word_count(text):
    return sum(1 for w in text.split() if any(c.isalnum() for c in w))


def yaml_string(value):
    """Plain when YAML reads it back unchanged, otherwise double-quoted (JSON is valid YAML)."""
    plain_ok = (value and not re.search(r"[:#\"'\\]|^[-?,\[\]{}&*!|>%@`\s]|\s$", value)
                and not re.fullmatch(r"[-+.\d]+|true|false|yes|no|on|off|null|~", value, re.IGNORECASE))
    return value if plain_ok else json.dumps(value, ensure_ascii=False)


def slug(text, words=6):
    folded = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    parts = re.findall(r"[a-z0-9]+", folded)
    return "-".join(parts[:words]) or "trang"


class PageRandom(random.Random):
    """A page's random numbers, remembering the sentences it has used so as not to repeat them."""
    def __init__(self, seed):
        super().__init__(seed)
        self.used = set()

    def fresh(self, pool):
        for _ in range(8):
            item = self.choice(pool)
            if item not in self.used:
                break
        self.used.add(item)
        return item


class Material:
    def __init__(self, sentences, headings, clauses, seed, width):
        self.sentences, self.headings, self.clauses = sentences, headings, clauses
        self.seed, self.width = seed, width

    def rng(self, number, what):
        return PageRandom(f"minhbach-bench:{self.seed}:{number}:{what}")

    def title(self, number):
        r = self.rng(number, "title")
        while True:
            title = r.choice(self.clauses)
            if r.random() < 0.35:
                title += " " + r.choice(["tại", "ở", "của"]) + " " + r.choice(UNITS)
            if r.random() < 0.1:
                title = r.choice(["Báo cáo", "Kết quả", "Thông tin", "Tình hình"]) + " " + title[0].lower() + title[1:]
            if 4 <= len(title.split()) <= 10:
                return title

    def path(self, number):
        folder = (number - 1) // PER_FOLDER + 1
        return f"bai/{folder:04d}/{number:0{self.width}d}-{slug(self.title(number))}.md"


def paragraph(r, m, budget, numbers):
    """1–4 sentences, up to about `budget` words; one sentence in `numbers` has figures."""
    out, words = [], 0
    for _ in range(r.randint(1, 4)):
        sentence = number_sentence(r) if r.random() < numbers else r.fresh(m.sentences)
        length = word_count(sentence)
        if out and words + length > budget:
            break
        out.append(sentence)
        words += length
    if r.random() < 0.3:
        out[0] = embolden(r, out[0])
    return " ".join(out)


def embolden(r, sentence):
    """Bold a short piece of the sentence between commas, as the documents stress a phrase."""
    pieces = re.split(r"(, )", sentence)
    spans = [i for i in range(0, len(pieces) - 1, 2)
             if 2 <= len(pieces[i].split()) <= 6 and pieces[i][:1].isalpha() and pieces[i][-1:].isalpha()]
    if not spans:
        return sentence
    i = r.choice(spans)
    pieces[i] = "**" + pieces[i] + "**"
    return "".join(pieces)


def prose_page(r, m, number, target):
    blocks, total = [], 0
    if r.random() < 0.7:
        text = paragraph(r, m, 60, 0.15)
        blocks.append(text)
        total += word_count(text)
    sections = r.randint(2, 5)
    headings = r.sample(m.headings, sections + 2)
    for index in range(sections):
        heading = "## " + headings[index]
        blocks.append(heading)
        total += word_count(heading)
        left = sections - index
        budget = max(25, (target - total) // left)
        used = 0
        while used < budget and total < target:
            text = paragraph(r, m, min(budget - used + 15, 90), 0.2)
            blocks.append(text)
            used += word_count(text)
            total += word_count(text)
        if r.random() < 0.15 and total < target + 20:
            sub = "### " + headings[sections + (index % 2)]
            text = paragraph(r, m, 40, 0.2)
            blocks += [sub, text]
            total += word_count(sub) + word_count(text)
    if number > 1 and r.random() < 0.2:
        other = r.randint(max(1, number - 2000), number - 1)
        target_path = os.path.relpath(m.path(other), os.path.dirname(m.path(number)))
        blocks.append(f"Xem thêm: [{m.title(other)}]({target_path}).")
    if not any(re.search(r"\d[.,]\d", b) for b in blocks):
        blocks.insert(len(blocks) - 1, number_sentence(r))
    return blocks


def list_page(r, m, target):
    blocks, total = [], 0
    text = paragraph(r, m, 40, 0.2)
    blocks.append(text)
    total += word_count(text)
    headings = r.sample(m.headings, 5)
    sections = r.randint(2, 4)
    for index in range(sections):
        if index >= 2 and total >= target:
            break
        blocks.append("## " + headings[index])
        total += word_count(headings[index])
        budget = max(30, (target - total) // (sections - index))
        items, used = [], 0
        ordered = r.random() < 0.4
        for item in range(r.randint(3, 8)):
            entry = r.fresh(m.clauses) + "." if r.random() < 0.5 else r.fresh(m.sentences)
            lines = [f"{item + 1}. {entry}" if ordered else f"- {entry}"]
            if not ordered and r.random() < 0.15:
                lines += [f"  - {r.fresh(m.clauses)};", f"  - {number_sentence(r)}"]
            words = sum(word_count(line) for line in lines)
            if item >= 2 and used + words > budget:
                break
            items += lines
            used += words
        blocks.append("\n".join(items))
        total += used
    while total < target:
        text = paragraph(r, m, 60, 0.3)
        blocks.append(text)
        total += word_count(text)
    return blocks


def table_page(r, m, target, directive):
    blocks, total = [], 0
    text = paragraph(r, m, 40, 0.2)
    blocks.append(text)
    total += word_count(text)
    headings = r.sample(m.headings, 4)
    tables = r.randint(1, 2)
    for index in range(tables):
        units = r.sample(UNITS, r.randint(4, 8))
        label = r.choice(TABLE_LABELS)
        percent = label.startswith("Tỷ lệ")
        values = [vn_dec(r.uniform(1, 99.9)) + "%" if percent else vn_int(r.randint(12, 250_000)) for _ in units]
        caption = f"{label} năm {r.randint(2020, 2025)}"
        blocks.append("## " + headings[index])
        if directive:
            rows = [f"```{{list-table}} {caption}", ":header-rows: 1", "", "* - Đơn vị", f"  - {label}"]
            rows += [line for u, v in zip(units, values) for line in (f"* - {capitalize(u)}", f"  - {v}")]
            rows.append("```")
        else:
            rows = [f"- {capitalize(u)}: **{v}**" for u, v in zip(units, values)]
            blocks.append(f"{caption}, theo đơn vị.")
        blocks.append("\n".join(rows))
        total += sum(word_count(b) for b in blocks[-3:])
    if tables == 1:
        blocks.append("## " + headings[2])
    while total < target:
        text = paragraph(r, m, 60, 0.3)
        blocks.append(text)
        total += word_count(text)
    return blocks


def sentences_of(paragraph_text):
    parts = []
    for piece in re.split(r"(?<=[.!?]) ", paragraph_text):
        if parts and not piece[:1].isupper():
            parts[-1] += " " + piece
        else:
            parts.append(piece)
    return parts


def list_items(block):
    """The top-level items of a list block, each with its nested lines."""
    items = []
    for line in block.split("\n"):
        if line.startswith(" ") and items:
            items[-1] += "\n" + line
        else:
            items.append(line)
    return items


def is_paragraph(block):
    return not re.match(r"#|-|\d+\.|`|Xem thêm", block)


def front_matter(fields):
    lines = ["---"] + [f"{k}: {yaml_string(v)}" for k, v in fields] + ["---", ""]
    return "\n".join(lines)


def page_text(m, number, list_table):
    r = m.rng(number, "page")
    title = m.title(number)
    fields = [("title", title)]
    if r.random() < 0.6:
        fields.append(("description", r.fresh(m.sentences)))
    target = r.randint(160, 370)
    kind = r.random()
    if kind < 0.03:
        blocks = list_page(r, m, target)
    elif kind < 0.05:
        blocks = table_page(r, m, target, list_table)
    else:
        blocks = prose_page(r, m, number, target)
    # Keep the body within 150–400 words: drop the last paragraph that follows another paragraph.
    while word_count("\n".join(blocks)) > 400:
        spare = [i for i in range(1, len(blocks)) if is_paragraph(blocks[i]) and is_paragraph(blocks[i - 1])]
        if spare:
            del blocks[spare[-1]]
            continue
        # Else the last sentence of the last paragraph that has several.
        split = [(i, sentences_of(b)) for i, b in enumerate(blocks) if is_paragraph(b)]
        split = [(i, parts) for i, parts in split if len(parts) > 1]
        if split:
            i, parts = split[-1]
            blocks[i] = " ".join(parts[:-1])
            continue
        # Else the last item of the last list that has more than three.
        lists = [i for i, b in enumerate(blocks) if re.match(r"-|\d+\.", b) and len(list_items(b)) > 3]
        if not lists:
            break
        blocks[lists[-1]] = "\n".join(list_items(blocks[lists[-1]])[:-1])
    return front_matter(fields) + "\n" + "\n\n".join(blocks) + "\n"


def index_pages(m, count):
    folders = (count - 1) // PER_FOLDER + 1
    pages = {}
    home = [f"Trang này dùng để đo thời gian dựng trang và kích thước chỉ mục tìm kiếm của MinhBạch với {vn_int(count)} bài, "
            f"chia thành {folders} nhóm.", "", "## Các nhóm bài", ""]
    for folder in range(1, folders + 1):
        first, last = (folder - 1) * PER_FOLDER + 1, min(folder * PER_FOLDER, count)
        name = f"Bài {vn_int(first)} đến {vn_int(last)}"
        home.append(f"- [{name}](bai/{folder:04d}/index.md)")
        body = [f"Nhóm {folder} gồm {last - first + 1} bài.", "", "## Danh sách bài", ""]
        for number in range(first, last + 1):
            body.append(f"- [{m.title(number)}]({os.path.basename(m.path(number))})")
        pages[f"bai/{folder:04d}/index.md"] = front_matter([("title", name)]) + "\n" + "\n".join(body) + "\n"
    pages["index.md"] = front_matter([("title", "Trang thử tải MinhBạch")]) + "\n" + "\n".join(home) + "\n"
    return pages


SITE_YML = """title: Trang thử tải MinhBạch
description: Trang sinh tự động từ câu chữ của các văn bản gốc, để đo thời gian dựng trang và chỉ mục tìm kiếm.
language: vi
footer: Nội dung sinh tự động để thử tải, không phải số liệu thật.
"""


def clear_output(out, force, marker, program):
    """Empties OUT for a new site: only with --force, and only a folder such a script wrote before
    (it has `marker`), never anything else."""
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        if not force:
            sys.exit(f"{program}: {out} exists and is not empty (use --force to replace it)")
        if not (out / marker).is_file():
            sys.exit(f"{program}: {out} has no {marker}: refusing to replace a folder this script did not write")
        shutil.rmtree(out)


def main():
    parser = argparse.ArgumentParser(description="Write the content folder of a test site of about N pages.")
    parser.add_argument("count", type=int, metavar="N", help="number of article pages")
    parser.add_argument("out", metavar="OUT_DIR", help="folder to create")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--force", action="store_true",
                        help="replace OUT_DIR if it is a content folder written before (it has a site.yml)")
    parser.add_argument("--sources", nargs="+", metavar="DIR", default=[str(ROOT / "content" / "van-ban")],
                        help="folders of .md/.txt documents to take sentences from (default: content/van-ban)")
    parser.add_argument("--list-table", action="store_true",
                        help="write table pages with the {list-table} directive instead of plain lists")
    args = parser.parse_args()
    if args.count < 1:
        parser.error("N must be at least 1")
    out = Path(args.out)
    clear_output(out, args.force, "site.yml", "generate-site")

    sentences, headings, clauses = load_material(args.sources)
    m = Material(sentences, headings, clauses, args.seed, max(5, len(str(args.count))))
    files = {"site.yml": SITE_YML}
    files.update(index_pages(m, args.count))
    for number in range(1, args.count + 1):
        files[m.path(number)] = page_text(m, number, args.list_table)

    words = total = 0
    for relative in sorted(files):
        target = out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        data = files[relative].encode("utf-8")
        target.write_bytes(data)
        total += len(data)
        if relative.endswith(".md"):
            words += word_count(files[relative].split("\n---\n", 1)[1])
    pages = sum(1 for f in files if f.endswith(".md"))
    print(f"generate-site: {pages} pages ({args.count} articles + {pages - args.count} index pages), "
          f"{words} words, {total} bytes in {len(files)} files, seed {args.seed} → {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
