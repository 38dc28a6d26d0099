@testable import Serve
import Testing

struct RequestTargetTests {
    @Test(arguments: [
        ("", RequestTarget.Refusal.badRequest),
        ("*", .badRequest),
        ("http://evil/etc/passwd", .badRequest),
        ("//etc/passwd", .badRequest),
        ("/%00", .badRequest),
        ("/a%0d%0aSet-Cookie:x", .badRequest),
        ("/%zz", .badRequest),
        ("/%2", .badRequest),
        ("/a//b", .badRequest),
        ("/%ff%fe", .badRequest),
        ("/../etc/passwd", .forbidden),
        ("/%2e%2e/etc/passwd", .forbidden),
        ("/%2E%2E/etc/passwd", .forbidden),
        ("/.%2e/etc/passwd", .forbidden),
        ("/sub/./index.html", .forbidden),
        ("/%2E%2E%2Fetc", .forbidden),
        ("/sub%2fx", .forbidden),
        ("/sub%2Fx", .forbidden),
        ("/..%2f..%2fetc/passwd", .forbidden),
        ("/..%5c..%5cetc", .forbidden),
        ("/..\\etc", .forbidden),
        ("/sub/..", .forbidden),
    ])
    func refuses(target: String, refusal: RequestTarget.Refusal) {
        #expect(RequestTarget.parse(target) == .failure(refusal))
    }

    @Test func decodesOnceAndSplits() throws {
        let target = try RequestTarget.parse("/v%C4%83n-b%E1%BA%A3n/%252e%252e?q=1#top").get()
        // `%25` decodes to "%" once; the "%2e%2e" it leaves is a plain name, not `..`.
        #expect(target.segments == ["văn-bản", "%2e%2e"])
        #expect(target.query == "q=1")
        #expect(target.rawPath == "/v%C4%83n-b%E1%BA%A3n/%252e%252e")
        #expect(!target.endsWithSlash)
    }

    @Test func rootAndFolders() throws {
        #expect(try RequestTarget.parse("/").get().segments == [])
        #expect(try RequestTarget.parse("/").get().endsWithSlash)
        let folder = try RequestTarget.parse("/sub/").get()
        #expect(folder.segments == ["sub"] && folder.endsWithSlash)
        #expect(try RequestTarget.parse("/...").get().segments == ["..."])
    }
}
