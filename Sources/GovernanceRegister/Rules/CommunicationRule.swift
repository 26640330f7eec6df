import Foundation

/// CT015: the plan's communication works when all technical means fail: a call tree of people
/// with a phone number, a channel that needs no network, and the outside parties it informs.
struct CommunicationRule: Rule {
    enum Branch: String, CaseIterable {
        case noCommunicationPlan = "no-communication-plan"
        case noChannelWithoutNetwork = "no-channel-without-network"
        case nobodyOutsideInformed = "nobody-outside-informed"
        case calledWithoutPhone = "called-without-phone"
    }

    static let description = RuleDescription(
        id: "CT015",
        title: LocalizedText(en: "Communication that fails with the IT", nl: "Communicatie die uitvalt met de IT"),
        severity: .warning,
        family: .continuity,
        rationale: LocalizedText(
            en: "Communication must keep going when all technical means fail: staff, care partners and patients need to hear what is going on.",
            nl: "Communicatie moet doorgaan als alle technische middelen falen: medewerkers, zorgpartners en patiënten moeten horen wat er speelt."
        ),
        branches: Branch.self,
        examples: [
            ExamplePlan.example(ExamplePlan.plan(communication: "", marked: true)),
            ExamplePlan.example(ExamplePlan.plan(communication: ExamplePlan.communication
                .replacingOccurrences(of: "<communication>", with: "↓<communication>")
                .replacingOccurrences(of: #"<channel kind="mobile" withoutNetwork="true">Mobile phones of the staff</channel>"#, with: #"<channel kind="email">E-mail to all staff</channel>"#))),
            ExamplePlan.example(ExamplePlan.plan(communication: ExamplePlan.communication
                .replacingOccurrences(of: "<communication>", with: "↓<communication>")
                .replacingOccurrences(of: #"<inform party="pharmacy" by="it"/>"#, with: ""))),
            ExamplePlan.example(ExamplePlan.plan(communication: ExamplePlan.communication
                .replacingOccurrences(of: #"<call from="it" to="pharmacy"/>"#, with: #"↓<call from="it" to="acme"/>"#))),
            ExamplePlan.example(ExamplePlan.plan()),
        ]
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        guard case let .register(register) = document, let plan = register.plan else { return [] }
        guard let communication = plan.communication else {
            return [RuleFinding(Branch.noCommunicationPlan, at: plan.location, .noCommunicationPlan)]
        }
        let parties = register.partiesByID
        var found: [RuleFinding] = []
        if !communication.channels.contains(where: \.withoutNetwork) {
            found.append(RuleFinding(Branch.noChannelWithoutNetwork, at: communication.location, .noChannelWithoutNetwork))
        }
        let outside: Set<Party.Kind> = [.carePartner, .patients, .authority]
        if !communication.notifications.contains(where: { parties[$0.partyID].map { outside.contains($0.kind) } ?? false }) {
            found.append(RuleFinding(Branch.nobodyOutsideInformed, at: communication.location, .nobodyOutsideInformed))
        }
        for call in communication.calls {
            guard let party = parties[call.toID], !party.contacts.contains(where: { !$0.phones.isEmpty }) else { continue }
            found.append(RuleFinding(Branch.calledWithoutPhone, at: call.location, .calledWithoutPhone(party.name)))
        }
        return found
    }
}

private extension LocalizedText {
    static let noCommunicationPlan = LocalizedText(
        en: "the continuity plan has no communication plan; add a call tree, the outside parties to inform and the channels that work without the network (<communication>)",
        nl: "het continuïteitsplan heeft geen communicatieplan; voeg een belboom toe, de externe partijen die ingelicht worden en de middelen die zonder netwerk werken (<communication>)"
    )

    static let noChannelWithoutNetwork = LocalizedText(
        en: "no channel of the communication plan works without the network; add one that does (mobile phones, walkie-talkies, a runner) with withoutNetwork=\"true\"",
        nl: "geen middel van het communicatieplan werkt zonder netwerk; voeg er een toe dat dat wel doet (mobiele telefoons, portofoons, een boodschapper) met withoutNetwork=\"true\""
    )

    static let nobodyOutsideInformed = LocalizedText(
        en: "the communication plan informs no care partner, authority or patients; add who tells the pharmacy, the hospital, the GP post and the patients (<inform party=... by=...>)",
        nl: "het communicatieplan licht geen zorgpartner, instantie of patiënten in; leg vast wie de apotheek, het ziekenhuis, de huisartsenpost en de patiënten inlicht (<inform party=... by=...>)"
    )

    static func calledWithoutPhone(_ party: String) -> LocalizedText {
        LocalizedText(
            en: "the call tree calls \(party), who has no phone number in the register; add one",
            nl: "de belboom belt \(party), die geen telefoonnummer in het register heeft; voeg er een toe"
        )
    }
}
