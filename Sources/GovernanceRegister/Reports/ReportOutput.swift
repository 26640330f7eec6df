public import SafeFiles

/// Writes report output: a file replaced in one step, so a reader never sees half a report and an
/// interrupted run leaves no half-written file (`AtomicFile`). A link is followed and kept, a file
/// keeps its permissions, a device or pipe (`/dev/stdout`, say) is written into as it is, and `-`
/// is standard output (`OutputFile`). A report site is replaced as a whole (`FolderReplacement`).
public enum ReportOutput {
    public static func write(_ bytes: [UInt8], to path: String, readFrom input: String? = nil) throws(GovregError) {
        try write(to: path, readFrom: input) { emit in emit(bytes) }
    }

    /// The same for text, written as UTF-8 straight from the string a megabyte at a time: a
    /// calendar of 300 MB is not first copied whole.
    public static func write(_ text: String, to path: String, readFrom input: String? = nil) throws(GovregError) {
        var text = text
        try write(to: path, readFrom: input) { emit in
            text.withUTF8 { utf8 in
                for start in stride(from: 0, to: utf8.count, by: 1 << 20) {
                    emit(Array(utf8[start..<min(start + 1 << 20, utf8.count)]))
                }
            }
        }
    }

    /// The same for output made in pieces, written as they come: `produce` hands each to `emit`.
    static func write(to path: String, readFrom input: String? = nil, produce: AtomicFile.Producer) throws(GovregError) {
        if let input, OutputFile.isSameFile(path, input) { throw .outputIsInput(path: path) }
        do { try OutputFile.write(to: path, produce: produce) } catch { throw .file(error) }
    }

    /// Writes out what is still buffered for standard output (what `print` wrote); a full disk or
    /// a closed pipe is an error, never output silently lost.
    public static func finishStandardOutput() throws(GovregError) {
        do { try OutputFile.finishStandardOutput() } catch { throw .file(error) }
    }

    /// Writes a new file; refuses when anything has that name already.
    public static func create(_ text: String, at path: String) throws(GovregError) {
        do { try AtomicFile.create(path, bytes: Array(text.utf8)) } catch { throw .file(error) }
    }

    /// Writes the pages of a report site into `folder` in one step: the folder holds the old site
    /// or the new one, never a mix.
    public static func writeSite(_ pages: [String: [UInt8]], to folder: String) throws(GovregError) {
        do { try FolderReplacement.replace(folder, with: pages.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }) } catch { throw .file(error) }
    }
}
