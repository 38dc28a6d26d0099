import Foundation

/// Where a value stands against its target. A status exists only against a target: without
/// one it is `noTarget`, and the page says which way the values went instead.
public enum ProgressStatus: String, Sendable, CaseIterable, Codable {
    case achieved
    case onTrack = "on-track"
    case atRisk = "at-risk"
    /// Not met yet, and its deadline has not come (or none is set): a yes-no task not done, a
    /// grade below the one asked, a unit below its threshold.
    case pending
    case offTrack = "off-track"
    case insufficientData = "insufficient-data"
    /// No target to judge against: no progress status.
    case noTarget = "no-target"

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
        /// The latest value meets the target.
        case targetMet
        /// A rate target: the average yearly change observed meets the rate.
        case rateMet
        /// Fewer than two values from the baseline on, or values that are not all of one sign.
        case tooFewValues, mixedSigns
        /// The target's period has come and the target is not met.
        case deadlinePassed
        /// The baseline already met the target, and the latest value no longer does.
        case fellBehindTarget
        /// Judged on the ratio of observed to required compound growth.
        case growthRatio
        /// A per-year rate target: judged on the ratio of the average yearly change to the rate.
        case rateRatio
        /// Not met (not done, a lower grade, below the threshold) and the deadline is ahead.
        case beforeDeadline
        /// Not met, and the target sets no deadline.
        case noDeadline
        /// No target.
        case noTarget
    }

    public var status: ProgressStatus
    public var reason: Reason
    /// Compound annual growth from the base to the latest value.
    public var observedGrowth: Double?
    /// Compound annual growth that reaches the target on time.
    public var requiredGrowth: Double?
    /// observed ÷ required growth, or observed ÷ required rate.
    public var ratio: Double?
    /// A rate target: the average yearly change observed, in the indicator's unit.
    public var observedRate: Double?

    public init(status: ProgressStatus, reason: Reason, observedGrowth: Double? = nil, requiredGrowth: Double? = nil,
                ratio: Double? = nil, observedRate: Double? = nil) {
        self.status = status
        self.reason = reason
        self.observedGrowth = observedGrowth
        self.requiredGrowth = requiredGrowth
        self.ratio = ratio
        self.observedRate = observedRate
    }

    static let noTarget = ProgressAssessment(status: .noTarget, reason: .noTarget)
}

/// The progress measure of Statistics Canada as used by Open SDG for a value target (compound
/// annual growth rates from a base value against the growth the target needs), the average
/// yearly change for a per-year rate target, and met / not met for a yes-no fact, a grade or a
/// unit's threshold. `docs/progress.md` explains it with worked examples.
public enum ProgressMethod {
    /// Ratio of observed to required growth (or rate) from which a series is on track, and at risk.
    public static let onTrackRatio = 0.95
    public static let atRiskRatio = 0.6
    /// Zero cannot grow at a compound rate; like Open SDG, it is replaced by this.
    public static let zeroReplacement = 0.001

    /// A value target.
    /// - Parameters:
    ///   - points: the values from the baseline on, oldest first; the first is the base.
    ///   - target: the value to reach and when; nil when there is none (status `noTarget`).
    public static func assess(points: [ProgressPoint], target: ProgressPoint?, direction: Direction) -> ProgressAssessment {
        guard let target else { return .noTarget }
        let points = points.sorted { $0.time < $1.time }
        guard let base = points.first, let latest = points.last else {
            return ProgressAssessment(status: .insufficientData, reason: .tooFewValues)
        }
        var d = direction.sign
        // Met is met, from a single value on: the reader asks whether the target is reached.
        if d * (latest.value - target.value) >= 0 {
            return ProgressAssessment(status: .achieved, reason: .targetMet)
        }
        if target.time <= latest.time {
            return ProgressAssessment(status: .offTrack, reason: .deadlinePassed)
        }
        guard points.count >= 2, latest.time > base.time else {
            return ProgressAssessment(status: .insufficientData, reason: .tooFewValues)
        }
        // An exponential model needs values of one sign; all negative flips the direction.
        let values = points.map(\.value) + [target.value]
        var y0 = base.value, yn = latest.value, yT = target.value
        if values.allSatisfy({ $0 <= 0 }) && values.contains(where: { $0 < 0 }) {
            d = -d; y0 = -y0; yn = -yn; yT = -yT
        } else if values.contains(where: { $0 < 0 }) {
            return ProgressAssessment(status: .insufficientData, reason: .mixedSigns)
        }
        func positive(_ value: Double) -> Double { value == 0 ? zeroReplacement : value }
        let observed = pow(positive(yn) / positive(y0), 1 / (latest.time - base.time)) - 1
        let required = pow(positive(yT) / positive(y0), 1 / (target.time - base.time)) - 1
        guard d * required > 0 else {
            return ProgressAssessment(status: .offTrack, reason: .fellBehindTarget, observedGrowth: observed,
                                      requiredGrowth: required)
        }
        let ratio = observed / required
        return ProgressAssessment(status: status(ratio: ratio), reason: .growthRatio, observedGrowth: observed,
                                  requiredGrowth: required, ratio: ratio)
    }

    /// A per-year rate target ("giảm bình quân trên 4 điểm mỗi năm"), judged on the rates observed.
    /// - Parameters:
    ///   - points: the values the rates are taken between, oldest first: from the value of the
    ///     period just before the baseline when there is one (so the baseline's own change
    ///     counts), else from the baseline.
    ///   - rate: the change a year the target asks for (−4: a fall of at least 4 a year).
    ///   - targetTime: the time of the target's period.
    ///   - targetValue: where the rate leads by then from the baseline value; a latest value that
    ///     already meets it is achieved too.
    public static func assessRate(points: [ProgressPoint], rate: Double, targetTime: Double, targetValue: Double?,
                                  direction: Direction) -> ProgressAssessment {
        let points = points.sorted { $0.time < $1.time }
        let d = direction.sign
        if let latest = points.last, let targetValue, d * (latest.value - targetValue) >= 0 {
            return ProgressAssessment(status: .achieved, reason: .targetMet)
        }
        guard let first = points.first, let latest = points.last, latest.time > first.time else {
            if let latest = points.last, targetTime <= latest.time {
                return ProgressAssessment(status: .offTrack, reason: .deadlinePassed)
            }
            return ProgressAssessment(status: .insufficientData, reason: .tooFewValues)
        }
        // The average of the yearly changes between consecutive values is the change from the
        // first to the latest over the years between.
        let observed = (latest.value - first.value) / (latest.time - first.time)
        // The pace kept is progress on track until the target's period has come; only then is
        // the target achieved (the page shows the value it leads to, not yet reached).
        if d * (observed - rate) >= 0 {
            return ProgressAssessment(status: targetTime <= latest.time ? .achieved : .onTrack, reason: .rateMet, observedRate: observed)
        }
        if targetTime <= latest.time {
            return ProgressAssessment(status: .offTrack, reason: .deadlinePassed, observedRate: observed)
        }
        // A rate of zero ("no worse than last year"): any move the wrong way misses it.
        let ratio = rate == 0 ? -1 : observed / rate
        return ProgressAssessment(status: status(ratio: ratio), reason: .rateRatio, ratio: ratio, observedRate: observed)
    }

    /// A fact that is met or not: a yes-no unit done or not, a grade at or above the one asked,
    /// a unit at or beyond its threshold. Achieved when met; otherwise pending while the
    /// target's period has not come (or when no period is set), and off track once it has.
    public static func assessThreshold(meets: Bool, latestTime: Double, targetTime: Double?) -> ProgressAssessment {
        if meets { return ProgressAssessment(status: .achieved, reason: .targetMet) }
        guard let targetTime else { return ProgressAssessment(status: .pending, reason: .noDeadline) }
        if latestTime < targetTime { return ProgressAssessment(status: .pending, reason: .beforeDeadline) }
        return ProgressAssessment(status: .offTrack, reason: .deadlinePassed)
    }

    static func status(ratio: Double) -> ProgressStatus {
        ratio >= onTrackRatio ? .onTrack : ratio >= atRiskRatio ? .atRisk : .offTrack
    }
}
