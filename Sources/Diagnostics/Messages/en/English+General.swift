extension English {
    /// Words every message shares: severities, the hint prefix, the cap's summary line.
    static let general: [String: String] = [
        "severity.error": "error",
        "severity.warning": "warning",
        "severity.help": "help",
        "diagnostics.more-in-file": "… and {count} more like this in this file",
        "diagnostics.more": "… and {count} more like this",
        "suggestion.did-you-mean": "did you mean '{word}'?",
    ]
}
