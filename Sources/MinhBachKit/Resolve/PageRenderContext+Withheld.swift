import Diagnostics

/// A page that points at something this build leaves out (an internal item in the public build,
/// a draft without `--drafts`) renders without it and the build warns: the page is still right to
/// publish, only the pointer goes.
extension PageRenderContext {
    /// Warns that `what` points at `item`, which is `reason` left out.
    mutating func warnWithheld(at location: SourceLocation, _ what: Message, _ item: String, kind: Message, _ reason: WithheldItems.Reason,
                               shown: Message = Message("withheld.text-without-link")) {
        let why = switch reason {
        case .internal: Message("audience.withheld-internal", ["kind": .message(kind)])
        case .draft: Message("audience.withheld-draft", ["kind": .message(kind)])
        }
        let hint = switch reason {
        case .internal: Message("audience.withheld-internal-hint")
        case .draft: Message("audience.withheld-draft-hint")
        }
        diagnostics.append(.warning(at: location, Message("withheld.warning", ["what": .message(what), "item": .text(item), "reason": .message(why),
                                                                               "shown": .message(shown)]), hint: hint))
    }

    /// Warns when the content file at `path` (in the content folder) is a data file this build
    /// leaves out, whole or in part: it is never copied as it is. True when it is.
    mutating func warnsWithheldDataFile(_ path: String, at location: SourceLocation, _ what: Message, shown: Message) -> Bool {
        guard let extent = site.data.withheld.files[path] else { return false }
        let kind = extent == .whole ? Message("withheld.kind.data-file") : Message("withheld.kind.data-file-with-internal-rows")
        warnWithheld(at: location, what, path, kind: kind, .internal, shown: shown)
        return true
    }

    /// Warns when `{value}`, a chart or a data directive names an indicator this build leaves
    /// out; true when it does (the caller renders nothing for it).
    mutating func warnsWithheldIndicator(_ id: String, at location: SourceLocation) -> Bool {
        guard let reason = site.withheld.indicator(id) else { return false }
        warnWithheld(at: location, Message("withheld.this-shows-indicator"), id, kind: Message("withheld.kind.indicator"), reason,
                     shown: Message("withheld.left-out-here"))
        return true
    }
}
