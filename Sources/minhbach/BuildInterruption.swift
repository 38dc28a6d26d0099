import Dispatch
import Foundation
import Diagnostics
import Glibc
import MinhBachKit

/// Ctrl-C or SIGTERM during `build`: the writer is stopped between two disk steps (never inside
/// the swap), its temporary folders are removed, and the process exits 130 or 143 as a shell
/// expects of a command killed by that signal. The output path holds the previous site whole, or
/// the new one if the swap had already happened.
enum BuildInterruption {
    /// The sources must live as long as the build: the caller keeps them.
    static func stopWritingOnSignals(output: String, _ language: MessageLanguage) -> [DispatchSourceSignal] {
        // The build runs on the main thread; the handler must not wait for it.
        InterruptSignals.handle(on: DispatchQueue(label: "minhbach.signals")) { number in
            let closing = WriteGate.shared.close()
            let removed = closing.removed.map { ($0 as NSString).lastPathComponent }
            let temporary: Message.Value = removed.isEmpty ? .text("")
                : .message(Message("cli.interrupted-removed", ["names": .text(removed.joined(separator: ", "))]))
            let state = closing.replacedOutput ? Message("cli.interrupted-new-in-place", ["output": .text(output)])
                                               : Message("cli.interrupted-as-it-was", ["output": .text(output)])
            let line = Message("cli.interrupted", ["state": .message(state), "removed": temporary]).text(in: language)
            FileHandle.standardError.write(Data("\n\(line)\n".utf8))
            exit(128 + number)
        }
    }
}
