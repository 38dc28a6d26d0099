import Foundation
import Glibc

/// `renameat2(…, RENAME_EXCHANGE)`: two paths swapped in one step, so that the output path holds
/// the old site or the new one at every instant. Swift's Glibc module does not declare
/// `renameat2` (glibc declares it only under `_GNU_SOURCE`), and `syscall` is variadic, which
/// Swift cannot call; so the wrapper glibc has exported since 2.28 is looked up by name once.
/// Without it (an older C library, or not Linux) the exchange is reported unsupported.
enum RenameExchange {
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// `RENAME_EXCHANGE` of `<linux/fs.h>`.
    private static let exchangeFlag: UInt32 = 1 << 1

    private static let renameat2: RenameAt2? = {
        #if os(Linux)
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
        return nil
        #endif
    }()

    static func exchange(_ first: String, _ second: String) throws(POSIXError) {
        guard let renameat2 else { throw POSIXError(.ENOSYS) }
        try DiskOperations.check(renameat2(AT_FDCWD, first, AT_FDCWD, second, exchangeFlag))
    }

    /// The errors that say the system or the file system cannot exchange, rather than that
    /// something is wrong with the paths.
    static func isUnsupported(_ error: POSIXError) -> Bool {
        [POSIXErrorCode.EINVAL, .ENOSYS, .EOPNOTSUPP].contains(error.code)
    }
}
