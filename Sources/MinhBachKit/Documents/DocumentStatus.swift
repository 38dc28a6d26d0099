/// Whether a document applies (tình trạng hiệu lực).
public enum DocumentStatus: String, Sendable, CaseIterable {
    case draft, inForce = "in-force", expired, superseded

    /// The key of its label in the theme's strings.
    var stringKey: String { "status_" + rawValue.replacingOccurrences(of: "-", with: "_") }
}
