import Foundation

/// CT012: the backups of a system can be restored in time: a critical system that holds data (it
/// has a recovery point or backups) has an offline copy,
/// restoring is tested on schedule, the last test was faster than the maximum downtime, and
/// backups are made at least as often as the recovery point asks.
struct BackupRule: Rule {
    enum Branch: String, CaseIterable {
        case noOfflineCopy = "no-offline-copy"
        case neverTested = "never-tested"
        case testOverdue = "test-overdue"
        case restoreTooSlow = "restore-too-slow"
        case tooFarApart = "too-far-apart"
    }

    static let description = RuleDescription(
        id: "CT012",
        title: LocalizedText(en: "Backups that may not bring the data back in time", nl: "Back-ups die de gegevens mogelijk niet op tijd terugbrengen"),
        severity: .warning,
        family: .continuity,
        rationale: LocalizedText(
            en: "A backup counts only when it survives ransomware and fire, and restoring it has been tried and is fast enough.",
            nl: "Een back-up telt pas als hij ransomware en brand overleeft, en het terugzetten geprobeerd is en snel genoeg gaat."
        ),
        branches: Branch.self,
        examples: [
            RuleExample(.systems, ExampleSystems.ehr(recoveryPoint: "PT4H", backups: nil, marked: true)),
            RuleExample(.systems, ExampleSystems.ehr(backups: #"<backups><backup every="P1D" offSite="true"><location>Cloud storage of the vendor</location><restoreTest date="2026-02-01" took="PT4H"/></backup></backups>"#, marked: true)),
            RuleExample(.systems, ExampleSystems.ehr(backups: #"↓<backups><backup every="P1D" offline="true"><location>Disk in the safe</location></backup></backups>"#)),
            RuleExample(.systems, ExampleSystems.ehr(backups: #"<backups testInterval="P6M"><backup every="P1D" offline="true"><location>Disk in the safe</location>↓<restoreTest date="2025-10-01" took="PT2H"/></backup></backups>"#)),
            RuleExample(.systems, ExampleSystems.ehr(backups: #"<backups><backup every="P1D" offline="true"><location>Disk in the safe</location><restoreTest date="2025-09-01" took="PT6H"/>↓<restoreTest date="2026-03-01" took="PT12H"/></backup></backups>"#)),
            RuleExample(.systems, ExampleSystems.ehr(recoveryPoint: "PT4H", backups: #"<backups>↓<backup every="P1D" offline="true"><location>Disk in the safe</location><restoreTest date="2026-03-01" took="PT2H"/></backup></backups>"#)),
            RuleExample(.systems, ExampleSystems.ehr(recoveryPoint: "PT4H", backups: #"<backups><backup every="PT1H" offSite="true"><location>Second data centre</location></backup><backup every="P1D" offline="true"><location>Tape in the vault</location><restoreTest date="2025-09-01" took="PT12H"/><restoreTest date="2026-03-01" took="PT6H"/></backup></backups>"#)),
            RuleExample(.systems, ExampleSystems.ehr(criticality: "high", recoveryPoint: "PT4H", backups: nil)),
            RuleExample(.systems, ExampleSystems.ehr(backups: nil)),
        ]
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        (context.continuity?.systems ?? []).flatMap { facts -> [RuleFinding] in
            let system = facts.system
            var found: [RuleFinding] = []
            let copies = system.backups?.copies ?? []
            if facts.isCritical, system.recoveryPoint != nil || system.backups != nil, !copies.contains(where: \.offline) {
                found.append(RuleFinding(Branch.noOfflineCopy, at: system.location, .noOfflineCopy(system.name), system: system.id))
            }
            guard let backups = system.backups else { return found }
            if let last = copies.flatMap(\.restoreTests).max(by: { $0.date < $1.date }) {
                if let test = facts.restoreTest, test.status == .overdue, let due = test.due {
                    found.append(RuleFinding(Branch.testOverdue, at: last.location, .testOverdue(system.name, last: last.date, due: due), system: system.id))
                }
            } else {
                found.append(RuleFinding(Branch.neverTested, at: backups.location, .neverTested(system.name), system: system.id))
            }
            for copy in copies {
                if let maximum = system.maxDowntime, let latest = copy.restoreTests.max(by: { $0.date < $1.date }),
                   ISODuration.order(latest.took, maximum) == .orderedDescending {
                    found.append(RuleFinding(Branch.restoreTooSlow, at: latest.location, .restoreTooSlow(system.name, test: latest, maximum: maximum), system: system.id))
                }
                if let point = system.recoveryPoint, ISODuration.order(copy.every, point) == .orderedDescending,
                   !copies.contains(where: { ISODuration.order($0.every, point) != .orderedDescending }) {
                    found.append(RuleFinding(Branch.tooFarApart, at: copy.location, .tooFarApart(system.name, every: copy.every, point: point), system: system.id))
                }
            }
            return found
        }
    }
}

private extension LocalizedText {
    static func noOfflineCopy(_ system: String) -> LocalizedText {
        LocalizedText(
            en: "critical \(system) has no offline backup of its data; keep a copy ransomware cannot reach (offline=\"true\"), preferably off site",
            nl: "het kritieke \(system) heeft geen offline back-up van zijn gegevens; bewaar een kopie waar ransomware niet bij kan (offline=\"true\"), liefst buiten het pand"
        )
    }

    static func neverTested(_ system: String) -> LocalizedText {
        LocalizedText(
            en: "restoring the backups of \(system) has never been tested; test a restore and record how long it took",
            nl: "het terugzetten van de back-ups van \(system) is nooit getest; test het en leg vast hoe lang het duurde"
        )
    }

    static func testOverdue(_ system: String, last: CalendarDate, due: CalendarDate) -> LocalizedText {
        LocalizedText { w in
            w("the restore test of \(system) is overdue: the last one was on \(w.date(last)), the next was due \(w.date(due))",
              "de hersteltest van \(system) is te laat: de laatste was op \(w.date(last)), de volgende moest op \(w.date(due))")
        }
    }

    static func restoreTooSlow(_ system: String, test: RestoreTest, maximum: ISODuration) -> LocalizedText {
        LocalizedText { w in
            w("the restore test of \(system) on \(w.date(test.date)) took \(w.duration(test.took)), longer than the \(w.duration(maximum)) care can do without it; make restoring faster or keep a standby copy",
              "de hersteltest van \(system) op \(w.date(test.date)) duurde \(w.duration(test.took)), langer dan de \(w.duration(maximum)) die de zorg zonder kan; maak het terugzetten sneller of houd een reservekopie paraat")
        }
    }

    static func tooFarApart(_ system: String, every: ISODuration, point: ISODuration) -> LocalizedText {
        LocalizedText { w in
            w("the backups of \(system) are made only \(w.interval(every)), while at most \(w.duration(point)) of work may be lost; back up at least that often",
              "de back-ups van \(system) worden maar \(w.interval(every)) gemaakt, terwijl hooguit \(w.duration(point)) werk verloren mag gaan; maak ze minstens zo vaak")
        }
    }
}
