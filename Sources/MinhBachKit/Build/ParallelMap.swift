import Dispatch

extension Array where Element: Sendable {
    /// `map` on all cores; results keep the input's order, so output stays deterministic.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
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
/// one iteration, and read only after `concurrentPerform` returns.
private final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func store(_ value: T, at index: Int) {
        slots.withUnsafeMutableBufferPointer { $0[index] = value }
    }
    var values: [T] { slots.map { $0! } }
}
