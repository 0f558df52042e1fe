/// Runs independent, CPU-bound pieces of work on up to `jobs` tasks at once and returns their
/// results in input order, so that a report built from them is byte-identical to the one a
/// single job builds (each piece draws only from its own seeded stream; none shares state).
enum ParallelMap {
    /// `transform` applied to every element, at most `jobs` at a time, results in input order.
    /// `progress`, when given, is called (serially, from the collecting task) after each
    /// element completes, with the element's index, its result, the number completed so far
    /// and the seconds the element took (wall clock; for progress display only, never reported).
    static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], jobs: Int,
        progress: (@Sendable (_ index: Int, _ result: Result, _ completed: Int, _ seconds: Double) -> Void)? = nil,
        _ work: @escaping @Sendable (Element) -> Result
    ) async -> [Result] {
        let clock = ContinuousClock()
        @Sendable func timed(_ element: Element) -> (Result, Double) {
            let start = clock.now
            let result = work(element)
            let d = clock.now - start
            return (result, Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
        }
        let width = max(1, min(jobs, elements.count))
        var results = [Result?](repeating: nil, count: elements.count)
        if width == 1 {
            for (index, element) in elements.enumerated() {
                let (result, seconds) = timed(element)
                results[index] = result
                progress?(index, result, index + 1, seconds)
            }
            return results.map { $0! }
        }
        await withTaskGroup(of: (Int, Result, Double).self) { group in
            var next = 0
            var completed = 0
            for _ in 0..<width {
                let index = next, element = elements[index]
                group.addTask { let (r, t) = timed(element); return (index, r, t) }
                next += 1
            }
            while let (index, result, seconds) = await group.next() {
                results[index] = result
                completed += 1
                progress?(index, result, completed, seconds)
                if next < elements.count {
                    let index = next, element = elements[index]
                    group.addTask { let (r, t) = timed(element); return (index, r, t) }
                    next += 1
                }
            }
        }
        return results.map { $0! }
    }

    /// The default number of jobs: the machine's active processor count.
    static var defaultJobs: Int { ProcessInfoCount.active }
}
