import Formatting
import Dispatch
import Markup
import Parallel

/// A form as the term shards need it: its folded key, the form, the key's `SearchIndex.hash`
/// and its postings, kept as bytes in a `BucketStore` between the stages that make the shards.
struct TermEntry {
    var folded: Range<Int>
    var exact: Range<Int>
    var hash: UInt32
    var postings: Range<Int>

    static func write(folded: [UInt8], exact: UnsafeBufferPointer<UInt8>, hash: UInt32, postings: [UInt8], to out: inout [UInt8]) {
        VarInt.append(folded.count, to: &out)
        out += folded
        VarInt.append(exact.count, to: &out)
        out.append(contentsOf: exact)
        VarInt.append(Int(hash), to: &out)
        VarInt.append(postings.count, to: &out)
        out += postings
    }

    /// The entry at `position`, which moves past it; nil at the end.
    static func read(_ bytes: [UInt8], at position: inout Int) -> TermEntry? {
        guard let folded = VarInt.readRun(bytes, at: &position), let exact = VarInt.readRun(bytes, at: &position),
              let hash = VarInt.read(bytes, at: &position), let postings = VarInt.readRun(bytes, at: &position) else { return nil }
        return TermEntry(folded: folded, exact: exact, hash: UInt32(truncatingIfNeeded: hash), postings: postings)
    }
}

/// The term shards of an index (docs/search.md), made in three passes over bytes so that no
/// pass holds more than a share of them: each table's forms merged bucket by bucket, which says
/// what they weigh and so how many shards there are; the merged forms handed out to groups of
/// `SearchIndex.filesPerBatch` shards; each group's shards written.
struct TermShards {
    /// Each table's merged forms.
    private let merged: [BucketStore]
    private let scratchFolder: String?
    /// What the shards weigh together, roughly: the shard count is chosen from it.
    let weight: Int

    init(_ tables: [FormTable], numbers: [Int32]?, scratchFolder: String?) {
        let merged = tables.indices.map { BucketStore(buckets: 1, chunkBytes: 1 << 20, scratchFolder: scratchFolder, name: "merged-\($0)") }
        let weights = Array(tables.indices).parallelMap { tables[$0].merge(numbers: numbers, into: merged[$0]) }
        self.merged = merged
        self.scratchFolder = scratchFolder
        weight = weights.reduce(0, +)
    }

    /// `t0.js`…, in order, a batch at a time.
    func write(count: Int, folder: String, emit: ([IndexFile]) -> Void) {
        let perGroup = SearchIndex.filesPerBatch
        let groups = BucketStore(buckets: (count + perGroup - 1) / perGroup, chunkBytes: 16 << 10, scratchFolder: scratchFolder, name: "terms")
        for table in merged {
            table.drain(0) { chunk in
                var position = 0
                var start = 0
                while let entry = TermEntry.read(chunk, at: &position) {
                    groups.append(to: Int(entry.hash % UInt32(count)) / perGroup) { $0 += chunk[start..<position] }
                    start = position
                }
            }
        }
        for group in 0..<groups.bucketCount {
            let data = groups.take(group)
            let first = group * perGroup
            var members = [[TermEntry]](repeating: [], count: min(perGroup, count - first))
            var position = 0
            while let entry = TermEntry.read(data, at: &position) { members[Int(entry.hash % UInt32(count)) - first].append(entry) }
            emit(Array(members.enumerated()).parallelMap { offset, entries in
                IndexFile(path: folder + "t\(first + offset).js", bytes: Self.shard(first + offset, entries, in: data))
            })
        }
    }

    /// Term shard `number`'s file: its forms grouped by folded key, keys and the forms of each in
    /// byte order (code point order).
    static func shard(_ number: Int, _ entries: [TermEntry], in data: [UInt8]) -> [UInt8] {
        var out = Array("__minhbachSearch(\"t\",\(number),{".utf8)
        data.withUnsafeBufferPointer { data in
            let sorted = entries.sorted { a, b in
                let order = compare(data[a.folded], data[b.folded])
                return order != 0 ? order < 0 : compare(data[a.exact], data[b.exact]) < 0
            }
            var previous: TermEntry? = nil
            for entry in sorted {
                if let previous, compare(data[previous.folded], data[entry.folded]) == 0 {
                    out.append(UInt8(ascii: ","))
                } else {
                    if previous != nil { out += [UInt8(ascii: "}"), UInt8(ascii: ","), 0x0A] }
                    JSONText.append(UnsafeBufferPointer(rebasing: data[entry.folded]), to: &out)
                    out += [UInt8(ascii: ":"), UInt8(ascii: "{")]
                }
                JSONText.append(UnsafeBufferPointer(rebasing: data[entry.exact]), to: &out)
                out.append(UInt8(ascii: ":"))
                JSONText.append(UnsafeBufferPointer(rebasing: data[entry.postings]), to: &out)
                previous = entry
            }
            if previous != nil { out.append(UInt8(ascii: "}")) }
        }
        return out + Array("});\n".utf8)
    }

    /// Byte order: negative, zero or positive.
    private static func compare(_ a: Slice<UnsafeBufferPointer<UInt8>>, _ b: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        for (x, y) in zip(a, b) where x != y { return Int(x) - Int(y) }
        return a.count - b.count
    }
}
