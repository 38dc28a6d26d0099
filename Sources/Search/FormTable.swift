import Formatting

/// The distinct exact forms of one share of the index — those whose hash falls in its partition —
/// each with its postings written as pages come. Each partition is filled by one thread, pages in
/// record order, so the partitions of an index fill in parallel and no posting is sorted as it
/// is added.
///
/// Once its forms weigh `weightBeforeSpill`, a table moves them to its spill, each to the bucket
/// of its hash, and starts again empty: a big site's postings wait in a scratch file, not in
/// memory. At the end each bucket is merged on its own: a form is always in the same bucket, so
/// a bucket holds every spill of its forms.
final class FormTable: @unchecked Sendable {
    let partition: UInt64
    /// A struct inside the class: a class's stored properties are checked for exclusive access
    /// at run time, one by one, and the loop over a page's keys is the index's hottest.
    private(set) var forms = Forms()
    private let spill: BucketStore
    private let weightBeforeSpill: Int

    static let partitionBits = 3
    static var partitionCount: Int { 1 << partitionBits }
    static let spillBits = 7
    /// About the bytes a table's forms and postings may take before they are spilled; all
    /// partitions together, about 32 MB.
    static let weightBeforeSpill = 4 << 20

    static func partition(of hash: UInt64) -> UInt64 { hash >> UInt64(64 - partitionBits) }

    /// The hash's bits after the partition's.
    static func spillBucket(of hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash >> UInt64(64 - partitionBits - spillBits)) & (1 << spillBits - 1)
    }

    /// - Parameter scratchFolder: where the spill is kept; nil keeps it in memory, as compact
    ///   bytes.
    init(partition: Int, scratchFolder: String?, weightBeforeSpill: Int) {
        self.partition = UInt64(partition)
        self.weightBeforeSpill = weightBeforeSpill
        spill = BucketStore(buckets: 1 << Self.spillBits, chunkBytes: 16 << 10, scratchFolder: scratchFolder, name: "search-forms-\(partition)")
    }

    /// Adds the keys of `page` that belong to this partition, its records numbered from
    /// `firstRecord`; records must come in increasing order.
    func add(_ page: PageKeys, firstRecord: Int32) {
        forms.add(page, firstRecord: firstRecord, partition: partition)
        if forms.weight >= weightBeforeSpill { spillForms() }
    }

    /// Each form to its spill bucket as its length and bytes, then its postings' length and
    /// bytes; the table left empty. Postings start again from record 0 after a spill, so each
    /// spill's postings of a form read on their own.
    private func spillForms() {
        let forms = self.forms
        self.forms = Forms()
        forms.bytes.withUnsafeBufferPointer { bytes in
            for index in 0..<forms.count {
                spill.append(to: Self.spillBucket(of: forms.hashes[index])) { out in
                    let start = forms.starts[index]
                    VarInt.append(Int(forms.lengths[index]), to: &out)
                    out.append(contentsOf: bytes[start..<start + Int(forms.lengths[index])])
                    VarInt.append(forms.postings[index].bytes.count, to: &out)
                    out += forms.postings[index].bytes
                }
            }
        }
    }

    /// Every form of the table with its folded key and the postings of all its spills joined, its
    /// records numbered `numbers[r]` when given, written to `merged` as `TermEntry`s, bucket by
    /// bucket. Returns what they weigh as the choice of the term shards' count counts it.
    func merge(numbers: [Int32]?, into merged: BucketStore) -> Int {
        spillForms()
        var weight = 0
        var folded: [UInt8] = []
        for bucket in 0..<spill.bucketCount {
            let data = spill.take(bucket)
            var places: [ArraySlice<UInt8>: Int] = [:]
            var exacts: [Range<Int>] = []
            var spills: [[Range<Int>]] = []
            var position = 0
            while let exact = VarInt.readRun(data, at: &position), let postings = VarInt.readRun(data, at: &position) {
                if let place = places[data[exact]] {
                    spills[place].append(postings)
                } else {
                    places[data[exact]] = exacts.count
                    exacts.append(exact)
                    spills.append([postings])
                }
            }
            data.withUnsafeBufferPointer { data in
                for (exact, parts) in zip(exacts, spills) {
                    let postings = PostingsWriter.joined(parts.map { data[$0] }, numbers: numbers)
                    let form = UnsafeBufferPointer(rebasing: data[exact])
                    folded.removeAll(keepingCapacity: true)
                    SearchTokens.folded(form, into: &folded)
                    let hash = folded.withUnsafeBufferPointer(SearchIndex.hash)
                    merged.append(to: 0) { TermEntry.write(folded: folded, exact: form, hash: hash, postings: postings, to: &$0) }
                    weight += postings.count + exact.count + 6
                }
            }
        }
        return weight
    }

    struct Forms {
        private(set) var hashes: [UInt64] = []
        private(set) var starts: [Int] = []
        private(set) var lengths: [Int32] = []
        /// The exact forms, one after another.
        private(set) var bytes: [UInt8] = []
        private(set) var postings: [PostingsWriter] = []
        /// About the bytes the forms take: their own, their postings', and what each form costs
        /// besides (its place in every array, its postings' array, its slot).
        private(set) var weight = 0
        /// Open addressing: a form's index, or -1.
        private var slots = [Int32](repeating: -1, count: 1 << 12)

        static let weightPerForm = 96

        var count: Int { hashes.count }

        mutating func add(_ page: PageKeys, firstRecord: Int32, partition: UInt64) {
            let partition = Int(partition)
            page.bytes.withUnsafeBufferPointer { pageBytes in
                for key in page.keys[page.partitionStarts[partition]..<page.partitionStarts[partition + 1]] {
                    let form = UnsafeBufferPointer(rebasing: pageBytes[Int(key.start)..<Int(key.start + key.length)])
                    let index = self.index(of: form, hash: key.hash)
                    weight += postings[index].add(firstRecord + key.record, key.field)
                }
            }
        }

        /// The form's index, added when new.
        private mutating func index(of form: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let index = Int(slots[slot])
                if index < 0 { break }
                if hashes[index] == hash, Int(lengths[index]) == form.count,
                   bytes.withUnsafeBufferPointer({ $0[starts[index]..<starts[index] + form.count].elementsEqual(form) }) {
                    return index
                }
                slot = (slot + 1) & mask
            }
            let index = hashes.count
            slots[slot] = Int32(index)
            hashes.append(hash)
            starts.append(bytes.count)
            lengths.append(Int32(form.count))
            bytes.append(contentsOf: form)
            postings.append(PostingsWriter())
            weight += form.count + Self.weightPerForm
            if hashes.count * 2 > slots.count { growSlots() }
            return index
        }

        private mutating func growSlots() {
            slots = [Int32](repeating: -1, count: slots.count * 2)
            let mask = slots.count - 1
            for index in hashes.indices {
                var slot = Int(truncatingIfNeeded: hashes[index]) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(index)
            }
        }
    }
}
