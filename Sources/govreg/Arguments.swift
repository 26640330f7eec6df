public import ArgumentParser
import Foundation
public import GovernanceRegister

extension Language: ExpressibleByArgument {}

extension RaciFormat: ExpressibleByArgument {}

extension CSVTable.Separator: ExpressibleByArgument {}

extension SummaryFormat: ExpressibleByArgument {}

extension ReviewsFormat: ExpressibleByArgument {}

extension RaciRole: ExpressibleByArgument {
    /// R, A, C, I, or A with R as a RACI sheet writes it (A/R, AR, "A R").
    public init?(argument: String) {
        self.init(written: argument)
    }
}

extension DiffFormat: ExpressibleByArgument {}

extension ContinuityFormat: ExpressibleByArgument {}


extension ValidationFormat: ExpressibleByArgument {}

extension RulesFormat: ExpressibleByArgument {}
