import Foundation
import Glibc

/// Runs builds in a child process, so that a build that crashes (a stack overflow, SIGSEGV)
/// ends that process and not the server. It knows nothing of the pipeline: it starts the
/// command line it is given, sends it one `BuildRequest` line at a time on descriptor 3 and
/// reads one `BuildReply` line back. When the worker dies, the request in flight gets
/// `.stopped` with how it ended; the next request starts a fresh worker, whose first build is
/// whole — never at once, so content that crashes every build cannot make it spin.
public final class BuildWorker: @unchecked Sendable {
    public enum Outcome: Sendable, Equatable {
        case replied(BuildReply)
        case stopped(WorkerExit)
        /// `stop` was called.
        case cancelled
    }

    private struct State {
        var process: WorkerProcess?
        /// A request is in flight: a death now is reported to its sender.
        var busy = false
        var stopped = false
    }

    private let command: [String]
    private let onIdleExit: @Sendable (WorkerExit) -> Void
    /// One request at a time, start to finish.
    private let exchange = NSLock()
    private let state = Locked(State())
    private let language = Locked<String?>(nil)

    /// `command`: an absolute executable path and its arguments. `onIdleExit` hears of a
    /// worker that died between requests (killed by hand, out of memory).
    public init(command: [String], onIdleExit: @escaping @Sendable (WorkerExit) -> Void = { _ in }) {
        self.command = command
        self.onIdleExit = onIdleExit
    }

    /// The site's language as the last reply gave it (nil before any).
    public var siteLanguage: String? { language.current }

    /// The running worker's process id, if one is running.
    public var processID: pid_t? { state.current.process?.pid }

    /// Sends one request and waits for its reply, starting a worker first if none runs.
    public func send(_ request: BuildRequest) -> Outcome {
        exchange.lock()
        defer { exchange.unlock() }
        let process: WorkerProcess
        switch busyWorker() {
        case .success(let running): process = running
        case .failure(let exit): return state.current.stopped ? .cancelled : .stopped(exit)
        }
        defer { state.withLock { $0.busy = false } }
        if process.channel.send(request) {
            switch process.channel.receive(BuildReply.self) {
            case .message(let reply): return .replied(reply)
            case .unreadable:
                process.terminate()
                return finish(process, .unreadableReply)
            case .closed: break
            }
        }
        // The worker closed its end: it has ended or is ending. One that closed it and lives
        // on is ended here.
        let exit = process.waitForExit(seconds: 2) ?? process.terminate() ?? .signal(SIGKILL)
        return finish(process, exit)
    }

    /// `.succeeded`, `.failed` with the problems, `.stopped` or `.cancelled`.
    public func build(changed: [String]) -> BuildResult {
        switch send(BuildRequest(changed: changed)) {
        case .replied(let reply):
            if let code = reply.language { language.withLock { $0 = code } }
            return reply.succeeded ? .succeeded : .failed(reply.problems)
        case .stopped(let exit): return .stopped(exit)
        case .cancelled: return .cancelled
        }
    }

    /// Ends the worker (SIGTERM, then SIGKILL) and refuses further requests; a request in
    /// flight returns `.cancelled`.
    public func stop() {
        let process = state.withLock { state in
            state.stopped = true
            return state.process
        }
        process?.terminate()
    }

    /// The running worker, or a fresh one, marked busy in the same step: one that dies even
    /// before the request is written is the sender's to report, never reported twice.
    private func busyWorker() -> Result<WorkerProcess, WorkerExit> {
        state.withLock { state in
            if state.stopped { return .failure(.cannotStart("stopped")) }
            if state.process == nil {
                switch WorkerProcess.spawn(command, onExit: { [weak self] pid, exit in self?.ended(pid, exit) }) {
                case .success(let process): state.process = process
                case .failure(let exit): return .failure(exit)
                }
            }
            state.busy = true
            return .success(state.process!)
        }
    }

    /// The request in flight failed with the worker: forget it, so the next request starts another.
    private func finish(_ process: WorkerProcess, _ exit: WorkerExit) -> Outcome {
        let stopped = state.withLock { state in
            if state.process === process { state.process = nil }
            return state.stopped
        }
        return stopped ? .cancelled : .stopped(exit)
    }

    /// On the worker's waiting thread. A death during a request is the sender's to report.
    private func ended(_ pid: pid_t, _ exit: WorkerExit) {
        let idle = state.withLock { state in
            guard state.process?.pid == pid, !state.busy, !state.stopped else { return false }
            state.process = nil
            return true
        }
        if idle { onIdleExit(exit) }
    }
}
