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

    /// `record` must follow the previous one added. Returns how many bytes it took.
    @discardableResult
    mutating func add(_ record: Int32, _ field: SearchIndex.Field) -> Int {
        add(record, field: UInt64(field.rawValue))
    }

    @discardableResult
    private mutating func add(_ record: Int32, field: UInt64) -> Int {
        let before = bytes.count
        let value = UInt64(record - previous) * 4 + field
        previous = record
        var shift = 0
        while value >> UInt64(shift + 5) > 0 { shift += 5 }
        while shift > 0 {
            bytes.append(Self.continuationDigit(value >> UInt64(shift) & 31))
            shift -= 5
        }
        bytes.append(Self.lastDigit(value & 31))
        return bytes.count - before
    }

    /// The postings of `parts` — each written on its own, from record 0, their records after the
    /// previous part's — as one, each record `r` numbered `numbers[r]` when given, in increasing
    /// order again. A record is listed once per form, so no two entries tie.
    static func joined(_ parts: [Slice<UnsafeBufferPointer<UInt8>>], numbers: [Int32]?) -> [UInt8] {
        if numbers == nil, parts.count == 1 { return Array(parts[0]) }
        // Counted first, so that the entries are made at their size, and as 32-bit numbers when
        // every record fits in 30 bits: the most common forms have a posting in nearly every
        // record, and their entries, grown by doubling, were the most the end of a large build
        // held.
        var count = 0
        var highest: Int32 = 0
        for part in parts {
            decode(part) { record, _ in
                count += 1
                highest = Swift.max(highest, numbers?[Int(record)] ?? record)
            }
        }
        return highest < 1 << 30 ? joined(parts, numbers: numbers, count: count, as: UInt32.self)
            : joined(parts, numbers: numbers, count: count, as: UInt64.self)
    }

    /// Record in the high bits, field in the low two: sorting the entries sorts the records.
    private static func joined<Entry: FixedWidthInteger & UnsignedInteger>(
        _ parts: [Slice<UnsafeBufferPointer<UInt8>>], numbers: [Int32]?, count: Int, as _: Entry.Type
    ) -> [UInt8] {
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var increasing = true
        for part in parts {
            decode(part) { record, field in
                let entry = Entry(numbers?[Int(record)] ?? record) << 2 | Entry(field)
                if let last = entries.last, last > entry { increasing = false }
                entries.append(entry)
            }
        }
        if !increasing { entries.sort() }
        var joined = PostingsWriter()
        for entry in entries { joined.add(Int32(entry >> 2), field: UInt64(entry & 3)) }
        return joined.bytes
    }

    /// Each posting of `part`, written from record 0: its record and its field.
    private static func decode(_ part: Slice<UnsafeBufferPointer<UInt8>>, _ body: (Int32, UInt64) -> Void) {
        var record: Int32 = 0
        var value: UInt64 = 0
        for byte in part {
            if let digit = lastDigitValue(byte) {
                value = value << 5 | digit
                record += Int32(value >> 2)
                body(record, value & 3)
                value = 0
            } else {
                value = value << 5 | continuationDigitValue(byte)
            }
        }
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
