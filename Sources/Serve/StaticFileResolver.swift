import FileSystem
import Foundation

/// Maps a request target to a file under the output folder, or says why there is none.
/// Nothing outside the root is ever read: the target's own rules come first (`RequestTarget`),
/// then the real path, with every symlink resolved, must still lie inside the real root.
public struct StaticFileResolver: Sendable {
    public enum Resolution: Sendable, Equatable {
        case file(URL)
        /// A folder asked for without its trailing slash: `/sub` → `/sub/`, so that relative
        /// links inside its index resolve against the folder.
        case redirect(location: String)
        case notFound
        case forbidden
        case badRequest
    }

    public var root: URL

    public init(root: URL) { self.root = root }

    public func resolve(_ target: String) -> Resolution {
        let request: RequestTarget
        switch RequestTarget.parse(target) {
        case .success(let parsed): request = parsed
        case .failure(.badRequest): return .badRequest
        case .failure(.forbidden): return .forbidden
        }
        // Resolved on every request: a rebuild swaps the whole output folder.
        guard let realRoot = FileStatus.realPath(root.path) else { return .notFound }
        let candidate = ([realRoot == "/" ? "" : realRoot] + request.segments).joined(separator: "/")

        switch locate(candidate, in: realRoot) {
        case .missing: return .notFound
        case .outside: return .forbidden
        case .inside(let real):
            switch FileStatus.kind(real) {
            case .regularFile:
                return request.endsWithSlash ? .notFound : .file(URL(fileURLWithPath: real))
            case .directory:
                guard request.endsWithSlash || request.segments.isEmpty else {
                    return .redirect(location: request.rawPath + "/" + (request.query.map { "?" + $0 } ?? ""))
                }
                switch locate(real + "/index.html", in: realRoot) {
                case .missing: return .notFound
                case .outside: return .forbidden
                case .inside(let index):
                    return FileStatus.kind(index) == .regularFile ? .file(URL(fileURLWithPath: index)) : .notFound
                }
            case .other, .missing:
                return .notFound
            }
        }
    }

    private enum Location { case inside(String), outside, missing }

    /// Where `path` really is, every symlink followed.
    private func locate(_ path: String, in realRoot: String) -> Location {
        guard let real = FileStatus.realPath(path) else { return .missing }
        return FileStatus.isInside(real, root: realRoot) ? .inside(real) : .outside
    }
}
