import Markup

/// Writes SVG markup into one string. Coordinates are rounded to a tenth of a pixel and can
/// never be NaN or infinite; every text goes through `Markup.Escape` exactly once.
struct SVGWriter {
    /// Bytes rather than a `String`: appending many short pieces to a byte array is several
    /// times cheaper, and a page can hold dozens of charts.
    private var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(16_384) }

    var markup: String { String(decoding: bytes, as: UTF8.self) }

    /// An attribute's value: a coordinate (`x="12.5"`), a path's points, or text (escaped).
    enum Value {
        case number(Double)
        case points([Point], closed: Bool)
        case text(String)
        /// A value written in the code (`"middle"`, a class name, a colour): never content, so
        /// it needs no escaping and no string is made for it.
        case literal(StaticString)
    }

    mutating func open(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, Value> = [:]) {
        write("<")
        write(name)
        append(attributes)
        write(">")
    }

    /// Each element ends its line, so that a chart diffs and pastes line by line.
    mutating func close(_ name: StaticString) {
        write("</")
        write(name)
        write(">\n")
    }

    /// An element without children: `<rect …/>`.
    mutating func empty(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, Value>) {
        write("<")
        write(name)
        append(attributes)
        write("/>\n")
    }

    /// An element holding text.
    mutating func text(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, Value>, _ content: String) {
        open(name, attributes)
        write(Escape.html(content))
        close(name)
    }

    /// A `<title>` child: the tooltip and accessible name of the element it is in.
    mutating func title(_ content: String) { text("title", [:], content) }

    mutating func append(_ other: SVGWriter) { bytes += other.bytes }

    /// Element and attribute names: literals, copied without reference counting.
    private mutating func write(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// A coordinate, straight into the buffer: the same digits as `SVGNumber.string`, without
    /// making a string for each of the thousands of numbers a chart holds.
    private mutating func write(_ value: Double) {
        guard value.isFinite else { bytes.append(0x30); return }
        let tenths = Int((min(max(value, -1e9), 1e9) * 10).rounded())
        if tenths < 0 { bytes.append(0x2D) }
        let magnitude = abs(tenths)
        writeDigits(magnitude / 10)
        if magnitude % 10 != 0 {
            bytes.append(0x2E)
            bytes.append(UInt8(0x30 + magnitude % 10))
        }
    }

    private mutating func writeDigits(_ number: Int) {
        if number >= 10 { writeDigits(number / 10) }
        bytes.append(UInt8(0x30 + number % 10))
    }

    private mutating func append(_ attributes: KeyValuePairs<StaticString, Value>) {
        for (key, value) in attributes {
            write(" ")
            write(key)
            write("=\"")
            switch value {
            case .number(let number): write(number)
            case .points(let points, let closed):
                for (index, point) in points.enumerated() {
                    bytes.append(index == 0 ? 0x4D : 0x4C)  // M, L
                    write(point.x)
                    bytes.append(0x2C)  // ,
                    write(point.y)
                }
                if closed, !points.isEmpty { bytes.append(0x5A) }  // Z
            case .text(let text): write(Escape.html(text))
            case .literal(let text): write(text)
            }
            write("\"")
        }
    }
}

extension SVGWriter.Value: ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral, ExpressibleByStringLiteral {
    init(floatLiteral value: Double) { self = .number(value) }
    init(integerLiteral value: Int) { self = .number(Double(value)) }
    init(stringLiteral value: StaticString) { self = .literal(value) }
}

/// Numbers as SVG attributes: a tenth of a pixel is finer than any screen or printer shows.
enum SVGNumber {
    static func string(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        // Clamped so that a wild value can never overflow: it is far outside any view box anyway.
        let tenths = Int((min(max(value, -1e9), 1e9) * 10).rounded())
        let whole = tenths / 10, fraction = abs(tenths % 10)
        let sign = tenths < 0 && whole == 0 ? "-" : ""
        return fraction == 0 ? sign + String(whole) : sign + String(whole) + "." + String(fraction)
    }

    /// A path's points: `M1,2L3,4`.
    static func path(_ points: [Point], closed: Bool = false) -> String {
        var path = ""
        path.reserveCapacity(points.count * 12)
        for (index, point) in points.enumerated() {
            path += (index == 0 ? "M" : "L") + string(point.x) + "," + string(point.y)
        }
        return closed && !points.isEmpty ? path + "Z" : path
    }
}

/// A point in the chart's pixel space (y grows downwards).
struct Point: Equatable {
    var x: Double
    var y: Double
}
