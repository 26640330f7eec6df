import Testing

/// `govreg holidays`, and the calendar's days in the continuity check of a year no register lists.
@Suite struct HolidaysCommandTests {
    @Test("the holidays of 2028, worked out from the sample's calendar, with Good Friday")
    func list2028() throws {
        let outcome = try GovregProcess.run(["holidays", "Samples/registers/gp-practice.xml", "--year", "2028"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == """
            Feestdagen in 2028: 11
              1 januari 2028  Nieuwjaarsdag
              14 april 2028  Goede Vrijdag
              16 april 2028  Eerste Paasdag
              17 april 2028  Tweede Paasdag
              27 april 2028  Koningsdag
              5 mei 2028  Bevrijdingsdag
              25 mei 2028  Hemelvaartsdag
              4 juni 2028  Eerste Pinksterdag
              5 juni 2028  Tweede Pinksterdag
              25 december 2028  Eerste Kerstdag
              26 december 2028  Tweede Kerstdag

            """)
    }

    @Test("a year outside the calendar is a usage error in words")
    func badYear() throws {
        let outcome = try GovregProcess.run(["holidays", "Samples/registers/gp-practice.xml", "--year", "1200"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("--year"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("1583"))
    }

    @Test("the HIS's worst case in 2028 runs over Easter: out at 17:00 on the Thursday before Good Friday, back at 12:00 on the Tuesday after Easter Monday, 115 hours")
    func worstCaseOverEaster2028() throws {
        let outcome = try GovregProcess.run(["continuity", "Samples/registers/gp-practice.xml", "--as-of", "2028-03-01"])
        // Thursday 13 April 17:00 to Tuesday 18 April 12:00: four days and 19 hours, 4 x 24 + 19 = 115 hours,
        // the 4 service hours of a P1 restore all on the Tuesday, 08:00 to 12:00.
        #expect(outcome.stdout.contains("Slechtste geval: 115 uur (uitval donderdag 13 april 2028 17:00 UTC+02:00, hersteld dinsdag 18 april 2028 12:00 UTC+02:00)"), "\(outcome.stdout)")
    }
}
