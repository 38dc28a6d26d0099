@testable import MinhBachKit
import Testing

/// Texts that many documents repeat are kept once: equal texts come back as one copy.
struct SharedTextTests {
    /// Where a string's bytes are: equal for two strings that share one copy.
    static func storage(_ text: String) -> UnsafeRawPointer? {
        var text = text
        return text.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }

    /// A text made at run time, so that two calls make two copies.
    static func made(_ words: String...) -> String { words.joined(separator: " ") }

    @Test func equalTextsComeBackAsOneCopy() {
        var shared = SharedText()
        let first = Self.made("Ủy ban nhân dân", "xã Mường Nhà"), second = Self.made("Ủy ban nhân dân", "xã Mường Nhà")
        #expect(Self.storage(first) != Self.storage(second))
        let (a, b) = (shared(first), shared(second))
        #expect(a == first && b == second)
        #expect(Self.storage(a) == Self.storage(b))
        let other = shared(Self.made("Ủy ban nhân dân", "xã Quài Cang"))
        #expect(other == "Ủy ban nhân dân xã Quài Cang")
        #expect(Self.storage(other) != Self.storage(a))
        #expect(shared(String?.none) == nil)
        // A short text is held inside the string itself: there is nothing to share.
        #expect(shared(Self.made("Lưu:", "VT.")) == "Lưu: VT.")
    }

    @Test func equalListsComeBackAsOneCopy() {
        var shared = SharedText()
        let list = { [Self.made("UBND các xã,", "phường;"), Self.made("Lưu: VT,", "Văn phòng UBND.")] }
        let (a, b) = (shared(list()), shared(list()))
        #expect(a == list() && b == list())
        #expect(a.withUnsafeBufferPointer { $0.baseAddress } == b.withUnsafeBufferPointer { $0.baseAddress })
        // A list's texts are shared with the same texts elsewhere.
        #expect(Self.storage(shared(Self.made("Lưu: VT,", "Văn phòng UBND."))) == Self.storage(a[1]))
        #expect(shared([String]()).isEmpty)
    }

    /// Who issues and signs a document, and to whom it goes, are shared between documents; the
    /// subject and the number stay each document's own.
    @Test func documentsShareTheirIssuerButNotTheirSubject() {
        var shared = SharedText()
        func document(_ number: String) -> DocumentMeta {
            var meta = DocumentMeta(kind: DocumentKind.all[0], subject: Self.made("Triển khai thực hiện", "công tác dân vận năm 2025"),
                                    issuer: Self.made("Ủy ban nhân dân", "xã Mường Nhà"))
            meta.number = number
            meta.signerTitle = Self.made("PHÓ CHỦ", "TỊCH THƯỜNG TRỰC")
            meta.recipients = [Self.made("UBND các xã,", "phường;")]
            meta.shareRepeatedText(&shared)
            return meta
        }
        let (a, b) = (document("12/KH-UBND"), document("13/KH-UBND"))
        #expect(Self.storage(a.issuer) == Self.storage(b.issuer))
        #expect(Self.storage(a.signerTitle!) == Self.storage(b.signerTitle!))
        #expect(Self.storage(a.recipients[0]) == Self.storage(b.recipients[0]))
        #expect(Self.storage(a.subject) != Self.storage(b.subject))
        #expect(a.subject == b.subject && a.number == "12/KH-UBND" && b.number == "13/KH-UBND")
    }
}
