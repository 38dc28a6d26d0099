#!/usr/bin/env bash
# Attachments (issue 27): the bench/corpus.py site of N documents built twice on tmpfs, as it is
# and with a signed scan (a PDF of S MB, seeded random bytes) linked from each of the first K
# documents. Prints each build's wall time and peak memory (max RSS, GNU time): a build leaves
# the files it only copies on disk until it writes them, one at a time, so the peak must not grow
# with the attachments. The run fails when a copied scan differs from its source.
#
#   bench/attachments.sh [--write] [N [K [S]]]     default: N = 10000, K = 2000, S = 1
#
# --write replaces the section "## Attachments: documents with their signed scans" of
# bench/RESULTS.md. Environment: MINHBACH_BIN (a binary instead of `swift build -c release`),
# BENCH_SEED (default 1), BENCH_RESULTS (the file --write changes).
# Needs: python3, GNU time, libcmark-dev (and libtcmalloc-minimal4, as bench/run).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
cd "$repo"
section="## Attachments: documents with their signed scans"
usage() { sed -n '2,/^set -euo/p' "$0" | sed -e '/^set -euo/d' -e 's/^# \{0,1\}//'; }

write=0
numbers=()
for arg in "$@"; do
    case "$arg" in
        --write) write=1 ;;
        -h|--help) usage; exit 0 ;;
        *) [[ "$arg" =~ ^[1-9][0-9]*$ ]] || { echo "bench/attachments.sh: '$arg' is not a positive number" >&2; usage >&2; exit 64; }
           numbers+=("$arg") ;;
    esac
done
n="${numbers[0]:-10000}" count="${numbers[1]:-2000}" megabytes_each="${numbers[2]:-1}"
seed="${BENCH_SEED:-1}"
results="${BENCH_RESULTS:-$repo/bench/RESULTS.md}"
script=bench/attachments.sh
. "$here/common.sh"
choose_binary
make_work /dev/shm/minhbach-attachments.XXXXXX

say "writing the corpus of $n documents"
python3 bench/corpus.py "$n" "$work/corpus" --seed "$seed" --minhbach-only >/dev/null
content="$work/corpus/minhbach"
say "one build, as it is"
run plain "$bin" build --content "$content" --output "$work/plain" --messages en
rm -rf "$work/plain"

say "$count scans of $megabytes_each MB, one linked from each of the first $count documents"
python3 - "$content" "$count" "$megabytes_each" "$seed" >"$work/scans.txt" <<'PY'
import os, random, sys
content, count, size, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
random.seed(seed)
documents = sorted(os.path.join(folder, name) for folder, _, names in os.walk(os.path.join(content, "van-ban"))
                   for name in names if name.endswith(".md") and name != "index.md")
body = random.randbytes(size << 20)
for number, path in enumerate(documents[:count]):
    scan = os.path.basename(path)[:-3] + ".pdf"
    with open(os.path.join(os.path.dirname(path), scan), "wb") as out:
        out.write(b"%PDF-1.4\n%" + str(number).encode() + b"\n" + body)
    with open(path, "a", encoding="utf-8") as page:
        page.write(f"\n\n[Bản ký]({scan})\n")
    print(os.path.relpath(os.path.join(os.path.dirname(path), scan), content))
PY
say "one build, with the scans"
run scans "$bin" build --content "$content" --output "$work/site" --messages en
while read -r scan; do
    cmp -s "$content/$scan" "$work/site/$scan" || { say "the copy of $scan differs from its source"; exit 1; }
done <"$work/scans.txt"
site_size=$(du -sm "$work/site" | cut -f1)

{
    echo "$section"
    echo
    echo "\`bench/attachments.sh $n $count $megabytes_each\` at $(git rev-parse --short HEAD), $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), tmpfs."
    echo "The bench/corpus.py site of $n documents, then the same with a signed scan (a PDF of $megabytes_each MB) linked"
    echo "from each of the first $count documents; every copy is compared with its source (\`cmp\`)."
    echo
    echo "| documents | scans | build | peak memory | site |"
    echo "|---|---|---|---|---|"
    echo "| $n | none | $(seconds plain) s | $(megabytes plain) MB | |"
    echo "| $n | $count × $megabytes_each MB | $(seconds scans) s | $(megabytes scans) MB | $site_size MB |"
} >"$work/section.md"
cat "$work/section.md"
if [ "$write" = 1 ]; then
    python3 bench/replace-section.py "$results" "$work/section.md" "$section"
    say "wrote the section \"${section#\#\# }\" of $results"
fi
