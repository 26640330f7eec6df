import Foundation
import Testing
@testable import GovernanceRegister

struct DueListTests {
    private func register(_ snippet: String? = nil, in slot: ExampleRegister.Slot? = nil, replacing: [(String, String)] = []) throws -> Register {
        var text = ExampleRegister.document(with: snippet, in: slot)
        for (old, new) in replacing { text = text.replacingOccurrences(of: old, with: new) }
        let check = GovernanceValidator(options: ValidationOptions(asOf: ExampleRegister.asOf)).check(bytes: Array(text.utf8), path: "x.xml")
        guard case .register(let register) = check.document else { throw Failure(check.diagnostics.map(\.formatted).joined()) }
        return register
    }

    struct Failure: Error { let text: String; init(_ text: String) { self.text = text } }

    private func items(_ register: Register, on day: String, within: Int = 30) -> [DueItem] {
        DueList(register: register, today: CalendarDate(day)!, within: within).items
    }

    @Test("the next review is one interval after the last one, and due soon within 30 days to the day")
    func reviewStatus() throws {
        // The example agreement was last reviewed on 2026-04-15, quarterly: due 2026-07-15.
        let register = try register()
        func review(_ day: String) -> DueItem? { items(register, on: day).first { $0.kind == .review } }
        #expect(review("2026-06-14")?.status == .ok)
        #expect(review("2026-06-15")?.status == .dueSoon)
        #expect(review("2026-07-15")?.status == .dueSoon)
        #expect(review("2026-07-16")?.status == .overdue)
        #expect(review("2026-07-16")?.daysLeft == -1)
        #expect(review("2026-06-15")?.due == CalendarDate("2026-07-15"))
    }

    @Test("an agreement never reviewed is due one interval after its start")
    func neverReviewed() throws {
        let register = try register("", in: .reviews)
        #expect(items(register, on: "2025-02-01").first { $0.kind == .review }?.due == CalendarDate("2025-04-01"))
    }

    @Test("contract deadlines are warned 90 days ahead, to the day")
    func deadlineWindow() throws {
        // Start 2025-01-01, 36 months, notice 3 months: notice by 2027-09-30, decide by 2027-08-31.
        let register = try register()
        func decision(_ day: String) -> DueItem? { items(register, on: day).first { $0.kind == .decision } }
        #expect(decision("2027-06-01")?.due == CalendarDate("2027-08-31"))
        #expect(decision("2027-06-01")?.status == .ok)
        #expect(decision("2027-06-02")?.status == .dueSoon)
        #expect(decision("2027-09-01")?.status == .overdue)
        #expect(items(register, on: "2027-09-01").first { $0.kind == .notice }?.status == .dueSoon)
        // Once the notice deadline has passed, the renewal's deadlines count.
        #expect(items(register, on: "2027-10-01").first { $0.kind == .notice }?.due == CalendarDate("2028-09-30"))
    }

    @Test("an agreement past its end date and still active is overdue")
    func expired() throws {
        let register = try register("<start>2024-01-01</start><end>2025-12-31</end>", in: .term)
        let item = try #require(items(register, on: "2026-03-01").first { $0.kind == .expired })
        #expect(item.status == .overdue)
        #expect(item.due == CalendarDate("2026-01-01"))
        #expect(items(register, on: "2025-11-01").first { $0.kind == .ending }?.due == CalendarDate("2025-12-31"))
    }

    @Test("a drill is due one interval after the last, and a critical system never drilled is overdue")
    func drills() throws {
        let defaultDrills = #"<drills interval="P1Y"><drill date="2026-03-01" outcome="passed"/></drills>"#
        let never = try register(replacing: [(defaultDrills, "")])
        let missing = try #require(items(never, on: "2026-06-01").first { $0.kind == .drill })
        #expect(missing.status == .overdue)
        #expect(missing.due == nil)
        let drilled = try register(replacing: [(defaultDrills, #"<drills interval="P6M"><drill date="2026-01-10" outcome="passed"/></drills>"#)])
        #expect(items(drilled, on: "2026-06-01").first { $0.kind == .drill }?.due == CalendarDate("2026-07-10"))
    }

    @Test("an incident not evaluated is due 30 days after it started")
    func evaluation() throws {
        let register = try register(#"<incidents><incident id="INC-9" system="ehr" start="2026-05-20T14:00:00"><title>EHR down</title></incident></incidents>"#, in: .incidents)
        let item = try #require(items(register, on: "2026-06-01").first { $0.kind == .evaluation })
        #expect(item.due == CalendarDate("2026-06-19"))
        #expect(item.status == .dueSoon)
        #expect(items(register, on: "2026-06-20").first { $0.kind == .evaluation }?.status == .overdue)
    }

    @Test("items are sorted by urgency, then date")
    func order() throws {
        let list = items(try register(), on: "2027-09-01")
        let ranks = list.map(\.status)
        #expect(ranks == ranks.sorted())
    }
}

/// The continuity plan in the due list: its review, its next training, restore tests, and the
/// actions of evaluations until they are done.
struct ContinuityDueTests {
    private func register(_ snippets: [ExampleRegister.Slot: String]) throws -> Register {
        let text = ExampleRegister.document(with: snippets)
        let check = GovernanceValidator(options: ValidationOptions(asOf: ExampleRegister.asOf)).check(bytes: Array(text.utf8), path: "x.xml")
        guard case .register(let register) = check.document else { throw DueListTests.Failure(check.diagnostics.map(\.formatted).joined()) }
        return register
    }

    private static let plan = """
        <continuityPlan version="3" owner="it" reviewInterval="P6M" trainingInterval="P1Y"><title>Continuity plan</title>
          <approval version="3" by="it" date="2026-01-10"/>
          <review date="2025-11-20" by="J. de Vries" outcome="approved"/>
          <training date="2025-05-31"><topic>Paper procedures</topic><attendee party="it"/></training>
        </continuityPlan>
    """

    @Test("the plan is reviewed one interval after its latest review or approval, and trained one interval after the last training")
    func planReviewAndTraining() throws {
        let register = try register([.plan: Self.plan])
        let items = DueList(register: register, today: CalendarDate("2026-06-01")!).items
        // Approved on 10 January 2026, after the review of 20 November 2025: six months on, 10 July 2026.
        let review = try #require(items.first { $0.kind == .planReview })
        #expect(review.due == CalendarDate("2026-07-10"))
        #expect(review.owner == "IT department")
        #expect(review.status == .ok)
        // Trained on 31 May 2025, yearly: due 31 May 2026, a day late on 1 June 2026.
        let training = try #require(items.first { $0.kind == .training })
        #expect(training.due == CalendarDate("2026-05-31"))
        #expect(training.daysLeft == -1)
        #expect(training.status == .overdue)
    }

    @Test("a plan without a training has its training overdue, never held")
    func neverTrained() throws {
        let register = try register([.plan: Self.plan.replacingOccurrences(of: #"<training date="2025-05-31"><topic>Paper procedures</topic><attendee party="it"/></training>"#, with: "")])
        let training = try #require(DueList(register: register, today: CalendarDate("2026-06-01")!).items.first { $0.kind == .training })
        #expect(training.due == nil)
        #expect(training.status == .overdue)
    }

    @Test("the next restore test is one test interval after the latest test of any of the system's backups")
    func restoreTest() throws {
        let register = try register([.systems: ExampleSystems.ehr(backups: """
            <backups testInterval="P3M"><backup every="P1D"><location>NAS</location><restoreTest date="2026-01-31" took="PT1H"/></backup>
            <backup every="P7D" offline="true"><location>Tape</location><restoreTest date="2025-12-15" took="PT3H"/></backup></backups>
            """)])
        let test = try #require(DueList(register: register, today: CalendarDate("2026-04-20")!).items.first { $0.kind == .restoreTest })
        // 31 January plus three months is the last day of April.
        #expect(test.due == CalendarDate("2026-04-30"))
        #expect(test.status == .dueSoon)
        #expect(test.subjectID == "ehr")
    }

    @Test("an open action is listed until it is done, with its owner; a done one is not")
    func actions() throws {
        let register = try register([.incidents: """
            <incidents><incident id="INC-7" system="ehr" start="2026-04-01T09:00:00" end="2026-04-01T10:00:00"><title>EHR down</title>
              <evaluation date="2026-04-10"><participant party="acme"/>
                <action owner="acme" due="2026-05-15" done="2026-05-10">Fix the failover</action>
                <action owner="it" due="2026-05-20">Print the phone list again</action></evaluation></incident></incidents>
            """])
        let items = DueList(register: register, today: CalendarDate("2026-06-01")!).items.filter { $0.kind == .action }
        #expect(items.map(\.subject) == ["Print the phone list again"])
        #expect(items.first?.subjectID == "INC-7/2")
        #expect(items.first?.owner == "IT department")
        #expect(items.first?.daysLeft == -12)
        #expect(items.first?.status == .overdue)
    }
}
