import Foundation
import Testing
import TestSupport

/// The real `minhbach catalog`, and parts and a merge reading it, on a starter site: what they
/// print, their exit codes, and the merged site against one build.
@Suite(.enabled(if: MinhBachExecutable.url != nil, "the minhbach executable is not in the products folder"))
struct CatalogCommandTests {
    @Test func catalogPartsAndMergeMakeTheSiteOneBuildMakes() throws {
        let parent = SiteTree.temporaryFolder("catalog-cli").appendingPathComponent("work")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        #expect(try StarterCommandTests.run(["new", "tinh-a"], in: parent).status == 0)
        let site = parent.appendingPathComponent("tinh-a")
        func run(_ arguments: [String], language: String = "C") throws -> (status: Int32, stdout: String, stderr: String) {
            try StarterCommandTests.run(arguments, in: site, environment: ["LANG": language])
        }

        let catalog = try run(["catalog", "trang.catalog"])
        #expect(catalog.status == 0 && catalog.stderr.isEmpty, "\(catalog.stderr)")
        let lines = catalog.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4 && lines[0].hasPrefix("[1/3] Loading content and theme… ") && lines[2].hasPrefix("[3/3] Writing the page catalog… "))
        #expect(lines.last?.hasPrefix("Catalogued ") == true && lines.last?.contains(" pages into trang.catalog in ") == true)

        #expect(try run(["build", "--output", "mot"]).status == 0)
        for part in ["1/2", "2/2"] {
            let built = try run(["build", "--shard", part, "--catalog", "trang.catalog", "--output", "phan-" + part.prefix(1)])
            #expect(built.status == 0 && built.stderr.isEmpty, "\(built.stderr)")
        }
        let merged = try run(["merge", "phan-1", "phan-2", "--catalog", "trang.catalog", "--output", "ghep"])
        #expect(merged.status == 0 && merged.stderr.isEmpty, "\(merged.stderr)")
        let one = SiteTree.read(site.appendingPathComponent("mot"))
        #expect(one.count > 10 && SiteTree.read(site.appendingPathComponent("ghep")) == one)

        try Data("ghi chú\n".utf8).write(to: site.appendingPathComponent("ghi-chu.txt"))
        let refused = try run(["catalog", "ghi-chu.txt"], language: "vi_VN.UTF-8")
        #expect(refused.status == 1)
        #expect(refused.stderr == """
            lỗi: 'ghi-chu.txt' không phải là danh mục trang: không ghi đè lên tệp đó
                gợi ý: chọn đường dẫn khác, hoặc xóa 'ghi-chu.txt' trước

            """)
        #expect(refused.stdout == "Không ghi danh mục trang: 1 lỗi; 'ghi-chu.txt' vẫn giữ nguyên.\n")
        #expect(try String(contentsOf: site.appendingPathComponent("ghi-chu.txt"), encoding: .utf8) == "ghi chú\n")
    }

    /// Ctrl-C or SIGTERM while the page catalog is written: FILE holds the previous catalog (or
    /// the new one, if the signal came after it was put in place), and nothing is left beside it.
    @Test func aSignalLeavesACatalogWholeAndNothingBesideIt() throws {
        let (folder, before, after) = try InterruptedBuildTests.project()
        // `build --content … --theme … --output out/site` as `catalog trang.catalog --content … --theme …`.
        let catalog = { (build: [String]) in ["catalog", "trang.catalog"] + build.dropFirst().dropLast(2) }
        let file = folder.appendingPathComponent("trang.catalog")
        #expect(try InterruptedBuildTests.run(catalog(after), in: folder).status == 0)
        let newCatalog = try Data(contentsOf: file)
        #expect(try InterruptedBuildTests.run(catalog(before), in: folder).status == 0)
        let oldCatalog = try Data(contentsOf: file)
        #expect(oldCatalog != newCatalog)

        var interrupted = 0
        for signal in [SIGINT, SIGTERM, SIGINT] {
            if try Data(contentsOf: file) != oldCatalog { #expect(try InterruptedBuildTests.run(catalog(before), in: folder).status == 0) }
            let run = try InterruptedBuildTests.start(catalog(after), in: folder)
            let name = ".minhbach-catalog-\(run.process.processIdentifier)"
            let reached = InterruptedBuildTests.wait(for: run) { FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path) }
            kill(run.process.processIdentifier, signal)
            run.process.waitUntilExit()
            #expect(reached, "never got there: \(run.printed)")
            let status = run.process.terminationStatus
            #expect(status == 128 + signal || status == 0)
            if status != 0 {
                interrupted += 1
                #expect(try Data(contentsOf: file) == oldCatalog)
                #expect(run.printed.contains("Catalog interrupted: 'trang.catalog' holds the previous catalog, or the new one if it was already in place"
                    + " (removed \(name))."), "\(run.printed)")
            } else {
                #expect(try Data(contentsOf: file) == newCatalog)
            }
            let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".minhbach-catalog") }
            #expect(left.isEmpty, "\(left)")
        }
        // Not a promise of timing, a check that the test tested something.
        #expect(interrupted > 0, "no signal landed while the catalog was written")
    }
}
