// swift-tools-version: 6.0
import PackageDescription

/// Every Swift target is compiled with the same upcoming language features.
let strictness: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// libxml2's C module, which only GovernanceXML is shown: its module map lives inside that
/// target and is passed to its compiler alone, so no other target can import libxml2, however it
/// tries (a system-library target would be visible to every target that depends on it).
let libxml2: [SwiftSetting] = [
    .unsafeFlags([
        // Resilient, so that clients never load the modules it imports internally.
        "-enable-library-evolution",
        "-Xcc", "-fmodule-map-file=" + Context.packageDirectory + "/Sources/GovernanceXML/CLibXML2/module.modulemap",
        "-Xcc", "-I/usr/include/libxml2",
        "-Xcc", "-I/opt/homebrew/opt/libxml2/include/libxml2",
        "-Xcc", "-I/usr/local/opt/libxml2/include/libxml2",
    ]),
]

let package = Package(
    name: "govreg",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "govreg", targets: ["govreg"]),
        .library(name: "GovernanceRegister", targets: ["GovernanceRegister"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-system", from: "1.4.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // The C system calls Swift lacks: file calls for SafeFiles, allocator tuning for the CLI.
        .systemLibrary(
            name: "CSystemSupport"
        ),
        .executableTarget(
            name: "embed-schemas",
            path: "Sources/embed-schemas",
            swiftSettings: strictness
        ),
        .plugin(
            name: "EmbedSchemas",
            capability: .buildTool(),
            dependencies: ["embed-schemas"]
        ),
        // Parsing, schema validation and editing through libxml2, behind a narrow Swift API.
        .target(
            name: "GovernanceXML",
            exclude: ["CLibXML2"],
            swiftSettings: strictness + libxml2,
            linkerSettings: [.linkedLibrary("xml2")],
            plugins: ["EmbedSchemas"]
        ),
        // Reading input and writing files safely: the only code that writes files.
        .target(
            name: "SafeFiles",
            dependencies: ["CSystemSupport", .product(name: "SystemPackage", package: "swift-system")],
            swiftSettings: strictness
        ),
        // All of govreg's behaviour: model, rules, reviews, continuity, reports, editing.
        .target(
            name: "GovernanceRegister",
            dependencies: ["GovernanceXML", "SafeFiles", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strictness
        ),
        // govreg serve: the register in a browser, on Hummingbird, over the same editing layer.
        .target(
            name: "RegisterServer",
            dependencies: ["GovernanceRegister", .product(name: "Hummingbird", package: "hummingbird")],
            swiftSettings: strictness
        ),
        // The command line: argument parsing and printing only.
        .executableTarget(
            name: "govreg",
            dependencies: [
                "GovernanceRegister",
                "RegisterServer",
                "CSystemSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "GovernanceRegisterTests",
            dependencies: ["GovernanceRegister", "GovernanceXML", "SafeFiles"],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "govregTests",
            dependencies: ["govreg", "GovernanceRegister", "GovernanceXML", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Golden"],
            swiftSettings: strictness
        ),
    ]
)
