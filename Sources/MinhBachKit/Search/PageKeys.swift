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
    /// The exact forms of `keys`, one after another.
    private(set) var bytes: [UInt8] = []
    /// Grouped by record, in record order.
    private(set) var keys: [Key] = []

    /// Open addressing over `keys` for the record being filled: a slot holds a key's index, and a
    /// slot holding an earlier record's key counts as empty, so no clearing between records.
    private var slots = [Int32](repeating: -1, count: 256)
    private var recordStart = 0

    init() {}

    mutating func startRecord(_ record: SearchIndex.Record) {
        records.append(record)
        recordStart = keys.count
    }

    /// The syllables of `text` and the pairs they form, in `field` of the current record.
    mutating func add(_ text: String, _ field: SearchIndex.Field) {
        var previous: [UInt8] = []
        var pair: [UInt8] = []
        SearchTokens.forEach(in: text) { syllable, joinsPrevious in
            note(syllable, field)
            if joinsPrevious {
                pair.removeAll(keepingCapacity: true)
                pair += previous
                pair.append(0x20)
                pair += syllable
                note(pair, field)
            }
            previous.removeAll(keepingCapacity: true)
            previous += syllable
        }
    }

    private mutating func note(_ form: [UInt8], _ field: SearchIndex.Field) {
        let hash = form.withUnsafeBufferPointer(SearchTokens.hash)
        let record = Int32(records.count - 1)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < recordStart { break }
            if keys[index].hash == hash, sameBytes(keys[index], form) {
                if keys[index].field.rawValue < field.rawValue { keys[index].field = field }
                return
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(keys.count)
        keys.append(Key(hash: hash, start: Int32(bytes.count), length: Int32(form.count), record: record, field: field))
        bytes += form
        if (keys.count - recordStart) * 2 > slots.count { growSlots() }
    }

    private func sameBytes(_ key: Key, _ form: [UInt8]) -> Bool {
        guard Int(key.length) == form.count else { return false }
        let start = Int(key.start)
        for offset in 0..<form.count where bytes[start + offset] != form[offset] { return false }
        return true
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
