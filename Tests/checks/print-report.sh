#!/usr/bin/env bash
# Prints a progress page (the dashboard, an indicator, a unit) with headless Chromium, as a
# reader's "Print" would, and checks that the PDF reads as a report: A4; the first page carries the
# title, the "data as of" line and the page's address (its canonical URL, else its path); every
# page is numbered ("3 / 8"); none of the site's furniture (skip link, breadcrumbs, downloads,
# footer) is printed; and no page but the last is under a fifth full.
# usage: Tests/checks/print-report.sh SITE_FOLDER PAGE TITLE AS_OF
#   e.g.  Tests/checks/print-report.sh site chi-tieu/index.html "Tiến độ thực hiện chỉ tiêu" "Số liệu đến năm"
#
# "A fifth full" counts text lines (`pdftotext -layout`, page number left out) against a full
# page's: A4 less its 20 mm margins leaves 257 mm, 44 lines of 11 pt text at line-height 1.5 and
# more of the 9.5 pt tables, so FULL_PAGE_LINES=45 and a page needs at least 9 lines.
set -euo pipefail
site=$1 page=$2 title=$3 as_of=$4
full_page_lines=${FULL_PAGE_LINES:-45}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "print check: chromium is not installed (apt-get install chromium)" >&2; exit 2; }
command -v pdftotext >/dev/null || { echo "print check: pdftotext is not installed (apt-get install poppler-utils)" >&2; exit 2; }
html="$site/$page"
[ -f "$html" ] || { echo "print check: $html is missing" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# --no-pdf-header-footer: the page numbers are the stylesheet's own (@page margin boxes), not
# Chromium's header with the file:// address and the date.
"$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$work/profile" \
  --print-to-pdf="$work/page.pdf" "file://$(realpath "$html")" >/dev/null 2>&1
fail() { echo "print check: $page: $1" >&2; exit 1; }
[ -s "$work/page.pdf" ] || fail "Chromium printed no PDF"
pdfinfo "$work/page.pdf" | grep -q '(A4)' || fail "the page is not A4"
pages=$(pdfinfo "$work/page.pdf" | awk '/^Pages:/ {print $2}')

# The page's own words for its furniture, so the check holds in both languages.
furniture() { grep -o "$1" "$html" | head -1 | sed -e 's/<[^>]*>//g' -e 's/^ *//;s/ *$//' || true; }
skip=$(furniture '<a class="skip-link"[^>]*>[^<]*<')
generator=$(furniture '<p class="site-footer__generator">[^<]*<')
home=$(tr '\n' ' ' <"$html" | grep -o '<nav class="breadcrumbs"[^>]*> *<ol> *<li><a [^>]*>[^<]*<' | sed 's/.*>//;s/<$//' || true)
[ -z "$home" ] || home="$home ›"  # the trail as printed: the word alone may be content's ("Home Affairs")
downloads=$(tr '\n' ' ' <"$html" | grep -o '<h2 id="tai-du-lieu">[^<]*<' | sed 's/<[^>]*>//g;s/<$//' || true)
address=$(grep -o '<link rel="canonical" href="[^"]*"' "$html" | sed 's/.*href="//;s/"$//' || true)
[ -n "$address" ] || address="/$page"

# Each page's text, spaces squeezed (the layout pads words apart).
for n in $(seq 1 "$pages"); do
  pdftotext -layout -f "$n" -l "$n" "$work/page.pdf" - | tr -s ' ' >"$work/p$n.txt"
done
grep -qF "$title" "$work/p1.txt" || fail "the title '$title' is not on the first page"
grep -qF "$as_of" "$work/p1.txt" || fail "'$as_of' is not on the first page"
grep -qF "$address" "$work/p1.txt" || fail "the address '$address' is not on the first page"
for word in "$skip" "$generator" "$home" "$downloads"; do
  [ -z "$word" ] || ! grep -qF "$word" "$work"/p*.txt || fail "site furniture '$word' is printed"
done
least=$(( (full_page_lines + 4) / 5 ))
report=""
for n in $(seq 1 "$pages"); do
  number="^ *$n ?/ ?$pages *$"  # pdftotext may close up "3 / 8" to "3/8"
  grep -Eq "$number" "$work/p$n.txt" || fail "page $n has no page number '$n / $pages'"
  lines=$(grep -Ev "$number" "$work/p$n.txt" | grep -c '[^[:space:]]' || true)
  report+=" $lines"
  if [ "$n" -lt "$pages" ] && [ "$lines" -lt "$least" ]; then
    fail "page $n of $pages is nearly empty: $lines lines of text, a fifth of a full page is $least"
  fi
done
echo "print check: $page: $pages A4 pages (lines of text:$report), title, as of and address on page 1, page numbers, no navigation"
