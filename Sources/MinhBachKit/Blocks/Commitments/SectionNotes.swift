import Markup

/// Notes placed in a rendered page right after the heading or numbered paragraph that carries
/// an anchor: a document's section links down to the tasks and indicators that quote it.
enum SectionNotes {
    /// `body` with each note after the element whose `id` is its key; a key with no such element
    /// is left out.
    static func inserting(_ notes: [String: HTML], into body: String) -> String {
        guard !notes.isEmpty else { return body }
        var places: [(at: String.Index, html: String)] = []
        for (id, note) in notes {
            guard let anchor = body.range(of: " id=\"\(Escape.html(id, quotes: .double))\"") else { continue }
            // The element's name: from the `<` before the anchor to the first space.
            guard let open = body[..<anchor.lowerBound].lastIndex(of: "<") else { continue }
            let name = body[body.index(after: open)..<anchor.lowerBound].prefix { $0 != " " }
            guard !name.isEmpty, let close = body.range(of: "</\(name)>", range: anchor.upperBound..<body.endIndex) else { continue }
            places.append((close.upperBound, "\n" + note.rendered))
        }
        var result = body
        for place in places.sorted(by: { $0.at > $1.at }) { result.insert(contentsOf: place.html, at: place.at) }
        return result
    }
}
