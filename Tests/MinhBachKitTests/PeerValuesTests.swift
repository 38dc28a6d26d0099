import Foundation
@testable import MinhBachKit
import Testing
import TestSupport

/// A unit's rank among its peers, and its peers' median, read from the sorted table made once
/// per build, are what comparing the unit with every peer gives (`UnitComparison`).
@Suite struct PeerValuesTests {
    @Test(arguments: [(1.0, Direction.higher, 4), (2.0, .higher, 2), (5.0, .higher, 1), (0.5, .higher, 6),
                      (1.0, .lower, 2), (0.5, .lower, 1), (7.0, .lower, 7), (2.0, .lower, 4)])
    func equalValuesShareARank(value: Double, direction: Direction, rank: Int) {
        // 5 is best when higher is better; 0.5 when lower is: one more than the number better.
        let sorted = [0.5, 1, 1, 2, 2, 5]
        #expect(PeerValues.rank(of: value, among: sorted, direction: direction) == rank)
    }

    /// Every unit, indicator and period of the demo.
    @Test func theDemoRanksAsComparingEveryPeerDoes() throws {
        let root = Fixtures.projectRoot
        let folder = SiteTree.temporaryFolder("peer-values")
        let (report, state) = SiteBuilder(options: BuildOptions(
            contentDirectory: root.appendingPathComponent("content"), themeDirectory: root.appendingPathComponent("theme"),
            outputDirectory: folder.appendingPathComponent("site"), workingDirectory: root)).buildKeepingState()
        #expect(report.succeeded)
        let data = try #require(state?.sites.first?.data)
        var compared = 0
        for result in data.indicators.compactMap({ data.result($0.id) }) {
            for progress in result.units {
                guard let unit = data.units.unit(progress.code) else { continue }
                let peers = result.units.filter { data.units.unit($0.code)?.kind == unit.kind }
                let latest = UnitComparison(result, units: data.units, kind: unit.kind)
                #expect(data.peers.latestPeriod(result, kind: unit.kind) == latest.period)
                for period in Set(progress.series.map(\.period)) {
                    let comparison = UnitComparison(peers.map { ($0.code, $0) }, direction: result.indicator.definition.direction,
                                                    periods: { $0 == period })
                    let expected = comparison.rank(of: unit.code).map { ($0.rank, comparison.ranked.count) }
                    let got = data.peers.rank(of: progress, result, kind: unit.kind, period: period)
                    #expect(got?.rank == expected?.0 && got?.count == expected?.1, "\(result.indicator.id) \(unit.code) \(period)")
                    let values = peers.compactMap { peer in peer.series.first { $0.period == period }?.value }
                    #expect(data.peers.values(result, kind: unit.kind, period: period) == values.sorted())
                    compared += 1
                }
            }
        }
        #expect(compared > 1_000)
    }
}
