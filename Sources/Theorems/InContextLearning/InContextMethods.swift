import ExactMath
import Optimizers

/// The implementations the in-context-learning checks run — the methods under test. Every theorem
/// of the family takes them as a parameter (``InContextLearning/theorems(using:)``), so the same
/// checks run unchanged on the project's implementations (``project``), on a mutant, or on a
/// researcher's own conformances:
///
/// - the trainers of `sparse-training-reaches-optimum`: gradient descent and Adam on the
///   population loss (``GradientDescentTrainer``, ``AdamTrainer``);
/// - the forward pass of linear self-attention (``LinearAttentionForwardPass``), run exactly by the
///   Lemma 1 and full-parameter checks;
/// - the exact formulas the losses are built from: the degree-4 Gaussian moments and the Isserlis
///   expansion (``GaussianMomentFormulas``) and the Wishart trace moments (``WishartMomentFormulas``);
/// - the instance generator (``InContextInstanceGenerator``).
public struct InContextMethods: Sendable {
    /// Gradient descent on the population loss (training and landscape checks).
    public var gradientDescent: any GradientDescentTrainer
    /// Adam on the population loss (training check).
    public var adam: any AdamTrainer
    /// The forward pass of linear self-attention (Lemma 1 and full-parameter checks).
    public var attention: any LinearAttentionForwardPass
    /// The degree-4 Gaussian moments and the Isserlis expansion (every exact loss).
    public var moments: any GaussianMomentFormulas
    /// The Wishart trace moments (multi-layer critical points).
    public var wishart: any WishartMomentFormulas
    /// The instance generators (every theorem; checked by the generator contract).
    public var instances: any InContextInstanceGenerator

    /// The methods, each defaulting to the project's implementation.
    public init(gradientDescent: any GradientDescentTrainer = ProjectGradientDescent(),
                adam: any AdamTrainer = ProjectAdam(),
                attention: any LinearAttentionForwardPass = ProjectLinearAttention(),
                moments: any GaussianMomentFormulas = ProjectGaussianMoments(),
                wishart: any WishartMomentFormulas = ProjectWishartMoments(),
                instances: any InContextInstanceGenerator = ProjectInstanceGenerator()) {
        self.gradientDescent = gradientDescent
        self.adam = adam
        self.attention = attention
        self.moments = moments
        self.wishart = wishart
        self.instances = instances
    }

    /// The project's own implementations.
    public static let project = InContextMethods()
}
