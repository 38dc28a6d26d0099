extension HeadingEntry {
    /// The entry of `entries` (a page's headings, in order) where this one's section ends, or
    /// nil when it runs to the end of the page. A heading's section runs to the next heading at
    /// its level or above; numbered paragraphs inside it do not end it. A numbered paragraph's
    /// section runs to the next heading of any level, or to the next paragraph numbered at its
    /// level or above (`c)` ends `b)`, and so does `2.`; `a)` does not end `1.`).
    public func sectionEnd(among entries: some Collection<HeadingEntry>) -> HeadingEntry? {
        entries.first { other in
            guard other.location.line > location.line else { return false }
            if isParagraph { return !other.isParagraph || other.level <= level }
            return !other.isParagraph && other.level <= level
        }
    }
}

extension Collection where Element == HeadingEntry {
    /// The headings a page lists (in its table of contents, its outline, search), without the
    /// anchors of numbered paragraphs.
    public var listed: [HeadingEntry] { filter { !$0.isParagraph } }
}
