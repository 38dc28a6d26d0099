/// A colour's role in a chart. Each is written twice: a class, which the theme's stylesheet
/// maps to a CSS custom property (so the dark scheme and print restyle it), and a literal
/// colour attribute, which a standalone `.svg` pasted into a word processor uses instead.
/// The literals are the light scheme's values (ColorBrewer "Blues" for the map's ramp, its
/// fourth class the 7-class scale's #2171b5, dark enough for white text at 4.5:1); the theme
/// declares the same ones.
public enum ChartColour: Sendable, Hashable {
    /// One of six colour-blind-safe series colours (Okabe–Ito, darkened to ≥3:1 on white).
    case series(Int)
    case text, muted, grid, axis, background
    /// Status tints and their text: achieved, on track, at risk, off track, no data.
    case statusFill(Int), statusText(Int)
    /// A sequential ramp for maps, light to dark. Its fills have no class rule in the theme:
    /// they are the same in both schemes, and so are the labels written on them.
    case ramp(Int)
    /// Dark and light text for labels on a ramp fill, the same in both schemes (no class rule
    /// either): a white label on a near-white fill in the dark scheme was unreadable.
    case ink, paper

    public static let seriesCount = 6
    public static let rampCount = 5

    /// The light scheme's colour, for a standalone chart and for checking contrast.
    public var literal: String { Self.colourValues[tableIndex].description }

    /// The class that sets a shape's fill (`f-s1`) or its stroke (`k-s1`), as text to combine.
    var fillClass: String { Self.fillNames[tableIndex].description }
    var strokeClass: String { Self.strokeNames[tableIndex].description }

    // The same as literals, for the attributes written thousands of times per chart.
    var fill: SVGWriter.Value { .literal(Self.fillNames[tableIndex]) }
    var stroke: SVGWriter.Value { .literal(Self.strokeNames[tableIndex]) }
    var colour: SVGWriter.Value { .literal(Self.colourValues[tableIndex]) }

    /// Position in the tables below: series, text, muted, grid, axis, background, status fills,
    /// status texts, ramp, ink, paper.
    private var tableIndex: Int {
        switch self {
        case .series(let index): index % Self.seriesCount
        case .text: 6
        case .muted: 7
        case .grid: 8
        case .axis: 9
        case .background: 10
        case .statusFill(let index): 11 + min(max(index, 0), 4)
        case .statusText(let index): 16 + min(max(index, 0), 4)
        case .ramp(let index): 21 + min(max(index, 0), Self.rampCount - 1)
        case .ink: 26
        case .paper: 27
        }
    }

    private static let fillNames: [StaticString] = [
        "f-s1", "f-s2", "f-s3", "f-s4", "f-s5", "f-s6", "f-tx", "f-mu", "f-gr", "f-ax", "f-bg",
        "f-sf0", "f-sf1", "f-sf2", "f-sf3", "f-sf4", "f-st0", "f-st1", "f-st2", "f-st3", "f-st4",
        "f-r1", "f-r2", "f-r3", "f-r4", "f-r5", "f-ik", "f-pp",
    ]
    private static let strokeNames: [StaticString] = [
        "k-s1", "k-s2", "k-s3", "k-s4", "k-s5", "k-s6", "k-tx", "k-mu", "k-gr", "k-ax", "k-bg",
        "k-sf0", "k-sf1", "k-sf2", "k-sf3", "k-sf4", "k-st0", "k-st1", "k-st2", "k-st3", "k-st4",
        "k-r1", "k-r2", "k-r3", "k-r4", "k-r5", "k-ik", "k-pp",
    ]
    private static let colourValues: [StaticString] = [
        "#0072b2", "#d55e00", "#008a64", "#b36b00", "#b4558a", "#5e5e5e", "#1a1d21", "#4f5864", "#c3cad3", "#8a939e", "#ffffff",
        "#eaf6ec", "#eaf2fb", "#fdf1e3", "#fff3bf", "#f3f5f8", "#1b6130", "#0a4480", "#8a3f00", "#9f1d20", "#4f5864",
        "#eff3ff", "#bdd7e7", "#6baed6", "#2171b5", "#08519c", "#1a1d21", "#ffffff",
    ]
}
