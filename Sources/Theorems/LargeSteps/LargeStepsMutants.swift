import ExactMath
import FloatMath
import Optimizers

extension LargeSteps {
    /// The family's mutants: plausible bugs in GD on the scalar two-layer net, in the minibatch
    /// SGD mean-square operator in GD on quadratics and on the quartic product loss, and correct rewrites that must survive.
    public static let mutants: [Mutant] = [
        scalarNet("scalar-net/gradient-of-loss-without-half", "GD on the scalar net uses the gradient of (xy − Y)², twice the true one") {
            $0.step = { net, x, y, eta in net.step(x: x, y: y, eta: 2 * eta) }
        },
        scalarNet("scalar-net/hessian-drops-product-rule", "the Hessian's off-diagonal is xy − Y (the product-rule term xy forgotten)") {
            $0.hessian = { net, x, y in
                let off = x * y - net.target
                return Matrix([[y * y, off], [off, x * x]])
            }
        },
        scalarNet("scalar-net/hessian-offdiagonal-sign", "the Hessian's off-diagonal has the wrong sign, Y − 2xy") {
            $0.hessian = { net, x, y in
                let off = net.target - 2 * x * y
                return Matrix([[y * y, off], [off, x * x]])
            }
        },
        scalarNet("scalar-net/expanded-step", "GD on the scalar net written expanded, x⁺ = x − ηxy² + ηYy (correct)", equivalent: true) {
            $0.step = { net, x, y, eta in (x - eta * x * y * y + eta * net.target * y, y - eta * y * x * x + eta * net.target * x) }
        },
        sgd("minibatch-sgd/average-before-kronecker", "the SGD second moment is E[I − ηH_b] ⊗ E[I − ηH_b] (the expectation taken before the product)") { hs, b, eta in
            let d = try MinibatchSGD.dimension(of: hs), subsets = BatchEnumeration.subsets(of: hs.count, size: b)
            let mean = Rational(1, subsets.count) * subsets.map { s in
                Matrix<Rational>.identity(d) - eta * (Rational(1, b) * s.dropFirst().reduce(hs[s[0]]) { $0 + hs[$1] })
            }.reduce(Matrix<Rational>.zero(rows: d, columns: d), +)
            return mean.kronecker(mean)
        },
        sgd("minibatch-sgd/batches-with-replacement", "minibatches are drawn with replacement (B indices i.i.d.) instead of B-subsets") { hs, b, eta in
            let d = try MinibatchSGD.dimension(of: hs)
            var tuples: [[Int]] = [[]]
            for _ in 0..<b { tuples = tuples.flatMap { t in (0..<hs.count).map { t + [$0] } } }
            return average(tuples, hs, b, eta, d)
        },
        sgd("minibatch-sgd/batch-sum-not-mean", "the minibatch Hessian is the sum Σ_{i∈b}Hᵢ, not the mean") { hs, b, eta in
            try MinibatchSGD(step: eta * Rational(b), batch: b).secondMomentOperator(components: hs)
        },
        sgd("minibatch-sgd/ordered-batches", "minibatches enumerated as ordered tuples of distinct indices (correct: the same distribution)", equivalent: true) { hs, b, eta in
            average(BatchEnumeration.arrangements(of: hs.count, size: b), hs, b, eta, try MinibatchSGD.dimension(of: hs))
        },
        quadratic("quadratic-gd/half-step", "GD on the quadratic takes θ − (η/2)∇f(θ)") { f, theta, eta in
            theta - (eta / 2) * f.gradient(theta)
        },
        quadratic("quadratic-gd/gradient-without-linear-term", "GD on the quadratic uses Hθ and drops −c from the gradient") { f, theta, eta in
            theta - eta * (f.hessian * theta)
        },
        productLoss("quartic-loss/curvature-uses-ratio", "the Hessian of ℓ(xy) uses r(s) = ℓ'(s)/s where ℓ''(s) belongs on the diagonal") {
            $0.hessian = { loss, x, y in
                let s = x * y, c = loss.ratio(s), off = loss.derivative(s) + s * loss.curvature(s)
                return Matrix([[y * y * c, off], [off, x * x * c]])
            }
        },
        productLoss("quartic-loss/quartic-term-sign", "GD on ℓ(xy) uses ℓ'(s) = s + κs³ (the quartic term's sign flipped)") {
            $0.step = { loss, x, y, eta in QuarticProductLoss(kappa: -loss.kappa).step(x: x, y: y, eta: eta) }
        },
        productLoss("quartic-loss/product-form-step", "GD on ℓ(xy) written in product form x⁺ = x(1 − ηy²r(xy)) (correct)", equivalent: true) {
            $0.step = { loss, x, y, eta in
                let r = loss.ratio(x * y)
                return (x * (1 - eta * y * y * r), y * (1 - eta * x * x * r))
            }
        },
    ]

    /// E over `batches` (equally likely) of (I − ηH_b) ⊗ (I − ηH_b), H_b the mean over the batch.
    private static func average(_ batches: [[Int]], _ hs: [Matrix<Rational>], _ b: Int, _ eta: Rational, _ d: Int) -> Matrix<Rational> {
        let id = Matrix<Rational>.identity(d)
        return Rational(1, batches.count) * batches.map { s in
            let a = id - eta * (Rational(1, b) * s.dropFirst().reduce(hs[s[0]]) { $0 + hs[$1] })
            return a.kronecker(a)
        }.reduce(Matrix<Rational>.zero(rows: d * d, columns: d * d), +)
    }

    private static func scalarNet(_ id: String, _ summary: String, equivalent: Bool = false,
                                  _ change: @escaping @Sendable (inout ScalarFactorizationMethods) -> Void) -> Mutant {
        Mutant(id: id, family: .largeSteps, summary: summary, isEquivalent: equivalent) {
            var m = ScalarFactorizationMethods.project
            change(&m)
            return [GoldenCycleStability(methods: m), BalancedLineMultipliers(methods: m)]
        }
    }

    private static func productLoss(_ id: String, _ summary: String, equivalent: Bool = false,
                                    _ change: @escaping @Sendable (inout QuarticProductLossMethods) -> Void) -> Mutant {
        Mutant(id: id, family: .largeSteps, summary: summary, isEquivalent: equivalent) {
            var m = QuarticProductLossMethods.project
            change(&m)
            return [QuarticFrozenCycle(methods: m)]
        }
    }

    private static func sgd(_ id: String, _ summary: String, equivalent: Bool = false,
                            _ op: @escaping @Sendable ([Matrix<Rational>], Int, Rational) throws -> Matrix<Rational>) -> Mutant {
        Mutant(id: id, family: .largeSteps, summary: summary, isEquivalent: equivalent) {
            let m = MinibatchSGDMaker(id, secondMoment: op)
            return [SGDMixtureIdentity(method: m), BatchSizeMonotonicity(method: m), RankOneTraceCondition(method: m)]
        }
    }

    private static func quadratic(_ id: String, _ summary: String, equivalent: Bool = false,
                                  _ step: @escaping @Sendable (QuadraticObjective<Rational>, Vector<Rational>, Rational) -> Vector<Rational>) -> Mutant {
        Mutant(id: id, family: .largeSteps, summary: summary, isEquivalent: equivalent) {
            [QuadraticRelativeProgress(method: QuadraticStepMaker(id, step: step))]
        }
    }
}
