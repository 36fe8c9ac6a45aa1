import Foundation

/// Jobs as JSON, written and read by hand because Foundation's coders cost ~35 µs per job, most of a worker's CPU
/// at queue speed. The text is what `JSONEncoder` writes for `Job` (the same keys and values, optional ones left out,
/// `enqueuedAt` in seconds since 2001), so either side can read the other's; anything the fast reader does not
/// expect falls back to `JSONDecoder`, which also produces the error.
enum JobJSON {
    static func encode(_ job: Job) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(160 + job.payload.reduce(0) { $0 + $1.key.utf8.count + $1.value.utf8.count + 6 })
        out += #"{"id":"#.utf8
        appendString(job.id, to: &out)
        out += #","kind":"#.utf8
        appendString(job.kind.rawValue, to: &out)
        if let agency = job.agency {
            out += #","agency":"#.utf8
            appendString(agency, to: &out)
        }
        if let source = job.source {
            out += #","source":"#.utf8
            appendString(source, to: &out)
        }
        out += #","payload":{"#.utf8
        var first = true
        for (key, value) in job.payload {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            appendString(key, to: &out)
            out.append(UInt8(ascii: ":"))
            appendString(value, to: &out)
        }
        out += #"},"attempt":"#.utf8
        out += String(job.attempt).utf8
        if let runID = job.runID {
            out += #","runID":"#.utf8
            out += String(runID).utf8
        }
        out += #","trigger":"#.utf8
        appendString(job.trigger.rawValue, to: &out)
        out += #","enqueuedAt":"#.utf8
        out += job.enqueuedAt.timeIntervalSinceReferenceDate.description.utf8
        out.append(UInt8(ascii: "}"))
        return out
    }

    static func decode(_ bytes: [UInt8], decoder: JSONDecoder) throws -> Job {
        let fast = bytes.withUnsafeBufferPointer { buffer in
            var reader = FastReader(bytes: buffer)
            return reader.job()
        }
        if let fast { return fast }
        return try decoder.decode(Job.self, from: Data(bytes))
    }

    /// A JSON string: quotes, backslashes and control characters escaped, everything else as UTF-8.
    private static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += [UInt8(ascii: "\\"), UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0f)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// Reads the one object shape `JobJSON.encode` and `JSONEncoder` write for a job; nil for anything else.
private struct FastReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func job() -> Job? {
        var id: String?
        var kind: Job.Kind?
        var agency: String?
        var source: String?
        var payload: [String: String]?
        var attempt: Int?
        var runID: Int64?
        var trigger: Job.Trigger?
        var enqueuedAt: Date?
        guard consume(UInt8(ascii: "{")) else { return nil }
        if !consume(UInt8(ascii: "}")) {
            repeat {
                guard let key = string(), consume(UInt8(ascii: ":")) else { return nil }
                switch key {
                case "id":
                    guard let value = string() else { return nil }
                    id = value
                case "kind":
                    guard let value = string().flatMap(Job.Kind.init(rawValue:)) else { return nil }
                    kind = value
                case "agency":
                    if !null() {
                        guard let value = string() else { return nil }
                        agency = value
                    }
                case "source":
                    if !null() {
                        guard let value = string() else { return nil }
                        source = value
                    }
                case "payload":
                    guard let value = stringObject() else { return nil }
                    payload = value
                case "attempt":
                    guard let value = number().flatMap({ Int($0) }) else { return nil }
                    attempt = value
                case "runID":
                    if !null() {
                        guard let value = number().flatMap({ Int64($0) }) else { return nil }
                        runID = value
                    }
                case "trigger":
                    guard let value = string().flatMap(Job.Trigger.init(rawValue:)) else { return nil }
                    trigger = value
                case "enqueuedAt":
                    guard let value = number().flatMap({ Double($0) }), value.isFinite else { return nil }
                    enqueuedAt = Date(timeIntervalSinceReferenceDate: value)
                default: return nil
                }
            } while consume(UInt8(ascii: ","))
            guard consume(UInt8(ascii: "}")) else { return nil }
        }
        skipSpace()
        guard index == bytes.count, let id, let kind, let payload, let attempt, let trigger, let enqueuedAt else {
            return nil
        }
        return Job(
            id: id, kind: kind, agency: agency, source: source, payload: payload, attempt: attempt, runID: runID,
            trigger: trigger, enqueuedAt: enqueuedAt)
    }

    private mutating func skipSpace() {
        while index < bytes.count,
            bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D
                || bytes[index] == 0x09
        {
            index += 1
        }
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        skipSpace()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func null() -> Bool {
        skipSpace()
        guard index + 4 <= bytes.count, bytes[index] == UInt8(ascii: "n"), bytes[index + 1] == UInt8(ascii: "u"),
            bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "l")
        else { return false }
        index += 4
        return true
    }

    /// A string without escapes is one copy; escapes other than `\uXXXX` are decoded, `\u` sends the job to
    /// `JSONDecoder` (surrogate pairs are its business).
    private mutating func string() -> String? {
        guard consume(UInt8(ascii: "\"")) else { return nil }
        let start = index
        var plain = true
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
            if bytes[index] == UInt8(ascii: "\\") {
                plain = false
                index += 1
            } else if bytes[index] < 0x20 {
                return nil
            }
            index += 1
        }
        guard index < bytes.count else { return nil }
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<index])
        index += 1
        guard plain else { return unescaped(raw) }
        return String(validating: raw, as: UTF8.self)
    }

    private func unescaped(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var position = 0
        while position < raw.count {
            let byte = raw[position]
            position += 1
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                continue
            }
            guard position < raw.count else { return nil }
            let escape = raw[position]
            position += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            default: return nil
            }
        }
        return String(validating: out, as: UTF8.self)
    }

    /// The text of a JSON number, for `Int`, `Int64` or `Double` to parse.
    private mutating func number() -> String? {
        skipSpace()
        let start = index
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
                UInt8(ascii: "e"), UInt8(ascii: "E"):
                index += 1
            default: return text(from: start)
            }
        }
        return text(from: start)
    }

    private func text(from start: Int) -> String? {
        index > start ? String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self) : nil
    }

    private mutating func stringObject() -> [String: String]? {
        guard consume(UInt8(ascii: "{")) else { return nil }
        var object: [String: String] = [:]
        if consume(UInt8(ascii: "}")) { return object }
        repeat {
            guard let key = string(), consume(UInt8(ascii: ":")), let value = string() else { return nil }
            object[key] = value
        } while consume(UInt8(ascii: ","))
        return consume(UInt8(ascii: "}")) ? object : nil
    }
}
