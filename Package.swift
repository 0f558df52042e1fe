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
        .executable(name: "provable", targets: ["ProvableCLI"]),
        .executable(name: "provable-bench", targets: ["ProvableBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/attaswift/BigInt.git", exact: "6.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-numerics.git", exact: "1.1.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", exact: "2.0.1"),
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
        .executableTarget(
            name: "ProvableCLI",
            dependencies: [
                "Theorems",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "ProvableBench",
            dependencies: ["ExactMath", "FloatMath", "Optimizers", "Theorems"]),

        // Test support: drives swift-property-based's generators from the project's seeded PRNG.
        .target(
            name: "ProvableTesting",
            dependencies: [
                "FloatMath",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            path: "Tests/ProvableTesting"),
        .testTarget(name: "ExactMathTests", dependencies: ["ExactMath", "FloatMath", "ProvableTesting"]),
        .testTarget(name: "FloatMathTests", dependencies: ["FloatMath", "ProvableTesting"]),
        .testTarget(name: "OptimizersTests", dependencies: ["Optimizers", "ProvableTesting"]),
        .testTarget(name: "TheoremsTests", dependencies: ["Theorems", "Optimizers", "ProvableTesting"]),
        .testTarget(name: "ProvableCLITests", dependencies: ["Theorems", "ProvableTesting"]),
    ],
    swiftLanguageModes: [.v6]
)
