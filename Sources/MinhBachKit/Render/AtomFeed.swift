import Markup

/// An Atom feed (RFC 4287) with absolute addresses: the documents' and the models' feeds.
struct AtomFeed {
    struct Entry {
        var title: String
        var url: String
        /// `2024-05-01T00:00:00Z`.
        var updated: String
        var author: String
        var summary: String
        /// The entry's id when its address is not one (the commitments' feed: one page, an
        /// entry per date); nil: the address.
        var id: String? = nil
        /// HTML shown in full by a feed reader (`<content type="html">`); nil: none.
        var content: String? = nil
    }

    var language: String
    var title: String
    /// The feed's own address and the page it follows.
    var selfURL: String
    var pageURL: String
    /// In the order given: newest first.
    var entries: [Entry]

    func file(at path: String) -> OutputFile {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(Escape.html(language))\">\n"
        xml += "<title>\(Escape.html(title))</title>\n"
        xml += "<id>\(Escape.html(selfURL))</id>\n"
        xml += "<link rel=\"self\" href=\"\(Escape.html(selfURL))\"/>\n"
        xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(Escape.html(pageURL))\"/>\n"
        xml += "<updated>\(entries.first?.updated ?? "1970-01-01T00:00:00Z")</updated>\n"
        for entry in entries {
            xml += "<entry>\n<title>\(Escape.html(entry.title))</title>\n"
            xml += "<id>\(Escape.html(entry.id ?? entry.url))</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"\(Escape.html(entry.url))\"/>\n"
            xml += "<updated>\(entry.updated)</updated>\n"
            xml += "<author><name>\(Escape.html(entry.author))</name></author>\n"
            xml += "<summary>\(Escape.html(entry.summary))</summary>\n"
            if let content = entry.content { xml += "<content type=\"html\">\(Escape.html(content))</content>\n" }
            xml += "</entry>\n"
        }
        xml += "</feed>\n"
        return OutputFile(path: path, text: xml)
    }
}
