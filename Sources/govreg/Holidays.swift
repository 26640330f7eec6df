import ArgumentParser
import GovernanceRegister

/// `govreg holidays`: the days the register counts as public holidays in a year, worked out from
/// its calendar, its own closing days and the days it leaves out.
struct Holidays: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holidays",
        abstract: "List the public holidays the register counts in a year.",
        discussion: """
        The days on which service windows do not apply (unless an agreement's hours are open on \
        public holidays): the holidays of the register's calendar (<holidays calendar="nl">, \
        worked out for any year), its own closing days (<holiday>), less the days it keeps as \
        working days (<workingDay>).

        Examples:
          govreg holidays Samples/registers/gp-practice.xml
          govreg holidays Samples/registers/hospital.xml --year 2031
        """
    )

    @Argument(help: "The register.")
    var register: String

    @Option(help: ArgumentHelp("The year (default: this year).", valueName: "year"))
    var year: Int?

    @OptionGroup var document: DocumentOptions

    func run() throws {
        // The Gregorian calendar, which Easter is reckoned in, began in 1582.
        if let year, !(1583...9999).contains(year) {
            throw GovregError.invalidOption(name: "--year", value: String(year), expected: LocalizedText(en: "a year from 1583 to 9999", nl: "een jaar van 1583 tot en met 9999"))
        }
        let (register, check) = try document.loadRegister(self.register)
        let w = document.wording(for: check.document)
        let year = self.year ?? document.today(for: .register(register)).year
        let days = register.holidays.days(in: year, language: w.language)
        var text = w("Public holidays in \(year)", "Feestdagen in \(year)") + ": " + (days.isEmpty ? w("none", "geen") : String(days.count)) + "\n"
        for day in days {
            text += "  \(w.date(day.date))  \(day.name)\n"
        }
        if register.holidays.standard == nil {
            text += w("Only the days the register lists; with <holidays calendar=\"nl\"> govreg works out the Dutch public holidays for every year.\n",
                      "Alleen de dagen die het register noemt; met <holidays calendar=\"nl\"> rekent govreg de Nederlandse feestdagen voor elk jaar uit.\n")
        }
        try deliver(PlainText.visible(text), to: nil, after: check)
    }
}
