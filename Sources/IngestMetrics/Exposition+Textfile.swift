extension Exposition {
    /// The same samples with `label` added in front of every sample's labels (a textfile's `command`): the
    /// textfile collector refuses two files holding the same series, and several commands record the same names.
    public func labelled(_ label: Label) -> Exposition {
        var copy = self
        for family in copy.families.indices {
            for sample in copy.families[family].samples.indices {
                copy.families[family].samples[sample].labels.removeAll { $0.name == label.name }
                copy.families[family].samples[sample].labels.insert(label, at: 0)
            }
        }
        return copy
    }

    /// This exposition with the counters and histograms of `previous` added in: a one-shot command's counters
    /// start at zero in every run, so its textfile keeps them going up across runs, as Prometheus's `increase()`
    /// expects of a counter. Gauges are this run's alone.
    public func accumulating(_ previous: Exposition) -> Exposition {
        var merged = self
        for old in previous.families where ["counter", "histogram"].contains(old.type) {
            guard let index = merged.families.firstIndex(where: { $0.name == old.name }) else {
                merged.families.append(old)
                continue
            }
            guard merged.families[index].type == old.type else { continue }
            var positions: [String: Int] = [:]
            for (position, sample) in merged.families[index].samples.enumerated() {
                positions[sample.identity] = position
            }
            for sample in old.samples {
                if let position = positions[sample.identity] {
                    merged.families[index].samples[position].value += sample.value
                } else {
                    merged.families[index].samples.append(sample)
                }
            }
        }
        return merged
    }
}
