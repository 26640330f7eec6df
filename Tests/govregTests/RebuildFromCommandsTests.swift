import Foundation
import Testing
import GovernanceXML

/// A practice manager who never writes XML: the GP practice's whole register, made from
/// `govreg init` with govreg's commands only, reads the same in every report as the sample
/// written by hand. The commands are read off the sample, so every part of it is typed in.
@Suite struct RebuildFromCommandsTests {
    /// The commands a practice manager types, in order, to turn the starter register into the sample.
    private static func commands(for sample: XMLElementView, starter: XMLElementView, file: String) -> [[String]] {
        var commands: [[String]] = []
        func text(_ element: XMLElementView?, _ name: String) -> String? {
            element?.children.first { $0.localName == name }.map(\.text)
        }
        func named(_ element: XMLElementView?, _ name: String) -> [XMLElementView] {
            element?.children.filter { $0.localName == name } ?? []
        }
        func option(_ name: String, _ value: String?) -> [String] {
            value.map { ["--" + name, $0] } ?? []
        }
        func phones(_ contact: XMLElementView, as name: String = "phone") -> [String] {
            named(contact, "phone").flatMap { phone in ["--" + name, (phone.attributeNamed("use").map { $0 + "=" } ?? "") + phone.text] }
        }
        func emails(_ contact: XMLElementView, as name: String = "email") -> [String] {
            named(contact, "email").flatMap { ["--" + name, $0.text] }
        }
        /// `govreg add` by path for a part no named command covers: its attributes and the first
        /// child of each name as FIELD=VALUE, each further namesake by an `add` of its own.
        func copy(_ element: XMLElementView, to path: String) {
            var later: [(XMLElementView, String)] = []
            func fields(_ element: XMLElementView, _ prefix: String) -> [String] {
                var result = element.attributeNames.map { prefix + "@" + $0 + "=" + element.attributeNamed($0)! }
                if element.children.isEmpty, element.hasText { result.append(String(prefix.dropLast()) + "=" + element.text) }
                var seen: [String: Int] = [:]
                for child in element.children {
                    seen[child.localName, default: 0] += 1
                    if seen[child.localName] == 1 {
                        result += fields(child, prefix + child.localName + "/")
                    } else {
                        later.append((child, path + "/" + prefix + child.localName + "[\(seen[child.localName]!)]"))
                    }
                }
                return result
            }
            commands.append(["add", file, path] + fields(element, ""))
            for (child, childPath) in later { copy(child, to: childPath) }
        }
        func copyAll(_ names: Set<String>, of element: XMLElementView, at path: String) {
            var seen: [String: Int] = [:]
            for child in element.children where names.contains(child.localName) {
                seen[child.localName, default: 0] += 1
                copy(child, to: path + "/" + child.localName + "[\(seen[child.localName]!)]")
            }
        }
        let organisation = sample.children.first { $0.localName == "organisation" }
        commands.append(["organisation", file] + option("location", text(organisation, "location")) + option("time-zone", organisation?.attributeNamed("timeZone")))
        if let calendar = sample.children.first(where: { $0.localName == "holidays" })?.attributeNamed("calendar") {
            commands.append(["add", file, "holidays", "@calendar=\(calendar)"])
        }
        for holiday in named(sample.children.first { $0.localName == "holidays" }, "holiday") {
            commands.append(["holiday", "add", file, holiday.attributeNamed("date")!, holiday.text])
        }

        let starterParties = named(starter.children.first { $0.localName == "parties" }, "party")
        let parties = named(sample.children.first { $0.localName == "parties" }, "party")
        for party in parties {
            let id = party.attributeNamed("id")!
            if let existing = starterParties.first(where: { $0.attributeNamed("id") == id }) {
                commands.append(["party", "change", file, id, "--name", text(party, "name")!, "--kind", party.attributeNamed("kind")!,
                                 "--description", text(party, "description") ?? ""])
                for _ in named(existing, "contact") { commands.append(["contact", "remove", file, "1", "--party", id]) }
            } else {
                commands.append(["party", "add", file, id, "--kind", party.attributeNamed("kind")!, "--name", text(party, "name")!]
                                + option("description", text(party, "description")))
            }
            for contact in named(party, "contact") {
                commands.append(["contact", "add", file, "--party", id, "--name", text(contact, "name")!] + option("role", text(contact, "role"))
                                + phones(contact) + emails(contact) + option("reachable-24x7", contact.attributeNamed("reachable24x7")))
            }
        }

        let starterSystems = named(starter.children.first { $0.localName == "systems" }, "system")
        let systems = named(sample.children.first { $0.localName == "systems" }, "system")
        for system in systems {
            let id = system.attributeNamed("id")!
            let exists = starterSystems.contains { $0.attributeNamed("id") == id }
            let drills = system.children.first { $0.localName == "drills" }
            commands.append(["system", exists ? "change" : "add", file, id, "--name", text(system, "name")!, "--criticality", system.attributeNamed("criticality")!]
                            + option("vendor", system.attributeNamed("vendor")) + option("description", text(system, "description") ?? (exists ? "" : nil))
                            + option("max-downtime", text(system, "maxDowntime") ?? (exists ? "" : nil)) + option("fallback", text(system, "fallback") ?? (exists ? "" : nil))
                            + option("drill-interval", drills?.attributeNamed("interval")))
            for drill in named(drills, "drill") {
                commands.append(["drill", "add", file, drill.attributeNamed("date")!, "--system", id, "--outcome", drill.attributeNamed("outcome")!] + option("note", text(drill, "note")))
            }
        }

        // What a system depends on can be added once every system is there.
        for system in systems {
            copyAll(["recoveryPoint", "dependsOn", "backups"], of: system, at: "systems/system[\(system.attributeNamed("id")!)]")
        }

        let matrices = named(sample.children.first { $0.localName == "raci" }, "matrix")
        func assignments(_ activity: XMLElementView) -> [String] {
            named(activity, "assignment").flatMap { ["--assign", $0.attributeNamed("party")! + "=" + $0.attributeNamed("role")!] }
        }
        for matrix in matrices {
            let id = matrix.attributeNamed("id")!
            let activities = named(matrix, "activity")
            for (index, activity) in activities.enumerated() {
                let activityID = activity.attributeNamed("id")!
                if index == 0 {
                    commands.append(["raci", "matrix", "add", file, id, "--title", text(matrix, "title")!, "--activity", activityID,
                                     "--activity-name", text(activity, "name")!] + assignments(activity))
                    if let description = text(activity, "description") {
                        commands.append(["raci", "activity", "change", file, activityID, "--matrix", id, "--description", description])
                    }
                } else {
                    commands.append(["raci", "activity", "add", file, activityID, "--matrix", id, "--name", text(activity, "name")!]
                                    + option("description", text(activity, "description")) + assignments(activity))
                }
            }
        }
        for matrix in named(starter.children.first { $0.localName == "raci" }, "matrix") {
            commands.append(["raci", "matrix", "remove", file, matrix.attributeNamed("id")!])
        }
        for system in starterSystems where !systems.contains(where: { $0.attributeNamed("id") == system.attributeNamed("id") }) {
            commands.append(["system", "remove", file, system.attributeNamed("id")!])
        }
        for party in starterParties where !parties.contains(where: { $0.attributeNamed("id") == party.attributeNamed("id") }) {
            commands.append(["party", "remove", file, party.attributeNamed("id")!])
        }

        for agreement in named(sample.children.first { $0.localName == "agreements" }, "agreement") {
            let id = agreement.attributeNamed("id")!
            let term = agreement.children.first { $0.localName == "term" }
            let renewal = term?.children.first { $0.localName == "renewal" }
            let document = agreement.children.first { $0.localName == "document" }
            let levels = agreement.children.first { $0.localName == "serviceLevels" }
            let hours = levels?.children.first { $0.localName == "serviceHours" }
            let priorities = named(levels, "priority")
            let escalation = named(agreement.children.first { $0.localName == "escalation" }, "level")
            let windows = named(hours, "window").flatMap { ["--hours", $0.attributeNamed("days")! + " " + $0.attributeNamed("from")! + "-" + $0.attributeNamed("until")!] }
            let firstContact = escalation[0].children.first { $0.localName == "contact" }!
            commands.append(["agreement", "add", file, id, "--vendor", agreement.attributeNamed("vendor")!, "--title", text(agreement, "title")!]
                            + option("description", text(agreement, "description")) + option("status", agreement.attributeNamed("status"))
                            + option("customer-number", agreement.attributeNamed("customerNumber"))
                            + named(agreement.children.first { $0.localName == "systems" }, "system").flatMap { ["--system", $0.attributeNamed("ref")!] }
                            + option("owner", agreement.children.first { $0.localName == "owner" }?.attributeNamed("party"))
                            + option("start", text(term, "start")) + option("initial-term", text(term, "initialTerm")) + option("end", text(term, "end"))
                            + option("renewal", renewal?.attributeNamed("kind")) + option("renewal-term", renewal?.attributeNamed("term"))
                            + option("notice", text(term, "noticePeriod")) + option("decision-buffer", text(term, "decisionBuffer"))
                            + option("document", document?.text) + option("document-link", document?.attributeNamed("href")) + option("signed", document?.attributeNamed("signed"))
                            + option("review-interval", agreement.children.first { $0.localName == "reviews" }?.attributeNamed("interval"))
                            + (windows.isEmpty ? ["--hours", "24x7"] : windows) + option("public-holidays", hours?.attributeNamed("onPublicHolidays"))
                            + priorities.flatMap { ["--priority", $0.attributeNamed("name")! + ": " + text($0, "responseTime")! + ", " + text($0, "restoreTime")!] }
                            + ["--helpdesk", text(firstContact, "name")!] + phones(firstContact, as: "helpdesk-phone"))
            if let note = text(hours, "note") { commands.append(["service-hours", file, id, "--note", note]) }
            for priority in priorities {
                let details = option("description", text(priority, "description")) + option("resolution", text(priority, "resolutionTime"))
                    + option("update-interval", text(priority, "updateInterval"))
                if !details.isEmpty { commands.append(["priority", "change", file, id, priority.attributeNamed("name")!] + details) }
            }
            for (index, level) in escalation.enumerated() {
                let contact = level.children.first { $0.localName == "contact" }!
                let details = ["--name", text(level, "name")!] + option("role", text(contact, "role")) + emails(contact)
                    + option("reachable-24x7", contact.attributeNamed("reachable24x7"))
                    + option("counterpart", level.children.first { $0.localName == "counterpart" }?.attributeNamed("party"))
                    + option("at-once-for", level.attributeNamed("atOnceFor"))
                if index == 0 {
                    commands.append(["escalation", "change", file, id, "1"] + details)
                } else {
                    commands.append(["escalation", "add", file, id, "--after", level.attributeNamed("after")!, "--contact", text(contact, "name")!] + phones(contact) + details)
                }
            }
            for supplier in named(agreement.children.first { $0.localName == "suppliers" }, "supplier") {
                commands.append(["supplier", "add", file, id, "--name", text(supplier, "name")!, "--provides", text(supplier, "provides")!])
            }
            for review in named(agreement.children.first { $0.localName == "reviews" }, "review") {
                commands.append(["review", "record", file, id, "--date", review.attributeNamed("date")!, "--by", review.attributeNamed("by")!,
                                 "--outcome", review.attributeNamed("outcome")!] + option("note", text(review, "note")))
            }
        }

        for incident in named(sample.children.first { $0.localName == "incidents" }, "incident") {
            let id = incident.attributeNamed("id")!
            let evaluation = incident.children.first { $0.localName == "evaluation" }
            commands.append(["incident", "add", file, id, "--system", incident.attributeNamed("system")!, "--title", text(incident, "title")!]
                            + option("kind", incident.attributeNamed("kind")) + option("priority", incident.attributeNamed("priority"))
                            + option("start", incident.attributeNamed("start")) + option("end", incident.attributeNamed("end"))
                            + option("evaluated", evaluation?.attributeNamed("date")) + option("lessons", text(evaluation, "note")))
            for moment in ["reported", "answered"] {
                if let value = incident.attributeNamed(moment) { commands.append(["set", file, "incidents/incident[\(id)]/@\(moment)", value]) }
            }
            copyAll(["sla"], of: incident, at: "incidents/incident[\(id)]")
            if let evaluation { copyAll(["participant", "finding", "action"], of: evaluation, at: "incidents/incident[\(id)]/evaluation") }
        }
        if let plan = sample.children.first(where: { $0.localName == "continuityPlan" }) {
            copy(plan, to: "continuityPlan")
        }
        return commands
    }

    private static func root(of path: URL) throws -> XMLElementView {
        guard case .success(let document) = ParsedDocument.parse(Array(try Data(contentsOf: path))), let root = document.root else {
            throw CocoaError(.fileReadCorruptFile)
        }
        return root
    }

    @Test("the GP practice's register, made from govreg init with commands only, gives the same raci, summary, reviews and continuity as the sample")
    func gpPracticeFromCommands() throws {
        let built = FileManager.default.temporaryDirectory.appending(path: "govreg-rebuild-\(UUID().uuidString)")
        let original = built.appending(path: "sample")
        try FileManager.default.createDirectory(at: original, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: built) }
        let samplePath = GovregProcess.packageRoot.appending(path: "Samples/registers/gp-practice.xml")
        try FileManager.default.copyItem(at: samplePath, to: original.appending(path: "gp-practice.xml"))
        let sample = try Self.root(of: samplePath)
        let name = sample.children.first { $0.localName == "organisation" }!.children.first { $0.localName == "name" }!.text

        let start = try GovregProcess.run(["init", "gp-practice.xml", "--kind", "gp-practice", "--organisation", name, "--lang", "nl"], in: built)
        #expect(start.status == 0, "\(start.stderr)")
        let starter = try Self.root(of: built.appending(path: "gp-practice.xml"))
        let commands = Self.commands(for: sample, starter: starter, file: "gp-practice.xml")
        for command in commands {
            let outcome = try GovregProcess.run(command, in: built)
            try #require(outcome.status == 0, "govreg \(command.joined(separator: " ")) exited \(outcome.status): \(outcome.stderr)")
        }

        let validation = try GovregProcess.run(["validate", "gp-practice.xml"], in: built)
        #expect(validation.status == 0, "\(validation.stderr)")
        for report in [["raci"], ["summary"], ["reviews", "--as-of", "2026-12-01"], ["continuity", "--as-of", "2026-12-01"], ["raci", "--lang", "en", "--format", "csv"]] {
            let fromCommands = try GovregProcess.run([report[0], "gp-practice.xml"] + report.dropFirst(), in: built)
            let byHand = try GovregProcess.run([report[0], "gp-practice.xml"] + report.dropFirst(), in: original)
            #expect(fromCommands.status == byHand.status, "govreg \(report.joined(separator: " "))")
            #expect(fromCommands.stdout == byHand.stdout, "govreg \(report.joined(separator: " ")) differs")
            #expect(!byHand.stdout.isEmpty)
        }
        // None of the starter's placeholders is left outside its comments.
        let text = try String(contentsOf: built.appending(path: "gp-practice.xml"), encoding: .utf8)
            .replacingOccurrences(of: "<!--[^>]*-->", with: "", options: .regularExpression)
        #expect(!text.contains("(invullen)"))
        #expect(!text.contains("+31 00 000 0000"))
        #expect(commands.count > 90)
    }
}
