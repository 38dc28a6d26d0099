import Foundation

/// The default theme — templates, styles, scripts, interface strings — compiled into the
/// binary from the repository's `theme/` by the EmbedTheme plugin, so that a site needs no
/// theme folder and the binary needs no files beside it. `BuiltInThemeTests` checks that it is
/// `theme/`, byte for byte.
public enum BuiltInTheme {
    public struct File: Sendable, Equatable {
        /// The path inside the theme, with `/` separators: `templates/layout.mustache`.
        public var path: String
        public var bytes: [UInt8]
    }

    /// Every file, sorted by path; decoded once, when first asked for.
    public static let files: [File] = encodedFiles.map { file in
        // The plugin wrote the base64 itself: it always decodes.
        File(path: file.path, bytes: [UInt8](Data(base64Encoded: file.base64)!))
    }
}
