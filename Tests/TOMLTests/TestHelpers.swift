import TOML
import Testing

/// Parses `text` as a document named `test.toml`.
func parse(_ text: String, file: String = "test.toml") throws -> TOMLTable {
    try TOMLDocument.parse(text, file: file)
}

/// The value of `v = <literal>`.
func value(_ literal: String) throws -> TOMLValue {
    try #require(try parse("v = \(literal)")["v"])
}

/// The error parsing `text` produces, or `nil` if it parses (which the calling test then reports as a failure).
func parseError(_ text: String, file: String = "test.toml") -> TOMLError? {
    do throws(TOMLError) {
        _ = try TOMLDocument.parse(text, file: file)
        return nil
    } catch {
        return error
    }
}

/// Expects `text` to be rejected with `code` at `line:column`, with a message containing `message`.
func expectError(
    _ text: String, _ code: TOMLError.Code, at line: Int, _ column: Int, containing message: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    guard let error = parseError(text) else {
        Issue.record("expected \(code) error, but the document parsed", sourceLocation: sourceLocation)
        return
    }
    #expect(error.code == code, "\(error)", sourceLocation: sourceLocation)
    #expect(error.location.line == line, "\(error)", sourceLocation: sourceLocation)
    #expect(error.location.column == column, "\(error)", sourceLocation: sourceLocation)
    #expect(error.message.contains(message), "\(error)", sourceLocation: sourceLocation)
}
