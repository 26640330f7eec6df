import Foundation
import Testing

/// No file or network address is opened because a document asked for it: a loopback listener
/// stands where every reference points, and must see no connection at all.
struct NoOutsideAccessTests {
    /// A TCP listener on 127.0.0.1 that counts connection attempts without serving them.
    final class LoopbackListener {
        let socket: Int32
        let port: UInt16

        init() throws {
            let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = 0
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard bound == 0, listen(socket, 16) == 0 else { throw POSIXError(.EADDRINUSE) }
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            _ = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
            }
            _ = fcntl(socket, F_SETFL, fcntl(socket, F_GETFL) | O_NONBLOCK)
            self.socket = socket
            port = UInt16(bigEndian: address.sin_port)
        }

        deinit { close(socket) }

        /// How many connections are waiting to be accepted.
        func connectionCount() -> Int {
            var count = 0
            while true {
                let connection = accept(socket, nil, nil)
                if connection < 0 { return count }
                close(connection)
                count += 1
            }
        }
    }

    @Test("DTDs, entities, XInclude and schema locations open nothing")
    func noConnections() throws {
        let listener = try LoopbackListener()
        let base = "http://127.0.0.1:\(listener.port)"
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let organisation = #"<organisation kind="hospital"><name>Ziekenhuis</name></organisation>"#
        let documents = [
            "external-dtd.xml": #"<!DOCTYPE register SYSTEM "\#(base)/register.dtd"><register xmlns="urn:govreg:register:1" xml:lang="nl">\#(organisation)</register>"#,
            "external-entity.xml": #"<!DOCTYPE register [<!ENTITY remote SYSTEM "\#(base)/entity.xml">]><register xmlns="urn:govreg:register:1" xml:lang="nl">&remote;</register>"#,
            "parameter-entity.xml": #"<!DOCTYPE register [<!ENTITY % remote SYSTEM "\#(base)/p.dtd"> %remote;]><register xmlns="urn:govreg:register:1" xml:lang="nl"/>"#,
            "xinclude.xml": #"<register xmlns="urn:govreg:register:1" xmlns:xi="http://www.w3.org/2001/XInclude" xml:lang="nl"><xi:include href="\#(base)/parties.xml"/></register>"#,
            "schema-location.xml": #"<register xmlns="urn:govreg:register:1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:govreg:register:1 \#(base)/register.xsd" xml:lang="nl">\#(organisation)</register>"#,
            "no-namespace-schema.xml": #"<agreement xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="\#(base)/agreement.xsd" id="a" vendor="v"/>"#,
            "schema-location-valid.xml": try String(contentsOf: GovregProcess.packageRoot.appending(path: "Samples/agreements/lab-systeem.xml"), encoding: .utf8)
                .replacingOccurrences(of: "xmlns=\"urn:govreg:register:1\"", with: "xmlns=\"urn:govreg:register:1\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"urn:govreg:register:1 \(base)/agreement.xsd\""),
            // The instruction for XML editors names a schema; govreg validates with its own.
            "xml-model-valid.xml": try String(contentsOf: GovregProcess.packageRoot.appending(path: "Samples/agreements/lab-systeem.xml"), encoding: .utf8)
                .replacingOccurrences(of: "href=\"../../Schemas/agreement.xsd\"", with: "href=\"\(base)/agreement.xsd\""),
        ]
        for (name, text) in documents {
            try text.write(to: folder.appending(path: name), atomically: true, encoding: .utf8)
        }
        let outcome = try GovregProcess.run(["validate", "--lang", "en"] + documents.keys.sorted().map { folder.appending(path: $0).path })

        #expect(listener.connectionCount() == 0)
        #expect(outcome.status == 1)
        // The valid agreement with a schemaLocation validates against govreg's own schema.
        #expect(outcome.stdout.contains("schema-location-valid.xml: valid"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("xml-model-valid.xml: valid"), "\(outcome.stdout)")
        #expect(documents["xml-model-valid.xml"]?.contains("<?xml-model href=\"\(base)/agreement.xsd\"") == true)
        #expect(outcome.stderr.split(separator: "\n").count >= documents.count - 2)
    }
}
