import FileSystem
import Foundation
@testable import Serve
import Testing

struct StaticFileResolverTests {
    @Test func servesOnlyRegularFilesInsideTheRoot() throws {
        let site = try TestSite()
        defer { site.remove() }
        let resolver = StaticFileResolver(root: site.root)
        let real = FileStatus.realPath(site.root.path)!

        #expect(resolver.resolve("/") == .file(URL(fileURLWithPath: real + "/index.html")))
        #expect(resolver.resolve("/sub/") == .file(URL(fileURLWithPath: real + "/sub/index.html")))
        #expect(resolver.resolve("/sub?x=1") == .redirect(location: "/sub/?x=1"))
        #expect(resolver.resolve("/style.css") == .file(URL(fileURLWithPath: real + "/style.css")))
        #expect(resolver.resolve("/alias.css") == .file(URL(fileURLWithPath: real + "/style.css")))
        #expect(resolver.resolve("/style.css/") == .notFound)
        #expect(resolver.resolve("/missing.html") == .notFound)
        #expect(resolver.resolve("/etc/passwd") == .notFound)
    }

    @Test(arguments: ["/leak", "/leak/", "/leak/passwd", "/passwd.txt", "/secret.txt", "/private/secret.txt", "/private/"])
    func refusesSymlinksLeadingOut(target: String) throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect(StaticFileResolver(root: site.root).resolve(target) == .forbidden)
    }

    @Test func aMissingRootServesNothing() {
        let resolver = StaticFileResolver(root: URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)"))
        #expect(resolver.resolve("/") == .notFound)
    }
}
