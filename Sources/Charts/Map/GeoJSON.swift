import Foundation

/// A longitude/latitude pair in degrees (WGS 84, as GeoJSON writes them).
public struct GeoPoint: Sendable, Equatable {
    public var longitude: Double
    public var latitude: Double
    public init(longitude: Double, latitude: Double) {
        self.longitude = longitude
        self.latitude = latitude
    }
}

/// Polygons, each an outer ring followed by its holes.
public typealias GeoShape = [[[GeoPoint]]]

/// One area of a GeoJSON file: its properties (as text) and its shape.
public struct GeoFeature: Sendable {
    public var properties: [String: String]
    public var shape: GeoShape
}

/// The areas of a GeoJSON FeatureCollection (RFC 7946): Polygon and MultiPolygon geometries.
public struct GeoJSON: Sendable {
    public var features: [GeoFeature]
    /// Top-level members other than the standard ones, as text (e.g. `source`, `license`).
    public var members: [String: String]

    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public init(features: [GeoFeature], members: [String: String] = [:]) {
        self.features = features
        self.members = members
    }

    public init(bytes: [UInt8]) throws(Problem) {
        let file: FileShape
        do {
            file = try JSONDecoder().decode(FileShape.self, from: Data(bytes))
        } catch let DecodingError.dataCorrupted(context) where context.codingPath.isEmpty {
            throw Problem(message: "not valid JSON: \((context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String ?? context.debugDescription)")
        } catch {
            throw Problem(message: Self.describe(error))
        }
        guard file.type == "FeatureCollection", let list = file.features else {
            throw Problem(message: "not a GeoJSON FeatureCollection (expected {\"type\": \"FeatureCollection\", \"features\": […]})")
        }
        var features: [GeoFeature] = []
        for (index, feature) in list.enumerated() {
            guard feature.type == "Feature" else { throw Problem(message: "feature \(index + 1) is not a GeoJSON Feature") }
            guard let geometry = feature.geometry else { throw Problem(message: "feature \(index + 1) has no geometry") }
            do {
                features.append(GeoFeature(properties: (feature.properties ?? [:]).compactMapValues(\.text), shape: try geometry.shape()))
            } catch {
                throw Problem(message: "feature \(index + 1): \(error.message)")
            }
        }
        self.init(features: features, members: file.members.compactMapValues(\.text))
    }

    private static func describe(_ error: any Error) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch error {
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context), DecodingError.dataCorrupted(let context):
            return "at \(path(context.codingPath)): \(context.debugDescription)"
        case DecodingError.keyNotFound(let key, let context):
            return "at \(path(context.codingPath + [key])): missing"
        default:
            return "\(error)"
        }
    }
}

/// The JSON as written; only what maps need is read.
private struct FileShape: Decodable {
    var type: String
    var features: [FeatureShape]?
    var members: [String: JSONScalar]

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        type = try container.decode(String.self, forKey: Key(stringValue: "type"))
        features = try container.decodeIfPresent([FeatureShape].self, forKey: Key(stringValue: "features"))
        var members: [String: JSONScalar] = [:]
        for key in container.allKeys where !["type", "features", "bbox", "crs"].contains(key.stringValue) {
            members[key.stringValue] = try? container.decode(JSONScalar.self, forKey: key)
        }
        self.members = members
    }
}

private struct FeatureShape: Decodable {
    var type: String
    var properties: [String: JSONScalar]?
    var geometry: GeometryShape?
}

private struct GeometryShape: Decodable {
    var type: String
    var coordinates: Coordinates?

    indirect enum Coordinates: Decodable {
        case position([Double])
        case list([Coordinates])

        init(from decoder: any Decoder) throws {
            if let position = try? decoder.singleValueContainer().decode([Double].self) {
                self = .position(position)
            } else {
                self = .list(try decoder.singleValueContainer().decode([Coordinates].self))
            }
        }
    }

    func shape() throws(GeoJSON.Problem) -> GeoShape {
        switch (type, coordinates) {
        case ("Polygon", .list(let rings)?):
            return [try Self.polygon(rings)]
        case ("MultiPolygon", .list(let polygons)?):
            var shape: GeoShape = []
            for polygon in polygons {
                guard case .list(let rings) = polygon else { throw GeoJSON.Problem(message: "a MultiPolygon holds polygons") }
                shape.append(try Self.polygon(rings))
            }
            return shape
        case ("Polygon", _), ("MultiPolygon", _):
            throw GeoJSON.Problem(message: "\(type) without coordinates")
        default:
            throw GeoJSON.Problem(message: "geometry type '\(type)' cannot be drawn as an area; use Polygon or MultiPolygon")
        }
    }

    private static func polygon(_ rings: [Coordinates]) throws(GeoJSON.Problem) -> [[GeoPoint]] {
        guard !rings.isEmpty else { throw GeoJSON.Problem(message: "a polygon needs at least one ring") }
        var result: [[GeoPoint]] = []
        for ring in rings {
            guard case .list(let positions) = ring else { throw GeoJSON.Problem(message: "a ring must be a list of positions") }
            var points: [GeoPoint] = []
            for position in positions {
                guard case .position(let pair) = position, pair.count >= 2, abs(pair[0]) <= 180, abs(pair[1]) <= 90 else {
                    throw GeoJSON.Problem(message: "a position must be [longitude, latitude] in degrees")
                }
                points.append(GeoPoint(longitude: pair[0], latitude: pair[1]))
            }
            guard points.count >= 4, points.first == points.last else {
                throw GeoJSON.Problem(message: "a ring must have at least 4 positions and end where it starts")
            }
            result.append(points)
        }
        return result
    }
}

/// A property value, kept when it reads as text.
private enum JSONScalar: Decodable {
    case text(String), other

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) { self = .text(text) }
        else if let flag = try? container.decode(Bool.self) { self = .text(flag ? "true" : "false") }
        else if let number = try? container.decode(Double.self) {
            self = .text(number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number))
        } else { self = .other }
    }

    var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }
}
