extension DocumentMeta: PageFields {}

extension ParsedPage {
    /// What the front matter says of the official document the page publishes, if it is one.
    public var officialDocument: DocumentMeta? { fields as? DocumentMeta }
}

extension PageReference {
    /// What the front matter says of the official document the page publishes, if it is one.
    public var officialDocument: DocumentMeta? { fields as? DocumentMeta }
}
