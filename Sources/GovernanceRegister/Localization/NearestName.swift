/// The name someone most likely meant: the one of `candidates` that `name` is a slip of the
/// keyboard away from (another case, up to two letters changed, added, left out or swapped; in a name of one or two
/// letters only another case).
public enum NearestName {
    public static func of(_ name: String, among candidates: [String]) -> String? {
        let lowered = name.lowercased()
        if let same = candidates.first(where: { $0.lowercased() == lowered }) { return same }
        // One letter changed in a name of one or two is another name, not a slip.
        let allowed = name.count <= 2 ? 0 : min(2, max(1, name.count / 3))
        let scored = candidates.map { ($0, distance(Array(lowered), Array($0.lowercased()))) }.filter { $0.1 <= allowed }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// Edit distance in which two neighbouring letters typed the wrong way round count as one slip
    /// (optimal string alignment).
    private static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var beforePrevious = [Int]()
        var previous = Array(0...b.count)
        for i in a.indices {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for j in b.indices {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (a[i] == b[j] ? 0 : 1))
                if i > 0, j > 0, a[i] == b[j - 1], a[i - 1] == b[j] {
                    current[j + 1] = min(current[j + 1], beforePrevious[j - 1] + 1)
                }
            }
            beforePrevious = previous
            previous = current
        }
        return previous[b.count]
    }
}
