import Markup

/// Pretty-printed JSON with sorted keys, written byte by byte. Foundation's `JSONSerialization`
/// sorts keys with a locale-aware comparison; on a site of 72 indicators with 60 units each that
/// alone took seconds.
enum JSONWriter {
    /// `value` is a `[String: Any]`, `[Any]`, `String`, `Bool`, `Int` or `Double` (finite).
    static func bytes(_ value: Any) -> [UInt8] {
        var out: [UInt8] = []
        write(value, indent: 0, into: &out)
        out.append(0x0A)
        return out
    }

    /// `{"<key>" : [elements…]}` as `bytes` writes it, each element made and written in turn: a
    /// list of ten thousand objects is then never held whole as values.
    static func bytes(key: String, count: Int, element: (Int) -> Any) -> [UInt8] {
        var all: [UInt8] = []
        parts(key: key, count: count, partBytes: .max, element: element) { part in
            all += part
            return true
        }
        return all
    }

    /// The bytes of `bytes(key:count:element:)` handed to `part` about `partBytes` at a time: a
    /// listing of a million objects is then never held whole as bytes either. Stops when `part`
    /// returns false.
    static func parts(key: String, count: Int, partBytes: Int = 1 << 20, element: (Int) -> Any, part: ([UInt8]) -> Bool) {
        var out = Array("{\n".utf8)
        newline(1, &out)
        JSONText.append(key, to: &out)
        out.append(contentsOf: " : ".utf8)
        if count == 0 {
            out.append(contentsOf: "[]".utf8)
        } else {
            out.append(contentsOf: "[\n".utf8)
            for index in 0..<count {
                if index > 0 { out.append(contentsOf: ",\n".utf8) }
                newline(2, &out)
                write(element(index), indent: 2, into: &out)
                if out.count >= partBytes {
                    guard part(out) else { return }
                    out.removeAll(keepingCapacity: true)
                }
            }
            out.append(0x0A)
            newline(1, &out)
            out.append(UInt8(ascii: "]"))
        }
        out.append(contentsOf: "\n}\n".utf8)
        _ = part(out)
    }

    private static func write(_ value: Any, indent: Int, into out: inout [UInt8]) {
        // By exact type first: a cast from `Any` tries every conversion, and the data downloads
        // write hundreds of thousands of values.
        let type = Swift.type(of: value)
        if type == String.self { return JSONText.append(value as! String, to: &out) }
        if type == Double.self { return out.append(contentsOf: number(value as! Double).utf8) }
        if type == [String: Any].self { return write(object: value as! [String: Any], indent: indent, into: &out) }
        if type == [Any].self { return write(array: value as! [Any], indent: indent, into: &out) }
        switch value {
        case let string as String:
            JSONText.append(string, to: &out)
        case let bool as Bool:
            out.append(contentsOf: (bool ? "true" : "false").utf8)
        case let integer as Int:
            out.append(contentsOf: String(integer).utf8)
        case let double as Double:
            out.append(contentsOf: number(double).utf8)
        case let object as [String: Any]:
            write(object: object, indent: indent, into: &out)
        case let array as [Any]:
            write(array: array, indent: indent, into: &out)
        default:
            out.append(contentsOf: "null".utf8)
        }
    }

    private static func write(object: [String: Any], indent: Int, into out: inout [UInt8]) {
        guard !object.isEmpty else { return out.append(contentsOf: "{}".utf8) }
        out.append(contentsOf: "{\n".utf8)
        for (index, entry) in object.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }).enumerated() {
            if index > 0 { out.append(contentsOf: ",\n".utf8) }
            newline(indent + 1, &out)
            JSONText.append(entry.key, to: &out)
            out.append(contentsOf: " : ".utf8)
            write(entry.value, indent: indent + 1, into: &out)
        }
        out.append(0x0A)
        newline(indent, &out)
        out.append(UInt8(ascii: "}"))
    }

    private static func write(array: [Any], indent: Int, into out: inout [UInt8]) {
        guard !array.isEmpty else { return out.append(contentsOf: "[]".utf8) }
        out.append(contentsOf: "[\n".utf8)
        for (index, element) in array.enumerated() {
            if index > 0 { out.append(contentsOf: ",\n".utf8) }
            newline(indent + 1, &out)
            write(element, indent: indent + 1, into: &out)
        }
        out.append(0x0A)
        newline(indent, &out)
        out.append(UInt8(ascii: "]"))
    }

    private static func newline(_ indent: Int, _ out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(0x20, count: indent * 2))
    }

    /// Whole numbers without a fraction (`3`), others in the shortest form that reads back
    /// exactly (`30.58`).
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
