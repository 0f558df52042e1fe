/// Uniformly random permutations by the Fisher–Yates shuffle (Durstenfeld's in-place
/// form; Knuth, TAOCP vol. 2, Algorithm 3.4.2 P), drawing indices with the unbiased
/// ``SeededGenerator/int(below:)`` so that every one of the n! orders is equally likely
/// and the result is the same on every platform. Never use the standard library's
/// `shuffled()`, whose algorithm may change between Swift releases.
extension SeededGenerator {
    /// A uniformly random permutation of 0..<n (`[]` when n ≤ 0).
    ///
    /// Equal to shuffling `Array(0..<n)` with ``shuffle(_:)``.
    public mutating func permutation(_ n: Int) -> [Int] {
        guard n > 0 else { return [] }
        var p = Array(0..<n)
        shuffle(&p)
        return p
    }

    /// Shuffles the collection in place, uniformly: for i = n−1 down to 1, swap element i
    /// with element `int(below: i + 1)`. Uses exactly n − 1 calls of `int(below:)`.
    public mutating func shuffle<C: MutableCollection & RandomAccessCollection>(_ collection: inout C) {
        let n = collection.count
        guard n > 1 else { return }
        var i = n - 1
        while i > 0 {
            let j = int(below: i + 1)
            if j != i {
                let a = collection.index(collection.startIndex, offsetBy: i)
                let b = collection.index(collection.startIndex, offsetBy: j)
                collection.swapAt(a, b)
            }
            i -= 1
        }
    }
}
