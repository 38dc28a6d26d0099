/// A 64-bit digest of a file's bytes that every process computes alike (Swift's `Hasher` is
/// seeded anew in each): it tells a file read again from the one read first, and the parts of a
/// sharded build, run as separate processes, that they were made from the same files. A guard
/// against mistakes (a file edited during a build), not against forgery.
///
/// Eight bytes at a time, each step a bijection of the running value for a given word (xor,
/// multiplication by an odd number, xor with its own high half): two inputs of one length that
/// differ in a single word never give the same digest.
public enum ByteDigest {
    public static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            var value = 0x9e37_79b9_7f4a_7c15 ^ UInt64(raw.count)
            var offset = 0
            while offset + 8 <= raw.count {
                value = mix(value ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
                offset += 8
            }
            var tail: UInt64 = 0
            for index in offset..<raw.count { tail |= UInt64(raw[index]) << (8 * UInt64(index - offset)) }
            return mix(mix(value ^ tail))
        }
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        let product = value &* 0x9fb2_1c65_1e98_df25
        return product ^ (product >> 32)
    }
}
