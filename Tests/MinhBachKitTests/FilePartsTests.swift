import FileSystem
import Foundation
@testable import MinhBachKit
import Testing
import TestSupport

/// A file too big to hold whole — the JSON listing of a million documents — is made a part at a
/// time as it is compared with the old site and written: the site is the one a whole file makes.
@Suite struct FilePartsTests {
    /// `text` in parts of `size` bytes.
    static func parts(_ text: String, size: Int) -> FileParts { parts(Array(text.utf8), size: size) }

    static func parts(_ bytes: [UInt8], size: Int) -> FileParts {
        FileParts { part in
            for start in stride(from: 0, to: bytes.count, by: size) where !part(Array(bytes[start..<min(start + size, bytes.count)])) { return }
        }
    }

    @Test func aJSONListingInPartsIsTheWholeOne() {
        let element = { (index: Int) -> Any in ["id": "van-ban/\(index)", "title": "Kế hoạch số \(index)", "kind": "ke-hoach"] }
        let whole = JSONWriter.bytes(key: "documents", count: 40, element: element)
        var parts: [[UInt8]] = []
        JSONWriter.parts(key: "documents", count: 40, partBytes: 100, element: element) { part in
            parts.append(part)
            return true
        }
        #expect(parts.count > 10)
        #expect(parts.joined().elementsEqual(whole))
        var asked = 0
        JSONWriter.parts(key: "documents", count: 40, partBytes: 100, element: element) { _ in
            asked += 1
            return asked < 3
        }
        #expect(asked == 3)
        #expect(JSONWriter.bytes(key: "documents", count: 0, element: element) == Array("{\n  \"documents\" : []\n}\n".utf8))
    }

    @Test func aFileInPartsIsWrittenAndComparedAsAWholeOne() throws {
        let folder = SiteTree.temporaryFolder("parts")
        let path = folder.appendingPathComponent("index.json").path
        let text = "{\"documents\" : [\"Kế hoạch\", \"Đề án\"]}\n"
        try FileBytes.write(path, parts: Self.parts(text, size: 7).make)
        #expect(FileBytes.read(path) == Array(text.utf8))
        #expect(FileBytes.holds(path, parts: Self.parts(text, size: 5).make))
        #expect(!FileBytes.holds(path, parts: Self.parts(text + " ", size: 5).make))
        #expect(!FileBytes.holds(path, parts: Self.parts(String(text.dropLast()), size: 5).make))
        #expect(!FileBytes.holds(path, parts: Self.parts(text.replacingOccurrences(of: "Đề", with: "De"), size: 5).make))
        #expect(!FileBytes.holds(folder.appendingPathComponent("missing.json").path, parts: Self.parts(text, size: 5).make))
        #expect(OutputFile(path: "a.json", parts: Self.parts(text, size: 3)) == OutputFile(path: "a.json", text: text))
    }

    /// The old site's file is kept (its modification time with it) when the parts make the same
    /// bytes, and written anew when they do not.
    @Test func theWriterKeepsAnUnchangedFileInPartsAndWritesAChangedOne() {
        let (_, output) = OutputStreamTests.oldSite()
        let inParts = { (files: [OutputFile]) in files.map { OutputFile(path: $0.path, parts: Self.parts($0.bytes, size: 4)) } }
        let disk = DyingDisk()
        let (unchanged, quiet) = OutputStreamTests.stream(inParts(TwoSites.old), to: output, disk.operations, batch: 3)
        #expect(quiet.all.isEmpty)
        #expect(disk.log.isEmpty, "steps taken: \(disk.log)")
        #expect(unchanged.written == 0)
        let (changes, diagnostics) = OutputStreamTests.stream(inParts(TwoSites.new), to: output, batch: 2)
        #expect(diagnostics.all.isEmpty)
        #expect(SiteTree.read(output) == TwoSites.newTree)
        #expect(changes == SiteWriter.Changes(written: 4, unchanged: 4, removed: 1))
    }
}
