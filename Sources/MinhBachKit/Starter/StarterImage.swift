/// The starter model's picture, drawn by code rather than copied from anywhere: a commune office
/// with a red roof under a sun, as a small palette PNG. The PNG is written with stored (not
/// compressed) deflate blocks, which every reader accepts and which needs no zlib; at 240 × 160
/// with one byte a pixel it is about 39 KB.
enum StarterImage {
    static let width = 240
    static let height = 160

    /// The colours of the picture, by palette index.
    static let palette: [(UInt8, UInt8, UInt8)] = [
        (0xCF, 0xE8, 0xF7), // sky
        (0x8C, 0xC0, 0x6A), // grass
        (0xF2, 0xE6, 0xC8), // walls
        (0xC0, 0x39, 0x2B), // roof
        (0x6B, 0x4A, 0x2F), // door
        (0xF5, 0xC2, 0x1B), // sun
        (0x4A, 0x7F, 0xB5), // windows
    ]

    static func modelPicture() -> [UInt8] {
        var rows: [UInt8] = []
        rows.reserveCapacity((width + 1) * height)
        for y in 0..<height {
            rows.append(0) // filter: none
            for x in 0..<width { rows.append(colour(x, y)) }
        }
        return png(rows)
    }

    /// The palette index of one pixel.
    static func colour(_ x: Int, _ y: Int) -> UInt8 {
        let (sunX, sunY) = (195, 35)
        if (x - sunX) * (x - sunX) + (y - sunY) * (y - sunY) <= 18 * 18 { return 5 }
        // The roof: a triangle from (50, 95) to (190, 95) with its top at (120, 45).
        if y >= 45, y < 95, abs(x - 120) <= (y - 45) * 70 / 50 { return 3 }
        if y >= 95, y < 140, x >= 62, x < 178 {
            if x >= 108, x < 132, y >= 108 { return 4 }
            if (x >= 75 && x < 97) || (x >= 143 && x < 165), y >= 105, y < 122 { return 6 }
            return 2
        }
        return y >= 130 ? 1 : 0
    }

    static func png(_ rows: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        // Width, height, bit depth 8, colour type 3 (palette), compression, filter, no interlace.
        chunk("IHDR", bigEndian(UInt32(width)) + bigEndian(UInt32(height)) + [8, 3, 0, 0, 0], into: &out)
        chunk("PLTE", palette.flatMap { [$0.0, $0.1, $0.2] }, into: &out)
        chunk("IDAT", zlibStored(rows), into: &out)
        chunk("IEND", [], into: &out)
        return out
    }

    static func chunk(_ type: String, _ data: [UInt8], into out: inout [UInt8]) {
        let typed = Array(type.utf8) + data
        out += bigEndian(UInt32(data.count)) + typed + bigEndian(crc32(typed))
    }

    /// A zlib stream of stored deflate blocks (at most 65,535 bytes each) and its Adler-32.
    static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var start = 0
        repeat {
            let end = min(start + 65_535, data.count)
            let length = UInt16(end - start)
            out.append(end == data.count ? 1 : 0)
            out += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
            out += data[start..<end]
            start = end
        } while start < data.count
        var (a, b): (UInt32, UInt32) = (1, 0)
        for byte in data {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return out + bigEndian(b << 16 | a)
    }

    static let crcTable: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for byte in bytes { c = crcTable[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
}
