@testable import MinhBachKit
import Testing

/// The worked examples of `docs/progress.md`, one test each, with the same inputs; then edge
/// cases. Growths, rates and ratios are compared to 1e-4, as the page gives them. The examples
/// that need a whole indicator (16–19) are in `ProgressRulesSiteTests`.
@Suite struct ProgressMethodTests {
    // MARK: Worked examples

    /// Example 1: a value target of 18,58% in 2025 from 30,58% (2022); hypothetical 26,40% and 22,00%.
    @Test func percentValueTargetOnTrack() {
        let a = ProgressMethod.assess(points: [p(2022, 30.58), p(2023, 26.40), p(2024, 22.00)], target: p(2025, 18.58), direction: .lower)
        #expect(a.status == .onTrack && a.reason == .growthRatio)
        #expect(near(a.observedGrowth, -0.1518))
        #expect(near(a.requiredGrowth, -0.1530))
        #expect(near(a.ratio, 0.9921))
        let late = ProgressMethod.assess(points: [p(2022, 30.58), p(2023, 26.40), p(2024, 22.00), p(2025, 19.90)], target: p(2025, 18.58), direction: .lower)
        #expect(late.status == .offTrack && late.reason == .deadlinePassed)
        #expect(late.observedGrowth == nil && late.ratio == nil)
        let met = ProgressMethod.assess(points: [p(2022, 30.58), p(2023, 26.40), p(2024, 22.00), p(2025, 18.50)], target: p(2025, 18.58), direction: .lower)
        #expect(met.status == .achieved && met.reason == .targetMet)
    }

    /// Example 2: the demo's poverty rate, 34,90 (2021) → 30,58 (2022), −4 a year from 2022 until 2025.
    @Test func percentRateTargetJudgedOnTheRatesObserved() {
        let a = ProgressMethod.assessRate(points: [p(2021, 34.90), p(2022, 30.58)], rate: -4, targetTime: 2025, targetValue: 18.58, direction: .lower)
        #expect(a.status == .onTrack && a.reason == .rateMet)
        #expect(near(a.observedRate, -4.32))
        let slower = ProgressMethod.assessRate(points: [p(2021, 34.90), p(2022, 30.58), p(2023, 27.58)], rate: -4, targetTime: 2025,
                                               targetValue: 18.58, direction: .lower)
        #expect(slower.status == .atRisk && slower.reason == .rateRatio)
        #expect(near(slower.observedRate, -3.66))
        #expect(near(slower.ratio, 0.915))
    }

    /// Example 3: the change in the poverty rate, −4,32 alone against −4 in 2025; then a hypothetical −3,60.
    @Test func changeSingleValueMeetingTheTargetIsAchieved() {
        let a = ProgressMethod.assess(points: [p(2022, -4.32)], target: p(2025, -4), direction: .lower)
        #expect(a.status == .achieved && a.reason == .targetMet)
        let fell = ProgressMethod.assess(points: [p(2022, -4.32), p(2023, -3.60)], target: p(2025, -4), direction: .lower)
        #expect(fell.status == .offTrack && fell.reason == .fellBehindTarget)
        #expect(near(fell.observedGrowth, -0.1667))
        #expect(near(fell.requiredGrowth, -0.02533))
        #expect(fell.ratio == nil)
    }

    /// Example 4: a percentage with no target has no status, whatever its values.
    @Test func percentWithoutTargetHasNoStatus() {
        let one = ProgressMethod.assess(points: [p(2022, 95.83)], target: nil, direction: .higher)
        #expect(one.status == .noTarget && one.reason == .noTarget)
        let two = ProgressMethod.assess(points: [p(2022, 95.83), p(2025, 97.10)], target: nil, direction: .higher)
        #expect(two.status == .noTarget && two.observedGrowth == nil)
    }

    /// Example 5: a share of units 60 (2023) → 75 (2024), target 100 in 2025; then 100 in 2025.
    @Test func shareOfUnitsAtRiskThenAchieved() {
        let a = ProgressMethod.assess(points: [p(2023, 60), p(2024, 75)], target: p(2025, 100), direction: .higher)
        #expect(a.status == .atRisk && a.reason == .growthRatio)
        #expect(near(a.observedGrowth, 0.25))
        #expect(near(a.requiredGrowth, 0.2910))
        #expect(near(a.ratio, 0.8591))
        let met = ProgressMethod.assess(points: [p(2023, 60), p(2024, 75), p(2025, 100)], target: p(2025, 100), direction: .higher)
        #expect(met.status == .achieved && met.reason == .targetMet)
    }

    /// Example 6: target 80; 90 → 85 still meets it; 85 → 75 fell behind.
    @Test func shareAboveThenBelowTheTarget() {
        let above = ProgressMethod.assess(points: [p(2023, 90), p(2024, 85)], target: p(2025, 80), direction: .higher)
        #expect(above.status == .achieved && above.reason == .targetMet)
        let below = ProgressMethod.assess(points: [p(2023, 85), p(2024, 75)], target: p(2025, 80), direction: .higher)
        #expect(below.status == .offTrack && below.reason == .fellBehindTarget)
        #expect(near(below.observedGrowth, -0.1176))
        #expect(near(below.requiredGrowth, -0.02986))
    }

    /// Example 7: a count with no target; a hypothetical count with a target of zero.
    @Test func countNoTargetAndTargetOfZero() {
        let none = ProgressMethod.assess(points: [p(2021, 46162), p(2022, 41977)], target: nil, direction: .lower)
        #expect(none.status == .noTarget)
        let zero = ProgressMethod.assess(points: [p(2022, 12), p(2023, 8), p(2024, 5)], target: p(2025, 0), direction: .lower)
        #expect(zero.status == .offTrack && zero.reason == .growthRatio)
        #expect(near(zero.observedGrowth, -0.3545))
        #expect(near(zero.requiredGrowth, -0.9563))
        #expect(near(zero.ratio, 0.3707))
    }

    /// Example 8: a unit's count 0 → 2 with no target: no status (before: "on track", growth 1999).
    @Test func unitCountWithoutTargetHasNoStatus() {
        let a = ProgressMethod.assess(points: [p(2023, 0), p(2024, 2)], target: nil, direction: .higher)
        #expect(a.status == .noTarget && a.reason == .noTarget)
    }

    /// Examples 9 and 10: GRDP per person 40 (2022) against 60 in 2025; then a hypothetical 52 in 2024.
    @Test func moneySingleValueThenOnTrack() {
        let one = ProgressMethod.assess(points: [p(2022, 40)], target: p(2025, 60), direction: .higher)
        #expect(one.status == .insufficientData && one.reason == .tooFewValues)
        let two = ProgressMethod.assess(points: [p(2022, 40), p(2024, 52)], target: p(2025, 60), direction: .higher)
        #expect(two.status == .onTrack && two.reason == .growthRatio)
        #expect(near(two.observedGrowth, 0.1402))
        #expect(near(two.requiredGrowth, 0.1447))
        #expect(near(two.ratio, 0.9686))
    }

    /// Example 11: ranks without a target have no status (the trend words are tested on the demo).
    @Test func rankWithoutTargetHasNoStatus() {
        #expect(ProgressMethod.assess(points: [p(2020, 25), p(2022, 22)], target: nil, direction: .lower).status == .noTarget)
        #expect(ProgressMethod.assess(points: [p(2020, 46), p(2022, 62)], target: nil, direction: .lower).status == .noTarget)
    }

    /// Example 12: rank 30 (2022) → 25 (2024), target 20 in 2025.
    @Test func rankWithTargetAtRisk() {
        let a = ProgressMethod.assess(points: [p(2022, 30), p(2024, 25)], target: p(2025, 20), direction: .lower)
        #expect(a.status == .atRisk && a.reason == .growthRatio)
        #expect(near(a.observedGrowth, -0.08713))
        #expect(near(a.requiredGrowth, -0.1264))
        #expect(near(a.ratio, 0.6892))
    }

    /// Example 13: an index with no target; a hypothetical 70 → 76 against 80 in 2025.
    @Test func indexNoTargetThenOnTrack() {
        #expect(ProgressMethod.assess(points: [p(2023, 70), p(2024, 76)], target: nil, direction: .higher).status == .noTarget)
        let a = ProgressMethod.assess(points: [p(2023, 70), p(2024, 76)], target: p(2025, 80), direction: .higher)
        #expect(a.status == .onTrack && a.reason == .growthRatio)
        #expect(near(a.observedGrowth, 0.08571))
        #expect(near(a.requiredGrowth, 0.06904))
        #expect(near(a.ratio, 1.2414))
    }

    /// Example 14: May 2024 (2023 + 5/12) → December 2024 (2024.0), target 80% in 2025.
    @Test func monthlyValues() {
        let a = ProgressMethod.assess(points: [p(2023 + 5.0 / 12, 35), p(2024, 42)], target: p(2025, 80), direction: .higher)
        #expect(a.status == .offTrack && a.reason == .growthRatio)
        #expect(near(a.observedGrowth, 0.3669))
        #expect(near(a.requiredGrowth, 0.6856))
        #expect(near(a.ratio, 0.5352))
    }

    /// Examples 16 and 17, the numbers (the statuses on the fixture site are in
    /// `ProgressRulesSiteTests`): a xã 60 → 70 against the whole's 90; a huyện 88 → 92 against its kind's 95.
    @Test func unitAgainstTheWholesTargetAndItsKinds() {
        let xa = ProgressMethod.assess(points: [p(2023, 60), p(2024, 70)], target: p(2025, 90), direction: .higher)
        #expect(xa.status == .atRisk && xa.reason == .growthRatio)
        #expect(near(xa.observedGrowth, 0.1667))
        #expect(near(xa.requiredGrowth, 0.2247))
        #expect(near(xa.ratio, 0.7416))
        let huyen = ProgressMethod.assess(points: [p(2023, 88), p(2024, 92)], target: p(2025, 95), direction: .higher)
        #expect(huyen.status == .onTrack && huyen.reason == .growthRatio)
        #expect(near(huyen.observedGrowth, 0.04545))
        #expect(near(huyen.requiredGrowth, 0.03901))
        #expect(near(huyen.ratio, 1.1651))
        let met = ProgressMethod.assess(points: [p(2024, 92)], target: p(2025, 90), direction: .higher)
        #expect(met.status == .achieved)
    }

    /// Examples 15, 18, 19: a met-or-not target (threshold, yes-no, grade), deadline 2025 or none.
    @Test func metOrNotTargets() {
        let meets = ProgressMethod.assessThreshold(meets: true, latestTime: 2024, targetTime: 2025)
        #expect(meets.status == .achieved && meets.reason == .targetMet)
        let early = ProgressMethod.assessThreshold(meets: false, latestTime: 2024, targetTime: 2025)
        #expect(early.status == .pending && early.reason == .beforeDeadline)
        let late = ProgressMethod.assessThreshold(meets: false, latestTime: 2025, targetTime: 2025)
        #expect(late.status == .offTrack && late.reason == .deadlinePassed)
        let noDeadline = ProgressMethod.assessThreshold(meets: false, latestTime: 2024, targetTime: nil)
        #expect(noDeadline.status == .pending && noDeadline.reason == .noDeadline)
        #expect(meets.observedGrowth == nil && early.ratio == nil)
    }

    // MARK: Edge cases

    @Test(arguments: progressEdgeCases)
    func edgeCase(edge: ProgressEdgeCase) {
        let a = ProgressMethod.assess(points: edge.points, target: edge.target, direction: edge.direction)
        #expect(a.status == edge.status)
        #expect(a.reason == edge.reason)
    }

    @Test func rateTargetEdges() {
        // One value, not meeting the target's value: nothing to take a rate from yet.
        let one = ProgressMethod.assessRate(points: [p(2022, 30.58)], rate: -4, targetTime: 2025, targetValue: 18.58, direction: .lower)
        #expect(one.status == .insufficientData)
        // The deadline has come and the pace was not kept.
        let late = ProgressMethod.assessRate(points: [p(2022, 30.58), p(2025, 24)], rate: -4, targetTime: 2025, targetValue: 18.58, direction: .lower)
        #expect(late.status == .offTrack && late.reason == .deadlinePassed)
        // Moving the wrong way: a negative ratio.
        let wrong = ProgressMethod.assessRate(points: [p(2022, 30.58), p(2023, 31)], rate: -4, targetTime: 2025, targetValue: 18.58, direction: .lower)
        #expect(wrong.status == .offTrack && wrong.reason == .rateRatio)
        // A rate of zero ("no worse than before") missed.
        let flat = ProgressMethod.assessRate(points: [p(2022, 10), p(2023, 11)], rate: 0, targetTime: 2025, targetValue: 10, direction: .lower)
        #expect(flat.status == .offTrack)
        // Higher is better: +2 a year asked, +2.5 observed.
        let up = ProgressMethod.assessRate(points: [p(2022, 50), p(2024, 55)], rate: 2, targetTime: 2025, targetValue: 56, direction: .higher)
        #expect(up.status == .onTrack && up.reason == .rateMet && near(up.observedRate, 2.5))
        // The same pace kept into the target's period: achieved.
        let kept = ProgressMethod.assessRate(points: [p(2022, 50), p(2025, 56.5)], rate: 2, targetTime: 2025, targetValue: 57, direction: .higher)
        #expect(kept.status == .achieved && kept.reason == .rateMet)
        // The latest value already at where the rate leads by the target's period.
        let early = ProgressMethod.assessRate(points: [p(2022, 30.58), p(2023, 18)], rate: -4, targetTime: 2025, targetValue: 18.58, direction: .lower)
        #expect(early.status == .achieved && early.reason == .targetMet)
    }

    @Test func statusKeysNameTheThemeStrings() {
        #expect(ProgressStatus.onTrack.stringKey == "progress_on_track")
        #expect(ProgressStatus.noTarget.stringKey == "progress_no_target")
        #expect(ProgressStatus.allCases.map(\.rawValue)
                == ["achieved", "on-track", "at-risk", "pending", "off-track", "insufficient-data", "no-target"])
    }
}

/// One case of `ProgressMethodTests.edgeCase`: inputs and the status and reason they must give.
struct ProgressEdgeCase: Sendable, CustomTestStringConvertible {
    let name: String
    let points: [ProgressPoint]
    let target: ProgressPoint?
    let direction: Direction
    let status: ProgressStatus
    let reason: ProgressAssessment.Reason

    init(_ name: String, _ points: [ProgressPoint], target: ProgressPoint? = nil, direction: Direction = .higher,
         status: ProgressStatus, reason: ProgressAssessment.Reason) {
        self.name = name
        self.points = points
        self.target = target
        self.direction = direction
        self.status = status
        self.reason = reason
    }

    var testDescription: String { name }
}

private let progressEdgeCases: [ProgressEdgeCase] = [
    ProgressEdgeCase("no values, no target", [], status: .noTarget, reason: .noTarget),
    ProgressEdgeCase("no values", [], target: p(2025, 80), status: .insufficientData, reason: .tooFewValues),
    ProgressEdgeCase("one value, no target", [p(2024, 40)], status: .noTarget, reason: .noTarget),
    ProgressEdgeCase("the base alone meets the target", [p(2024, 85)], target: p(2025, 80), status: .achieved, reason: .targetMet),
    ProgressEdgeCase("the base alone, target period come", [p(2025, 60)], target: p(2025, 80), status: .offTrack, reason: .deadlinePassed),
    ProgressEdgeCase("the base alone, before the target", [p(2024, 60)], target: p(2025, 80), status: .insufficientData, reason: .tooFewValues),
    ProgressEdgeCase("two values of one period", [p(2024, 60), p(2024, 70)], target: p(2025, 80), status: .insufficientData, reason: .tooFewValues),
    ProgressEdgeCase("latest exactly at the target", [p(2023, 60), p(2024, 80)], target: p(2025, 80), status: .achieved, reason: .targetMet),
    ProgressEdgeCase("met after the target period", [p(2022, 30.58), p(2026, 18.0)], target: p(2025, 18.58), direction: .lower, status: .achieved, reason: .targetMet),
    ProgressEdgeCase("points out of order", [p(2024, 75), p(2023, 60)], target: p(2025, 100), status: .atRisk, reason: .growthRatio),
    ProgressEdgeCase("values of both signs", [p(2022, -1.2), p(2024, 0.8)], target: p(2025, 2), status: .insufficientData, reason: .mixedSigns),
    ProgressEdgeCase("a negative value between", [p(2022, 1.2), p(2023, -0.5), p(2024, 0.8)], target: p(2025, 2), status: .insufficientData, reason: .mixedSigns),
    ProgressEdgeCase("target of the other sign", [p(2022, 3.0), p(2024, 2.0)], target: p(2025, -1.0), direction: .lower, status: .insufficientData, reason: .mixedSigns),
    ProgressEdgeCase("all negative, on track", [p(2022, -3.2), p(2024, -1.9)], target: p(2025, -1.5), status: .onTrack, reason: .growthRatio),
    ProgressEdgeCase("target equal to the base", [p(2023, 80), p(2024, 78)], target: p(2025, 80), status: .offTrack, reason: .fellBehindTarget),
    ProgressEdgeCase("moving away from the target", [p(2023, 60), p(2024, 55)], target: p(2025, 100), status: .offTrack, reason: .growthRatio),
    ProgressEdgeCase("no change, no target", [p(2022, 50), p(2024, 50)], status: .noTarget, reason: .noTarget),
    ProgressEdgeCase("quarters", [p(2023.75, 20), p(2024, 21)], target: p(2025, 30), status: .offTrack, reason: .growthRatio),
    ProgressEdgeCase("half years", [p(2023.5, 20), p(2024, 24), p(2024.5, 30)], target: p(2025, 40), status: .atRisk, reason: .growthRatio),
]

private func p(_ time: Double, _ value: Double) -> ProgressPoint { ProgressPoint(time: time, value: value) }

/// Within 1e-4 of the expected value; false when there is no value.
private func near(_ value: Double?, _ expected: Double) -> Bool {
    guard let value else { return false }
    return abs(value - expected) < 1e-4
}

/// The words a data file may use for a value's provenance, and a grade scale's lookups.
@Suite struct ProvenanceAndGradeTests {
    @Test func provenanceWordsAcceptTheNamesFilesUse() {
        #expect(Observation.Status.named("official") == .official)
        #expect(Observation.Status.named("Chính thức") == .official)
        #expect(Observation.Status.named("provisional") == .estimate)
        #expect(Observation.Status.named("sơ bộ") == .estimate)
        #expect(Observation.Status.named("ước tính") == .estimate)
        #expect(Observation.Status.named("derived") == .derived)
        #expect(Observation.Status.named("suy ra") == .derived)
        #expect(Observation.Status.named("minh họa") == .illustrative)
        #expect(Observation.Status.named("guess") == nil)
        #expect(Observation.Status.allCases.map(\.rawValue) == ["official", "estimate", "derived", "illustrative"])
    }

    @Test func aGradeScaleOrdersNamesAndScores() {
        let scale = GradeScale(grades: [
            .init(code: "xuat-sac", name: "Xuất sắc", nameEn: "Excellent", min: 90),
            .init(code: "tot", name: "Tốt", nameEn: "Good", min: 80, max: 90),
            .init(code: "kha", name: "Khá", nameEn: "Fair", min: 65, max: 80),
            .init(code: "yeu", name: "Yếu", max: 65),
        ])
        #expect(scale.grade(named: "Khá")?.code == "kha")
        #expect(scale.grade(named: "kha")?.code == "kha")
        #expect(scale.grade(named: "KHÁ")?.code == "kha")
        #expect(scale.grade(named: "Fair")?.code == "kha")
        #expect(scale.grade(named: "Giỏi") == nil)
        #expect(scale.grade(named: "") == nil)
        #expect(scale.grade(forScore: 90)?.code == "xuat-sac")
        #expect(scale.grade(forScore: 89.9)?.code == "tot")
        #expect(scale.grade(forScore: 65)?.code == "kha")
        #expect(scale.grade(forScore: 10)?.code == "yeu")
        // Best highest, so that "meets Khá or better" is value ≥ value(Khá).
        #expect(scale.grades.map(scale.value(of:)) == [4, 3, 2, 1])
        #expect(scale.grade(for: 3)?.code == "tot")
        #expect(scale.grade(for: 7) == nil)
        #expect(scale.name(of: scale.grades[3], language: "en") == "Yếu")
        #expect(scale.name(of: scale.grades[0], language: "en") == "Excellent")
    }
}
