/// Positions in a list, found by a text each element has (a page's id, its path in the content
/// folder): a hash table of 4-byte positions that compares the text of the element a slot
/// points to. A `[String: Int]` of a million pages was 50 MB (each slot a key and a position,
/// the table a power of two at most three quarters full); this is 8 to 16 MB, and the texts are
/// the elements' own.
struct PositionTable: Sendable {
    /// Positions, -1 for an empty slot; a power of two in size, at most half full.
    private let slots: [Int32]

    /// The positions of `count` elements by `key(position)` (nil: not found by any text). When two
    /// elements have the same text, the table finds the first, or the last if `keepsLast`.
    init(count: Int, keepsLast: Bool = false, key: (Int) -> String?) {
        var size = 8
        while size < 2 * count { size *= 2 }
        var slots = [Int32](repeating: -1, count: size)
        let mask = size - 1
        for position in 0..<count {
            guard let text = key(position) else { continue }
            var slot = text.hashValue & mask
            while slots[slot] >= 0, key(Int(slots[slot])) != text { slot = (slot + 1) & mask }
            if slots[slot] < 0 || keepsLast { slots[slot] = Int32(position) }
        }
        self.slots = slots
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
