import Foundation
import Glibc
@testable import Serve
import Testing

/// Watcher, worker and server together, as `minhbach serve` wires them, with a script worker
/// that crashes on request: the server goes on serving, the browsers are told, and the next
/// change gets a fresh worker.
struct CrashingRebuildTests {
    @Test func aCrashedRebuildIsShownAndTheNextChangeStartsAFreshWorker() throws {
        try SiteServerTests.withServer { server, site, port in
            let content = site.base.appendingPathComponent("content")
            try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
            let lines = Locked<[String]>([])
            let errors = Locked<[String]>([])
            let worker = BuildWorker(command: ScriptWorker.command())
            defer { worker.stop() }
            #expect(worker.build(changed: []) == .succeeded)
            let firstWorker = worker.processID
            let loop = RebuildLoop(watching: [content], relativeTo: site.base, server: server, intervalMilliseconds: 20,
                                   log: { line in lines.withLock { $0.append(line) } },
                                   logError: { line in errors.withLock { $0.append(line) } },
                                   rebuild: { changed in worker.build(changed: changed) })
            loop.start()
            defer { loop.stop() }
            let events = try RawConnection(port: port)
            events.send("GET /__minhbach/events HTTP/1.1\r\nHost: x\r\n\r\n")
            events.read(until: "retry: 1000\n\n")

            try "x".write(to: content.appendingPathComponent("crash.md"), atomically: false, encoding: .utf8)
            #expect(DirectoryWatcherTests.eventually { errors.current.count == 1 })
            let message = "the build stopped unexpectedly (SIGSEGV) while rebuilding after changes to content/crash.md"
            #expect(errors.current == ["error: \(message); still serving the previous site"])
            #expect(lines.current.isEmpty)
            #expect(worker.processID == nil)

            // Open pages get the overlay; pages requested get the error page, as after any failed build…
            #expect(events.read(until: "]\n\n").contains("event: errors\ndata: [{\"message\":\"\(message)\""))
            let page = try RawHTTP.request("/", port: port)
            #expect(page.status == 500)
            #expect(page.body.contains("error: \(message)"))
            // …and everything else is the last good site, still there.
            let style = try RawHTTP.request("/style.css", port: port)
            #expect(style.status == 200 && style.body == "body { color: #222; }\n")

            try "y".write(to: content.appendingPathComponent("fixed.md"), atomically: false, encoding: .utf8)
            #expect(DirectoryWatcherTests.eventually { lines.current.count == 1 })
            #expect(lines.current.first?.hasPrefix("Rebuilt in ") == true)
            #expect(worker.processID != nil && worker.processID != firstWorker)
            #expect(try RawHTTP.request("/", port: port).status == 200)
            #expect(events.read(until: "event: reload\n").contains("event: reload"))
        }
    }
}
