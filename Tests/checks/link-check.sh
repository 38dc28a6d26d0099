#!/usr/bin/env bash
# Checks every internal link and anchor of a built site with LinkChecker, through file:// (the
# site must work opened from disk), without touching the network.
# usage: Tests/checks/link-check.sh SITE_ROOT
# needs: apt-get install -y linkchecker
#
# Every *.html file is a start page, so pages nothing links to are checked too. Only file: URLs
# are checked (http:, https:, mailto:, … are ignored, so the absolute links of 404.html and
# the canonical URLs are not fetched); a file: link leaving SITE_ROOT is checked too. Fails on
#   - a missing file (an error), a missing #anchor (a warning of the AnchorCheck plugin),
#   - any other LinkChecker warning, and a link to a folder (shows a listing under file://).
# Prints one summary line on success; the offending links and exit 1 otherwise, 2 on setup problems.
set -euo pipefail

[ $# -eq 1 ] || { echo "usage: $0 SITE_ROOT" >&2; exit 2; }
command -v linkchecker >/dev/null || { echo "link check: linkchecker is not installed (apt-get install -y linkchecker)" >&2; exit 2; }
[ -f "$1/index.html" ] || { echo "link check: '$1' has no index.html" >&2; exit 2; }
root=$(realpath "$1")
started=$SECONDS

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"  # LinkChecker run by root drops to user nobody, which must read what it checks

# Run by root, LinkChecker checks as nobody: check a world-readable copy if nobody cannot read the site.
if [ "$(id -u)" -eq 0 ] && ! runuser -u nobody -- find "$root" -name '*.html' -exec cat {} + >/dev/null 2>&1; then
  cp -r "$root" "$work/site"
  chmod -R a+rX "$work/site"
  root=$work/site
fi

cat >"$work/linkcheckerrc" <<'EOF'
[checking]
threads=4
[filtering]
# Check file: links even outside the start folder; syntax only for everything else.
checkextern=1
ignore=
  ^(?!file:)
[AnchorCheck]
EOF
chmod 644 "$work/linkcheckerrc"

# Start URLs: every page, sorted, as file:// URIs (percent-encoded).
mapfile -t urls < <(cd "$root" && find . -name '*.html' -print0 | LC_ALL=C sort -z |
  python3 -c 'import sys, pathlib, os
for p in sys.stdin.buffer.read().split(b"\0"):
    if p: print(pathlib.Path(os.path.abspath(os.fsdecode(p))).as_uri())')

# No network at all where a network namespace can be made (root, CI); the config alone keeps
# LinkChecker off the network elsewhere.
isolate=()
if command -v unshare >/dev/null && unshare -n true 2>/dev/null; then isolate=(unshare -n); fi

status=0
(cd "$work" && "${isolate[@]}" linkchecker --no-status --verbose -f "$work/linkcheckerrc" "${urls[@]}") \
  >"$work/out.txt" 2>"$work/err.txt" || status=$?
[ $status -le 1 ] || { cat "$work/err.txt" "$work/out.txt" >&2; echo "link check: linkchecker failed (exit $status)" >&2; exit 2; }

checked=$(sed -n "s/^That's it\. \([0-9]*\) links\? in \([0-9]*\) URLs\? checked\..*/\2/p" "$work/out.txt")
[ -n "$checked" ] || { cat "$work/err.txt" "$work/out.txt" >&2; echo "link check: no LinkChecker summary" >&2; exit 2; }

# One record per URL (blank-line separated): keep those with an error, a warning or a folder.
problems=$(awk 'BEGIN { RS = ""; FS = "\n" }
  /\nResult +Error|\nWarning |\nResult +Valid: directory/ {
    out = ""; field = ""
    for (i = 1; i <= NF; i++) {
      if ($i ~ /^ /) { if (field != "") { line = $i; sub(/^ +/, " ", line); field = field line }; continue }
      if (field != "") { sub(/ \(decoded:.*/, " not found", field); out = out "  " field "\n" }
      field = ($i ~ /^(URL|Parent URL|Real URL|Warning|Result) /) ? $i : ""
    }
    if (field != "") { sub(/ \(decoded:.*/, " not found", field); out = out "  " field "\n" }
    sub(/Result +Valid: directory/, "Result     Error: a folder, not a page (a listing under file://)", out)
    printf "%s\n", out; n++
  }
  END { exit (n > 0) }' "$work/out.txt") && found=0 || found=1

if [ $found -eq 1 ] || [ $status -ne 0 ]; then
  echo "$problems" >&2
  grep -E "^That's it\." "$work/out.txt" >&2 || true
  echo "link check: $(grep -c "^  URL " <<<"$problems") broken link(s) or anchor(s) in $root" >&2
  exit 1
fi
echo "link check: ${#urls[@]} pages, $checked URLs (links, anchors, assets) checked, none broken ($((SECONDS - started)) s)"
