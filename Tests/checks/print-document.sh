#!/usr/bin/env bash
# Prints a document page with headless Chromium (as a reader's "Print" would) and checks the
# PDF: A4, page numbers, the official header, and none of the site's navigation.
# usage: Tests/checks/print-document.sh SITE_FOLDER PAGE [EXPECTED_HEADER]
set -euo pipefail
site=$1 page=$2 header=${3:-"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "print check: chromium is not installed (apt-get install chromium)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$work/profile" \
  --print-to-pdf="$work/page.pdf" "file://$(realpath "$site/$page")" >/dev/null 2>&1
pdftotext -layout "$work/page.pdf" "$work/page.txt"
fail() { echo "print check: $page: $1" >&2; exit 1; }
pdfinfo "$work/page.pdf" | grep -q '(A4)' || fail "the page is not A4"
pages=$(pdfinfo "$work/page.pdf" | awk '/^Pages:/ {print $2}')
grep -q "$header" "$work/page.txt" || fail "the official header '$header' is missing"
grep -q "Nơi nhận:" "$work/page.txt" || fail "the recipients block is missing"
for furniture in "Chuyển đến nội dung chính" "Trang chủ" "Mục lục" "Thông tin văn bản" "Trang được tạo bởi MinhBạch"; do
  ! grep -q "$furniture" "$work/page.txt" || fail "site furniture '$furniture' is printed"
done
# Page numbers: a line holding only the number, on every page.
for n in $(seq 1 "$pages"); do
  grep -Eq "^ +$n *$" "$work/page.txt" || fail "page $n has no page number"
done
echo "print check: $page: $pages A4 pages, official header, page numbers, no navigation"
