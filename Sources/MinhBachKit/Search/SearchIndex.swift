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
    /// Exact forms, interned: id → form, and form → id.
    private var forms: [String] = []
    private var foldedForms: [String] = []
    private var formIDs: [String: Int32] = [:]
    /// Postings of a single form or of a pair of forms (`first << 32 | second`).
    private var postings: [UInt64: Postings] = [:]

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

    init(pages: [SearchablePage], link: (String) -> String) {
        for page in pages { add(page, link: link) }
    }

    private mutating func add(_ page: SearchablePage, link: (String) -> String) {
        let url = link(page.path)
        let title = page.text.title
        for (index, section) in page.text.sections.enumerated() {
            // A heading with nothing under it is still a place to go to; an empty top is not
            // when the page has sections.
            if index == 0, section.blocks.isEmpty, page.text.sections.count > 1, !title.isEmpty {
                addRecord(Record(url: url, title: title, section: "", kind: page.kind, text: ""), title: title, heading: "", blocks: [])
                continue
            }
            let record = Record(url: section.anchor.map { "\(url)#\($0)" } ?? url, title: title, section: section.heading,
                                kind: page.kind, text: Self.snippet(section.blocks))
            addRecord(record, title: index == 0 ? title : "", heading: section.heading, blocks: section.blocks)
        }
    }

    private mutating func addRecord(_ record: Record, title: String, heading: String, blocks: [String]) {
        let number = Int32(records.count)
        records.append(record)
        addText(title, number, .title)
        addText(heading, number, .heading)
        for block in blocks { addText(block, number, .text) }
    }

    private mutating func addText(_ text: String, _ record: Int32, _ field: Field) {
        guard !text.isEmpty else { return }
        var previous: Int32? = nil
        for token in SearchTokens.of(text) {
            let id = intern(token)
            postings[UInt64(UInt32(bitPattern: id)), default: Postings()].add(record, field)
            if token.joinsPrevious, let previous {
                postings[UInt64(UInt32(bitPattern: previous)) << 32 | UInt64(UInt32(bitPattern: id)) | 1 << 63, default: Postings()]
                    .add(record, field)
            }
            previous = id
        }
    }

    private mutating func intern(_ token: SearchTokens.Token) -> Int32 {
        if let id = formIDs[token.exact] { return id }
        let id = Int32(forms.count)
        forms.append(token.exact)
        foldedForms.append(token.folded)
        formIDs[token.exact] = id
        return id
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
        var keys: [String: [(String, String)]] = [:]
        var totalBytes = 0
        for (key, list) in postings {
            let isPair = key >> 63 == 1
            let first = Int((key >> 32) & 0x7FFF_FFFF), second = Int(key & 0xFFFF_FFFF)
            let folded = isPair ? foldedForms[first] + " " + foldedForms[second] : foldedForms[second]
            let exact = isPair ? forms[first] + " " + forms[second] : forms[second]
            let encoded = Self.encode(list)
            totalBytes += encoded.utf8.count + exact.utf8.count + 6
            keys[folded, default: []].append((exact, encoded))
        }
        let shardCount = max(1, totalBytes / Self.bytesPerTermShard)
        var shards = [[String]](repeating: [], count: shardCount)
        for folded in keys.keys.sorted() {
            let forms = keys[folded]!.sorted { $0.0 < $1.0 }
                .map { JSONText.string($0.0) + ":" + JSONText.string($0.1) }.joined(separator: ",")
            shards[Int(Self.hash(folded) % UInt32(shardCount))].append(JSONText.string(folded) + ":{" + forms + "}")
        }
        var files: [OutputFile] = []
        let recordShards = (records.count + Self.recordsPerShard - 1) / Self.recordsPerShard
        let meta = "{\"v\":1,\"records\":\(records.count),\"shards\":\(shardCount),\"per\":\(Self.recordsPerShard),\"kinds\":["
            + kindNames.map(JSONText.string).joined(separator: ",") + "]}"
        files.append(Self.script(folder + "chi-muc.js", type: "m", number: 0, data: meta))
        for (number, entries) in shards.enumerated() {
            files.append(Self.script(folder + "t\(number).js", type: "t", number: number, data: "{" + entries.joined(separator: ",\n") + "}"))
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
    static func encode(_ postings: Postings) -> String {
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
        return String(decoding: out, as: UTF8.self)
    }
}

/// JSON string literals that are also safe inside a script file.
enum JSONText {
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            case "<": out += "\\u003c"
            default:
                if scalar.value < 0x20 {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
