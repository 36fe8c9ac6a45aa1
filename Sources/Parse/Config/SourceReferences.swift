/// Checks that hold between files, so only `AgencyConfigLoader.loadDirectory` can make them: source ids are unique
/// across all agency files, and a list's `detail` names a detail source of any file (KIMST's 사업공고 rows open IRIS
/// detail pages, read by `iris.detail` of agencies/iris.toml).
enum SourceReferences {
    /// `unloadedFiles`: how many files failed their own checks; a detail source may be in one of them, which the
    /// message says rather than claiming no file defines it.
    static func errors(in configs: [AgencyConfig], unloadedFiles: Int = 0) -> [AgencyConfigError] {
        var errors: [AgencyConfigError] = []
        var byID: [String: (source: SourceConfig, file: String)] = [:]
        for config in configs {
            for source in config.sources {
                if let other = byID[source.id] {
                    errors.append(
                        AgencyConfigError(
                            location: source.location, source: source.id, field: "id",
                            message: "source id also defined in \(other.file)"))
                } else {
                    byID[source.id] = (source, config.file)
                }
            }
        }
        for config in configs {
            for source in config.sources {
                guard let detail = source.detailSource else { continue }
                let location = source.location(of: "detail")
                guard let target = byID[detail] else {
                    let known = byID.values.filter { $0.source.kind == .htmlDetail }.map(\.source.id).sorted()
                    let files =
                        unloadedFiles == 0
                        ? "no agency file defines" : "no agency file that loaded defines (\(unloadedFiles) did not)"
                    errors.append(
                        AgencyConfigError(
                            location: location, source: source.id, field: "detail",
                            message:
                                "names source '\(detail)', which \(files) (detail sources: \(known.joined(separator: ", ")))"
                        ))
                    continue
                }
                if target.source.kind != .htmlDetail {
                    errors.append(
                        AgencyConfigError(
                            location: location, source: source.id, field: "detail",
                            message:
                                "names source '\(detail)' (\(target.file)), a \(target.source.kind.rawValue) source, not an html_detail source"
                        ))
                }
            }
        }
        return errors
    }
}
