/// Positions in a list, found by a text each element has (a page's id, its path in the content
/// folder, a file's path in the site): a hash table of 4-byte positions that compares the text of
/// the element a slot points to. A `[String: Int]` of a million pages was 50 MB (each slot a key
/// and a position, the table a power of two at most three quarters full); this is 8 to 16 MB,
/// and the texts are the elements' own.
struct PositionTable: Sendable {
    /// Positions, -1 for an empty slot; a power of two in size, at most half full.
    private var slots: [Int32]

    /// An empty table for `capacity` elements.
    init(capacity: Int) {
        var size = 8
        while size < 2 * capacity { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
    }

    /// The positions of `count` elements by `key(position)` (nil: not found by any text). When two
    /// elements have the same text, the table finds the first, or the last if `keepsLast`.
    init(count: Int, keepsLast: Bool = false, key: (Int) -> String?) {
        self.init(capacity: count)
        for position in 0..<count {
            guard let text = key(position) else { continue }
            insert(position, text: text, replacing: keepsLast, key: key)
        }
    }

    /// Adds `position`, whose text is `text`, unless an element with the same text is there
    /// (then only when `replacing`); returns that element's position, nil if there was none.
    /// At most `capacity` elements; `key` must be the same for every call.
    @discardableResult
    mutating func insert(_ position: Int, text: String, replacing: Bool = false, key: (Int) -> String?) -> Int? {
        let mask = slots.count - 1
        var slot = text.hashValue & mask
        while slots[slot] >= 0 {
            let earlier = Int(slots[slot])
            if key(earlier) == text {
                if replacing { slots[slot] = Int32(position) }
                return earlier
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(position)
        return nil
    }

    /// The position of the element whose text is `text`; `key` must be the one the table was made with.
    func position(of text: String, key: (Int) -> String?) -> Int? {
        let mask = slots.count - 1
        var slot = text.hashValue & mask
        while slots[slot] >= 0 {
            let position = Int(slots[slot])
            if key(position) == text { return position }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
