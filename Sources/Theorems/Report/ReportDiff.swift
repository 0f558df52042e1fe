/// `provable diff BASE.json NEW.json`: what changed between two `check` reports of the same
/// seed and scale — verdicts, theorems added or removed, false variants that stopped being
/// refuted, exact values that changed, Float64 values that drifted past a tolerance — and
/// whether any change is a regression.
public struct ReportDiff: Sendable {
    /// One difference.
    public struct Change: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            case theoremRemoved = "theorem-removed"
            case theoremAdded = "theorem-added"
            case verdictChanged = "verdict-changed"
            case falseVariantSurvived = "false-variant-survived"
            case falseVariantNowRefuted = "false-variant-now-refuted"
            case instanceCountChanged = "instance-count-changed"
            case instanceChanged = "instance-changed"
            case outcomeChanged = "outcome-changed"
            case exactValueChanged = "exact-value-changed"
            case floatDrift = "float-drift"
        }

        public let kind: Kind
        public let theorem: String
        public let detail: String
        /// Whether the change makes the new report worse than the base.
        public let isRegression: Bool
    }

    public let changes: [Change]
    /// The relative tolerance for Float64 values: |new − base| ≤ tolerance · max(1, |base|).
    public let tolerance: Double

    /// Any change is a regression.
    public var hasRegression: Bool { changes.contains(where: \.isRegression) }

    /// Why two reports cannot be compared.
    public struct DiffError: Error, Sendable, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = description }
    }

    /// Compares two `check` JSON reports.
    public init(base: String, new: String, tolerance: Double = 0, baseName: String = "base", newName: String = "new") throws(DiffError) {
        self.tolerance = tolerance
        let a = try Self.object(base, baseName), b = try Self.object(new, newName)
        for key in ["seed", "scale"] {
            guard a.get(key) == b.get(key) else {
                throw DiffError("the reports are of different runs: \(key) \(a.get(key)?.serialized() ?? "missing") in \(baseName), \(b.get(key)?.serialized() ?? "missing") in \(newName); compare reports of the same --seed and --scale")
            }
        }
        guard a.get("shard") == nil, b.get("shard") == nil else {
            throw DiffError("one of the reports is a single shard; merge the shards first ('provable merge')")
        }
        let baseTheorems = try Self.theorems(a, baseName), newTheorems = try Self.theorems(b, newName)
        var changes: [Change] = []
        let newIDs = Set(newTheorems.map(\.id)), baseIDs = Set(baseTheorems.map(\.id))
        for t in baseTheorems where !newIDs.contains(t.id) {
            changes.append(Change(kind: .theoremRemoved, theorem: t.id, detail: "in the base report, not in the new one", isRegression: true))
        }
        for t in newTheorems where !baseIDs.contains(t.id) {
            changes.append(Change(kind: .theoremAdded, theorem: t.id, detail: "new, verdict \(t.fields.string("verdict") ?? "?")", isRegression: false))
        }
        let byID = Dictionary(uniqueKeysWithValues: newTheorems.map { ($0.id, $0.fields) })
        for t in baseTheorems {
            guard let n = byID[t.id] else { continue }
            changes += Self.compare(id: t.id, base: t.fields, new: n, tolerance: tolerance)
        }
        self.changes = changes
    }

    static func compare(id: String, base: JSONFields, new: JSONFields, tolerance: Double) -> [Change] {
        var out: [Change] = []
        let vb = base.string("verdict") ?? "?", vn = new.string("verdict") ?? "?"
        if vb != vn {
            out.append(Change(kind: .verdictChanged, theorem: id, detail: "\(vb) → \(vn)",
                              isRegression: vb == Verdict.holds.rawValue || vn == Verdict.refuted.rawValue))
        }
        // False variants, by statement.
        let fb = base.objects("falseVariants"), fn = new.objects("falseVariants")
        let newVariants = Dictionary(fn.map { ($0.string("statement") ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        for v in fb {
            let statement = v.string("statement") ?? ""
            let wasRefuted = v.bool("refuted") ?? false
            let isRefuted = newVariants[statement]?.bool("refuted") ?? false
            if wasRefuted && !isRefuted {
                out.append(Change(kind: .falseVariantSurvived, theorem: id,
                                  detail: newVariants[statement] == nil ? "no longer checked: \(statement)" : "no longer refuted: \(statement)",
                                  isRegression: true))
            } else if !wasRefuted && isRefuted {
                out.append(Change(kind: .falseVariantNowRefuted, theorem: id, detail: statement, isRegression: false))
            }
        }
        // Instances, by index.
        let ib = base.objects("instanceResults"), inn = new.objects("instanceResults")
        if ib.count != inn.count {
            out.append(Change(kind: .instanceCountChanged, theorem: id, detail: "\(ib.count) → \(inn.count) instances", isRegression: false))
        }
        let exact = (new.bool("exact") ?? false) && (base.bool("exact") ?? false)
        for (k, (x, y)) in zip(ib, inn).enumerated() {
            let index = y.int("index") ?? k
            if x.string("instance") != y.string("instance") {
                out.append(Change(kind: .instanceChanged, theorem: id,
                                  detail: "instance \(index) is a different instance: \(x.string("instance") ?? "?") → \(y.string("instance") ?? "?")",
                                  isRegression: false))
                continue
            }
            let ob = x.string("outcome") ?? "?", on = y.string("outcome") ?? "?"
            if ob != on {
                out.append(Change(kind: .outcomeChanged, theorem: id, detail: "instance \(index): \(ob) → \(on)",
                                  isRegression: ob == Outcome.holds.rawValue))
            }
            for key in ["predicted", "measured", "tolerance"] {
                let sb = x.string(key), sn = y.string(key)
                guard sb != sn else { continue }
                if exact {
                    out.append(Change(kind: .exactValueChanged, theorem: id,
                                      detail: "instance \(index) \(key): \(sb ?? "null") → \(sn ?? "null")", isRegression: true))
                } else if let db = x.number(key + "Decimal"), let dn = y.number(key + "Decimal") {
                    let drift = abs(dn - db)
                    if drift > tolerance * max(1, abs(db)) {
                        out.append(Change(kind: .floatDrift, theorem: id,
                                          detail: "instance \(index) \(key): \(sb ?? "?") → \(sn ?? "?") (|Δ| = \(Quantity.format(drift)), tolerance \(Quantity.format(tolerance)) relative)",
                                          isRegression: true))
                    }
                } else {
                    out.append(Change(kind: .floatDrift, theorem: id,
                                      detail: "instance \(index) \(key): \(sb ?? "null") → \(sn ?? "null")", isRegression: true))
                }
            }
        }
        return out
    }

    static func object(_ text: String, _ name: String) throws(DiffError) -> JSONFields {
        let node: JSONDocument.Node
        do { node = try JSONDocument.parse(text) } catch { throw DiffError("\(name): not a JSON report: \(error)") }
        guard case .object(let fields) = node.value else { throw DiffError("\(name): not a JSON report object") }
        return JSONFields(fields)
    }

    static func theorems(_ f: JSONFields, _ name: String) throws(DiffError) -> [(id: String, fields: JSONFields)] {
        guard case .array? = f.get("theorems") else { throw DiffError("\(name): no \"theorems\" array (is it a 'check --format json' report?)") }
        return f.objects("theorems").map { ($0.string("id") ?? "", $0) }
    }

    /// The changes as text, regressions first marked with "!".
    public var text: String {
        if changes.isEmpty { return "no changes\n" }
        var out = ""
        for c in changes {
            out += "\(c.isRegression ? "!" : " ") \(c.kind.rawValue)  \(c.theorem): \(c.detail)\n"
        }
        let regressions = changes.filter(\.isRegression).count
        out += "\n\(changes.count) change(s), \(regressions) regression(s)\n"
        return out
    }

    /// {regression, tolerance, changes: [{kind, theorem, detail, regression}]}.
    public var json: JSONValue {
        .object([
            ("regression", .bool(hasRegression)),
            ("tolerance", .number(tolerance)),
            ("changes", .array(changes.map { c in
                .object([("kind", .string(c.kind.rawValue)), ("theorem", .string(c.theorem)),
                         ("detail", .string(c.detail)), ("regression", .bool(c.isRegression))])
            })),
        ])
    }
}

/// Typed access to a JSON object's fields.
struct JSONFields: Sendable {
    let fields: [(String, JSONValue)]
    init(_ fields: [(String, JSONValue)]) { self.fields = fields }

    func get(_ key: String) -> JSONValue? { fields.first { $0.0 == key }?.1 }
    func string(_ key: String) -> String? { if case .string(let s)? = get(key) { s } else { nil } }
    func bool(_ key: String) -> Bool? { if case .bool(let b)? = get(key) { b } else { nil } }
    func int(_ key: String) -> Int? { if case .int(let n)? = get(key) { n } else { nil } }
    func number(_ key: String) -> Double? {
        switch get(key) {
        case .int(let n)?: Double(n)
        case .number(let x)?: x
        default: nil
        }
    }
    func objects(_ key: String) -> [JSONFields] {
        guard case .array(let items)? = get(key) else { return [] }
        return items.compactMap { if case .object(let f) = $0 { JSONFields(f) } else { nil } }
    }
}
