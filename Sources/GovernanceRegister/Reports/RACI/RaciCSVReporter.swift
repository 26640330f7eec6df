/// The RACI overview as one CSV table: matrix, activity, then one column per party.
struct RaciCSVReporter: Reporter {
    let format = OutputFormat.csv
    let separator: CSVTable.Separator

    func render(_ overview: RaciOverview, wording w: Wording) -> String {
        var parties: [RaciOverview.Column] = []
        for column in overview.tables.flatMap(\.columns) where !parties.contains(column) {
            parties.append(column)
        }
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
