import Foundation
import Glibc
@testable import Serve
import Testing

/// The worker supervisor with `/bin/sh` scripts as workers: replies are relayed, and a worker
/// that crashes, exits mid-reply or talks nonsense is reported and replaced at the next request.
struct BuildWorkerTests {
    static func reply(_ pages: [String], succeeded: Bool = true) -> BuildWorker.Outcome {
        .replied(BuildReply(succeeded: succeeded, rebuiltPages: pages))
    }

    @Test func repliesAreRelayedByOneLastingWorker() {
        let worker = BuildWorker(command: ScriptWorker.command())
        defer { worker.stop() }
        #expect(worker.send(BuildRequest(changed: [])) == Self.reply(["1"]))
        let pid = worker.processID
        #expect(pid != nil)
        #expect(worker.build(changed: ["/site/content/broken.md"]) == .failed([
            BuildProblem(.error(at: .init(path: "content/a.md", line: 1, column: 1), .verbatim("broken"))),
        ]))
        #expect(worker.send(BuildRequest(changed: ["/site/content/a.md"])) == Self.reply(["3"]))
        #expect(worker.processID == pid)
    }

    @Test func aWorkerKilledBySIGSEGVIsReportedAndAFreshOneTakesTheNextRequest() {
        let worker = BuildWorker(command: ScriptWorker.command())
        defer { worker.stop() }
        #expect(worker.send(BuildRequest(changed: [])) == Self.reply(["1"]))
        let first = worker.processID
        #expect(worker.build(changed: ["/site/content/crash.md"]) == .stopped(.signal(SIGSEGV)))
        #expect(worker.processID == nil)  // not restarted in a loop: only when asked
        #expect(worker.send(BuildRequest(changed: ["/site/content/a.md"])) == Self.reply(["1"]))
        #expect(worker.processID != nil && worker.processID != first)
    }

    @Test func aWorkerThatExitsMidReplyIsReported() {
        let worker = BuildWorker(command: ScriptWorker.command())
        defer { worker.stop() }
        #expect(worker.send(BuildRequest(changed: ["/site/content/quit.md"])) == .stopped(.status(3)))
        #expect(worker.send(BuildRequest(changed: [])) == Self.reply(["1"]))
    }

    @Test func anUnreadableReplyEndsTheWorker() throws {
        let worker = BuildWorker(command: ScriptWorker.command("read -r line <&3; echo 'Built 3 pages' >&3; sleep 30"))
        defer { worker.stop() }
        let outcome = worker.send(BuildRequest(changed: []))
        #expect(outcome == .stopped(.unreadableReply))
        #expect(worker.processID == nil)
    }

    @Test func aWorkerThatCannotStartIsReported() {
        let worker = BuildWorker(command: ["/nonexistent/minhbach", "serve-worker"])
        guard case .stopped(.cannotStart(let reason)) = worker.send(BuildRequest(changed: [])) else {
            Issue.record("expected cannotStart")
            return
        }
        #expect(reason.contains("/nonexistent/minhbach"))
    }

    @Test func aWorkerThatDiesWhileIdleIsReportedAtOnce() throws {
        let deaths = Locked<[WorkerExit]>([])
        let worker = BuildWorker(command: ScriptWorker.command()) { exit in deaths.withLock { $0.append(exit) } }
        defer { worker.stop() }
        #expect(worker.send(BuildRequest(changed: [])) == Self.reply(["1"]))
        let pid = try #require(worker.processID)
        kill(pid, SIGKILL)
        #expect(DirectoryWatcherTests.eventually { deaths.current == [.signal(SIGKILL)] })
        #expect(worker.processID == nil)
        #expect(worker.send(BuildRequest(changed: [])) == Self.reply(["1"]))
    }

    /// Ctrl-C of `serve` stops the worker, even in the middle of a build, and the request in
    /// flight ends at once without being taken for a crash.
    @Test func stopEndsTheWorkerAndCancelsTheRequestInFlight() throws {
        let worker = BuildWorker(command: ScriptWorker.command("read -r line <&3; sleep 60"))
        let outcome = Locked<BuildWorker.Outcome?>(nil)
        Thread.detachNewThread { outcome.withLock { $0 = worker.send(BuildRequest(changed: [])) } }
        #expect(DirectoryWatcherTests.eventually { worker.processID != nil })
        let pid = try #require(worker.processID)
        Thread.sleep(forTimeInterval: 0.2)
        worker.stop()
        #expect(DirectoryWatcherTests.eventually(within: 5) { outcome.current == .cancelled })
        #expect(kill(pid, 0) == -1 && errno == ESRCH)  // ended and reaped
        #expect(worker.send(BuildRequest(changed: [])) == .cancelled)
    }
}
