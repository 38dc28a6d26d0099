import Diagnostics

/// Who a build is for. The public build is the transparency portal: nothing marked internal
/// reaches it, not even as a number computed from internal rows. The internal build is for the
/// intranet: everything, every page marked as not for publication and kept out of search engines.
public enum Audience: String, Sendable, CaseIterable, Equatable {
    case `public`, `internal`

    /// What `--audience` and `site.yml`'s `audience:` accept.
    public static let hintMessage = Message("audience.values")
}
