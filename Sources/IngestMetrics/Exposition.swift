/// A Prometheus text exposition (format 0.0.4) read into families and samples, and written back: the textfiles
/// need a label added to every sample and their counters carried over from the previous file, and the tests read
/// figures out of `/metrics`.
public struct Exposition: Sendable, Hashable {
    public struct Label: Sendable, Hashable {
        public var name: String
        public var value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public struct Sample: Sendable, Hashable {
        /// The sample's own name: a histogram's samples end in `_bucket`, `_sum` or `_count`.
        public var name: String
        public var labels: [Label]
        public var value: Double

        /// The series it belongs to, whatever order its labels were written in.
        var identity: String {
            name + "{" + labels.sorted { $0.name < $1.name }.map { "\($0.name)=\($0.value)" }.joined(separator: ",")
                + "}"
        }
    }

    public struct Family: Sendable, Hashable {
        public var name: String
        /// `counter`, `gauge`, `histogram`, `summary` or `untyped`.
        public var type: String
        public var help: String?
        public var samples: [Sample]
    }

    public var families: [Family]

    public init(families: [Family]) {
        self.families = families
    }

    /// The sum of the samples named `name` whose labels include `labels` (every sample of it when empty).
    public func sum(_ name: String, where labels: [String: String] = [:]) -> Double {
        families.flatMap(\.samples).filter { sample in
            sample.name == name
                && labels.allSatisfy { wanted in
                    sample.labels.contains { $0.name == wanted.key && $0.value == wanted.value }
                }
        }.reduce(0) { $0 + $1.value }
    }

    /// Every sample's name.
    public var sampleNames: Set<String> { Set(families.flatMap { $0.samples.map(\.name) }) }
}
