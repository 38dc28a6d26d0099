import Glibc

/// Gives the memory the allocator holds free back to the system, between a build's phases. A
/// phase frees what it made (the Markdown of every page, the front matter's values) but the
/// allocator keeps it for values of the sizes that phase made, and a large build's resident
/// memory was half again its heap. TCMalloc (which `minhbach` links when it is installed) is
/// asked through its C interface, the C library's malloc by `malloc_trim`; the output is the
/// same either way.
enum FreeMemory {
    private typealias Release = @convention(c) () -> Void
    private typealias Trim = @convention(c) (Int) -> Int32

    private static let tcmallocRelease = dlsym(nil, "MallocExtension_ReleaseFreeMemory").map { unsafeBitCast($0, to: Release.self) }
    private static let trim = dlsym(nil, "malloc_trim").map { unsafeBitCast($0, to: Trim.self) }

    static func giveBack() {
        if let tcmallocRelease { tcmallocRelease() } else { _ = trim?(0) }
    }
}
