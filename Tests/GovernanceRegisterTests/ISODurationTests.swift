import Foundation
import Testing
@testable import GovernanceRegister

struct ISODurationTests {
    @Test("parses xs:duration forms", arguments: [
        ("PT15M", "PT15M"), ("PT4H", "PT4H"), ("P3M", "P3M"), ("P1Y2M3DT4H5M6S", "P1Y2M3DT4H5M6S"),
        ("PT0M", "PT0S"), ("P30D", "P30D"), ("PT1.5S", "PT1.5S"),
    ])
    func parses(text: String, canonical: String) {
        #expect(ISODuration(text)?.description == canonical)
    }

    @Test("refuses what is not an xs:duration", arguments: ["", "P", "PT", "4H", "P4H", "PT4D", "P1M2Y", "P1.5M", "4 hours", "P-1D"])
    func refuses(text: String) {
        #expect(ISODuration(text) == nil)
    }

    @Test("orders durations as XML Schema does")
    func ordering() throws {
        func d(_ text: String) throws -> ISODuration { try #require(ISODuration(text)) }
        #expect(try ISODuration.order(d("PT30M"), d("PT4H")) == .orderedAscending)
        #expect(try ISODuration.order(d("PT240M"), d("PT4H")) == .orderedSame)
        #expect(try ISODuration.order(d("P1D"), d("PT23H")) == .orderedDescending)
        #expect(try ISODuration.order(d("P13M"), d("P1Y")) == .orderedDescending)
        #expect(try ISODuration.order(d("P12M"), d("P1Y")) == .orderedSame)
        // A month is 28 to 31 days: P1M against P30D depends on the month.
        #expect(try ISODuration.order(d("P1M"), d("P30D")) == nil)
        #expect(try ISODuration.order(d("P1M"), d("P27D")) == .orderedDescending)
        // Whole months and years: a year is twelve months at any moment, a negative one less than none.
        #expect(try ISODuration.order(d("P1Y"), d("P11M")) == .orderedDescending)
        #expect(try ISODuration.order(d("P2Y"), d("P24M")) == .orderedSame)
        #expect(try ISODuration.order(d("-P1M"), d("P0M")) == .orderedAscending)
        #expect(try ISODuration.order(d("-P1Y"), d("-P13M")) == .orderedDescending)
        // Months with days: P1M1D is longer than P1M, and P1M against P1M1D the other way round.
        #expect(try ISODuration.order(d("P1M1D"), d("P1M")) == .orderedDescending)
        #expect(try ISODuration.order(d("P2M"), d("P1M30D")) == nil)
    }
}
