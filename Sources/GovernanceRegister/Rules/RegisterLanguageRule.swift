/// GR015: the register's language is one govreg writes: Dutch or English.
struct RegisterLanguageRule: Rule {
    enum Branch: String, CaseIterable {
        case otherLanguage = "other-language"
    }

    static let description = RuleDescription(
        id: "GR015",
        title: LocalizedText(en: "Register language nl or en", nl: "Taal van het register nl of en"),
        severity: .warning,
        rationale: LocalizedText(
            en: "govreg writes its reports in Dutch or English; any other language falls back to English.",
            nl: "govreg schrijft rapporten in het Nederlands of Engels; elke andere taal wordt Engels."
        ),
        branches: Branch.self,
        examples: [
            RuleExample(.root, #"↓<register xmlns="urn:govreg:register:1" xml:lang="fy">"#),
            RuleExample(.root, #"↓<register xmlns="urn:govreg:register:1" xml:lang="de-NL">"#),
            RuleExample(.root, #"<register xmlns="urn:govreg:register:1" xml:lang="nl-BE">"#),
        ]
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
        return [RuleFinding(Branch.otherLanguage, at: location, .otherLanguage(tag))]
    }
}

private extension LocalizedText {
    static func otherLanguage(_ tag: String) -> LocalizedText {
        LocalizedText(
            en: "xml:lang=\"\(tag)\" is not a language govreg writes; use \"nl\" or \"en\" (output will be in English)",
            nl: "xml:lang=\"\(tag)\" is geen taal die govreg schrijft; gebruik \"nl\" of \"en\" (de uitvoer wordt Engels)"
        )
    }
}
