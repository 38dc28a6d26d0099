import Foundation

/// A built site in a temporary folder, with traps: symlinks that lead out of it, and a
/// neighbour folder whose name starts like the site's own.
struct TestSite {
    let base: URL
    var root: URL { base.appendingPathComponent("site") }

    static let indexHTML = "<!DOCTYPE html>\n<html lang=\"vi\"><head><title>Trang chủ</title></head>\n<body><h1>Trang chủ</h1></body>\n</html>\n"
    static let notFoundHTML = "<!DOCTYPE html>\n<html><head><title>404</title></head><BODY><p>Không tìm thấy trang</p></BODY></html>\n"
    static let secret = "SECRET-OUTSIDE-THE-SITE"

    init() throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("serve-tests-\(UUID().uuidString)")
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try fm.createDirectory(at: base.appendingPathComponent("site-private"), withIntermediateDirectories: true)
        try write("index.html", Self.indexHTML)
        try write("sub/index.html", "<html><body><p>Trang con</p></body></html>\n")
        try write("style.css", "body { color: #222; }\n")
        try write("404.html", Self.notFoundHTML)
        try write("data.json", "{\"a\": 1}\n")
        try Self.secret.write(to: base.appendingPathComponent("site-private/secret.txt"), atomically: false, encoding: .utf8)
        try Self.secret.write(to: base.appendingPathComponent("secret.txt"), atomically: false, encoding: .utf8)
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("leak").path, withDestinationPath: "/etc")
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("passwd.txt").path, withDestinationPath: "/etc/passwd")
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("secret.txt").path, withDestinationPath: "../secret.txt")
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("private").path,
                                  withDestinationPath: base.appendingPathComponent("site-private").path)
        // A link that stays inside is fine.
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("alias.css").path, withDestinationPath: "style.css")
    }

    func write(_ path: String, _ text: String) throws {
        try text.write(to: root.appendingPathComponent(path), atomically: false, encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(at: base) }
}
