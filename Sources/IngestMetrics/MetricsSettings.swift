import Foundation
import IngestConfig

/// The two metrics settings, read and checked: IngestConfig only knows them as text.
public enum MetricsSettings {
    /// Where `work` serves `/metrics`; nil when `metrics.listen` is `off`.
    public static func listenAddress(_ settings: IngestSettings) throws(SettingsError) -> ListenAddress? {
        let value = settings.value(.metricsListen)
        if isOff(value.text) { return nil }
        guard let address = ListenAddress(value.text) else {
            throw SettingsError(
                setting: SettingKey.metricsListen.name, origin: value.origin.description,
                message: "\"\(value.text)\" is not an address and port (127.0.0.1:9464, [::1]:9464) or off")
        }
        return address
    }

    /// The folder of node_exporter's textfile collector; nil when `metrics.textfile_dir` is `off`.
    public static func textfileDirectory(_ settings: IngestSettings) -> String? {
        let text = settings.text(.metricsTextfileDirectory)
        return isOff(text) ? nil : text
    }

    static func isOff(_ text: String) -> Bool {
        ["off", "none", "false", "no", ""].contains(text.trimmingCharacters(in: .whitespaces).lowercased())
    }
}
