/// The folders of MinhBachKit in layers, bottom first: a folder may use what its own layer and
/// the layers below it declare, never what a layer above declares; and no two folders, of one
/// layer or two, may depend on each other, however long the way round.
struct FolderLayers {
    struct Layer {
        var name: String
        var folders: [String]
    }

    /// A folder's use of a name that breaks the rule, or a cycle through it.
    struct Violation: Hashable, CustomStringConvertible {
        var use: FolderGraph.Use
        var reason: String

        var description: String { "Sources/MinhBachKit/\(use.file):\(use.line): uses `\(use.name)`: \(reason)" }
    }

    var layers: [Layer]

    /// MinhBachKit's layers. Why this order:
    /// - `Site` (the settings of `site.yml`, output paths, the kinds of unit and of document a
    ///   site may name) and `Parse` (a page: its front matter, Markdown, headings and
    ///   `PageReference`, with the `PageKind` each section gives it) are site values: they know
    ///   no document, indicator or model. The domain reads parsed pages, never the other way.
    /// - `Catalog` holds what joins the domains and the pages: `DataCatalog` (indicators, units,
    ///   models, documents), what an audience withholds, the interface strings of a site.
    /// - `Blocks` is what both a directive (`Resolve`) and a page (`Render`) draw: indicator
    ///   charts and blocks, value formatting, data tables, image sizes.
    /// - `Sections` (one file per section: its kind of page and its renderer) sits on the layout;
    ///   `Starter` (the `new` command's site) and `Build` use whatever they need: the top.
    static let minhBachKit = FolderLayers(layers: [
        Layer(name: "text", folders: ["Text"]),
        Layer(name: "site values", folders: ["Load", "FrontMatter", "Data", "Audience", "Write"]),
        Layer(name: "site", folders: ["Site"]),
        Layer(name: "parse", folders: ["Parse"]),
        Layer(name: "domain", folders: ["Documents", "Indicators", "Models", "Commitments"]),
        Layer(name: "catalog", folders: ["Catalog"]),
        Layer(name: "blocks", folders: ["Blocks"]),
        Layer(name: "resolve", folders: ["Resolve"]),
        Layer(name: "render", folders: ["Render"]),
        Layer(name: "review", folders: ["Review"]),
        Layer(name: "sections", folders: ["Sections"]),
        Layer(name: "build", folders: ["Build", "Starter"]),
    ])

    /// Uses that break the layers today and are known, `(file, name)`. Each is to go, not to
    /// grow: a new use that breaks the layers fails the test, and so does an entry here that no
    /// longer happens, so that the list only ever shrinks.
    static let knownViolations: Set<Known> = []

    struct Known: Hashable, CustomStringConvertible {
        var file: String
        var name: String
        init(_ file: String, _ name: String) { (self.file, self.name) = (file, name) }
        var description: String { "\(file): \(name)" }
    }

    /// Where `folder` sits: its layer's index and its place among all folders.
    func position(of folder: String) -> (layer: Int, name: String)? {
        for (index, layer) in layers.enumerated() where layer.folders.contains(folder) { return (index, layer.name) }
        return nil
    }

    /// Every use that breaks the layers: a use of a higher layer's name, and every use along a
    /// cycle of folders of one layer. A cycle through two layers goes up somewhere, and that use
    /// is named already; a cycle that never goes up stays in one layer, so these are all. A
    /// folder in no layer is a violation at its first use of anything: a new folder must be placed.
    func violations(in graph: FolderGraph) -> [Violation] {
        var found: Set<Violation> = []
        for (folder, targets) in graph.edges {
            for (target, uses) in targets {
                guard let from = position(of: folder), let to = position(of: target) else {
                    let missing = position(of: folder) == nil ? folder : target
                    for use in uses.prefix(1) {
                        found.insert(Violation(use: use, reason: "the folder \(missing) is in no layer: add it to FolderLayers.minhBachKit"))
                    }
                    continue
                }
                if to.layer > from.layer {
                    for use in uses {
                        found.insert(Violation(use: use, reason: "declared in \(target) (layer \"\(to.name)\"), above \(folder) (layer \"\(from.name)\")"))
                    }
                }
            }
        }
        let sameLayer = { (folder: String, target: String) in
            position(of: folder).map(\.layer) == position(of: target).map(\.layer)
        }
        for cycle in Self.cycles(graph, along: sameLayer) {
            let ring = cycle + [cycle[0]]
            let shown = ring.joined(separator: " → ")
            for (folder, target) in zip(ring, ring.dropFirst()) {
                for use in graph.edges[folder]?[target] ?? [] {
                    found.insert(Violation(use: use, reason: "\(folder) and \(target) depend on each other: \(shown)"))
                }
            }
        }
        return found.sorted { $0.use < $1.use }
    }

    /// The folders that depend on each other, one list per strongly connected set of two or
    /// more, each list in order round the cycle from its smallest name (Tarjan's algorithm).
    static func cycles(_ graph: FolderGraph, along keeps: @escaping (String, String) -> Bool = { _, _ in true }) -> [[String]] {
        func dependencies(of folder: String) -> [String] { graph.dependencies(of: folder).filter { keeps(folder, $0) }.sorted() }
        let folders = Set(graph.edges.keys).union(graph.edges.values.flatMap(\.keys)).sorted()
        var index: [String: Int] = [:], lowLink: [String: Int] = [:]
        var stack: [String] = [], onStack: Set<String> = []
        var components: [[String]] = []
        func connect(_ folder: String) {
            index[folder] = index.count
            lowLink[folder] = index[folder]
            stack.append(folder)
            onStack.insert(folder)
            for next in dependencies(of: folder) {
                if index[next] == nil {
                    connect(next)
                    lowLink[folder] = min(lowLink[folder]!, lowLink[next]!)
                } else if onStack.contains(next) {
                    lowLink[folder] = min(lowLink[folder]!, index[next]!)
                }
            }
            if lowLink[folder] == index[folder] {
                var component: [String] = []
                while let top = stack.popLast() {
                    onStack.remove(top)
                    component.append(top)
                    if top == folder { break }
                }
                if component.count > 1 { components.append(component) }
            }
        }
        for folder in folders where index[folder] == nil { connect(folder) }
        return components.map { ring(through: Set($0), dependencies(of:)) }.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// One way round a strongly connected set, from its smallest folder back to it, for the
    /// message: the shortest path from the smallest folder back to itself.
    static func ring(through members: Set<String>, _ dependencies: (String) -> [String]) -> [String] {
        let start = members.min()!
        var previous: [String: String] = [:]
        var queue = [start]
        var visited: Set<String> = []
        while !queue.isEmpty {
            let folder = queue.removeFirst()
            for next in dependencies(folder) where members.contains(next) {
                if next == start {
                    var path = [folder]
                    while let before = previous[path[0]] { path.insert(before, at: 0) }
                    return path
                }
                if !visited.contains(next) && previous[next] == nil && next != start {
                    visited.insert(next)
                    previous[next] = folder
                    queue.append(next)
                }
            }
        }
        return members.sorted()
    }
}
