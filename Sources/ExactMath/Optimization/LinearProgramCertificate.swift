/// The independent check of a simplex answer: it uses only matrix–vector products and
/// comparisons, nothing of the solver.
///
/// - optimality: x ≥ 0, Ax ≤ b (primal feasible); y ≥ 0, Aᵀy ≥ c (dual feasible);
///   cᵀx = bᵀy. By weak duality cᵀx' ≤ bᵀy for every feasible x', so equality proves
///   x optimal and cᵀx the optimum.
/// - unboundedness: ray ≥ 0, A·ray ≤ 0 and cᵀray > 0; then t·ray is feasible for all
///   t ≥ 0 (b ≥ 0) and the objective grows without bound.
public enum LinearProgramCertificate {
    /// `nil` when (x, y) is a verified optimal primal–dual pair, else the first failure.
    public static func verifyOptimal(_ lp: LinearProgram, primal x: [Rational], dual y: [Rational]) -> String? {
        KernelProfile.measure(.certificateCheck) { checkOptimal(lp, primal: x, dual: y) }
    }

    private static func checkOptimal(_ lp: LinearProgram, primal x: [Rational], dual y: [Rational]) -> String? {
        let a = lp.constraints
        guard x.count == a.columns, y.count == a.rows else { return "certificate has the wrong size" }
        if let j = x.firstIndex(where: { $0 < 0 }) { return "primal x[\(j)] < 0" }
        if let i = y.firstIndex(where: { $0 < 0 }) { return "dual y[\(i)] < 0" }
        let ax = a.rowProducts(x), aty = a.columnProducts(y)
        for i in 0..<a.rows where ax[i] > lp.bounds[i] {
            return "primal constraint \(i) violated"
        }
        for j in 0..<a.columns where aty[j] < lp.objective[j] {
            return "dual constraint \(j) violated"
        }
        let primalValue = Rational.dot(lp.objective, x)
        let dualValue = Rational.dot(lp.bounds, y)
        guard primalValue == dualValue else { return "duality gap \(dualValue - primalValue) ≠ 0" }
        return nil
    }

    /// `nil` when `ray` proves the program unbounded, else why it does not.
    public static func verifyUnbounded(_ lp: LinearProgram, ray: [Rational]) -> String? {
        let a = lp.constraints
        guard ray.count == a.columns else { return "ray has the wrong size" }
        if let j = ray.firstIndex(where: { $0 < 0 }) { return "ray[\(j)] < 0" }
        for i in 0..<a.rows where Rational.dot(a.row(i), ray) > .zero { return "A·ray > 0 in row \(i)" }
        guard Rational.dot(lp.objective, ray) > .zero else { return "cᵀray ≤ 0" }
        return nil
    }
}
