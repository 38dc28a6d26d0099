import Diagnostics
import Glibc

/// How a build worker ended while the server still needed it: killed by a signal (a crash,
/// `kill`), exited on its own, sent a reply that was no JSON line, or could not be started.
public enum WorkerExit: Error, Sendable, Equatable, CustomStringConvertible {
    case signal(Int32)
    case status(Int32)
    case unreadableReply
    case cannotStart(String)

    /// From a `waitpid` status; `WIFSIGNALED` and friends are macros Swift cannot see.
    init(waitStatus status: Int32) {
        let signal = status & 0x7F
        self = signal == 0 ? .status((status >> 8) & 0xFF) : .signal(signal)
    }

    /// `SIGSEGV`, `exit status 3`: what a user searches for.
    public var description: String {
        switch self {
        case .signal(let number): Self.signalNames[number] ?? "signal \(number)"
        case .status(let code): "exit status \(code)"
        case .unreadableReply: "unreadable reply"
        case .cannotStart(let reason): "could not start: \(reason)"
        }
    }

    /// `SIGSEGV`, `exit status 3`, in the reader's language.
    public var text: Message {
        switch self {
        case .signal(let number): Self.signalNames[number].map { .verbatim($0) } ?? Message("serve.exit.signal", ["number": .text(String(number))])
        case .status(let code): Message("serve.exit.status", ["code": .text(String(code))])
        case .unreadableReply: Message("serve.exit.unreadable-reply")
        case .cannotStart(let reason): Message("serve.exit.cannot-start", ["reason": .text(reason)])
        }
    }

    /// `the build stopped unexpectedly (SIGSEGV) while rebuilding after changes to content/x.md`.
    public func message(while activity: Message) -> Message {
        Message("serve.build-stopped", ["exit": .message(text), "activity": .message(activity)])
    }

    private static let signalNames: [Int32: String] = [
        SIGSEGV: "SIGSEGV", SIGBUS: "SIGBUS", SIGABRT: "SIGABRT", SIGILL: "SIGILL", SIGFPE: "SIGFPE",
        SIGTRAP: "SIGTRAP", SIGKILL: "SIGKILL", SIGTERM: "SIGTERM", SIGINT: "SIGINT", SIGHUP: "SIGHUP",
        SIGPIPE: "SIGPIPE", SIGQUIT: "SIGQUIT", SIGSYS: "SIGSYS", SIGXCPU: "SIGXCPU", SIGXFSZ: "SIGXFSZ",
    ]
}
