import Dispatch
import Formatting
import Markup
import Parallel

/// A built page that search covers. Its text is read from its HTML only when the index takes
/// it, a batch at a time: the text of every page at once weighed a tenth of the build's memory.
public struct SearchablePage: Sendable {
    public var path: String
    public var kind: SearchKind
    /// The page's words, read from its HTML when it is made: what the index keeps of a page, so
    /// that a build need not hold the page itself until the index is made.
    var text: PageText

    public init(path: String, kind: SearchKind, html: [UInt8]) {
        self.path = path
        self.kind = kind
        self.text = PageText(html: html)
    }
}

/// The kinds a result is labelled with, in the order of the index's `kinds`.
public enum SearchKind: Int, CaseIterable, Sendable {
    case page, document, indicator, unit, model, task

    public var stringKey: String { "search_kind_\(self)" }
}

/// The search index of a site, as the script files `docs/search.md` describes: records cut from
/// every searchable page at its headings, postings of every syllable and pair of adjacent
/// syllables by the form they are written in, grouped by folded key into shards.
public struct SearchIndex {
    struct Record {
        /// The page's address, relative to the site's root.
        var page: String
        /// The section's heading `id`; nil for the page's top.
        var anchor: String?
        var title: String
        var section: String
        var kind: SearchKind
        var text: String

        var url: String { anchor.map { "\(page)#\($0)" } ?? page }
    }

    enum Field: UInt8 { case text = 0, heading = 1, title = 2 }

    private(set) var records: [Record] = []
    /// Each page's title, in the order of the pages given.
    public private(set) var pageTitles: [String] = []
    /// The exact forms — a syllable, or two joined by a space — with their postings, split by
    /// hash so that each share fills on its own core.
    private var tables = (0..<FormTable.partitionCount).map(FormTable.init(partition:))

    static let snippetLength = 300
    static let recordsPerShard = 50
    static let bytesPerTermShard = 48_000
    static let pagesPerBatch = 512

    /// Cutting pages into syllables is most of the work: page by page on every core, then each
    /// share of the forms merged on its own core, a batch of pages at a time so that only one
    /// batch's keys are held at once. Records are numbered in the order of `pages`.
    public init(pages: [SearchablePage], link: @escaping @Sendable (String) -> String) {
        var pages = pages
        self.init(taking: &pages, link: link)
    }

    /// Empties each page's text once its keys are made: a build then never holds the words of
    /// every page and the index made from them at once.
    public init(taking pages: inout [SearchablePage], link: @escaping @Sendable (String) -> String) {
        for start in stride(from: 0, to: pages.count, by: Self.pagesPerBatch) {
            let range = start..<min(start + Self.pagesPerBatch, pages.count)
            let batch = Array(pages[range]).parallelMap { page in
                var keys = Self.keys(of: page.text, at: page.path, kind: page.kind, link: link)
                keys.groupByPartition()
                return (title: page.text.title, keys: keys)
            }
            for index in range { pages[index].text = PageText() }
            var numbered: [Int32] = []
            for page in batch {
                numbered.append(Int32(records.count))
                records += page.keys.records
                pageTitles.append(page.title)
            }
            let firstRecords = numbered
            let tables = self.tables
            DispatchQueue.concurrentPerform(iterations: tables.count) { partition in
                for (page, first) in zip(batch, firstRecords) { tables[partition].add(page.keys, firstRecord: first) }
            }
        }
    }

    /// A page cut into records at its headings, each with its keys.
    static func keys(of text: PageText, at path: String, kind: SearchKind, link: (String) -> String) -> PageKeys {
        let url = link(path)
        let title = text.title
        var keys = PageKeys()
        for (index, section) in text.sections.enumerated() {
            // A heading with nothing under it is still a place to go to; an empty top is not
            // when the page has sections.
            if index == 0, section.text.isEmpty, text.sections.count > 1, !title.isEmpty {
                keys.startRecord(Record(page: url, anchor: nil, title: title, section: "", kind: kind, text: ""))
                keys.add(title, .title)
                continue
            }
            let blocks = section.blocks
            keys.startRecord(Record(page: url, anchor: section.anchor, title: title, section: section.heading, kind: kind,
                                    text: snippet(blocks)))
            if index == 0 { keys.add(title, .title) }
            keys.add(section.heading, .heading)
            for block in blocks { keys.add(block, .text) }
        }
        return keys
    }

    /// The start of a record's text, cut at a word boundary. Blocks are joined only until there
    /// is more than a snippet, and characters counted only that far: sections can be long.
    static func snippet(_ blocks: [String]) -> String {
        var text: [UInt8] = []
        // Where the walk has got to, so that each block is walked once.
        var walked = (characters: 0, end: 0)
        for block in blocks {
            if !text.isEmpty { text.append(0x20) }
            text += block.utf8
            guard let more = PlainCharacters.walk(text[walked.end...], limit: snippetLength - walked.characters) else {
                return graphemeSnippet(blocks)
            }
            walked = (walked.characters + more.characters, more.end)
            if walked.end < text.count {
                let cut = text[..<walked.end]
                let end = cut.lastIndex(of: 0x20) ?? walked.end
                return String(decoding: text[..<end], as: UTF8.self) + " …"
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// `snippet` for text that must be counted as `String` counts characters.
    static func graphemeSnippet(_ blocks: [String]) -> String {
        var text = ""
        var cut: String.Index? = nil
        for block in blocks {
            if !text.isEmpty { text += " " }
            text += block
            cut = text.index(text.startIndex, offsetBy: snippetLength, limitedBy: text.endIndex)
            if let cut, cut < text.endIndex { break }
        }
        guard let cut, cut < text.endIndex else { return text }
        text = String(text[..<cut])
        if let space = text.lastIndex(of: " ") { text = String(text[..<space]) }
        return text + " …"
    }

    // MARK: Files

    /// `chi-muc.js`, `t<k>.js` and `r<k>.js` under `folder`.
    public func files(folder: String, kindNames: [String]) -> [IndexFile] {
        let forms = FormList(tables)
        let shardCount = max(1, forms.totalBytes / Self.bytesPerTermShard)
        var members = [[Int32]](repeating: [], count: shardCount)
        for index in 0..<forms.count { members[Int(forms.shardHashes[index] % UInt32(shardCount))].append(Int32(index)) }
        var files: [IndexFile] = []
        let meta = "{\"v\":2,\"records\":\(records.count),\"shards\":\(shardCount),\"per\":\(Self.recordsPerShard),\"kinds\":["
            + kindNames.map(JSONText.string).joined(separator: ",") + "]}"
        files.append(Self.script(folder + "chi-muc.js", type: "m", number: 0, data: meta))
        files += Array(members.enumerated()).parallelMap { number, members in
            IndexFile(path: folder + "t\(number).js", bytes: forms.shard(number, members))
        }
        let records = self.records
        let recordShards = (records.count + Self.recordsPerShard - 1) / Self.recordsPerShard
        files += Array(0..<recordShards).parallelMap { number in
            let slice = records[(number * Self.recordsPerShard)..<min(records.count, (number + 1) * Self.recordsPerShard)]
            return Self.script(folder + "r\(number).js", type: "r", number: number, data: Self.recordShard(slice))
        }
        return files
    }

    /// `{"p":[[url, title, kind], …],"r":[[page, anchor, section, text], …]}`: a page's records
    /// follow one another, so its address, title and kind are written once per shard, not once
    /// per section. Written as bytes, each text escaped in place: joining strings cost more than
    /// the rest.
    static func recordShard(_ records: ArraySlice<Record>) -> [UInt8] {
        var pages: [UInt8] = Array(#"{"p":["#.utf8)
        var rows: [UInt8] = Array(#"],"r":["#.utf8)
        var pageCount = 0
        var previous: Record? = nil
        for (index, record) in records.enumerated() {
            let samePage = previous.map { $0.page == record.page && $0.title == record.title && $0.kind == record.kind } ?? false
            if !samePage {
                if pageCount > 0 { pages.append(contentsOf: ",\n".utf8) }
                pages.append(UInt8(ascii: "["))
                JSONText.append(record.page, to: &pages)
                pages.append(UInt8(ascii: ","))
                JSONText.append(record.title, to: &pages)
                pages.append(contentsOf: ",\(record.kind.rawValue)]".utf8)
                pageCount += 1
            }
            previous = record
            if index > 0 { rows.append(contentsOf: ",\n".utf8) }
            rows.append(contentsOf: "[\(pageCount - 1),".utf8)
            for text in [record.anchor ?? "", record.section] {
                JSONText.append(text, to: &rows)
                rows.append(UInt8(ascii: ","))
            }
            JSONText.append(record.text, to: &rows)
            rows.append(UInt8(ascii: "]"))
        }
        return pages + rows + Array("]}".utf8)
    }

    static func script(_ path: String, type: String, number: Int, data: String) -> IndexFile {
        script(path, type: type, number: number, data: Array(data.utf8))
    }

    static func script(_ path: String, type: String, number: Int, data: [UInt8]) -> IndexFile {
        IndexFile(path: path, bytes: Array("__minhbachSearch(\"\(type)\",\(number),".utf8) + data + Array(");\n".utf8))
    }

    /// FNV-1a over the UTF-16 code units of a UTF-8 key, as the script computes it.
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for unit in String(decoding: key, as: UTF8.self).utf16 {
            hash ^= UInt32(unit)
            hash = hash &* 16_777_619
        }
        return hash
    }
}
