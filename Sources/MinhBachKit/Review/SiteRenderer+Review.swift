import Diagnostics

/// The internal page "Kiểm tra dữ liệu" (Data review): the review's findings grouped by kind,
/// each linked to the page that shows what it queries and naming its file and row. Only a build
/// that asks for it (`BuildOptions.includesReviewPage`, the internal audience) makes it.
extension SiteRenderer {
    /// Where the page is written in each language's folder.
    public static let reviewPagePath = "kiem-tra-du-lieu.html"

    func reviewPage(_ findings: [ReviewFinding], site: SiteIndex, diagnostics: inout Diagnostics) -> [OutputFile] {
        let path = Self.reviewPagePath
        let link = { OutputPaths.link(from: path, to: $0, pretty: self.config.prettyURLs) }
        // Findings name files as the command line shows them; the page names them as the site
        // does, inside the content folder.
        var inContent: [String: String] = [:]
        for file in site.pages.map(\.source) + site.files.all { inContent[file.displayPath] = file.relativePath }
        var titles: [String: String] = [site.data.dashboardPath: strings["progress_title"]]
        for page in site.pages { titles[page.outputPath] = page.meta.title }
        // The findings speak the page's language; a page in a language MinhBạch does not speak
        // shows them in English, marked as such.
        let language = MessageLanguage(rawValue: config.language) ?? .en
        let messageLanguage = MessageLanguage(rawValue: config.language) == nil ? "en" : nil
        let groups: [ReviewPageView.Group] = ReviewFinding.Kind.allCases.compactMap { kind in
            let mine = findings.filter { $0.kind == kind }.sorted(by: ReviewFinding.ordered)
            guard !mine.isEmpty else { return nil }
            let items = mine.map { finding in
                var item = ReviewPageView.Item(
                    message: finding.text.text(in: language), hint: finding.hintText?.text(in: language),
                    file: inContent[finding.location.path] ?? finding.location.path,
                    row: "\(strings["source_row"]) \(finding.location.line), \(strings["review_column"]) \(finding.location.column)",
                    messageLang: messageLanguage)
                if let target = finding.page {
                    let pagePath = String(target.split(separator: "#", maxSplits: 1)[0])
                    let anchor = target.dropFirst(pagePath.count)
                    item.url = link(pagePath) + anchor
                    item.pageTitle = titles[pagePath] ?? pagePath
                }
                return item
            }
            return ReviewPageView.Group(id: kind.rawValue, title: strings[kind.stringKey], rule: strings[kind.stringKey + "_rule"],
                                        count: String(mine.count), items: items)
        }
        let context = ReviewPageView(groups: groups, count: strings["review_count"].replacing(every: "{n}", with: String(findings.count)),
                                     strings: strings.table)
        guard let content = library.renderHTML(context, withTemplate: Self.reviewTemplate) else {
            diagnostics.error(at: nil, Message("review.no-template", ["template": .text(Self.reviewTemplate)]))
            return []
        }
        let title = strings["review_title"]
        return [generatedPage(path, title: title, kind: "review", content: content, crumbs: [(title, nil)],
                              description: nil, currentID: nil, search: nil)]
    }
}
