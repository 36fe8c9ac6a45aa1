extension MonitoringFilesTests {
    /// A `promtool test rules` file over synthetic series: KEIT fails 2 pages of 10 every 5 minutes (24 an hour,
    /// 20 %: the warning, not the critical rate), TIPA 4 of 10 (40 %: both), IITP fails nothing; the oldest
    /// waiting job ages from the start; KIMST last succeeded at time 0, IITP keeps succeeding.
    static func ruleTests(rules: String) -> String {
        """
        rule_files:
          - \(rules)
        evaluation_interval: 1m
        tests:
          - interval: 5m
            input_series:
              - series: 'scraping_failures_total{agency="KEIT",reason="fetch_http",command="crawl"}'
                values: '0+2x36'
              - series: 'connect_ingest_pages_total{agency="KEIT",source="keit.list",result="fetched"}'
                values: '0+10x36'
              - series: 'scraping_failures_total{agency="TIPA",reason="parse_blockPage"}'
                values: '0+4x36'
              - series: 'connect_ingest_pages_total{agency="TIPA",source="tipa.list",result="fetched"}'
                values: '0+10x36'
              - series: 'scraping_failures_total{agency="IITP",reason="fetch_http"}'
                values: '0x36'
              - series: 'connect_ingest_pages_total{agency="IITP",source="iitp.list",result="fetched"}'
                values: '0+10x36'
              - series: 'connect_ingest_queue_oldest_waiting_age_seconds{instance="worker-1"}'
                values: '0+300x36'
              - series: 'connect_ingest_last_success_timestamp_seconds{agency="KIMST",instance="worker-1"}'
                values: '0x300'
              - series: 'connect_ingest_last_success_timestamp_seconds{agency="IITP",instance="worker-1"}'
                values: '0+300x300'
            alert_rule_test:
              - eval_time: 2h
                alertname: ScrapingFailuresIncreasing
                exp_alerts:
                  - exp_labels: {severity: warning, agency: KEIT}
                  - exp_labels: {severity: warning, agency: TIPA}
              - eval_time: 2h
                alertname: ScrapingFailureRateHigh
                exp_alerts:
                  - exp_labels: {severity: warning, agency: KEIT}
                  - exp_labels: {severity: warning, agency: TIPA}
              - eval_time: 2h
                alertname: ScrapingFailureRateCritical
                exp_alerts:
                  - exp_labels: {severity: critical, agency: TIPA}
              - eval_time: 20m
                alertname: QueueStuck
                exp_alerts: []
              - eval_time: 2h
                alertname: QueueStuck
                exp_alerts:
                  - exp_labels: {severity: critical}
              - eval_time: 23h
                alertname: AgencyNoSuccessfulRun
                exp_alerts: []
              - eval_time: 25h
                alertname: AgencyNoSuccessfulRun
                exp_alerts:
                  - exp_labels: {severity: critical, agency: KIMST}

        """
    }
}
