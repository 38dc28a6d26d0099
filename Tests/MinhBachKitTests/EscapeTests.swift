import Markup
import Testing

/// The one escaper of the site (`Markup.Escape`, `Markup.JSONText`): each character set, the byte
/// variant the template engine writes with against the `String` one, and odd input.
struct EscapeTests {
    static let samples = [
        "", "plain", "Điện Biên", "&", "&&", "a & b", "<script>alert('x')</script>", "\"quoted\" 'single'",
        "&amp; already", "\u{0}", "a\u{0}b", "tab\there\nline", "ends with &", "<", ">", "'", "\"",
        "–é\u{2028}", "x=\"1\" y='2' & <z>", String(repeating: "đ&<'", count: 300),
    ]

    @Test func htmlEscapesAmpersandAnglesAndDoubleQuotesOnly() {
        #expect(Escape.html("a & b < c > d \"e\" 'f'") == "a &amp; b &lt; c &gt; d &quot;e&quot; 'f'")
        #expect(Escape.html("&amp;") == "&amp;amp;")
        #expect(Escape.html("Điện Biên") == "Điện Biên")
    }

    @Test func attributeSafeSetEscapesSingleQuotesAsDecimalReference() {
        #expect(Escape.html("a & b < c > d \"e\" 'f'", quotes: .doubleAndSingle)
            == "a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;")
        #expect(Escape.html("it's", quotes: .double) == "it's")
    }

    @Test func byteVariantEqualsStringVariant() {
        for quotes in [Escape.Quotes.double, .doubleAndSingle] {
            for text in Self.samples {
                var out: [UInt8] = Array("prefix|".utf8)
                Escape.appendHTML(text, quotes: quotes, to: &out)
                #expect(out == Array(("prefix|" + Escape.html(text, quotes: quotes)).utf8), "\(text.debugDescription)")
            }
        }
    }

    @Test func substringsEscapeLikeStrings() {
        let text = "<a href=\"x\">it's</a>"
        #expect(Escape.html(text.dropFirst(1)) == Escape.html(String(text.dropFirst(1))))
    }

    @Test func oddInputPassesThroughUnchangedExceptReferences() {
        #expect(Escape.html("\u{0}") == "\u{0}")
        #expect(Escape.html("&") == "&amp;")
        #expect(Escape.html("&", quotes: .doubleAndSingle) == "&amp;")
        #expect(Escape.html("") == "")
        // Invalid UTF-8 bytes go out as they came: the byte variant does not decode.
        var out: [UInt8] = []
        [0xFF, 0x26, 0xC3].withUnsafeBufferPointer { Escape.appendHTML($0, to: &out) }
        #expect(out == [0xFF] + Array("&amp;".utf8) + [0xC3])
    }

    @Test func xmlDropsWhatXMLCannotHoldAndEscapesTheRest() {
        #expect(Escape.xml("a\u{1}b\tc\nd\re\u{FFFE}f\u{FFFF} & <\"x\">") == "ab\tc\nd\ref &amp; &lt;&quot;x&quot;&gt;")
        #expect(Escape.xml("'") == "'")
        #expect(Escape.xml("Điện Biên") == "Điện Biên")
    }

    @Test func hrefKeepsCmarksReferences() {
        #expect(Escape.href("a b&c'd/é") == "a%20b&amp;c&#x27;d/%C3%A9")
    }

    @Test func jsonStringsAreSafeInsideAScript() {
        #expect(JSONText.string("Điện Biên") == "\"Điện Biên\"")
        #expect(JSONText.string("a\"b\\c\n\r\t</script>\u{2028}\u{2029}\u{1}–é") == #""a\"b\\c\n\r\t\u003c/script>\u2028\u2029\u0001–é""#)
        #expect(JSONText.string("\u{0}") == #""\u0000""#)
        #expect(JSONText.string("") == #""""#)
        var fromBytes: [UInt8] = []
        JSONText.append(Array("x\u{2028}".utf8), to: &fromBytes)
        #expect(fromBytes == Array(JSONText.string("x\u{2028}").utf8))
    }
}
