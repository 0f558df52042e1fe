/// `provable merge`: the reports of the shards of one run (`check --shard i/n` or
/// `sweep --shard i/n`, all n of them) combined into the report the unsharded run prints,
/// byte for byte.
public enum ReportMerge {
    /// Why shards cannot be merged.
    public struct MergeError: Error, Sendable, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = description }
    }

    /// One shard report: where it came from (for messages) and its text.
    public struct Input: Sendable {
        public let name: String
        public let text: String
        public init(name: String, text: String) {
            self.name = name
            self.text = text
        }
    }

    /// The merged report: its JSON text (with a final newline) and whether the merged run succeeded.
    public struct Merged: Sendable {
        public let json: String
        public let succeeded: Bool
    }

    /// Merges the shard reports.
    public static func merge(_ inputs: [Input]) throws(MergeError) -> Merged {
        guard !inputs.isEmpty else { throw MergeError("no shard reports given") }
        var documents: [(name: String, fields: [(String, JSONValue)])] = []
        for input in inputs {
            let node: JSONDocument.Node
            do { node = try JSONDocument.parse(input.text) } catch {
                throw MergeError("\(input.name): not a JSON report: \(error)")
            }
            guard case .object(let fields) = node.value else { throw MergeError("\(input.name): not a JSON report object") }
            documents.append((input.name, fields))
        }
        let first = documents[0]
        func field(_ d: (name: String, fields: [(String, JSONValue)]), _ key: String) throws(MergeError) -> JSONValue {
            guard let v = d.fields.first(where: { $0.0 == key })?.1 else { throw MergeError("\(d.name): no \"\(key)\" key") }
            return v
        }
        // The shard blocks: the same count and selection everywhere, every index exactly once.
        var indices: [Int] = []
        let shardBlock = try field(first, "shard")
        guard case .object(let block) = shardBlock, case .int(let count)? = block.first(where: { $0.0 == "count" })?.1 else {
            throw MergeError("\(first.name): malformed \"shard\" block")
        }
        for d in documents {
            guard case .object(let b) = try field(d, "shard"), case .int(let i)? = b.first(where: { $0.0 == "index" })?.1 else {
                throw MergeError("\(d.name): not the report of a shard (no \"shard\" block with an index)")
            }
            let common = b.filter { $0.0 != "index" }, reference = block.filter { $0.0 != "index" }
            guard JSONValue.object(common) == JSONValue.object(reference) else {
                throw MergeError("\(d.name): its shard count, selection or seeds differ from \(first.name)'s: the reports come from different runs")
            }
            for key in ["provenance", "seed", "seeds", "scale", "maxInconclusiveFraction"] {
                let a = d.fields.first { $0.0 == key }?.1, b0 = first.fields.first { $0.0 == key }?.1
                guard a == b0 else { throw MergeError("\(d.name): \"\(key)\" differs from \(first.name)'s: the reports come from different runs") }
            }
            indices.append(i)
        }
        guard indices.sorted() == Array(1...max(count, 1)), indices.count == count else {
            let missing = Set(1...max(count, 1)).subtracting(indices).sorted()
            let repeated = Dictionary(grouping: indices, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
            throw MergeError("need each of the \(count) shards exactly once"
                             + (missing.isEmpty ? "" : "; missing \(missing.map { "\($0)/\(count)" }.joined(separator: ", "))")
                             + (repeated.isEmpty ? "" : "; repeated \(repeated.map { "\($0)/\(count)" }.joined(separator: ", "))"))
        }
        guard case .array(let selectionValues)? = block.first(where: { $0.0 == "selection" })?.1 else {
            throw MergeError("\(first.name): the shard block has no selection")
        }
        let selection = selectionValues.compactMap { v -> String? in if case .string(let s) = v { return s } else { return nil } }
        if first.fields.contains(where: { $0.0 == "seeds" }) {
            return try mergeSweep(documents, selection: selection)
        }
        return try mergeCheck(documents, selection: selection)
    }

    static func theoremObjects(_ d: (name: String, fields: [(String, JSONValue)])) throws(MergeError) -> [(id: String, fields: [(String, JSONValue)])] {
        guard case .array(let items)? = d.fields.first(where: { $0.0 == "theorems" })?.1 else {
            throw MergeError("\(d.name): no \"theorems\" array")
        }
        var out: [(id: String, fields: [(String, JSONValue)])] = []
        for item in items {
            guard case .object(let f) = item, case .string(let id)? = f.first(where: { $0.0 == "id" })?.1 else {
                throw MergeError("\(d.name): a theorem entry without an id")
            }
            out.append((id, f))
        }
        return out
    }

    static func mergeCheck(_ documents: [(name: String, fields: [(String, JSONValue)])], selection: [String]) throws(MergeError) -> Merged {
        var byID: [String: [(String, JSONValue)]] = [:]
        for d in documents {
            for t in try theoremObjects(d) {
                guard byID[t.id] == nil else { throw MergeError("\(d.name): theorem \(t.id) appears in two shards") }
                byID[t.id] = t.fields
            }
        }
        guard Set(byID.keys) == Set(selection), byID.count == selection.count else {
            throw MergeError("the shards' theorems are not the selection: missing \(Set(selection).subtracting(byID.keys).sorted()), unexpected \(Set(byID.keys).subtracting(selection).sorted())")
        }
        let ordered = selection.map { byID[$0]! }
        let verdicts = ordered.map { f -> String in
            if case .string(let v)? = f.first(where: { $0.0 == "verdict" })?.1 { return v }
            return ""
        }
        let first = documents[0].fields
        let succeeded = verdicts.allSatisfy { $0 == Verdict.holds.rawValue }
        let merged = JSONValue.object([
            ("provenance", first.first { $0.0 == "provenance" }?.1 ?? .null),
            ("seed", first.first { $0.0 == "seed" }?.1 ?? .null),
            ("scale", first.first { $0.0 == "scale" }?.1 ?? .null),
            ("succeeded", .bool(succeeded)),
            ("summary", .object(Verdict.allCases.map { v in (v.rawValue, .int(verdicts.filter { $0 == v.rawValue }.count)) })),
            ("theorems", .array(ordered.map(JSONValue.object))),
        ])
        return Merged(json: merged.serialized() + "\n", succeeded: succeeded)
    }

    static func mergeSweep(_ documents: [(name: String, fields: [(String, JSONValue)])], selection: [String]) throws(MergeError) -> Merged {
        let first = documents[0].fields
        guard case .array(let seedValues)? = first.first(where: { $0.0 == "seeds" })?.1,
              case .string(let scaleText)? = first.first(where: { $0.0 == "scale" })?.1, let scale = Scale(rawValue: scaleText),
              case .number(let maxFraction)? = first.first(where: { $0.0 == "maxInconclusiveFraction" })?.1 ?? .some(.number(0.01)) else {
            throw MergeError("\(documents[0].name): malformed sweep report")
        }
        let seeds = seedValues.compactMap { v -> UInt64? in if case .string(let s) = v { return UInt64(s) } else { return nil } }
        let position = Dictionary(uniqueKeysWithValues: seeds.enumerated().map { ($1, $0) })
        var parts: [String: [SweepTheoremSummary]] = [:]
        var families: [String: Family] = [:]
        for d in documents {
            for t in try theoremObjects(d) {
                let s = try SweepSummaryJSON.summary(t.fields, in: d.name)
                parts[t.id, default: []].append(s)
                families[t.id] = s.family
            }
        }
        guard Set(parts.keys) == Set(selection) else {
            throw MergeError("the shards' theorems are not the selection")
        }
        let summaries = selection.map { id in SweepSummaryJSON.combine(parts[id]!, position: position) }
        let run = SweepRun(seeds: seeds, scale: scale, theorems: summaries, maxInconclusiveFraction: maxFraction)
        guard case .object(var fields) = SweepReport.json(run) else { throw MergeError("internal: sweep JSON is not an object") }
        if let i = fields.firstIndex(where: { $0.0 == "provenance" }) {
            fields[i].1 = first.first { $0.0 == "provenance" }?.1 ?? .null
        }
        return Merged(json: JSONValue.object(fields).serialized() + "\n", succeeded: run.succeeded)
    }
}

/// Reading a sweep report's per-theorem summary back, and adding shards' summaries up in the
/// order the unsharded sweep produces.
enum SweepSummaryJSON {
    static func summary(_ f: [(String, JSONValue)], in name: String) throws(ReportMerge.MergeError) -> SweepTheoremSummary {
        func value(_ key: String) -> JSONValue? { f.first { $0.0 == key }?.1 }
        guard case .string(let id)? = value("id"), case .string(let family)? = value("family"),
              case .object(let verdictFields)? = value("verdicts"), case .object(let instanceFields)? = value("instances"),
              case .array(let survivors)? = value("survivingFalseVariants"), case .array(let cases)? = value("nonHolding") else {
            throw ReportMerge.MergeError("\(name): malformed sweep theorem entry")
        }
        func count(_ fields: [(String, JSONValue)], _ key: String) -> Int {
            if case .int(let n)? = fields.first(where: { $0.0 == key })?.1 { return n }
            return 0
        }
        let verdicts = Verdict.allCases.map { (verdict: $0, count: count(verdictFields, $0.rawValue)) }
        let instances = SweepRun.outcomes.map { (outcome: $0, count: count(instanceFields, $0.rawValue)) }
        var nonHolding: [SweepTheoremSummary.Case] = []
        for c in cases {
            guard case .object(let cf) = c, case .string(let seedText)? = cf.first(where: { $0.0 == "seed" })?.1,
                  let seed = UInt64(seedText), case .string(let v)? = cf.first(where: { $0.0 == "verdict" })?.1,
                  let verdict = Verdict(rawValue: v), case .string(let detail)? = cf.first(where: { $0.0 == "detail" })?.1 else {
                throw ReportMerge.MergeError("\(name): malformed nonHolding entry of \(id)")
            }
            nonHolding.append(.init(seed: seed, verdict: verdict, detail: detail))
        }
        var surviving: [SweepTheoremSummary.SurvivingVariant] = []
        for s in survivors {
            guard case .object(let sf) = s, case .string(let statement)? = sf.first(where: { $0.0 == "statement" })?.1,
                  case .array(let seedList)? = sf.first(where: { $0.0 == "seeds" })?.1 else {
                throw ReportMerge.MergeError("\(name): malformed survivingFalseVariants entry of \(id)")
            }
            let seeds = seedList.compactMap { v -> UInt64? in if case .string(let t) = v { return UInt64(t) } else { return nil } }
            surviving.append(.init(statement: statement, seeds: seeds))
        }
        return SweepTheoremSummary(id: id, family: Family(family), verdicts: verdicts, instances: instances,
                                   nonHolding: nonHolding, survivingVariants: surviving)
    }

    /// Shards' summaries of one theorem added up: counts summed, cases in seed order, surviving
    /// variants in order of first appearance (earliest seed, then their order at that seed).
    static func combine(_ parts: [SweepTheoremSummary], position: [UInt64: Int]) -> SweepTheoremSummary {
        let first = parts[0]
        let verdicts = Verdict.allCases.map { v in (verdict: v, count: parts.map { $0.count(v) }.reduce(0, +)) }
        let instances = SweepRun.outcomes.map { o in (outcome: o, count: parts.map { $0.count(o) }.reduce(0, +)) }
        let cases = parts.flatMap(\.nonHolding).sorted { (position[$0.seed] ?? 0) < (position[$1.seed] ?? 0) }
        var seedsOf: [String: [UInt64]] = [:]
        var firstSeen: [String: (Int, Int)] = [:]
        for part in parts {
            for (local, v) in part.survivingVariants.enumerated() {
                seedsOf[v.statement, default: []] += v.seeds
                let key = (v.seeds.map { position[$0] ?? 0 }.min() ?? 0, local)
                if let old = firstSeen[v.statement] { if key < old { firstSeen[v.statement] = key } } else { firstSeen[v.statement] = key }
            }
        }
        let statements = firstSeen.keys.sorted { firstSeen[$0]! < firstSeen[$1]! }
        let surviving = statements.map { s in
            SweepTheoremSummary.SurvivingVariant(statement: s, seeds: seedsOf[s]!.sorted { (position[$0] ?? 0) < (position[$1] ?? 0) })
        }
        return SweepTheoremSummary(id: first.id, family: first.family, verdicts: verdicts, instances: instances,
                                   nonHolding: cases, survivingVariants: surviving)
    }
}
