/// A fragment of HTML that is already safe to emit. Build it from escaped text or from trusted
/// markup; attribute values are escaped here, in a fixed order, so output is byte-stable.
public struct HTML: Sendable, Hashable, CustomStringConvertible {
    public private(set) var rendered: String

    private init(rendered: String) { self.rendered = rendered }

    public static let empty = HTML(rendered: "")

    /// Text from content: escaped.
    public static func text(_ text: some StringProtocol) -> HTML { HTML(rendered: Escape.html(text)) }

    /// Markup we produced ourselves (or a site explicitly trusts): emitted as is.
    public static func raw(_ markup: String) -> HTML { HTML(rendered: markup) }

    public static func element(
        _ name: String, _ attributes: [(String, String?)] = [], _ content: HTML = .empty
    ) -> HTML {
        HTML(rendered: openTag(name, attributes) + content.rendered + "</\(name)>")
    }

    /// A void element such as `img` or `meta`.
    public static func void(_ name: String, _ attributes: [(String, String?)] = []) -> HTML {
        HTML(rendered: openTag(name, attributes))
    }

    public static func openTag(_ name: String, _ attributes: [(String, String?)]) -> String {
        var tag = "<" + name
        for (key, value) in attributes {
            guard let value else { continue }
            tag += " \(key)=\"\(Escape.html(value))\""
        }
        return tag + ">"
    }

    public static func + (lhs: HTML, rhs: HTML) -> HTML { HTML(rendered: lhs.rendered + rhs.rendered) }
    public static func += (lhs: inout HTML, rhs: HTML) { lhs.rendered += rhs.rendered }

    public static func joined(_ parts: [HTML], separator: String = "") -> HTML {
        HTML(rendered: parts.map(\.rendered).joined(separator: separator))
    }

    public var description: String { rendered }
}
