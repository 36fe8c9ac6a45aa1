/// Checks a source's request template before any page is fetched: every placeholder in `url` and `params` is
/// well-formed and one its kind can fill (`{page}` for a list, a row value such as `{id}` for a detail), a paged list
/// puts `{page}` somewhere, and headers and warm-up pages (sent as written) hold none.
enum RequestTemplateCheck {
    static func errors(for source: SourceConfig) -> [AgencyConfigError] {
        var errors: [AgencyConfigError] = []
        func report(_ key: String, _ field: String, _ message: String) {
            errors.append(
                AgencyConfigError(
                    location: source.location(of: key), source: source.id, field: field, message: message))
        }
        let known = RequestTemplate.known(for: source.kind)
        var used: Set<String> = []
        var templates = [(key: "url", field: "url", text: source.url)]
        for (name, value) in source.parameters.sorted(by: { $0.key < $1.key }) {
            templates.append((key: "params.\(name)", field: "params.\(name)", text: value))
        }
        for template in templates {
            guard let names = RequestTemplate.names(in: template.text) else {
                report(
                    template.key, template.field,
                    "'\(template.text)' has a malformed placeholder (write {name} with letters, digits or _)")
                continue
            }
            for name in names where !known.contains(name) {
                report(
                    template.key, template.field,
                    "{\(name)} is not a placeholder of \(source.kind.rawValue) sources (known: "
                        + known.sorted().map { "{\($0)}" }.joined(separator: ", ") + ")")
            }
            used.formUnion(names)
        }
        for (name, value) in source.headers.sorted(by: { $0.key < $1.key })
        where RequestTemplate.mentionsPlaceholder(value) {
            report("headers", "headers.\(name)", "is sent as written: placeholders are filled only in url and params")
        }
        for page in source.warmup where RequestTemplate.mentionsPlaceholder(page) {
            report(
                "warmup", "warmup", "'\(page)' is fetched as written: placeholders are filled only in url and params")
        }
        errors += pagingErrors(source, usesPage: used.contains(RequestTemplate.page))
        return errors
    }

    /// A paged list must say where the page number goes, and a `{page}` needs paging to count pages.
    private static func pagingErrors(_ source: SourceConfig, usesPage: Bool) -> [AgencyConfigError] {
        func error(_ key: String, _ field: String, _ message: String) -> AgencyConfigError {
            AgencyConfigError(location: source.location(of: key), source: source.id, field: field, message: message)
        }
        guard let paging = source.paging else {
            guard usesPage, source.kind.isList else { return [] }
            return [error("url", "paging", "{page} is used but [sources.paging] is missing")]
        }
        guard source.kind.isList else {
            return [error("paging", "paging", "a detail source is requested once per id and has no paging")]
        }
        let parameter = paging.parameter
        if source.parameterChoices[parameter] != nil {
            return [
                error(
                    "paging.param", "paging.param",
                    "names params.\(parameter), which lists several values; the page parameter must be \"{page}\"")
            ]
        }
        if let value = source.parameters[parameter] {
            guard RequestTemplate.names(in: value)?.contains(RequestTemplate.page) == true else {
                return [
                    error(
                        "paging.param", "paging.param",
                        "names params.\(parameter) = \"\(value)\", which does not hold {page}")
                ]
            }
            return []
        }
        guard RequestTemplate.names(in: source.url)?.contains(RequestTemplate.page) == true else {
            return [
                error(
                    "paging.param", "paging.param",
                    "'\(parameter)' is not one of params and the url has no {page}: the page number goes nowhere")
            ]
        }
        return []
    }
}
