import Diagnostics
import Foundation

/// Serves a built site for previewing it: the files under the output folder and nothing else,
/// the live-reload script and event stream, and the build's errors while it has some.
public final class SiteServer: Sendable {
    /// Loopback only: another interface must be asked for by name (`--host`).
    public static let defaultHost = "127.0.0.1"

    public let resolver: StaticFileResolver
    let events = EventStreamHub()
    /// The errors of the last build; empty when it succeeded.
    let problems = Locked<[BuildProblem]>([])
    private let http = Locked<HTTPServer?>(nil)
    /// The site's language, which the error page speaks.
    let language = Locked(MessageLanguage.en)

    public init(outputDirectory: URL) {
        resolver = StaticFileResolver(root: outputDirectory)
    }

    /// Starts listening and returns where. Port 0 takes any free port.
    @discardableResult
    public func start(host: String = defaultHost, port: Int = 0, limits: HTTPLimits = HTTPLimits()) throws -> BoundAddress {
        let server = try HTTPServer(host: host, port: port, limits: limits) { [self] request in respond(to: request) }
        http.withLock { $0 = server }
        server.start()
        return server.address
    }

    public func stop() {
        http.withLock { $0?.stop() }
        events.closeAll()
    }

    /// After a successful build: pages are current again, every open page reloads.
    public func notifyReload() {
        problems.withLock { $0 = [] }
        events.send(event: "reload", data: "{}")
    }

    /// The site's language (`language:` in `site.yml`, e.g. "vi"): the error page and the
    /// problems it makes itself speak it; a language MinhBạch does not speak means English.
    public func speak(siteLanguage code: String?) {
        guard let code else { return }
        language.withLock { $0 = MessageLanguage(rawValue: code) ?? .en }
    }

    /// After a failed build: pages show these instead of the previous output.
    public func showErrors(_ diagnostics: [Diagnostic]) {
        let language = language.current
        showProblems(diagnostics.filter { $0.severity == .error }.map { BuildProblem($0, in: language) })
    }

    public func showProblems(_ list: [BuildProblem]) {
        problems.withLock { $0 = list }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(list)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        events.send(event: "errors", data: json)
    }

    /// Tells the browsers how a build ended. One that stopped unexpectedly is shown as any
    /// failed build is, with `activity` saying what it was doing: the output folder still
    /// holds the last good site (it is only ever replaced whole), but whether the content is
    /// sound is not known until a build finishes.
    public func show(_ result: BuildResult, while activity: Message) {
        switch result {
        case .succeeded:
            notifyReload()
        case .failed(let list):
            showProblems(list)
        case .stopped(let exit):
            showProblems([BuildProblem(message: exit.message(while: activity), hint: Message("serve.keeps-last-site"), in: language.current)])
        case .cancelled:
            break
        }
    }

    /// The whole routing: the two live-reload addresses, then files.
    public func respond(to request: HTTPRequest) -> HTTPReply {
        guard request.method == "GET" || request.method == "HEAD" else {
            return .response(.text(.methodNotAllowed, headers: [HTTPHeader("Allow", "GET, HEAD")]))
        }
        let path = request.target.split(separator: "?", maxSplits: 1).first.map(String.init) ?? request.target
        switch path {
        case LiveReloadScript.eventsPath:
            return eventStream(for: request)
        case LiveReloadScript.path:
            return .response(HTTPResponse(status: .ok, headers: [
                HTTPHeader("Content-Type", "text/javascript; charset=utf-8"),
                HTTPHeader("Cache-Control", "no-cache"),
            ], body: Array(LiveReloadScript.source.utf8)))
        default:
            return .response(fileResponse(for: request))
        }
    }

    private func eventStream(for request: HTTPRequest) -> HTTPReply {
        let head = HTTPResponse(status: .ok, headers: [
            HTTPHeader("Content-Type", "text/event-stream"),
            HTTPHeader("Cache-Control", "no-cache"),
        ])
        guard request.method == "GET" else { return .response(head) }
        return .stream(head) { [events] socket in events.add(socket) }
    }
}
