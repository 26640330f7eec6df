import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `transform` of each element, in order, worked out on every core: a report of 100,000
    /// agreements makes each agreement's part on its own, and the validation before it has
    /// already used both cores. Arrays shorter than `atLeast` are mapped as they are.
    func mapOnEveryCore<Result: Sendable>(atLeast: Int = 512, _ transform: @Sendable (Element) -> Result) -> [Result] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard cores > 1, count >= Swift.max(atLeast, 2) else { return map(transform) }
        let count = self.count
        // A few pieces per core, so that one slow piece does not leave the other cores idle.
        let pieces = Swift.min(count, cores * 4)
        return [Result](unsafeUninitializedCapacity: count) { output, initialized in
            let results = UncheckedAddress(output.baseAddress!)
            withUnsafeBufferPointer { input in
                let elements = UncheckedAddress(UnsafeMutablePointer(mutating: input.baseAddress!))
                DispatchQueue.concurrentPerform(iterations: pieces) { piece in
                    for index in (piece * count / pieces)..<((piece + 1) * count / pieces) {
                        (results.pointer + index).initialize(to: transform(elements.pointer[index]))
                    }
                }
            }
            initialized = count
        }
    }
}

/// An address the pieces of `mapOnEveryCore` share: each reads its own elements and writes its
/// own results, never another piece's.
private struct UncheckedAddress<Pointee>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Pointee>

    init(_ pointer: UnsafeMutablePointer<Pointee>) {
        self.pointer = pointer
    }
}
