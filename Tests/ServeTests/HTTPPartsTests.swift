@testable import Serve
import Testing

struct HTTPPartsTests {
    @Test func datesRoundTrip() {
        #expect(HTTPDate.format(secondsSince1970: 784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == 784_111_777)
        #expect(HTTPDate.parse("Sunday, 06-Nov-94 08:49:37 GMT") == nil)
    }

    @Test(arguments: [
        ("/index.html", "text/html; charset=utf-8"), ("/a/b.CSS", "text/css; charset=utf-8"),
        ("/x.js", "text/javascript; charset=utf-8"), ("/map.geojson", "application/geo+json"),
        ("/c.svg", "image/svg+xml"), ("/van-ban/atom.xml", "application/xml"), ("/d.csv", "text/csv; charset=utf-8"),
        ("/e.png", "image/png"), ("/f.jpeg", "image/jpeg"), ("/g.pdf", "application/pdf"), ("/h.woff2", "font/woff2"),
        ("/README", "application/octet-stream"), ("/.hidden", "application/octet-stream"),
    ])
    func contentTypes(path: String, type: String) {
        #expect(ContentType.forPath(path) == type)
    }

    @Test func parsesAHead() throws {
        let head = Array("GET /a?b HTTP/1.1\r\nHost: x\r\nIf-None-Match:  \"1\" \r\n".utf8)
        let request = try HTTPRequestParser.parse(head: head).get()
        #expect(request.method == "GET" && request.target == "/a?b" && request.version == "HTTP/1.1")
        #expect(request.header("if-none-match") == "\"1\"")
        #expect(HTTPRequestParser.parse(head: Array("GET / HTTP/1.1\r\nA: b\rc\r\n".utf8)) == .failure(.badRequest))
        #expect(HTTPRequestParser.parse(head: Array("GET /\0 HTTP/1.1\r\n".utf8)) == .failure(.badRequest))
    }
}
