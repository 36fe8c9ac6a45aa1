/// The record's JSON written by hand, byte for byte what `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]`
/// writes (a test holds the two equal over every golden program and every control character). The store encodes
/// every program it sees to compare content hashes; through the generic encoder that cost most of a rerun's time.
extension ProgramRecord {
    public var canonicalJSON: [UInt8] {
        var out = CanonicalJSONWriter()
        out.open()
        // Keys in the encoder's sorted order (byte order of the key strings).
        out.key("agency", first: true)
        out.string(agency)
        out.key("announcement_number")
        out.string(announcementNumber)
        out.key("announcing_agency")
        out.string(announcingAgency)
        out.key("application_end")
        out.string(applicationEnd)
        out.key("application_start")
        out.string(applicationStart)
        out.key("attachments")
        out.attachments(attachments)
        out.key("budget_per_project_krw")
        out.integer(budgetPerProjectKRW)
        out.key("budget_text")
        out.string(budgetText)
        out.key("budget_total_krw")
        out.integer(budgetTotalKRW)
        out.key("call_type")
        out.string(callType)
        out.key("closing_time_given")
        out.bool(closingTimeGiven)
        out.key("consortium_required")
        out.bool(consortiumRequired)
        out.key("contact")
        out.contact(contact)
        out.key("detail_url")
        out.string(detailURL)
        out.key("eligible_org_types")
        out.strings(eligibleOrgTypes)
        out.key("fields")
        out.strings(fields)
        out.key("kind")
        out.string(kind)
        out.key("ministry")
        out.string(ministry)
        out.key("open_ended")
        out.bool(openEnded)
        out.key("period_text")
        out.string(periodText)
        out.key("posted_on")
        out.string(postedOn)
        out.key("regions")
        out.strings(regions)
        out.key("source_id")
        out.string(sourceID)
        out.key("status")
        out.string(status)
        out.key("title")
        out.string(title)
        out.key("trl_max")
        out.integer(trlMax.map(Int64.init))
        out.key("trl_min")
        out.integer(trlMin.map(Int64.init))
        out.close()
        return out.bytes
    }

    /// The attachments as the record writes them (the store's `attachments` column).
    public var attachmentsJSON: String {
        var out = CanonicalJSONWriter()
        out.attachments(attachments)
        return out.text
    }

    /// The contact as the record writes it (the store's `contact` column), nil when there is none.
    public var contactJSON: String? {
        guard contact != nil else { return nil }
        var out = CanonicalJSONWriter()
        out.contact(contact)
        return out.text
    }
}

/// The record's nested values, as their synthesized encodings write them.
extension CanonicalJSONWriter {
    mutating func attachments(_ attachments: [Attachment]) {
        array(attachments) { out, attachment in
            out.open()
            out.key("name", first: true)
            out.string(attachment.name)
            out.key("type")
            out.string(attachment.type)
            out.key("url")
            out.string(attachment.url)
            out.close()
        }
    }

    /// Contact's synthesized encoding leaves absent fields out.
    mutating func contact(_ contact: Contact?) {
        guard let contact else { return null() }
        open()
        var first = true
        for (name, value) in [
            ("department", contact.department), ("email", contact.email), ("name", contact.name),
            ("phone", contact.phone),
        ] {
            guard let value else { continue }
            key(name, first: first)
            string(value)
            first = false
        }
        close()
    }
}
