// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "govreg",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "govreg", targets: ["govreg"]),
        .library(name: "GovernanceRegister", targets: ["GovernanceRegister"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-system", from: "1.4.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CFileSupport"
        ),
        .executableTarget(
            name: "embed-schemas",
            path: "Sources/embed-schemas"
        ),
        .plugin(
            name: "EmbedSchemas",
            capability: .buildTool(),
            dependencies: ["embed-schemas"]
        ),
        .target(
            name: "SafeFiles",
            dependencies: ["CFileSupport", .product(name: "SystemPackage", package: "swift-system")]
        ),
        .target(
            name: "GovernanceRegister",
            dependencies: ["CLibXML2", "SafeFiles"],
            plugins: ["EmbedSchemas"]
        ),
        .executableTarget(
            name: "govreg",
            dependencies: [
                "GovernanceRegister",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "GovernanceRegisterTests",
            dependencies: ["GovernanceRegister"]
        ),
        .testTarget(
            name: "govregTests",
            dependencies: ["govreg"],
            exclude: ["Golden"]
        ),
    ]
)
