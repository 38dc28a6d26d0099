import Diagnostics
import Foundation
@testable import Serve
import Testing

struct LiveReloadTests {
    @Test func anEventStreamReceivesReloadAndErrors() throws {
        try SiteServerTests.withServer { server, _, port in
            let events = try RawConnection(port: port)
            events.send("GET /__minhbach/events HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n")
            // The `retry` line is written once the stream is registered: what follows reaches it.
            #expect(events.read(until: "retry: 1000\n\n").contains("Content-Type: text/event-stream"))

            server.notifyReload()
            #expect(events.read(until: "event: reload\n").contains("event: reload\ndata: {}\n\n"))

            server.showErrors([.error(at: SourceLocation(path: "content/a.md", line: 3, column: 5), .verbatim("bad value"))])
            let text = events.read(until: "event: errors\n")
            let payload = try #require(events.read(until: "]\n\n").components(separatedBy: "event: errors\ndata: ").last)
            let problems = try JSONDecoder().decode([BuildProblem].self, from: Data(payload.trimmingCharacters(in: .newlines).utf8))
            #expect(text.contains("event: errors"))
            #expect(problems.first?.path == "content/a.md")
            #expect(problems.first?.line == 3 && problems.first?.column == 5)
            #expect(problems.first?.text == "content/a.md:3:5: error: bad value")
        }
    }

    @Test func whileTheBuildFailsPagesShowTheErrors() throws {
        try SiteServerTests.withServer { server, _, port in
            server.showErrors([
                .error(at: SourceLocation(path: "content/x.md", line: 12, column: 1), .verbatim("unknown directive <script>alert(1)</script> & co")),
                .warning(at: nil, .verbatim("a warning is not an error")),
            ])
            let page = try RawHTTP.request("/", port: port)
            #expect(page.status == 500)
            #expect(page.header("Content-Type") == "text/html; charset=utf-8")
            #expect(page.body.contains("content/x.md:12:1: error: unknown directive &lt;script&gt;alert(1)&lt;/script&gt; &amp; co"))
            #expect(!page.body.contains("<script>alert"))
            #expect(!page.body.contains("a warning"))
            #expect(page.body.contains("role=\"alert\""))
            #expect(page.body.contains("<script src=\"/__minhbach/live.js\" defer></script>"))
            #expect(try RawHTTP.request("/khong-co.html", port: port).status == 500)
            // Styles and pictures still load; only pages are replaced.
            #expect(try RawHTTP.request("/style.css", port: port).status == 200)

            server.notifyReload()
            #expect(try RawHTTP.request("/", port: port).status == 200)
        }
    }

    @Test func theScriptGoesBeforeTheLastBodyEndOrAtTheEnd() {
        let tag = LiveReloadScript.tag
        #expect(String(decoding: LiveReloadScript.inject(into: Array("<p>x</p></body></html>".utf8)), as: UTF8.self)
                == "<p>x</p>\(tag)</body></html>")
        #expect(String(decoding: LiveReloadScript.inject(into: Array("<p></body></Body>".utf8)), as: UTF8.self)
                == "<p></body>\(tag)</Body>")
        #expect(String(decoding: LiveReloadScript.inject(into: Array("<p>x".utf8)), as: UTF8.self) == "<p>x\(tag)")
    }

    @Test func theOverlayWritesTextNeverMarkup() {
        #expect(LiveReloadScript.source.contains("textContent"))
        #expect(!LiveReloadScript.source.contains("innerHTML"))
        #expect(LiveReloadScript.source.contains("\"role\", \"alert\""))
    }
}
