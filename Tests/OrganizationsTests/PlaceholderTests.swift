import Testing

@testable import Organizations
