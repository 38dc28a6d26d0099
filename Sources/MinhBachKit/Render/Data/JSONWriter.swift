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

    private static func write(_ value: Any, indent: Int, into out: inout [UInt8]) {
        switch value {
        case let string as String:
            JSONText.append(Array(string.utf8), to: &out)
        case let bool as Bool:
            out += Array((bool ? "true" : "false").utf8)
        case let integer as Int:
            out += Array(String(integer).utf8)
        case let double as Double:
            out += Array(number(double).utf8)
        case let object as [String: Any]:
            guard !object.isEmpty else { return out += Array("{}".utf8) }
            out += Array("{\n".utf8)
            for (index, key) in object.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
                if index > 0 { out += Array(",\n".utf8) }
                newline(indent + 1, &out)
                JSONText.append(Array(key.utf8), to: &out)
                out += Array(" : ".utf8)
                write(object[key]!, indent: indent + 1, into: &out)
            }
            out.append(0x0A)
            newline(indent, &out)
            out.append(UInt8(ascii: "}"))
        case let array as [Any]:
            guard !array.isEmpty else { return out += Array("[]".utf8) }
            out += Array("[\n".utf8)
            for (index, element) in array.enumerated() {
                if index > 0 { out += Array(",\n".utf8) }
                newline(indent + 1, &out)
                write(element, indent: indent + 1, into: &out)
            }
            out.append(0x0A)
            newline(indent, &out)
            out.append(UInt8(ascii: "]"))
        default:
            out += Array("null".utf8)
        }
    }

    private static func newline(_ indent: Int, _ out: inout [UInt8]) {
        out += [UInt8](repeating: 0x20, count: indent * 2)
    }

    /// Whole numbers without a fraction (`3`), others in the shortest form that reads back
    /// exactly (`30.58`).
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
