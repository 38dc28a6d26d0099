import Diagnostics
import FileSystem
import Foundation
import Formatting

/// What `minhbach catalog` writes once for a sharded build, and each part and the merge read
/// (`--catalog`): what every page's Markdown tells the rest of the site — whether it has text,
/// what it cites, its headings — so that a part parses only the Markdown of the pages it makes,
/// and the merge none. Front matter and data stay with each part: they are read in a fraction of
/// the time (`docs/scaling.md`).
///
/// The file: a first line with the format's version, the `SourceFingerprint` of the content,
/// theme and options it was made from, each page's headings and description (`PageSpill`), then
/// the index — per edition, each page's path in the content folder, whether it has text, its
/// citations and where its headings are — and last, where the index starts (8 bytes, low first).
/// A catalog made from other files or options than the build reading it is refused whole.
struct PageCatalog: Sendable {
    static let firstLine = Array("MinhBach page catalog 1\n".utf8)
    /// The first line, the fingerprint (16 hex digits) and a newline.
    static let headerLength = firstLine.count + 17

    /// As problems name it.
    let name: String
    /// The file the pages' headings are read from, for the whole build.
    let spill: PageSpill
    /// Per edition (the site's language first), each page's by its path in the content folder.
    private let bodies: [[String: PageBody]]

    /// What the catalog says of the page `file` in the edition `number`; nil, said, when it
    /// has nothing for the page.
    func body(of file: SourceFile, edition number: Int, _ problems: inout Diagnostics) -> PageBody? {
        guard let body = number < bodies.count ? bodies[number][file.relativePath] : nil else {
            problems.error(at: SourceLocation(path: file.displayPath, line: 1, column: 1), Message("catalog.page-missing", ["file": .text(name)]),
                           hint: Message("catalog.make-hint", ["file": .text(name)]))
            return nil
        }
        return body
    }

    /// Whether the file at `path` begins as a catalog does: one `minhbach catalog` may replace.
    static func isCatalog(at path: String) -> Bool {
        guard let file = ScratchFile(readingAt: path), file.end >= firstLine.count else { return false }
        return file.bytes(ScratchFile.Span(offset: 0, length: firstLine.count)) == firstLine
    }

    /// The catalog at `url`, if it is one made from `fingerprint`; nil, the problem said, if not.
    static func open(_ url: URL, named name: String, fingerprint: String, diagnostics: inout Diagnostics) -> PageCatalog? {
        let hint = Message("catalog.make-hint", ["file": .text(name)])
        guard let file = ScratchFile(readingAt: url.path) else {
            diagnostics.error(at: nil, Message("catalog.cannot-read", ["file": .text(name)]), hint: hint)
            return nil
        }
        let trailer = file.end >= headerLength + 8 ? file.bytes(ScratchFile.Span(offset: file.end - 8, length: 8)) : []
        let indexStart = trailer.reversed().reduce(0) { $0 << 8 | Int($1) }
        let header = file.end >= headerLength ? file.bytes(ScratchFile.Span(offset: 0, length: headerLength)) : []
        guard header.starts(with: firstLine), trailer.count == 8, (headerLength...file.end - 8).contains(indexStart),
              let bodies = readIndex(file.bytes(ScratchFile.Span(offset: indexStart, length: file.end - 8 - indexStart)),
                                     fieldsEnd: indexStart) else {
            diagnostics.error(at: nil, Message("catalog.not-a-catalog", ["file": .text(name)]), hint: hint)
            return nil
        }
        guard header[firstLine.count..<headerLength - 1].elementsEqual(fingerprint.utf8) else {
            diagnostics.error(at: nil, Message("catalog.other-source", ["file": .text(name)]), hint: hint)
            return nil
        }
        return PageCatalog(name: name, spill: PageSpill(file: file), bodies: bodies)
    }

    /// The index's bytes read; nil when they are not an index whose spans lie in the fields'
    /// part of the file (before `fieldsEnd`).
    private static func readIndex(_ bytes: [UInt8], fieldsEnd: Int) -> [[String: PageBody]]? {
        var at = 0
        func text() -> String? {
            guard let run = VarInt.readRun(bytes, at: &at) else { return nil }
            return String(validating: bytes[run], as: UTF8.self)
        }
        func flag() -> Bool? {
            guard at < bytes.count, bytes[at] < 2 else { return nil }
            defer { at += 1 }
            return bytes[at] == 1
        }
        guard let editionCount = VarInt.read(bytes, at: &at), editionCount <= bytes.count else { return nil }
        var editions: [[String: PageBody]] = []
        for _ in 0..<editionCount {
            guard let pageCount = VarInt.read(bytes, at: &at), pageCount <= bytes.count else { return nil }
            var pages: [String: PageBody] = [:]
            pages.reserveCapacity(pageCount)
            for _ in 0..<pageCount {
                guard let path = text(), let hasText = flag(), let hasFields = flag() else { return nil }
                var fields: ScratchFile.Span?
                if hasFields {
                    guard let offset = VarInt.read(bytes, at: &at), let length = VarInt.read(bytes, at: &at),
                          offset >= headerLength, length <= fieldsEnd - offset else { return nil }
                    fields = ScratchFile.Span(offset: offset, length: length)
                }
                guard let citationCount = VarInt.read(bytes, at: &at), citationCount <= bytes.count else { return nil }
                var names: [PageCitations.Name] = []
                for _ in 0..<citationCount {
                    guard let name = text(), let isRole = flag() else { return nil }
                    names.append(PageCitations.Name(text: name, isRole: isRole))
                }
                pages[path] = PageBody(hasText: hasText, citations: PageCitations(names: names), fields: fields)
            }
            editions.append(pages)
        }
        return at == bytes.count ? editions : nil
    }

    /// A catalog being written, at a path of its own until it is complete: the parse stage puts
    /// each page's headings and description in it (`spill`), then tells it each page made.
    final class Writer {
        private let file: ScratchFile
        let spill: PageSpill
        private var editions: [[(path: String, body: PageBody)]] = []

        /// Nil when the file cannot be made at `path`.
        init?(path: String, fingerprint: String) {
            guard let file = ScratchFile(creatingAt: path) else { return nil }
            guard file.append(PageCatalog.firstLine + Array(fingerprint.utf8) + [UInt8(ascii: "\n")]) != nil else {
                unlink(path)
                return nil
            }
            (self.file, spill) = (file, PageSpill(file: file))
        }

        /// Whether a page's headings could not be written (a full disk): the catalog is then
        /// not finished.
        private(set) var failed = false

        /// Records `page` of `edition`, parsed and let go to `spill`.
        func record(_ page: ParsedPage, edition: Int) {
            guard let body = page.body(keptIn: spill) else {
                failed = true
                return
            }
            while editions.count <= edition { editions.append([]) }
            editions[edition].append((page.source.relativePath, body))
        }

        /// The index and where it starts, written after the fields; false when the disk refused.
        func finish() -> Bool {
            guard !failed else { return false }
            let indexStart = file.end
            var index: [UInt8] = []
            func append(_ text: String) {
                VarInt.append(text.utf8.count, to: &index)
                index += text.utf8
            }
            VarInt.append(editions.count, to: &index)
            for pages in editions {
                VarInt.append(pages.count, to: &index)
                for (path, body) in pages {
                    append(path)
                    index += [body.hasText ? 1 : 0, body.fields == nil ? 0 : 1]
                    if let fields = body.fields {
                        VarInt.append(fields.offset, to: &index)
                        VarInt.append(fields.length, to: &index)
                    }
                    VarInt.append(body.citations.names.count, to: &index)
                    for name in body.citations.names {
                        append(name.text)
                        index.append(name.isRole ? 1 : 0)
                    }
                }
            }
            index += (0..<8).map { UInt8(truncatingIfNeeded: indexStart >> (8 * $0)) }
            return file.append(index) != nil && file.synchronize()
        }
    }
}
