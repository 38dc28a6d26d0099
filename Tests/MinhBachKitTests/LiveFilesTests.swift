import Foundation
import Markup
import MinhBachKit
import Testing
import TestSupport

/// Files of the content that a browser would run: published only when the site says so.
struct LiveFilesTests {
    /// Without `raw_files`, an `.html`, `.xml` or `.js` file is refused where it is linked, and
    /// an SVG wherever it holds something live — each at its reference, nothing written.
    @Test func liveFilesAreRefusedWhereTheyAreUsed() throws {
        let (folder, output, before) = try previousSite("live-files")
        let report = buildSite(fixtureSite("live-files"), output: output)
        #expect(!report.wroteOutput)
        try Golden.check(report.diagnostics.sorted.map(\.description).joined(separator: "\n") + "\n",
                         named: "live-files/diagnostics.txt")
        #expect(SiteTree.read(output) == before)
        _ = folder
    }

    /// The clean drawing alone is published, byte for byte.
    @Test func aCleanSVGIsPublishedAsItIs() throws {
        let site = SiteTree.temporaryFolder("clean-svg")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("content/tep"), withIntermediateDirectories: true)
        let drawing = try Data(contentsOf: fixtureSite("live-files").appendingPathComponent("content/tep/so-do.svg"))
        try drawing.write(to: site.appendingPathComponent("content/tep/so-do.svg"))
        try Data("---\ntitle: T\n---\n\n![Sơ đồ](tep/so-do.svg)\n".utf8).write(to: site.appendingPathComponent("content/index.md"))
        let (report, tree) = buildTree(site, "clean-svg-out")
        #expect(report.succeeded, "\(report.diagnostics.all)")
        #expect(tree["tep/so-do.svg"] == Array(drawing))
    }

    /// A site that opts in publishes every one of them as it is.
    @Test func rawFilesPublishesThemAsTheyAre() throws {
        let site = SiteTree.temporaryFolder("raw-files")
        try? FileManager.default.removeItem(at: site)
        try FileManager.default.copyItem(at: fixtureSite("live-files"), to: site)
        try Data("raw_files: true\n".utf8).write(to: site.appendingPathComponent("content/site.yml"))
        let (report, tree) = buildTree(site, "raw-files-out")
        #expect(report.succeeded, "\(report.diagnostics.all)")
        for name in ["trang.html", "script.svg", "du-lieu.xml", "ma.js", "onload.svg", "ngoai.svg", "TRANG-HOA.SVG"] {
            let source = try Data(contentsOf: site.appendingPathComponent("content/tep/\(name)"))
            #expect(tree["tep/\(name)"] == Array(source), "\(name)")
        }
    }

    @Test(arguments: [
        (#"<svg><script>alert(1)</script></svg>"#, "it contains a <script> element"),
        (#"<svg><SCRIPT xlink:href="x.js"/></svg>"#, "it contains a <script> element"),
        (#"<svg onload="alert(1)"/>"#, "it has an event handler (onload)"),
        (#"<svg><rect/ onclick ='x'></svg>"#, "it has an event handler (onclick)"),
        (#"<svg><g ev:onactivate="x"/></svg>"#, "it has an event handler (onactivate)"),
        (#"<svg><a href="javascript:alert(1)"><text>x</text></a></svg>"#, "it contains a script address (javascript:)"),
        (#"<svg><a xlink:href = "https://evil.example/"/></svg>"#, "it refers to another file or address (https://evil.example/)"),
        (#"<svg><image href='../../etc/x.png'/></svg>"#, "it refers to another file or address (../../etc/x.png)"),
        (#"<svg><rect style="fill:url(https://t.example/p)"/></svg>"#, "it refers to another file or address (https://t.example/p)"),
        (#"<svg><style>@import 'x.css';</style></svg>"#, "its style imports another file (@import)"),
        (#"<!DOCTYPE svg [<!ENTITY x "y">]><svg>&x;</svg>"#, "it declares a DTD or entities"),
        (#"<svg><foreignObject><div/></foreignObject></svg>"#, "it contains a <foreignobject> element"),
        (#"<svg><a><set attributeName="href" to="x"/></a></svg>"#, "it animates a link address (<set> of href)"),
        (#"<svg><image href="data:text/html;base64,PHNjcmlwdD4="/></svg>"#, "it refers to another file or address (data:text/html;base64,phnjcmlwdd4=)"),
        (#"<svg><iframe src="x"/></svg>"#, "it contains a <iframe> element"),
    ])
    func liveSVGIsRefusedWithItsReason(svg: String, reason: String) {
        #expect(SVGSafety.problem(in: Array(svg.utf8)) == reason)
    }

    @Test func drawingsWithOnlyInnerReferencesPass() {
        let drawing = #"""
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
              <defs><clipPath id="c"><rect width="1" height="1"/></clipPath></defs>
              <g clip-path="url(#c)" style="fill: url('#c')"><use xlink:href="#c" href="#c"/></g>
              <image href="data:image/png;base64,AAAA"/><text>description online: src, href, onion</text>
            </svg>
            """#
        #expect(SVGSafety.problem(in: Array(drawing.utf8)) == nil)
    }
}
