/// Runs independent, CPU-bound pieces of work on up to `jobs` tasks at once and returns their
/// results in input order, so that a report built from them is byte-identical to the one a
/// single job builds (each piece draws only from its own seeded stream; none shares state).
enum ParallelMap {
    /// `transform` applied to every element, at most `jobs` at a time, results in input order.
    /// `progress`, when given, is called (serially, from the collecting task) after each
    /// element completes, with the element's index, its result and the number completed so far.
    static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], jobs: Int,
        progress: (@Sendable (_ index: Int, _ result: Result, _ completed: Int) -> Void)? = nil,
        _ transform: @escaping @Sendable (Element) -> Result
    ) async -> [Result] {
        let width = max(1, min(jobs, elements.count))
        var results = [Result?](repeating: nil, count: elements.count)
        if width == 1 {
            for (index, element) in elements.enumerated() {
                let result = transform(element)
                results[index] = result
                progress?(index, result, index + 1)
            }
            return results.map { $0! }
        }
        await withTaskGroup(of: (Int, Result).self) { group in
            var next = 0
            var completed = 0
            for _ in 0..<width {
                let index = next, element = elements[index]
                group.addTask { (index, transform(element)) }
                next += 1
            }
            while let (index, result) = await group.next() {
                results[index] = result
                completed += 1
                progress?(index, result, completed)
                if next < elements.count {
                    let index = next, element = elements[index]
                    group.addTask { (index, transform(element)) }
                    next += 1
                }
            }
        }
        return results.map { $0! }
    }

    /// The default number of jobs: the machine's active processor count.
    static var defaultJobs: Int { ProcessInfoCount.active }
}
