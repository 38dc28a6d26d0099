/// Rows × columns of cells coloured by category (units × indicators by progress status).
/// Every cell also carries its category's symbol, and the legend names each symbol, so colour
/// is never the only signal.
public struct HeatGrid: Sendable {
    public struct Category: Sendable {
        public var label: String
        public var symbol: String
        /// Which status tint: 0 achieved, 1 on track, 2 at risk, 3 off track, 4 no data.
        public var tint: Int
        public init(label: String, symbol: String, tint: Int) {
            self.label = label
            self.symbol = symbol
            self.tint = tint
        }
    }

    public struct Cell: Sendable {
        public var category: Int
        /// The value, for the cell's title and the data table.
        public var text: String
        public init(category: Int, text: String) {
            self.category = category
            self.text = text
        }
    }

    public var rows: [ChartCategory]
    public var columns: [ChartCategory]
    /// `cells[row][column]`; nil: the column does not apply to the row.
    public var cells: [[Cell?]]
    public var categories: [Category]
    /// Where each row, column and cell leads (addresses relative to where the SVG is shown);
    /// nil for none: a chart without links draws exactly as before.
    public var links: Links?

    /// The addresses of a grid's rows (a unit's page), columns (an indicator's page) and cells.
    public struct Links: Sendable {
        public var rows: [String?]
        public var columns: [String?]
        public var cells: [[String?]]
        public init(rows: [String?], columns: [String?], cells: [[String?]]) {
            self.rows = rows
            self.columns = columns
            self.cells = cells
        }

        func row(_ index: Int) -> String? { rows.indices.contains(index) ? rows[index] : nil }
        func column(_ index: Int) -> String? { columns.indices.contains(index) ? columns[index] : nil }
        func cell(_ row: Int, _ column: Int) -> String? {
            cells.indices.contains(row) && cells[row].indices.contains(column) ? cells[row][column] : nil
        }
    }

    public init(rows: [ChartCategory], columns: [ChartCategory], cells: [[Cell?]], categories: [Category]) {
        self.rows = rows
        self.columns = columns
        self.categories = categories
        self.cells = rows.indices.map { row in
            columns.indices.map { column in
                guard cells.indices.contains(row), cells[row].indices.contains(column), let cell = cells[row][column],
                      categories.indices.contains(cell.category) else { return nil }
                return cell
            }
        }
    }

    public func draw(_ frame: ChartFrame) -> DrawnChart {
        let words = frame.words
        let table = self.table(words)
        guard !rows.isEmpty, !columns.isEmpty else { return ChartCanvas.empty(frame: frame, kind: .heatGrid, table: table) }
        let font = ChartCanvas.tickFont
        // With links, the labels are the way in: written whole, never cut.
        let rowRoom = links == nil ? frame.size.width * 0.3 : frame.size.width * 0.5
        let rowLabelWidth = min(rows.map { TextWidth.of($0.label, fontSize: font) }.max() ?? 0, rowRoom) + 10
        let cell = min(36, max(14, (frame.size.width - rowLabelWidth - 8) / Double(columns.count)))
        // Column names are written at 45°: their height is their width over √2.
        let columnRoom = links == nil ? 140.0 : 1_000.0
        let columnLabelHeight = min(columns.map { TextWidth.of($0.label, fontSize: font) }.max() ?? 0, columnRoom) * 0.71 + 12
        let legendLines = 1 + Int(Double(categories.count + 1) / 4)
        let top = columnLabelHeight + 8
        let height = top + cell * Double(rows.count) + 12 + Double(legendLines) * 18 + 8
        // Whole column names lean right past the last cell: the canvas widens to hold them.
        var frame = frame
        if links != nil {
            var needed = 0.0
            for (index, column) in columns.enumerated() {
                let start: Double = rowLabelWidth + cell * (Double(index) + 0.5) + 4
                let lean: Double = TextWidth.of(column.label, fontSize: font) * 0.71
                needed = max(needed, start + lean + 8)
            }
            if needed > frame.size.width { frame.size.width = needed.rounded(.up) }
        }
        var canvas = ChartCanvas(frame: frame, kind: .heatGrid, height: height)
        if links != nil { canvas.role = "group" }

        for (index, column) in columns.enumerated() {
            let x = rowLabelWidth + cell * (Double(index) + 0.5) + 4, y = top - 6
            let href = links?.column(index)
            if let href { canvas.body.open("a", ["href": .text(href)]) }
            canvas.body.open("g")
            canvas.body.title(column.phrase)
            canvas.body.text("text", ["class": "f-tx", "x": .number(x), "y": .number(y), "fill": ChartColour.text.colour,
                                      "font-size": .number(font), "transform": .text("rotate(-45 \(SVGNumber.string(x)) \(SVGNumber.string(y)))")],
                             TextWidth.shortened(column.label, toFit: columnRoom, fontSize: font))
            canvas.body.close("g")
            if href != nil { canvas.body.close("a") }
        }
        for (rowIndex, row) in rows.enumerated() {
            let y = top + cell * Double(rowIndex)
            let rowHref = links?.row(rowIndex)
            if let rowHref { canvas.body.open("a", ["href": .text(rowHref)]) }
            canvas.body.open("g")
            canvas.body.title(row.phrase)
            canvas.text(TextWidth.shortened(row.label, toFit: rowLabelWidth - 10, fontSize: font), x: rowLabelWidth - 6,
                        y: y + cell / 2 + 4, anchor: "end", size: font)
            canvas.body.close("g")
            if rowHref != nil { canvas.body.close("a") }
            for (columnIndex, value) in cells[rowIndex].enumerated() {
                let x = rowLabelWidth + cell * Double(columnIndex)
                guard let value else {
                    let href = links?.cell(rowIndex, columnIndex)
                    if let href { canvas.body.open("a", ["href": .text(href)]) }
                    canvas.rect(x: x, y: y, width: cell, height: cell, colour: .background,
                                title: href == nil ? nil : "\(row.phrase) — \(columns[columnIndex].phrase): \(words.notApplicable)", outline: .grid)
                    if href != nil { canvas.body.close("a") }
                    continue
                }
                let category = categories[value.category]
                let cellHref = links?.cell(rowIndex, columnIndex)
                if let cellHref { canvas.body.open("a", ["href": .text(cellHref)]) }
                defer { if cellHref != nil { canvas.body.close("a") } }
                canvas.rect(x: x, y: y, width: cell, height: cell, colour: .statusFill(category.tint),
                            title: "\(row.phrase) — \(columns[columnIndex].phrase): \(category.label) (\(value.text))", outline: .background)
                canvas.text(category.symbol, x: x + cell / 2, y: y + cell / 2 + 4.5, anchor: "middle", colour: .statusText(category.tint),
                            size: min(13, cell * 0.5))
            }
        }
        var x = 4.0, y = top + cell * Double(rows.count) + 22
        for category in categories {
            let text = "\(category.symbol) \(category.label)"
            let width = TextWidth.of(text, fontSize: font) + 30
            if x + width > canvas.width, x > 4 { x = 4; y += 18 }
            canvas.rect(x: x, y: y - 11, width: 18, height: 14, colour: .statusFill(category.tint), outline: .grid)
            canvas.text(category.symbol, x: x + 9, y: y, anchor: "middle", colour: .statusText(category.tint), size: 10)
            canvas.text(category.label, x: x + 24, y: y, size: font)
            x += width
        }
        if cells.contains(where: { $0.contains { $0 == nil } }) {
            if x + TextWidth.of(words.notApplicable, fontSize: font) + 30 > canvas.width, x > 4 { x = 4; y += 18 }
            canvas.rect(x: x, y: y - 11, width: 18, height: 14, colour: .background, outline: .grid)
            canvas.text(words.notApplicable, x: x + 24, y: y, size: font)
        }
        canvas.height = max(canvas.height, y + 10)
        return canvas.finish(summary: summary(words), table: table)
    }

    func summary(_ words: ChartWords) -> String {
        let counts = categories.indices.compactMap { index -> (String, Int)? in
            let count = cells.reduce(0) { $0 + $1.filter { $0?.category == index }.count }
            return count > 0 ? (categories[index].label, count) : nil
        }
        return words.cellCounts(rows.count, columns.count, counts) + "."
    }

    func table(_ words: ChartWords) -> ChartTable {
        ChartTable(header: [words.name] + columns.map(\.phrase), rows: rows.indices.map { row in
            [ChartTable.Cell(rows[row].phrase)] + cells[row].map { cell in
                cell.map { ChartTable.Cell("\(categories[$0.category].symbol) \(categories[$0.category].label) (\($0.text))") } ?? ChartTable.Cell("")
            }
        })
    }
}
