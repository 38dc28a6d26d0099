import Diagnostics
import FileSystem
import Foundation
import Search

/// The part folders a merge joins, checked before anything is made from them: each is a part of
/// this site (same content, theme and options), each part is there once, and every file they
/// list lies inside them. A file that cannot be read later is a problem of the merge, not a gap
/// in the site.
final class PartFolders: @unchecked Sendable {
    private let folders: [String]
    private let names: [String]
    /// Per edition, each page's and section's files: the part (from 0) and the entry.
    private let units: [[PartManifest.Unit: [(part: Int, entry: PartManifest.Entry)]]]
    private let lock = NSLock()
    private var unreadable: [Diagnostic] = []

    /// - Parameter names: each folder as messages show it.
    static func open(_ folders: [URL], names: [String], source: String, diagnostics: inout Diagnostics) -> PartFolders? {
        var manifests: [(folder: Int, manifest: PartManifest)] = []
        let before = diagnostics.errorCount
        for (number, folder) in folders.enumerated() {
            let values: [String: Message.Value] = ["folder": .text(names[number]), "file": .text(PartManifest.fileName)]
            guard let bytes = FileBytes.read(folder.path + "/" + PartManifest.fileName),
                  let manifest = try? JSONDecoder().decode(PartManifest.self, from: Data(bytes)) else {
                diagnostics.error(at: nil, Message("merge.not-a-part", values), hint: Message("merge.not-a-part-hint", values))
                continue
            }
            guard manifest.version == PartManifest.currentVersion, manifest.source == source else {
                diagnostics.error(at: nil, Message("merge.other-source", values), hint: Message("merge.other-source-hint"))
                continue
            }
            if let bad = manifest.files.first(where: { !Self.isInside($0.path) }) {
                diagnostics.error(at: nil, Message("merge.path-outside", values.merging(["path": .text(bad.path)]) { $1 }))
                continue
            }
            manifests.append((number, manifest))
        }
        let count = manifests.first?.manifest.parts ?? folders.count
        var byPart: [Int: Int] = [:]
        for (folder, manifest) in manifests {
            if manifest.parts != count {
                diagnostics.error(at: nil, Message("merge.other-count", ["folder": .text(names[folder]), "count": .text(String(manifest.parts)),
                                                                          "first": .text(String(count))]))
            } else if let earlier = byPart[manifest.part] {
                diagnostics.error(at: nil, Message("merge.part-twice", ["part": .text("\(manifest.part)/\(count)"), "first": .text(names[earlier]),
                                                                         "second": .text(names[folder])]))
            } else {
                byPart[manifest.part] = folder
            }
        }
        let missing = (1...max(count, 1)).filter { byPart[$0] == nil }
        if diagnostics.errorCount == before, !missing.isEmpty {
            diagnostics.error(at: nil, Message("merge.parts-missing", ["parts": .text(missing.map { "\($0)/\(count)" }.joined(separator: ", "))]),
                              hint: Message("merge.parts-missing-hint", ["count": .text(String(count))]))
        }
        guard diagnostics.errorCount == before else { return nil }
        var units: [[PartManifest.Unit: [(part: Int, entry: PartManifest.Entry)]]] = []
        for (part, manifest) in manifests.sorted(by: { $0.manifest.part < $1.manifest.part }).map({ (byPart[$0.manifest.part]!, $0.manifest) }) {
            for entry in manifest.files {
                while units.count <= entry.edition { units.append([:]) }
                units[entry.edition][entry.unit, default: []].append((part, entry))
            }
        }
        return PartFolders(folders: folders.map(\.path), names: names, units: units)
    }

    private init(folders: [String], names: [String], units: [[PartManifest.Unit: [(part: Int, entry: PartManifest.Entry)]]]) {
        self.folders = folders
        self.names = names
        self.units = units
    }

    /// The files a part made for `unit` of an edition, in the order it made them, read from its
    /// folder (where they are under the edition's `prefix`).
    func files(edition: Int, prefix: String, unit: PartManifest.Unit) -> [OutputFile] {
        var all: [OutputFile] = []
        files(edition: edition, prefix: prefix, unit: unit, batchesOf: .max) { all += $0 }
        return all
    }

    /// The same, handed to `body` `size` files at a time: a section's files (the unit pages with
    /// their charts and the downloads) are read as they are written, not all at once.
    func files(edition: Int, prefix: String, unit: PartManifest.Unit, batchesOf size: Int, _ body: ([OutputFile]) -> Void) {
        guard edition < units.count else { return }
        let listed = units[edition][unit] ?? []
        for start in stride(from: 0, to: listed.count, by: size) {
            body(read(listed[start..<min(start + size, listed.count)], prefix: prefix))
        }
    }

    private func read(_ listed: ArraySlice<(part: Int, entry: PartManifest.Entry)>, prefix: String) -> [OutputFile] {
        listed.compactMap { part, entry in
            guard let bytes = FileBytes.read(folders[part] + "/" + prefix + entry.path) else {
                lock.withLock {
                    unreadable.append(.error(at: nil, Message("merge.file-missing", ["folder": .text(names[part]), "path": .text(prefix + entry.path)]),
                                             hint: Message("merge.file-missing-hint")))
                }
                return nil
            }
            var file = OutputFile(path: entry.path, bytes: bytes)
            file.searchKind = entry.searchKind.flatMap(SearchKind.init(rawValue:))
            return file
        }
    }

    /// The content files the parts copied for an edition, one for each path (the first part's
    /// that lists it), in path order, each read as `body` takes it.
    func eachCopy(edition: Int, prefix: String, _ body: (OutputFile) -> Void) {
        guard edition < units.count else { return }
        let listed = units[edition][.copies] ?? []
        var first: [String: Int] = [:]
        for (index, item) in listed.enumerated() where first[item.entry.path] == nil { first[item.entry.path] = index }
        for path in first.keys.sorted() {
            let index = first[path]!
            read(listed[index...index], prefix: prefix).first.map(body)
        }
    }

    /// The paths of the files a part made for `unit` of an edition, without its language folder.
    func paths(edition: Int, unit: PartManifest.Unit) -> [String] {
        edition < units.count ? (units[edition][unit] ?? []).map(\.entry.path) : []
    }

    /// The files listed but not found, so far.
    var problems: [Diagnostic] { lock.withLock { unreadable } }

    /// A relative path that stays inside its folder: no `/` first, no `.` or `..` step.
    static func isInside(_ path: String) -> Bool {
        let steps = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.isEmpty && path != PartManifest.fileName && !steps.contains { $0.isEmpty || $0 == "." || $0 == ".." }
    }
}
