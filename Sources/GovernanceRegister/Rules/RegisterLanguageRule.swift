/// GR015: the register's language is Dutch or English, the two govreg writes.
struct RegisterLanguageRule: Rule {
    static let description = RuleDescription(
        id: "GR015",
        title: LocalizedText(en: "Register language nl or en", nl: "Taal van het register nl of en"),
        severity: .warning,
        rationale: LocalizedText(
            en: "govreg writes its reports in Dutch or English; any other language falls back to English.",
            nl: "govreg schrijft rapporten in het Nederlands of Engels; elke andere taal wordt Engels."
        ),
        examples: RuleExamples(
            slot: .rootAttributes,
            triggering: #"xml:lang="de""#,
            nonTriggering: #"xml:lang="nl""#
        )
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        let tag: String?
        let location: SourceLocation
        switch document {
        case .register(let register):
            (tag, location) = (register.languageTag, register.location)
        case .agreement(let agreement):
            (tag, location) = (agreement.languageTag, agreement.location)
        }
        guard let tag, let primary = tag.split(separator: "-").first?.lowercased(), !["nl", "en"].contains(primary) else {
            return []
        }
        return [RuleFinding(location: location, message: LocalizedText(
            en: "xml:lang=\"\(tag)\" is not a language govreg writes; use \"nl\" or \"en\" (output will be in English)",
            nl: "xml:lang=\"\(tag)\" is geen taal die govreg schrijft; gebruik \"nl\" of \"en\" (de uitvoer wordt Engels)"
        ))]
    }
}
