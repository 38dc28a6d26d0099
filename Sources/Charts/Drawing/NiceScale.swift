import Foundation

/// A value axis with round ticks (Heckbert's "nice numbers"): 0, 20, 40 … rather than 0, 17,
/// 34 …. Equal values, a single value and empty data all give a sensible axis.
struct NiceScale: Equatable {
    var lower: Double
    var upper: Double
    var step: Double

    /// A scale covering `values` with about `tickCount` ticks; `includingZero` for bars, whose
    /// length must start at zero.
    init(covering values: [Double], tickCount: Int = 5, includingZero: Bool = false) {
        var low = values.min() ?? 0, high = values.max() ?? 1
        if includingZero { low = min(low, 0); high = max(high, 0) }
        if high - low < 1e-12 * max(1, abs(high)) {
            // All values equal: a band around them, or 0…1 around zero.
            let pad = high == 0 ? 1 : abs(high) * 0.1
            low = includingZero && low >= 0 ? 0 : low - pad
            high = includingZero && high <= 0 ? 0 : high + pad
        }
        let range = Self.nice(high - low, round: false)
        let step = Self.nice(range / Double(max(1, tickCount - 1)), round: true)
        self.step = step
        lower = (low / step).rounded(.down) * step
        upper = (high / step).rounded(.up) * step
    }

    init(lower: Double, upper: Double, step: Double) {
        self.lower = lower
        self.upper = upper
        self.step = step
    }

    var ticks: [Double] {
        let count = Int(((upper - lower) / step).rounded())
        return (0...max(0, min(count, 50))).map { index in
            let tick = lower + Double(index) * step
            return abs(tick) < step * 1e-9 ? 0 : tick  // no "−0"
        }
    }

    /// Decimal places the step needs: 0,25 → 2; 5 → 0.
    var decimals: Int {
        var places = 0, scaled = step
        while places < 6, abs(scaled - scaled.rounded()) > 1e-9 * max(1, abs(scaled)) {
            scaled *= 10
            places += 1
        }
        return places
    }

    /// Where `value` falls between `start` (lower) and `end` (upper) in pixels.
    func position(_ value: Double, from start: Double, to end: Double) -> Double {
        let span = upper - lower
        guard span > 0, value.isFinite else { return start }
        return start + (value - lower) / span * (end - start)
    }

    private static func nice(_ value: Double, round: Bool) -> Double {
        guard value > 0, value.isFinite else { return 1 }
        let exponent = floor(log10(value))
        let fraction = value / pow(10, exponent)
        let niceFraction: Double
        if round {
            niceFraction = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
        } else {
            niceFraction = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        }
        return niceFraction * pow(10, exponent)
    }
}
