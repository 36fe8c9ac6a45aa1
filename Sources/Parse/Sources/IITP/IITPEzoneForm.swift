import Foundation

/// The ezone announcement forms and the id parameter each takes: 02 과제공고 (`PMS_TSK_PBNC_ID=PBD2026…`), 01
/// 수요조사/안내 (`PMS_DMSY_PBNC_ID=DSP2026…`), 03 공모/챌린지 (`PMS_PBNM_ID=PBN2017…`). Rows and pages carry the id
/// only inside a form.tab URL, so the id, and the one canonical detail URL, are read from there.
struct IITPEzoneForm: Sendable, Hashable {
    /// The path segment: `/common/anno/<number>/form.tab`.
    let number: String
    let idParameter: String
    /// How this form's ids begin (SITES.md §1.2).
    let idPrefix: String

    static let all = [
        IITPEzoneForm(number: "02", idParameter: "PMS_TSK_PBNC_ID", idPrefix: "PBD"),
        IITPEzoneForm(number: "01", idParameter: "PMS_DMSY_PBNC_ID", idPrefix: "DSP"),
        IITPEzoneForm(number: "03", idParameter: "PMS_PBNM_ID", idPrefix: "PBN"),
    ]

    /// The form and announcement id a detail URL names (`;jsessionid=` and other parameters ignored); nil when the
    /// URL names no announcement.
    static func identify(url: String) -> (form: IITPEzoneForm, id: String)? {
        guard let components = URLComponents(string: URLText.strippingSessionID(url)) else { return nil }
        for item in components.queryItems ?? [] {
            guard let form = all.first(where: { $0.idParameter.caseInsensitiveCompare(item.name) == .orderedSame }),
                let id = item.value?.trimmingSpaces(), !id.isEmpty
            else { continue }
            return (form, id)
        }
        return nil
    }

    /// The form an id belongs to, by its prefix (for a page reached without the id in its URL).
    static func form(ofID id: String) -> IITPEzoneForm? {
        all.first { id.uppercased().hasPrefix($0.idPrefix) }
    }

    /// The canonical detail URL of `id` on the host of `base`: the form path with the id as its only parameter.
    func detailURL(id: String, base: String) -> String? {
        let encoded = id.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? id
        return URLText.absolute("/common/anno/\(number)/form.tab?\(idParameter)=\(encoded)", base: base)
    }

    /// The detail a row's link opens: `post_to_url('/common/anno/02/form.tab?PMS_TSK_PBNC_ID=…', 'post');` (the
    /// current board and main page) or a plain `href` (the pre-2021 board, with `;jsessionid=…`).
    static func detail(link: String, base: String) -> (id: String, url: String)? {
        let target: String
        if link.contains("post_to_url") {
            guard let first = ScriptCall.arguments(of: "post_to_url", in: link)?.first else { return nil }
            target = first
        } else {
            target = link
        }
        guard let absolute = URLText.absolute(target, base: base), let (form, id) = identify(url: absolute),
            let url = form.detailURL(id: id, base: absolute)
        else { return nil }
        return (id, url)
    }
}
