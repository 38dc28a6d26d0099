import Dispatch
import Formatting
import Markup
import Parallel

/// A built page that search covers: its words, read from its HTML when it is made, so that a
/// build need not hold the page itself until the index has read them.
public struct SearchablePage: Sendable {
    public var path: String
    public var kind: SearchKind
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
/// syllables by the form they are written in, grouped by folded key into shards. Records are
/// numbered in the site's order: pages by address, a page's sections in the page's order.
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

    /// A page the index has read, with where the records cut from it are kept: by page, not in
    /// one list of the site's, which grew by copying itself whole.
    public struct Page: Sendable {
        public var path: String
        public var kind: SearchKind
        /// Its `<h1>`; empty when it has none.
        public var title: String
        var recordCount: Int
        var records: RecordStore.Span
    }

    enum Field: UInt8 { case text = 0, heading = 1, title = 2 }

    /// The pages read, in the site's order once the index is made.
    public private(set) var pages: [Page] = []
    /// How many records the pages have.
    private(set) var recordCount = 0
    /// The exact forms — a syllable, or two joined by a space — with their postings, split by
    /// hash so that each share fills on its own core.
    private var tables: [FormTable]
    private var store: RecordStore
    /// Where the records and the postings wait; nil keeps them in memory.
    private let scratchFolder: String?
    /// Each record's number in the site's order, indexed by its number as read; nil when the
    /// pages were read in the site's order.
    private var siteNumbers: [Int32]?

    static let snippetLength = 300
    static let recordsPerShard = 50
    static let bytesPerTermShard = 48_000
    static let pagesPerBatch = 128

    /// Each page's title, in the order of `pages`.
    public var pageTitles: [String] { pages.map(\.title) }
    /// Every record, numbered by its place.
    var records: [Record] { pages.flatMap(records(of:)) }

    func records(of page: Page) -> [Record] { Self.decoded(store.bytes(page.records)) }

    public init(pages: [SearchablePage], link: @escaping @Sendable (String) -> String) {
        var pages = pages
        self.init(taking: &pages, link: link)
    }

    /// Empties each page's text once it is read: a build then never holds the words of every
    /// page and the index made from them at once.
    public init(taking pages: inout [SearchablePage], link: @escaping @Sendable (String) -> String) {
        var builder = Builder(link: link)
        for index in pages.indices {
            builder.add(pages[index])
            pages[index].text = PageText()
        }
        self = builder.finish()
    }

    /// Makes the index as a build renders, page by page in any order: a batch of pages' words
    /// is read into postings as soon as it is complete, so that a build holds one batch of
    /// words and the index, never the words of every page. The pages are put in the site's
    /// order at the end, their records and postings renumbered.
    public struct Builder {
        private var index: SearchIndex
        private var waiting: [SearchablePage] = []
        private let link: @Sendable (String) -> String

        /// - Parameter scratchFolder: where the records may wait in a scratch file, not in
        ///   memory, until the index's files are written (`RecordStore`).
        public init(scratchFolder: String? = nil, link: @escaping @Sendable (String) -> String) {
            self.init(scratchFolder: scratchFolder, weightBeforeSpill: FormTable.weightBeforeSpill, link: link)
        }

        /// - Parameter weightBeforeSpill: what a share of the postings may weigh before it
        ///   goes to its spill (`FormTable`).
        init(scratchFolder: String?, weightBeforeSpill: Int, link: @escaping @Sendable (String) -> String) {
            self.link = link
            index = SearchIndex(scratchFolder: scratchFolder, weightBeforeSpill: weightBeforeSpill)
        }

        public mutating func add(_ page: SearchablePage) {
            waiting.append(page)
            if waiting.count == SearchIndex.pagesPerBatch { readWaiting() }
        }

        public consuming func finish() -> SearchIndex {
            readWaiting()
            index.putInSiteOrder()
            return index
        }

        /// Cutting pages into syllables is most of the work: page by page on every core, then
        /// each share of the forms merged on its own core.
        private mutating func readWaiting() {
            guard !waiting.isEmpty else { return }
            let link = self.link
            let batch = waiting.parallelMap { page in
                var keys = SearchIndex.keys(of: page.text, at: page.path, kind: page.kind, link: link)
                keys.groupByPartition()
                let taken = keys.takeRecords()
                let records = SearchIndex.encoded(taken)
                let count = taken.count
                return (path: page.path, kind: page.kind, title: page.text.title, count: count, records: records, keys: keys)
            }
            waiting.removeAll(keepingCapacity: true)
            var firstRecords: [Int32] = []
            for page in batch {
                firstRecords.append(Int32(index.recordCount))
                index.recordCount += page.count
                index.pages.append(Page(path: page.path, kind: page.kind, title: page.title, recordCount: page.count,
                                        records: index.store.append(page.records)))
            }
            let tables = index.tables
            let firsts = firstRecords
            DispatchQueue.concurrentPerform(iterations: tables.count) { partition in
                for (page, first) in zip(batch, firsts) { tables[partition].add(page.keys, firstRecord: first) }
            }
        }
    }

    private init(scratchFolder: String?, weightBeforeSpill: Int) {
        self.scratchFolder = scratchFolder
        store = RecordStore(scratchFolder: scratchFolder)
        tables = (0..<FormTable.partitionCount).map {
            FormTable(partition: $0, scratchFolder: scratchFolder, weightBeforeSpill: weightBeforeSpill)
        }
    }

    /// Pages by address (in the order read when two have the same), each page's records kept
    /// together in their order; the postings are renumbered to match as their files are made.
    private mutating func putInSiteOrder() {
        let order = pages.indices.sorted { a, b in pages[a].path != pages[b].path ? pages[a].path < pages[b].path : a < b }
        guard order != Array(pages.indices) else { return }
        var firstRecords: [Int] = []
        var count = 0
        for page in pages {
            firstRecords.append(count)
            count += page.recordCount
        }
        var numbers = [Int32](repeating: 0, count: recordCount)
        var next: Int32 = 0
        for index in order {
            for record in firstRecords[index]..<firstRecords[index] + pages[index].recordCount {
                numbers[record] = next
                next += 1
            }
        }
        // In place, cycle by cycle: a second array of a million pages was 64 MB more, just before
        // the postings are merged.
        var placed = [Bool](repeating: false, count: pages.count)
        for start in pages.indices where !placed[start] {
            let first = pages[start]
            var current = start
            while true {
                placed[current] = true
                let next = order[current]
                if next == start {
                    pages[current] = first
                    break
                }
                pages[current] = pages[next]
                current = next
            }
        }
        siteNumbers = numbers
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

    /// `chi-muc.js`, `t<k>.js` and `r<k>.js` under `folder`. An index's postings are let go as
    /// its files are made: it makes them once.
    public func files(folder: String, kindNames: [String]) -> [IndexFile] {
        var files: [IndexFile] = []
        writeFiles(folder: folder, kindNames: kindNames) { files += $0 }
        return files
    }

    /// Files made at once, on every core, before they go to `emit`: the index's files weigh
    /// about as much as the index, and a build need not hold both.
    static let filesPerBatch = 64

    /// The index's files handed to `emit` a batch at a time: `chi-muc.js`, the record shards,
    /// then the term shards. The records are let go once their shards are made.
    public consuming func writeFiles(folder: String, kindNames: [String], emit: ([IndexFile]) -> Void) {
        let terms = TermShards(tables, numbers: siteNumbers, scratchFolder: scratchFolder)
        tables = []
        siteNumbers = nil
        let shardCount = max(1, terms.weight / Self.bytesPerTermShard)
        let meta = "{\"v\":2,\"records\":\(recordCount),\"shards\":\(shardCount),\"per\":\(Self.recordsPerShard),\"kinds\":["
            + kindNames.map(JSONText.string).joined(separator: ",") + "]}"
        emit([Self.script(folder + "chi-muc.js", type: "m", number: 0, data: meta)])
        // The record shards, cut from the pages' records in order, a batch of shards at a time;
        // each page's records are let go once in a shard.
        var shard: [Record] = []
        var batch: [[Record]] = []
        var shardsWritten = 0
        func writeBatch() {
            let first = shardsWritten
            emit(Array(batch.enumerated()).parallelMap { offset, records in
                Self.script(folder + "r\(first + offset).js", type: "r", number: first + offset, data: Self.recordShard(records[...]))
            })
            shardsWritten += batch.count
            batch.removeAll()
        }
        for page in pages {
            for record in records(of: page) {
                shard.append(record)
                if shard.count == Self.recordsPerShard {
                    batch.append(shard)
                    shard.removeAll()
                    if batch.count == Self.filesPerBatch { writeBatch() }
                }
            }
        }
        if !shard.isEmpty { batch.append(shard) }
        if !batch.isEmpty { writeBatch() }
        terms.write(count: shardCount, folder: folder, emit: emit)
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

