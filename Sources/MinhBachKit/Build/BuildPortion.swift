import Foundation

/// `--shard K/N`: the K-th of N disjoint parts of a site, counted from 1.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    public var number: Int
    public var count: Int

    /// "2/4"; nil unless 1 ≤ K ≤ N.
    public init?(_ text: String) {
        let halves = text.split(separator: "/", omittingEmptySubsequences: false)
        guard halves.count == 2, let number = Int(halves[0]), let count = Int(halves[1]), count >= 1, (1...count).contains(number) else { return nil }
        self.number = number
        self.count = count
    }

    public var description: String { "\(number)/\(count)" }
}

/// How much of the site one run makes: all of it, one part of a sharded build, or the merge of
/// the parts into the site (`docs/scaling.md`).
public enum BuildPortion: Sendable, Equatable {
    case whole
    /// The part's pages and sections, and the manifest that lists them; none of the files that
    /// need every page (search, sitemap, 404, theme files).
    case part(Shard)
    /// The site, its pages and sections read from these part folders instead of rendered.
    case merge([URL])

    public var isPart: Bool { shard != nil }

    var isMerge: Bool {
        if case .merge = self { return true }
        return false
    }

    /// K/N of a part.
    var shard: Shard? {
        if case .part(let shard) = self { return shard }
        return nil
    }
}
