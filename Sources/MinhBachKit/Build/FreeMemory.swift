import Glibc

/// Gives the memory the allocator holds free back to the system, between a build's phases. A
/// phase frees what it made (the Markdown of every page, a batch's HTML) but the allocator keeps
/// it, in pieces of the sizes that phase used, and the next phase, making values of other
/// sizes, asks the system for more: a large build's peak was its values and a third again.
/// TCMalloc (which `minhbach` links when it is installed) is asked through its C interface,
/// the C library's malloc by `malloc_trim`; the output is the same either way.
enum FreeMemory {
    private typealias Release = @convention(c) () -> Void
    private typealias Trim = @convention(c) (Int) -> Int32

    private static let tcmallocRelease = dlsym(nil, "MallocExtension_ReleaseFreeMemory").map { unsafeBitCast($0, to: Release.self) }
    private static let trim = dlsym(nil, "malloc_trim").map { unsafeBitCast($0, to: Trim.self) }

    static func giveBack() {
        if let tcmallocRelease { tcmallocRelease() } else { _ = trim?(0) }
    }
}
