#!/usr/bin/env python3
"""A seeded mutation fuzzer for `minhbach`, over the demo in content/.

Every case copies the demo, mutates one to three of its files (byte-level and structure-aware
mutations: lines inserted, deleted and repeated, CR/CRLF/BOM/NUL/invalid UTF-8, pathological
snippets spliced in), runs `minhbach check` (sometimes `build` or `render FILE.md`) with a
timeout and classifies the run:

  ok         exit 0
  diagnosed  exit 1, every error line located (`path:line:col: error: …`) or one of the
             documented location-less forms
  unlocated  exit 1 with an error line that has no location (reported, not fatal)
  crash      killed by a signal, or any exit code other than 0 and 1
  hang       still running after --timeout seconds of CPU time (10)

A crash or a hang is minimised (the mutated files alone in a small site if that still fails,
then delta debugging by lines and by bytes, for a bounded time) and kept under --keep in a
folder named after the seed and the case number. Case N of seed S is the same whatever else
runs: its random generator is seeded with "S:N". Exits 1 on any crash or hang.

Standard library only.  Example:
  python3 scripts/fuzz.py --seed 1 --cases 500
  python3 scripts/fuzz.py --seed 1 --budget 45 --binary .build/release/minhbach
"""

import argparse
import concurrent.futures
import json
import math
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# --- Classifying a run -----------------------------------------------------------------------

LOCATED = re.compile(r"^\S.*?:\d+:\d+: (error|warning): ")
UNLOCATED = re.compile(r"^(error|warning): (.*)$")
# The problems the tool reports without a position on purpose: they concern the whole run (the
# theme, the output folder, the command line), not a place in a content file.
LOCATIONLESS_FORMS = [re.compile(p) for p in (
    r"^the theme has no templates/",
    r"^the theme has no strings for language ",
    r"^refusing to replace '",
    r"^cannot write the site to '",
    r"^cannot write '",
    r"^the \S+ folder '.*' does not exist",
    r"^'.*' is not a Markdown page of the site",
    r"^cannot read '",
    r"^the site address '.*' is not an absolute http\(s\) URL",
)]


def unlocated_lines(stderr):
    """Error lines of a run's stderr that carry no location and are not a documented form."""
    bad = []
    for line in stderr.splitlines():
        if LOCATED.match(line):
            continue
        m = UNLOCATED.match(line)
        if m and m.group(1) == "error" and not any(p.match(m.group(2)) for p in LOCATIONLESS_FORMS):
            bad.append(line)
    return bad


def error_line_count(stderr):
    return sum(1 for line in stderr.splitlines() if LOCATED.match(line) or UNLOCATED.match(line))


def classify(returncode, timed_out, stderr):
    """(class, detail) of one run; see the module docstring."""
    if timed_out:
        return "hang", "timeout"
    if returncode == 0:
        return "ok", ""
    if returncode == 1:
        bad = unlocated_lines(stderr)
        if bad:
            return "unlocated", bad[0][:200]
        if error_line_count(stderr) == 0:
            return "unlocated", "exit 1 without any error line"
        return "diagnosed", ""
    if returncode < 0:
        try:
            name = signal.Signals(-returncode).name
        except ValueError:
            name = f"signal {-returncode}"
        return "crash", name
    return "crash", f"exit {returncode}"


FRAME = re.compile(r"^\s*\d+\s+((?:\[[a-z]+\]\s+)*)0x[0-9a-f]+ (.+?)(?: \+ \d+)? in (\S+)")
LIBRARY = re.compile(r"^(?:specialized )?(?:static )?(?:_|Array|ArraySlice|ContiguousArray|Sequence|Collection|"
                     r"Dictionary|Set|String|Substring|Unsafe|Range|Int|closure)")


def crashed_thread(lines):
    """The backtrace of the thread that crashed: the runtime prints every thread, that one marked
    `Thread N "name" crashed:`."""
    inside = False
    for line in lines:
        if line.startswith("Thread "):
            inside = line.rstrip().endswith("crashed:")
        elif inside:
            yield line


def crash_signature(kind, detail, stderr):
    """Groups failures: for a crash the signal, the runtime's message (`Fatal error: …`) and the
    innermost function of minhbach's own code in the backtrace, when the run printed one."""
    if kind != "crash":
        return kind
    message, frame = "", ""
    lines = stderr.splitlines()
    for line in lines:
        if not message and "Fatal error" in line:
            message = re.sub(r"0x[0-9a-f]+", "#", line.strip())[:160]
    for line in crashed_thread(lines):
        m = FRAME.match(line)
        if m and m.group(3) == "minhbach" and "[system]" not in m.group(1) and not LIBRARY.match(m.group(2)):
            frame = re.sub(r"^(specialized )?(static )?", "", m.group(2))
            break
    return " ".join(x for x in (f"crash {detail}", message, f"in {frame}" if frame else "") if x)


# Swift's runtime prints a symbolicated backtrace on a crash, which takes seconds: off while
# fuzzing and minimising, on for the one run that records a kept case.
QUIET = {**os.environ, "SWIFT_BACKTRACE": "enable=no"}
TRACED = {**os.environ, "SWIFT_BACKTRACE": "enable=yes,interactive=no,color=no"}


def run_tool(binary, args, cwd, timeout, env=QUIET):
    """Runs the binary in its own process group; returns (returncode, timed_out, stderr, seconds).

    `timeout` is CPU time (RLIMIT_CPU), so that a machine busy with other work does not turn a
    slow run into a hang; wall-clock time three times as long (plus 10 s) stops a run that
    waits without computing."""
    start = time.monotonic()
    proc = subprocess.Popen([str(binary)] + args, cwd=cwd, stdin=subprocess.DEVNULL, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    cpu = max(1, math.ceil(timeout))
    try:
        resource.prlimit(proc.pid, resource.RLIMIT_CPU, (cpu, cpu + 2))
    except (ProcessLookupError, OSError):
        pass  # already finished
    try:
        _, err = proc.communicate(timeout=3 * timeout + 10)
        # Past the soft limit the kernel sends SIGXCPU, past the hard one SIGKILL (which this
        # script sends only at the wall-clock limit).
        timed_out = proc.returncode in (-signal.SIGXCPU, -signal.SIGKILL)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        _, err = proc.communicate()
        timed_out = True
    return proc.returncode, timed_out, err.decode("utf-8", "replace"), time.monotonic() - start


# --- Snippets: pathological and odd input ----------------------------------------------------

def size(rng, small=12, large=60000):
    """Mostly small; one time in three log-uniform up to `large`, past the known depth limits."""
    if rng.random() < 0.65:
        return rng.randint(1, small)
    return int(math.exp(rng.uniform(0, math.log(large))))


ODD_TEXT = [
    "\u202eRTL override\u202c", "a\u200db\u200cc\u200bd", "e" + "\u0301" * 200, "Vie\u0302\u0323t Nam",
    "\ufeff", "\uffff\ufffe", "\U0001f600\U0001f1fb\U0001f1f3", "\u0000", "\u2028\u2029", "ǅǈ", "İı",
    "ß", "ﬃ", "\u00a0\u3000", "Đ đ Ð", "&#0;", "&#x110000;", "&#99999999999;", "&nbsp", "&amp;amp;",
    "\\", "\\\\`", "<!--", "-->", "<![CDATA[", "<script>", "</div>", "{{title}}", "{{{title}}}", "%s%n",
    "../../../../etc/passwd", "C:\\Windows", "%2e%2e/%2f", "$(id)", "`id`",
]
ODD_NUMBERS = [
    "0", "-0", "-1", "1e999", "-1e999", "1e-999", "99999999999999999999999999999", "NaN", "nan", "inf",
    "-inf", "0x10", "1_000", "1.2.3", "1,2,3", "١٢٣", "１２３", "+5", "--5", ".5", "5.", "1e", "", " ",
    "9223372036854775807", "9223372036854775808", "-9223372036854775809", "4294967296", "1/2",
    "٫5", "12 345", "12\u00a0345", "00001", "1e308", "2.2250738585072014e-308",
]
SCHEMES = [
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:x", "data:text/html,<b>", "vbscript:x",
    "file:///etc/passwd", "//evil.example/x", "http://", "https://[::1", "mailto:", "tel:+84",
    "../../../../etc/passwd", "..", "../", "./../x.md", "/abs/path.md", "%2e%2e/x", "x.md#", "#",
    "##x", "?q=1", "gioi-thieu.md#khong-co", "gioi-thieu", "van-ban/", "\\\\server\\share", "C:/x",
    "a b.md", "<a b.md>", "x.md\u0000.png", "ftp://x", "chrome://settings", "about:blank", "x:y:z",
    "đường-dẫn.md", "%", "%zz", "%00", "#%00",
]
ROLE_NAMES = ["abbr", "ref", "doc", "value", "nope", "", "ABBR", "ref ", "math", "sub"]
ROLE_BODIES = [
    "", " ", "UBND (Ủy ban nhân dân)", "UBND (", "UBND ()", "(x)", "a (b (c))", "gioi-thieu",
    "#muc-tieu", "#", "<>", "x <>", "<gioi-thieu", "text <gioi-thieu>", "van-ban/khong-co#x",
    "25-NQ/TW", "25-NQ/TW#phan-99", "99-NQ/TW", "ho-ngheo-ty-le", "ho-ngheo-ty-le@2999",
    "ho-ngheo-ty-le@2021-H3", "tiep-cong-dan-luot@2021-H1/khong-co", "x@", "@", "/", "a/b/c",
    "``", "\\`",
]
DIRECTIVES = [
    "note", "tip", "important", "warning", "figure", "image", "csv-table", "list-table", "toc",
    "chart", "indicator", "progress", "scorecard", "notte", "", "NOTE", "note:", "{note}",
]
OPTIONS = [
    "class", "name", "alt", "width", "file", "header-rows", "delim", "depth", "type", "indicator",
    "indicators", "units", "periods", "caption", "highlight", "map", "height", "clas", "", ":",
]
OPTION_VALUES = ODD_NUMBERS + ODD_TEXT + SCHEMES + [
    "du-lieu/so-lieu-2022.csv", "../du-lieu/so-lieu-2022.csv", "../../etc/passwd", "/etc/passwd",
    "anh/x.png", "mo-hinh/anh/ngan-sach-xa-de-hieu.png", "ban-do/dien-bien.geojson", "line", "map",
    "heatgrid", "ho-ngheo-ty-le", "ho-ngheo-ty-le, ho-ngheo-so-ho", "2021..2025", "2025..2021",
    "2021..99999", ";", ";;", "\t", '"', "''",
]
YAML_LINES = [
    "title:", "title: ''", 'title: "unclosed', "title: 'a''b'", "title: [a, b]", "title: {a: b}",
    "title: &a x", "title: *a", "title: !!binary aGVsbG8=", "title: !!python/object:os.system x",
    "title: |", "title: >-", "title:\tx", "\ttitle: x", "  title: x", "title : x", "title:x",
    "- x", "? x", ": x", "title: x # comment", "title: 'x' y", "title: \"\\u0000\"", '"title": x',
    "title: \"\\xff\"", "date: 2023-02-30", "date: 2023-13-01", "date: 0000-00-00", "date: 99999-01-01",
    "date: 2023-1-1", "weight: 1e999", "weight: 99999999999999999999", "weight: -1", "weight: x",
    "draft: NO", "draft: yes", "draft: ~", "menu: null", "slug: ../../x", "slug: Đề Án", "slug: ''",
    "slug: a/b", "tittle: x", "title: x", "---", "...", "%YAML 1.2", "%TAG ! x", "&a", "*a", "<<: *a",
    "x: &a [*a]", "{", "[", "]", "}", "'", '"', "key with spaces: x", "đ: x", "\ufeff", "#", ":::",
]
CSV_LINES = [
    '"', '"unclosed,x', 'a,"b""c",d', 'a,"b"c,d', '"a\nb",c', ",,,,,,,,", "", " ", ";", "\t",
    "=HYPERLINK(\"x\")", "+1", "@SUM(A1)", "-2+3", "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p", "\ufeffindicator",
    "indicator;unit;period;value", "ho-ngheo-ty-le;dien-bien;2021;1e999",
    "ho-ngheo-ty-le;dien-bien;2021;NaN", "ho-ngheo-ty-le;dien-bien;2999-H3;1",
    "ho-ngheo-ty-le;khong-co;2021;1", "khong-co;dien-bien;2021;1", "ho-ngheo-ty-le;dien-bien;2021;",
]
DECLARATION_LINES = [
    'delimiter: ""', 'delimiter: ";;"', 'delimiter: "\\t"', "delimiter: '\"'", "delimiter: ','",
    'decimal: ","', 'thousands: ","', 'decimal: "."', 'thousands: ""', "layout: wide", "layout: tall",
    "illustrative: maybe", "document: khong-co", "source: ''", "unknown: x", "delimiter:", "x: &a y",
    "y: *a", "delimiter: [;]",
]


def nested(rng, opening, closing, inner="x"):
    n = size(rng)
    return opening * n + inner + closing * n


def md_inline_snippet(rng):
    """A piece of text to put inside a line."""
    n = size(rng, small=6, large=120000)
    kind = rng.randrange(17)
    if kind == 0:
        return nested(rng, "*", "*", "x") if rng.random() < 0.5 else "*a " * size(rng) + "b" + "*" * size(rng)
    if kind == 1:
        return nested(rng, "![", "](x.png)", "a")
    if kind == 2:
        return nested(rng, "[", "](x)", "a")
    if kind == 3:
        return " ".join(rng.choice(["*w*", "_w_", "**w**", "`c`", "w"]) for _ in range(n))
    if kind == 4:
        return " ".join(f"[l{i}]({rng.choice(SCHEMES)})" for i in range(n))
    if kind == 5:
        return f"[x]({rng.choice(SCHEMES)}) ![y]({rng.choice(SCHEMES)}) <{rng.choice(SCHEMES)}>"
    if kind == 6:
        return " ".join("{%s}`%s`" % (rng.choice(ROLE_NAMES), rng.choice(ROLE_BODIES)) for _ in range(n))
    if kind == 7:
        return "{%s}`%s`" % (rng.choice(ROLE_NAMES), rng.choice(ROLE_BODIES))
    if kind == 8:
        label = rng.choice(["1", "nguon", "x" * size(rng), "", " ", "^", "]", "đ"])
        return " ".join(f"x[^{label}]" for _ in range(n))
    if kind == 9:
        return rng.choice(ODD_TEXT) * rng.choice([1, 1, 2, size(rng)])
    if kind == 10:
        sep = rng.choice(["\r", "\r\n", "\n", "\t", "\x00", "\x0b", "\x0c", " "])
        return sep.join("`" * rng.randint(1, 3) + "a" + "`" * rng.randint(1, 3) for _ in range(rng.randint(2, 4)))
    if kind == 11:
        return "w " * n
    if kind == 12:
        return rng.choice(["`", "``", "*", "_", "[", "]", "![", "{", "}", "<", "&", "\\", "[^"]) * n
    if kind == 13:
        return rng.choice(ODD_NUMBERS)
    if kind == 14:
        return "<" + rng.choice(["b", "span", "a href='javascript:x'", "img src=x onerror=alert(1)", "!--", "?php"]) + ">"
    if kind == 15:
        return " ".join(f"{{value}}`{rng.choice(ROLE_BODIES)}`" for _ in range(rng.randint(1, 3)))
    return "".join(chr(rng.choice([rng.randint(0x20, 0x7e), rng.randint(0xa0, 0x2fff), rng.randint(0x1f300, 0x1f6ff)]))
                   for _ in range(rng.randint(1, 40)))


def directive_block(rng, depth=0):
    fence = rng.choice(["```", "````", "~~~", "``", "`````````"])
    name = rng.choice(DIRECTIVES)
    arg = rng.choice(["", "", "Tiêu đề", rng.choice(OPTION_VALUES), md_inline_snippet(rng)])
    lines = [f"{fence}{{{name}}} {arg}".rstrip()]
    for _ in range(rng.randint(0, 3)):
        lines.append(f":{rng.choice(OPTIONS)}: {rng.choice(OPTION_VALUES)}")
    if rng.random() < 0.3:
        lines.append("")
    body = rng.choice(["Nội dung.", md_inline_snippet(rng), "a,b\n\"c,d", "* - a\n  - b\n* - c",
                       "Đơn vị,Giá trị\nHuyện A,\"41.977\"", ""])
    if depth < 3 and rng.random() < 0.3:
        body = directive_block(rng, depth + 1)
    lines.append(body)
    if rng.random() < 0.85:
        lines.append(fence)
    return "\n".join(lines)


def md_block_snippet(rng):
    """Whole lines to insert between lines."""
    kind = rng.randrange(20)
    n = size(rng)
    if kind == 0:
        return "> " * n + "x"
    if kind == 1:
        return rng.choice(["- ", "1. ", "* ", "+ ", "9999999999. "]) * n + "x"
    if kind == 2:
        return "```{note}\n" * n + "x\n" + ("```\n" * n if rng.random() < 0.5 else "")
    if kind == 3:
        return rng.choice(["```", "~~~", "```{note}", "```{csv-table}", "```{list-table}", "````{tip} T"])
    if kind == 4:
        return directive_block(rng)
    if kind == 5:
        return "\n\n".join(rng.choice(["## A", "## A", "# Đề án", "##", "#", "###### x", "####### x", "## {ref}`x`"])
                           for _ in range(n))
    if kind == 6:
        return "\n".join(f"[^{rng.choice(['1', 'nguon', 'a', 'x' * n])}]: {md_inline_snippet(rng)}"
                         for _ in range(rng.randint(1, 3)))
    if kind == 7:
        return f"[{rng.choice(['a', 'A', 'ä', ''])}]: {rng.choice(SCHEMES)} \"t\""
    if kind == 8:
        return "```{csv-table} T\n" + rng.choice(["a,\"b\nc,d", "\"", "a" + "," * n, "a,b\n" * n, "a;b"]) + "\n```"
    if kind == 9:
        return "```{list-table} T\n:header-rows: " + rng.choice(ODD_NUMBERS) + "\n" + "* - a\n" * n + "```"
    if kind == 10:
        return "```{figure} " + rng.choice(SCHEMES + ["anh/x.png", "mo-hinh/anh/che-shan-tuyet-ta-phin.png"]) + \
               "\n:alt: " + rng.choice(["", "x"]) + "\n:width: " + rng.choice(ODD_NUMBERS) + "\nChú thích\n```"
    if kind == 11:
        return "```{toc} T\n:depth: " + rng.choice(ODD_NUMBERS) + "\n```"
    if kind == 12:
        return "```{chart} T\n:type: " + rng.choice(["line", "bar", "hbar", "map", "heatgrid", "pie", "bullet"]) + \
               "\n:indicator: " + rng.choice(["ho-ngheo-ty-le", "khong-co", "", "ho-ngheo-ty-le,ho-ngheo-so-ho"]) + \
               "\n:" + rng.choice(OPTIONS) + ": " + rng.choice(OPTION_VALUES) + "\n```"
    if kind == 13:
        return md_inline_snippet(rng)
    if kind == 14:
        return "<div>\n" * n + "x\n" + "</div>\n" * n
    if kind == 15:
        return "    " * rng.randint(1, 4) + "- x\n" + "\t" * rng.randint(1, 4) + "code"
    if kind == 16:
        return "x\n" + rng.choice(["===", "---", "***", "- - -", "___"])
    if kind == 17:
        return "\n".join("|" + "|".join("a" for _ in range(rng.randint(1, 5))) + "|" for _ in range(3))
    if kind == 18:
        return "---\ntitle: x\n---"
    return "\n" * n


def yaml_snippet(rng):
    kind = rng.randrange(6)
    if kind == 0:
        n = size(rng)
        return "title: " + "[" * n + "]" * n
    if kind == 1:
        n = size(rng)
        return "title: " + "{a: " * n + "x" + "}" * n
    if kind == 2:
        return "a: &a [x, x]\n" + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(rng.randint(1, 9)))
    if kind == 3:
        return "title: " + "x" * size(rng, large=200000)
    if kind == 4:
        return f"{rng.choice(['title', 'weight', 'date', 'draft', 'slug', 'menu', 'description', 'x'])}: {rng.choice(ODD_NUMBERS + ODD_TEXT)}"
    return rng.choice(YAML_LINES)


def csv_snippet(rng):
    kind = rng.randrange(6)
    n = size(rng, large=300000)
    if kind == 0:
        return "," * n
    if kind == 1:
        return ";".join(f"c{i}" for i in range(n))
    if kind == 2:
        return rng.choice(CSV_LINES)
    if kind == 3:
        return ";".join(rng.choice(ODD_NUMBERS) for _ in range(rng.randint(1, 8)))
    if kind == 4:
        return '"' * n
    return "\n".join(rng.choice(CSV_LINES) for _ in range(rng.randint(1, 5)))


def json_snippet(rng):
    kind = rng.randrange(5)
    n = size(rng)
    if kind == 0:
        return "[" * n + "]" * n
    if kind == 1:
        return '{"a":' * n + "1" + "}" * n
    if kind == 2:
        return rng.choice(["1e400", "-1e400", "NaN", "Infinity", "\"\\u0000\"", "\"\\ud800\"", "null", "[]", "{}", ","])
    if kind == 3:
        return "[" + ",".join(["[1e308,-1e308]"] * n) + "]"
    return rng.choice(['"type": "Point"', '"coordinates": []', '"code": null', '"properties": 1'])


# --- Mutations ---------------------------------------------------------------------------------

# Valid UTF-8 that means something to one of the parsers; then, rarer, bytes that are not UTF-8
# (a file with those is rejected whole, so too many of them would leave the parsers untested).
BYTE_INSERTS = [b"\r", b"\r\n", b"\n\r", b"\x00", b"\xef\xbb\xbf", b"\t", b"\x0b", b"\x0c", b"\x1b[31m",
                b"\\", b"`", b"*", b"_", b"[", b"]", b"{", b"}", b'"', b"'", b":", b"|", b"#", b"<", b">",
                b"&", b"-", b"!", b"^", b"\n\n", b"\n---\n", b"\n```\n", b"\n> ", b"\n- ", b"\n1. ", b"\n    ",
                b"\xc2\xa0", b"\xe2\x80\xa8", b"\xe2\x80\x8b", b"\xcc\x81"]
INVALID_UTF8 = [b"\xff", b"\xfe", b"\xc3", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xe2\x80",
                b"\x80", b"\xc3(", b"\xf0\x28\x8c\x28"]


def split_lines(data):
    return data.split(b"\n")


def line_boundary(rng, lines, body_start):
    return rng.randint(min(body_start, len(lines)), len(lines))


def front_matter_end(lines):
    """Index of the line after the closing `---`, or 0."""
    if lines and lines[0].strip() == b"---":
        for i in range(1, len(lines)):
            if lines[i].strip() == b"---":
                return i + 1
    return 0


class Mutator:
    def __init__(self, corpus):
        self.corpus = corpus  # relative path -> bytes
        self.by_ext = {}
        for path in sorted(corpus):
            self.by_ext.setdefault(extension(path), []).append(path)

    # Byte-level ----------------------------------------------------------------------------

    def insert_bytes(self, rng, data, path):
        at = rng.randint(0, len(data))
        return data[:at] + rng.choice(BYTE_INSERTS) * rng.choice([1, 1, 1, 2, 7]) + data[at:], "insert bytes"

    def flip_bit(self, rng, data, path):
        # Bits 0-6 of ASCII bytes, so that the file stays UTF-8 (and gets parsed).
        ascii_positions = [i for i, c in enumerate(data) if c < 0x80]
        if not ascii_positions:
            return data, "flip (no ASCII)"
        b = bytearray(data)
        for _ in range(rng.randint(1, 4)):
            i = rng.choice(ascii_positions)
            b[i] ^= 1 << rng.randrange(7)
        return bytes(b), "flip bits"

    def delete_range(self, rng, data, path):
        if not data:
            return data, "delete (empty)"
        at = rng.randrange(len(data))
        return data[:at] + data[at + rng.randint(1, 64):], "delete bytes"

    def duplicate_range(self, rng, data, path):
        if not data:
            return data, "duplicate (empty)"
        a = rng.randrange(len(data))
        chunk = data[a:a + rng.randint(1, 200)]
        at = rng.randint(0, len(data))
        return data[:at] + chunk * rng.choice([1, 2, size(rng, large=2000)]) + data[at:], "duplicate bytes"

    def truncate(self, rng, data, path):
        return data[:rng.randint(0, len(data))], "truncate"

    def line_endings(self, rng, data, path):
        mode = rng.randrange(4)
        if mode == 0:
            return data.replace(b"\n", b"\r\n"), "CRLF everywhere"
        if mode == 1:
            return data.replace(b"\n", b"\r"), "CR everywhere"
        lines = split_lines(data)
        a = rng.randrange(len(lines))
        b = min(len(lines), a + rng.randint(1, 20))
        sep = b"\r" if mode == 2 else b"\r\n"
        region = sep.join(lines[a:b])
        return b"\n".join(lines[:a] + [region] + lines[b:]), "CR in a region" if mode == 2 else "CRLF in a region"

    def bom(self, rng, data, path):
        if rng.random() < 0.7:
            return b"\xef\xbb\xbf" + data, "BOM"
        at = rng.randint(0, len(data))
        return data[:at] + b"\xef\xbb\xbf" + data[at:], "BOM inside"

    def invalid_utf8(self, rng, data, path):
        # Cut a multi-byte character in half, or put a lone continuation byte somewhere.
        positions = [i for i, c in enumerate(data) if c >= 0xc0]
        if positions and rng.random() < 0.6:
            i = rng.choice(positions)
            return data[:i + 1] + data[i + 2:], "half a character"
        at = rng.randint(0, len(data))
        return data[:at] + rng.choice(INVALID_UTF8) + data[at:], "invalid UTF-8"

    # Line-level ----------------------------------------------------------------------------

    def delete_lines(self, rng, data, path):
        lines = split_lines(data)
        a = rng.randrange(len(lines))
        return b"\n".join(lines[:a] + lines[a + rng.randint(1, 5):]), "delete lines"

    def duplicate_line(self, rng, data, path):
        lines = split_lines(data)
        a = rng.randrange(len(lines))
        times = rng.choice([1, 2, 3, size(rng, large=20000)])
        return b"\n".join(lines[:a] + [lines[a]] * (times + 1) + lines[a + 1:]), f"duplicate a line x{times}"

    def swap_lines(self, rng, data, path):
        lines = split_lines(data)
        a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[a], lines[b] = lines[b], lines[a]
        return b"\n".join(lines), "swap lines"

    def indent_line(self, rng, data, path):
        lines = split_lines(data)
        a = rng.randrange(len(lines))
        if rng.random() < 0.5:
            lines[a] = rng.choice([b" ", b"   ", b"    ", b"\t", b"        "]) + lines[a]
        else:
            lines[a] = lines[a].lstrip()
        return b"\n".join(lines), "indent a line"

    def splice_line(self, rng, data, path):
        """A line of another file of the same kind: real syntax in the wrong place."""
        donors = self.by_ext.get(extension(path)) or sorted(self.corpus)
        donor = split_lines(self.corpus[rng.choice(donors)])
        lines = split_lines(data)
        at = rng.randint(0, len(lines))
        a = rng.randrange(len(donor))
        return b"\n".join(lines[:at] + donor[a:a + rng.randint(1, 6)] + lines[at:]), "splice lines of another file"

    # Structure-aware -----------------------------------------------------------------------

    def snippet(self, rng, data, path):
        ext = extension(path)
        lines = split_lines(data)
        if ext == "md":
            fm_end = front_matter_end(lines)
            if fm_end and rng.random() < 0.25:
                at = rng.randint(1, fm_end - 1)
                text = yaml_snippet(rng)
                return b"\n".join(lines[:at] + [text.encode("utf-8", "surrogatepass")] + lines[at:]), "YAML in front matter"
            if rng.random() < 0.5:
                text = md_inline_snippet(rng)
                i = rng.randrange(min(fm_end, len(lines) - 1), len(lines))
                line = lines[i]
                at = rng.randint(0, len(line))
                lines[i] = line[:at] + text.encode("utf-8", "surrogatepass") + line[at:]
                return b"\n".join(lines), "inline snippet"
            text = md_block_snippet(rng)
            at = line_boundary(rng, lines, fm_end)
            return b"\n".join(lines[:at] + [b"", text.encode("utf-8", "surrogatepass"), b""] + lines[at:]), "block snippet"
        if ext == "csv":
            text = csv_snippet(rng)
        elif ext in ("yml", "yaml"):
            text = rng.choice([yaml_snippet(rng), rng.choice(DECLARATION_LINES)]) if "so-lieu" in path else yaml_snippet(rng)
        elif ext == "geojson":
            text = json_snippet(rng)
            at = rng.randint(0, len(data))
            return data[:at] + text.encode() + data[at:], "JSON snippet"
        else:
            return self.flip_bit(rng, data, path)
        at = rng.randint(0, len(lines))
        if rng.random() < 0.3 and lines:
            i = rng.randrange(len(lines))
            lines[i] = text.encode("utf-8", "surrogatepass")
            return b"\n".join(lines), "replace a line"
        return b"\n".join(lines[:at] + [text.encode("utf-8", "surrogatepass")] + lines[at:]), "insert a line"

    def png(self, rng, data, path):
        """PNG sizes are read from the header: odd widths, heights, chunk lengths, a cut file."""
        kind = rng.randrange(4)
        b = bytearray(data)
        if kind == 0 and len(b) >= 24:
            b[16:24] = rng.choice([b"\xff" * 8, b"\x00" * 8, b"\x7f\xff\xff\xff\x00\x00\x00\x01", os_bytes(rng, 8)])
            return bytes(b), "PNG size"
        if kind == 1 and len(b) >= 12:
            b[8:12] = rng.choice([b"\xff\xff\xff\xff", b"\x00\x00\x00\x00", b"\x80\x00\x00\x00"])
            return bytes(b), "PNG chunk length"
        if kind == 2:
            return bytes(b[:rng.randint(0, min(len(b), 40))]), "PNG cut"
        return rng.choice([b"GIF89a\xff\xff\xff\xff", b"\xff\xd8\xff\xc0\x00\x11\x08\xff\xff\xff\xff", b"", b"\x89PNG"]), "not a PNG"

    def mutate(self, rng, path, data):
        if extension(path) == "png":
            return self.png(rng, data, path)
        ops = [
            (self.snippet, 10), (self.insert_bytes, 4), (self.line_endings, 2), (self.bom, 1),
            (self.invalid_utf8, 1), (self.flip_bit, 2), (self.delete_range, 2), (self.duplicate_range, 1),
            (self.truncate, 1), (self.delete_lines, 2), (self.duplicate_line, 2), (self.swap_lines, 1),
            (self.indent_line, 1), (self.splice_line, 3),
        ]
        op = rng.choices([o for o, _ in ops], weights=[w for _, w in ops])[0]
        return op(rng, data, path)


def os_bytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def extension(path):
    return path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1] else ""


EXT_WEIGHT = {"md": 6.0, "csv": 1.5, "yml": 1.5, "geojson": 0.3, "png": 0.3}


def big(rng, low, high):
    """Log-uniform from low to high: sizes near the limits as often as far past them."""
    return int(math.exp(rng.uniform(math.log(low), math.log(high))))


def image_for(page):
    """A PNG of the demo named relative to the page, so that an image parses and resolves."""
    return os.path.relpath("mo-hinh/anh/ngan-sach-xa-de-hieu.png", os.path.dirname(page) or ".")


# Valid Markdown that is hard to process: a size-N instance of one of these in an otherwise
# untouched page reaches every stage (a page with errors stops the build before rendering).
# Each returns (text, inline?). Sizes reach past where the starting commit overflowed its stack
# (~1,630 nested emphasis, ~600 fences, ~17,000 quotes, ~35,000 images) or took seconds.
FOCUSED = {
    "emphasis-words": lambda rng, page: ("*từ* " * big(rng, 1000, 150000), True),
    "code-spans": lambda rng, page: ("`mã` " * big(rng, 1000, 150000), True),
    "links": lambda rng, page: ("[liên kết](https://example.gov.vn/) " * big(rng, 1000, 150000), True),
    "abbr-roles": lambda rng, page: ("{abbr}`UBND (Ủy ban nhân dân)` " * big(rng, 1000, 150000), True),
    "ref-roles": lambda rng, page: ("{ref}`gioi-thieu` " * big(rng, 1000, 150000), True),
    "footnote-refs": lambda rng, page: ("Câu[^fz] " * big(rng, 1000, 150000) + "\n\n[^fz]: Chú thích.", False),
    "identical-headings": lambda rng, page: ("## Mục tiêu\n\n" * big(rng, 100, 40000), False),
    "long-line": lambda rng, page: ("chữ" * big(rng, 1000, 1000000), True),
    "nested-emphasis": lambda rng, page: (("*a " * (n := big(rng, 100, 20000))) + "b" + "*" * n, True),
    "nested-stars": lambda rng, page: ("*" * (n := big(rng, 100, 20000)) + "x" + "*" * n, True),
    "nested-quotes": lambda rng, page: ("> " * big(rng, 100, 60000) + "x", False),
    "nested-lists": lambda rng, page: ("- " * big(rng, 100, 60000) + "x", False),
    "nested-images": lambda rng, page: ("![" * (n := big(rng, 100, 60000)) + "x" + f"]({image_for(page)})" * n, True),
    "nested-links": lambda rng, page: ("[" * (n := big(rng, 100, 60000)) + "x" + "](https://example.gov.vn/)" * n, True),
    "nested-notes": lambda rng, page: ("```{note}\n" * (n := big(rng, 10, 3000)) + "x\n" + "```\n" * n, False),
    "unclosed-notes": lambda rng, page: ("```{note}\n" * big(rng, 10, 3000) + "x", False),
    "cr-code-spans": lambda rng, page: (rng.choice(["`a`", "{abbr}`A (B)`", "{ref}`gioi-thieu`"]) + rng.choice(["\r", " \r ", "\r\r"])
                                        + rng.choice(["`b`", "{abbr}`C (D)`"]) + "\n", False),
    "yaml-flow": lambda rng, page: ("[" * (n := big(rng, 100, 60000)) + "]" * n, "front matter"),
}


def focused_case(rng, corpus):
    """One page of the demo with one pathological snippet: the case reaches every stage."""
    pages = [p for p in sorted(corpus) if p.endswith(".md") and not p.endswith(".en.md")]
    page = rng.choice(pages)
    name = rng.choice(sorted(FOCUSED))
    text, inline = FOCUSED[name](rng, page)
    lines = corpus[page].split(b"\n")
    fm_end = front_matter_end(lines)
    encoded = text.encode()
    if inline == "front matter":
        # A new field, so that the page's own fields stay as they were.
        at = max(1, fm_end - 1)
        lines = lines[:at] + [b"x_fuzz: " + encoded] + lines[at:]
    elif inline:
        # A paragraph of its own at the end, so that it closes the page (and its paragraph).
        lines = lines + [b"", encoded, b""]
    else:
        at = len(lines) if rng.random() < 0.5 else rng.randint(fm_end, len(lines))
        # Between blocks: before a blank line that follows a blank line or the front matter.
        while 0 < at < len(lines) and lines[at - 1].strip() and at > fm_end:
            at -= 1
        lines = lines[:at] + [b"", encoded, b""] + lines[at:]
    command = ["render", "content/" + page] if rng.random() < 0.2 else ["check"]
    size = len(encoded)
    return {page: b"\n".join(lines)}, command, [f"{page}: focused {name} ({size} bytes)"]


def make_case(seed, number, mutator, corpus):
    """The mutated files and the command of case `number`: a function of (seed, number) alone.
    Two cases in five put one pathological snippet in an otherwise untouched page; the others
    mutate one to three files of any kind with a mix of everything."""
    rng = random.Random(f"{seed}:{number}")
    if rng.random() < 0.4:
        return focused_case(rng, corpus)
    paths = sorted(corpus)
    weights = [EXT_WEIGHT.get(extension(p), 0.2) * (3.0 if p.endswith("site.yml") else 1.0) for p in paths]
    chosen = []
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        p = rng.choices(paths, weights=weights)[0]
        if p not in chosen:
            chosen.append(p)
    files, notes = {}, []
    for p in chosen:
        data = corpus[p]
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            data, note = mutator.mutate(rng, p, data)
            notes.append(f"{p}: {note}")
        files[p] = data
    r = rng.random()
    # `render` takes a page of the site; a translation (x.en.md) is rendered through its original.
    md = [p for p in chosen if p.endswith(".md") and not p.endswith(".en.md")]
    if r < 0.1 and md:
        command = ["render", "content/" + rng.choice(md)]
    elif r < 0.2:
        command = ["build", "--output", "out"]
    else:
        command = ["check"]
    return files, command, notes


# --- Workspaces and minimising -------------------------------------------------------------------

def load_corpus(content):
    corpus = {}
    for path in sorted(content.rglob("*")):
        if path.is_file():
            corpus[path.relative_to(content).as_posix()] = path.read_bytes()
    return corpus


class Workspace:
    """A pristine copy of the content; cases are hard-linked from it with their mutated files
    written fresh, so making a case costs little and never touches the pristine copy."""

    def __init__(self, root, corpus, theme):
        self.root = Path(root)
        self.corpus = corpus
        self.theme = theme
        self.pristine = self.root / "pristine"
        for rel, data in corpus.items():
            target = self.pristine / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        self.counter = 0
        self.lock = threading.Lock()

    def make(self, files, base=None):
        """A case folder with content/ = base (the pristine corpus) with `files` replaced; a value
        of None removes a file."""
        with self.lock:
            self.counter += 1
            folder = self.root / f"w{self.counter}"
        content = folder / "content"
        if base is None:
            shutil.copytree(self.pristine, content, copy_function=os.link)
        else:
            content.mkdir(parents=True)
        for rel, data in files.items():
            target = content / rel
            if target.exists():
                target.unlink()
            if data is not None:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
        return folder

    def run(self, files, command, timeout, base=None, env=QUIET):
        folder = self.make(files, base)
        try:
            args = command + ["--content", "content", "--theme", str(self.theme)]
            return run_tool(BINARY, args, folder, timeout, env)
        finally:
            shutil.rmtree(folder, ignore_errors=True)


BINARY = None


def ddmin(items, test, deadline):
    """Zeller's delta debugging: a 1-minimal (or, at the deadline, smaller) sublist for which
    test() still holds."""
    n = 2
    while len(items) >= 2 and time.monotonic() < deadline:
        chunk = math.ceil(len(items) / n)
        parts = [items[i:i + chunk] for i in range(0, len(items), chunk)]
        reduced = False
        for i in range(len(parts)):
            if time.monotonic() >= deadline:
                return items
            complement = [x for j, p in enumerate(parts) if j != i for x in p]
            if complement and test(complement):
                items = complement
                n = max(n - 1, 2)
                reduced = True
                break
        if not reduced:
            if n >= len(items):
                break
            n = min(n * 2, len(items))
    return items


RUN = re.compile(rb"(.{1,16}?)\1{7,}", re.S)


def shrink_runs(data, test, deadline):
    """Each run of a repeated unit (`*` x 6000, `> ` x 20000, `[l](x) ` x 50000) as few times as
    still fails: bisection needs a few dozen runs where ddmin would need thousands."""
    start = 0
    while time.monotonic() < deadline:
        m = RUN.search(data, start)
        if not m:
            break
        unit, count = m.group(1), len(m.group(0)) // len(m.group(1))
        head, tail = data[:m.start()], data[m.start() + count * len(unit):]
        lo, hi = 0, count  # fails with hi copies; find the fewest
        while lo + 1 < hi and time.monotonic() < deadline:
            mid = (lo + hi) // 2
            if test(head + unit * mid + tail):
                hi = mid
            else:
                lo = mid
        data = head + unit * hi + tail
        start = len(head) + hi * len(unit)
    return data


def minimise(ws, files, command, kind, detail, timeout, seconds):
    """Smaller files that fail the same way, within `seconds`. For a hang the test is 'still
    slower than min(timeout, 5 s)', so that each step stays affordable."""
    deadline = time.monotonic() + seconds
    limit = min(timeout, 5.0) if kind == "hang" else timeout
    tiny = None

    def fails(candidate, base=None):
        if time.monotonic() >= deadline:
            return False
        rc, timed_out, err, _ = ws.run(candidate, command, limit, base)
        k, d = classify(rc, timed_out, err)
        return k == kind and (kind == "hang" or d == detail)

    files = dict(files)
    rendered = command[1][len("content/"):] if command[0] == "render" else None
    # 1. Drop mutated files that do not matter.
    for rel in list(files):
        if len(files) > 1 and rel != rendered:
            trial = {k: v for k, v in files.items() if k != rel}
            if fails(trial):
                files = trial
    # 2. The mutated files alone with site.yml, if that still fails: much faster to run.
    alone = dict(files)
    alone.setdefault("site.yml", ws.corpus.get("site.yml", b"title: x\n"))
    if fails(alone, base="empty"):
        files, tiny = alone, "empty"
    # 3. Repetitions (deep nesting, long runs) cut down by bisection, then lines, then bytes.
    for rel in sorted(files):
        data = shrink_runs(files[rel], lambda d: fails({**files, rel: d}, tiny), deadline)
        files[rel] = data
        lines = data.split(b"\n")
        kept = ddmin(list(range(len(lines))), lambda idx: fails({**files, rel: b"\n".join(lines[i] for i in idx)}, tiny), deadline)
        data = b"\n".join(lines[i] for i in kept)
        files[rel] = data
        if len(data) <= 4096:  # byte by byte only once the file is small: each step is a run
            kept = ddmin(list(range(len(data))), lambda idx: fails({**files, rel: bytes(data[i] for i in idx)}, tiny), deadline)
            files[rel] = bytes(data[i] for i in kept)
    return files, tiny is not None


def keep_case(keep, seed, number, kind, detail, command, notes, mutated, minimised, alone, run_info):
    folder = Path(keep) / f"seed{seed}-case{number}-{kind}"
    if folder.exists():
        shutil.rmtree(folder)
    for label, files in (("mutated", mutated), ("minimised", minimised)):
        for rel, data in (files or {}).items():
            target = folder / label / "content" / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    info = {
        "seed": seed, "case": number, "class": kind, "detail": detail, "command": command,
        "mutations": notes, "minimised_alone": alone,
        "reproduce": ("copy content/ of the demo, replace the files under mutated/content (or minimised/content"
                      + (", alone with nothing else" if alone else "") + "), then run: minhbach "
                      + " ".join(command) + " --content content --theme <repo>/theme"),
        **run_info,
    }
    (folder / "case.json").write_text(json.dumps(info, ensure_ascii=False, indent=2) + "\n")
    return folder


# --- Main ----------------------------------------------------------------------------------------

def default_binary():
    try:
        out = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout.strip()
        return Path(out) / "minhbach"
    except (OSError, subprocess.CalledProcessError):
        return ROOT / ".build" / "release" / "minhbach"


def main():
    global BINARY
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cases", type=int, default=None, help="how many cases (default 100, or unbounded with --budget)")
    parser.add_argument("--first-case", type=int, default=0, help="the number of the first case")
    parser.add_argument("--budget", type=float, default=None, help="seconds; no new case starts after it")
    parser.add_argument("--binary", type=Path, default=None, help="minhbach (default: the release build)")
    parser.add_argument("--content", type=Path, default=ROOT / "content")
    parser.add_argument("--theme", type=Path, default=ROOT / "theme")
    parser.add_argument("--keep", type=Path, default=ROOT / "Tests/Fixtures/Fuzz/found")
    parser.add_argument("--timeout", type=float, default=10.0,
                        help="CPU seconds per run (default 10; the demo takes 0.6); wall-clock 3x that plus 10 s")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--minimise-seconds", type=float, default=60.0,
                        help="time to minimise one crash (default 60; a hang gets half)")
    parser.add_argument("--minimise-per-signature", type=int, default=1,
                        help="crashes of the same signal and message minimised (the others kept as they are)")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()

    BINARY = (args.binary or default_binary()).resolve()
    if not BINARY.is_file():
        sys.exit(f"fuzz: no binary at {BINARY}; build it with: swift build -c release --product minhbach")
    cases = args.cases if args.cases is not None else (None if args.budget else 100)
    corpus = load_corpus(args.content)
    mutator = Mutator(corpus)
    start = time.monotonic()
    counts = {"ok": 0, "diagnosed": 0, "crash": 0, "hang": 0, "unlocated": 0}
    findings = []
    seen_signatures = {}
    minimising = 0.0
    unlocated_examples = {}
    print_lock = threading.Lock()

    with tempfile.TemporaryDirectory(prefix="minhbach-fuzz-") as tmp:
        ws = Workspace(tmp, corpus, args.theme.resolve())

        def one(number):
            files, command, notes = make_case(args.seed, number, mutator, corpus)
            rc, timed_out, err, seconds = ws.run(files, command, args.timeout)
            kind, detail = classify(rc, timed_out, err)
            return number, files, command, notes, rc, kind, detail, err, seconds

        def budget_left():
            return args.budget is None or time.monotonic() - start < args.budget

        numbers = (args.first_case + i for i in range(cases)) if cases is not None else \
            (args.first_case + i for i in range(10 ** 9))
        done = 0
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            pending = set()
            exhausted = False
            while True:
                while not exhausted and len(pending) < args.jobs and budget_left():
                    n = next(numbers, None)
                    if n is None:
                        exhausted = True
                        break
                    pending.add(pool.submit(one, n))
                if not pending:
                    break
                finished, pending = concurrent.futures.wait(pending, return_when=concurrent.futures.FIRST_COMPLETED)
                for future in sorted(finished, key=lambda f: f.result()[0]):
                    number, files, command, notes, rc, kind, detail, err, seconds = future.result()
                    done += 1
                    counts[kind] += 1
                    if args.verbose:
                        with print_lock:
                            first = next((l for l in err.splitlines() if LOCATED.match(l) or UNLOCATED.match(l)), "")
                            print(f"case {number}: {kind} {detail} ({seconds:.1f} s) {' | '.join(notes)[:150]}\n    {first[:200]}", flush=True)
                    if kind == "unlocated":
                        unlocated_examples.setdefault(detail, number)
                    if kind in ("crash", "hang"):
                        if kind == "crash":
                            # Once more with the runtime's backtrace, to tell crashes apart.
                            err = ws.run(files, command, args.timeout, env=TRACED)[2] or err
                        signature = crash_signature(kind, detail, err)
                        if kind == "hang":
                            # No backtrace to tell hangs apart: the kind of snippet does, if any.
                            focus = [re.sub(r" \(.*", "", n.split(": focused ", 1)[1]) for n in notes if ": focused " in n]
                            signature = "hang" + (f" ({focus[0]})" if focus else "")
                        seen_signatures[signature] = seen_signatures.get(signature, 0) + 1
                        minimised, alone = None, False
                        if seen_signatures[signature] <= args.minimise_per_signature:
                            allowed = args.minimise_seconds / (2 if kind == "hang" else 1)
                            remaining = allowed if args.budget is None else \
                                max(10.0, min(allowed, args.budget - (time.monotonic() - start)))
                            began = time.monotonic()
                            minimised, alone = minimise(ws, files, command, kind, detail, args.timeout, remaining)
                            minimising += time.monotonic() - began
                        folder = keep_case(args.keep, args.seed, number, kind, detail, command, notes, files,
                                           minimised, alone, {"exit": rc, "seconds": round(seconds, 2),
                                                              "signature": signature,
                                                              "stderr": "\n".join(err.splitlines()[:8] + list(crashed_thread(err.splitlines()))[:40])})
                        findings.append((number, kind, detail, signature, folder))
                        with print_lock:
                            print(f"fuzz: case {number}: {kind} ({detail}) after {seconds:.1f} s: "
                                  f"{' | '.join(notes)[:200]} -> {folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder}",
                                  flush=True)

    elapsed = time.monotonic() - start
    if findings:
        print("fuzz: distinct failures:")
        for signature, count in sorted(seen_signatures.items()):
            print(f"  {count:4d} x {signature}")
    if unlocated_examples:
        print("fuzz: error lines without a location (first case of each):")
        for line, number in sorted(unlocated_examples.items(), key=lambda x: x[1]):
            print(f"  case {number}: {line}")
    print(f"fuzz: {done} cases, {counts['ok']} ok, {counts['diagnosed']} diagnosed, {counts['crash']} crashes, "
          f"{counts['hang']} hangs, {counts['unlocated']} unlocated ({elapsed:.0f} s, {minimising:.0f} of them "
          f"minimising; {done / max(1e-9, elapsed - minimising) * 60:.0f} cases a minute, seed {args.seed})")
    return 1 if counts["crash"] or counts["hang"] else 0


if __name__ == "__main__":
    sys.exit(main())
