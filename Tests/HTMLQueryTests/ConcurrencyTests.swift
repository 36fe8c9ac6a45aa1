import HTMLQuery
import Testing

@Suite("Parallel parsing")
struct ConcurrencyTests {
    @Test("8 tasks × 20 documents each, UTF-8 and CP949 mixed, all come out right")
    func manyDocumentsInParallel() async throws {
        let tasks = 8
        let documentsPerTask = 20
        let results = try await withThrowingTaskGroup(of: [String].self) { group in
            for task in 0..<tasks {
                group.addTask {
                    var titles: [String] = []
                    for index in 0..<documentsPerTask {
                        let title = "공고 \(task)-\(index) 똠"
                        let bytes =
                            index.isMultiple(of: 2)
                            ? Array(TestBytes.listPage(title: title).utf8)
                            : TestBytes.cp949(TestBytes.listPage(head: "<meta charset=euc-kr>", title: title))
                        let document = try HTMLDocument(bytes: bytes)
                        titles.append(try document.text("//td[@class='subject']/a") ?? "")
                        await Task.yield()
                        // A failing query on the same document, possibly on another thread after the yield.
                        do throws(XPathError) {
                            _ = try document.select("//td[")
                            titles.append("no error")
                        } catch {
                            if error.expression != "//td[" { titles.append("wrong error") }
                        }
                    }
                    return titles
                }
            }
            var all: [String] = []
            for try await titles in group {
                all += titles
            }
            return all
        }
        let expected = (0..<tasks).flatMap { task in (0..<documentsPerTask).map { "공고 \(task)-\($0) 똠" } }
        #expect(results.sorted() == expected.sorted())
    }
}
