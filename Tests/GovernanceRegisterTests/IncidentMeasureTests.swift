import Foundation
import Testing
@testable import GovernanceRegister

/// What the vendor delivered: each incident against the SLA in service time, beside the care's
/// real downtime, and a scorecard per quarter. Every number below is worked out by hand.
struct IncidentMeasureTests {
    /// The example EHR (maximum downtime 8 hours) under its 24x7 agreement (P1 30 minutes / 4
    /// hours, P2 1 hour / 8 hours, last reviewed 15 April 2026) and an office-hours agreement
    /// (Mon-Fri 08:00-17:00, closed on Dutch public holidays; P1 1 hour / 4 hours, P2 2 hours /
    /// 8 hours, last reviewed 1 April 2026), and a draft that names the EHR too.
    private static let office = """
        <agreement id="office-sla" vendor="acme"><title>EHR application support</title><systems><system ref="ehr"/></systems>
          <term><start>2025-01-01</start><initialTerm>P36M</initialTerm></term>
          <serviceLevels><serviceHours onPublicHolidays="closed"><window days="mon tue wed thu fri" from="08:00" until="17:00"/></serviceHours>
            <priority name="P1"><responseTime>PT1H</responseTime><restoreTime>PT4H</restoreTime></priority>
            <priority name="P2"><responseTime>PT2H</responseTime><restoreTime>PT8H</restoreTime></priority></serviceLevels>
          <escalation><level after="PT0M"><name>Service desk</name><contact><name>Support desk</name><phone>+31 20 555 0188</phone></contact></level></escalation>
          <reviews interval="P3M"><review date="2026-04-01" by="J. de Vries" outcome="approved"/></reviews>
        </agreement>
        <agreement id="draft-sla" vendor="acme" status="draft"><title>EHR support, next contract</title><systems><system ref="ehr"/></systems>
          <term><start>2025-01-01</start><initialTerm>P36M</initialTerm></term>
          <serviceLevels><serviceHours><always/></serviceHours>
            <priority name="P1"><responseTime>PT15M</responseTime><restoreTime>PT2H</restoreTime></priority></serviceLevels>
          <escalation><level after="PT0M"><name>Service desk</name><contact><name>Support desk</name><phone>+31 20 555 0188</phone></contact></level></escalation>
        </agreement>
    """

    private static let incidents = """
        <incidents>
          <incident id="INC-1" system="ehr" priority="P1" start="2026-03-27T16:00:00" reported="2026-03-27T16:30:00" answered="2026-03-30T08:20:00" end="2026-03-30T11:00:00">
            <title>EHR down over the weekend summer time starts</title><sla agreement="office-sla"/></incident>
          <incident id="INC-2" system="ehr" priority="P2" start="2026-05-04T09:00:00" reported="2026-05-04T09:10:00" answered="2026-05-04T10:40:00" end="2026-05-04T19:30:00">
            <title>EHR slow, then down</title></incident>
          <incident id="INC-3" system="ehr" start="2026-05-20T10:00:00">
            <title>EHR down, still going on</title><sla agreement="ehr-sla"/></incident>
        </incidents>
    """

    private func register() throws -> Register {
        var text = ExampleRegister.document(with: [.moreAgreements: Self.office, .incidents: Self.incidents, .holidays: #"<holidays calendar="nl"/>"#])
        text = text.replacingOccurrences(of: #"<organisation kind="hospital">"#, with: #"<organisation kind="hospital" timeZone="Europe/Amsterdam">"#)
        let check = GovernanceValidator(options: ValidationOptions(asOf: ExampleRegister.asOf)).check(bytes: Array(text.utf8), path: "x.xml")
        guard case .register(let register) = check.document else { throw DueListTests.Failure(check.diagnostics.map(\.formatted).joined()) }
        return register
    }

    private func summaries() throws -> [String: AgreementSummary] {
        let summaries = try AgreementSummaries(.register(try register()), today: ExampleRegister.asOf)
        return Dictionary(uniqueKeysWithValues: summaries.agreements.map { ($0.id, $0) })
    }

    @Test("an office-hours SLA is met over the weekend summer time starts, while the care is down 66 real hours")
    func metWhileCareWasDown() throws {
        let office = try #require(try summaries()["office-sla"])
        let first = try #require(office.incidents.first)
        #expect(first.incidentID == "INC-1")
        // Reported Friday 27 March 2026 16:30: 30 minutes to 17:00, then Monday 30 March 08:00-08:20.
        #expect(first.responseMinutes == 50)
        #expect(first.responseMet == true)
        // To the restore Monday 11:00: 30 minutes on Friday and 3 hours on Monday.
        #expect(first.restoreMinutes == 210)
        #expect(first.restoreMet == true)
        // Friday 16:00 UTC+1 (15:00 UTC) to Monday 11:00 UTC+2 (09:00 UTC): 66 hours, though the
        // clock shows 67. Against 8 hours that is 8.25 times, 8.3 rounded.
        #expect(first.downMinutes == 66 * 60)
        #expect(first.maximumDowntimeMinutes == 480)
        #expect(first.careDownTooLong)
        #expect(first.timesMaximumInTenths == 83)
    }

    @Test("the same incident is met in office hours and breached under 24x7, which counts every minute")
    func sameIncidentTwoAgreements() throws {
        let summaries = try summaries()
        // INC-2 names no agreement, so it counts under both active agreements of the EHR.
        let office = try #require(summaries["office-sla"]?.incidents.first { $0.incidentID == "INC-2" })
        let always = try #require(summaries["ehr-sla"]?.incidents.first { $0.incidentID == "INC-2" })
        // Reported Monday 4 May 09:10, answered 10:40: 90 minutes either way.
        #expect(office.responseMinutes == 90)
        #expect(office.responseMet == true)   // within 2 hours
        #expect(always.responseMinutes == 90)
        #expect(always.responseMet == false)  // beyond 1 hour
        // Restored 19:30: the office hours stop at 17:00, 7 hours 50 of the 8; 24x7 counts 10 hours 20.
        #expect(office.restoreMinutes == 470)
        #expect(office.restoreMet == true)
        #expect(always.restoreMinutes == 620)
        #expect(always.restoreMet == false)
        // The care was without the EHR from 09:00 to 19:30: 10 hours 30 against 8, 1.3 times.
        #expect(office.downMinutes == 630)
        #expect(office.timesMaximumInTenths == 13)
        // A draft agreement gets no incident it is not named in.
        #expect(summaries["draft-sla"]?.incidents.isEmpty == true)
    }

    @Test("an incident without a priority is held to the highest, and one still going on has no restore yet")
    func assumedPriorityAndOngoing() throws {
        let third = try #require(try summaries()["ehr-sla"]?.incidents.last)
        #expect(third.incidentID == "INC-3")
        #expect(third.priority == "P1")
        #expect(third.priorityAssumed)
        #expect(third.responseTime == ISODuration(minutes: 30))
        #expect(third.responseMinutes == nil)
        #expect(third.restoreMet == nil)
        #expect(third.downMinutes == nil)
        #expect(!third.careDownTooLong)
    }

    @Test("the scorecard counts per calendar quarter: incidents, met and breached, care down too long, the longest")
    func scorecard() throws {
        let summaries = try summaries()
        let office = try #require(summaries["office-sla"]).scorecard
        #expect(office.map { "\($0.year ?? 0) Q\($0.quarter ?? 0)" } == ["2026 Q1", "2026 Q2"])
        #expect(office.map(\.incidents) == [1, 1])
        #expect(office.map(\.restoreMet) == [1, 1])
        #expect(office.map(\.restoreBreached) == [0, 0])
        #expect(office.map(\.careDownTooLong) == [1, 1])
        #expect(office.map { $0.longest?.incidentID } == ["INC-1", "INC-2"])
        // Under 24x7 only the second quarter: INC-2 breached both times; INC-3 cannot be told yet.
        let always = try #require(summaries["ehr-sla"]).scorecard
        #expect(always.count == 1)
        let quarter = try #require(always.first)
        #expect((quarter.incidents, quarter.responseMet, quarter.responseBreached, quarter.restoreMet, quarter.restoreBreached) == (2, 0, 1, 0, 1))
        #expect(quarter.careDownTooLong == 1)
        #expect(quarter.longest?.incidentID == "INC-2")
    }

    @Test("the summary shows the SLA's measure and the care's side by side, in words")
    func summaryWords() throws {
        let summaries = try summaries()
        let office = try #require(summaries["office-sla"])
        let content = SummaryContent(summary: office, w: Wording(.english))
        let rows = content.incidents.rows
        #expect(rows.first == ["INC-1 EHR down over the weekend summer time starts (EHR)", "Friday 27 March 2026 16:00", "P1",
                               "50 minutes of 1 hour: met", "3 hours 30 minutes of 4 hours: met",
                               "66 hours, 8.3 × the maximum downtime of 8 hours: TOO LONG"])
        #expect(content.scorecard.rows.first == ["Q1 2026", "1", "1 / 0", "1 / 0", "1", "INC-1: 66 hours, 8.3 × the maximum downtime of 8 hours: TOO LONG"])
        let dutch = SummaryContent(summary: try #require(summaries["ehr-sla"]), w: Wording(.dutch))
        #expect(dutch.incidents.rows.first?[3] == "1 uur 30 minuten van 1 uur: NIET GEHAALD")
        #expect(dutch.incidents.rows.last?[2] == "P1 (niet vastgelegd; de hoogste)")
        #expect(dutch.incidents.rows.last?[4] == "nog niet hersteld")
        #expect(dutch.scorecard.rows.first?[0] == "2e kwartaal 2026")
    }

    @Test("the review reminder tells how the vendor did since the last review")
    func reviewReminder() throws {
        let items = DueList(register: try register(), today: ExampleRegister.asOf).items.filter { $0.kind == .review }
        // office-sla was reviewed on 1 April, after INC-1 of 27 March: only INC-2 is new.
        let office = try #require(items.first { $0.subjectID == "office-sla" })
        #expect(office.detail.sinceLastReview?.incidents == 1)
        #expect(office.detail.sinceLastReview?.longest?.incidentID == "INC-2")
        let words = DueItemWording(w: Wording(.english)).description(office)
        #expect(words.contains("Since the last review: 1 incident; response within the SLA 1 of 1, restore within the SLA 1 of 1; care without a system longer than its maximum downtime 1 time; longest: INC-2, 10 hours 30 minutes, 1.3 × the maximum downtime of 8 hours: TOO LONG."), "\(words)")
        // ehr-sla was reviewed on 15 April: INC-2 and INC-3 since.
        let always = try #require(items.first { $0.subjectID == "ehr-sla" })
        #expect(DueItemWording(w: Wording(.english)).description(always).contains("Since the last review: 2 incidents; response within the SLA 0 of 1, restore within the SLA 0 of 1;"))
        // The draft has no incident since, and says nothing about them.
        let draft = try #require(items.first { $0.subjectID == "draft-sla" })
        #expect(draft.detail.sinceLastReview == nil)
        #expect(!DueItemWording(w: Wording(.english)).description(draft).contains("Since the last review"))
    }
}
