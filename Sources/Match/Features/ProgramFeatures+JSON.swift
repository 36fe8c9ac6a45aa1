import Parse

extension ProgramFeatures {
    /// The features' JSON written by hand, byte for byte what `JSONEncoder` with `[.sortedKeys,
    /// .withoutEscapingSlashes]` writes (a test holds the two equal over the fixture programs). The store writes the
    /// features of every new or changed program; through the generic encoder that was a fifth of a fresh store's work.
    public var canonicalJSON: String {
        var out = CanonicalJSONWriter(capacity: 512 + 12 * (titleTerms.count + bodyTerms.count))
        // Keys in the encoder's sorted order (byte order of the short key strings).
        out.open()
        out.key("bt", first: true)
        out.strings(bodyTerms)
        if let consortiumRequired {
            out.key("cr")
            out.bool(consortiumRequired)
        }
        out.key("et")
        out.array(eligibleTypes) { out, eligible in
            out.open()
            out.key("c", first: true)
            out.double(eligible.confidence)
            out.key("t")
            out.string(eligible.type.rawValue)
            out.close()
        }
        out.key("k")
        out.string(kind.rawValue)
        out.key("pc")
        out.strings(preferredCertifications)
        out.key("r")
        out.strings(regions)
        out.key("rc")
        out.double(regionConfidence)
        out.key("s")
        out.array(sectors) { out, sector in
            out.open()
            out.key("s", first: true)
            out.string(sector.sector.rawValue)
            out.key("w")
            out.double(sector.weight)
            out.close()
        }
        if let trlMin {
            out.key("t0")
            out.integer(Int64(trlMin))
        }
        if let trlMax {
            out.key("t1")
            out.integer(Int64(trlMax))
        }
        out.key("tt")
        out.strings(titleTerms)
        out.key("v")
        out.integer(Int64(version))
        out.close()
        return out.text
    }
}
