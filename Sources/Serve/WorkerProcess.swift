import Dispatch
import Foundation
import Glibc

/// One running build worker: a child process with its end of a socket pair as descriptor 3,
/// and a thread that waits for it to end — the only `waitpid` for it, so its status is never
/// lost to a race and the child never stays a zombie.
final class WorkerProcess: @unchecked Sendable {
    let pid: pid_t
    let channel: WorkerChannel
    private let ended = DispatchGroup()
    private let exit = Locked<WorkerExit?>(nil)

    private init(pid: pid_t, channel: WorkerChannel) {
        self.pid = pid
        self.channel = channel
    }

    /// The parent's end is closed only when nothing can read from it any more, so no other
    /// file can take its number while a thread still waits on it.
    deinit { channel.close() }

    /// Starts `command` (an absolute executable path, then its arguments). `onExit` runs on
    /// the waiting thread once the process has ended, whatever the reason.
    static func spawn(_ command: [String], onExit: @escaping @Sendable (pid_t, WorkerExit) -> Void) -> Result<WorkerProcess, WorkerExit> {
        guard let executable = command.first else { return .failure(.cannotStart("no command")) }
        var ends: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue | SOCK_CLOEXEC.rawValue), 0, &ends) == 0 else {
            return .failure(.cannotStart(String(cString: strerror(errno))))
        }
        var workerEnd = ends[1]
        if workerEnd == WorkerChannel.workerDescriptor {
            // `dup2(3, 3)` would leave it close-on-exec: move it out of the way first.
            workerEnd = fcntl(ends[1], F_DUPFD_CLOEXEC, WorkerChannel.workerDescriptor + 1)
            _ = Glibc.close(ends[1])
        }
        defer { _ = Glibc.close(workerEnd) }

        var pid: pid_t = 0
        let status = withSpawnSettings(workerEnd: workerEnd) { actions, attributes in
            let arguments = command.map { strdup($0) } + [nil]
            let environment = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
            defer { (arguments + environment).forEach { free($0) } }
            return posix_spawn(&pid, executable, actions, attributes, arguments, environment)
        }
        guard status == 0 else {
            _ = Glibc.close(ends[0])
            return .failure(.cannotStart("\(executable): \(String(cString: strerror(status)))"))
        }
        let process = WorkerProcess(pid: pid, channel: WorkerChannel(descriptor: ends[0]))
        process.ended.enter()
        let waiter = Thread { [process] in
            var status: Int32 = 0
            while waitpid(process.pid, &status, 0) < 0 && errno == EINTR {}
            let exit = WorkerExit(waitStatus: status)
            process.exit.withLock { $0 = exit }
            onExit(process.pid, exit)
            process.ended.leave()
        }
        waiter.name = "minhbach.serve.worker-wait"
        waiter.start()
        return .success(process)
    }

    /// The child gets: the worker end as descriptor 3 and no other descriptor of ours beyond
    /// stdin, stdout and stderr (ours are close-on-exec anyway; closing the rest also covers
    /// any a library opened without it); every signal at its default and none blocked, since
    /// `serve` ignores SIGINT and SIGTERM for its own handlers; and a process group of its own,
    /// so that Ctrl-C reaches `serve` alone, which then ends the worker itself — and a worker
    /// that dies of a signal is always a crash, never the user's Ctrl-C.
    private static func withSpawnSettings(
        workerEnd: Int32,
        _ body: (UnsafePointer<posix_spawn_file_actions_t>, UnsafePointer<posix_spawnattr_t>) -> Int32
    ) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, workerEnd, WorkerChannel.workerDescriptor)
        _ = addCloseFrom?(&actions, WorkerChannel.workerDescriptor + 1)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t()
        sigfillset(&all)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP))
        return body(&actions, &attributes)
    }

    /// glibc 2.34's `posix_spawn_file_actions_addclosefrom_np`, which Swift cannot see (it needs
    /// `_GNU_SOURCE`); looked up by name, and skipped on an older C library.
    private static let addCloseFrom: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32)? = {
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32).self)
    }()

    /// How it ended, once it has.
    var exitStatus: WorkerExit? { exit.current }

    /// Waits up to `seconds` for the process to end.
    func waitForExit(seconds: Double) -> WorkerExit? {
        _ = ended.wait(timeout: .now() + seconds)
        return exit.current
    }

    /// SIGTERM to its whole group, then SIGKILL if it has not ended within two seconds.
    @discardableResult
    func terminate() -> WorkerExit? {
        guard exit.current == nil else { return exit.current }
        kill(-pid, SIGTERM)
        if let exit = waitForExit(seconds: 2) { return exit }
        kill(-pid, SIGKILL)
        return waitForExit(seconds: 2)
    }
}
