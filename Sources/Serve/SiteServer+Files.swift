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
            return notFound()
        case .file(let url):
            guard let file = OpenedFile(path: url.path) else { return notFound() }
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

    /// The site's own `404.html`, found through the resolver like any other file.
    private func notFound() -> HTTPResponse {
        if let errors = currentProblems { return errorPage(errors) }
        guard case .file(let url) = resolver.resolve("/404.html"), let file = OpenedFile(path: url.path),
              let bytes = file.readAll() else {
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
        ], body: ErrorPage.html(problems))
    }
}
