/// The RACI overview as one CSV table: matrix, activity, then one column per party.
struct RaciCSVReporter: Reporter {
    let format = OutputFormat.csv
    let separator: CSVTable.Separator

    func render(_ overview: RaciOverview, wording w: Wording) -> String {
        // Each party once, in the order the matrices name them (a set, so 30,000 parties stay linear).
        var seen = Set<RaciOverview.Column>()
        let parties = overview.tables.flatMap(\.columns).filter { seen.insert($0).inserted }
        var table = CSVTable(separator: separator)
        table.rows.append([w("Matrix", "Matrix"), w("Activity id", "Activiteit-id"), w("Activity", "Activiteit")] + parties.map(\.name))
        for matrix in overview.tables {
            for row in matrix.rows {
                table.rows.append([matrix.title, row.id, row.name] + parties.map { row.roles[$0.id]?.letters ?? "" })
            }
        }
        return table.text
    }
}
