import Foundation
import GovernanceRegister
import Hummingbird
import HTTPTypes

/// What every request passes before it reaches a page: a Host header naming this server (so a
/// page of another site cannot reach it through DNS rebinding), and the secret token, from the
/// address printed at start or from the cookie that address sets. Every response carries a strict
/// Content-Security-Policy and is never cached.
struct SecurityMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: String
    let password: String?
    let allowedHosts: Set<String>
    let language: Language?

    static var cookieName: String { "govreg_token" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let w = Wording(language ?? .dutch)
        let host = request.head.authority ?? request.headers[.init("Host")!] ?? ""
        guard allowedHosts.contains(host.lowercased()) else {
            return SecurityMiddleware.secured(ServerPages.plain(.misdirectedRequest, w("This server answers only to its own address.", "Deze server antwoordt alleen op zijn eigen adres.")))
        }
        // Beyond this computer, a password too, asked by the browser itself.
        if let password {
            let given = request.headers[.authorization].flatMap { header -> String? in
                guard header.hasPrefix("Basic "), let data = Data(base64Encoded: String(header.dropFirst(6))) else { return nil }
                return String(decoding: data, as: UTF8.self).split(separator: ":", maxSplits: 1).dropFirst().first.map(String.init)
            }
            guard let given, SecurityMiddlewareKeys.same(given, password) else {
                var response = ServerPages.plain(.unauthorized, w("Give the password govreg serve was started with.", "Geef het wachtwoord waarmee govreg serve is gestart."))
                response.headers[.wwwAuthenticate] = "Basic realm=\"govreg\", charset=\"UTF-8\""
                return SecurityMiddleware.secured(response)
            }
        }
        if let given = request.uri.queryParameters["token"].map(String.init) {
            guard SecurityMiddlewareKeys.same(given, token) else {
                return SecurityMiddleware.secured(ServerPages.plain(.forbidden, w("Wrong token; open the address govreg serve printed.", "Verkeerd token; open het adres dat govreg serve liet zien.")))
            }
            // The token moves from the address into a cookie only this site sends.
            let rest = (request.uri.query ?? "").split(separator: "&").filter { !$0.hasPrefix("token=") }.joined(separator: "&")
            let location = (request.uri.path.isEmpty ? "/" : request.uri.path) + (rest.isEmpty ? "" : "?" + rest)
            var response = Response(status: .seeOther, headers: [.location: location])
            response.headers[.setCookie] = "\(SecurityMiddleware.cookieName)=\(token); Path=/; HttpOnly; SameSite=Strict"
            return SecurityMiddleware.secured(response)
        }
        guard let cookie = request.cookies[SecurityMiddleware.cookieName]?.value, SecurityMiddlewareKeys.same(cookie, token) else {
            return SecurityMiddleware.secured(ServerPages.plain(.unauthorized, w("Open the address with the token that govreg serve printed when it started.",
                                                                                 "Open het adres met het token dat govreg serve liet zien bij het starten.")))
        }
        if request.method == .post, let origin = request.headers[.origin], !allowedHosts.contains(where: { origin.lowercased() == "http://" + $0 }) {
            return SecurityMiddleware.secured(ServerPages.plain(.forbidden, w("A form from another site is refused.", "Een formulier van een andere site wordt geweigerd.")))
        }
        return SecurityMiddleware.secured(try await next(request, context))
    }

    static func secured(_ response: Response) -> Response {
        var response = response
        response.headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        response.headers[.init("X-Content-Type-Options")!] = "nosniff"
        // Not no-referrer: with it a browser posts its forms with the origin "null", which is refused.
        response.headers[.init("Referrer-Policy")!] = "same-origin"
        response.headers[.cacheControl] = "no-store"
        return response
    }
}
