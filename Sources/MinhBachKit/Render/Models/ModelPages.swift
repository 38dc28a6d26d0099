import Diagnostics
import Formatting
import Markup

/// The generated parts of the models section: each model's page around its story, the gallery
/// with its facets, and a card per model. Every facet is a static page, so the gallery works
/// without JavaScript; the gallery's filter form only appears when the script runs.
struct ModelPages {
    let catalog: ModelCatalog
    let data: DataCatalog
    let files: ContentFiles
    let strings: UIStrings
    let pagePath: String
    /// The feed exists (it needs the site's address).
    let linksFeed: Bool
    /// A site path made relative to the page being written.
    let link: (String) -> String

    func unitName(_ code: String, short: Bool = false) -> String {
        guard let unit = data.units.unit(code) else { return code }
        return short ? unit.shortName(in: strings.language) : unit.name(in: strings.language)
    }

    func fieldName(_ code: String) -> String { catalog.field(code)?.name(in: strings.language) ?? code }

    /// Units, links and notices are shown as on the progress pages.
    var blocks: IndicatorBlocks { IndicatorBlocks(data: data, strings: strings, link: link) }

    func anchor(_ text: String, to path: String) -> HTML { HTML.element("a", [("href", link(path))], .text(text)) }

    /// The model's image, sized so that the page does not shift, loaded when it scrolls near.
    func image(_ model: Model) -> HTML {
        guard let image = model.definition.image,
              let path = ContentFiles.resolve(image.text, fromPage: model.page.sourcePath),
              let file = files[path] else { return .empty }
        let size = ImageSize.of(file)
        return HTML.void("img", [("src", link(path)), ("alt", model.definition.imageAlt ?? ""),
                                 ("width", size.map { String($0.width) }), ("height", size.map { String($0.height) }),
                                 ("loading", "lazy"), ("decoding", "async")])
    }

    /// The image files of all models, copied to the same paths in the output (read again when
    /// the loader left them on disk, `ProjectLoader.isLeftOnDisk`).
    func imageFiles(diagnostics: inout Diagnostics) -> [OutputFile] {
        var seen: Set<String> = []
        return catalog.models.compactMap { model in
            guard let image = model.definition.image,
                  let path = ContentFiles.resolve(image.text, fromPage: model.page.sourcePath),
                  seen.insert(path).inserted, let file = files[path]?.read(diagnostics: &diagnostics) else { return nil }
            return OutputFile(path: path, bytes: file.bytes)
        }
    }

    func statusText(_ model: Model) -> String { strings[model.definition.status.stringKey] }

    /// A result as a figure: the number large, the label under it.
    func result(_ result: ModelDefinition.Result) -> HTML {
        let decimals = result.value == result.value.rounded() ? 0 : 1
        var number = strings.format.numbers.string(result.value, decimals: decimals)
        if let unit = result.unit { number += unit == "%" ? "%" : " " + unit }
        return HTML.element("li", [("class", "model-result")],
                            HTML.element("span", [("class", "model-result__value")], .text(number))
                            + HTML.element("span", [("class", "model-result__label")], .text(result.label)))
    }

    /// What a model page shows around its story.
    func modelPage(_ model: Model, body: String) -> HTML {
        let definition = model.definition
        var html = HTML.empty
        if definition.illustrative { html += blocks.illustrativeNotice(textKey: "model_illustrative_notice") }
        if let summary = definition.summary { html += HTML.element("p", [("class", "lead")], .text(summary)) }
        let picture = image(model)
        if picture != .empty {
            html += HTML.element("figure", [("class", "model-image")], picture)
        }
        var facts: [(String, HTML)] = [
            (strings["unit"], blocks.unitLink(model.unitCode, short: false)),
            (strings["model_field"], anchor(fieldName(model.fieldCode), to: catalog.fieldPath(model.fieldCode))),
            (strings["model_level"], anchor(strings[definition.level.stringKey], to: catalog.levelPath(definition.level))),
        ]
        if let year = definition.year { facts.append((strings["model_year"], anchor(String(year), to: catalog.yearPath(year)))) }
        facts.append((strings["model_status"], .text(statusText(model))))
        if !definition.replicatedBy.isEmpty {
            facts.append((strings["model_replicated_by"], HTML.joined(definition.replicatedBy.map {
                blocks.unitLink($0.text, short: false)
            }, separator: ", ")))
        }
        if let people = definition.people { facts.append((strings["model_people"], .text(people))) }
        html += HTML.element("dl", [("class", "facts model-facts")],
                             HTML.joined(facts.map { HTML.element("dt", [], .text($0.0)) + HTML.element("dd", [], $0.1) }))
        if !definition.results.isEmpty {
            html += HTML.element("h2", [("id", "ket-qua-chinh")], .text(strings["model_results"]))
            html += HTML.element("ul", [("class", "model-results")], HTML.joined(definition.results.map(result)))
        }
        html += .raw(body)
        let sameUnit = catalog.models.filter { $0.unitCode == model.unitCode && $0.page.id != model.page.id }
        let sameField = catalog.models.filter { $0.fieldCode == model.fieldCode && $0.page.id != model.page.id && $0.unitCode != model.unitCode }
        if !sameUnit.isEmpty || !sameField.isEmpty {
            html += HTML.element("h2", [("id", "mo-hinh-lien-quan")], .text(strings["model_related"]))
            if !sameUnit.isEmpty {
                html += HTML.element("h3", [], .text(strings["model_same_unit"] + " " + unitName(model.unitCode)))
                html += list(sameUnit)
            }
            if !sameField.isEmpty {
                html += HTML.element("h3", [], .text(strings["model_same_field"] + " " + fieldName(model.fieldCode).lowercased()))
                html += list(sameField)
            }
        }
        return html
    }

    func list(_ models: [Model]) -> HTML {
        HTML.element("ul", [], HTML.joined(models.map { model in
            HTML.element("li", [], anchor(model.title, to: model.page.outputPath)
                + .text(" – \(unitName(model.unitCode, short: true)), \(model.definition.year.map(String.init) ?? "")"))
        }))
    }

    /// A model as a card; its data attributes let the gallery's script filter it.
    func card(_ model: Model) -> HTML {
        let definition = model.definition
        let meta = [unitName(model.unitCode), fieldName(model.fieldCode),
                    strings[definition.level.stringKey] + (definition.year.map { ", \($0)" } ?? ""), statusText(model)]
        return HTML.element("li", [("class", "model-card"), ("data-field", model.fieldCode), ("data-unit", model.unitCode),
                                   ("data-level", definition.level.rawValue), ("data-year", definition.year.map(String.init))],
            image(model)
            + HTML.element("h3", [], anchor(model.title, to: model.page.outputPath))
            + HTML.element("p", [("class", "model-card__meta")], .text(meta.joined(separator: " · ")))
            + (definition.illustrative ? HTML.element("p", [("class", "model-card__note")], .text(strings["illustrative"])) : .empty))
    }

    func cards(_ models: [Model]) -> HTML {
        HTML.element("ul", [("class", "model-cards")], HTML.joined(models.map(card)))
    }

    /// The facets: each value with its count, linking to its page.
    func facets(current: String? = nil) -> HTML {
        func facet(_ id: String, _ title: String, _ items: [(String, String, Int)]) -> HTML {
            HTML.element("section", [("class", "model-facet"), ("aria-labelledby", id)],
                HTML.element("h2", [("id", id)], .text(title))
                + HTML.element("ul", [], HTML.joined(items.map { name, path, count in
                    HTML.element("li", [], path == current
                        ? HTML.element("a", [("href", link(path)), ("aria-current", "page")], .text(name)) + .text(" (\(count))")
                        : anchor(name, to: path) + .text(" (\(count))"))
                })))
        }
        let models = catalog.models
        let fields = catalog.fields.map { field in (field.name(in: strings.language), catalog.fieldPath(field.code), models.filter { $0.fieldCode == field.code }.count) }
            .filter { $0.2 > 0 }
        let unitCodes = data.units.codes.filter { code in models.contains { $0.unitCode == code } }
        let units = unitCodes.map { code in (unitName(code), catalog.unitPath(code), models.filter { $0.unitCode == code }.count) }
        let levels = ModelDefinition.Level.allCases.map { level in
            (strings[level.stringKey], catalog.levelPath(level), models.filter { $0.definition.level == level }.count)
        }.filter { $0.2 > 0 }
        let years = catalog.years.reversed().map { year in (String(year), catalog.yearPath(year), models.filter { $0.definition.year == year }.count) }
        return HTML.element("nav", [("class", "model-facets"), ("aria-label", strings["model_facets"])],
                            facet("theo-linh-vuc", strings["model_field"], fields) + facet("theo-don-vi", strings["unit"], units)
                            + facet("theo-cap", strings["model_level"], levels) + facet("theo-nam", strings["model_year"], years))
    }

    /// The filter form: hidden until the gallery's script shows it.
    func filterForm() -> HTML {
        func select(_ key: String, _ label: String, _ options: [(String, String)]) -> HTML {
            HTML.element("label", [], .text(label) + HTML.element("select", [("data-filter", key)],
                HTML.element("option", [("value", "")], .text(strings["model_filter_all"]))
                + HTML.joined(options.map { HTML.element("option", [("value", $0.0)], .text($0.1)) })))
        }
        let unitCodes = data.units.codes.filter { code in catalog.models.contains { $0.unitCode == code } }
        return HTML.element("form", [("class", "model-filter"), ("hidden", ""), ("aria-label", strings["model_filter"]),
                                     ("data-shown", strings["model_filter_shown"])],
            select("field", strings["model_field"], catalog.fields.map { ($0.code, $0.name(in: strings.language)) })
            + select("unit", strings["unit"], unitCodes.map { ($0, unitName($0)) })
            + select("level", strings["model_level"], ModelDefinition.Level.allCases.map { ($0.rawValue, strings[$0.stringKey]) })
            + select("year", strings["model_year"], catalog.years.reversed().map { (String($0), String($0)) })
            + HTML.element("p", [("class", "model-filter__count"), ("aria-live", "polite")], .empty))
    }

    func gallery(intro: String) -> HTML {
        var html = HTML.raw(intro)
        if catalog.models.contains(where: \.definition.illustrative) { html += blocks.illustrativeNotice(textKey: "model_illustrative_notice") }
        let recognised = catalog.models.filter(\.definition.status.isRecognised).count
        html += HTML.element("p", [], .text(strings["model_count"]
            .replacing(every: "{n}", with: String(catalog.models.count))
            .replacing(every: "{r}", with: String(recognised))))
        html += facets()
        html += HTML.element("h2", [("id", "tat-ca-mo-hinh")], .text(strings["model_all"]))
        html += filterForm() + cards(catalog.models)
        if linksFeed { html += HTML.element("p", [], anchor(strings["model_feed"], to: catalog.feedPath)) }
        return html
    }

    func facetPage(_ models: [Model]) -> HTML {
        facets(current: pagePath) + HTML.element("h2", [("id", "cac-mo-hinh")], .text(strings["model_all"])) + cards(models)
    }
}
