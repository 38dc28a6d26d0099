import Foundation

/// Which folder of a module uses which: the folders of MinhBachKit are one Swift module, so
/// `import` says nothing, and this reads the names instead. A folder declares its top-level
/// types, functions and constants, and the members it adds in extensions of other folders'
/// types when no other folder declares a member of that name; it uses a name declared by another
/// folder when the name appears in its code (comments and string literals skipped) and the
/// folder declares nothing of that name itself.
struct FolderGraph {
    struct Source {
        /// The path below the module's folder, `Render/SiteRenderer.swift`; the folder is its
        /// first component.
        var path: String
        var text: String

        var folder: String { String(path.prefix { $0 != "/" }) }
    }

    /// One place where `file` mentions `name`, declared in another folder.
    struct Use: Hashable, Comparable {
        var file: String
        var line: Int
        var name: String

        static func < (a: Use, b: Use) -> Bool { (a.file, a.line, a.name) < (b.file, b.line, b.name) }
    }

    /// Folder → the folder whose names it uses → the first use of each name in each file.
    private(set) var edges: [String: [String: [Use]]] = [:]
    /// Name → the folder that declares it.
    private(set) var declaringFolder: [String: String] = [:]

    static let typeKeywords: Set<String> = ["struct", "enum", "class", "protocol", "typealias", "actor"]
    static let valueKeywords: Set<String> = ["func", "var", "let", "case"]

    init(_ sources: [Source]) {
        let scanned = sources.map { (source: $0, tokens: SwiftTokens($0.text).tokens) }
        // Every name a folder declares at any depth, locals included: a folder that has its own
        // `Key` or `files` means its own when it says so.
        var ownNames: [String: Set<String>] = [:]
        var topLevel: [(folder: String, name: String)] = []
        var extensionMembers: [(folder: String, name: String)] = []
        for (source, tokens) in scanned {
            var depth = 0
            // The depth at which each open extension's body starts.
            var extensionDepths: [Int] = []
            var pendingExtension = false
            for (index, token) in tokens.enumerated() {
                switch token.kind {
                case .openBrace:
                    depth += 1
                    if pendingExtension { extensionDepths.append(depth); pendingExtension = false }
                case .closeBrace:
                    if extensionDepths.last == depth { extensionDepths.removeLast() }
                    depth -= 1
                case .identifier:
                    if token.text == "extension" && depth == 0 { pendingExtension = true }
                    let keyword = token.text
                    guard Self.typeKeywords.contains(keyword) || Self.valueKeywords.contains(keyword),
                          index + 1 < tokens.count, tokens[index + 1].kind == .identifier else { continue }
                    let name = tokens[index + 1].text
                    // `class func`, `class var`: a modifier, not a class.
                    if keyword == "class" && (Self.valueKeywords.contains(name) || ["override", "final", "private", "public", "static"].contains(name)) { continue }
                    ownNames[source.folder, default: []].insert(name)
                    if depth == 0 {
                        topLevel.append((source.folder, name))
                    } else if depth == 1 && extensionDepths.last == 1 && keyword != "case" {
                        extensionMembers.append((source.folder, name))
                    }
                case .other:
                    break
                }
            }
        }
        for (folder, name) in topLevel { declaringFolder[name] = folder }
        for (folder, name) in extensionMembers where declaringFolder[name] == nil {
            let elsewhere = ownNames.contains { $0.key != folder && $0.value.contains(name) }
            if !elsewhere { declaringFolder[name] = folder }
        }

        for (source, tokens) in scanned {
            let folder = source.folder
            var seen: Set<String> = []
            for token in tokens where token.kind == .identifier && !seen.contains(token.text) {
                guard let declaring = declaringFolder[token.text], declaring != folder,
                      !(ownNames[folder]?.contains(token.text) ?? false) else { continue }
                seen.insert(token.text)
                edges[folder, default: [:]][declaring, default: []].append(Use(file: source.path, line: token.line, name: token.text))
            }
        }
    }

    /// Every `.swift` file below `folder`, with paths relative to it.
    static func sources(in folder: URL) throws -> [Source] {
        let root = folder.standardizedFileURL.path + "/"
        guard let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        var sources: [Source] = []
        for case let url as URL in walk where url.pathExtension == "swift" {
            let path = String(url.standardizedFileURL.path.dropFirst(root.count))
            sources.append(Source(path: path, text: try String(contentsOf: url, encoding: .utf8)))
        }
        return sources.sorted { $0.path < $1.path }
    }

    /// The folders `folder` depends on.
    func dependencies(of folder: String) -> Set<String> { Set(edges[folder].map { Array($0.keys) } ?? []) }
}
