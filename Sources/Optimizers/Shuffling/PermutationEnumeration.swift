/// Enumeration of permutations and of the epoch maps they induce: the exact core of the
/// shuffling expectations.
public enum PermutationEnumeration {
    /// n! for small n.
    public static func factorial(_ n: Int) -> Int { n <= 1 ? 1 : (2...n).reduce(1, *) }

    /// Calls `body` with every permutation of 0..<n, in lexicographic order.
    public static func forEachPermutation(_ n: Int, _ body: ([Int]) -> Void) {
        var p = Array(0..<n)
        while true {
            body(p)
            // Next permutation in lexicographic order.
            var i = n - 2
            while i >= 0 && p[i] >= p[i + 1] { i -= 1 }
            if i < 0 { return }
            var j = n - 1
            while p[j] <= p[i] { j -= 1 }
            p.swapAt(i, j)
            p[(i + 1)...].reverse()
        }
    }

    /// Calls `body` with every permutation π of the components and the epoch map
    /// e ↦ M_π e + v_π of one pass in that order (steps `steps[π₁]`, then `steps[π₂]`, …).
    /// Prefixes are shared (depth-first), so the cost is about e·n! map compositions.
    public static func forEachEpochMap<Scalar: OrderedField>(
        steps: [AffineMap<Scalar>], _ body: ([Int], AffineMap<Scalar>) -> Void
    ) {
        let n = steps.count
        guard n > 0 else { return }
        var used = [Bool](repeating: false, count: n)
        var order: [Int] = []
        order.reserveCapacity(n)
        func descend(_ map: AffineMap<Scalar>) {
            if order.count == n { body(order, map); return }
            for i in 0..<n where !used[i] {
                used[i] = true
                order.append(i)
                descend(steps[i].after(map))
                order.removeLast()
                used[i] = false
            }
        }
        descend(.identity(steps[0].offset.count))
    }

    /// The epoch map of one pass in the given order.
    public static func epochMap<Scalar: OrderedField>(steps: [AffineMap<Scalar>], order: [Int]) -> AffineMap<Scalar> {
        guard let first = steps.first else { return .identity(0) }
        var map = AffineMap<Scalar>.identity(first.offset.count)
        for i in order { map = steps[i].after(map) }
        return map
    }
}
