import Foundation

/// Fits shapes into a box: an equirectangular projection scaled by the cosine of the middle
/// latitude (true to shape at the scale of a province), then simplified with Douglas–Peucker
/// to what the pixels can show.
struct MapProjection {
    let west: Double, north: Double
    let scale: Double, cosine: Double
    let offset: Point
    /// The drawing's size once fitted.
    let width: Double, height: Double

    init?(shapes: [GeoShape], maxWidth: Double, maxHeight: Double, padding: Double = 4) {
        let points = shapes.lazy.flatMap { $0.lazy.flatMap { $0.lazy.flatMap { $0 } } }
        guard let first = points.first(where: { _ in true }) else { return nil }
        var west = first.longitude, east = first.longitude, south = first.latitude, north = first.latitude
        for point in points {
            west = min(west, point.longitude); east = max(east, point.longitude)
            south = min(south, point.latitude); north = max(north, point.latitude)
        }
        cosine = max(0.01, cos((south + north) / 2 * .pi / 180))
        let spanX = max((east - west) * cosine, 1e-9), spanY = max(north - south, 1e-9)
        scale = min((maxWidth - 2 * padding) / spanX, (maxHeight - 2 * padding) / spanY)
        self.west = west
        self.north = north
        width = spanX * scale + 2 * padding
        height = spanY * scale + 2 * padding
        offset = Point(x: padding, y: padding)
    }

    func project(_ point: GeoPoint) -> Point {
        Point(x: offset.x + (point.longitude - west) * cosine * scale, y: offset.y + (north - point.latitude) * scale)
    }

    /// The shape's rings in pixels, each simplified; rings smaller than a pixel dropped.
    func rings(_ shape: GeoShape, tolerance: Double = 0.5) -> [[Point]] {
        shape.flatMap { polygon in
            polygon.compactMap { ring -> [Point]? in
                let projected = Self.simplify(ring.map(project), tolerance: tolerance)
                guard projected.count >= 3, abs(Self.area(projected)) >= 1 else { return nil }
                return Array(projected.dropLast())  // the path closes itself
            }
        }
    }

    /// Where to write a label: the centroid of the shape's largest outer ring.
    func labelPoint(_ shape: GeoShape) -> (point: Point, width: Double)? {
        let rings = shape.compactMap { $0.first?.map(project) }
        guard let largest = rings.max(by: { abs(Self.area($0)) < abs(Self.area($1)) }) else { return nil }
        let area = Self.area(largest)
        guard abs(area) > 1e-9 else { return nil }
        var cx = 0.0, cy = 0.0
        for (a, b) in zip(largest, largest.dropFirst()) {
            let cross = a.x * b.y - b.x * a.y
            cx += (a.x + b.x) * cross
            cy += (a.y + b.y) * cross
        }
        let xs = largest.map(\.x)
        return (Point(x: cx / (6 * area), y: cy / (6 * area)), (xs.max() ?? 0) - (xs.min() ?? 0))
    }

    /// Shoelace area (signed).
    static func area(_ ring: [Point]) -> Double {
        var sum = 0.0
        for (a, b) in zip(ring, ring.dropFirst()) { sum += a.x * b.y - b.x * a.y }
        return sum / 2
    }

    /// Douglas–Peucker, without recursion: keeps the points that stray more than `tolerance`.
    static func simplify(_ points: [Point], tolerance: Double) -> [Point] {
        guard points.count > 4 else { return points }
        var keep = [Bool](repeating: false, count: points.count)
        keep[0] = true
        keep[points.count - 1] = true
        var stack = [(0, points.count - 1)]
        while let (start, end) = stack.popLast() {
            guard end > start + 1 else { continue }
            var farthest = start, distance = 0.0
            for index in (start + 1)..<end {
                let d = Self.distance(points[index], from: points[start], to: points[end])
                if d > distance { distance = d; farthest = index }
            }
            if distance > tolerance {
                keep[farthest] = true
                stack.append((start, farthest))
                stack.append((farthest, end))
            }
        }
        let kept = points.indices.filter { keep[$0] }.map { points[$0] }
        // A closed ring whose first and last points coincide needs a third point in between.
        return kept.count >= 4 ? kept : points
    }

    private static func distance(_ point: Point, from a: Point, to b: Point) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let length = dx * dx + dy * dy
        guard length > 0 else { return hypot(point.x - a.x, point.y - a.y) }
        let t = max(0, min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / length))
        return hypot(point.x - (a.x + t * dx), point.y - (a.y + t * dy))
    }
}
