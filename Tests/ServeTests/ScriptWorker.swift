import Foundation

/// Tiny `/bin/sh` build workers that speak the protocol of `serve-worker` on descriptor 3 — one
/// JSON line in, one out — and misbehave on request: they stand in for the real one, which
/// cannot be made to crash on purpose.
enum ScriptWorker {
    /// Answers every request; a request naming a path with `broken` in it gets a failed build,
    /// one with `crash` kills the worker with SIGSEGV, one with `quit` makes it exit in the
    /// middle of its reply. Each reply names how many requests this worker process has had
    /// (`rebuiltPages: ["1"]` for its first), so a test sees when a fresh worker took over.
    static let answering = """
        ulimit -c 0
        count=0
        while read -r line <&3; do
          count=$((count + 1))
          case "$line" in
            *crash*) kill -SEGV $$ ;;
            *quit*) printf '{"succeeded":tr' >&3; exit 3 ;;
            *broken*) printf '%s\\n' '{"succeeded":false,"problems":[{"path":"content/a.md","line":1,"column":1,"message":"broken","text":"content/a.md:1:1: error: broken"}],"rebuiltPages":["'$count'"]}' >&3 ;;
            *) printf '%s\\n' '{"succeeded":true,"problems":[],"rebuiltPages":["'$count'"]}' >&3 ;;
          esac
        done
        """

    static func command(_ script: String = answering) -> [String] { ["/bin/sh", "-c", script] }
}
