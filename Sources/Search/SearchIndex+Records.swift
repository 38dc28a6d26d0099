import Formatting

/// A page's records as the index keeps them in its `RecordStore`: the page's address, title and
/// kind once, then each record's anchor, heading and text, every text its length and its UTF-8.
extension SearchIndex {
    static func encoded(_ records: [Record]) -> [UInt8] {
        var bytes: [UInt8] = []
        guard let first = records.first else { return bytes }
        append(first.page, to: &bytes)
        append(first.title, to: &bytes)
        bytes.append(UInt8(first.kind.rawValue))
        for record in records {
            // Every record of a page has its address, title and kind.
            assert(record.page == first.page && record.title == first.title && record.kind == first.kind)
            bytes.append(record.anchor == nil ? 0 : 1)
            append(record.anchor ?? "", to: &bytes)
            append(record.section, to: &bytes)
            append(record.text, to: &bytes)
        }
        return bytes
    }

    /// The records `encoded` made; what a damaged store holds past its end is left out.
    static func decoded(_ bytes: [UInt8]) -> [Record] {
        var reader = Reader(bytes: bytes)
        guard let page = reader.text(), let title = reader.text(), let kindNumber = reader.byte(),
              let kind = SearchKind(rawValue: Int(kindNumber)) else { return [] }
        var records: [Record] = []
        while let hasAnchor = reader.byte(), let anchor = reader.text(), let section = reader.text(), let text = reader.text() {
            records.append(Record(page: page, anchor: hasAnchor == 1 ? anchor : nil, title: title, section: section, kind: kind, text: text))
        }
        return records
    }

    private static func append(_ text: String, to bytes: inout [UInt8]) {
        VarInt.append(text.utf8.count, to: &bytes)
        bytes.append(contentsOf: text.utf8)
    }

    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        mutating func byte() -> UInt8? {
            guard position < bytes.count else { return nil }
            defer { position += 1 }
            return bytes[position]
        }

        mutating func text() -> String? {
            VarInt.readRun(bytes, at: &position).map { String(decoding: bytes[$0], as: UTF8.self) }
        }
    }
}
