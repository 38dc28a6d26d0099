#!/usr/bin/env bash
# Renders 10,000 charts of every kind with the release build, on one thread, three times.
# Results are written down in bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product charts-bench >/dev/null
bin="$(swift build -c release --show-bin-path)/charts-bench"
for run in 1 2 3; do
    echo "run $run"
    "$bin" "${1:-10000}"
done
