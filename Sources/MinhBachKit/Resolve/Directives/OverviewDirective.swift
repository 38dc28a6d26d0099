/// ```` ```{overview} ````: the dashboard's first screen on any page (the home page's): as of,
/// the targets' counts by status, each linked to its filter page, and a tile per target, most
/// behind first. `:indicators: a, b` shows only those.
enum OverviewDirective {
    static let kind = DirectiveKind(
        spec: DirectiveSpec(name: "overview", argument: .none, body: .none, options: [("indicators", .text)]),
        render: { context, directive in
            var results = context.site.data.targetResults
            if let list = directive.option("indicators") {
                results = []
                for id in list.value.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                    if let result = context.indicatorResult(id, at: list.valueLocation) { results.append(result) }
                }
            }
            context.showsIllustrativeData = context.showsIllustrativeData || results.contains { $0.latest?.illustrative == true }
            results.forEach { context.dataDates.merge(context.site.data.dates(of: $0)) }
            return context.dataBlocks.overview(results, idPrefix: context.nextID("tong-quan"))
        }, readsData: true)
}
