#!/usr/bin/env python3
"""Checks every relative link of some pages of a built site: the file it leads to exists inside
the site and, when it names an #anchor, has an element with that id. LinkChecker does the same
for a whole site; this is for a few pages of a large one, where LinkChecker would take minutes.

usage: Tests/checks/local-links.py SITE_ROOT PAGE...   (pages relative to SITE_ROOT)
Prints one summary line and exits 0, or lists the broken links and exits 1."""
import html.parser, os, sys, urllib.parse


class Collector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        for name in ("href", "src"):
            if attrs.get(name):
                self.hrefs.append(attrs[name])


def parse(path, cache={}):
    if path not in cache:
        collector = Collector()
        with open(path, encoding="utf-8") as file:
            collector.feed(file.read())
        cache[path] = collector
    return cache[path]


root = os.path.realpath(sys.argv[1])
broken, checked = [], 0
for page in sys.argv[2:]:
    path = os.path.join(root, page)
    for href in parse(path).hrefs:
        parts = urllib.parse.urlsplit(href)
        if parts.scheme or parts.netloc or href.startswith("/"):
            continue
        checked += 1
        target = os.path.realpath(os.path.join(os.path.dirname(path), urllib.parse.unquote(parts.path))) if parts.path else path
        if os.path.isdir(target):
            target = os.path.join(target, "index.html")
        if not target.startswith(root + os.sep) or not os.path.isfile(target):
            broken.append(f"{page}: {href}: no such file in the site")
        elif parts.fragment and target.endswith(".html") and urllib.parse.unquote(parts.fragment) not in parse(target).ids:
            broken.append(f"{page}: {href}: no element with id '{parts.fragment}'")
print("\n".join(broken) if broken else f"local links: {len(sys.argv) - 2} pages, {checked} links and anchors, none broken")
sys.exit(1 if broken else 0)
