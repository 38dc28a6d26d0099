/// ```` ```{overview} ````: the dashboard's first screen on any page (the home page's): as of,
/// the targets' counts by status, each linked to its filter page, and a tile per target, most
/// behind first. `:indicators: a, b` shows only those.
enum OverviewDirective {
    static let kind = DirectiveKind(
        spec: DirectiveSpec(name: "overview", argument: .none, body: .none, options: [("indicators", .text)]),
        render: { context, directive in
            let results = context.listedTargets(directive)
            return context.dataBlocks.overview(results, idPrefix: context.nextID("tong-quan"))
        }, readsData: true)
}
