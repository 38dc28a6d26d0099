import Diagnostics

/// The site's data: units, indicators, their checked observations and everything computed from
/// them (series, targets, statuses). Built once per build, from the pages in the site's own
/// language, and shared by every language edition (`edition(pages:documents:)`); every page reads
/// from it, so text, tables and downloads can never disagree. It holds the words of every
/// language (a unit's `name` and `englishName`); a page chooses by its language.
public struct DataCatalog: Sendable {
    public let units: UnitRegistry
    /// With the edition's pages: their titles and translated words (`short_title`, `unit_label`, `money_unit`).
    public internal(set) var indicators: [Indicator]
    public let observations: [Observation]
    public internal(set) var results: [String: IndicatorResult]
    /// The units' values by kind, sorted, for ranking a unit among its peers.
    public let peers: PeerValues
    /// Each indicator's "data as of" and "last updated".
    let resultDates: [String: DataDates]
    public let diagnostics: Diagnostics
    public let indicatorsFolder: String
    public let unitsFolder: String
    /// The units registry file, offered as a download.
    public let unitsFile: SourceFile?
    /// The site's documents, which values and targets cite.
    var documents: DocumentCatalog
    /// The "Dân vận khéo" models, which indicators with `count_models` count.
    public internal(set) var models: ModelCatalog
    /// The tasks the documents set and, as of the latest progress file, whether units did them.
    public let commitments: CommitmentCatalog
    /// The internal files and rows this build left out (public build only).
    public let withheld: WithheldData
    /// The data files the values cite that the downloads publish as they are: those this build
    /// leaves nothing out of (`DataDownloads.publishedSources`).
    public let sourceFiles: Set<String>
    /// The edition's name for a page that values cite (an indicator's page, which counted
    /// models): its translation, by the original's path. Empty in the site's own language.
    var citedPages: [String: String] = [:]

    public var isEmpty: Bool { indicators.isEmpty && units.units.isEmpty && commitments.isEmpty }

    public init(pages: [ParsedPage], files: ContentFiles, config: SiteConfig, documents: DocumentCatalog,
                withheld withheldPages: WithheldItems = WithheldItems()) {
        var diagnostics = Diagnostics()
        self.documents = documents
        indicatorsFolder = config.indicatorsFolder
        unitsFolder = config.unitsFolder
        let unitsFile = files[config.unitsFile]
        self.unitsFile = unitsFile
        units = unitsFile.map { UnitRegistry.read($0, kinds: config.unitKinds, diagnostics: &diagnostics) } ?? UnitRegistry()
        models = ModelCatalog(pages: pages, files: files, folder: config.modelsFolder, units: units)
        diagnostics.append(contentsOf: models.diagnostics)
        commitments = CommitmentCatalog(files: files.all, folder: config.commitmentsFolder, units: units, documents: documents,
                                        pages: pages, audience: config.audience)
        diagnostics.append(contentsOf: commitments.diagnostics)
        let indicators = pages.compactMap { page in
            page.indicator.map { Indicator(id: String(page.id.split(separator: "/").last ?? ""), page: page.reference, definition: $0) }
        }.sorted { ($0.page.weight, $0.id) < ($1.page.weight, $1.id) }
        self.indicators = indicators
        let reader = ObservationReader(folder: config.dataFolder, audience: config.audience,
                                       withheldIndicators: Set(withheldPages.indicators.keys))
        let (cells, withheld) = reader.read(files.all, diagnostics: &diagnostics)
        self.withheld = withheld
        if unitsFile == nil, !indicators.isEmpty || cells.contains(where: { !$0.isEmpty }) {
            diagnostics.error(at: indicators.first.map { SourceLocation(path: $0.page.displayPath, line: 1, column: 1) },
                              Message("indicators.no-units-registry", ["file": .text(config.unitsFile)]),
                              hint: Message("indicators.no-units-registry-hint", ["file": .text(config.unitsFile)]))
        }
        let checker = DataChecker(units: units, indicators: indicators, documents: documents, pages: pages)
        let order = checker.checkDefinitions(diagnostics: &diagnostics)
        // The counts are made first, their problems reported after the cells': the observations
        // are then put in one list made once, not in a list copied to add the counts.
        var countProblems = Diagnostics()
        let counts = ModelCounts(models: models, units: units).observations(for: indicators.filter(\.definition.countsModels))
            + TaskCounts(catalog: commitments, units: units).observations(for: indicators.filter { !$0.definition.onTimeTasks.isEmpty },
                                                            diagnostics: &countProblems)
        observations = checker.observations(from: cells, followedBy: counts, diagnostics: &diagnostics)
        diagnostics.append(contentsOf: countProblems)
        sourceFiles = Set(observations.map(\.file).filter { $0.hasPrefix(config.dataFolder + "/") && withheld.files[$0] == nil })
        var results: [String: IndicatorResult] = [:]
        let builder = SeriesBuilder(units: units, observations: observations, indicators: indicators)
        for indicator in order {
            results[indicator.id] = builder.result(for: indicator, computed: results, diagnostics: &diagnostics)
        }
        self.results = results
        peers = PeerValues(results: order.compactMap { results[$0.id] }, units: units)
        diagnostics.append(contentsOf: Self.wholeWithoutValue(results, indicators: indicators))
        diagnostics.append(contentsOf: Self.issuerUnitProblems(documents, units: units, unitsFile: config.unitsFile))
        resultDates = results.mapValues { Self.dates(of: $0, documents: documents) }
        self.diagnostics = diagnostics
    }

    public func indicator(_ id: String) -> Indicator? { indicators.first { $0.id == id } }
    public func result(_ id: String) -> IndicatorResult? { results[id] }

    /// The definition a unit's values follow: a share of units meeting a threshold keeps, per
    /// unit, the values of the indicator it counts (models, not percent).
    public func unitDefinition(_ result: IndicatorResult) -> IndicatorDefinition {
        let definition = result.indicator.definition
        guard definition.aggregate == .share || definition.aggregate == .count,
              let source = definition.from.flatMap({ indicator($0.text) }) else { return definition }
        return source.definition
    }
    public var indicatorIDs: [String] { indicators.map(\.id) }

    /// The indicators that are targets of the scheme, in the dashboard's order.
    public var targetResults: [IndicatorResult] { indicators.filter(\.isTarget).compactMap { results[$0.id] } }

    /// A value for `{value}`: the whole's latest value, or the value of a period, of a unit.
    public func value(_ id: String, period: ReportingPeriod?, unit: String?) -> SeriesPoint? {
        guard let result = results[id] else { return nil }
        let series = unit.map { code in code == result.wholeUnit?.code ? result.whole : result.unit(code)?.series ?? [] } ?? result.whole
        guard let period else { return series.last }
        return series.first { $0.period == period }
    }

    /// Site paths of the pages and files this catalog makes.
    public func unitPath(_ code: String) -> String { unitsFolder + "/" + code + ".html" }
    public var unitsIndexPath: String { unitsFolder + "/index.html" }
    public var dashboardPath: String { indicatorsFolder + "/index.html" }
    public func downloadPath(_ id: String, _ ext: String) -> String { indicatorsFolder + "/" + id + "." + ext }
    public var packagePath: String { indicatorsFolder + "/datapackage.json" }
}
