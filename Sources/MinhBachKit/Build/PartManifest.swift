import Foundation
import Search

/// What a part of a sharded build leaves at the top of its folder: every file it made, with the
/// page or section that made it, so that the merge can place each where the single build makes
/// it, and the fingerprint of what it was built from, so that the merge joins only parts of the
/// same site.
struct PartManifest: Codable, Equatable {
    static let fileName = ".minhbach-part.json"
    static let currentVersion = 1

    var version = Self.currentVersion
    /// Counted from 1, of `parts`.
    var part: Int
    var parts: Int
    /// `SourceFingerprint` of the content, theme and options.
    var source: String
    var files: [Entry] = []

    /// One file: the edition (0 for the site's language) and the page or section whose file it
    /// is, its path without the edition's language folder, and its search kind.
    struct Entry: Codable, Equatable {
        var edition: Int
        var unit: Unit
        var path: String
        var searchKind: Int?

        enum CodingKeys: String, CodingKey {
            case edition = "e", unit = "u", path = "p", searchKind = "k"
        }
    }

    /// A page (with its charts), by its source's path in its edition; a section's own files, by
    /// the section's position; or the content files the part's pages link to: written
    /// `p:van-ban/x.md`, `s:2` or `c`.
    enum Unit: Hashable, Codable {
        case page(String)
        case section(Int)
        case copies

        init(from decoder: Decoder) throws {
            let text = try decoder.singleValueContainer().decode(String.self)
            if text.hasPrefix("p:") {
                self = .page(String(text.dropFirst(2)))
            } else if text.hasPrefix("s:"), let number = Int(text.dropFirst(2)) {
                self = .section(number)
            } else if text == "c" {
                self = .copies
            } else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unit \(text)"))
            }
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .page(let path): try container.encode("p:" + path)
            case .section(let number): try container.encode("s:\(number)")
            case .copies: try container.encode("c")
            }
        }
    }

    static func entries(_ files: [OutputFile], edition: Int, unit: Unit) -> [Entry] {
        files.map { Entry(edition: edition, unit: unit, path: $0.path, searchKind: $0.searchKind?.rawValue) }
    }

    var file: OutputFile {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return OutputFile(path: Self.fileName, bytes: Array((try? encoder.encode(self)) ?? Data()))
    }
}
