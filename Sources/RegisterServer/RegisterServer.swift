public import Foundation
public import GovernanceRegister
import Hummingbird
import Logging
import NIOCore

/// `govreg serve`: the register as a local web application. Every page is made from the file as
/// it is at that moment, so a change made on the command line or in another browser shows on the
/// next page load; every change goes through the same editing layer, lock and checks as the
/// command line. Safe by default: loopback only, a secret token in the address, the Host header
/// checked against DNS rebinding, a form key against cross-site requests, and a strict
/// Content-Security-Policy (no scripts at all; the pages work without them).
public struct RegisterServer: Sendable {
    public struct Settings: Sendable {
        public let register: String
        public let address: String
        public let port: Int
        /// The secret in the address printed at start.
        public let token: String
        /// For an address other than loopback: the password every request must give (HTTP basic
        /// authentication, with any user name).
        public let password: String?
        /// The date that counts as today, for reproducible pages.
        public let asOf: CalendarDate?
        public let language: Language?

        public init(register: String, address: String = "127.0.0.1", port: Int = 8700, token: String = RegisterServer.newSecret(), password: String? = nil, asOf: CalendarDate? = nil, language: Language? = nil) {
            self.register = register
            self.address = address
            self.port = port
            self.token = token
            self.password = password
            self.asOf = asOf
            self.language = language
        }
    }

    /// 32 random bytes as hex.
    public static func newSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    let settings: Settings
    let pages: ServerPages

    public init(settings: Settings) {
        self.settings = settings
        pages = ServerPages(settings: settings, formKey: RegisterServer.newSecret())
    }

    /// Whether `address` is this computer only (no password needed there).
    public static func isLoopback(_ address: String) -> Bool {
        ["127.0.0.1", "::1", "localhost"].contains(address)
    }

    /// The address to open, with the token, as printed at start.
    public var startAddress: String {
        let host = settings.address.contains(":") ? "[\(settings.address)]" : settings.address
        return "http://\(host):\(settings.port)/?token=\(settings.token)"
    }

    /// The Host header values a request may carry: the address listened on, and the loopback
    /// names for a loopback address.
    var allowedHosts: Set<String> {
        var hosts: Set<String> = [settings.address, "[\(settings.address)]"]
        if RegisterServer.isLoopback(settings.address) { hosts.formUnion(["127.0.0.1", "localhost", "[::1]"]) }
        return Set(hosts.map { "\($0):\(settings.port)" })
    }

    /// Runs until the process is stopped.
    public func run(onStart: @escaping @Sendable () -> Void) async throws {
        let router = Router()
        router.add(middleware: SecurityMiddleware(token: settings.token, password: settings.password, allowedHosts: allowedHosts, language: settings.language))
        let pages = self.pages
        router.get("/") { request, _ in pages.site(page: "index.html", request: request) }
        router.get("/style/:name") { _, context in pages.style(context.parameters.get("name") ?? "") }
        router.get("/:page") { request, context in
            pages.site(page: context.parameters.get("page") ?? "", request: request)
        }
        router.get("/edit") { request, _ in pages.editForm(request: request) }
        router.get("/raci-edit") { _, _ in pages.raciForm() }
        router.get("/upload") { _, _ in pages.uploadForm() }
        router.post("/upload") { request, context in try await pages.checkUpload(request, context: context) }
        router.post("/upload/import") { request, context in try await pages.importUpload(form: ServerPages.form(request, context: context)) }
        router.post("/raci-edit") { request, context in try await pages.saveRaci(form: ServerPages.form(request, context: context)) }
        router.get("/download/:file") { _, context in pages.download(context.parameters.get("file") ?? "") }
        router.post("/edit") { request, context in try await pages.save(form: ServerPages.form(request, context: context), action: .edit) }
        router.post("/add") { request, context in try await pages.save(form: ServerPages.form(request, context: context), action: .add) }
        router.post("/remove") { request, context in try await pages.save(form: ServerPages.form(request, context: context), action: .remove) }
        var logger = Logger(label: "govreg")
        logger.logLevel = .warning
        let app = Application(router: router, configuration: ApplicationConfiguration(address: .hostname(settings.address, port: settings.port), serverName: "govreg"),
                              onServerRunning: { _ in onStart() }, logger: logger)
        try await app.runService()
    }
}
