import Diagnostics
import Markdown
import Markup

/// ```` ```{csv-table} Caption ```` — a table from `:file:` under `content/` or from the body.
enum CSVTableDirective {
    static let kind = DirectiveKind(
        spec: DirectiveSpec(
            name: "csv-table", argument: .optional, body: .optional,
            options: [("file", .text), ("header-rows", .integer(0...1)), ("delim", .choice([",", ";"])),
                      ("class", .identifier), ("name", .identifier)]),
        render: render)

    static func render(_ context: inout PageRenderContext, _ directive: Directive) -> HTML {
        let delimiter: Character = directive.option("delim")?.value == ";" ? ";" : ","
        let hasBody = !directive.body.allSatisfy(\.isWhitespace)
        let table: CSVReader.Table
        if let file = directive.option("file") {
            guard !hasBody else {
                context.diagnostics.error(at: directive.bodyLocation, Message("directive.csv-table-file-and-content"))
                return .empty
            }
            guard let source = context.contentFile(file.value, at: file.valueLocation, what: Message("directive.what.csv"))?
                .read(diagnostics: &context.diagnostics) else { return .empty }
            guard let text = source.text(diagnostics: &context.diagnostics) else { return .empty }
            let (read, problems) = CSVReader(delimiter: delimiter).read(text)
            for problem in problems {
                context.diagnostics.error(
                    at: SourceLocation(path: source.displayPath, line: problem.line, column: problem.field),
                    problem.text, hint: problem.hintText)
            }
            guard problems.isEmpty else { return .empty }
            table = read
        } else {
            guard hasBody else {
                context.diagnostics.error(at: directive.location, Message("directive.csv-table-needs-rows"))
                return .empty
            }
            let (read, problems) = CSVReader(delimiter: delimiter).read(directive.body)
            for problem in problems {
                context.diagnostics.error(
                    at: SourceLocation(path: directive.bodyLocation.path, line: directive.bodyLocation.line + problem.line - 1,
                                       column: directive.bodyLocation.column + problem.column - 1),
                    problem.text, hint: problem.hintText)
            }
            guard problems.isEmpty else { return .empty }
            table = read
        }
        let headerRows = Int(directive.option("header-rows")?.value ?? "1") ?? 1
        let rows = table.rows.map { $0.map { HTML.text($0) } }
        let body = Array(table.rows.dropFirst(headerRows))
        let width = table.rows.first?.count ?? 0
        let numeric = Set((0..<width).filter { column in
            !body.isEmpty && body.allSatisfy { $0[column].isEmpty || DataTable.isNumeric($0[column]) }
                && body.contains { !$0[column].isEmpty }
        })
        return DataTable(
            caption: directive.argument.isEmpty ? nil : .text(directive.argument),
            header: Array(rows.prefix(headerRows)), rows: Array(rows.dropFirst(headerRows)),
            numericColumns: numeric, id: directive.option("name")?.value, extraClass: directive.option("class")?.value
        ).render(captionID: context.nextID("bang"))
    }
}
