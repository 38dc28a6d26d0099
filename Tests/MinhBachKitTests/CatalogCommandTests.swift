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
}
