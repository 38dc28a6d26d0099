import Diagnostics
import Foundation
@testable import Serve
import Testing

/// The server over real sockets, each test with its own site and port.
struct SiteServerTests {
    /// Runs `body` against a server on an ephemeral port of 127.0.0.1.
    static func withServer(_ body: (SiteServer, TestSite, Int) throws -> Void) throws {
        let site = try TestSite()
        let server = SiteServer(outputDirectory: site.root)
        let address = try server.start()
        defer {
            server.stop()
            site.remove()
        }
        try body(server, site, address.port)
    }

    @Test(arguments: [
        "/../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E%2Fetc", "/sub%2fx", "/..%2f..%2fetc/passwd",
        "/leak/passwd", "/leak/", "/passwd.txt", "/secret.txt", "/private/secret.txt", "/../secret.txt",
        "/%2e%2e/secret.txt", "http://evil/etc/passwd", "//etc/passwd", "/%00", "/..\\secret.txt", "*",
    ])
    func refusesEveryWayOut(target: String) throws {
        try Self.withServer { _, _, port in
            let response = try RawHTTP.request(target, port: port)
            #expect((400..<500).contains(response.status), "\(target) → \(response.status)")
            #expect(!response.body.contains("root:"))
            #expect(!response.body.contains(TestSite.secret))
        }
    }

    @Test func absolutePathsStayUnderTheRoot() throws {
        try Self.withServer { _, _, port in
            let response = try RawHTTP.request("/etc/passwd", port: port)
            #expect(response.status == 404)
            #expect(!response.body.contains("root:"))
        }
    }

    @Test func servesPagesWithTypesAndTheLiveScript() throws {
        try Self.withServer { _, site, port in
            let home = try RawHTTP.request("/", port: port)
            #expect(home.status == 200)
            #expect(home.header("Content-Type") == "text/html; charset=utf-8")
            #expect(home.header("X-Content-Type-Options") == "nosniff")
            #expect(home.header("Cache-Control") == "no-cache")
            #expect(home.body.contains("<h1>Trang chủ</h1>"))
            #expect(home.body.contains("<script src=\"/__minhbach/live.js\" defer></script></body>"))
            #expect(Int(home.header("Content-Length") ?? "") == home.body.utf8.count)
            let onDisk = try String(contentsOf: site.root.appendingPathComponent("index.html"), encoding: .utf8)
            #expect(onDisk == TestSite.indexHTML)

            let sub = try RawHTTP.request("/sub/", port: port)
            #expect(sub.status == 200 && sub.body.contains("Trang con"))
            #expect(sub.header("Content-Type") == "text/html; charset=utf-8")

            #expect(try RawHTTP.request("/style.css", port: port).header("Content-Type") == "text/css; charset=utf-8")
            #expect(try RawHTTP.request("/data.json", port: port).header("Content-Type") == "application/json")
            let script = try RawHTTP.request("/__minhbach/live.js", port: port)
            #expect(script.status == 200 && script.body.contains("EventSource"))
            #expect(script.header("Content-Type") == "text/javascript; charset=utf-8")
        }
    }

    @Test func aFolderWithoutItsSlashRedirects() throws {
        try Self.withServer { _, _, port in
            let response = try RawHTTP.request("/sub?lang=vi", port: port)
            #expect(response.status == 302)
            #expect(response.header("Location") == "/sub/?lang=vi")
        }
    }

    @Test func headSendsTheHeadOnly() throws {
        try Self.withServer { _, _, port in
            let get = try RawHTTP.request("/style.css", port: port)
            let head = try RawHTTP.request("/style.css", method: "HEAD", port: port)
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            #expect(head.header("Content-Length") == get.header("Content-Length"))
            #expect(head.header("ETag") == get.header("ETag"))
        }
    }

    @Test func conditionalRequestsGet304() throws {
        try Self.withServer { _, _, port in
            let first = try RawHTTP.request("/style.css", port: port)
            let tag = try #require(first.header("ETag"))
            let modified = try #require(first.header("Last-Modified"))
            #expect(modified.hasSuffix(" GMT"))

            let byTag = try RawHTTP.request("/style.css", headers: ["If-None-Match: \(tag)"], port: port)
            #expect(byTag.status == 304)
            #expect(byTag.body.isEmpty)
            #expect(byTag.header("ETag") == tag)
            #expect(try RawHTTP.request("/style.css", headers: ["If-None-Match: W/\(tag), \"other\""], port: port).status == 304)
            #expect(try RawHTTP.request("/style.css", headers: ["If-None-Match: \"other\""], port: port).status == 200)

            #expect(try RawHTTP.request("/style.css", headers: ["If-Modified-Since: \(modified)"], port: port).status == 304)
            let long = "If-Modified-Since: Thu, 01 Jan 1970 00:00:00 GMT"
            #expect(try RawHTTP.request("/style.css", headers: [long], port: port).status == 200)
        }
    }

    /// An unknown address under another language's folder gets that edition's own 404 page; a
    /// folder without one, and any other address, the site's.
    @Test func unknownPathsUnderALanguageFolderGetItsOwn404Page() throws {
        try Self.withServer { _, site, port in
            try FileManager.default.createDirectory(at: site.root.appendingPathComponent("en"), withIntermediateDirectories: true)
            try site.write("en/404.html", "<html><body><p>Page not found</p></body></html>\n")
            let english = try RawHTTP.request("/en/khong-co.html", port: port)
            #expect(english.status == 404 && english.body.contains("Page not found"))
            #expect(try RawHTTP.request("/en/a/b/c", port: port).body.contains("Page not found"))
            #expect(try RawHTTP.request("/sub/khong-co.html", port: port).body.contains("Không tìm thấy trang"))
            #expect(try RawHTTP.request("/fr/khong-co.html", port: port).body.contains("Không tìm thấy trang"))
            #expect(try RawHTTP.request("/english.html", port: port).body.contains("Không tìm thấy trang"))
        }
    }

    @Test func unknownPathsGetTheSites404Page() throws {
        try Self.withServer { _, _, port in
            let response = try RawHTTP.request("/khong-co.html", port: port)
            #expect(response.status == 404)
            #expect(response.header("Content-Type") == "text/html; charset=utf-8")
            #expect(response.body.contains("Không tìm thấy trang"))
            // Before the last `</body>`, whatever its case.
            #expect(response.body.contains("<script src=\"/__minhbach/live.js\" defer></script></BODY>"))
        }
    }

    @Test func onlyGetAndHead() throws {
        try Self.withServer { _, _, port in
            let connection = try RawConnection(port: port)
            connection.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello")
            let response = RawHTTP.parse(connection.read())
            #expect(response.status == 405)
            #expect(response.header("Allow") == "GET, HEAD")
            #expect(try RawHTTP.request("/", method: "DELETE", port: port).status == 405)
        }
    }

    @Test func malformedHeadsAreRefused() throws {
        try Self.withServer { _, _, port in
            for head in ["GET /\r\n\r\n", "GET / HTTP/1.1 extra\r\n\r\n", "GET / HTTP/2.0\r\n\r\n",
                         "GET / HTTP/1.1\r\nBad Header: x\r\n\r\n", "GET / HTTP/1.1\r\n folded\r\n\r\n"] {
                let connection = try RawConnection(port: port)
                connection.send(head)
                let status = RawHTTP.parse(connection.read()).status
                #expect((400..<506).contains(status) && status != 404, "\(head.debugDescription) → \(status)")
            }
            let connection = try RawConnection(port: port)
            connection.send("GET / HTTP/1.1\r\nX-Big: " + String(repeating: "a", count: 9000) + "\r\n\r\n")
            #expect(RawHTTP.parse(connection.read()).status == 431)
        }
    }

    @Test func listensOnLoopbackOnlyByDefault() throws {
        #expect(SiteServer.defaultHost == "127.0.0.1")
        let site = try TestSite()
        defer { site.remove() }
        let server = SiteServer(outputDirectory: site.root)
        let address = try server.start(port: 0)
        defer { server.stop() }
        #expect(address.host == "127.0.0.1")
        #expect(address.isLoopback)
        #expect(address.port > 0)
    }

    @Test func aPortInUseIsReported() throws {
        let site = try TestSite()
        defer { site.remove() }
        let first = SiteServer(outputDirectory: site.root)
        let address = try first.start()
        defer { first.stop() }
        #expect(throws: ServeError.self) { try SiteServer(outputDirectory: site.root).start(port: address.port) }
    }
}
