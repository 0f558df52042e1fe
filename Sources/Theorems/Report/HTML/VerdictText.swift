/// What a verdict or an outcome means, in words, for the report page.
enum VerdictText {
    static func explanation(_ v: Verdict) -> String {
        switch v {
        case .holds: "the claim holds on every instance, and every false variant was refuted by the same evidence."
        case .refuted: "some instance contradicts the claim (listed below with its measured value)."
        case .inconclusive: "nothing contradicts the claim, but some instance decided nothing (the reason is listed below)."
        case .notDiscriminating: "the claim holds, but some false variant was never refuted: the check could not tell it from the truth."
        }
    }
}
