import RedisClient
import Testing

@Suite("RedisReply accessors and RedisArgument conversions")
struct RedisReplyTests {
    @Test("accessors read only the kinds they name")
    func accessors() throws {
        #expect(RedisReply.bulk(Array("42".utf8)).int == 42)
        #expect(RedisReply.integer(-7).int == -7)
        #expect(RedisReply.status("OK").string == "OK")
        #expect(RedisReply.bulk([0xff, 0xfe]).string == nil)
        #expect(RedisReply.bulk([0xff, 0xfe]).bytes == [0xff, 0xfe])
        #expect(RedisReply.error("ERR x").errorMessage == "ERR x")
        #expect(RedisReply.null.isNull && RedisReply.null.string == nil && RedisReply.null.int == nil)
        #expect(RedisReply.array([.integer(1), .null]).array == [.integer(1), .null])
        #expect(RedisReply.integer(1).array == nil)
        try RedisReply.status("OK").expectOK()
        #expect(throws: RedisError.self) { try RedisReply.null.expectOK() }
        let error = try #require(throws: RedisError.self) { try RedisReply.error("ERR nope").expectOK() }
        #expect(error.code == .serverError && error.serverMessage == "ERR nope")
    }

    @Test("arguments are the bytes Redis expects for strings, integers and doubles")
    func arguments() {
        let key = "queue:\(7)"
        let literal: RedisArgument = "queue:\(7)"
        #expect(literal.bytes == Array(key.utf8))
        #expect(RedisArgument(-15).bytes == Array("-15".utf8))
        #expect(RedisArgument(UInt8(200)).bytes == Array("200".utf8))
        let integer: RedisArgument = 30
        #expect(integer.bytes == Array("30".utf8))
        #expect(RedisArgument(1.5).bytes == Array("1.5".utf8))
        #expect(RedisArgument("한").bytes == [0xED, 0x95, 0x9C])
        #expect(RedisArgument(bytes: [0, 13, 10]).bytes == [0, 13, 10])
    }
}
