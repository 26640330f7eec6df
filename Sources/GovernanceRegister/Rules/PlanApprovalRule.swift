/// CT013: the management has approved the plan's current version.
struct PlanApprovalRule: Rule {
    enum Branch: String, CaseIterable {
        case neverApproved = "never-approved"
        case versionNotApproved = "version-not-approved"
    }

    static let description = RuleDescription(
        id: "CT013",
        title: LocalizedText(en: "Continuity plan not approved", nl: "Continuïteitsplan niet goedgekeurd"),
        severity: .warning,
        family: .continuity,
        rationale: LocalizedText(
            en: "Staff follow a plan the management has approved and announced; a draft in a drawer helps nobody.",
            nl: "Medewerkers volgen een plan dat het management heeft goedgekeurd en bekendgemaakt; een concept in de la helpt niemand."
        ),
        branches: Branch.self,
        examples: [
            ExamplePlan.example(ExamplePlan.plan(approvals: "", marked: true)),
            ExamplePlan.example(ExamplePlan.plan(approvals: #"<approval version="1" by="it" date="2025-01-10"/>"#, marked: true)),
            ExamplePlan.example(ExamplePlan.plan(approvals: #"<approval version="1" by="it" date="2025-01-10"/><approval version="2" by="it" date="2026-01-10"/>"#)),
        ]
    )

    func findings(in document: GovernanceDocument, context: RuleContext) -> [RuleFinding] {
        guard case let .register(register) = document, let plan = register.plan, plan.currentApproval == nil else { return [] }
        if let earlier = plan.approvals.last {
            return [RuleFinding(Branch.versionNotApproved, at: plan.location, .versionNotApproved(plan, earlier: earlier))]
        }
        return [RuleFinding(Branch.neverApproved, at: plan.location, .neverApproved(plan))]
    }
}

private extension LocalizedText {
    static func neverApproved(_ plan: ContinuityPlan) -> LocalizedText {
        LocalizedText(
            en: "the continuity plan (version \(plan.version)) has never been approved; have the management approve it, tell all staff, and record <approval version=\"\(plan.version)\" by=... date=.../>",
            nl: "het continuïteitsplan (versie \(plan.version)) is nooit goedgekeurd; laat het management het goedkeuren, maak het bekend aan alle medewerkers en leg <approval version=\"\(plan.version)\" by=... date=.../> vast"
        )
    }

    static func versionNotApproved(_ plan: ContinuityPlan, earlier: ContinuityPlan.Approval) -> LocalizedText {
        LocalizedText { w in
            w("version \(plan.version) of the continuity plan is not approved; the last approval, on \(w.date(earlier.date)), was of version \(earlier.version)",
              "versie \(plan.version) van het continuïteitsplan is niet goedgekeurd; de laatste goedkeuring, op \(w.date(earlier.date)), was van versie \(earlier.version)")
        }
    }
}
