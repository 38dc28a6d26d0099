#!/usr/bin/env bash
# The 1,000,000-page build (issue 27): bench/corpus.py's site of N documents (MinhBạch's content
# only, no Hugo project), written by P processes at once (`--part K/P`), built once by MinhBạch
# with its output on disk; then the site of N / 10 documents the same way, so that the two times
# come from one run. Prints each build's wall time, the stage times it reports and its peak memory
# (max RSS, GNU time), and the ratio of the two times.
#
#   bench/million.sh [--write] [N]        default N = 1000000
#
# --write replaces the section "## The 1,000,000-page build" of bench/RESULTS.md.
# Environment: MINHBACH_BIN (a binary instead of `swift build -c release`), BENCH_SEED (default 1),
# BENCH_DISK_DIR (where the corpus and the output go; default /var/tmp; N = 1,000,000 needs about
# 8 GB for the corpus and 26 GB for the site), BENCH_JOBS (processes writing the corpus; default
# the number of CPUs), BENCH_RESULTS (the file --write changes).
# Needs: python3, GNU time, libcmark-dev (and libtcmalloc-minimal4, as bench/run).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
cd "$repo"
section="## The 1,000,000-page build"
usage() { sed -n '2,/^set -euo/p' "$0" | sed -e '/^set -euo/d' -e 's/^# \{0,1\}//'; }

write=0
n=1000000
for arg in "$@"; do
    case "$arg" in
        --write) write=1 ;;
        -h|--help) usage; exit 0 ;;
        *) [[ "$arg" =~ ^[1-9][0-9]*$ ]] || { echo "bench/million.sh: '$arg' is not a number of documents" >&2; usage >&2; exit 64; }
           n="$arg" ;;
    esac
done
seed="${BENCH_SEED:-1}"
jobs="${BENCH_JOBS:-$(nproc)}"
disk="${BENCH_DISK_DIR:-/var/tmp}"
results="${BENCH_RESULTS:-$repo/bench/RESULTS.md}"
script=bench/million.sh
. "$here/common.sh"

# About 7.5 KB of content and 26 KB of site a document, with room to spare.
needed=$(( n * 36 / 1000 ))
free=$(df -Pk "$disk" | awk 'NR == 2 { print int($4 / 1000) }')
if [ "$free" -lt "$needed" ]; then
    echo "bench/million.sh: $disk has $free MB free; $n documents need about $needed MB (set BENCH_DISK_DIR)" >&2
    exit 1
fi

choose_binary
make_work "$disk/minhbach-million.XXXXXX"

# build SIZE: writes the corpus of SIZE documents, builds it under GNU time, leaves
# "$work/SIZE.time" ("seconds kilobytes") and "$work/SIZE.log", and removes corpus and site.
build() {
    local size="$1" corpus="$work/corpus-$1"
    say "N = $size: writing the corpus, $jobs processes"
    mkdir -p "$corpus"
    for k in $(seq 1 "$jobs"); do
        python3 bench/corpus.py "$size" "$corpus" --seed "$seed" --minhbach-only --part "$k/$jobs" 2>>"$work/corpus-$size.log" &
    done
    wait
    sync
    say "N = $size: building"
    /usr/bin/time -f "%e %M" -o "$work/$size.time" "$bin" build --content "$corpus/minhbach" --output "$work/site-$size" \
        --messages en >"$work/$size.log" 2>&1 || { cat "$work/$size.log" >&2; exit 1; }
    du -sm "$work/site-$size" | cut -f1 >"$work/$size.size"
    rm -rf "$corpus" "$work/site-$size"
}
stages() { grep -E '^\[[0-9]/[0-9]\]' "$work/$1.log" | sed -E 's/^\[([0-9])\/[0-9]\] ([A-Za-z]+).* ([0-9]+ ms)$/\2 \3/' | paste -sd ';' | sed 's/;/; /g'; }

tenth=$(( n / 10 ))
build "$n"
build "$tenth"
ratio=$(awk -v a="$(seconds "$n")" -v b="$(seconds "$tenth")" 'BEGIN { printf "%.1f", a / b }')

{
    echo "$section"
    echo
    echo "\`bench/million.sh $n\` at $(git rev-parse --short HEAD), $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) of memory, $malloc;"
    echo "corpus and output on disk ($(df -PT "$disk" | awk 'NR == 2 { print $2 }') at $disk). The corpus of each size is written by $jobs processes"
    echo "(\`bench/corpus.py N OUT --minhbach-only --part K/$jobs\`), the same files as one process writes."
    echo
    echo "| documents | wall time | peak memory | site | stages (as the build reports them) |"
    echo "|---|---|---|---|---|"
    for size in "$n" "$tenth"; do
        echo "| $size | $(seconds "$size") s | $(megabytes "$size") MB | $(cat "$work/$size.size") MB | $(stages "$size") |"
    done
    echo
    echo "The $n-document build takes $ratio× the time of the $tenth-document one."
} >"$work/section.md"
cat "$work/section.md"
if [ "$write" = 1 ]; then
    python3 bench/replace-section.py "$results" "$work/section.md" "$section"
    say "wrote the section \"${section#\#\# }\" of $results"
fi
