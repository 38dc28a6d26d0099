"""Replaces (or appends) one "## " section of a Markdown file with the text of another file.

    python3 bench/replace-section.py RESULTS.md SECTION.md "## Heading"

Used by bench/run and bench/sharded.sh to write their section of bench/RESULTS.md, leaving the
others as they are.
"""
import sys
from pathlib import Path

path, section_file, heading = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
new = section_file.read_text().rstrip("\n") + "\n"
text = path.read_text() if path.exists() else "# Benchmark results\n"
lines = text.split("\n")
start = next((i for i, line in enumerate(lines) if line.strip() == heading), None)
if start is None:
    text = text.rstrip("\n") + "\n\n" + new
else:
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    before = "\n".join(lines[:start]).rstrip("\n")
    after = "\n".join(lines[end:]).lstrip("\n")
    text = before + "\n\n" + new + ("\n" + after if after else "")
path.write_text(text)
