import Diagnostics
import Parallel

/// The resolve stage of a streamed build, done a batch of pages at a time as the render stage
/// takes them: a page's HTML then lives from its resolving to its writing, and a build never
/// holds the HTML of every page (a sixth of a 10,000-page build's memory). Its problems are
/// kept by page and given in the order the resolve stage of a whole build gives them; once a
/// page has an error, pages are still resolved, for their problems, but no longer rendered.
final class PageResolution {
    /// One language's pages and what resolving them needs.
    struct Edition {
        var pages: [ParsedPage]
        var resolver: PageResolver
        /// The pages this build resolves (a part's); nil for all.
        var made: Set<Int>?
        /// Whether resolving a page lets its file go in every edition: the last edition's.
        var releases: Bool
        /// Its problems found before its pages are resolved, and after.
        var before: Diagnostics
        var after: Diagnostics
        /// Whether each page is resolved, by position (filled in by `add`).
        var isResolved: [Bool] = []
        /// The problems of each resolved page that has any, by position: most have none, and a
        /// dictionary entry for every page was a hundred bytes a page.
        var problems: [Int: Diagnostics] = [:]
    }

    private(set) var editions: [Edition] = []
    /// Whether a page resolved so far has an error.
    private(set) var hasErrors = false

    func add(_ edition: Edition) {
        var edition = edition
        edition.isResolved = Array(repeating: false, count: edition.pages.count)
        editions.append(edition)
    }

    /// Resolves the pages at `indices` of `edition` this build makes and has not resolved yet,
    /// on every core, into `resolved`.
    func resolve(_ indices: some Sequence<Int>, edition number: Int, into resolved: inout [ResolvedPage]) {
        let edition = editions[number]
        let wanted = unresolved(indices, edition: number)
        let all = editions.map(\.pages)
        // The parse stage let each page's Markdown go: it is parsed again for the page's
        // resolving and let go after it, so that only a batch's trees are held at once.
        let results = wanted.parallelMap { index in
            let page = edition.pages[index]
            var problems = Diagnostics()
            page.keepDocument(diagnostics: &problems)
            let (resolved, found) = edition.resolver.resolve(page)
            if edition.releases { for pages in all { pages[index].releaseSource() } } else { page.releaseDocument() }
            problems.append(contentsOf: found)
            return (resolved, problems)
        }
        for (index, (page, problems)) in zip(wanted, results) {
            resolved[index] = page
            editions[number].isResolved[index] = true
            if !problems.isEmpty { editions[number].problems[index] = problems }
            if problems.hasErrors { hasErrors = true }
        }
    }

    /// Lets go the files of the pages this build does not resolve (a part's pages of other
    /// parts): the others' go once resolved.
    func releaseFilesNotResolved() {
        for edition in editions {
            guard let made = edition.made else { continue }
            for index in edition.pages.indices where !made.contains(index) { edition.pages[index].releaseSource() }
        }
    }

    /// Resolves, for their problems only, every page not resolved yet: after an error, the
    /// pages of the languages not rendered.
    func resolveRest() {
        for number in editions.indices {
            let rest = unresolved(editions[number].pages.indices, edition: number)
            guard !rest.isEmpty else { continue }
            var discarded = editions[number].pages.map { ResolvedPage(page: $0, bodyHTML: "", copiedFiles: [:]) }
            for start in stride(from: 0, to: rest.count, by: SiteBuilder.pagesPerBatch) {
                let batch = rest[start..<min(start + SiteBuilder.pagesPerBatch, rest.count)]
                resolve(batch, edition: number, into: &discarded)
                for index in batch { discarded[index].bodyHTML = "" }
            }
        }
    }

    /// Of `indices`, the pages of `edition` this build makes and has not resolved yet.
    private func unresolved(_ indices: some Sequence<Int>, edition number: Int) -> [Int] {
        let edition = editions[number]
        return indices.filter { edition.made?.contains($0) ?? true && !edition.isResolved[$0] }
    }

    /// The problems of every language, in the order the resolve stage gives them: each
    /// language's own, its pages' in page order, the ones found after; repeats left out.
    var diagnostics: Diagnostics {
        var all = Diagnostics()
        for edition in editions {
            all.append(contentsOf: edition.before)
            for index in edition.problems.keys.sorted() { all.append(contentsOf: edition.problems[index]!) }
            all.append(contentsOf: edition.after)
            all.removeDuplicates()
        }
        return all
    }
}
