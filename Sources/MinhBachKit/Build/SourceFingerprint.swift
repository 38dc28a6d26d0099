import Parallel

/// A hash of everything a build is made from — every file of the content and the theme, by
/// path and the digest of its bytes (`ByteDigest`; a page left on disk by the one the loader
/// took, `SourceFile.leftDigest`), and the options that change the output — so that a merge can
/// tell that its parts were made from the same site as itself. FNV-1a, 64 bits: a guard against
/// mistakes (a part built before an edit, or with another `--base-url`), not against forgery.
struct SourceFingerprint {
    private var value: UInt64 = 0xcbf2_9ce4_8422_2325

    init(_ project: LoadedProject, options: BuildOptions) {
        let theme = project.theme
        var files = [project.config].compactMap { $0 } + project.pages + project.files
        for language in project.translations.keys.sorted() {
            files += [project.translations[language]!.config].compactMap { $0 } + project.translations[language]!.pages
        }
        files += theme.templates.keys.sorted().map { theme.templates[$0]! } + theme.staticFiles
            + theme.strings.keys.sorted().map { theme.strings[$0]! }
        let digests = files.parallelMap { file in
            assert(!file.bytes.isEmpty || file.origin == nil || file.leftDigest != nil, "a file left on disk without its digest")
            return file.leftDigest ?? file.digest
        }
        for (file, digest) in zip(files, digests) {
            add(Array(file.relativePath.utf8))
            add(withUnsafeBytes(of: digest.littleEndian, Array.init))
        }
        add(Array("base-url \(options.baseURL ?? "-") audience \(options.audience?.rawValue ?? "-") drafts \(options.includeDrafts)".utf8))
    }

    /// Each piece with its length first, so that no two lists of pieces give the same bytes.
    private mutating func add(_ bytes: [UInt8]) {
        var count = UInt64(bytes.count)
        for _ in 0..<8 {
            mix(UInt8(truncatingIfNeeded: count))
            count >>= 8
        }
        for byte in bytes { mix(byte) }
    }

    private mutating func mix(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    var text: String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
