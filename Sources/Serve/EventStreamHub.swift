import Dispatch

/// The open server-sent-event connections. All of them are touched only on one serial queue,
/// so a message reaches every page whole and in order, and a page that went away is dropped
/// at the first write that fails (a heartbeat finds those that went silently).
final class EventStreamHub: @unchecked Sendable {
    private let queue = DispatchQueue(label: "minhbach.serve.events")
    private var clients: [Socket] = []  // only on `queue`
    private var heartbeat: DispatchSourceTimer?

    init(heartbeatSeconds: Int = 15) {
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + .seconds(heartbeatSeconds), repeating: .seconds(heartbeatSeconds))
        timer.setEventHandler { [weak self] in self?.sendNow(": heartbeat\n\n") }
        timer.resume()
        heartbeat = timer
    }

    /// Takes over a connection whose head has been sent. The `retry` line comes first, on the
    /// same queue as every broadcast: once a client reads it, it will receive what follows.
    func add(_ socket: Socket) {
        queue.async {
            socket.setTimeouts(seconds: 5)
            if socket.write(Array("retry: 1000\n\n".utf8)) {
                self.clients.append(socket)
            } else {
                socket.close()
            }
        }
    }

    func send(event: String, data: String) {
        // A data line must not contain a line break; several `data:` lines join with "\n".
        let lines = data.split(separator: "\n", omittingEmptySubsequences: false).map { "data: \($0)\n" }.joined()
        let message = "event: \(event)\n\(lines)\n"
        queue.async { self.sendNow(message) }
    }

    var count: Int { queue.sync { clients.count } }

    func closeAll() {
        queue.sync {
            heartbeat?.cancel()
            for client in clients { client.close() }
            clients = []
        }
    }

    private func sendNow(_ message: String) {
        let bytes = Array(message.utf8)
        clients = clients.filter { client in
            if client.write(bytes) { return true }
            client.close()
            return false
        }
    }
}
