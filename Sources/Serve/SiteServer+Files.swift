import Foundation

/// Files of the site: resolved safely, typed, validated for conditional requests, and, for
/// HTML, given the live-reload script — or replaced by the error page while the build fails.
extension SiteServer {
    func fileResponse(for request: HTTPRequest) -> HTTPResponse {
        switch resolver.resolve(request.target) {
        case .badRequest:
            return .text(.badRequest)
        case .forbidden:
            return .text(.forbidden)
        case .redirect(let location):
            // `location` is the request's own validated path plus "/": one leading slash, no
            // backslash, no control character, so it can neither split the head nor leave the host.
            return .text(.found, headers: [HTTPHeader("Location", location)])
        case .notFound:
            return notFound(for: request.target)
        case .file(let url):
            guard let file = OpenedFile(path: url.path) else { return notFound(for: request.target) }
            let type = ContentType.forPath(url.path)
            if type == ContentType.html, let errors = currentProblems { return errorPage(errors) }
            let headers = [
                HTTPHeader("Content-Type", type),
                HTTPHeader("Cache-Control", "no-cache"),
                HTTPHeader("ETag", file.entityTag),
                HTTPHeader("Last-Modified", file.lastModified),
            ]
            if ConditionalRequest.isNotModified(request, entityTag: file.entityTag, modifiedSeconds: file.modifiedSeconds) {
                return HTTPResponse(status: .notModified, headers: headers)
            }
            guard let bytes = file.readAll() else { return .text(.internalServerError) }
            return HTTPResponse(status: .ok, headers: headers,
                                body: type == ContentType.html ? LiveReloadScript.inject(into: bytes) : bytes)
        }
    }

    /// The site's own `404.html`, found through the resolver like any other file; under another
    /// language's folder (`/en/…`), that edition's `en/404.html` when it has one.
    private func notFound(for target: String) -> HTTPResponse {
        if let errors = currentProblems { return errorPage(errors) }
        let parts = target.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        let folder = parts.count == 2 && parts[0].isEmpty ? parts[1].prefix { $0 != "/" } : ""
        var candidates = ["/404.html"]
        if folder.count == 2, folder.allSatisfy({ $0.isASCII && $0.isLowercase }), target.dropFirst(3).hasPrefix("/") {
            candidates.insert("/\(folder)/404.html", at: 0)
        }
        guard let url = candidates.lazy.compactMap({ path -> URL? in
            if case .file(let url) = self.resolver.resolve(path) { return url } else { return nil }
        }).first, let file = OpenedFile(path: url.path), let bytes = file.readAll() else {
            return .text(.notFound)
        }
        return HTTPResponse(status: .notFound, headers: [
            HTTPHeader("Content-Type", ContentType.html),
            HTTPHeader("Cache-Control", "no-cache"),
        ], body: LiveReloadScript.inject(into: bytes))
    }

    private var currentProblems: [BuildProblem]? {
        let list = problems.current
        return list.isEmpty ? nil : list
    }

    private func errorPage(_ problems: [BuildProblem]) -> HTTPResponse {
        HTTPResponse(status: .internalServerError, headers: [
            HTTPHeader("Content-Type", ContentType.html),
            HTTPHeader("Cache-Control", "no-store"),
        ], body: ErrorPage.html(problems, in: language.current))
    }
}
