/// Crawl variants: a list source whose agency file gives a parameter several values
/// (`params = { ancmPrg = ["ancmIng", "ancmPre"], pageIndex = "{page}" }`) is crawled once per value.
///
/// Why variants are whole `SourceConfig`s rather than a `ParameterValue` enum inside `parameters`: parsers, tests and
/// the fetcher read `parameters` as plain strings (the IRIS list parser takes the tab from `parameters["ancmPrg"]`
/// when a row does not say it). A variant keeps the source's id, rules, paging and rate limit — one endpoint family,
/// one set of selectors — and only fixes the listed parameters, so the scheduler enqueues one job per variant, the
/// fetcher renders each with `request(page:values:)`, and the parser sees the value its page was requested with.
extension SourceConfig {
    /// Every combination of the listed parameters' values, each merged into the single-valued `parameters`: one
    /// dictionary per crawl of this source. The order is deterministic: parameter names sorted, the first name
    /// varying slowest, values in the order the file lists them. A source without listed parameters has one
    /// variant, its own `parameters`.
    public func requestVariants() -> [[String: String]] {
        variantChoices().map { choice in parameters.merging(choice) { _, chosen in chosen } }
    }

    /// One source per entry of `requestVariants()`, in the same order: `parameters` completed with the variant's
    /// values, `parameterChoices` empty and `variant` naming the chosen values. A source without listed parameters
    /// is its own single variant.
    public func variants() -> [SourceConfig] {
        guard !parameterChoices.isEmpty else { return [self] }
        return variantChoices().map { choice in
            var concrete = self
            concrete.parameters.merge(choice) { _, chosen in chosen }
            concrete.parameterChoices = [:]
            concrete.variant = choice
            return concrete
        }
    }

    /// `ancmPrg=ancmIng` (names sorted, joined by `&`): tells a variant's jobs, logs and archived pages apart;
    /// empty for a source without variants.
    public var variantLabel: String {
        variant.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "&")
    }

    /// The listed parameters' combinations alone, in `requestVariants()` order.
    private func variantChoices() -> [[String: String]] {
        var combinations: [[String: String]] = [[:]]
        for name in parameterChoices.keys.sorted() {
            let values = parameterChoices[name] ?? []
            combinations = combinations.flatMap { combination in
                values.map { value in combination.merging([name: value]) { _, chosen in chosen } }
            }
        }
        return combinations
    }
}
