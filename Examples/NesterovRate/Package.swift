// swift-tools-version: 6.1
//
// An example of a researcher's own package on top of Provable: one theorem of its own
// (Nesterov's tuned rate on quadratics, decided exactly), tested with ProvableTesting, and an
// executable that runs it beside Provable's catalog with the same `check`, `sweep`, `list`,
// `cite`, `diff` commands. In your own package, depend on Provable by URL instead of path.

import PackageDescription

let package = Package(
    name: "NesterovRate",
    dependencies: [
        .package(name: "Provable", path: "../.."),
    ],
    targets: [
        .target(
            name: "NesterovRate",
            dependencies: [
                .product(name: "Theorems", package: "Provable"),
                .product(name: "Optimizers", package: "Provable"),
                .product(name: "ExactMath", package: "Provable"),
                .product(name: "FloatMath", package: "Provable"),
            ]),
        .executableTarget(
            name: "nesterov-check",
            dependencies: [
                "NesterovRate",
                .product(name: "ProvableCLI", package: "Provable"),
                .product(name: "Theorems", package: "Provable"),
            ]),
        .testTarget(
            name: "NesterovRateTests",
            dependencies: [
                "NesterovRate",
                .product(name: "ProvableTesting", package: "Provable"),
                .product(name: "Theorems", package: "Provable"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
