import Foundation
import Testing
@testable import GovernanceRegister

struct ContractTermTests {
    private func date(_ text: String) -> CalendarDate { CalendarDate(text)! }
    private func duration(_ text: String) -> ISODuration { ISODuration(text)! }

    private func term(start: String, initial: String? = nil, end: String? = nil, renewal: Term.RenewalKind = .automatic,
                      renewalTerm: String? = "P12M", notice: String? = "P3M", buffer: String? = nil) -> ContractTerm {
        ContractTerm(Term(
            start: date(start), initialTerm: initial.map(duration), end: end.map(date),
            renewal: Term.Renewal(kind: renewal, term: renewalTerm.map(duration), location: .start),
            noticePeriod: notice.map(duration), decisionBuffer: buffer.map(duration), location: .start
        ))
    }

    @Test("a 36-month term renewed yearly with 3 months' notice, seen in its fifth year")
    func fifthYear() {
        let contract = term(start: "2022-03-01", initial: "P36M")
        let period = contract.period(on: date("2026-06-15"))
        #expect(period.number == 2)
        #expect(period.start == date("2026-03-01"))
        #expect(period.end == date("2027-02-28"))
        #expect(contract.cancelBy(period) == date("2026-11-30"))
        #expect(contract.decideBy(period) == date("2026-10-31"))
        // The last day of the fourth year still belongs to the first renewal.
        #expect(contract.period(on: date("2026-02-28")).number == 1)
    }

    @Test("periods are counted from the start, so month ends do not drift")
    func monthEnds() {
        let contract = term(start: "2024-01-31", initial: "P1M", renewalTerm: "P1M", notice: "P7D")
        #expect(contract.period(number: 0).end == date("2024-02-28"))
        #expect(contract.period(number: 1).start == date("2024-02-29"))
        #expect(contract.period(number: 1).end == date("2024-03-30"))
        #expect(contract.period(number: 2).end == date("2024-04-29"))
        #expect(contract.period(number: 3).end == date("2024-05-30"))
        #expect(contract.period(on: date("2024-05-30")).number == 3)
    }

    @Test("a term that starts on 29 February runs to the day before 28 February next year, in leap and common years")
    func leapDay() {
        let contract = term(start: "2024-02-29", initial: "P1Y", renewalTerm: "P1Y")
        #expect(contract.period(number: 0).end == date("2025-02-27"))
        #expect(contract.period(number: 3).end == date("2028-02-28"))
        #expect(contract.period(number: 4).start == date("2028-02-29"))
    }

    @Test("notice is due the day before the period end minus the notice period")
    func noticeAtMonthEnd() {
        // A period ending 28 February with 3 months' notice: notice must arrive by 30 November.
        let contract = term(start: "2024-03-01", initial: "P12M", renewalTerm: "P12M", notice: "P3M", buffer: "P14D")
        let period = contract.period(number: 0)
        #expect(period.end == date("2025-02-28"))
        #expect(contract.cancelBy(period) == date("2024-11-30"))
        #expect(contract.decideBy(period) == date("2024-11-16"))
    }

    @Test("a fixed end date, renewed after it")
    func fixedEnd() {
        let contract = term(start: "2024-01-01", end: "2025-06-30", renewalTerm: "P6M", notice: "P1M")
        #expect(contract.period(number: 0).end == date("2025-06-30"))
        #expect(contract.period(on: date("2025-09-01")) == ContractTerm.Period(number: 1, start: date("2025-07-01"), end: date("2025-12-31")))
        #expect(contract.cancelBy(contract.period(number: 1)) == date("2025-11-30"))
    }

    @Test("without automatic renewal the last period stays the current one after it ends")
    func noRenewal() {
        let contract = term(start: "2020-01-01", initial: "P24M", renewal: .none, renewalTerm: nil)
        let period = contract.period(on: date("2026-01-01"))
        #expect(period.number == 0)
        #expect(period.end == date("2021-12-31"))
    }

    @Test("a long-running agreement finds its period without counting every renewal")
    func longRunning() {
        let contract = term(start: "1990-01-01", initial: "P12M", renewalTerm: "P1M", notice: "P7D")
        let period = contract.period(on: date("2026-11-22"))
        #expect(period.start == date("2026-11-01"))
        #expect(period.end == date("2026-11-30"))
    }

    @Test("monthly renewals from a short first renewal still land on the period that runs")
    func shortFirstRenewal() {
        // The first renewal is February (28 days); later months are longer.
        for day in ["2030-06-15", "2041-01-31", "2055-12-01"] {
            let contract = term(start: "2024-01-01", initial: "P13M", renewalTerm: "P1M", notice: "P7D")
            let period = contract.period(on: date(day))
            #expect(period.start <= date(day) && date(day) <= period.end, "\(day): \(period)")
        }
    }

    @Test("today is read in the register's time zone")
    func timeZone() throws {
        var text = ExampleRegister.document()
        text = text.replacingOccurrences(of: #"<organisation kind="hospital">"#, with: #"<organisation kind="hospital" timeZone="Pacific/Kiritimati">"#)
        let document = try #require(GovernanceValidator().check(bytes: Array(text.utf8), path: "x.xml").document)
        // 2026-11-21 11:13 UTC is already 22 November on Kiritimati (UTC+14), still 21 November in Amsterdam.
        let moment = Date(timeIntervalSince1970: 1_795_259_600)
        #expect(document.timeZone == "Pacific/Kiritimati")
        #expect(document.today(now: moment) == date("2026-11-22"))
        #expect(CalendarDate.today(inTimeZone: "Europe/Amsterdam", now: moment) == date("2026-11-21"))
    }
}
