extension Migration {
    // PLACEHOLDER: match runs, features, views.
    static let matching = Migration(version: 8, name: "matching", sql: "SELECT 1;")
}
