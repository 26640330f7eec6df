import Synchronization

/// A flag one thread raises and others poll, without a lock.
public final class StopSignal: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    public func raise() {
        flag.store(true, ordering: .relaxed)
    }

    public var isRaised: Bool {
        flag.load(ordering: .relaxed)
    }
}
