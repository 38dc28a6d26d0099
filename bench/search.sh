#!/usr/bin/env bash
# Builds the demo and generated sites of N pages (default 10000) with the release build, three
# times each, and measures the build (wall time, peak memory) and the search index (files, bytes,
# bytes after gzip -9, what a sample of queries loads). Prints Markdown tables for
# bench/RESULTS.md. Usage: bash bench/search.sh [N…]
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000)
for n in "${sizes[@]}"; do
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "usage: bash bench/search.sh [N…] (N: a number of pages)" >&2; exit 2; }
done
queries=("dan van kheo" "tiep cong dan" "dien bien" "ho ngheo" "cải cách hành chính")

if [ -d /dev/shm ] && [ -w /dev/shm ]; then
    work="$(mktemp -d /dev/shm/minhbach-search.XXXXXX)"
else
    work="$(mktemp -d)"
fi
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

if ! swift build -c release --product minhbach >"$work/swift-build.log" 2>&1; then
    cat "$work/swift-build.log" >&2
    exit 1
fi
bin="$(swift build -c release --show-bin-path)/minhbach"

# 1234567 → "1.2 MB" (decimal units, as in RESULTS.md).
human() {
    awk -v n="$1" 'BEGIN {
        if (n >= 1e6) printf "%.1f MB", n / 1e6
        else if (n >= 1e3) printf "%.1f KB", n / 1e3
        else printf "%d B", n }'
}
seconds() { awk -v ms="$1" 'BEGIN { printf "%.2f s", ms / 1000 }'; }

# One build of $1 into $2, its output in $3; sets wall_ms and peak_kb.
build_once() {
    local content="$1" output="$2" log="$3" start end
    start=$(date +%s%N)
    if [ -x /usr/bin/time ]; then
        if ! /usr/bin/time -f "%M" -o "$work/rss" \
            "$bin" build --content "$content" --theme theme --output "$output" >"$log" 2>&1; then
            cat "$log" >&2
            exit 1
        fi
    else
        # No GNU time: the peak RSS of the only child, from getrusage.
        if ! python3 -c '
import resource, subprocess, sys
code = subprocess.call(sys.argv[2:], stdout=open(sys.argv[1], "w"), stderr=subprocess.STDOUT)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(code)' "$log" "$bin" build --content "$content" --theme theme --output "$output" >"$work/rss"; then
            cat "$log" >&2
            exit 1
        fi
    fi
    end=$(date +%s%N)
    wall_ms=$(( (end - start) / 1000000 ))
    peak_kb=$(tail -n 1 "$work/rss")
}

machine="$(nproc) vCPU $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
if [ -r /etc/os-release ]; then
    machine="$machine, $(sed -n 's/^PRETTY_NAME="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' /etc/os-release)"
fi
machine="$machine, $(swift --version 2>&1 | sed -n 's/.*Swift version \([^ ]*\).*/Swift \1/p' | head -n 1)"
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git status --porcelain 2>/dev/null)" ]; then commit="$commit + uncommitted changes"; fi

# Builds one site three times and prints its tables. $1: label, $2: content folder, $3: note.
measure() {
    local label="$1" content="$2" note="$3" output="$work/site" times=() peaks=() run pages stages
    for run in 1 2 3; do
        build_once "$content" "$output" "$work/build-$run.log"
        times+=("$wall_ms")
        peaks+=("$peak_kb")
    done
    local sorted fastest=1
    sorted=$(printf '%s\n' "${times[@]}" | sort -n)
    for run in 2 3; do
        if [ "${times[$((run - 1))]}" -lt "${times[$((fastest - 1))]}" ]; then fastest=$run; fi
    done
    pages=$(sed -n 's/^Built \([0-9]*\) pages.*/\1/p' "$work/build-1.log")
    stages=$(sed -n 's/^\[[0-9]*\/[0-9]*\] \(.*\)… \([0-9]*\) ms$/\1 \2 ms/p' "$work/build-$fastest.log" \
        | paste -sd, - | sed 's/,/, /g')
    local peak
    peak=$(printf '%s\n' "${peaks[@]}" | sort -n | tail -n 1)

    local index="$output/tim-kiem" files=0 total=0 packed=0 largest="—" f size
    if [ -d "$index" ]; then
        while IFS= read -r f; do
            size=$(stat -c %s "$f")
            files=$((files + 1))
            total=$((total + size))
            packed=$((packed + $(gzip -9 -n -c "$f" | wc -c)))
        done < <(find "$index" -maxdepth 1 -type f -regextype posix-extended -regex '.*/(chi-muc|[tr][0-9]+)\.js' | sort)
        if [ "$files" -gt 0 ]; then
            largest=$(find "$index" -maxdepth 1 -type f -regextype posix-extended -regex '.*/(chi-muc|[tr][0-9]+)\.js' \
                -printf '%s %f\n' | sort -k1,1nr -k2 | head -n 1)
            largest="${largest#* } $(human "${largest%% *}")"
        fi
    fi

    echo "### $label"
    echo
    echo "$(date +%Y-%m-%d), $machine, commit $commit. $note"
    echo
    echo "| Pages | Build (3 runs) | Min / median | Peak memory | Index files | Index size | Largest file | After gzip -9 |"
    echo "|---|---|---|---|---|---|---|---|"
    echo "| ${pages:-?} | $(seconds "${times[0]}"), $(seconds "${times[1]}"), $(seconds "${times[2]}")" \
        "| $(seconds "$(sed -n 1p <<<"$sorted")") / $(seconds "$(sed -n 2p <<<"$sorted")")" \
        "| $(human $((peak * 1024))) | $files | $(human "$total") | $largest | $(human "$packed") |"
    echo
    echo "Stages of the fastest run: ${stages:-not printed}."
    echo
    if [ "$files" -gt 0 ] && [ -f "$index/chi-muc.js" ]; then
        python3 bench/search-load.py "$output" "${queries[@]}"
    else
        echo "No search index in $label's output (tim-kiem/chi-muc.js missing)."
    fi
    echo
    rm -rf "$output"
}

measure "Demo site (content/)" content "The demo's content and theme."
for n in "${sizes[@]}"; do
    generated="$work/content-$n"
    python3 bench/generate-site.py "$n" "$generated" 2>"$work/generate.log"
    summary=$(sed -e 's/^generate-site: //' -e 's/, seed [0-9]* → .*//' "$work/generate.log")
    measure "Generated site, N = $n" "$generated" \
        "\`python3 bench/generate-site.py $n\` (seed 1): $summary"
    rm -rf "$generated"
done
