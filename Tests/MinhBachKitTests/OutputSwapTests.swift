import Foundation
@testable import MinhBachKit
import Testing
import TestSupport

/// A build killed at any step of its disk work leaves the output path holding the old site or
/// the new one, whole; the next build clears what the killed one left and writes the new site.
@Suite struct OutputSwapTests {
    enum Mode: CaseIterable, CustomStringConvertible {
        /// `renameat2(RENAME_EXCHANGE)` works: one step, no window.
        case exchange
        /// It does not (EINVAL): two renames, with a window between them.
        case twoRenames
        var description: String { self == .exchange ? "exchange" : "two renames" }
    }

    /// A folder with the old site in `site` (unless `withOldSite` is false).
    static func folderWithOldSite(_ withOldSite: Bool) -> (parent: URL, output: URL) {
        let parent = SiteTree.temporaryFolder("swap")
        let output = parent.appendingPathComponent("site")
        if withOldSite { #expect(write(TwoSites.old, to: output).all.isEmpty) }
        return (parent, output)
    }

    /// The kinds of the disk steps of a build of the new site over the old one when nothing dies.
    static func steps(_ mode: Mode, withOldSite: Bool) -> [String] {
        let (_, output) = folderWithOldSite(withOldSite)
        let disk = DyingDisk(exchangeWorks: mode == .exchange)
        #expect(write(TwoSites.new, to: output, disk.operations).all.isEmpty)
        #expect(SiteTree.read(output) == TwoSites.newTree)
        return disk.log
    }

    static func stepCount(_ mode: Mode, withOldSite: Bool) -> Int { steps(mode, withOldSite: withOldSite).count }

    /// The steps (from 1) that begin or end a run of steps of one kind (a file written or linked
    /// is one kind): dying inside a run of file writes or unlinks leaves what dying at its ends
    /// leaves, with more or fewer files.
    static func boundaries(_ log: [String]) -> [Int] {
        let kinds = log.map { $0 == "link" ? "writeFile" : $0 }
        return kinds.indices.filter { index in
            index == 0 || index == kinds.count - 1 || kinds[index - 1] != kinds[index] || kinds[index + 1] != kinds[index]
        }.map { $0 + 1 }
    }

    /// What the output path may hold after a build of the new site was killed: the old site or
    /// the new one. Only in the fallback's window — killed between its two renames — is there no
    /// output; then the old site waits whole beside it, and the next build puts it back first.
    static func expectOldOrNew(_ output: URL, _ parent: URL, killedAt step: Int, windowOpen: Bool, withOldSite: Bool,
                               sourceLocation: SourceLocation = #_sourceLocation) {
        let tree = SiteTree.read(output)
        if FileManager.default.fileExists(atPath: output.path) {
            #expect(tree == TwoSites.newTree || (withOldSite && tree == TwoSites.oldTree),
                    "killed at step \(step): the output is neither site", sourceLocation: sourceLocation)
            return
        }
        #expect(!withOldSite || windowOpen, "killed at step \(step): no output", sourceLocation: sourceLocation)
        if withOldSite {
            let aside = names(in: parent).filter { $0.hasPrefix(".site.old-") }
            #expect(aside.count == 1 && SiteTree.read(parent.appendingPathComponent(aside[0])) == TwoSites.oldTree,
                    "killed at step \(step): the old site is not aside", sourceLocation: sourceLocation)
        }
    }

    /// Whether a build died between the two renames of the fallback.
    static func diedBetweenRenames(_ disk: DyingDisk) -> Bool {
        !disk.exchangeWorks && disk.log.suffix(3) == ["exchange", "rename", "rename"]
    }

    /// The next ordinary build removes every leftover and writes the new site.
    static func expectRecovery(_ output: URL, _ parent: URL, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(write(TwoSites.new, to: output).all.isEmpty, sourceLocation: sourceLocation)
        #expect(SiteTree.read(output) == TwoSites.newTree, sourceLocation: sourceLocation)
        #expect(names(in: parent) == ["site"], sourceLocation: sourceLocation)
    }

    @Test(arguments: Mode.allCases, [true, false])
    func aBuildKilledAtAnyStepLeavesTheOldSiteOrTheNew(mode: Mode, withOldSite: Bool) throws {
        let steps = Self.stepCount(mode, withOldSite: withOldSite)
        let killed = try endedProcessIDs(1)[0]
        for step in 1...steps {
            let (parent, output) = Self.folderWithOldSite(withOldSite)
            let disk = DyingDisk(dieAt: step, exchangeWorks: mode == .exchange)
            write(TwoSites.new, to: output, disk.operations, processID: killed)
            Self.expectOldOrNew(output, parent, killedAt: step, windowOpen: Self.diedBetweenRenames(disk), withOldSite: withOldSite)
            Self.expectRecovery(output, parent)
        }
    }

    /// The build after a killed one can be killed too (putting the old site back, removing
    /// leftovers, writing): still the old site or the new one, and the build after that clears
    /// everything. Both are killed at the ends of each run of steps of one kind.
    @Test(arguments: Mode.allCases)
    func theBuildAfterAKilledOneCanBeKilledToo(mode: Mode) throws {
        let ids = try endedProcessIDs(2)
        /// The old site, and a build of the new one killed at `first`.
        func killedOnce(at first: Int) -> (parent: URL, output: URL, disk: DyingDisk) {
            let (parent, output) = Self.folderWithOldSite(true)
            let disk = DyingDisk(dieAt: first, exchangeWorks: mode == .exchange)
            write(TwoSites.new, to: output, disk.operations, processID: ids[0])
            return (parent, output, disk)
        }
        for first in Self.boundaries(Self.steps(mode, withOldSite: true)) {
            let (_, plainOutput, _) = killedOnce(at: first)
            let plainSecond = DyingDisk(exchangeWorks: mode == .exchange)
            write(TwoSites.new, to: plainOutput, plainSecond.operations, processID: ids[1])
            for second in Self.boundaries(plainSecond.log) {
                let (parent, output, firstDisk) = killedOnce(at: first)
                let secondDisk = DyingDisk(dieAt: second, exchangeWorks: mode == .exchange)
                write(TwoSites.new, to: output, secondDisk.operations, processID: ids[1])
                // The window stays open if the second build died as it put the old site back.
                let windowOpen = Self.diedBetweenRenames(secondDisk)
                    || (Self.diedBetweenRenames(firstDisk) && secondDisk.log == ["rename"])
                Self.expectOldOrNew(output, parent, killedAt: second, windowOpen: windowOpen, withOldSite: true)
                Self.expectRecovery(output, parent)
            }
        }
    }

    /// With an old output, the swap is one exchange, and the first build one rename; where the
    /// exchange is refused, two renames.
    @Test func theSwapIsOneExchangeWhereTheSystemHasIt() {
        let (_, first) = Self.folderWithOldSite(false)
        let firstDisk = DyingDisk()
        write(TwoSites.new, to: first, firstDisk.operations)
        #expect(firstDisk.log.filter { $0 == "rename" || $0 == "exchange" } == ["rename"])

        let (_, output) = Self.folderWithOldSite(true)
        let disk = DyingDisk()
        write(TwoSites.new, to: output, disk.operations)
        #expect(disk.log.filter { $0 == "rename" || $0 == "exchange" } == ["exchange"])

        let (_, fallback) = Self.folderWithOldSite(true)
        let fallbackDisk = DyingDisk(exchangeWorks: false)
        write(TwoSites.new, to: fallback, fallbackDisk.operations)
        #expect(fallbackDisk.log.filter { $0 == "rename" || $0 == "exchange" } == ["exchange", "rename", "rename"])
        #expect(SiteTree.read(fallback) == TwoSites.newTree)
    }

    /// The real `renameat2` exchanges a folder with a file, and says when it cannot.
    @Test func renameExchangeSwapsTwoPaths() throws {
        let folder = SiteTree.temporaryFolder("exchange")
        let a = folder.appendingPathComponent("a").path, b = folder.appendingPathComponent("b").path
        try FileManager.default.createDirectory(atPath: a, withIntermediateDirectories: true)
        try Data("tệp".utf8).write(to: URL(fileURLWithPath: b))
        try DiskOperations.system.exchange((a, b))
        #expect(FileManager.default.contents(atPath: a) == Data("tệp".utf8))
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: b, isDirectory: &isFolder) && isFolder.boolValue)
        #expect(throws: POSIXError.self) { try DiskOperations.system.exchange((a, folder.appendingPathComponent("c").path)) }
    }

    /// A Ctrl-C while files are written: the steps under way end, no later one runs, the
    /// temporary folder goes, and the old site stays.
    @Test func closingTheGateWhileWritingLeavesTheOldSite() throws {
        let (parent, output) = Self.folderWithOldSite(true)
        let gate = WriteGate()
        let closing = Closing()
        let disk = DyingDisk { kind, number in
            guard kind == "writeFile", closing.start(gate) else { return }
            // The signal lands while this file is written: wait until the handler has closed.
            Self.wait { gate.isClosed }
        }
        let diagnostics = write(TwoSites.new, to: output, disk.operations, gate: gate)
        let result = closing.result()
        #expect(diagnostics.hasErrors)
        #expect(SiteTree.read(output) == TwoSites.oldTree)
        #expect(names(in: parent) == ["site"])
        #expect(result?.replacedOutput == false)
        #expect(result?.removed.map { ($0 as NSString).lastPathComponent } == [".site.new-\(getpid())"])
    }

    /// A Ctrl-C during the two renames of the fallback swap waits for both: never a missing
    /// output. The old site, set aside, is removed by the handler.
    @Test func closingTheGateDuringTheFallbackSwapWaitsForBothRenames() throws {
        let (parent, output) = Self.folderWithOldSite(true)
        let gate = WriteGate()
        let closing = Closing()
        let disk = DyingDisk(exchangeWorks: false) { kind, _ in
            guard kind == "rename", closing.start(gate) else { return }
            Self.wait { gate.isClosed }
        }
        write(TwoSites.new, to: output, disk.operations, gate: gate)
        let result = closing.result()
        #expect(SiteTree.read(output) == TwoSites.newTree)
        #expect(names(in: parent) == ["site"])
        #expect(result?.replacedOutput == true)
    }

    /// Closes a gate once, on another thread, as a signal handler does.
    final class Closing: @unchecked Sendable {
        private let lock = NSLock()
        private var started = false
        private var closing: WriteGate.Closing?
        private let done = DispatchSemaphore(value: 0)

        /// Starts closing `gate` the first time it is called; false after.
        func start(_ gate: WriteGate) -> Bool {
            guard lock.withLock({ !started && { started = true; return true }() }) else { return false }
            Thread.detachNewThread {
                let result = gate.close()
                self.lock.withLock { self.closing = result }
                self.done.signal()
            }
            return true
        }

        func result() -> WriteGate.Closing? {
            guard lock.withLock({ started }) else { return nil }
            _ = done.wait(timeout: .now() + 60)
            return lock.withLock { closing }
        }
    }

    /// Waits (at most a minute: a bound, not a timing) until `condition` holds.
    static func wait(_ condition: () -> Bool) {
        let deadline = Date().addingTimeInterval(60)
        while !condition(), Date() < deadline { usleep(200) }
    }
}
