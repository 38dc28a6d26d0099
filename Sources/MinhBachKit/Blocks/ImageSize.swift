import FileSystem

/// Width and height of PNG, GIF and JPEG images, read from their headers, so every `<img>` gets
/// its size and the page does not shift as images load.
enum ImageSize {
    static func isImage(_ path: String) -> Bool {
        let lower = path.lowercased()
        return [".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg"].contains { lower.hasSuffix($0) }
    }

    /// Of an image the loader left on disk (`ProjectLoader.isLeftOnDisk`): from its first bytes,
    /// where the size is in every image but a JPEG with more than `headerLength` of metadata
    /// first, which is read whole. One that cannot be read has no size here; its copy says why.
    static func of(_ file: SourceFile) -> (width: Int, height: Int)? {
        guard file.bytes.isEmpty, let origin = file.origin else { return of(file.bytes) }
        guard let header = FileBytes.read(origin, upTo: headerLength) else { return nil }
        guard header.count == headerLength, of(header) == nil else { return of(header) }
        return FileBytes.read(origin).flatMap(of)
    }

    static let headerLength = 256 * 1024

    static func of(_ b: [UInt8]) -> (width: Int, height: Int)? {
        func be16(_ i: Int) -> Int { Int(b[i]) << 8 | Int(b[i + 1]) }
        func be32(_ i: Int) -> Int { be16(i) << 16 | be16(i + 2) }
        if b.count >= 24, b.starts(with: [0x89, 0x50, 0x4E, 0x47]) {
            return (be32(16), be32(20))
        }
        if b.count >= 10, b.starts(with: Array("GIF8".utf8)) {
            return (Int(b[6]) | Int(b[7]) << 8, Int(b[8]) | Int(b[9]) << 8)
        }
        if b.count >= 4, b[0] == 0xFF, b[1] == 0xD8 {
            var i = 2
            while i + 9 < b.count, b[i] == 0xFF {
                let marker = b[i + 1]
                if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                    return (be16(i + 7), be16(i + 5))
                }
                i += 2 + be16(i + 2)
            }
        }
        return nil
    }
}
