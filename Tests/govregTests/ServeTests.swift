import Foundation
import Testing

/// `govreg serve` over real HTTP, as a browser talks to it (with curl): the token, the Host
/// header, the form key, the pages, the forms, stale forms and invalid saves, with the file on
/// disk checked after each.
@Suite(.serialized) struct ServeTests {
    static let token = "0123456789abcdef0123456789abcdef"

    /// A running `govreg serve` on a copy of the GP practice's register.
    final class Server: @unchecked Sendable {
        let folder: URL
        let file: URL
        let port: Int
        let process: Process
        let original: String

        let address: String

        init(sample: String = "gp-practice", address: String = "127.0.0.1", environment: [String: String] = [:]) throws {
            self.address = address
            folder = try GovregProcess.temporaryFolder()
            file = folder.appending(path: "register.xml")
            try FileManager.default.copyItem(at: GovregProcess.packageRoot.appending(path: "Samples/registers/\(sample).xml"), to: file)
            original = try String(contentsOf: file, encoding: .utf8)
            port = Int.random(in: 20000...60000)
            process = Process()
            process.executableURL = GovregProcess.executable
            process.arguments = ["serve", file.path, "--port", String(port), "--as-of", "2026-12-01", "--listen", address]
            process.environment = ProcessInfo.processInfo.environment.merging(["GOVREG_TOKEN": ServeTests.token].merging(environment) { $1 }) { $1 }
            let log = folder.appending(path: "serve.log")
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            process.standardOutput = try FileHandle(forWritingTo: log)
            process.standardError = process.standardOutput
            try process.run()
            // Ready once it prints its address (up to 20 s: a busy machine starts it slowly).
            for _ in 0..<400 where !((try? String(contentsOf: log, encoding: .utf8))?.contains("token=") ?? false) {
                usleep(50_000)
            }
        }

        var text: String { (try? String(contentsOf: file, encoding: .utf8)) ?? "" }

        struct Reply {
            let status: Int
            let headers: String
            let body: String
        }

        /// A request with curl: the cookie the token sets unless told otherwise, extra headers,
        /// and form fields to post.
        func request(_ path: String, cookie: Bool = true, headers: [String] = [], form: [(String, String)]? = nil, upload: [String] = []) throws -> Reply {
            var arguments = ["-s", "-D", "-", "--max-time", "20"]
            for field in upload { arguments += ["-F", field] }
            if cookie { arguments += ["--cookie", "govreg_token=\(ServeTests.token)"] }
            for header in headers { arguments += ["-H", header] }
            for (name, value) in form ?? [] { arguments += ["--data-urlencode", "\(name)=\(value)"] }
            arguments.append("http://\(address):\(port)\(path)")
            let curl = Process()
            curl.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
            curl.arguments = arguments
            let output = Pipe()
            curl.standardOutput = output
            try curl.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            curl.waitUntilExit()
            let reply = String(decoding: data, as: UTF8.self)
            let parts = reply.components(separatedBy: "\r\n\r\n")
            let head = parts.first ?? ""
            let status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
            return Reply(status: status, headers: head, body: parts.dropFirst().joined(separator: "\r\n\r\n"))
        }

        /// The hidden fields of the first form of a page.
        func stamp(of page: String) -> [(String, String)] {
            ["path", "version", "formkey"].map { name in
                let marker = "name=\"\(name)\" value=\""
                let value = page.components(separatedBy: marker).dropFirst().first?.prefix { $0 != "\"" } ?? ""
                return (name, String(value).replacingOccurrences(of: "&#39;", with: "'"))
            }
        }

        deinit {
            process.terminate()
            process.waitUntilExit()
            try? FileManager.default.removeItem(at: folder)
        }
    }

    @Test("without the token, with a wrong token, or with another site's Host header, nothing is shown")
    func refusedRequests() throws {
        let server = try Server()
        #expect(try server.request("/", cookie: false).status == 401)
        #expect(try server.request("/?token=wrong", cookie: false).status == 403)
        let first = try server.request("/?token=\(Self.token)", cookie: false)
        #expect(first.status == 303)
        #expect(first.headers.contains("set-cookie: govreg_token=\(Self.token); Path=/; HttpOnly; SameSite=Strict") || first.headers.contains("Set-Cookie: govreg_token=\(Self.token); Path=/; HttpOnly; SameSite=Strict"))
        let rebinding = try server.request("/", headers: ["Host: attacker.example:\(server.port)"])
        #expect(rebinding.status == 421)
        #expect(!rebinding.body.contains("Zilverlinde"))
        let page = try server.request("/edit?path=systems/system%5Bkis%5D")
        let crossSite = try server.request("/edit", headers: ["Origin: http://attacker.example"], form: server.stamp(of: page.body) + [("f:@criticality", "low")])
        #expect(crossSite.status == 403)
        let noKey = try server.request("/edit", form: server.stamp(of: page.body).filter { $0.0 != "formkey" } + [("f:@criticality", "low")])
        #expect(noKey.status == 403)
        #expect(server.text == server.original)
    }

    @Test("every page of the site is the live register, with a strict Content-Security-Policy and no inline style or script")
    func pages() throws {
        let server = try Server()
        for page in ["/", "/raci.html", "/agreements.html", "/reviews.html", "/continuity.html", "/cards.html", "/agreement-dvo-his-dossierhuis-2024.html", "/edit"] {
            let reply = try server.request(page)
            #expect(reply.status == 200, "\(page)")
            #expect(reply.body.contains("Zilverlinde"), "\(page)")
            #expect(reply.headers.lowercased().contains("content-security-policy: default-src 'none'; style-src 'self'"), "\(page)")
            #expect(!reply.body.contains("<style") && !reply.body.contains("<script"), "\(page)")
        }
        let sheet = try #require(try server.request("/").body.components(separatedBy: "href=\"/style/").dropFirst().first?.prefix { $0 != "\"" })
        let css = try server.request("/style/" + sheet)
        #expect(css.status == 200)
        #expect(css.body.contains("font-family"))
        let csv = try server.request("/download/raci.csv")
        #expect(csv.status == 200)
        #expect(csv.body.contains("Storing melden bij de leverancier"))
        #expect(try server.request("/download/reviews.ics").body.hasPrefix("BEGIN:VCALENDAR"))
        let cards = try server.request("/download/cards.html")
        #expect(cards.status == 200)
        #expect(cards.headers.lowercased().contains("content-disposition: attachment; filename=\"cards.html\""))
        #expect(cards.body.contains("+31 85 620 4300"))
        #expect(try server.request("/download/raci.json").body.contains("\"storing-melden\""))
        #expect(try server.request("/download/register.xml").status == 404)
        // A change made on the command line shows on the next page load.
        #expect(try GovregProcess.run(["system", "change", server.file.path, "kis", "--name", "KIS van de zorggroep"]).status == 0)
        #expect(try server.request("/continuity.html").body.contains("KIS van de zorggroep"))
    }

    @Test("a form follows the schema, saves through the editing layer, and says what changed; an invalid save writes nothing")
    func forms() throws {
        let server = try Server()
        let page = try server.request("/edit?path=systems/system%5Bkis%5D").body
        #expect(page.contains("<label for=\"field-1\">Hoe kritiek het systeem is voor de zorg *</label>"))
        #expect(page.contains("<option value=\"high\" selected=\"selected\">hoog (high)</option>"))
        #expect(page.contains("<option value=\"ketenpunt\" selected=\"selected\">Ketenpunt Zorgsoftware B.V. (ketenpunt)</option>"))
        #expect(page.contains("<input type=\"number\" min=\"0\" name=\"f:maxDowntime\" id=\"field-5\" value=\"1\" />"))
        let saved = try server.request("/edit", form: server.stamp(of: page) + [("f:maxDowntime", "6"), ("u:maxDowntime", "uur")])
        #expect(saved.status == 200)
        #expect(saved.body.contains("<li>systeem kis: maximale uitvaltijd: 1 dag -&gt; 6 uur</li>"))
        #expect(server.text.contains("<maxDowntime>PT6H</maxDowntime>"))
        #expect(FileManager.default.fileExists(atPath: server.file.path + ".bak"))

        // A new name, with every field of the form sent (the empty id among them): the old name's
        // key is kept as the id, so the calendar's events stay the same.
        let organisation = try server.request("/edit?path=organisation").body
        #expect(organisation.contains("name=\"f:@id\""))
        let renamed = try server.request("/edit", form: server.stamp(of: organisation) + [("f:name", "Gezondheidscentrum Lingehaven"), ("f:@id", "")])
        #expect(renamed.status == 200)
        #expect(server.text.contains("<organisation kind=\"gp-practice\" id=\"huisartsenpraktijk-de-zilverlinde\">"), "\(server.text.prefix(2000))")

        // P1 may not take longer to respond than to restore (GR003): refused, next to the form.
        let priority = try server.request("/edit?path=agreements/agreement%5Bkis-ketenpunt-2025%5D/serviceLevels/priority%5BP1%5D").body
        let before = server.text
        let invalid = try server.request("/edit", form: server.stamp(of: priority) + [("f:responseTime", "12"), ("u:responseTime", "uur")])
        #expect(invalid.status == 422)
        #expect(invalid.body.contains("Niet opgeslagen"))
        #expect(invalid.body.contains("[GR003]") || invalid.body.contains("reactietijd"), "\(invalid.body)")
        #expect(server.text == before)
        // What was entered stays in the form, to correct rather than type again.
        #expect(invalid.body.contains("name=\"f:responseTime\" id=\"field-2\" value=\"12\""), "\(invalid.body)")

        // A value that is no time at all: explained beside its own field, in words.
        let unreadable = try server.request("/edit", form: server.stamp(of: priority) + [("f:updateInterval", "soms"), ("u:updateInterval", "")])
        #expect(unreadable.status == 422)
        let field = try #require(unreadable.body.components(separatedBy: "name=\"f:updateInterval\"").dropFirst().first?.components(separatedBy: "</div>").first)
        #expect(field.contains("<p class=\"needed\">"), "\(unreadable.body)")
        #expect(field.contains("soms"), "\(field)")
        #expect(server.text == before)
    }

    @Test("a form made from an older version of the file is refused with what changed since, and no change is lost")
    func staleForms() throws {
        let server = try Server()
        let first = try server.request("/edit?path=parties/party%5Bpraktijkit%5D").body
        let second = try server.request("/edit?path=parties/party%5Bpraktijkit%5D").body
        // Another browser saves first, then the command line changes the file too.
        #expect(try server.request("/edit", form: server.stamp(of: second) + [("f:description", "Tweede browser")]).status == 200)
        #expect(try GovregProcess.run(["holiday", "add", server.file.path, "24-12-2027", "Kerstavond"]).status == 0)
        let stale = try server.request("/edit", form: server.stamp(of: first) + [("f:description", "Eerste browser")])
        #expect(stale.status == 409)
        #expect(stale.body.contains("door iemand anders gewijzigd"))
        #expect(stale.body.contains("sindsdien gewijzigd: "), "\(stale.body)")
        #expect(server.text.contains("<description>Tweede browser</description>"))
        #expect(server.text.contains("Kerstavond"))
        // The refused form comes back with the current version: saved now, it keeps both other changes.
        #expect(try server.request("/edit", form: server.stamp(of: stale.body) + [("f:description", "Eerste browser")]).status == 200)
        #expect(server.text.contains("<description>Eerste browser</description>"))
        #expect(server.text.contains("Kerstavond"))
        #expect(try GovregProcess.run(["validate", server.file.path]).status == 0)
    }

    @Test("adding a part opens its form, made from the schema; what it still needs is marked beside each field; a part others refer to is not removed")
    func addAndRemove() throws {
        let server = try Server()
        let parties = try server.request("/edit?path=parties").body
        // The first time: the new party's form, its labels from the schema's documentation and
        // its kind a choice of the schema's values, nothing marked yet.
        let asked = try server.request("/add", form: server.stamp(of: parties) + [("part", "party"), ("key", "tandarts")])
        #expect(asked.status == 200)
        #expect(asked.body.contains("<h1>Toevoegen: Eén partij (tandarts)</h1>"), "\(asked.body)")
        #expect(asked.body.contains("<label for=\"field-0\">Soort partij *</label>\n<select name=\"f:@kind\" id=\"field-0\"><option value=\"\">— kies —</option><option value=\"internal\">intern (internal)</option><option value=\"vendor\">leverancier (vendor)</option><option value=\"care-partner\">zorgpartner (care-partner)</option><option value=\"authority\">instantie (authority)</option><option value=\"patients\">patiënten (patients)</option></select>"), "\(asked.body)")
        #expect(asked.body.contains("<label for=\"field-1\">Naam *</label>\n<textarea name=\"f:name\""))
        #expect(!asked.body.contains("Nog nodig"))
        #expect(!asked.body.contains("f:@id"), "the key is given already")
        // Without its kind: nothing written, the name kept, the kind marked.
        let before = server.text
        let short = try server.request("/add", form: server.stamp(of: asked.body) + [("part", "party"), ("key", "tandarts"), ("f:@kind", ""), ("f:name", "Tandartspraktijk De Linge")])
        #expect(short.status == 422)
        #expect(short.body.contains("<div class=\"field missing\"><label for=\"field-0\">Soort partij *</label>"), "\(short.body)")
        #expect(short.body.contains("<textarea name=\"f:name\" id=\"field-1\" rows=\"3\">Tandartspraktijk De Linge</textarea>"))
        #expect(server.text == before)
        let added = try server.request("/add", form: server.stamp(of: asked.body) + [("part", "party"), ("key", "tandarts"), ("f:name", "Tandartspraktijk De Linge"), ("f:@kind", "vendor")])
        #expect(added.status == 200, "\(added.body)")
        #expect(server.text.contains("<party id=\"tandarts\" kind=\"vendor\">\n      <name>Tandartspraktijk De Linge</name>\n    </party>"))
        // After the save, the new party's own form, to add its contact.
        #expect(added.body.contains("<code>parties/party[tandarts]</code>"), "\(added.body)")
        #expect(added.body.contains("<option value=\"contact\">"))

        let dossierhuis = try server.request("/edit?path=parties/party%5Bdossierhuis%5D").body
        let unchanged = server.text
        let refused = try server.request("/remove", form: server.stamp(of: dossierhuis))
        #expect(refused.status == 422)
        #expect(refused.body.contains("wordt nog verwezen"))
        #expect(server.text == unchanged)
    }

    @Test("a new agreement is one form: its term, service hours, a priority and the first escalation level in boxes, durations as a number and a unit")
    func newAgreementInOneForm() throws {
        let server = try Server()
        let root = try server.request("/edit?path=agreements").body
        let asked = try server.request("/add", form: server.stamp(of: root) + [("part", "agreement"), ("key", "dvo-apotheek-2027")])
        #expect(asked.status == 200)
        for legend in ["Looptijd", "Looptijd › Verlenging na de looptijd", "Het serviceniveau › Servicetijden › Een wekelijks servicevenster",
                       "Het serviceniveau › Eén prioriteit met haar tijden", "Het escalatiepad › Eén escalatieniveau › Wie u bij de leverancier op dit niveau belt › Telefoonnummer"] {
            #expect(asked.body.contains("<legend>\(legend)</legend>"), "\(legend)")
        }
        #expect(asked.body.contains("<select name=\"f:@vendor\""))
        #expect(asked.body.contains("<option value=\"dossierhuis\">Dossierhuis Huisartsensoftware B.V. (dossierhuis)</option>"))
        #expect(asked.body.contains("<input type=\"number\" min=\"0\" name=\"f:serviceLevels/priority/restoreTime\""))
        #expect(asked.body.contains("<input type=\"date\" name=\"f:term/start\""))
        let saved = try server.request("/add", form: server.stamp(of: asked.body) + [
            ("part", "agreement"), ("key", "dvo-apotheek-2027"), ("f:@vendor", "praktijkit"), ("f:title", "Waarneming"), ("f:systems/system/@ref", "his"),
            ("f:term/start", "2027-01-01"), ("f:term/initialTerm", "1"), ("u:term/initialTerm", "jaar"), ("f:term/renewal/@kind", ""),
            ("f:serviceLevels/serviceHours/window/@days", "ma-vr"), ("f:serviceLevels/serviceHours/window/@from", "17:00"), ("f:serviceLevels/serviceHours/window/@until", "24:00"),
            ("f:serviceLevels/priority/@name", "P1"), ("f:serviceLevels/priority/responseTime", "15"), ("u:serviceLevels/priority/responseTime", "min"),
            ("f:serviceLevels/priority/restoreTime", "2"), ("u:serviceLevels/priority/restoreTime", "uur"),
            ("f:escalation/level/@after", "0"), ("u:escalation/level/@after", "min"), ("f:escalation/level/name", "Regiecentrum"),
            ("f:escalation/level/contact/name", "Dienstdoende"), ("f:escalation/level/contact/phone", "+31 345 79 0000"),
        ])
        #expect(saved.status == 200, "\(saved.body)")
        #expect(saved.body.contains("<code>agreements/agreement[dvo-apotheek-2027]</code>"))
        #expect(server.text.contains("""
            <agreement id="dvo-apotheek-2027" vendor="praktijkit">
              <title>Waarneming</title>
              <systems>
                <system ref="his"/>
              </systems>
              <term>
                <start>2027-01-01</start>
                <initialTerm>P1Y</initialTerm>
              </term>
              <serviceLevels>
                <serviceHours>
                  <window days="mon tue wed thu fri" from="17:00" until="24:00"/>
                </serviceHours>
                <priority name="P1">
                  <responseTime>PT15M</responseTime>
                  <restoreTime>PT2H</restoreTime>
                </priority>
              </serviceLevels>
              <escalation>
                <level after="PT0S">
                  <name>Regiecentrum</name>
                  <contact>
                    <name>Dienstdoende</name>
                    <phone>+31 345 79 0000</phone>
                  </contact>
                </level>
              </escalation>
            </agreement>
        """), "\(server.text)")
        #expect(try GovregProcess.run(["validate", server.file.path]).status == 0)
    }

    @Test("two browsers and a command-line writer at once lose no change: a stale form is refused, reloaded and saved")
    func twoBrowsersAndTheCommandLine() throws {
        let server = try Server()
        let rounds = 8
        DispatchQueue.concurrentPerform(iterations: 3) { writer in
            for round in 0..<rounds {
                switch writer {
                case 0, 1:
                    // A browser: open the form of a holiday list, add one; on a stale form, reload and try again.
                    for _ in 0..<20 {
                        guard let page = try? server.request("/edit?path=holidays").body else { continue }
                        let day = String(format: "%02d", round + 1)
                        let month = writer == 0 ? "03" : "04"
                        let reply = try? server.request("/add", form: server.stamp(of: page) + [("part", "holiday"), ("key", "2031-\(month)-\(day)"), ("f:", "Browser \(writer) dag \(round)")])
                        if reply?.status == 200 { break }
                    }
                default:
                    _ = try? GovregProcess.run(["holiday", "add", server.file.path, "2031-05-\(String(format: "%02d", round + 1))", "Opdrachtregel dag \(round)"])
                }
            }
        }
        let text = server.text
        for round in 0..<rounds {
            #expect(text.contains(">Browser 0 dag \(round)<"), "browser 0, round \(round)")
            #expect(text.contains(">Browser 1 dag \(round)<"), "browser 1, round \(round)")
            #expect(text.contains(">Opdrachtregel dag \(round)<"), "command line, round \(round)")
        }
        #expect(try GovregProcess.run(["validate", server.file.path]).status == 0)
    }

    @Test("the RACI cells are chosen in the matrix itself, and the A moves from one party to another in one save")
    func raciCells() throws {
        let server = try Server()
        let page = try server.request("/raci-edit")
        #expect(page.status == 200)
        #expect(page.body.contains("<select name=\"cell:raci-continuiteit|storing-melden|praktijkmanager\" aria-label=\"Storing melden bij de leverancier: Praktijkmanager\">"))
        // Storing melden: the practice manager is A, the assistants R; swap them.
        let saved = try server.request("/raci-edit", form: server.stamp(of: page.body) + [
            ("cell:raci-continuiteit|storing-melden|praktijkmanager", "R"), ("cell:raci-continuiteit|storing-melden|assistentes", "A"),
            ("cell:raci-continuiteit|storing-melden|praktijkit", ""),
        ])
        #expect(saved.status == 200, "\(saved.body)")
        #expect(saved.body.contains("praktijkmanager: A -&gt; R"), "\(saved.body)")
        #expect(server.text.contains("<assignment party=\"praktijkmanager\" role=\"R\"/>\n        <assignment party=\"assistentes\" role=\"A\"/>"))
        #expect(!server.text.contains("<activity id=\"storing-melden\">") || !server.text.components(separatedBy: "<activity id=\"storing-melden\">")[1].components(separatedBy: "</activity>")[0].contains("praktijkit"))
        // Two A's are refused, and nothing is written.
        let before = server.text
        let twice = try server.request("/raci-edit", form: server.stamp(of: saved.body) + [("cell:raci-continuiteit|storing-melden|praktijkhouder", "A")])
        #expect(twice.status == 422)
        #expect(twice.body.contains("Niet opgeslagen"))
        #expect(server.text == before)
        // A new activity in the matrix's last row: its name, and a role per party.
        #expect(twice.body.contains("<input type=\"text\" name=\"new:raci-continuiteit\" id=\"new-raci-continuiteit\" />"))
        let added = try server.request("/raci-edit", form: server.stamp(of: saved.body) + [
            ("new:raci-continuiteit", "Back-up terugzetten"), ("newcell:raci-continuiteit|praktijkmanager", "A"), ("newcell:raci-continuiteit|dossierhuis", "R"),
            ("newcell:raci-continuiteit|assistentes", ""),
        ])
        #expect(added.status == 200, "\(added.body)")
        #expect(server.text.contains("""
              <activity id="back-up-terugzetten">
                <name>Back-up terugzetten</name>
                <assignment party="praktijkmanager" role="A"/>
                <assignment party="dossierhuis" role="R"/>
              </activity>
            </matrix>
        """), "\(server.text)")
        // Without someone who does the work it is refused, in words, and nothing is written.
        let unchanged = server.text
        let alone = try server.request("/raci-edit", form: server.stamp(of: added.body) + [("new:raci-continuiteit", "Alleen een A"), ("newcell:raci-continuiteit|praktijkmanager", "A")])
        #expect(alone.status == 422)
        #expect(alone.body.contains("geef de partij die het werk doet de rol R"), "\(alone.body)")
        #expect(server.text == unchanged)
    }

    @Test("the overview starts with what is most dangerous: the continuity gaps, then what is overdue")
    func overviewDangerFirst() throws {
        let server = try Server()
        let body = try server.request("/").body
        let list = try #require(body.components(separatedBy: "Wat aandacht vraagt, het gevaarlijkste eerst</h2>").dropFirst().first)
        let first = try #require(list.components(separatedBy: "<li").dropFirst().first)
        #expect(first.contains("class=\"overdue\""))
        #expect(first.contains("[CT"), "\(first)")
    }

    @Test("a vendor's file is uploaded, checked with its problems at their lines, previewed, and imported or left")
    func vendorFileUpload() throws {
        let server = try Server()
        let form = try server.request("/upload").body
        let key = try #require(server.stamp(of: form).first { $0.0 == "formkey" }?.1)
        let vendorFile = GovregProcess.packageRoot.appending(path: "Samples/agreements/his-dienstverlening.xml").path
        let checked = try server.request("/upload", upload: ["formkey=\(key)", "agreement=@\(vendorFile)"])
        #expect(checked.status == 200, "\(checked.body)")
        #expect(checked.body.contains("Wat importeren zou wijzigen"))
        #expect(server.text == server.original)
        let upload = try #require(checked.body.components(separatedBy: "name=\"upload\" value=\"").dropFirst().first?.prefix { $0 != "\"" })
        let version = try #require(checked.body.components(separatedBy: "name=\"version\" value=\"").dropFirst().first?.prefix { $0 != "\"" })
        let imported = try server.request("/upload/import", form: [("upload", String(upload)), ("version", String(version)), ("formkey", key)])
        #expect(imported.status == 200, "\(imported.body)")
        #expect(imported.body.contains("Opgeslagen"))
        #expect(try GovregProcess.run(["validate", server.file.path]).status == 0)

        // A file with an entity declaration is refused as validate refuses it, at its line.
        let hostile = server.folder.appending(path: "hostile.xml")
        try Data("<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<agreement xmlns=\"urn:govreg:register:1\">&x;</agreement>\n".utf8).write(to: hostile)
        let before = server.text
        let refused = try server.request("/upload", upload: ["formkey=\(key)", "agreement=@\(hostile.path)"])
        #expect(refused.status == 422)
        #expect(refused.body.contains("regel 2:"), "\(refused.body)")
        #expect(!refused.body.contains("root:"))
        #expect(server.text == before)
        // Larger than an agreement file can be: refused before it is read.
        let large = server.folder.appending(path: "large.xml")
        try Data(repeating: 0x20, count: 5 << 20).write(to: large)
        #expect(try server.request("/upload", upload: ["formkey=\(key)", "agreement=@\(large.path)"]).status == 413)
        #expect(try server.request("/upload", upload: ["formkey=wrong", "agreement=@\(vendorFile)"]).status == 403)
    }

    @Test("beyond loopback the server needs a password from the environment, and every request must give it")
    func passwordBeyondLoopback() throws {
        let folder = try GovregProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let refused = try GovregProcess.run(["serve", GovregProcess.packageRoot.appending(path: "Samples/registers/gp-practice.xml").path, "--listen", "127.0.0.2"], in: folder)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("GOVREG_PASSWORD"))
        let server = try Server(address: "127.0.0.2", environment: ["GOVREG_PASSWORD": "correct horse battery"])
        let none = try server.request("/")
        #expect(none.status == 401)
        #expect(none.headers.lowercased().contains("www-authenticate: basic"))
        #expect(try server.request("/", headers: ["Authorization: Basic " + Data("x:wrong password".utf8).base64EncodedString()]).status == 401)
        let right = try server.request("/", headers: ["Authorization: Basic " + Data("anyone:correct horse battery".utf8).base64EncodedString()])
        #expect(right.status == 200)
        #expect(right.body.contains("Zilverlinde"))
    }
}
