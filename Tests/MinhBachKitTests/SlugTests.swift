import MinhBachKit
import Testing

struct SlugTests {
    @Test(arguments: [
        ("Mục tiêu cụ thể", "muc-tieu-cu-the"),
        ("Điện Biên", "dien-bien"),
        ("I- SỰ CẦN THIẾT XÂY DỰNG ĐỀ ÁN", "i-su-can-thiet-xay-dung-de-an"),
        ("2.1. Kết quả (năm 2022)", "2-1-ket-qua-nam-2022"),
        ("  Dân vận khéo!  ", "dan-van-kheo"),
        ("Quý III/2024", "quy-iii-2024"),
        ("Ke-Hoach 999/KH-UBND.md", "ke-hoach-999-kh-ubnd-md"),
        ("  a--b  ", "a-b"),
        ("Die\u{0323}\u{0302}n Bie\u{0302}n", "dien-bien"),
    ])
    func makesReadableASCIISlugs(text: String, slug: String) {
        #expect(Slug.make(text) == slug)
    }

    @Test func registryKeepsSlugsUnique() {
        var registry = SlugRegistry(reserved: ["noi-dung"])
        #expect(registry.unique("muc-tieu") == "muc-tieu")
        #expect(registry.unique("muc-tieu") == "muc-tieu-1")
        #expect(registry.unique("noi-dung") == "noi-dung-1")
        #expect(registry.unique("") == "muc")
    }

    @Test func relativeLinksWorkFromAnyDepth() {
        #expect(OutputPaths.link(from: "index.html", to: "gioi-thieu.html", pretty: false) == "gioi-thieu.html")
        #expect(OutputPaths.link(from: "van-ban/de-an.html", to: "index.html", pretty: false) == "../index.html")
        #expect(OutputPaths.link(from: "van-ban/de-an.html", to: "van-ban/ke-hoach.html", pretty: false) == "ke-hoach.html")
        #expect(OutputPaths.link(from: "a/index.html", to: "b/index.html", pretty: true) == "../b/")
        #expect(OutputPaths.link(from: "index.html", to: "index.html", pretty: true) == "./")
        #expect(OutputPaths.link(from: "a/b.html", to: "a/index.html", pretty: true) == "./")
        #expect(OutputPaths.link(from: "a/b/c.html", to: "a/index.html", pretty: true) == "../")
        #expect(OutputPaths.link(from: "a/b/c.html", to: "a/index.html", pretty: false) == "../index.html")
        #expect(OutputPaths.link(from: "x/y/z.html", to: "q.html", pretty: false) == "../../q.html")
        #expect(OutputPaths.link(from: "đơn-vị/a.html", to: "đơn-vị/b/index.html", pretty: true) == "b/")
        #expect(OutputPaths.page(relativePath: "Văn bản/Đề án.md", slug: nil, pretty: false).path == "van-ban/de-an.html")
        #expect(OutputPaths.page(relativePath: "gioi-thieu.md", slug: nil, pretty: true).path == "gioi-thieu/index.html")
    }
}
