# What the benchmark scripts share; sourced by them, after they set `script` (their name, for
# messages). Needs: GNU time.

say() { printf '\033[1m%s\033[0m\n' "$script: $*" >&2; }

# Sets `bin`, the binary measured — MINHBACH_BIN, or `swift build -c release` — and `malloc`,
# the allocator it is linked with.
choose_binary() {
    if [ -n "${MINHBACH_BIN:-}" ]; then
        bin="$MINHBACH_BIN"
    else
        swift build -c release --product minhbach >&2
        bin="$(swift build -c release --show-bin-path)/minhbach"
    fi
    malloc="system malloc"
    if readelf -d "$bin" 2>/dev/null | grep tcmalloc >/dev/null; then malloc="TCMalloc"; fi
}

# make_work PATTERN: sets `work`, a new folder (mktemp -d PATTERN) removed when the script ends.
make_work() {
    work="$(mktemp -d "$1")"
    trap 'rm -rf "$work"' EXIT
    trap 'exit 130' INT TERM
}

# run NAME COMMAND…: runs it under GNU time into $work/NAME.time ("seconds kilobytes"), its
# output into $work/NAME.log; shows that output and stops the script when it fails.
run() {
    local name="$1"; shift
    /usr/bin/time -f "%e %M" -o "$work/$name.time" "$@" >"$work/$name.log" 2>&1 || { cat "$work/$name.log" >&2; exit 1; }
}
seconds() { cut -d' ' -f1 "$work/$1.time"; }
megabytes() { awk '{ printf "%.1f\n", $2 / 1000 }' "$work/$1.time"; }
