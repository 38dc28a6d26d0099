/// Which part of a sharded build makes each page and each section's own files. Every part and
/// the merge compute it from the same content, so they agree without telling each other.
///
/// Pages go by folder, so that a province's or a commune's pages are made together: the folders,
/// in path order, are cut into `count` runs of about the same number of pages. A section's own
/// files (indexes, unit pages, downloads) are one piece each, dealt from the last part backwards,
/// as the first parts take the first folders' pages.
struct ShardPlan: Sendable {
    let count: Int
    /// The part (from 0) of each page, by its position in the edition's pages.
    private let pageOwners: [Int]

    init(pages: [ParsedPage], count: Int) {
        self.count = count
        func folder(_ page: ParsedPage) -> Substring {
            let path = page.source.relativePath
            return path.lastIndex(of: "/").map { path[..<$0] } ?? ""
        }
        var sizes: [Substring: Int] = [:]
        for page in pages { sizes[folder(page), default: 0] += 1 }
        var owners: [Substring: Int] = [:]
        var before = 0
        for name in sizes.keys.sorted() {
            let size = sizes[name]!
            // The part in which the middle of the folder falls.
            owners[name] = min(count - 1, (2 * before + size) * count / (2 * max(pages.count, 1)))
            before += size
        }
        pageOwners = pages.map { owners[folder($0)]! }
    }

    func ownsPage(at index: Int, part: Int) -> Bool { pageOwners[index] == part }

    func ownsSection(_ number: Int, part: Int) -> Bool { count - 1 - number % count == part }

    /// The positions of the pages `part` renders: its own, and the folder pages (`introIDs`, one
    /// per section) of its sections, which introduce their indexes; a section's folder page is
    /// its section's part's, wherever its folder falls.
    func pagesMade(by part: Int, of pages: [ParsedPage], introIDs: [String]) -> Set<Int> {
        let intros = Set(introIDs.indices.filter { ownsSection($0, part: part) }.map { introIDs[$0] })
        let allIntros = Set(introIDs)
        return Set(pages.indices.filter { index in
            allIntros.contains(pages[index].id) ? intros.contains(pages[index].id) : ownsPage(at: index, part: part)
        })
    }
}
