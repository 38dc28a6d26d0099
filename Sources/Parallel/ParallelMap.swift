import Dispatch

extension Array where Element: Sendable {
    /// `map` on all cores; results keep the input's order, so output stays deterministic.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = ResultSlots<T>(count: count)
        let input = self
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.store(transform(input[index]), at: index)
        }
        return results.values
    }
}

/// Fixed slots written once each by `parallelMap`'s workers: every index is written by exactly
/// one iteration, and read only after `concurrentPerform` returns. A raw buffer, not an array:
/// an array's `withUnsafeMutableBufferPointer` from several threads at once is a race on the
/// array itself (its uniqueness check may copy it).
private final class ResultSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<T?>
    private let count: Int
    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }
    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }
    func store(_ value: T, at index: Int) { slots[index] = value }
    var values: [T] { (0..<count).map { slots[$0]! } }
}
