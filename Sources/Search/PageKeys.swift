/// One page cut into search records, with the distinct keys of each record — every syllable and
/// every pair of adjacent syllables, in its exact form, with the best field it occurs in. The
/// forms sit in one byte buffer: a page's keys cost a few allocations, not two per syllable.
/// Made page by page on every core; `FormTable` then merges the pages in order.
struct PageKeys: Sendable {
    struct Key: Sendable {
        var hash: UInt64
        var start: Int32
        var length: Int32
        /// The record's number within the page.
        var record: Int32
        var field: SearchIndex.Field
    }

    private(set) var records: [SearchIndex.Record] = []

    /// The records, taken out: the index keeps them elsewhere, the keys only number them.
    mutating func takeRecords() -> [SearchIndex.Record] {
        defer { records = [] }
        return records
    }
    /// The exact forms of `keys`, one after another.
    private(set) var bytes: [UInt8] = []
    /// Grouped by record, in record order — until `groupByPartition` groups them by partition.
    private(set) var keys: [Key] = []
    /// Where each `FormTable` partition's keys start once `groupByPartition` has put them in
    /// partition order: partition `p` has `keys[partitionStarts[p]..<partitionStarts[p + 1]]`.
    private(set) var partitionStarts: [Int] = []

    /// Open addressing over `keys` for the record being filled: a slot holds a key's index, and a
    /// slot holding an earlier record's key counts as empty, so no clearing between records.
    private var slots = [Int32](repeating: -1, count: 256)
    private var recordStart = 0

    init() {}

    /// Puts the keys in partition order, record order kept within each partition (a stable
    /// counting sort), on the page's own core: each table then reads one run of keys instead
    /// of picking its own from all of them. Called once the page is complete.
    mutating func groupByPartition() {
        var starts = [Int](repeating: 0, count: FormTable.partitionCount + 1)
        for key in keys { starts[Int(FormTable.partition(of: key.hash)) + 1] += 1 }
        for partition in 0..<FormTable.partitionCount { starts[partition + 1] += starts[partition] }
        var next = starts
        let grouped = [Key](unsafeUninitializedCapacity: keys.count) { buffer, count in
            for key in keys {
                let partition = Int(FormTable.partition(of: key.hash))
                (buffer.baseAddress! + next[partition]).initialize(to: key)
                next[partition] += 1
            }
            count = keys.count
        }
        keys = grouped
        partitionStarts = starts
        slots = []
    }

    mutating func startRecord(_ record: SearchIndex.Record) {
        records.append(record)
        recordStart = keys.count
    }

    /// The syllables of `text` and the pairs they form, in `field` of the current record. A pair
    /// is hashed on from its first syllable's hash and read from the buffer where that syllable
    /// already is: nothing is copied to look a form up.
    mutating func add(_ text: String, _ field: SearchIndex.Field) {
        var previous: (form: Range<Int>, state: UInt64)? = nil
        SearchTokens.forEach(in: text) { syllable, joinsPrevious in
            let state = SearchTokens.fnv(syllable)
            let form = note(SearchTokens.mixed(state), head: nil, tail: syllable, field)
            if joinsPrevious, let previous {
                let pairState = SearchTokens.fnv(syllable, from: SearchTokens.fnv(0x20, from: previous.state))
                note(SearchTokens.mixed(pairState), head: previous.form, tail: syllable, field)
            }
            previous = (form, state)
        }
    }

    /// Notes the form `head + " " + tail` — `head` a form already in `bytes` — or `tail` alone,
    /// and returns where its bytes are.
    @discardableResult
    private mutating func note(_ hash: UInt64, head: Range<Int>?, tail: UnsafeBufferPointer<UInt8>, _ field: SearchIndex.Field) -> Range<Int> {
        let length = head.map { $0.count + 1 + tail.count } ?? tail.count
        let record = Int32(records.count - 1)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < recordStart { break }
            if keys[index].hash == hash, Int(keys[index].length) == length, holds(keys[index], head: head, tail: tail) {
                if keys[index].field.rawValue < field.rawValue { keys[index].field = field }
                return Int(keys[index].start)..<Int(keys[index].start) + length
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(keys.count)
        let start = bytes.count
        keys.append(Key(hash: hash, start: Int32(start), length: Int32(length), record: record, field: field))
        if let head {
            for index in head { bytes.append(bytes[index]) }
            bytes.append(0x20)
        }
        bytes.append(contentsOf: tail)
        if (keys.count - recordStart) * 2 > slots.count { growSlots() }
        return start..<start + length
    }

    /// Whether a key of the right length is `head + " " + tail` (or `tail`).
    private func holds(_ key: Key, head: Range<Int>?, tail: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            var position = Int(key.start)
            if let head {
                for index in head {
                    if bytes[position] != bytes[index] { return false }
                    position += 1
                }
                if bytes[position] != 0x20 { return false }
                position += 1
            }
            for byte in tail {
                if bytes[position] != byte { return false }
                position += 1
            }
            return true
        }
    }

    private mutating func growSlots() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for index in recordStart..<keys.count {
            var slot = Int(truncatingIfNeeded: keys[index].hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }
}
