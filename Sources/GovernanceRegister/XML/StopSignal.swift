import CLibXML2

/// A flag one thread raises and others poll, without a lock.
final class StopSignal: @unchecked Sendable {
    private let flag = UnsafeMutablePointer<Int32>.allocate(capacity: 1)

    init() {
        flag.initialize(to: 0)
    }

    deinit {
        flag.deallocate()
    }

    func raise() {
        govreg_raise_flag(flag)
    }

    var isRaised: Bool {
        govreg_flag_is_raised(flag) != 0
    }
}
