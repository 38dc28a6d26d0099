import Foundation

/// Where a series stands against its target.
public enum ProgressStatus: String, Sendable, CaseIterable, Codable {
    case achieved
    case onTrack = "on-track"
    case atRisk = "at-risk"
    case offTrack = "off-track"
    case insufficientData = "insufficient-data"

    /// Key of its name in the theme's strings.
    public var stringKey: String { "progress_" + rawValue.replacingOccurrences(of: "-", with: "_") }
}

/// Whether a higher or a lower value is better.
public enum Direction: String, Sendable, Codable, CaseIterable {
    case higher, lower
    var sign: Double { self == .higher ? 1 : -1 }
}

/// A value at a point in time; time is in years (a year's value sits at the end of that year).
public struct ProgressPoint: Sendable, Equatable {
    public var time: Double
    public var value: Double
    public init(time: Double, value: Double) { self.time = time; self.value = value }
}

/// What a progress status was decided on, so that a page can explain it.
public struct ProgressAssessment: Sendable, Equatable {
    public enum Reason: String, Sendable, Equatable {
        /// The latest value meets the target (or the natural limit, when there is no target).
        case targetMet, limitReached
        /// Fewer than two values from the baseline on, or values that are not all of one sign.
        case tooFewValues, mixedSigns
        /// The target's period has come and the target is not met.
        case deadlinePassed
        /// The baseline already met the target, and the latest value no longer does.
        case fellBehindTarget
        /// Judged on the ratio of observed to required growth.
        case growthRatio
        /// No target: judged on the observed growth alone.
        case trend
        /// A unit below the threshold it is measured against.
        case belowThreshold
    }

    public var status: ProgressStatus
    public var reason: Reason
    /// Compound annual growth from the base to the latest value.
    public var observedGrowth: Double?
    /// Compound annual growth that reaches the target on time.
    public var requiredGrowth: Double?
    /// observed ÷ required growth.
    public var ratio: Double?
}

/// The progress measure of Statistics Canada as used by Open SDG: compound annual growth rates
/// (CAGR) from a base value, compared with the growth the target needs, or, without a target,
/// with fixed growth thresholds. `docs/progress.md` explains it with worked examples.
public enum ProgressMethod {
    /// Ratio of observed to required growth from which a series is on track, and at risk.
    public static let onTrackRatio = 0.95
    public static let atRiskRatio = 0.6
    /// Without a target: the observed growth (in the good direction) from which a series is on
    /// track, and at risk, before scaling near a natural limit.
    public static let onTrackGrowth = 0.015
    public static let atRiskGrowth = 0.005
    /// Zero cannot grow at a compound rate; like Open SDG, it is replaced by this.
    public static let zeroReplacement = 0.001

    /// - Parameters:
    ///   - points: the values from the baseline on, oldest first; the first is the base.
    ///   - target: the value to reach and when; nil when the indicator has no numeric target.
    ///   - limit: a natural limit (100 for a share that should rise), which scales the growth
    ///     thresholds without a target, and counts as achieved when reached.
    public static func assess(points: [ProgressPoint], target: ProgressPoint?, direction: Direction,
                              limit: Double? = nil) -> ProgressAssessment {
        let points = points.sorted { $0.time < $1.time }
        guard let base = points.first, let latest = points.last else {
            return ProgressAssessment(status: .insufficientData, reason: .tooFewValues)
        }
        var d = direction.sign
        // The base is where progress starts: meeting the target needs a value after it, or the
        // target's period to have come.
        if let target, d * (latest.value - target.value) >= 0, points.count >= 2 || target.time <= latest.time {
            return ProgressAssessment(status: .achieved, reason: .targetMet)
        }
        if target == nil, let limit, d * (latest.value - limit) >= 0, points.count >= 2 {
            return ProgressAssessment(status: .achieved, reason: .limitReached)
        }
        if let target, target.time <= latest.time {
            return ProgressAssessment(status: .offTrack, reason: .deadlinePassed)
        }
        guard points.count >= 2, latest.time > base.time else {
            return ProgressAssessment(status: .insufficientData, reason: .tooFewValues)
        }
        // An exponential model needs values of one sign; all negative flips the direction.
        let values = points.map(\.value) + (target.map { [$0.value] } ?? [])
        var y0 = base.value, yn = latest.value, yT = target?.value
        if values.allSatisfy({ $0 <= 0 }) && values.contains(where: { $0 < 0 }) {
            d = -d; y0 = -y0; yn = -yn; yT = yT.map { -$0 }
        } else if values.contains(where: { $0 < 0 }) {
            return ProgressAssessment(status: .insufficientData, reason: .mixedSigns)
        }
        func positive(_ value: Double) -> Double { value == 0 ? zeroReplacement : value }
        let observed = pow(positive(yn) / positive(y0), 1 / (latest.time - base.time)) - 1

        guard let target, let yT else {
            var scale = 1.0
            if let limit { scale = min(1, abs(limit - base.value) / max(abs(base.value), abs(limit), zeroReplacement)) }
            let growth = d * observed
            let status: ProgressStatus = growth >= onTrackGrowth * scale && growth > 0 ? .onTrack
                : growth >= atRiskGrowth * scale && growth > 0 ? .atRisk : .offTrack
            return ProgressAssessment(status: status, reason: .trend, observedGrowth: observed)
        }
        let required = pow(positive(yT) / positive(y0), 1 / (target.time - base.time)) - 1
        guard d * required > 0 else {
            return ProgressAssessment(status: .offTrack, reason: .fellBehindTarget, observedGrowth: observed,
                                      requiredGrowth: required)
        }
        let ratio = observed / required
        let status: ProgressStatus = ratio >= onTrackRatio ? .onTrack : ratio >= atRiskRatio ? .atRisk : .offTrack
        return ProgressAssessment(status: status, reason: .growthRatio, observedGrowth: observed,
                                  requiredGrowth: required, ratio: ratio)
    }

    /// A unit measured against a threshold (has a plan or not, at least two models or not):
    /// achieved when it meets it; otherwise at risk while the target's period has not come, and
    /// off track after (or when there is no target period).
    public static func assessThreshold(meets: Bool, latestTime: Double, targetTime: Double?) -> ProgressAssessment {
        if meets { return ProgressAssessment(status: .achieved, reason: .targetMet) }
        if let targetTime, latestTime < targetTime {
            return ProgressAssessment(status: .atRisk, reason: .belowThreshold)
        }
        return ProgressAssessment(status: .offTrack, reason: .belowThreshold)
    }
}
