import Diagnostics
import Foundation
import Parallel

extension SiteWriter {
    /// A write that takes the site a batch of files at a time, as the build makes them, so that
    /// no more than a batch is held in memory. Each file is compared with the one at its path in
    /// the old site as it comes; the temporary folder is made only when the first file that
    /// changed comes (the unchanged ones before it are then linked into it), so a build that
    /// changes nothing makes nothing on disk. `finish` swaps the new site in; `abandon` — after
    /// a problem found later in the build — removes the temporary folder and leaves the old site
    /// as it was. Used from one thread; each batch is compared and written on every core.
    public final class Stream {
        let writer: SiteWriter
        /// Why this build may not replace what is at the output path; nothing is written then.
        let refusal: Diagnostic?
        private let output: String
        private let occupant: OutputFolder.Occupant
        /// The files of the old site.
        private let old: Set<String>
        private let disk: DiskOperations
        private(set) var changes = Changes()
        /// The paths given so far: a path given twice is written once, and the build's duplicate
        /// check reports it.
        private var given: Set<String> = []
        /// Unchanged files given before the temporary folder was made.
        private var unchangedBeforeOpening: [String] = []
        private var temporary: String?
        private var folders: Set<String> = []
        private var failure: POSIXError?
        private var ended = false

        init(_ writer: SiteWriter) {
            self.writer = writer
            writer.removeLeftovers()
            refusal = writer.refusal()
            output = writer.folder.path
            occupant = refusal == nil ? writer.folder.occupant : .nothing
            old = occupant.isFolder ? SiteWriter.regularFiles(under: output) : []
            disk = writer.operations.gated(by: writer.gate)
        }

        /// Compares and writes one batch.
        public func add(_ files: [OutputFile]) {
            guard refusal == nil, failure == nil, !ended else { return }
            let files = files.filter { given.insert($0.path).inserted }
            let (output, old) = (self.output, self.old)
            let same = files.parallelMap { file in old.contains(file.path) && SiteWriter.holds(output + "/" + file.path, file) }
            let unchanged = same.count { $0 }
            changes.unchanged += unchanged
            changes.written += files.count - unchanged
            if temporary == nil, unchanged == files.count {
                unchangedBeforeOpening += files.map(\.path)
                return
            }
            do throws(POSIXError) {
                let temporary = try openedTemporary()
                try makeParents(of: files.map(\.path), in: temporary)
                let disk = self.disk
                let failures = Array(zip(files, same)).parallelMap { file, isSame -> POSIXError? in
                    let target = temporary + "/" + file.path
                    if isSame, (try? disk.link((output + "/" + file.path, target))) != nil { return nil }
                    do throws(POSIXError) { try disk.writeFile((target, file)) } catch { return error }
                    return nil
                }
                if let first = failures.lazy.compactMap({ $0 }).first { throw first }
            } catch {
                failure = error
            }
        }

        /// Puts the new site in place, unless nothing changed; every problem is in `diagnostics`.
        public func finish(diagnostics: inout Diagnostics) -> Changes {
            guard !ended else { return changes }
            if let refusal {
                ended = true
                diagnostics.append(refusal)
                return Changes()
            }
            add([OutputFile(path: OutputFolder.markerName, bytes: OutputFolder.markerBytes)])
            ended = true
            changes.removed = old.subtracting(given).count
            if changes.written == 0, changes.removed == 0, occupant.isFolder, temporary == nil { return changes }
            let retired = writer.folder.retired(writer.processID)
            writer.gate.track([retired])
            defer { writer.gate.untrack([retired] + [temporary].compactMap { $0 }) }
            do throws(POSIXError) {
                if let failure { throw failure }
                let temporary = try openedTemporary()
                try writer.swap(temporary, into: output, retired: retired, replacing: occupant != .nothing)
            } catch {
                if let temporary { try? disk.removeTree(temporary) }
                if !writer.folder.exists { try? disk.rename((retired, output)) }
                diagnostics.error(at: nil, Message("output.cannot-write-site", ["path": .text(writer.outputDirectory.path),
                                                                                "reason": .text(error.localizedDescription)]))
            }
            return changes
        }

        /// Removes what was written: the build found a problem after the stream began.
        public func abandon() {
            guard !ended else { return }
            ended = true
            guard let temporary else { return }
            try? disk.removeTree(temporary)
            writer.gate.untrack([temporary])
        }

        /// The temporary folder, made (with the unchanged files given before it) the first time.
        private func openedTemporary() throws(POSIXError) -> String {
            if let temporary { return temporary }
            let path = writer.folder.temporary(writer.processID)
            writer.gate.track([path])
            temporary = path
            try writer.makeFolders(upTo: writer.folder.parent)
            try disk.makeFolder(path)
            let waiting = unchangedBeforeOpening
            unchangedBeforeOpening = []
            try makeParents(of: waiting, in: path)
            let (output, disk) = (self.output, self.disk)
            let failures = waiting.parallelMap { relative -> POSIXError? in
                do throws(POSIXError) { try disk.link((output + "/" + relative, path + "/" + relative)) } catch { return error }
                return nil
            }
            if let first = failures.lazy.compactMap({ $0 }).first { throw first }
            return path
        }

        /// Makes the folders the files at `paths` need that are not made yet, parents first.
        private func makeParents(of paths: [String], in temporary: String) throws(POSIXError) {
            var missing: Set<String> = []
            for path in paths {
                var parent = (path as NSString).deletingLastPathComponent
                while !parent.isEmpty, !folders.contains(parent), missing.insert(parent).inserted {
                    parent = (parent as NSString).deletingLastPathComponent
                }
            }
            // A parent's path sorts before its children's.
            for relative in missing.sorted() {
                try disk.makeFolder(temporary + "/" + relative)
                folders.insert(relative)
            }
        }
    }

    /// A write that takes the files as they are made.
    public func stream() -> Stream { Stream(self) }
}
