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
        /// Subpaths, each `M…L…`, closed with `Z` when `closed`.
        case path([[Point]], closed: Bool)
        case text(String)
        /// A value written in the code (`"middle"`, a class name, a colour): never content, so
        /// it needs no escaping and no string is made for it.
        case literal(StaticString)
        /// No attribute at all: for attributes that only some shapes carry.
        case omitted
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

    /// A coordinate, straight into the buffer, without making a string for each of the thousands
    /// of numbers a chart holds.
    private mutating func write(_ value: Double) { SVGNumber.append(value, to: &bytes) }

    private mutating func append(_ attributes: KeyValuePairs<StaticString, Value>) {
        for (key, value) in attributes {
            if case .omitted = value { continue }
            write(" ")
            write(key)
            write("=\"")
            switch value {
            case .number(let number): write(number)
            case .path(let subpaths, let closed):
                for points in subpaths where !points.isEmpty {
                    for (index, point) in points.enumerated() {
                        bytes.append(index == 0 ? 0x4D : 0x4C)  // M, L
                        write(point.x)
                        bytes.append(0x2C)  // ,
                        write(point.y)
                    }
                    if closed { bytes.append(0x5A) }  // Z
                }
            case .text(let text): write(Escape.html(text))
            case .literal(let text): write(text)
            case .omitted: break
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
        var bytes: [UInt8] = []
        append(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `12.5`, `-3`, `0`: rounded to a tenth, no trailing `.0`; not finite writes `0`.
    static func append(_ value: Double, to bytes: inout [UInt8]) {
        guard value.isFinite else { bytes.append(0x30); return }
        // Clamped so that a wild value can never overflow: it is far outside any view box anyway.
        let tenths = Int((min(max(value, -1e9), 1e9) * 10).rounded())
        if tenths < 0 { bytes.append(0x2D) }
        let magnitude = abs(tenths)
        appendDigits(magnitude / 10, to: &bytes)
        if magnitude % 10 != 0 {
            bytes.append(0x2E)
            bytes.append(UInt8(0x30 + magnitude % 10))
        }
    }

    private static func appendDigits(_ number: Int, to bytes: inout [UInt8]) {
        if number >= 10 { appendDigits(number / 10, to: &bytes) }
        bytes.append(UInt8(0x30 + number % 10))
    }
}

/// A point in the chart's pixel space (y grows downwards).
struct Point: Equatable {
    var x: Double
    var y: Double
}
