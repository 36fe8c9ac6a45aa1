import ArchiveCodec
import Foundation

/// Every fetched body, kept gzip-compressed under its SHA-256 (`<root>/ab/cd/<digest>.gz`), so that a run can be
/// parsed again without the network and identical bodies are stored once. Files are written to a temporary name
/// and renamed, so a crash never leaves half a body under a digest.
public struct PageArchive: Sendable {
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    public struct Stored: Sendable, Hashable {
        public let digest: String
        public let bytes: Int
        /// false when an identical body was already there (nothing written).
        public let isNew: Bool
    }

    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let digest: String
        public let message: String
        public var description: String { "archive \(digest): \(message)" }
    }

    public func store(_ body: [UInt8]) throws(Failure) -> Stored {
        let digest = SHA256Digest.hex(body)
        let file = path(of: digest)
        if FileManager.default.fileExists(atPath: file.path) {
            return Stored(digest: digest, bytes: body.count, isNew: false)
        }
        do {
            let compressed = try GzipStream.compress(body)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            let temporary = file.deletingLastPathComponent().appendingPathComponent(".\(digest).\(UUID().uuidString)")
            try Data(compressed).write(to: temporary)
            if rename(temporary.path, file.path) != 0 {
                try? FileManager.default.removeItem(at: temporary)
                throw Failure(digest: digest, message: "could not move the body into place (errno \(errno))")
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(digest: digest, message: "\(error)")
        }
        return Stored(digest: digest, bytes: body.count, isNew: true)
    }

    /// The body stored under `digest`, checked against it.
    public func load(_ digest: String) throws(Failure) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path(of: digest).path) else {
            throw Failure(digest: digest, message: "not in the archive at \(root.path)")
        }
        let body: [UInt8]
        do {
            body = try GzipStream.decompress(Array(data))
        } catch {
            throw Failure(digest: digest, message: "\(error)")
        }
        guard SHA256Digest.hex(body) == digest else {
            throw Failure(digest: digest, message: "the stored body does not match its digest (corrupt file)")
        }
        return body
    }

    public func contains(_ digest: String) -> Bool {
        FileManager.default.fileExists(atPath: path(of: digest).path)
    }

    public func remove(_ digest: String) {
        try? FileManager.default.removeItem(at: path(of: digest))
    }

    func path(of digest: String) -> URL {
        let first = String(digest.prefix(2))
        let second = String(digest.dropFirst(2).prefix(2))
        return root.appendingPathComponent(first).appendingPathComponent(second).appendingPathComponent(digest + ".gz")
    }
}
