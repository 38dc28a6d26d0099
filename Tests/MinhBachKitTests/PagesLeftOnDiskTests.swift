import Diagnostics
import FileSystem
import Foundation
@testable import MinhBachKit
import TestSupport
import Testing

/// A one-shot build leaves the pages' files on disk: the loader does not read them, the parse
/// stage reads each for each of its passes, and a page's resolving reads it again to parse its
/// Markdown. A file that is not the one parsed any more stops the build.
struct PagesLeftOnDiskTests {
    static let page = "---\ntitle: Giới thiệu\ndescription: Trang đầu của đề án.\n---\n\n# Mục một\n\nVăn bản của trang.\n"

    static func loadedPage(in folder: URL, spill: PageSpill? = nil) throws -> (file: SourceFile, page: ParsedPage) {
        let path = folder.appendingPathComponent("gioi-thieu.md").path
        try Array(Self.page.utf8).write(to: path)
        var loader = ProjectLoader(contentDirectory: folder, themeDirectory: folder.appendingPathComponent("theme"),
                                   themeFolderIsOptional: true, workingDirectory: folder)
        loader.leavesFilesOnDisk = true
        var diagnostics = Diagnostics()
        let project = try #require(loader.load(diagnostics: &diagnostics))
        let left = try #require(project.pages.first)
        #expect(left.bytes.isEmpty && left.origin == path)
        let file = try #require(left.read(diagnostics: &diagnostics))
        let page = try #require(PageParser(prettyURLs: false).parse(file, diagnostics: &diagnostics))
        #expect(!diagnostics.hasErrors)
        page.release(to: spill)
        return (file, page)
    }

    @Test func aPageLeftOnDiskIsReadAgainAsItWasParsed() throws {
        let folder = SiteTree.temporaryFolder("left-on-disk")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (file, page) = try Self.loadedPage(in: folder)
        #expect(page.source.bytes.isEmpty)
        #expect(page.text == file.text)
        var diagnostics = Diagnostics()
        page.keepDocument(diagnostics: &diagnostics)
        #expect(diagnostics.all.isEmpty)
        #expect(page.document == PageParser.document(of: file))
        #expect(page.headings.map(\.id) == ["muc-mot"])
    }

    /// A page that is a link (inside the content folder) is read again from where the link leads;
    /// an ordinary page from its folder's path and its own.
    @Test func aLinkedPageIsReadAgainFromItsTarget() throws {
        let folder = SiteTree.temporaryFolder("left-linked")
        defer { try? FileManager.default.removeItem(at: folder) }
        let notes = folder.appendingPathComponent("ghi-chu")
        try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
        let target = notes.appendingPathComponent("goc.md").path
        try Array(Self.page.utf8).write(to: target)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("ban-sao.md").path, withDestinationPath: target)
        var loader = ProjectLoader(contentDirectory: folder, themeDirectory: folder.appendingPathComponent("theme"),
                                   themeFolderIsOptional: true, workingDirectory: folder)
        loader.leavesFilesOnDisk = true
        var diagnostics = Diagnostics()
        let pages = try #require(loader.load(diagnostics: &diagnostics)).pages
        #expect(pages.map(\.relativePath) == ["ban-sao.md", "ghi-chu/goc.md"])
        #expect(pages.map(\.origin) == [FileStatus.realPath(target), folder.path + "/ghi-chu/goc.md"])
        #expect(pages.allSatisfy { $0.bytes.isEmpty })
        let read = pages.compactMap { $0.read(diagnostics: &diagnostics) }
        #expect(read.map(\.text) == [Self.page, Self.page])
        #expect(read[0] != pages[0] && read[0].origin == pages[0].origin)
        #expect(diagnostics.all.isEmpty)
    }

    /// Its headings and description go to the build's scratch file, which leaves nothing in its
    /// folder, and come back as they were parsed, for every copy of the page.
    @Test func aPageKeepsItsHeadingsAndDescriptionInTheScratchFile() throws {
        let folder = SiteTree.temporaryFolder("headings-spilled")
        defer { try? FileManager.default.removeItem(at: folder) }
        let scratch = folder.appendingPathComponent("scratch")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let spill = try #require(PageSpill(folder: scratch.path))
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let (file, page) = try Self.loadedPage(in: content, spill: spill)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)
        var diagnostics = Diagnostics()
        let parsed = try #require(PageParser(prettyURLs: false).parse(file, diagnostics: &diagnostics))
        #expect(Array(page.headings) == Array(parsed.headings))
        #expect(page.headings.first(id: "muc-mot")?.location == SourceLocation(path: "gioi-thieu.md", line: 6, column: 1))
        #expect(page.description == "Trang đầu của đề án." && parsed.description == page.description)
        let copy = page
        #expect(copy.reference.headings.ids == ["muc-mot"])
        #expect(copy.reference.description == "Trang đầu của đề án.")
    }

    /// Each part comes back on its own: no description, no headings, or both.
    @Test func theScratchFileKeepsEachPartApart() throws {
        let folder = SiteTree.temporaryFolder("spill-parts")
        defer { try? FileManager.default.removeItem(at: folder) }
        let spill = try #require(PageSpill(folder: folder.path))
        let headings = HeadingList([HeadingEntry(id: "a", text: "A", level: 2, location: SourceLocation(path: "a.md", line: 3, column: 1))])
        for (list, description) in [(headings, nil), (HeadingList(), "Chỉ có mô tả"), (headings, ""), (headings, "Mô tả")] {
            let span = try #require(spill.keep(list, description: description))
            #expect(spill.headings(at: span) == list)
            #expect(spill.description(at: span) == description)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    /// A part of a sharded build takes each page's digest when it loads the site (its
    /// fingerprint is made of them): a page edited after that is refused when it is read.
    @Test func aPageDigestedWhenLoadedIsCheckedWhenRead() throws {
        let folder = SiteTree.temporaryFolder("digested")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("gioi-thieu.md").path
        try Array(Self.page.utf8).write(to: path)
        var loader = ProjectLoader(contentDirectory: folder, themeDirectory: folder.appendingPathComponent("theme"),
                                   themeFolderIsOptional: true, workingDirectory: folder)
        loader.leavesFilesOnDisk = true
        loader.digestsFilesLeftOnDisk = true
        var diagnostics = Diagnostics()
        let left = try #require(loader.load(diagnostics: &diagnostics)?.pages.first)
        #expect(left.bytes.isEmpty && left.leftDigest == ByteDigest.of(Array(Self.page.utf8)))
        #expect(left.read(diagnostics: &diagnostics)?.text == Self.page)
        #expect(diagnostics.all.isEmpty)

        try Array(Self.page.replacingOccurrences(of: "Mục một", with: "Mục hai").utf8).write(to: path)
        #expect(left.read(diagnostics: &diagnostics) == nil)
        #expect(diagnostics.all.map(\.text.key) == ["load.changed-while-building"])
    }

    /// What the build only copies — a document's signed scan, a spreadsheet, an archive — and
    /// images, whose size it reads from their first bytes, stay on disk with the pages; what it
    /// reads (data, maps, SVG for what it runs) is read as the site is loaded.
    @Test func attachmentsAreLeftOnDiskWithThePages() throws {
        let folder = SiteTree.temporaryFolder("attachments")
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = ["ban-ky.PDF", "bieu-mau.docx", "so-lieu.csv", "anh.png", "ban-do.geojson", "hinh.svg", "ghi-chu.txt", "tep.pdf/doc.md", "khong-duoi"]
        for name in names {
            let path = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Array("nội dung \(name)".utf8).write(to: path.path)
        }
        var loader = ProjectLoader(contentDirectory: folder, themeDirectory: folder.appendingPathComponent("theme"),
                                   themeFolderIsOptional: true, workingDirectory: folder)
        loader.leavesFilesOnDisk = true
        var diagnostics = Diagnostics()
        let project = try #require(loader.load(diagnostics: &diagnostics))
        let left = (project.pages + project.files).filter(\.bytes.isEmpty).map(\.relativePath).sorted()
        #expect(left == ["anh.png", "ban-ky.PDF", "bieu-mau.docx", "tep.pdf/doc.md"])
        let scan = try #require(project.files.first { $0.relativePath == "ban-ky.PDF" })
        #expect(scan.read(diagnostics: &diagnostics)?.bytes == Array("nội dung ban-ky.PDF".utf8))
        #expect(diagnostics.all.isEmpty)
    }

    /// An image left on disk has the size read from its first bytes; a JPEG whose metadata runs
    /// past them is read whole.
    @Test func anImageLeftOnDiskHasItsSize() throws {
        let folder = SiteTree.temporaryFolder("image-size")
        defer { try? FileManager.default.removeItem(at: folder) }
        func png(width: UInt8, height: UInt8) -> [UInt8] {
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8) + [0, 0, 1, width, 0, 0, 0, height] + [8, 6, 0, 0, 0]
        }
        /// A JPEG: `metadata` bytes of APP segments (64 KB each at most, as the format says), then its frame.
        func jpeg(metadata: Int) -> [UInt8] {
            var bytes: [UInt8] = [0xFF, 0xD8]
            var left = metadata
            while left > 0 {
                let length = min(left, 65533)
                bytes += [0xFF, 0xE1, UInt8((length + 2) >> 8), UInt8((length + 2) & 0xFF)] + [UInt8](repeating: 0x41, count: length)
                left -= length
            }
            return bytes + [0xFF, 0xC0, 0, 17, 8, 0x02, 0x58, 0x03, 0x20, 3] + [UInt8](repeating: 0, count: 20)
        }
        let images = [("anh.png", png(width: 0x40, height: 0x30), (320, 48)), ("nho.jpg", jpeg(metadata: 1000), (800, 600)),
                      ("exif-lon.jpg", jpeg(metadata: 400_000), (800, 600))]
        for (name, bytes, _) in images { try bytes.write(to: folder.appendingPathComponent(name).path) }
        var loader = ProjectLoader(contentDirectory: folder, themeDirectory: folder.appendingPathComponent("theme"),
                                   themeFolderIsOptional: true, workingDirectory: folder)
        loader.leavesFilesOnDisk = true
        var diagnostics = Diagnostics()
        let files = try #require(loader.load(diagnostics: &diagnostics)).files
        for (name, bytes, size) in images {
            let file = try #require(files.first { $0.relativePath == name })
            #expect(file.bytes.isEmpty)
            #expect(ImageSize.of(file).map { [$0.width, $0.height] } == [size.0, size.1], "\(name)")
            #expect(ImageSize.of(bytes).map { [$0.width, $0.height] } == [size.0, size.1], "\(name)")
        }
        #expect(jpeg(metadata: 400_000).count > ImageSize.headerLength)
    }

    /// The digest is the same in every process (no seed), and any one byte changed changes it.
    @Test func aDigestTellsEveryByteAndTheLength() {
        let bytes = Array("Kế hoạch số 12-KH/BDVTU ngày 3/3/2025".utf8)
        #expect(ByteDigest.of(bytes) == ByteDigest.of(Array(bytes)))
        var seen: Set<UInt64> = [ByteDigest.of(bytes), ByteDigest.of([]), ByteDigest.of([0])]
        #expect(seen.count == 3)
        for index in bytes.indices {
            var changed = bytes
            changed[index] ^= 0x20
            seen.insert(ByteDigest.of(changed))
            seen.insert(ByteDigest.of(Array(bytes[..<index])))
        }
        #expect(seen.count == 3 + 2 * bytes.count - 1)
    }

    @Test func aPageChangedAfterItWasParsedStopsTheBuild() throws {
        let folder = SiteTree.temporaryFolder("changed")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, page) = try Self.loadedPage(in: folder)
        try Array(Self.page.replacingOccurrences(of: "Mục một", with: "Mục hai").utf8).write(to: folder.appendingPathComponent("gioi-thieu.md").path)
        var diagnostics = Diagnostics()
        page.keepDocument(diagnostics: &diagnostics)
        #expect(diagnostics.hasErrors)
        #expect(diagnostics.all.map(\.text.key) == ["load.changed-while-building"])
        #expect(diagnostics.all.first?.location == SourceLocation(path: "gioi-thieu.md", line: 1, column: 1))

        try FileManager.default.removeItem(at: folder.appendingPathComponent("gioi-thieu.md"))
        var gone = Diagnostics()
        page.keepDocument(diagnostics: &gone)
        #expect(gone.all.map(\.text.key) == ["load.cannot-read"])
    }
}

private extension Array where Element == UInt8 {
    func write(to path: String) throws {
        try Data(self).write(to: URL(fileURLWithPath: path))
    }
}
