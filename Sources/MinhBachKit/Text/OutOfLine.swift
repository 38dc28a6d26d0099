/// An optional value kept out of line: eight bytes where it is absent. For what is rarely set in
/// values that every page keeps for the whole build (where `menu:` is written, a document's
/// `issuer_unit:`), whose inline optionals were a tenth of a page's box.
@propertyWrapper
public struct OutOfLine<Value: Sendable & Equatable>: Sendable, Equatable {
    private final class Box: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box?

    public init(wrappedValue: Value?) {
        box = wrappedValue.map(Box.init)
    }

    public var wrappedValue: Value? {
        get { box?.value }
        set { box = newValue.map(Box.init) }
    }

    public static func == (a: OutOfLine, b: OutOfLine) -> Bool { a.wrappedValue == b.wrappedValue }
}
