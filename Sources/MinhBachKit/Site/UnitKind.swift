import Diagnostics

/// A kind of unit (tỉnh, cấp xã, sở/ngành, thôn…): the eight every site has, and those a site
/// declares in `site.yml` (`unit_kinds:`). Two kinds are the same when their codes are: a site
/// that renames `tinh` still has the province kind.
public struct UnitKind: Sendable, Hashable, CustomStringConvertible {
    public var code: String
    /// The names the site gives it; nil keeps the theme's words (`unit_kind_<code>` in i18n).
    public var name: String?
    public var englishName: String?
    /// Local governments (chính quyền) as against agencies (cơ quan hành chính): shares of
    /// "local governments" count only these.
    public var isLocalGovernment: Bool
    /// Whether an indicator that names no `unit_kinds:` counts units of this kind (in its shares,
    /// aggregates, expected units, rankings). Party bodies, mass organisations and public-service
    /// units are in the registry because commitments assign them tasks, not because indicators
    /// measure them: adding them must not change a share. `measured:` in `unit_kinds:` sets it.
    public var isMeasuredByDefault: Bool

    public init(code: String, name: String? = nil, englishName: String? = nil, isLocalGovernment: Bool = false,
                isMeasuredByDefault: Bool = true) {
        self.code = code
        self.name = name
        self.englishName = englishName
        self.isLocalGovernment = isLocalGovernment
        self.isMeasuredByDefault = isMeasuredByDefault
    }

    public static func == (a: UnitKind, b: UnitKind) -> Bool { a.code == b.code }
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }
    public var description: String { code }

    public var rawValue: String { code }
    /// The key of its name among the interface strings; a declared kind's names are put there
    /// (`UIStrings.adapted(to:pages:)`), so every page names it the same way.
    public var stringKey: String { "unit_kind_" + code.replacingOccurrences(of: "-", with: "_") }

    public static let tinh = UnitKind(code: "tinh", isLocalGovernment: true)
    public static let huyen = UnitKind(code: "huyen", isLocalGovernment: true)
    public static let xa = UnitKind(code: "xa", isLocalGovernment: true)
    public static let soNganh = UnitKind(code: "so-nganh")
    public static let coQuan = UnitKind(code: "co-quan")
    /// Party bodies: tỉnh ủy, huyện ủy, the Party committee's boards, đảng đoàn, ban cán sự đảng.
    public static let dang = UnitKind(code: "dang", isMeasuredByDefault: false)
    /// The Fatherland Front and the socio-political organisations (mặt trận, đoàn thể).
    public static let doanThe = UnitKind(code: "doan-the", isMeasuredByDefault: false)
    /// Public-service units: radio and television, newspapers, the political school (đơn vị sự nghiệp).
    public static let suNghiep = UnitKind(code: "su-nghiep", isMeasuredByDefault: false)

    /// The kinds of a site that declares none, in the order pages list them.
    public static let defaults: [UnitKind] = [.tinh, .huyen, .xa, .soNganh, .coQuan, .dang, .doanThe, .suNghiep]
    /// A built-in kind by its code.
    public init?(rawValue: String) {
        guard let kind = Self.defaults.first(where: { $0.code == rawValue }) else { return nil }
        self = kind
    }
}
