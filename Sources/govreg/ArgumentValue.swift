import Foundation
import ArgumentParser
import GovernanceRegister

/// Option values as people write them, read with a message in their language that says what works
/// when a value cannot be read: `--as-of 22-11-2026` is a date, `--max-size 500` asks for a unit.
enum ArgumentValue {
    /// Why a value could not be read, worded in the language of the run.
    struct Problem: Error, CustomStringConvertible {
        let expected: LocalizedText
        var description: String { expected.text(in: MessageLanguage.current()) }
    }

    /// A date, day first as in the Netherlands (22-11-2026, 22 november 2026) or as 2026-11-22.
    static func date(_ text: String) throws -> CalendarDate {
        do {
            return try ValueInput.calendarDate(text)
        } catch {
            throw Problem(expected: error.expected)
        }
    }

    /// A file size with its unit: 500KB, 64MB, 1.5GB.
    static func size(_ text: String) throws -> ByteCount {
        guard let size = ByteCount(text) else {
            throw Problem(expected: LocalizedText(
                en: "give a size with its unit, KB, MB or GB, from 1KB up to 2GB, e.g. 500MB",
                nl: "geef een grootte met eenheid, KB, MB of GB, van 1KB tot en met 2GB, bijvoorbeeld 500MB"))
        }
        return size
    }

    /// A value of one of the schemas' enumerations, or its label in Dutch or English
    /// (`--outcome goedgekeurd` is approved).
    static func choice<Value: RawRepresentable<String>>(of typeName: String) -> (String) throws -> Value {
        { text in
            do {
                let value = try ValueInput.schemaForm(of: text, type: ValueInput.schemaType(named: typeName))
                guard let choice = Value(rawValue: value) else { throw Problem(expected: LocalizedText(en: "not a value govreg knows", nl: "geen waarde die govreg kent")) }
                return choice
            } catch let problem as ValueInput.Problem {
                throw Problem(expected: problem.expected)
            }
        }
    }

    /// A number of days, 0 or more.
    static func days(_ text: String) throws -> Int {
        guard let days = Int(text.trimmingCharacters(in: .whitespaces)), days >= 0, days <= 36_600 else {
            throw Problem(expected: LocalizedText(en: "give a number of days, 0 or more, e.g. 30", nl: "geef een aantal dagen, 0 of meer, bijvoorbeeld 30"))
        }
        return days
    }
}
