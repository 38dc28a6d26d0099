#!/usr/bin/env python3
"""What a browser loads to answer a search query on a built site, following docs/search.md.

    python3 bench/search-load.py SITE QUERY... [--verbose]

SITE is a built site (the folder that holds tim-kiem/). For each query: the query is folded and
cut into phrases and keys as the search page does, the keys' term shards are read, their postings
decoded, the matching records scored (title 10, heading 5, text 1, doubled for the exact form the
reader typed) and ranked; the files are then chi-muc.js, the term shards of the keys (and of the
single syllables when the search falls back) and the record shards of the first 20 results.
Prints a Markdown table: results, files, bytes, and bytes after gzip -9 (what a server sends
compressed). --verbose adds each file and its size.
"""
import argparse
import gzip
import json
import re
import sys
import unicodedata
from pathlib import Path

SHOWN = 20
WEIGHTS = {2: 10, 1: 5, 0: 1}              # field → weight: title, heading, text
LAST_DIGITS = "0123456789abcdefghijklmnopqrstuv"
MORE_DIGITS = "wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-"


# --- Text, as the spec's "Vietnamese text" section says ------------------------------------------

def normalized(text):
    return unicodedata.normalize("NFC", text).lower()


def fold_char(c):
    """The base letter: NFD, combining marks U+0300–U+036F dropped, đ → d."""
    if c == "đ":
        return "d"
    base = "".join(x for x in unicodedata.normalize("NFD", c) if not 0x300 <= ord(x) <= 0x36F)
    return base if len(base) == 1 else ("" if not base else c)


def is_word_char(c):
    return unicodedata.category(c)[0] in "LN"


def syllables(text):
    """[(folded, exact, start, end)] of the normalised text: maximal runs of letters and digits."""
    out, i = [], 0
    while i < len(text):
        if not is_word_char(text[i]):
            i += 1
            continue
        j = i
        while j < len(text) and is_word_char(text[j]):
            j += 1
        exact = text[i:j]
        out.append(("".join(fold_char(c) for c in exact), exact, i, j))
        i = j
    return out


def phrases(query):
    """Phrases of [(folded, exact)] syllables: cut at anything but whitespace between syllables."""
    text = normalized(query)
    out = []
    previous_end = None
    for folded, exact, start, end in syllables(text):
        if previous_end is not None and text[previous_end:start].strip() == "" and start > previous_end:
            out[-1].append((folded, exact))
        else:
            out.append([(folded, exact)])
        previous_end = end
    return out


def phrase_keys(phrase):
    """[(key, exact form typed)]: the syllable, or each adjacent pair."""
    if len(phrase) == 1:
        return [phrase[0]]
    return [(a[0] + " " + b[0], a[1] + " " + b[1]) for a, b in zip(phrase, phrase[1:])]


def typed_forms(pairs):
    """{key: {exact forms typed}} of (key, exact) pairs."""
    out = {}
    for key, exact in pairs:
        out.setdefault(key, set()).add(exact)
    return out


def fnv1a(key):
    """FNV-1a 32-bit over the UTF-16 code units of the key."""
    h = 2166136261
    data = key.encode("utf-16-le")
    for i in range(0, len(data), 2):
        h ^= data[i] | (data[i + 1] << 8)
        h = (h * 16777619) & 0xFFFFFFFF
    return h


# --- Index files ---------------------------------------------------------------------------------

SCRIPT = re.compile(r'\s*__minhbachSearch\(\s*"([a-z])"\s*,\s*(\d+)\s*,\s*')


def read_script(path):
    """(type, number, data) of one index file: __minhbachSearch(type, number, data);"""
    text = path.read_text(encoding="utf-8")
    match = SCRIPT.match(text)
    if not match:
        sys.exit(f"search-load: {path} does not start with __minhbachSearch(type, number, …")
    data, end = json.JSONDecoder().raw_decode(text, match.end())
    if not re.fullmatch(r"\s*\)\s*;?\s*", text[end:]):
        sys.exit(f"search-load: {path} has something after its data")
    return match.group(1), int(match.group(2)), data


def leading_w(postings):
    """Whether a number starts with the digit w: never in plain base 32 (no leading zeros)."""
    return re.search(r"(?:^|[0-9a-v])w", postings) is not None


def decode(postings, offset_digits):
    """[(record, field)] of a postings string: numbers delta × 4 + field, in base 32.

    docs/search.md says both "base 32, most significant digit first" (so 32 is `x0`, w being the
    digit 0) and "`w0` is 32" (w being 1): offset_digits chooses the second reading."""
    out, record, value, digits = [], 0, 0, 0
    for ch in postings:
        more = MORE_DIGITS.find(ch)
        if more >= 0:
            value = value * 32 + more + (1 if offset_digits else 0)
            digits += 1
            continue
        last = LAST_DIGITS.find(ch)
        if last < 0:
            raise ValueError(f"bad digit {ch!r} in postings {postings[:40]!r}")
        value = value * 32 + last
        record += value >> 2
        if out and value >> 2 == 0:
            raise ValueError(f"postings not increasing: {postings[:40]!r}")
        out.append((record, value & 3))
        value = digits = 0
    if digits:
        raise ValueError(f"postings end inside a number: {postings[-40:]!r}")
    return out


class Site:
    def __init__(self, root, offset_digits=False):
        self.folder = Path(root) / "tim-kiem"
        kind, _, meta = read_script(self.folder / "chi-muc.js")
        if kind != "m":
            sys.exit("search-load: chi-muc.js is not of type \"m\"")
        self.meta = meta
        self.shards, self.per, self.records = meta["shards"], meta["per"], meta["records"]
        self.terms = {}
        self.offset_digits = offset_digits

    def shard_of(self, key):
        return fnv1a(key) % self.shards

    def term_shard(self, k):
        if k not in self.terms:
            kind, number, data = read_script(self.folder / f"t{k}.js")
            if kind != "t" or number != k:
                sys.exit(f"search-load: t{k}.js says it is {kind}{number}")
            self.terms[k] = data
        return self.terms[k]

    def postings(self, key):
        """{record: (best field, {exact forms})} for a key."""
        forms = self.term_shard(self.shard_of(key)).get(key, {})
        out = {}
        for form, postings in forms.items():
            if not self.offset_digits and leading_w(postings):
                sys.exit(f"search-load: the postings of '{form}' start a number with the digit w, which plain "
                         "base 32 never does: the index reads w as 1 (docs: `w0` is 32); run with --offset-digits")
            for record, field in decode(postings, self.offset_digits):
                if record >= self.records:
                    sys.exit(f"search-load: the postings of '{form}' reach record {record}, beyond the "
                             f"{self.records} records of chi-muc.js")
                best, seen = out.get(record, (-1, set()))
                seen.add(form)
                out[record] = (max(best, field), seen)
        return out

    def search(self, query):
        """(ranked [(record, score)], fell back, [term shards read])."""
        cut = phrases(query)
        keys = typed_forms(pair for p in cut for pair in phrase_keys(p))
        shards = sorted({self.shard_of(k) for k in keys})
        ranked = self.rank(keys)
        fell_back = False
        if not ranked and any(len(p) > 1 for p in cut):
            # No record has the phrases: records with every syllable anywhere.
            words = typed_forms(s for p in cut for s in p)
            shards = sorted(set(shards) | {self.shard_of(k) for k in words})
            ranked = self.rank(words)
            fell_back = True
        return ranked, fell_back, shards

    def rank(self, keys):
        if not keys:
            return []
        found = {key: self.postings(key) for key in keys}
        records = set.intersection(*(set(p) for p in found.values()))
        scores = []
        for record in records:
            score = 0
            for key, typed in keys.items():
                field, forms = found[key][record]
                score += WEIGHTS[field] * (2 if typed & forms else 1)
            scores.append((record, score))
        return sorted(scores, key=lambda rs: (-rs[1], rs[0]))


def size(path, cache={}):
    if path not in cache:
        data = path.read_bytes()
        cache[path] = (len(data), len(gzip.compress(data, 9, mtime=0)))
    return cache[path]


def human(n):
    for unit, scale in (("MB", 1e6), ("KB", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} B"


def main():
    parser = argparse.ArgumentParser(description="Files and bytes a browser loads for search queries.")
    parser.add_argument("site", help="built site folder (with tim-kiem/)")
    parser.add_argument("queries", nargs="+", metavar="QUERY")
    parser.add_argument("--verbose", action="store_true", help="list each file and its size")
    parser.add_argument("--offset-digits", action="store_true",
                        help="read the digits before the last as 1…32 (w = 1), as the docs' example `w0` = 32 "
                             "has it, instead of plain base 32 (w = 0, so 32 is x0)")
    args = parser.parse_args()
    site = Site(args.site, args.offset_digits)
    print("| Query | Results | Files loaded | Bytes | After gzip -9 |")
    print("|---|---|---|---|---|")
    details = []
    for query in args.queries:
        ranked, fell_back, term_shards = site.search(query)
        record_shards = sorted({record // site.per for record, _ in ranked[:SHOWN]})
        files = [site.folder / "chi-muc.js"]
        files += [site.folder / f"t{k}.js" for k in term_shards]
        files += [site.folder / f"r{k}.js" for k in record_shards]
        raw = sum(size(f)[0] for f in files)
        packed = sum(size(f)[1] for f in files)
        results = f"{len(ranked):,}" + (" (fallback)" if fell_back else "")
        names = ", ".join(f.name for f in files)
        print(f"| {query} | {results} | {len(files)}: {names} | {human(raw)} | {human(packed)} |")
        if args.verbose:
            details.append((query, files, ranked[:SHOWN]))
    for query, files, top in details:
        print(f"\n{query}: first results {', '.join(f'{r} ({s})' for r, s in top)}")
        for f in files:
            print(f"  {f.name:>12}  {size(f)[0]:>10,} B  {size(f)[1]:>10,} B gzip")


if __name__ == "__main__":
    main()
