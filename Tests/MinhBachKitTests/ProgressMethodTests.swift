@testable import MinhBachKit
import Testing

/// The worked examples of `docs/progress.md`, one test each, with the same inputs; then edge cases.
/// Growths and ratios are compared to 1e-4, as the page gives them.
@Suite struct ProgressMethodTests {
    // MARK: Worked examples

    /// Example 1: poverty rate from 30,58% (2022), hypothetical 26,40% and 22,00%, target 18,58% in 2025.
    @Test func povertyRateOnTrack() {
        let a = ProgressMethod.assess(points: [p(2022, 30.58), p(2023, 26.40), p(2024, 22.00)], target: p(2025, 18.58), direction: .lower)
        #expect(a.status == .onTrack)
        #expect(a.reason == .growthRatio)
        #expect(near(a.observedGrowth, -0.1518))
        #expect(near(a.requiredGrowth, -0.1530))
        #expect(near(a.ratio, 0.9921))
    }

    /// Example 2: exactly 4 points a year is still "Cần đẩy nhanh", the required pace being proportional.
    @Test func povertyRateOnTheStraightLineIsAtRisk() {
        let a2023 = ProgressMethod.assess(points: [p(2022, 30.58), p(2023, 26.58)], target: p(2025, 18.58), direction: .lower)
        #expect(a2023.status == .atRisk)
        #expect(a2023.reason == .growthRatio)
        #expect(near(a2023.observedGrowth, -0.1308))
        #expect(near(a2023.requiredGrowth, -0.1530))
        #expect(near(a2023.ratio, 0.8548))
        let a2024 = ProgressMethod.assess(points: [p(2022, 30.58), p(2023, 26.58), p(2024, 22.58)], target: p(2025, 18.58), direction: .lower)
        #expect(a2024.status == .atRisk)
        #expect(a2024.reason == .growthRatio)
        #expect(near(a2024.observedGrowth, -0.1407))
        #expect(near(a2024.requiredGrowth, -0.1530))
        #expect(near(a2024.ratio, 0.9195))
    }

    /// Example 3: a hypothetical 2025 value of 19,90% misses the 2025 target; 18,50% would meet it.
    @Test func povertyRateTargetPeriodCome() {
        let a = ProgressMethod.assess(points: [p(2022, 30.58), p(2023, 26.40), p(2024, 22.00), p(2025, 19.90)], target: p(2025, 18.58), direction: .lower)
        #expect(a.status == .offTrack)
        #expect(a.reason == .deadlinePassed)
        #expect(a.observedGrowth == nil && a.requiredGrowth == nil && a.ratio == nil)
        let met = ProgressMethod.assess(points: [p(2022, 30.58), p(2023, 26.40), p(2024, 22.00), p(2025, 18.50)], target: p(2025, 18.58), direction: .lower)
        #expect(met.status == .achieved)
        #expect(met.reason == .targetMet)
    }

    /// Example 4: the change in the poverty rate is all negative; it is negated and the direction swapped.
    @Test func povertyChangeAllNegativeFellBehind() {
        let a = ProgressMethod.assess(points: [p(2022, -4.32), p(2023, -3.60)], target: p(2025, -4.0), direction: .lower)
        #expect(a.status == .offTrack)
        #expect(a.reason == .fellBehindTarget)
        #expect(near(a.observedGrowth, -0.1667))
        #expect(near(a.requiredGrowth, -0.02533))
        #expect(a.ratio == nil)
        let kept = ProgressMethod.assess(points: [p(2022, -4.32), p(2023, -4.18)], target: p(2025, -4.0), direction: .lower)
        #expect(kept.status == .achieved)
        #expect(kept.reason == .targetMet)
    }

    /// Example 5: PCI rank 46 (2020) → 62 (2022), lower is better, no target.
    @Test func pciRankFallsOffTrack() {
        let a = ProgressMethod.assess(points: [p(2020, 46), p(2022, 62)], target: nil, direction: .lower)
        #expect(a.status == .offTrack)
        #expect(a.reason == .trend)
        #expect(near(a.observedGrowth, 0.1610))
        #expect(a.requiredGrowth == nil && a.ratio == nil)
    }

    /// Example 6: PAR INDEX rank 25 (2020) → 22 (2022), lower is better, no target.
    @Test func parIndexRankRisesOnTrack() {
        let a = ProgressMethod.assess(points: [p(2020, 25), p(2022, 22)], target: nil, direction: .lower)
        #expect(a.status == .onTrack)
        #expect(a.reason == .trend)
        #expect(near(a.observedGrowth, -0.06192))
        #expect(a.requiredGrowth == nil && a.ratio == nil)
    }

    /// Example 7: share with a plan 60% (2023) → 75% (2024), target 100% in 2025; the limit is ignored.
    @Test func planShareAtRisk() {
        let a = ProgressMethod.assess(points: [p(2023, 60), p(2024, 75)], target: p(2025, 100), direction: .higher, limit: 100)
        #expect(a.status == .atRisk)
        #expect(a.reason == .growthRatio)
        #expect(near(a.observedGrowth, 0.2500))
        #expect(near(a.requiredGrowth, 0.2910))
        #expect(near(a.ratio, 0.8591))
    }

    /// Example 8: the same share reaching 100% in the target's own period.
    @Test func planShareReachingTheTargetIsAchieved() {
        let a = ProgressMethod.assess(points: [p(2023, 60), p(2024, 75), p(2025, 100)], target: p(2025, 100), direction: .higher, limit: 100)
        #expect(a.status == .achieved)
        #expect(a.reason == .targetMet)
        #expect(a.observedGrowth == nil && a.requiredGrowth == nil && a.ratio == nil)
    }

    /// Example 9: 90% → 85% with a target of 80%: the base met it and the latest still does.
    @Test func shareStillAboveTheTargetIsAchieved() {
        let a = ProgressMethod.assess(points: [p(2023, 90), p(2024, 85)], target: p(2025, 80), direction: .higher, limit: 100)
        #expect(a.status == .achieved)
        #expect(a.reason == .targetMet)
    }

    /// Example 10: 85% → 75% with a target of 80%: the base met it and the latest no longer does.
    @Test func shareFallingBelowTheTargetFellBehind() {
        let a = ProgressMethod.assess(points: [p(2023, 85), p(2024, 75)], target: p(2025, 80), direction: .higher, limit: 100)
        #expect(a.status == .offTrack)
        #expect(a.reason == .fellBehindTarget)
        #expect(near(a.observedGrowth, -0.1176))
        #expect(near(a.requiredGrowth, -0.02986))
        #expect(a.ratio == nil)
    }

    /// Example 11: GRDP per person, only the 2022 value, target 60 in 2025.
    @Test func singleValueIsInsufficient() {
        let a = ProgressMethod.assess(points: [p(2022, 40)], target: p(2025, 60), direction: .higher)
        #expect(a.status == .insufficientData)
        #expect(a.reason == .tooFewValues)
        #expect(a.observedGrowth == nil)
    }

    /// Example 12: a unit's count of models 0 (2023) → 2 (2024), no target; 0 counts as 0.001.
    @Test func countFromZero() {
        let a = ProgressMethod.assess(points: [p(2023, 0), p(2024, 2)], target: nil, direction: .higher)
        #expect(a.status == .onTrack)
        #expect(a.reason == .trend)
        #expect(near(a.observedGrowth, 1999))
    }

    /// Example 13: a target of 0 counts as 0.001, which needs a fall of 95,6% a year.
    @Test func targetOfZero() {
        let a = ProgressMethod.assess(points: [p(2022, 12), p(2023, 8), p(2024, 5)], target: p(2025, 0), direction: .lower)
        #expect(a.status == .offTrack)
        #expect(a.reason == .growthRatio)
        #expect(near(a.observedGrowth, -0.3545))
        #expect(near(a.requiredGrowth, -0.9563))
        #expect(near(a.ratio, 0.3707))
    }

    /// Example 14: 95,83% (2020-2022) → 97,10% (2023-2025), no target: on track near the limit 100 only.
    @Test func shareNearItsLimitHasScaledThresholds() {
        let a = ProgressMethod.assess(points: [p(2022, 95.83), p(2025, 97.10)], target: nil, direction: .higher, limit: 100)
        #expect(a.status == .onTrack)
        #expect(a.reason == .trend)
        #expect(near(a.observedGrowth, 0.004398))
        let unscaled = ProgressMethod.assess(points: [p(2022, 95.83), p(2025, 97.10)], target: nil, direction: .higher)
        #expect(unscaled.status == .offTrack)
        #expect(unscaled.reason == .trend)
        #expect(near(unscaled.observedGrowth, 0.004398))
    }

    /// Example 15: May 2024 (2023 + 5/12) → December 2024 (2024.0), target 80% in 2025.
    @Test func monthlyValues() {
        let a = ProgressMethod.assess(points: [p(2023 + 5.0 / 12, 35), p(2024, 42)], target: p(2025, 80), direction: .higher, limit: 100)
        #expect(a.status == .offTrack)
        #expect(a.reason == .growthRatio)
        #expect(near(a.observedGrowth, 0.3669))
        #expect(near(a.requiredGrowth, 0.6856))
        #expect(near(a.ratio, 0.5352))
    }

    /// Example 16: units against the threshold of two models, target period 2025.
    @Test func unitsAgainstAThreshold() {
        let meets = ProgressMethod.assessThreshold(meets: true, latestTime: 2024, targetTime: 2025)
        #expect(meets.status == .achieved)
        #expect(meets.reason == .targetMet)
        let early = ProgressMethod.assessThreshold(meets: false, latestTime: 2024, targetTime: 2025)
        #expect(early.status == .atRisk)
        #expect(early.reason == .belowThreshold)
        let late = ProgressMethod.assessThreshold(meets: false, latestTime: 2025, targetTime: 2025)
        #expect(late.status == .offTrack)
        #expect(late.reason == .belowThreshold)
        let noTarget = ProgressMethod.assessThreshold(meets: false, latestTime: 2024, targetTime: nil)
        #expect(noTarget.status == .offTrack)
        #expect(noTarget.reason == .belowThreshold)
        #expect(meets.observedGrowth == nil && early.ratio == nil)
    }

    // MARK: Edge cases

    @Test(arguments: progressEdgeCases)
    func edgeCase(edge: ProgressEdgeCase) {
        let a = ProgressMethod.assess(points: edge.points, target: edge.target, direction: edge.direction, limit: edge.limit)
        #expect(a.status == edge.status)
        #expect(a.reason == edge.reason)
    }

    @Test func statusKeysNameTheThemeStrings() {
        #expect(ProgressStatus.onTrack.stringKey == "progress_on_track")
        #expect(ProgressStatus.insufficientData.stringKey == "progress_insufficient_data")
        #expect(ProgressStatus.allCases.map(\.rawValue) == ["achieved", "on-track", "at-risk", "off-track", "insufficient-data"])
    }
}

/// One case of `ProgressMethodTests.edgeCase`: inputs and the status and reason they must give.
struct ProgressEdgeCase: Sendable, CustomTestStringConvertible {
    let name: String
    let points: [ProgressPoint]
    let target: ProgressPoint?
    let direction: Direction
    let limit: Double?
    let status: ProgressStatus
    let reason: ProgressAssessment.Reason

    init(_ name: String, _ points: [ProgressPoint], target: ProgressPoint? = nil, direction: Direction = .higher,
         limit: Double? = nil, status: ProgressStatus, reason: ProgressAssessment.Reason) {
        self.name = name
        self.points = points
        self.target = target
        self.direction = direction
        self.limit = limit
        self.status = status
        self.reason = reason
    }

    var testDescription: String { name }
}

private let progressEdgeCases: [ProgressEdgeCase] = [
    ProgressEdgeCase("no values", [], status: .insufficientData, reason: .tooFewValues),
    ProgressEdgeCase("one value, no target", [p(2024, 40)], status: .insufficientData, reason: .tooFewValues),
    ProgressEdgeCase("the base alone meets the target", [p(2024, 85)], target: p(2025, 80), status: .insufficientData, reason: .tooFewValues),
    ProgressEdgeCase("the base alone, target period come", [p(2025, 60)], target: p(2025, 80), status: .offTrack, reason: .deadlinePassed),
    ProgressEdgeCase("two values of one period", [p(2024, 60), p(2024, 70)], status: .insufficientData, reason: .tooFewValues),
    ProgressEdgeCase("latest exactly at the target", [p(2023, 60), p(2024, 80)], target: p(2025, 80), status: .achieved, reason: .targetMet),
    ProgressEdgeCase("met after the target period", [p(2022, 30.58), p(2026, 18.0)], target: p(2025, 18.58), direction: .lower, status: .achieved, reason: .targetMet),
    ProgressEdgeCase("points out of order", [p(2024, 75), p(2023, 60)], target: p(2025, 100), status: .atRisk, reason: .growthRatio),
    ProgressEdgeCase("values of both signs", [p(2022, -1.2), p(2024, 0.8)], status: .insufficientData, reason: .mixedSigns),
    ProgressEdgeCase("a negative value between", [p(2022, 1.2), p(2023, -0.5), p(2024, 0.8)], status: .insufficientData, reason: .mixedSigns),
    ProgressEdgeCase("target of the other sign", [p(2022, 3.0), p(2024, 2.0)], target: p(2025, -1.0), direction: .lower, status: .insufficientData, reason: .mixedSigns),
    ProgressEdgeCase("all negative, on track", [p(2022, -3.2), p(2024, -1.9)], target: p(2025, -1.5), status: .onTrack, reason: .growthRatio),
    ProgressEdgeCase("zero then negative", [p(2022, 0), p(2024, -2.0)], status: .offTrack, reason: .trend),
    ProgressEdgeCase("limit 0 reached", [p(2022, 1.5), p(2024, 0)], direction: .lower, limit: 0, status: .achieved, reason: .limitReached),
    ProgressEdgeCase("limit 100 kept", [p(2022, 100), p(2024, 100)], limit: 100, status: .achieved, reason: .limitReached),
    ProgressEdgeCase("left the limit", [p(2022, 100), p(2024, 99)], limit: 100, status: .offTrack, reason: .trend),
    ProgressEdgeCase("target equal to the base", [p(2023, 80), p(2024, 78)], target: p(2025, 80), status: .offTrack, reason: .fellBehindTarget),
    ProgressEdgeCase("moving away from the target", [p(2023, 60), p(2024, 55)], target: p(2025, 100), status: .offTrack, reason: .growthRatio),
    ProgressEdgeCase("no change, no target", [p(2022, 50), p(2024, 50)], status: .offTrack, reason: .trend),
    ProgressEdgeCase("slow growth, no target", [p(2022, 100), p(2024, 101.5)], status: .atRisk, reason: .trend),
    ProgressEdgeCase("quarters", [p(2023.75, 20), p(2024, 21)], target: p(2025, 30), status: .offTrack, reason: .growthRatio),
    ProgressEdgeCase("half years", [p(2023.5, 20), p(2024, 24), p(2024.5, 30)], target: p(2025, 40), status: .atRisk, reason: .growthRatio),
]

private func p(_ time: Double, _ value: Double) -> ProgressPoint { ProgressPoint(time: time, value: value) }

/// Within 1e-4 of the expected value; false when there is no value.
private func near(_ value: Double?, _ expected: Double) -> Bool {
    guard let value else { return false }
    return abs(value - expected) < 1e-4
}

extension ProgressMethodTests {
    /// One value, in the target's period, that meets it: achieved; one that does not: off track.
    @Test func aSingleValueAtTheTargetPeriod() {
        let met = ProgressMethod.assess(points: [ProgressPoint(time: 2025, value: 100)],
                                        target: ProgressPoint(time: 2025, value: 100), direction: .higher)
        #expect(met.status == .achieved && met.reason == .targetMet)
        let missed = ProgressMethod.assess(points: [ProgressPoint(time: 2025, value: 90)],
                                           target: ProgressPoint(time: 2025, value: 100), direction: .higher)
        #expect(missed.status == .offTrack && missed.reason == .deadlinePassed)
        let early = ProgressMethod.assess(points: [ProgressPoint(time: 2022, value: -4.32)],
                                          target: ProgressPoint(time: 2025, value: -4), direction: .lower)
        #expect(early.status == .insufficientData)
    }
}
