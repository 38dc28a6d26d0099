#!/usr/bin/env bash
# The memory of one build stage by stage: runs the command given, samples its resident memory
# (VmRSS of /proc/PID/status) every 0.2 s, and prints each line the command prints with the time
# it appeared, the memory then and the peak so far; then the peak of the whole run. A build's
# stage lines ("[2/5] Parsing 100114 pages… 11835 ms") are printed as each stage ends, so each
# row says what the build held by the end of that stage.
#
#   bench/stage-memory.sh .build/release/minhbach build --content CORPUS/minhbach --output /dev/shm/out
#
# Linux only (/proc). Used for the stage-by-stage numbers of bench/RESULTS.md.
set -euo pipefail
[ $# -ge 1 ] || { sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 64; }

log=$(mktemp)
trap 'rm -f "$log"' EXIT
start=$(date +%s.%N)
"$@" > "$log" 2>&1 &
pid=$!
peak=0 seen=0 now=0
report() {
    local lines
    lines=$(wc -l < "$log")
    while [ "$seen" -lt "$lines" ]; do
        seen=$((seen + 1))
        printf '%7.1f s  now %6d MB  peak %6d MB  | %s\n' "$(echo "$(date +%s.%N) - $start" | bc)" $((now / 1024)) $((peak / 1024)) \
            "$(sed -n "${seen}p" "$log" | cut -c1-110)"
    done
}
while kill -0 "$pid" 2>/dev/null; do
    now=$(awk '/VmRSS/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
    now=${now:-0}
    [ "$now" -gt "$peak" ] && peak=$now
    report
    sleep 0.2
done
status=0
wait "$pid" || status=$?
report
printf 'peak %d MB; exit %d\n' $((peak / 1024)) "$status"
exit "$status"
