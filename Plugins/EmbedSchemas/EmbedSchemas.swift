import Foundation
import PackagePlugin

/// Generates Swift source holding every `Schemas/*.xsd`, so the built `govreg` validates from any
/// working directory while `Schemas/` stays the single source of truth.
@main
struct EmbedSchemas: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let schemaFolder = context.package.directoryURL.appending(path: "Schemas")
        let schemas = try FileManager.default
            .contentsOfDirectory(at: schemaFolder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "xsd" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedSchemas.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(schemas.count) schemas from Schemas/",
                executable: try context.tool(named: "embed-schemas").url,
                arguments: [output.path] + schemas.map(\.path),
                inputFiles: schemas,
                outputFiles: [output]
            ),
        ]
    }
}
