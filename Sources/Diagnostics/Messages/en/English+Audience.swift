extension English {
    /// Who a build is for, who may see an item, and what a build leaves out.
    static let audience: [String: String] = [
        "audience.values": "'public' (the default) or 'internal'",
        "audience.visibility-hint": "write 'public' or 'internal' (công khai, nội bộ)",
        "audience.bad-visibility": "'{value}' is neither 'public' nor 'internal'",
        "audience.unknown-visibility": "unknown visibility '{value}'",
        "audience.withheld-internal": "an internal {kind}, left out of the public build",
        "audience.withheld-draft": "a draft {kind}, left out without --drafts",
        "audience.withheld-internal-hint": "the public site is right without it; build with --audience internal to include it, or remove the reference",
        "audience.withheld-draft-hint": "build with --drafts to include it, or remove the reference",
    ]
}
