extension Migration {
    // PLACEHOLDER: the organizations helper fills this in (natural key for re-imports, etc.).
    static let organizations = Migration(version: 7, name: "organizations import", sql: "SELECT 1;")
}
