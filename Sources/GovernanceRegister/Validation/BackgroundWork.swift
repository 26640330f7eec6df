import Foundation

/// Work that reads a document tree on a second thread while the caller goes on; `result()` joins
/// that thread. Both threads may read the tree (libxml2 validating it, say); neither may change it.
final class BackgroundWork<Value> {
    private let outcome = Outcome<Value>()
    private var thread: pthread_t?

    init(reading root: XMLElementView, _ work: @escaping (XMLElementView) -> Value) {
        let outcome = outcome
        let job = Job { outcome.value = work(root) }
        let context = Unmanaged.passRetained(job).toOpaque()
        var created = pthread_t()
        let status = pthread_create(&created, nil, { context in
            Unmanaged<Job>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, context)
        if status == 0 {
            thread = created
        } else {
            // No second thread to be had: do the work here, before the caller goes on.
            Unmanaged<Job>.fromOpaque(context).release()
            job.run()
        }
    }

    /// Never leaves the thread reading a tree its owner may free next.
    deinit {
        if let thread { pthread_join(thread, nil) }
    }

    /// The work's result, once its thread has finished.
    func result() -> Value {
        if let thread {
            pthread_join(thread, nil)
            self.thread = nil
        }
        return outcome.value!
    }
}

/// Where the thread leaves the result.
private final class Outcome<Value> {
    var value: Value?
}

/// The work as the thread's entry point receives it.
private final class Job {
    let run: () -> Void

    init(_ run: @escaping () -> Void) {
        self.run = run
    }
}
