/// A file the loader read: where it is (for diagnostics and output paths) and its bytes.
public struct SourceFile: Sendable, Equatable {
    /// The path as printed in diagnostics: relative to the working folder when inside it.
    public var displayPath: String
    /// The path inside its root folder (`content/` or `theme/`), with `/` separators.
    public var relativePath: String
    public var bytes: [UInt8]

    public init(displayPath: String, relativePath: String, bytes: [UInt8]) {
        self.displayPath = displayPath
        self.relativePath = relativePath
        self.bytes = bytes
    }

    /// The text, without the byte-order mark Windows editors put first; nil when it is not
    /// UTF-8 (`text(diagnostics:)` says where).
    public var text: String? {
        bytes.starts(with: SourceText.byteOrderMark)
            ? String(validating: bytes.dropFirst(SourceText.byteOrderMark.count), as: UTF8.self)
            : String(validating: bytes, as: UTF8.self)
    }
}
