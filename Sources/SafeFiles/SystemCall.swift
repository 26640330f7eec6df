import CSystemSupport
import SystemPackage

/// C calls that report failure with -1 and errno, turned into thrown `Errno`s.
enum SystemCall {
    /// The reason of the C call that just failed.
    static var lastError: Errno {
        Errno(rawValue: govreg_errno())
    }

    /// Runs a C call, retrying when a signal interrupts it; throws its errno when it returns -1.
    @discardableResult
    static func check(_ call: () -> Int32) throws(Errno) -> Int32 {
        while true {
            let result = call()
            if result != -1 { return result }
            let reason = lastError
            if reason != .interrupted { throw reason }
        }
    }

    /// Runs a swift-system call, whose errors are always `Errno`.
    static func run<T>(_ call: () throws -> T) throws(Errno) -> T {
        do {
            return try call()
        } catch let error as Errno {
            throw error
        } catch {
            throw Errno.ioError
        }
    }
}
