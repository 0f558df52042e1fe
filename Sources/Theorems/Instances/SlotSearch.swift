/// Bounded rejection sampling slot by slot: each of `slots` instances (a fixed κ, a fixed
/// dimension, the k-th random game) is re-drawn in its own slot until it meets the
/// hypotheses, so a rejected draw never shifts the others or changes which slot is filled.
/// Built on ``InstanceSearch``; a slot that exhausts its attempts makes the whole generation
/// fall short (a ``GenerationShortfall`` counting every slot's draws), never silently fewer
/// instances.
public enum SlotSearch {
    /// Draws one instance per slot; `draw(slot, attempt)` gives the candidate, and
    /// `stream(slot, attempt)` = slot·attemptsPerSlot + attempt is the index of its seeded
    /// stream (so the first attempt of every slot is reproducible on its own).
    public static func draw<Instance>(
        slots: Int, attemptsPerSlot: Int, hypotheses: [Hypothesis<Instance>] = [],
        _ draw: (_ slot: Int, _ attempt: Int, _ stream: UInt64) throws -> InstanceSearch.Candidate<Instance>
    ) throws -> [Instance] {
        var out: [Instance] = []
        var attempts = 0
        for slot in 0..<slots {
            do {
                let one = try InstanceSearch.draw(count: 1, maxAttempts: attemptsPerSlot, hypotheses: hypotheses) { attempt in
                    attempts += 1
                    return try draw(slot, attempt, UInt64(slot * attemptsPerSlot + attempt))
                }
                out += one
            } catch let shortfall as GenerationShortfall {
                throw GenerationShortfall(requested: slots, produced: out.count, attempts: attempts, rejections: shortfall.rejections)
            }
        }
        return out
    }
}
