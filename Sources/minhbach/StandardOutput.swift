// Alone in its file, without Foundation: `@preconcurrency` lets Swift 6 name C's `stdout`,
// a mutable global, only when no other import of this file brings Glibc in plainly.
@preconcurrency import Glibc

enum StandardOutput {
    /// Line by line even into a pipe or a file, so that a long-running command's lines show
    /// as they happen.
    static func flushEachLine() { setvbuf(stdout, nil, _IOLBF, 0) }
}
