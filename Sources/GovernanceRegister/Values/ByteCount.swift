import Foundation

/// A size in bytes as a person writes it: 1048576, 512KB, 64MB, 1GB (powers of 1024).
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
        let (suffix, factor) = units.first { trimmed.hasSuffix($0.0) } ?? ("", 1)
        guard let number = Int(trimmed.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)), number > 0,
              number <= ByteCount.maximum / factor
        else { return nil }
        bytes = number * factor
    }

    public var description: String {
        if bytes % (1 << 30) == 0 { return "\(bytes >> 30) GB" }
        if bytes % (1 << 20) == 0 { return "\(bytes >> 20) MB" }
        if bytes % (1 << 10) == 0 { return "\(bytes >> 10) KB" }
        return "\(bytes) bytes"
    }
}

