extension ModelDefinition: PageFields {}

extension ParsedPage {
    /// What the front matter says of the "Dân vận khéo" model the page presents, if it is one.
    public var model: ModelDefinition? { fields as? ModelDefinition }
}
