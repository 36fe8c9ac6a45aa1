/// Lays a command's arguments out the way `redisCommandArgv`/`redisAppendCommandArgv` want them (argc, argv,
/// argvlen) with explicit lengths, so arguments may contain NUL bytes; the pointers live only inside `body`.
enum ArgumentVector {
    static func with<Result>(
        _ arguments: [RedisArgument],
        _ body: (Int32, UnsafeMutablePointer<UnsafePointer<CChar>?>, UnsafePointer<Int>) -> Result
    ) -> Result {
        precondition(!arguments.isEmpty, "a Redis command needs at least its name")
        // One contiguous buffer for every argument's bytes, so a single scope keeps them all alive; the trailing
        // byte gives empty arguments a valid address.
        var storage: [UInt8] = []
        storage.reserveCapacity(arguments.reduce(1) { $0 + $1.bytes.count })
        var lengths: [Int] = []
        lengths.reserveCapacity(arguments.count)
        for argument in arguments {
            storage += argument.bytes
            lengths.append(argument.bytes.count)
        }
        storage.append(0)
        return storage.withUnsafeBytes { buffer in
            let base = buffer.baseAddress!.assumingMemoryBound(to: CChar.self)
            var pointers: [UnsafePointer<CChar>?] = []
            pointers.reserveCapacity(lengths.count)
            var offset = 0
            for length in lengths {
                pointers.append(base + offset)
                offset += length
            }
            return pointers.withUnsafeMutableBufferPointer { argv in
                lengths.withUnsafeBufferPointer { argvlen in
                    body(Int32(arguments.count), argv.baseAddress!, argvlen.baseAddress!)
                }
            }
        }
    }
}
