/// Data a theorem exposes for plotting, beside (never inside) its verdict: the evidence the
/// check computed — margin gaps over iterations, spectral radii over κ, errors over epochs —
/// with the curve or bound the theorem predicts. Plots are built from the measurements after
/// every claim has been decided, so the one-way flow generator → measurement → claim →
/// verdict → report is kept: nothing here feeds back into a verdict.
public struct Plot: Sendable, Hashable {
    /// How an axis is scaled.
    public enum Axis: String, Sendable, Hashable, Codable {
        case linear
        case log
    }

    /// A slug, unique within the theorem (used for file names: `data/<theorem>-<id>.csv`).
    public let id: String
    public let title: String
    public let xLabel: String
    public let yLabel: String
    public let xAxis: Axis
    public let yAxis: Axis
    public let series: [Series]

    public init(id: String, title: String, xLabel: String, yLabel: String,
                xAxis: Axis = .linear, yAxis: Axis = .linear, series: [Series]) {
        self.id = id
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.series = series
    }
}

/// One named series of a plot.
public struct Series: Sendable, Hashable {
    /// What a series is, which decides how it is drawn.
    public enum Role: String, Sendable, Hashable, Codable {
        /// Measured by the check (markers and a line).
        case measured
        /// The theorem's prediction, from its formula (a solid curve).
        case predicted
        /// A bound the theorem states (a dashed curve).
        case bound
        /// A reference the claim is contrasted with, such as a false variant's limit (dotted).
        case reference
    }

    public let name: String
    public let role: Role
    public let x: [Double]
    public let y: [Double]
    /// Optional error bars: lower and upper ends per point (e.g. certified brackets).
    public let lower: [Double]?
    public let upper: [Double]?

    public init(_ name: String, role: Role, x: [Double], y: [Double], lower: [Double]? = nil, upper: [Double]? = nil) {
        self.name = name
        self.role = role
        self.x = x
        self.y = y
        self.lower = lower
        self.upper = upper
    }
}

/// One instance with its measurement, in generation order, as handed to ``Theorem/plots(_:)``.
public struct MeasuredInstance<Instance: Sendable, Measurement: Sendable>: Sendable {
    /// The instance's position in the generated list (its stable `index` in reports).
    public let index: Int
    public let instance: Instance
    public let measurement: Measurement
}
