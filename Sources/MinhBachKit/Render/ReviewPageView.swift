/// What the `review` template sees: the findings grouped by kind, each with where it is.
struct ReviewPageView: TemplateView {
    var groups: [Group]
    /// "12 findings", in the page's words.
    var count: String
    var strings: [String: String]

    static let fields: [TemplateField<ReviewPageView>] = [
        .strings("t") { $0.strings }, .list("groups", of: Group.self) { $0.groups }, .text("count") { $0.count },
        .flag("none", onlyWhenTrue: true) { $0.groups.isEmpty },
    ]

    /// The findings of one kind, with the rule it checks.
    struct Group: TemplateView {
        var id: String
        var title: String
        var rule: String
        var count: String
        var items: [Item]

        static let fields: [TemplateField<Group>] = [
            .text("id") { $0.id }, .text("title") { $0.title }, .text("rule") { $0.rule }, .text("count") { $0.count },
            .list("items", of: Item.self) { $0.items },
        ]
    }

    /// One finding: its words, its file and row, and the page that shows it.
    struct Item: TemplateView {
        var message: String
        var hint: String?
        var file: String
        var row: String
        /// `en` when the page's language is one MinhBạch does not speak.
        var messageLang: String?
        var url: String?
        var pageTitle: String?

        static let fields: [TemplateField<Item>] = [
            .text("message") { $0.message }, .text("file") { $0.file }, .text("row") { $0.row }, .text("hint") { $0.hint },
            .text("messageLang") { $0.messageLang }, .text("url") { $0.url }, .text("pageTitle") { $0.pageTitle },
        ]
    }
}

extension SiteRenderer {
    /// The theme's template of the internal build's review page.
    public static let reviewTemplate = "review"
}
