extension IndicatorDefinition: PageFields {}

extension ParsedPage {
    /// What the front matter says of the indicator the page defines, if it is one.
    public var indicator: IndicatorDefinition? { fields as? IndicatorDefinition }
}
