#!/usr/bin/env bash
# Sharded builds (issue 27, docs/scaling.md): for each N, the bench/corpus.py site of N documents
# built once, then built again as P parts (`minhbach build --shard K/P`, at most J processes at
# once on this machine) and joined by `minhbach merge`, all on tmpfs; then again with the page
# catalog (`minhbach catalog`, then `--catalog` for every part and the merge). Prints the wall time and
# peak memory (max RSS, GNU time) of each step, and whether the merged site is byte-identical
# to the single build (`diff -r`; the run fails when it is not).
#
#   bench/sharded.sh [--write] [--parts P] [N…]     default: P = 4, N = 10000 100000
#
# --write replaces the section "## Sharded builds: parts and merge" of bench/RESULTS.md.
# Environment: MINHBACH_BIN (a binary instead of `swift build -c release`), BENCH_JOBS (J, parts
# built at once; default the number of CPUs), BENCH_SEED (default 1), BENCH_RESULTS (the file
# --write changes).
# Needs: python3, GNU time, libcmark-dev (and libtcmalloc-minimal4, as bench/run).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
cd "$repo"
section="## Sharded builds: parts and merge"
usage() { sed -n '2,/^set -euo/p' "$0" | sed -e '/^set -euo/d' -e 's/^# \{0,1\}//'; }

write=0
parts=4
sizes=()
while [ $# -gt 0 ]; do
    case "$1" in
        --write) write=1 ;;
        --parts) shift; parts="${1:-}" ;;
        -h|--help) usage; exit 0 ;;
        *) sizes+=("$1") ;;
    esac
    shift
done
for n in "${sizes[@]}" "$parts"; do
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "bench/sharded.sh: '$n' is not a positive number" >&2; usage >&2; exit 64; }
done
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
seed="${BENCH_SEED:-1}"
jobs="${BENCH_JOBS:-$(nproc)}"
results="${BENCH_RESULTS:-$repo/bench/RESULTS.md}"
script=bench/sharded.sh
. "$here/common.sh"
choose_binary
make_work /dev/shm/minhbach-sharded.XXXXXX

rows=()
for n in "${sizes[@]}"; do
    corpus="$work/corpus-$n"
    # The corpus, the single build, the parts and the merged site are on tmpfs at once: about
    # 110 KB a document. A full tmpfs fails a build in the middle, with no clear message.
    need=$((n * 110))
    free=$(df --output=avail -k "$work" | tail -1)
    [ "$free" -ge "$need" ] || { say "N = $n needs about $((need / 1000)) MB free in $work, which has $((free / 1000)) MB"; exit 1; }
    say "N = $n: writing the corpus"
    python3 bench/corpus.py "$n" "$corpus" --seed "$seed" >/dev/null
    content="$corpus/minhbach"
    say "N = $n: one build"
    run "single-$n" "$bin" build --content "$content" --output "$work/single-$n" --messages en
    # Twice: each part and the merge parsing every page, then reading the page catalog that
    # `minhbach catalog` wrote first (`--catalog`).
    for catalog in no yes; do
        given=()
        catalog_cell="—"
        if [ "$catalog" = yes ]; then
            say "N = $n: the page catalog"
            run "catalog-$n" "$bin" catalog "$work/catalog-$n" --content "$content" --messages en
            given=(--catalog "$work/catalog-$n")
            catalog_cell="$(seconds "catalog-$n") s, $(megabytes "catalog-$n") MB, file $(awk -v b="$(stat -c %s "$work/catalog-$n")" 'BEGIN { printf "%.1f", b / 1e6 }') MB"
        fi
        say "N = $n: $parts parts, $jobs at once (catalog: $catalog)"
        start=$(date +%s.%N)
        for k in $(seq 1 "$parts"); do
            while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n; done
            run "part-$n-$k" "$bin" build --content "$content" --shard "$k/$parts" "${given[@]}" --output "$work/part-$n-$k" --messages en &
        done
        wait
        parts_wall=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
        say "N = $n: merge (catalog: $catalog)"
        rm -rf "$work/merged-$n"
        run "merge-$n" "$bin" merge $(for k in $(seq 1 "$parts"); do echo "$work/part-$n-$k"; done) --content "$content" "${given[@]}" \
            --output "$work/merged-$n" --messages en
        if diff -r "$work/single-$n" "$work/merged-$n" >"$work/diff-$n.log"; then same="yes"; else same="NO"; fi
        part_times=$(for k in $(seq 1 "$parts"); do seconds "part-$n-$k"; done | paste -sd/)
        part_peaks=$(for k in $(seq 1 "$parts"); do megabytes "part-$n-$k"; done | paste -sd/)
        total=$(awk -v a="$parts_wall" -v b="$(seconds "merge-$n")" -v c="$( [ "$catalog" = yes ] && seconds "catalog-$n" || echo 0)" \
            'BEGIN { printf "%.2f", a + b + c }')
        rows+=("| $n | $(seconds "single-$n") s | $(megabytes "single-$n") MB | $catalog_cell | $parts_wall s ($part_times) | $part_peaks MB | $(seconds "merge-$n") s | $(megabytes "merge-$n") MB | $total s | $same |")
        rm -rf "$work"/part-"$n"-*
        [ "$same" = yes ] || { head -20 "$work/diff-$n.log" >&2; say "the merged site differs from the single build"; exit 1; }
    done
    rm -rf "$corpus" "$work/single-$n" "$work/merged-$n" "$work/catalog-$n"
done

{
    echo "$section"
    echo
    echo "\`bench/sharded.sh --parts $parts ${sizes[*]}\` at $(git rev-parse --short HEAD), $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $malloc, tmpfs."
    echo "The $parts parts run $jobs at a time on this one machine, so they share its cores: their wall time is"
    echo "what a single machine gains (or loses), not what $parts machines would. Each N has two rows. In the"
    echo "first, each part loads and parses the whole content and makes the catalogs of documents, data and"
    echo "units, then resolves and renders its own pages and sections; the merge loads and parses the content"
    echo "again, resolves no page, reads the parts' files, and makes search, sitemap, 404 pages and theme files."
    echo "In the second, \`minhbach catalog\` first writes the page catalog (what every page's Markdown tells the"
    echo "rest of the site), and the parts and the merge read it (\`--catalog\`): each part parses the Markdown"
    echo "of its own pages only, when it renders them, and the merge none. \"parts + merge\" includes the catalog."
    echo
    echo "| N | one build | its peak | page catalog | $parts parts, $jobs at once (each) | parts' peaks | merge | merge's peak | parts + merge | byte-identical |"
    echo "|---|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
} >"$work/section.md"
cat "$work/section.md"
if [ "$write" = 1 ]; then
    python3 bench/replace-section.py "$results" "$work/section.md" "$section"
    say "wrote the section \"${section#\#\# }\" of $results"
fi
