import Diagnostics
import Foundation

extension SiteWriter {
    /// What `removeLeftovers()` found beside the output.
    public struct Cleanup: Sendable, Equatable {
        /// The old site a build had set aside when it was killed, put back at the output path.
        public var restored: String?
        /// The temporary folders removed (by name).
        public var removed: [String] = []

        public init(restored: String? = nil, removed: [String] = []) {
            (self.restored, self.removed) = (restored, removed)
        }

        /// One progress line, or nil when there was nothing to do.
        public var summaryMessage: Message? {
            let count = removed.count
            let names = Message.Value.text(removed.joined(separator: ", "))
            let leftovers: Message.Value = .message(count == 1 ? Message("build.leftovers.one", ["names": names])
                                                               : Message("build.leftovers", ["count": .text(String(count)), "names": names]))
            switch (restored, count) {
            case (nil, 0): return nil
            case (let restored?, 0): return Message("build.leftovers.restored", ["folder": .text(restored)])
            case (let restored?, _): return Message("build.leftovers.restored-and-removed", ["folder": .text(restored), "leftovers": leftovers])
            case (nil, _): return Message("build.leftovers.removed", ["leftovers": leftovers])
            }
        }

        /// The progress line in English.
        public var summary: String? { summaryMessage?.text(in: .en) }
    }

    /// Clears away what interrupted builds left beside the output: their temporary folders
    /// (`.site.new-<pid>`, `.site.old-<pid>`) whose process no longer runs; those of a build
    /// still running are left alone. When the output path is missing — a build was killed
    /// between the two renames of a swap — the old site it set aside is put back first.
    @discardableResult
    public func removeLeftovers() -> Cleanup {
        let folder = self.folder
        let disk = operations.gated(by: gate)
        // A leftover named with this process's id comes from an earlier process that had the
        // same id: this one's folders are made after this.
        var stale = folder.leftovers().filter { $0.processID == processID || !OutputFolder.isRunning($0.processID) }
        var cleanup = Cleanup()
        if !folder.exists, let index = stale.firstIndex(where: \.isRetired),
           (try? disk.rename((stale[index].path, folder.path))) != nil {
            cleanup.restored = stale.remove(at: index).name
        }
        for leftover in stale where (try? disk.removeTree(leftover.path)) != nil {
            cleanup.removed.append(leftover.name)
        }
        return cleanup
    }
}
