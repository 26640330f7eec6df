import Foundation

/// Work that reads a document tree on a second thread while the caller goes on; `result()` waits
/// for it. Both threads may read the tree (libxml2 validating it, say); neither may change it.
public final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    // Written by the worker before it signals `finished`; read only after waiting for that signal.
    private var value: Value?
    private let finished = DispatchSemaphore(value: 0)
    private var waited = false

    public init(reading root: XMLElementView, _ work: @escaping @Sendable (XMLElementView) -> Value) {
        let tree = ReadOnlyTree(root: root)
        Thread.detachNewThread {
            LibXML.prepare()
            self.value = work(tree.root)
            self.finished.signal()
        }
    }

    /// Never leaves the worker reading a tree its owner may free next.
    deinit {
        if !waited { finished.wait() }
    }

    /// The work's result, once it is done.
    public func result() -> Value {
        if !waited {
            finished.wait()
            waited = true
        }
        return value!
    }
}

/// A tree that two threads only read, carried across to the worker: the one place where the
/// compiler's check that values shared between threads are safe to share is set aside.
private struct ReadOnlyTree: @unchecked Sendable {
    let root: XMLElementView
}
