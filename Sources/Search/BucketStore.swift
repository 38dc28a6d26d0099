import FileSystem

/// Entries kept by bucket, from when they are made until they are read back once: a bucket's
/// entries come back in the order they went in, a chunk at a time, each chunk whole entries.
/// Chunks go to a scratch file when there is one, so that memory holds one open chunk per
/// bucket; without one, or when the disk is full, they stay in memory.
final class BucketStore: @unchecked Sendable {
    private enum Chunk {
        case file(ScratchFile.Span)
        case memory([UInt8])
    }

    private var open: [[UInt8]]
    private var sealed: [[Chunk]]
    private let file: ScratchFile?
    private let chunkBytes: Int

    init(buckets: Int, chunkBytes: Int, scratchFolder: String?, name: String) {
        open = Array(repeating: [], count: buckets)
        sealed = Array(repeating: [], count: buckets)
        self.chunkBytes = chunkBytes
        file = scratchFolder.flatMap { ScratchFile(folder: $0, name: name) }
    }

    var bucketCount: Int { open.count }

    /// One entry, written by `write` at the end of `bucket`.
    func append(to bucket: Int, _ write: (inout [UInt8]) -> Void) {
        write(&open[bucket])
        if open[bucket].count >= chunkBytes { seal(bucket) }
    }

    private func seal(_ bucket: Int) {
        let bytes = open[bucket]
        open[bucket] = []
        if let file, let span = file.append(bytes) {
            sealed[bucket].append(.file(span))
        } else {
            sealed[bucket].append(.memory(bytes))
        }
    }

    /// Each chunk of `bucket` in order, the bucket emptied as it goes.
    func drain(_ bucket: Int, _ body: ([UInt8]) -> Void) {
        var chunks = Array(sealed[bucket].reversed())
        sealed[bucket] = []
        while let chunk = chunks.popLast() {
            switch chunk {
            case .file(let span): body(file!.bytes(span))
            case .memory(let bytes): body(bytes)
            }
        }
        let rest = open[bucket]
        open[bucket] = []
        if !rest.isEmpty { body(rest) }
    }

    /// All of `bucket` in one array, the bucket emptied.
    func take(_ bucket: Int) -> [UInt8] {
        var all: [UInt8] = []
        drain(bucket) { all += $0 }
        return all
    }
}
