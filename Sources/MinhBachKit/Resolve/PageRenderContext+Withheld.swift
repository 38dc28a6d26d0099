import Diagnostics

/// A page that points at something this build leaves out (an internal item in the public build,
/// a draft without `--drafts`) renders without it and the build warns: the page is still right to
/// publish, only the pointer goes.
extension PageRenderContext {
    /// Warns that `what` points at `item`, which is `reason` left out.
    mutating func warnWithheld(at location: SourceLocation, _ what: String, _ item: String, kind: String, _ reason: WithheldItems.Reason,
                               shown: String = "its text is shown without the link") {
        diagnostics.append(.warning(at: location, "\(what) '\(item)', \(reason.describe(kind)): \(shown)", hint: reason.hint))
    }

    /// Warns when the content file at `path` (in the content folder) is a data file this build
    /// leaves out, whole or in part: it is never copied as it is. True when it is.
    mutating func warnsWithheldDataFile(_ path: String, at location: SourceLocation, _ what: String, shown: String) -> Bool {
        guard let extent = site.data.withheld.files[path] else { return false }
        let kind = extent == .whole ? "data file" : "data file with internal rows"
        warnWithheld(at: location, what, path, kind: kind, .internal, shown: shown)
        return true
    }

    /// Warns when `{value}`, a chart or a data directive names an indicator this build leaves
    /// out; true when it does (the caller renders nothing for it).
    mutating func warnsWithheldIndicator(_ id: String, at location: SourceLocation) -> Bool {
        guard let reason = site.withheld.indicator(id) else { return false }
        warnWithheld(at: location, "this shows indicator", id, kind: "indicator", reason, shown: "it is left out here")
        return true
    }
}
