import Foundation
@testable import Serve
import Testing

/// Connections that send nothing, or half a head, wait on the poller's thread: they hold no
/// handler and delay no other client, and they still get their 408 at the deadline.
struct IdleConnectionTests {
    static func withServer(_ limits: HTTPLimits, _ body: (Int) throws -> Void) throws {
        let site = try TestSite()
        let server = SiteServer(outputDirectory: site.root)
        let address = try server.start(limits: limits)
        defer {
            server.stop()
            site.remove()
        }
        try body(address.port)
    }

    /// The one timed test of the suite, as the task asks: on `main`, with 100 idle connections
    /// the first request waited 40 s (every handler thread blocked in a read of an idle socket).
    @Test func aRequestIsAnsweredAtOnceWhileAHundredConnectionsIdle() throws {
        try Self.withServer(HTTPLimits(headMilliseconds: 3_000)) { port in
            let idle = try (0..<100).map { index in
                let connection = try RawConnection(port: port, timeoutSeconds: 10)
                if index.isMultiple(of: 2) { connection.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nAcc") }
                return connection
            }
            Thread.sleep(forTimeInterval: 0.2)  // all accepted and waiting

            var best = Duration.seconds(60)
            for _ in 0..<3 {
                let clock = ContinuousClock()
                let started = clock.now
                let response = try RawHTTP.request("/", port: port)
                best = min(best, clock.now - started)
                #expect(response.status == 200)
                #expect(response.body.contains("Trang chủ"))
            }
            #expect(best < .milliseconds(100), "best of 3 requests took \(best)")

            // The deadline still holds for every one of them.
            let statuses = idle.map { RawHTTP.parse($0.read()).status }
            #expect(statuses.allSatisfy { $0 == 408 }, "\(Dictionary(grouping: statuses, by: { $0 }).mapValues(\.count))")
        }
    }

    @Test func aHeadSentSlowlyButInTimeIsAnswered() throws {
        try Self.withServer(HTTPLimits(headMilliseconds: 3_000)) { port in
            let connection = try RawConnection(port: port)
            for part in ["GET /style.css HT", "TP/1.1\r\nHost: x\r", "\n\r\n"] {
                connection.send(part)
                Thread.sleep(forTimeInterval: 0.1)
            }
            let response = RawHTTP.parse(connection.read())
            #expect(response.status == 200)
            #expect(response.body == "body { color: #222; }\n")
        }
    }

    /// Beyond the bound on waiting connections, the oldest are answered 408 at once, long
    /// before their deadline; the newer ones keep waiting.
    @Test func theOldestWaitingConnectionsMakeRoom() throws {
        try Self.withServer(HTTPLimits(headMilliseconds: 30_000, waitingConnections: 4)) { port in
            var connections: [RawConnection] = []
            for _ in 0..<6 {
                connections.append(try RawConnection(port: port, timeoutSeconds: 1))
                Thread.sleep(forTimeInterval: 0.05)  // accepted one by one, in this order
            }
            #expect(RawHTTP.parse(connections[0].read()).status == 408)
            #expect(RawHTTP.parse(connections[1].read()).status == 408)
            for connection in connections[2...] {
                #expect(connection.read().isEmpty)  // nothing within the 1 s receive timeout
            }
        }
    }
}
