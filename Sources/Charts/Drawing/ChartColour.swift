/// A colour's role in a chart. Each is written twice: a class, which the theme's stylesheet
/// maps to a CSS custom property (so the dark scheme and print restyle it), and a literal
/// colour attribute, which a standalone `.svg` pasted into a word processor uses instead.
/// The literals are the light scheme's values; the theme declares the same ones.
public enum ChartColour: Sendable, Hashable {
    /// One of six colour-blind-safe series colours (Okabe–Ito, darkened to ≥3:1 on white).
    case series(Int)
    case text, muted, grid, axis, background
    /// Status tints and their text: achieved, on track, at risk, off track, no data.
    case statusFill(Int), statusText(Int)
    /// A sequential ramp for maps, light to dark.
    case ramp(Int)

    public static let seriesCount = 6
    public static let rampCount = 5

    /// The class suffix: `f-s1`/`k-s1` fill or stroke series 1.
    var key: String {
        switch self {
        case .series(let index): "s\(index % Self.seriesCount + 1)"
        case .text: "tx"
        case .muted: "mu"
        case .grid: "gr"
        case .axis: "ax"
        case .background: "bg"
        case .statusFill(let index): "sf\(index)"
        case .statusText(let index): "st\(index)"
        case .ramp(let index): "r\(min(max(index, 0), Self.rampCount - 1) + 1)"
        }
    }

    public var literal: String {
        switch self {
        case .series(let index): Self.seriesLiterals[index % Self.seriesCount]
        case .text: "#1a1d21"
        case .muted: "#4f5864"
        case .grid: "#c3cad3"
        case .axis: "#8a939e"
        case .background: "#ffffff"
        case .statusFill(let index): Self.statusFills[min(max(index, 0), 4)]
        case .statusText(let index): Self.statusTexts[min(max(index, 0), 4)]
        case .ramp(let index): Self.rampLiterals[min(max(index, 0), Self.rampCount - 1)]
        }
    }

    static let seriesLiterals = ["#0072b2", "#d55e00", "#008a64", "#b36b00", "#b4558a", "#5e5e5e"]
    static let statusFills = ["#eaf6ec", "#eaf2fb", "#fdf1e3", "#fff3bf", "#f3f5f8"]
    static let statusTexts = ["#1b6130", "#0a4480", "#8a3f00", "#9f1d20", "#4f5864"]
    /// ColorBrewer "Blues", five classes.
    static let rampLiterals = ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"]

    /// The class that sets a shape's fill (`f-s1`) or its stroke (`k-s1`).
    var fillClass: String { "f-" + key }
    var strokeClass: String { "k-" + key }
}
