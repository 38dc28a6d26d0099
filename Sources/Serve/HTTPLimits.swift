/// The bounds that keep a slow, silent or greedy client from costing the others anything.
/// Tests shorten the deadlines; `minhbach serve` uses the defaults.
public struct HTTPLimits: Sendable, Equatable {
    /// A request head larger than this is refused (431); browsers send about 1 KB.
    public var headBytes: Int
    /// How long a client has, from its connection, to send its whole head (then 408).
    public var headMilliseconds: Int
    /// How many connections may wait at once (sending their head, or being closed after their
    /// response); beyond it the oldest are closed. Each costs a descriptor and at most
    /// `headBytes` of memory, never a thread.
    public var waitingConnections: Int
    /// The bound on each blocking write of a response, so a client that stops reading frees
    /// its handler.
    public var writeSeconds: Int

    public init(headBytes: Int = 8 * 1024, headMilliseconds: Int = 10_000, waitingConnections: Int = 512, writeSeconds: Int = 10) {
        self.headBytes = headBytes
        self.headMilliseconds = headMilliseconds
        self.waitingConnections = waitingConnections
        self.writeSeconds = writeSeconds
    }
}
