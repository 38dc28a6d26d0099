@testable import Charts
import Testing

/// A heat grid with links: every row, column and cell is an `<a href>`, its labels are whole
/// (the canvas widens for them), and the SVG is a group rather than an image, which may not
/// hold links. Without links it draws as before.
@Suite struct HeatGridLinkTests {
    static let long = "Tỷ lệ cơ quan, đơn vị có ít nhất một mô hình Dân vận khéo được công nhận"
    static func grid(links: Bool) -> HeatGrid {
        let rows = [ChartCategory("Sở Giáo dục và Đào tạo tỉnh Điện Biên, rất dài"), ChartCategory("Tuần Giáo")]
        let columns = [ChartCategory(long), ChartCategory("Hộ nghèo")]
        var grid = HeatGrid(rows: rows, columns: columns,
                            cells: [[HeatGrid.Cell(category: 0, text: "90%"), nil], [HeatGrid.Cell(category: 1, text: "10%"), HeatGrid.Cell(category: 0, text: "1")]],
                            categories: [HeatGrid.Category(label: "Đã đạt", symbol: "✔", tint: 0), HeatGrid.Category(label: "Chậm", symbol: "▼", tint: 3)])
        if links {
            grid.links = HeatGrid.Links(rows: ["don-vi/a.html", "don-vi/b.html"], columns: ["c1.html", "c2.html"],
                                        cells: [["c1.html#don-vi", "don-vi/a.html"], ["c1.html#don-vi", "c2.html#don-vi"]])
        }
        return grid
    }

    @Test func everyRowColumnAndCellIsALink() {
        let svg = Self.grid(links: true).draw(ChartFrame(id: "g", title: "Lưới")).svg
        let hrefs = svg.components(separatedBy: "<a href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(hrefs == ["c1.html", "c2.html", "don-vi/a.html", "c1.html#don-vi", "don-vi/a.html", "don-vi/b.html", "c1.html#don-vi", "c2.html#don-vi"])
        #expect(svg.contains(Self.long) && !svg.contains("…"))
        #expect(svg.contains("role=\"group\""))
    }

    @Test func withoutLinksNothingChanges() {
        let svg = Self.grid(links: false).draw(ChartFrame(id: "g", title: "Lưới")).svg
        #expect(!svg.contains("<a "))
        #expect(svg.contains("role=\"img\"") && svg.contains("viewBox=\"0 0 640 "))
        #expect(svg.contains("…"))
    }
}
