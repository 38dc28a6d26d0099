#!/usr/bin/env bash
# Documents alone (issue 27): MinhBạch and Hugo on the bench/corpus.py site without its indicators,
# data and dashboards (`--documents-only`), so that both tools make the same kinds of page —
# N official documents, 12 models, the home and about pages — and neither makes what the other
# does not (bench/run's site adds MinhBạch's indicator, unit and chart pages and downloads, which
# Hugo's theme does not make). For each N: one checked build of each on tmpfs (it must write the N
# document pages; GNU time gives its peak memory), then hyperfine on tmpfs. Prints a Markdown
# table with the wall time, the CPU time (user + system) and the files written.
#
#   bench/documents.sh [--write] [N…]     default N: 10000 100000
#
# --write replaces the section "## Documents alone: MinhBạch and Hugo on the same pages" of
# bench/RESULTS.md. Environment: MINHBACH_BIN (a binary instead of `swift build -c release`),
# BENCH_SEED (default 1), BENCH_RUNS (default 3, 1 from N = 100,000), BENCH_RESULTS (the file
# --write changes).
# Needs: python3, GNU time, hyperfine, hugo, libcmark-dev (and libtcmalloc-minimal4, as bench/run).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
cd "$repo"
section="## Documents alone: MinhBạch and Hugo on the same pages"
usage() { sed -n '2,/^set -euo/p' "$0" | sed -e '/^set -euo/d' -e 's/^# \{0,1\}//'; }

write=0
sizes=()
while [ $# -gt 0 ]; do
    case "$1" in
        --write) write=1 ;;
        -h|--help) usage; exit 0 ;;
        *) sizes+=("$1") ;;
    esac
    shift
done
for n in "${sizes[@]}"; do
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "bench/documents.sh: '$n' is not a positive number" >&2; usage >&2; exit 64; }
done
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
for tool in hyperfine hugo python3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "bench/documents.sh: needs $tool" >&2; exit 1; }
done
seed="${BENCH_SEED:-1}"
results="${BENCH_RESULTS:-$repo/bench/RESULTS.md}"
script=bench/documents.sh
. "$here/common.sh"
choose_binary
make_work /dev/shm/minhbach-documents.XXXXXX

# The N document pages each tool wrote under van-ban/*/ (both put at most 1,000 a folder).
documents_written() { find "$1/van-ban" -mindepth 2 -name '*.html' | wc -l; }

# "13,223 files, 252.6 MB": what a build wrote (MB of 10^6 bytes, as bench/run counts).
written() {
    python3 -c 'import sys; print(f"{int(sys.argv[1]):,} files, {int(sys.argv[2]) / 1e6:.1f} MB")' \
        "$(find "$1" -type f | wc -l)" "$(du -sb "$1" | cut -f1)"
}

rows=()
notes=()
for n in "${sizes[@]}"; do
    runs="${BENCH_RUNS:-$([ "$n" -ge 100000 ] && echo 1 || echo 3)}"
    corpus="$work/corpus-$n"
    # The corpus and two outputs are on tmpfs at once: about 40 KB a document.
    need=$((n * 40))
    free=$(df --output=avail -k "$work" | tail -1)
    [ "$free" -ge "$need" ] || { say "N = $n needs about $((need / 1000)) MB free in $work, which has $((free / 1000)) MB"; exit 1; }
    say "N = $n: writing the corpus (documents only)"
    python3 bench/corpus.py "$n" "$corpus" --seed "$seed" --documents-only 2>"$work/corpus.log" >/dev/null \
        || { cat "$work/corpus.log" >&2; exit 1; }
    summary="$(tail -n 1 "$work/corpus.log" | sed -e 's/^corpus: //' -e 's/; seed [0-9]* → .*//')"

    say "N = $n: checked builds"
    run "mb-$n" "$bin" build --content "$corpus/minhbach" --theme theme --output "$work/mb-$n" --messages en
    run "hugo-$n" hugo --quiet -s "$corpus/hugo" -d "$work/hugo-$n"
    for tool in mb hugo; do
        written=$(documents_written "$work/$tool-$n")
        [ "$written" -eq "$n" ] || { say "N = $n: $tool wrote $written document pages, expected $n"; exit 1; }
    done
    mb_files="$(written "$work/mb-$n")"
    hugo_files="$(written "$work/hugo-$n")"
    rm -rf "$work/mb-$n" "$work/hugo-$n"

    say "N = $n: hyperfine, 1 warm-up + $runs runs each"
    hyperfine --warmup 1 --runs "$runs" --export-json "$work/hyperfine-$n.json" --style basic \
        -n MinhBạch --prepare "rm -rf '$work/out'" "'$bin' build --content '$corpus/minhbach' --theme theme --output '$work/out'" \
        -n Hugo --prepare "rm -rf '$work/out'" "hugo --quiet -s '$corpus/hugo' -d '$work/out'" >&2
    rm -rf "$work/out" "$corpus"
    rows+=("$(python3 - "$work/hyperfine-$n.json" "$n" "$(megabytes "mb-$n")" "$(megabytes "hugo-$n")" "$mb_files" "$hugo_files" <<'PY'
import json, statistics, sys
path, n, mb_peak, hugo_peak, mb_files, hugo_files = sys.argv[1:]
results = {r["command"]: r for r in json.load(open(path))["results"]}
mb, hugo = results["MinhBạch"], results["Hugo"]
def cell(r):
    spread = f" ± {r['stddev']:.2f}" if r.get("stddev") else ""
    return f"{r['mean']:.2f}{spread} s"
def cpu(r):
    return f"{r['user'] + r['system']:.1f} s"
print(f"| {int(n):,} | {cell(mb)} | {cpu(mb)} | {mb_peak} MB | {mb_files} | {cell(hugo)} | {cpu(hugo)} | {hugo_peak} MB | {hugo_files} "
      f"| {hugo['mean'] / mb['mean']:.2f}× |")
PY
)")
    notes+=("- N = $n: $summary.")
done

{
    echo "$section"
    echo
    echo "\`bench/documents.sh ${sizes[*]}\` at $(git rev-parse --short HEAD), $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $malloc, tmpfs;"
    echo "$(hugo version | sed 's/ .*//;s/^hugo/Hugo/') $(hugo version | awk '{print $2}'), $(hyperfine --version)."
    echo "The bench/corpus.py site without indicators, data or dashboards (\`--documents-only\`): both tools make the"
    echo "same kinds of page (the N documents, 12 models, home, about; Hugo its three taxonomies, MinhBạch its"
    echo "document listings, feeds and search index). Wall time: hyperfine's mean (1 warm-up, then 3 runs, 1 from"
    echo "N = 100,000); CPU: user + system of those runs; peak: max RSS of one checked build (GNU time)."
    echo "\"Hugo ÷ MinhBạch\" above 1 means MinhBạch is faster."
    echo
    echo "| N | MinhBạch | its CPU | its peak | MinhBạch wrote | Hugo | its CPU | its peak | Hugo wrote | Hugo ÷ MinhBạch |"
    echo "|---|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    echo
    printf '%s\n' "${notes[@]}"
} >"$work/section.md"
cat "$work/section.md"
if [ "$write" = 1 ]; then
    python3 bench/replace-section.py "$results" "$work/section.md" "$section"
    say "wrote the section \"${section#\#\# }\" of $results"
fi
