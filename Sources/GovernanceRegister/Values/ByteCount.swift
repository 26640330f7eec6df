import Foundation

/// A size in bytes as a person writes it, always with its unit: 512KB, 64MB, 1.5GB, 1048576B
/// (powers of 1024). A bare number is not read: 64 could be meant as bytes or as megabytes.
public struct ByteCount: Hashable, Sendable, CustomStringConvertible {
    /// The largest limit a person may ask for: 2 GB. (libxml2 parses at most a C int's worth from
    /// memory, one byte less; the validator caps the limit there.)
    public static let maximum = 1 << 31

    public let bytes: Int

    public init(bytes: Int) {
        self.bytes = bytes
    }

    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let units: [(String, Int)] = [("GB", 1 << 30), ("G", 1 << 30), ("MB", 1 << 20), ("M", 1 << 20), ("KB", 1 << 10), ("K", 1 << 10), ("B", 1)]
        guard let (suffix, factor) = units.first(where: { trimmed.hasSuffix($0.0) }),
              let number = Double(trimmed.dropLast(suffix.count).trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")),
              number.isFinite, number >= 1 || factor > 1
        else { return nil }
        let total = (number * Double(factor)).rounded()
        guard total >= 1, total <= Double(ByteCount.maximum) else { return nil }
        bytes = Int(total)
    }

    public var description: String {
        if bytes % (1 << 30) == 0 { return "\(bytes >> 30) GB" }
        if bytes % (1 << 20) == 0 { return "\(bytes >> 20) MB" }
        if bytes % (1 << 10) == 0 { return "\(bytes >> 10) KB" }
        return "\(bytes) bytes"
    }
}

