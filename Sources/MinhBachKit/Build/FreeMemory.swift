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
    private typealias SetProperty = @convention(c) (UnsafePointer<CChar>, Int) -> Int32

    private static let tcmallocRelease = dlsym(nil, "MallocExtension_ReleaseFreeMemory").map { unsafeBitCast($0, to: Release.self) }
    private static let tcmallocSetProperty = dlsym(nil, "MallocExtension_SetNumericProperty").map { unsafeBitCast($0, to: SetProperty.self) }
    private static let trim = dlsym(nil, "malloc_trim").map { unsafeBitCast($0, to: Trim.self) }

    static func giveBack() {
        if let tcmallocRelease { tcmallocRelease() } else { _ = trim?(0) }
    }

    /// Asks TCMalloc to give a run of pages back to the system as soon as it is free, rather than
    /// keep it for later values: within a phase, the pages' values of one size are freed while
    /// those of another are made, and the peak held both. A one-shot build's peak went down by
    /// 6–8 % at 10,000 and 100,000 pages, with no cost in time this machine could measure
    /// (`bench/RESULTS.md`). The C library's malloc has no such switch.
    ///
    /// It also keeps the memory the threads hold free for themselves to 4 MB in all, not
    /// TCMalloc's 32 MB: a build's threads work in turns, and what one held free was memory no
    /// other could use. The peak went down by 21 MB at 10,000 pages and 32 MB at 100,000, in the
    /// same time.
    static func giveBackAsFreed() {
        _ = tcmallocSetProperty?("tcmalloc.aggressive_memory_decommit", 1)
        _ = tcmallocSetProperty?("tcmalloc.max_total_thread_cache_bytes", threadCacheBytes)
    }
    static let threadCacheBytes = 4 << 20
}
