import Foundation
import MinhBachKit
import Testing
import TestSupport
import ZIPFoundation

/// The downloads for office users and machines: CSVs with a BOM, workbooks whose numbers are the
/// CSV's, one zip of the whole, the cited data files published, nothing internal in any of them
/// in the public build, and the same bytes at every build.
struct DownloadsTests {
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The entries of a zip (a workbook too), by path.
    static func unzip(_ bytes: [UInt8]) throws -> [String: [UInt8]] {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        var entries: [String: [UInt8]] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            entries[entry.path] = Array(data)
        }
        return entries
    }

    @Test func everyCSVStartsWithAByteOrderMark() {
        let csvs = DataTests.demo.tree.filter { $0.key.hasSuffix(".csv") }
        #expect(csvs.count > 200)
        for (path, bytes) in csvs { #expect(bytes.starts(with: Self.bom), "\(path)") }
        #expect(String(decoding: DataTests.demo.tree["chi-tieu/ho-ngheo-ty-le.csv"]!.dropFirst(3), as: UTF8.self).hasPrefix("indicator,unit,"))
    }

    /// The poverty rate's sheet stores each value of its CSV as a number (`<c r="E2"><v>30.58</v></c>`).
    @Test func workbookNumbersAreTheCSVNumbers() throws {
        let csv = String(decoding: try #require(DataTests.demo.tree["chi-tieu/ho-ngheo-ty-le.csv"]).dropFirst(3), as: UTF8.self)
        let values = csv.split(separator: "\r\n").dropFirst().map { String($0.split(separator: ",", omittingEmptySubsequences: false)[4]) }
        #expect(values.contains("30.58"))
        let parts = try Self.unzip(try #require(DataTests.demo.tree["chi-tieu/ho-ngheo-ty-le.xlsx"]))
        let sheet = String(decoding: try #require(parts["xl/worksheets/sheet1.xml"]), as: UTF8.self)
        for (index, value) in values.enumerated() {
            #expect(sheet.contains("<c r=\"E\(index + 2)\"><v>\(value)</v></c>"), "E\(index + 2) = \(value)")
        }
        #expect(!sheet.contains("t=\"s\"") && !sheet.contains("<f>"))
        let workbook = String(decoding: try #require(parts["xl/workbook.xml"]), as: UTF8.self)
        #expect(workbook.contains("<sheet name=\"ho-ngheo-ty-le\"") && workbook.contains("<sheet name=\"Định nghĩa\""))
        let english = try Self.unzip(try #require(DataTests.demo.tree["en/chi-tieu/ho-ngheo-ty-le.xlsx"]))
        #expect(String(decoding: english["xl/workbook.xml"] ?? [], as: UTF8.self).contains("<sheet name=\"Definitions\""))
        // The whole's workbook: a sheet per indicator, the units registry, the definitions.
        let whole = String(decoding: try Self.unzip(try #require(DataTests.demo.tree["chi-tieu/du-lieu.xlsx"]))["xl/workbook.xml"] ?? [], as: UTF8.self)
        #expect(regexCaptures("<sheet name=", in: whole).count == DataTests.demo.tree.keys.filter { $0.hasPrefix("chi-tieu/") && $0.hasSuffix(".csv") }.count + 1)
    }

    /// The zip holds every CSV of the package, the package and the README, byte for byte; the
    /// data files the values cite are published where the pages link them.
    @Test func archiveHoldsThePackageAndTheCitedFilesArePublished() throws {
        let tree = DataTests.demo.tree
        let entries = try Self.unzip(try #require(tree["chi-tieu/du-lieu.zip"]))
        for (path, bytes) in tree where path.hasPrefix("chi-tieu/") && (path.hasSuffix(".csv") || path.hasSuffix("datapackage.json")) {
            #expect(entries[String(path.dropFirst("chi-tieu/".count))] == bytes, "\(path)")
        }
        let readme = String(decoding: try #require(entries["README.txt"]), as: UTF8.self)
        #expect(readme.contains("datapackage.json") && readme.contains("Units registry") && readme.contains("so-lieu/de-an-dien-bien-so-lieu.csv"))
        // The file's text, a BOM first and CRLF line ends: its rows keep their numbers.
        let source = try String(contentsOf: Fixtures.projectRoot.appendingPathComponent("content/so-lieu/de-an-dien-bien-so-lieu.csv"), encoding: .utf8)
        #expect(!source.contains("\r"))
        let published = Self.bom + Array(source.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        #expect(tree["so-lieu/de-an-dien-bien-so-lieu.csv"] == published)
        #expect(entries["so-lieu/de-an-dien-bien-so-lieu.csv"] == published)
        #expect(DataTests.text("chi-tieu/ho-ngheo-ty-le.html")
            .contains("<a href=\"../so-lieu/de-an-dien-bien-so-lieu.csv\">so-lieu/de-an-dien-bien-so-lieu.csv</a>, dòng 3"))
        #expect(DataTests.text("chi-tieu/index.html").contains("<a href=\"du-lieu.zip\">Toàn bộ dữ liệu (ZIP"))
    }

    /// The public build: a data file with internal rows, or with rows of an internal indicator, is
    /// not published; a file all public is; no zip or workbook holds an internal marker; two
    /// builds give the same workbooks and zips byte for byte.
    @Test func publicBuildPublishesOnlyWhollyPublicFilesAndIsStable() throws {
        let audience = AudienceTests()
        let site = try audience.copyOfFixture("downloads-source") { content in
            try Data("indicator,unit,period,value\r\ncan-bo,huyen-a,2022,3\r\n".utf8)
                .write(to: content.appendingPathComponent("so-lieu/cong-khai-het.csv"))
            try Data("indicator,unit,period,value\ncan-bo,huyen-b,2022,4\nchi-tieu-noi-bo,huyen-b,2022,9\n".utf8)
                .write(to: content.appendingPathComponent("so-lieu/hon-hop.csv"))
            for name in ["cong-khai-het", "hon-hop"] {
                try Data("decimal: \",\"\nthousands: \".\"\n".utf8).write(to: content.appendingPathComponent("so-lieu/\(name).yml"))
            }
        }
        let (report, tree) = audience.build("downloads-public", site: site)
        #expect(report.succeeded, "\(report.diagnostics.all)")
        let published = tree.keys.filter { $0.contains("so-lieu/") }.sorted()
        #expect(published == ["en/so-lieu/cong-khai-het.csv", "so-lieu/cong-khai-het.csv"])
        #expect(tree["so-lieu/cong-khai-het.csv"] == Self.bom + Array("indicator,unit,period,value\r\ncan-bo,huyen-a,2022,3\r\n".utf8))
        let containers = tree.filter { $0.key.hasSuffix(".zip") || $0.key.hasSuffix(".xlsx") }
        #expect(containers.count >= 6)
        for (path, bytes) in containers {
            for (entry, content) in try Self.unzip(bytes) {
                let text = String(decoding: content, as: UTF8.self)
                for marker in AudienceTests.markers { #expect(!text.contains(marker), "\(path): \(entry) contains \(marker)") }
                #expect(!text.contains("chi-tieu-noi-bo") && !text.contains("400"), "\(path): \(entry)")
            }
        }
        let zip = try Self.unzip(try #require(tree["chi-tieu/du-lieu.zip"]))
        #expect(zip.keys.filter { $0.hasPrefix("so-lieu/") } == ["so-lieu/cong-khai-het.csv"])
        let (_, again) = audience.build("downloads-public-again", site: site)
        for (path, bytes) in containers { #expect(again[path] == bytes, "\(path) differs between two builds") }
        // The internal build publishes every data file the values cite.
        let (_, internalTree) = audience.build("downloads-internal", audience: .internal, site: site)
        #expect(Set(internalTree.keys.filter { $0.hasPrefix("so-lieu/") })
            == ["so-lieu/cong-khai.csv", "so-lieu/noi-bo.csv", "so-lieu/cong-khai-het.csv", "so-lieu/hon-hop.csv"])
    }
}
