// swift-tools-version: 6.1
//
// Provable: theorems from optimization and learning-theory papers as executable,
// falsifiable checks. See README.md and Proofs/README.md.

import PackageDescription

let package = Package(
    name: "Provable",
    products: [
        .library(name: "ExactMath", targets: ["ExactMath"]),
        .library(name: "FloatMath", targets: ["FloatMath"]),
        .library(name: "Optimizers", targets: ["Optimizers"]),
        .library(name: "Theorems", targets: ["Theorems"]),
        // Swift Testing helpers for a researcher's own suites: expectHolds, expectRefuted, …
        .library(name: "ProvableTesting", targets: ["ProvableTesting"]),
        // The command line as a library: ProvableCommand.main(catalog:) in a user's executable.
        .library(name: "ProvableCLI", targets: ["ProvableCLI"]),
        .executable(name: "provable", targets: ["ProvableMain"]),
        .executable(name: "provable-bench", targets: ["ProvableBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/attaswift/BigInt.git", from: "6.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-numerics.git", from: "1.1.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin.git", from: "1.5.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV.git", from: "0.10.0"),
    ],
    targets: [
        .target(
            name: "ExactMath",
            dependencies: [
                .product(name: "BigInt", package: "BigInt"),
                .product(name: "RealModule", package: "swift-numerics"),
            ]),
        .target(
            name: "FloatMath",
            dependencies: [
                "ExactMath",
                .product(name: "RealModule", package: "swift-numerics"),
                .product(name: "ComplexModule", package: "swift-numerics"),
            ]),
        .target(
            name: "Optimizers",
            dependencies: [
                "ExactMath", "FloatMath",
                .product(name: "BigInt", package: "BigInt"),
                .product(name: "RealModule", package: "swift-numerics"),
            ]),
        .target(
            name: "Theorems",
            dependencies: [
                "ExactMath", "FloatMath", "Optimizers",
                .product(name: "BigInt", package: "BigInt"),
                .product(name: "RealModule", package: "swift-numerics"),
            ]),
        .target(
            name: "ProvableTesting",
            dependencies: [
                "Theorems", "FloatMath",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .target(
            name: "ProvableCLI",
            dependencies: [
                "Theorems",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ]),
        .executableTarget(
            name: "ProvableMain",
            dependencies: ["ProvableCLI", "Theorems"]),
        .executableTarget(
            name: "ProvableBench",
            dependencies: ["ExactMath", "FloatMath", "Optimizers", "Theorems"]),

        .testTarget(name: "ExactMathTests", dependencies: ["ExactMath", "FloatMath", "ProvableTesting"]),
        .testTarget(name: "FloatMathTests", dependencies: ["FloatMath", "ProvableTesting"]),
        .testTarget(name: "OptimizersTests", dependencies: ["Optimizers", "ProvableTesting"]),
        .testTarget(name: "TheoremsTests", dependencies: ["Theorems", "Optimizers", "ProvableTesting"]),
        .testTarget(name: "ProvableCLITests", dependencies: ["Theorems", "ProvableTesting"]),
    ],
    swiftLanguageModes: [.v6]
)
