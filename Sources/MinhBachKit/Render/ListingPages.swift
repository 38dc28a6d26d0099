/// A grouped listing cut into pages of at most `perPage` entries, in the order one page would
/// list them: the groups in their order, each group's members in theirs. A group that does not
/// fit goes on over the next page, where it is marked as continued.
struct ListingPages {
    /// One group's share of a page.
    struct Part: Equatable {
        var group: Int
        var members: ArraySlice<Int>
        /// The group began on an earlier page.
        var isContinued: Bool
    }

    let groups: [[Int]]
    let perPage: Int
    /// Where each group begins in the whole listing, and the listing's length last.
    private let starts: [Int]

    init(groups: [[Int]], perPage: Int) {
        self.groups = groups
        self.perPage = max(1, perPage)
        var starts = [0]
        starts.reserveCapacity(groups.count + 1)
        for group in groups { starts.append(starts.last! + group.count) }
        self.starts = starts
    }

    var total: Int { starts.last! }
    /// At least one page, which may be empty.
    var count: Int { max(1, (total + perPage - 1) / perPage) }

    /// The page (from 0) on which a group begins.
    func firstPage(of group: Int) -> Int { starts[group] / perPage }

    /// The groups' parts on a page (from 0).
    func parts(onPage page: Int) -> [Part] {
        let first = page * perPage, end = min(total, first + perPage)
        guard first < end else { return [] }
        // The last group beginning at or before `first`; empty groups are skipped below.
        var low = 0, high = groups.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= first { low = middle } else { high = middle - 1 }
        }
        var parts: [Part] = []
        for group in low..<groups.count {
            guard starts[group] < end else { break }
            let from = max(first, starts[group]) - starts[group], to = min(end, starts[group + 1]) - starts[group]
            guard from < to else { continue }
            parts.append(Part(group: group, members: groups[group][from..<to], isContinued: from > 0))
        }
        return parts
    }

    /// The pages a pager links to around `page`: the first, the last, and two either side of
    /// it; nil marks a gap (a gap of one page shows that page instead). A pager of ten thousand
    /// links would be a page of its own.
    func pagerPages(around page: Int) -> [Int?] {
        let candidates = Set([0, count - 1] + (page - 2...page + 2).filter { (0..<count).contains($0) }).sorted()
        var shown: [Int?] = []
        for candidate in candidates {
            if let last = shown.last, let previous = last, candidate > previous + 1 {
                shown.append(candidate == previous + 2 ? previous + 1 : nil)
            }
            shown.append(candidate)
        }
        return shown
    }

    /// One link of a pager, in the order shown.
    enum PagerStep: Equatable {
        case previous(Int)
        case number(Int, isCurrent: Bool)
        case gap
        case next(Int)
    }

    /// Previous, the pages of `pagerPages(around:)` (the current one marked), next.
    func pagerSteps(around page: Int) -> [PagerStep] {
        (page > 0 ? [.previous(page - 1)] : [])
            + pagerPages(around: page).map { $0.map { .number($0, isCurrent: $0 == page) } ?? .gap }
            + (page < count - 1 ? [.next(page + 1)] : [])
    }
}
