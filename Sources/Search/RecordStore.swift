import FileSystem

/// Where an index keeps its pages' records from reading a page to writing the record shards:
/// encoded as bytes, in a scratch file when it is given a folder for one, else in memory. The
/// records' texts are most of what an index holds, and a build need not hold them while it
/// makes the site.
final class RecordStore: @unchecked Sendable {
    typealias Span = ScratchFile.Span

    private var memory: [UInt8] = []
    private let file: ScratchFile?
    /// How much of the records the file holds: all of them until a write fails.
    private var end = 0

    /// `folder`: where the scratch file is made; nil, or a folder it cannot be made in, keeps
    /// the records in memory.
    init(scratchFolder folder: String?) {
        file = folder.flatMap { ScratchFile(folder: $0, name: "search-records") }
    }

    /// Keeps `bytes`; a full disk keeps them, and what follows, in memory instead.
    func append(_ bytes: [UInt8]) -> Span {
        if let file, memory.isEmpty, let span = file.append(bytes) {
            end = file.end
            return span
        }
        // From the first write that fails on, the records stay in memory: what the file holds
        // is read from it, the rest from memory.
        defer { memory += bytes }
        return Span(offset: end + memory.count, length: bytes.count)
    }

    func bytes(_ span: Span) -> [UInt8] {
        guard span.offset >= end else { return file!.bytes(span) }
        let start = span.offset - end
        return Array(memory[start..<start + span.length])
    }
}
