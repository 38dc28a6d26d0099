import Formatting

/// What the search index holds of one built page.
struct SearchablePage: Sendable {
    var path: String
    var kind: SearchKind
    var text: PageText
}

/// The kinds a result is labelled with, in the order of the index's `kinds`.
enum SearchKind: Int, CaseIterable, Sendable {
    case page, document, indicator, unit, model

    var stringKey: String { "search_kind_\(self)" }

    /// The kind of a page from the layout's page kind.
    init?(pageKind: String) {
        switch pageKind {
        case "home", "page": self = .page
        case "document", "documents": self = .document
        case "indicator", "dashboard": self = .indicator
        case "unit", "units": self = .unit
        case "model", "models": self = .model
        default: return nil
        }
    }
}

/// The search index of a site, as the script files `docs/search.md` describes: records cut from
/// every searchable page at its headings, postings of every syllable and pair of adjacent
/// syllables by the form they are written in, grouped by folded key into shards.
struct SearchIndex {
    struct Record {
        var url: String
        var title: String
        var section: String
        var kind: SearchKind
        var text: String
    }

    enum Field: UInt8 { case text = 0, heading = 1, title = 2 }

    private(set) var records: [Record] = []
    /// Exact forms — a syllable, or two joined by a space — interned: id → form, form → id,
    /// id → folded form, id → postings.
    private var forms: [TermBytes] = []
    private var foldedForms: [TermBytes] = []
    private var formIDs: [TermBytes: Int] = [:]
    private var postings: [Postings] = []

    /// A record with every key it holds, each once with its best field: made page by page in
    /// parallel, before the index numbers the records.
    struct RecordKeys {
        var record: Record
        /// Exact form → folded form and best field.
        var keys: [TermBytes: (folded: [UInt8], field: Field)] = [:]

        mutating func add(_ text: String, _ field: Field) {
            guard !text.isEmpty else { return }
            var previous: SearchTokens.Token? = nil
            for token in SearchTokens.of(text) {
                note(token.exact, token.folded, field)
                if token.joinsPrevious, let previous {
                    note(previous.exact + [0x20] + token.exact, previous.folded + [0x20] + token.folded, field)
                }
                previous = token
            }
        }

        private mutating func note(_ exact: [UInt8], _ folded: [UInt8], _ field: Field) {
            let key = TermBytes(bytes: exact)
            if let known = keys[key] {
                if known.field.rawValue < field.rawValue { keys[key] = (folded, field) }
            } else {
                keys[key] = (folded, field)
            }
        }
    }

    struct Postings {
        var records: [Int32] = []
        var fields: [UInt8] = []

        mutating func add(_ record: Int32, _ field: Field) {
            if records.last == record {
                fields[fields.count - 1] = max(fields[fields.count - 1], field.rawValue)
            } else {
                records.append(record)
                fields.append(field.rawValue)
            }
        }
    }

    static let snippetLength = 300
    static let recordsPerShard = 50
    static let bytesPerTermShard = 48_000

    /// Adds pages already cut into records with their keys (`records(of:link:)`, which can run
    /// for many pages at once), numbering the records in the order given.
    private mutating func add(_ pages: [[RecordKeys]]) {
        for page in pages {
            for draft in page {
                let number = Int32(records.count)
                records.append(draft.record)
                for (exact, key) in draft.keys {
                    if let id = formIDs[exact] {
                        postings[id].add(number, key.field)
                    } else {
                        formIDs[exact] = forms.count
                        forms.append(exact)
                        foldedForms.append(TermBytes(bytes: key.folded))
                        postings.append(Postings(records: [number], fields: [key.field.rawValue]))
                    }
                }
            }
        }
    }

    /// Cutting pages into syllables is most of the work: page by page on every core, a batch
    /// at a time so that only one batch's keys are held at once.
    init(pages: [SearchablePage], link: @escaping @Sendable (String) -> String) {
        for start in stride(from: 0, to: pages.count, by: 256) {
            add(Array(pages[start..<min(start + 256, pages.count)]).parallelMap { Self.records(of: $0, link: link) })
        }
    }

    /// A page cut into records at its headings, each with its keys.
    static func records(of page: SearchablePage, link: (String) -> String) -> [RecordKeys] {
        let url = link(page.path)
        let title = page.text.title
        var drafts: [RecordKeys] = []
        for (index, section) in page.text.sections.enumerated() {
            // A heading with nothing under it is still a place to go to; an empty top is not
            // when the page has sections.
            if index == 0, section.blocks.isEmpty, page.text.sections.count > 1, !title.isEmpty {
                var draft = RecordKeys(record: Record(url: url, title: title, section: "", kind: page.kind, text: ""))
                draft.add(title, .title)
                drafts.append(draft)
                continue
            }
            var draft = RecordKeys(record: Record(url: section.anchor.map { "\(url)#\($0)" } ?? url, title: title,
                                                  section: section.heading, kind: page.kind, text: snippet(section.blocks)))
            if index == 0 { draft.add(title, .title) }
            draft.add(section.heading, .heading)
            for block in section.blocks { draft.add(block, .text) }
            drafts.append(draft)
        }
        return drafts
    }

    /// The start of a record's text, cut at a word boundary.
    static func snippet(_ blocks: [String]) -> String {
        var text = blocks.joined(separator: " ")
        guard text.count > snippetLength else { return text }
        text = String(text.prefix(snippetLength))
        if let space = text.lastIndex(of: " ") { text = String(text[..<space]) }
        return text + " …"
    }

    // MARK: Files

    /// `chi-muc.js`, `t<k>.js` and `r<k>.js` under `folder`.
    func files(folder: String, kindNames: [String]) -> [OutputFile] {
        // Folded key → exact form → encoded postings.
        var keys: [TermBytes: [(exact: TermBytes, postings: [UInt8])]] = [:]
        var totalBytes = 0
        for (id, list) in postings.enumerated() {
            let encoded = Self.encode(list)
            totalBytes += encoded.count + forms[id].bytes.count + 6
            keys[foldedForms[id], default: []].append((forms[id], encoded))
        }
        let shardCount = max(1, totalBytes / Self.bytesPerTermShard)
        var shards = (0..<shardCount).map { Array("__minhbachSearch(\"t\",\($0),{".utf8) }
        var shardIsEmpty = [Bool](repeating: true, count: shardCount)
        for folded in keys.keys.sorted() {
            let shard = Int(Self.hash(folded.string) % UInt32(shardCount))
            if !shardIsEmpty[shard] { shards[shard] += Array(",\n".utf8) }
            shardIsEmpty[shard] = false
            JSONText.append(folded.bytes, to: &shards[shard])
            shards[shard] += Array(":{".utf8)
            for (index, form) in keys[folded]!.sorted(by: { $0.exact < $1.exact }).enumerated() {
                if index > 0 { shards[shard].append(UInt8(ascii: ",")) }
                JSONText.append(form.exact.bytes, to: &shards[shard])
                shards[shard].append(UInt8(ascii: ":"))
                JSONText.append(form.postings, to: &shards[shard])
            }
            shards[shard].append(UInt8(ascii: "}"))
        }
        var files: [OutputFile] = []
        let recordShards = (records.count + Self.recordsPerShard - 1) / Self.recordsPerShard
        let meta = "{\"v\":1,\"records\":\(records.count),\"shards\":\(shardCount),\"per\":\(Self.recordsPerShard),\"kinds\":["
            + kindNames.map(JSONText.string).joined(separator: ",") + "]}"
        files.append(Self.script(folder + "chi-muc.js", type: "m", number: 0, data: meta))
        for (number, shard) in shards.enumerated() {
            files.append(OutputFile(path: folder + "t\(number).js", bytes: shard + Array("});\n".utf8)))
        }
        for number in 0..<recordShards {
            let slice = records[(number * Self.recordsPerShard)..<min(records.count, (number + 1) * Self.recordsPerShard)]
            let rows = slice.map { record in
                "[" + [record.url, record.title, record.section].map(JSONText.string).joined(separator: ",")
                    + ",\(record.kind.rawValue)," + JSONText.string(record.text) + "]"
            }
            files.append(Self.script(folder + "r\(number).js", type: "r", number: number, data: "[" + rows.joined(separator: ",\n") + "]"))
        }
        return files
    }

    static func script(_ path: String, type: String, number: Int, data: String) -> OutputFile {
        OutputFile(path: path, text: "__minhbachSearch(\"\(type)\",\(number),\(data));\n")
    }

    /// FNV-1a over UTF-16 code units, as the script computes it.
    static func hash(_ key: String) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for unit in key.utf16 {
            hash ^= UInt32(unit)
            hash = hash &* 16_777_619
        }
        return hash
    }

    static let continuationDigits = Array("wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-".utf8)
    static let lastDigits = Array("0123456789abcdefghijklmnopqrstuv".utf8)

    /// Each posting as `delta × 4 + field` in base 32, high digits first.
    static func encode(_ postings: Postings) -> [UInt8] {
        var out: [UInt8] = []
        var previous: Int32 = 0
        var digits: [UInt8] = []
        for (record, field) in zip(postings.records, postings.fields) {
            var value = UInt64(record - previous) * 4 + UInt64(field)
            previous = record
            digits.removeAll(keepingCapacity: true)
            repeat {
                digits.append(UInt8(value % 32))
                value /= 32
            } while value > 0
            for (index, digit) in digits.reversed().enumerated() {
                out.append(index == digits.count - 1 ? lastDigits[Int(digit)] : continuationDigits[Int(digit)])
            }
        }
        return out
    }
}

/// JSON string literals that are also safe inside a script file.
enum JSONText {
    static let hexDigits = Array("0123456789abcdef".utf8)

    /// The UTF-8 of a string as a JSON string literal, quotes included.
    static func append(_ text: [UInt8], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var index = 0
        while index < text.count {
            let byte = text[index]
            switch byte {
            case UInt8(ascii: "\""): out += [0x5C, 0x22]
            case UInt8(ascii: "\\"): out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case UInt8(ascii: "<"): out += Array("\\u003c".utf8)
            case ..<0x20: out += Array("\\u00".utf8) + [hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
            case 0xE2 where index + 2 < text.count && text[index + 1] == 0x80 && (text[index + 2] == 0xA8 || text[index + 2] == 0xA9):
                // U+2028 and U+2029 end a line in older JavaScript.
                out += Array((text[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                index += 2
            default: out.append(byte)
            }
            index += 1
        }
        out.append(UInt8(ascii: "\""))
    }

    static func string(_ text: String) -> String {
        var out: [UInt8] = []
        append(Array(text.utf8), to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
