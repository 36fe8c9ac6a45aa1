import Foundation

/// `status` for a person: the queue, the last run of every source grouped by agency, the last match run. Times in
/// Korea time, as operators read them.
extension StatusReport {
    var text: String {
        var lines = ["status at \(Self.korea(generatedAt))", ""]
        lines += queueLines
        lines.append("")
        lines += sourceLines
        lines.append("")
        lines += matchLines
        if !problems.isEmpty {
            lines.append("")
            lines += problems.map(\.line)
        }
        return lines.joined(separator: "\n")
    }

    private var queueLines: [String] {
        guard let queue else { return ["queue: not read (the queue Redis did not answer)"] }
        var lines = [
            "queue (\(queue.target))",
            "  ready \(queue.ready)\(queue.coalesced > 0 ? " (\(queue.coalesced) held back behind a running crawl)" : ""), "
                + "delayed \(queue.delayed), leased \(queue.leased), dead \(queue.dead), done \(queue.done)",
            "  oldest waiting job: "
                + (queue.oldestWaitingSeconds.map { "ready for \(ProgressFigures.clock($0))" } ?? "none waiting"),
        ]
        if queue.leases.isEmpty {
            lines.append("  leases: none")
        } else {
            lines.append("  leases (\(queue.leases.count)), by worker:")
            for (worker, leases) in Dictionary(grouping: queue.leases, by: \.worker).sorted(by: { $0.key < $1.key }) {
                lines.append("    \(worker)")
                for lease in leases {
                    let what = [lease.kind, lease.source, lease.agency].compactMap { $0 }.joined(separator: " ")
                    let left = lease.expiresAt.timeIntervalSince(generatedAt)
                    let expiry =
                        lease.expired
                        ? "expired \(Int(-left)) s ago (its worker died or stalls; the job goes back on the next lease)"
                        : "expires in \(Int(left)) s"
                    lines.append("      job \(lease.job)  \(what)  attempt \(lease.attempt + 1)  \(expiry)")
                }
            }
        }
        lines.append(
            "  dead letters: \(queue.dead)" + (queue.dead > 0 ? " (`connect-ingest dead list` shows their errors)" : "")
        )
        return lines
    }

    private var sourceLines: [String] {
        guard let sources else { return ["last runs: not read (PostgreSQL did not answer)"] }
        guard !sources.isEmpty else { return ["last runs: no sources catalogued yet (a worker or crawl adds them)"] }
        var lines = ["last run per source"]
        let width = sources.map(\.source.count).max() ?? 0
        var agency: String?
        for source in sources {
            if source.agency != agency {
                agency = source.agency
                lines.append("  \(source.agency == "shared" ? "shared (IRIS, NTIS)" : source.agency)")
            }
            let name = source.source.padding(toLength: width, withPad: " ", startingAt: 0)
            let outcome = source.outcome.padding(toLength: 7, withPad: " ", startingAt: 0)
            guard let run = source.run else {
                lines.append("    \(name)  \(outcome)\(source.enabled ? "" : "  (disabled)")")
                continue
            }
            let took = source.seconds.map { String(format: "%.1f s", $0) } ?? "running"
            lines.append(
                "    \(name)  \(outcome)  run \(run) \(source.trigger ?? "")  "
                    + "\(source.startedAt.map(Self.korea) ?? "")  \(took)  "
                    + "pages \(source.pagesFetched) fetched, \(source.pagesNotModified) not modified, "
                    + "\(source.pagesFailed) failed  programs \(source.programsNew) new, \(source.programsChanged) "
                    + "changed, \(source.programsUnchanged) unchanged" + (source.reason.map { "  (\($0))" } ?? ""))
        }
        return lines
    }

    private var matchLines: [String] {
        guard sources != nil else { return [] }
        guard let run = lastMatchRun else { return ["last match run: none yet"] }
        let took = run.seconds.map { String(format: "%.1f s", $0) } ?? "still running"
        var lines = [
            "last match run \(run.run): \(run.mode) (\(run.trigger)), \(run.outcome), as of \(Self.korea(run.asOf)), "
                + "started \(Self.korea(run.startedAt)), took \(took)",
            "  \(run.organizations) organizations × \(run.programs) open programs (\(run.programsChanged) changed); "
                + "\(run.organizationsRanked) ranked, \(run.organizationsUpdated) lists changed; "
                + "\(ProgressFigures.count(Int(run.pairsScored))) pairs scored; \(run.matchesWritten) matches written, "
                + "\(run.matchesRemoved) removed; batches \(run.batchesDone)/\(run.batches)",
        ]
        if let error = run.error { lines.append("  error: \(error)") }
        if let waiting = programsWaitingForMatcher { lines.append("  programs waiting for the matcher: \(waiting)") }
        return lines
    }

    /// `2026-11-23 09:05:01 KST`.
    static func korea(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Seoul")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date) + " KST"
    }
}
