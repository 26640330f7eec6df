public import ArgumentParser
import Foundation
public import GovernanceRegister

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}

extension Language: ExpressibleByArgument {}

extension ByteCount: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}

extension RaciFormat: ExpressibleByArgument {}

extension CSVTable.Separator: ExpressibleByArgument {}

extension SummaryFormat: ExpressibleByArgument {}

extension ReviewsFormat: ExpressibleByArgument {}

extension RaciRole: ExpressibleByArgument {}

extension Review.Outcome: ExpressibleByArgument {}

extension DiffFormat: ExpressibleByArgument {}

extension ContinuityFormat: ExpressibleByArgument {}


extension ValidationFormat: ExpressibleByArgument {}

extension RulesFormat: ExpressibleByArgument {}
