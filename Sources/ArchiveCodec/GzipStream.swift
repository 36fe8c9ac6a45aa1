import CZlib

/// gzip compression of archived bodies through zlib: Korean HTML shrinks to a fifth, and `zcat` reads the files.
public enum GzipStream {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let message: String
        public var description: String { "gzip: \(message)" }
    }

    public static func compress(_ input: [UInt8], level: Int32 = 6) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard czlib_deflate_init_gzip(&stream, level) == Z_OK else { throw Failure(message: "deflate init failed") }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 32)
        var input = input
        let status = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw Failure(message: "deflate returned \(status)") }
        output.removeSubrange(Int(stream.total_out)...)
        return output
    }

    /// Decompresses a whole gzip stream; refuses output beyond `limit` bytes (a corrupt or hostile file).
    public static func decompress(_ input: [UInt8], limit: Int = 256 << 20) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard czlib_inflate_init_gzip(&stream) == Z_OK else { throw Failure(message: "inflate init failed") }
        defer { inflateEnd(&stream) }
        var input = input
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        var status: Int32 = Z_OK
        try input.withUnsafeMutableBufferPointer { (source) throws(Failure) in
            stream.next_in = source.baseAddress
            stream.avail_in = uInt(source.count)
            while status != Z_STREAM_END {
                let produced = chunk.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = uInt(target.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    return target.count - Int(stream.avail_out)
                }
                guard status == Z_OK || status == Z_STREAM_END else {
                    throw Failure(message: "inflate returned \(status) (corrupt or truncated data)")
                }
                output.append(contentsOf: chunk[0..<produced])
                guard output.count <= limit else { throw Failure(message: "more than \(limit) bytes once inflated") }
                if status == Z_OK, produced == 0, stream.avail_in == 0 {
                    throw Failure(message: "truncated gzip stream")
                }
            }
        }
        return output
    }
}
