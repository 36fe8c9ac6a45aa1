extension Duration {
    /// Whole and fractional seconds, as the figures report rates.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
