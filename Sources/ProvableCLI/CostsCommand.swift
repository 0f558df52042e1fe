import ArgumentParser
import Foundation
import Theorems

extension Provable {
    /// `provable costs`: measures each theorem's run time, for the shard balancer's table.
    struct Costs: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time each theorem (one thread, release build advised) and print the table Theorems/Run/ShardCosts.swift holds.",
            shouldDisplay: false)

        @Option(help: "The scales to time.")
        var scale: [Scale] = [.quick, .standard]

        @Option(help: "The seed.")
        var seed: UInt64 = 1

        func run() throws {
            let clock = ContinuousClock()
            var out = "    static let measured: [Scale: [String: Double]] = [\n"
            for s in scale {
                out += "        .\(s.rawValue): [\n"
                for t in CommandContext.catalog.theorems {
                    let start = clock.now
                    _ = Catalog.run(t, seed: seed, scale: s)
                    let d = clock.now - start
                    let seconds = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
                    out += "            \"\(t.id)\": \(Double(Int(seconds * 1000)) / 1000),\n"
                }
                out += "        ],\n"
            }
            out += "    ]\n"
            print(out, terminator: "")
        }
    }
}
