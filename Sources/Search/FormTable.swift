import Markup
import Parallel

/// The distinct exact forms of one share of the index — those whose hash falls in its partition —
/// each with its postings already written. Each partition is filled by one thread, pages in
/// record order, so the partitions of an index fill in parallel and no posting is ever sorted.
final class FormTable: @unchecked Sendable {
    let partition: UInt64
    /// A struct inside the class: a class's stored properties are checked for exclusive access
    /// at run time, one by one, and the loop over a page's keys is the index's hottest.
    private(set) var forms = Forms()

    static let partitionBits = 3
    static var partitionCount: Int { 1 << partitionBits }

    static func partition(of hash: UInt64) -> UInt64 { hash >> UInt64(64 - partitionBits) }

    init(partition: Int) { self.partition = UInt64(partition) }

    /// Adds the keys of `page` that belong to this partition, its records numbered from
    /// `firstRecord`.
    func add(_ page: PageKeys, firstRecord: Int32) {
        forms.add(page, firstRecord: firstRecord, partition: partition)
    }

    /// Gives every record of every posting its number in `numbers` (indexed by its number now).
    func renumber(_ numbers: [Int32]) {
        forms.renumber(numbers)
    }

    struct Forms {
        private(set) var hashes: [UInt64] = []
        private(set) var starts: [Int] = []
        private(set) var lengths: [Int32] = []
        /// The exact forms, one after another.
        private(set) var bytes: [UInt8] = []
        private(set) var postings: [PostingsWriter] = []
        /// Open addressing: a form's index, or -1.
        private var slots = [Int32](repeating: -1, count: 1 << 12)

        var count: Int { hashes.count }

        mutating func add(_ page: PageKeys, firstRecord: Int32, partition: UInt64) {
            let partition = Int(partition)
            page.bytes.withUnsafeBufferPointer { pageBytes in
                for key in page.keys[page.partitionStarts[partition]..<page.partitionStarts[partition + 1]] {
                    let form = UnsafeBufferPointer(rebasing: pageBytes[Int(key.start)..<Int(key.start + key.length)])
                    let index = self.index(of: form, hash: key.hash)
                    postings[index].add(firstRecord + key.record, key.field)
                }
            }
        }

        mutating func renumber(_ numbers: [Int32]) {
            for index in postings.indices { postings[index] = postings[index].renumbered(numbers) }
        }

        /// The form's index, added when new.
        private mutating func index(of form: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let index = Int(slots[slot])
                if index < 0 { break }
                if hashes[index] == hash, Int(lengths[index]) == form.count,
                   bytes.withUnsafeBufferPointer({ $0[starts[index]..<starts[index] + form.count].elementsEqual(form) }) {
                    return index
                }
                slot = (slot + 1) & mask
            }
            let index = hashes.count
            slots[slot] = Int32(index)
            hashes.append(hash)
            starts.append(bytes.count)
            lengths.append(Int32(form.count))
            bytes.append(contentsOf: form)
            postings.append(PostingsWriter())
            if hashes.count * 2 > slots.count { growSlots() }
            return index
        }

        private mutating func growSlots() {
            slots = [Int32](repeating: -1, count: slots.count * 2)
            let mask = slots.count - 1
            for index in hashes.indices {
                var slot = Int(truncatingIfNeeded: hashes[index]) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(index)
            }
        }
    }
}

/// A form's postings as the index file writes them (docs/search.md): each record that has the
/// form, in increasing order, as `delta × 4 + field` in base 32, high digits first.
struct PostingsWriter {
    private(set) var bytes: [UInt8] = []
    private var previous: Int32 = 0

    /// `wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-`, worked out rather than read from an array: a static
    /// array costs a lazy-initialisation check on every digit.
    static func continuationDigit(_ digit: UInt64) -> UInt8 {
        switch digit {
        case ..<4: UInt8(ascii: "w") + UInt8(digit)
        case ..<30: UInt8(ascii: "A") + UInt8(digit - 4)
        case 30: UInt8(ascii: "_")
        default: UInt8(ascii: "-")
        }
    }

    /// `0123456789abcdefghijklmnopqrstuv`.
    static func lastDigit(_ digit: UInt64) -> UInt8 {
        digit < 10 ? UInt8(ascii: "0") + UInt8(digit) : UInt8(ascii: "a") + UInt8(digit - 10)
    }

    /// `record` must follow the previous one added.
    mutating func add(_ record: Int32, _ field: SearchIndex.Field) {
        add(record, field: UInt64(field.rawValue))
    }

    private mutating func add(_ record: Int32, field: UInt64) {
        let value = UInt64(record - previous) * 4 + field
        previous = record
        var shift = 0
        while value >> UInt64(shift + 5) > 0 { shift += 5 }
        while shift > 0 {
            bytes.append(Self.continuationDigit(value >> UInt64(shift) & 31))
            shift -= 5
        }
        bytes.append(Self.lastDigit(value & 31))
    }

    /// The same postings with each record `r` numbered `numbers[r]`, in increasing order again.
    /// A record is listed once per form, so no two entries tie.
    func renumbered(_ numbers: [Int32]) -> PostingsWriter {
        // Record in the high bits, field in the low two: sorting the entries sorts the records.
        var entries: [UInt64] = []
        var increasing = true
        var record: Int32 = 0
        var value: UInt64 = 0
        for byte in bytes {
            if let digit = Self.lastDigitValue(byte) {
                value = value << 5 | digit
                record += Int32(value >> 2)
                let entry = UInt64(numbers[Int(record)]) << 2 | value & 3
                if let last = entries.last, last > entry { increasing = false }
                entries.append(entry)
                value = 0
            } else {
                value = value << 5 | Self.continuationDigitValue(byte)
            }
        }
        if !increasing { entries.sort() }
        var renumbered = PostingsWriter()
        for entry in entries { renumbered.add(Int32(entry >> 2), field: entry & 3) }
        return renumbered
    }

    /// The value of a last digit; nil for a continuation digit.
    static func lastDigitValue(_ byte: UInt8) -> UInt64? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt64(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "v"): UInt64(byte - UInt8(ascii: "a")) + 10
        default: nil
        }
    }

    static func continuationDigitValue(_ byte: UInt8) -> UInt64 {
        switch byte {
        case UInt8(ascii: "w")...UInt8(ascii: "z"): UInt64(byte - UInt8(ascii: "w"))
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt64(byte - UInt8(ascii: "A")) + 4
        case UInt8(ascii: "_"): 30
        default: 31
        }
    }
}

/// Every form of an index with its folded key and its postings, flat, for writing the term
/// shards: forms are grouped by folded key, and keys go to shards by `SearchIndex.hash`.
struct FormList: Sendable {
    private var exact: [UInt8] = []
    private var exactRanges: [Range<Int>] = []
    private var folded: [UInt8] = []
    private var foldedRanges: [Range<Int>] = []
    private var postings: [[UInt8]] = []
    /// Each form's folded key's `SearchIndex.hash`.
    private(set) var shardHashes: [UInt32] = []
    /// What the term shards weigh together, roughly: the shard count is chosen from it.
    private(set) var totalBytes = 0

    var count: Int { exactRanges.count }

    init(_ tables: [FormTable]) {
        let tables = tables.map(\.forms)
        let folds = tables.parallelMap { table in
            var folded: [UInt8] = []
            var ranges: [Range<Int>] = []
            var hashes: [UInt32] = []
            table.bytes.withUnsafeBufferPointer { bytes in
                for index in 0..<table.count {
                    let start = folded.count
                    SearchTokens.folded(UnsafeBufferPointer(rebasing: bytes[table.starts[index]..<table.starts[index] + Int(table.lengths[index])]),
                                        into: &folded)
                    ranges.append(start..<folded.count)
                    hashes.append(folded.withUnsafeBufferPointer { SearchIndex.hash(UnsafeBufferPointer(rebasing: $0[start...])) })
                }
            }
            return (folded, ranges, hashes)
        }
        for (table, fold) in zip(tables, folds) {
            let exactBase = exact.count
            let foldedBase = folded.count
            for index in 0..<table.count {
                let start = exactBase + table.starts[index]
                exactRanges.append(start..<start + Int(table.lengths[index]))
                postings.append(table.postings[index].bytes)
                totalBytes += table.postings[index].bytes.count + Int(table.lengths[index]) + 6
            }
            exact += table.bytes
            foldedRanges += fold.1.map { ($0.lowerBound + foldedBase)..<($0.upperBound + foldedBase) }
            folded += fold.0
            shardHashes += fold.2
        }
    }

    /// Term shard `number`'s file: its forms grouped by folded key, keys and the forms of each in
    /// byte order (code point order).
    func shard(_ number: Int, _ members: [Int32]) -> [UInt8] {
        var out = Array("__minhbachSearch(\"t\",\(number),{".utf8)
        exact.withUnsafeBufferPointer { exact in
            folded.withUnsafeBufferPointer { folded in
                func exactForm(_ index: Int32) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: exact[exactRanges[Int(index)]]) }
                func foldedKey(_ index: Int32) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: folded[foldedRanges[Int(index)]]) }
                let sorted = members.sorted { a, b in
                    let order = Self.compare(foldedKey(a), foldedKey(b))
                    return order != 0 ? order < 0 : Self.compare(exactForm(a), exactForm(b)) < 0
                }
                var previous: Int32? = nil
                for index in sorted {
                    if let previous, Self.compare(foldedKey(previous), foldedKey(index)) == 0 {
                        out.append(UInt8(ascii: ","))
                    } else {
                        if previous != nil { out += [UInt8(ascii: "}"), UInt8(ascii: ","), 0x0A] }
                        JSONText.append(foldedKey(index), to: &out)
                        out += [UInt8(ascii: ":"), UInt8(ascii: "{")]
                    }
                    JSONText.append(exactForm(index), to: &out)
                    out.append(UInt8(ascii: ":"))
                    JSONText.append(postings[Int(index)], to: &out)
                    previous = index
                }
                if previous != nil { out.append(UInt8(ascii: "}")) }
            }
        }
        return out + Array("});\n".utf8)
    }

    /// Byte order: negative, zero or positive.
    private static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        for index in 0..<min(a.count, b.count) where a[index] != b[index] { return Int(a[index]) - Int(b[index]) }
        return a.count - b.count
    }
}
