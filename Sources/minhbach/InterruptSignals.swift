import Dispatch
import Glibc

/// Ctrl-C (SIGINT) and SIGTERM, taken from their default action and handed to `handler` on
/// `queue` instead, with the signal's number. The sources must live as long as the handling:
/// the caller keeps them.
enum InterruptSignals {
    static func handle(on queue: DispatchQueue, _ handler: @escaping @Sendable (Int32) -> Void) -> [DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { handler(number) }
            source.resume()
            return source
        }
    }
}
