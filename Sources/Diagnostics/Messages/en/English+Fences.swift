extension English {
    /// Directive fences: a block opened with ```{name} and never closed.
    static let fences: [String: String] = [
        "fence.unclosed": "the block opened here is never closed: {fence}",
        "fence.unclosed-hint": "end it with a line {close} after its last line; until then everything below belongs to it (a block inside another needs a shorter fence than the one around it)",
    ]
}
