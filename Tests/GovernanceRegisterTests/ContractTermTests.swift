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

    @Test("a month from the 28th to the 31st of January, in a common and a leap year", arguments: [
        // start, last day of the month-long period (the next period starts the day after)
        ("2025-01-28", "2025-02-27"), ("2025-01-29", "2025-02-28"), ("2025-01-30", "2025-02-28"), ("2025-01-31", "2025-02-28"),
        ("2024-01-28", "2024-02-27"), ("2024-01-29", "2024-02-28"), ("2024-01-30", "2024-02-29"), ("2024-01-31", "2024-02-29"),
        ("2024-03-31", "2024-04-30"), ("2024-08-31", "2024-09-30"), ("2024-12-31", "2025-01-30"), ("2024-02-29", "2024-03-28"),
    ])
    func oneMonth(start: String, end: String) {
        let contract = term(start: start, initial: "P1M", renewalTerm: "P1M", notice: nil)
        #expect(contract.period(number: 0).end == date(end))
        #expect(contract.period(number: 1).start == date(end).adding(days: 1))
    }

    @Test("three months from the 29th, 30th and 31st of November end in February, in a common and a leap year", arguments: [
        ("2024-11-29", "2025-02-28"), ("2024-11-30", "2025-02-28"), ("2023-11-29", "2024-02-28"), ("2023-11-30", "2024-02-29"),
        ("2024-10-31", "2025-01-30"), ("2024-12-31", "2025-03-30"),
    ])
    func threeMonths(start: String, end: String) {
        #expect(term(start: start, initial: "P3M", renewal: .none, renewalTerm: nil, notice: nil).period(number: 0).end == date(end))
    }

    @Test("each renewal runs its term from the day after the last period: monthly from 31 January")
    func monthlyFromTheLastDay() {
        let contract = term(start: "2025-01-31", initial: "P1M", renewalTerm: "P1M", notice: "P7D")
        #expect(contract.period(number: 0) == ContractTerm.Period(number: 0, start: date("2025-01-31"), end: date("2025-02-28")))
        #expect(contract.period(number: 1) == ContractTerm.Period(number: 1, start: date("2025-03-01"), end: date("2025-03-31")))
        #expect(contract.period(number: 2) == ContractTerm.Period(number: 2, start: date("2025-04-01"), end: date("2025-04-30")))
        #expect(contract.period(on: date("2025-04-30")).number == 2)
        #expect(contract.period(on: date("2026-11-22")) == ContractTerm.Period(number: 21, start: date("2026-11-01"), end: date("2026-11-30")))
    }

    @Test("12 months from 29 February 2024 run through 28 February 2025, and each year after from 1 March")
    func leapDay() {
        let contract = term(start: "2024-02-29", initial: "P12M", renewalTerm: "P12M", notice: "P3M")
        #expect(contract.period(number: 0).end == date("2025-02-28"))
        #expect(contract.period(number: 1) == ContractTerm.Period(number: 1, start: date("2025-03-01"), end: date("2026-02-28")))
        #expect(contract.period(number: 3) == ContractTerm.Period(number: 3, start: date("2027-03-01"), end: date("2028-02-29")))
        #expect(contract.period(on: date("2025-02-28")).number == 0)
        #expect(contract.period(on: date("2025-03-01")).number == 1)
        // Notice for the period that ends 28 February 2025: it must reach the vendor by 30 November 2024;
        // decide 30 days before that, by 31 October.
        #expect(contract.cancelBy(contract.period(number: 0)) == date("2024-11-30"))
        #expect(contract.decideBy(contract.period(number: 0)) == date("2024-10-31"))
        #expect(contract.cancelBy(contract.period(number: 3)) == date("2027-11-30"))
    }

    @Test("a yearly term from the 30th or 31st of a month keeps its day", arguments: [
        ("2024-01-30", "2026-06-01", "2026-01-30", "2027-01-29"),
        ("2023-03-31", "2026-06-01", "2026-03-31", "2027-03-30"),
        ("2024-08-31", "2026-09-15", "2026-08-31", "2027-08-30"),
    ])
    func yearly(start: String, on day: String, periodStart: String, periodEnd: String) {
        let period = term(start: start, initial: "P12M", renewalTerm: "P12M").period(on: date(day))
        #expect(period.start == date(periodStart))
        #expect(period.end == date(periodEnd))
    }

    @Test("the notice deadline is the last day from which the notice period still ends within the period", arguments: [
        // period start, period end, notice period, last day for notice
        ("2026-01-01", "2026-12-31", "P3M", "2026-09-30"),
        ("2026-05-31", "2027-05-30", "P3M", "2027-02-28"),
        ("2027-03-01", "2028-02-29", "P1M", "2028-01-31"),
        ("2026-07-01", "2027-06-30", "P30D", "2027-05-31"),
        ("2026-07-01", "2027-06-30", "P1Y", "2026-06-30"),
    ])
    func noticeDeadline(start: String, end: String, notice: String, lastDay: String) {
        let contract = term(start: start, end: end, renewalTerm: "P12M", notice: notice)
        #expect(contract.cancelBy(contract.period(number: 0)) == date(lastDay))
    }

    @Test("without a notice period, notice can be given until the period's last day")
    func noNoticePeriod() {
        let contract = term(start: "2025-01-01", initial: "P24M", renewalTerm: "P12M", notice: nil)
        let period = contract.period(on: date("2026-11-22"))
        #expect(period.end == date("2026-12-31"))
        #expect(contract.cancelBy(period) == date("2026-12-31"))
        #expect(contract.decideBy(period) == date("2026-12-01"))
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
