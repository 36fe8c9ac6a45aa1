extension Migration {
    /// What the organizations import needs on top of migration 1's table: the file's stable id (`ref`, matched
    /// first on re-import), a name+type rule for rows identified by neither ref nor business number, and indexes for
    /// looking organizations up by name and for finding the ones changed since their last match. Analysts may read
    /// the ref; the business-number columns stay out of their grant.
    static let organizations = Migration(
        version: 7, name: "organizations import",
        sql: #"""
            ALTER TABLE organizations
                ADD COLUMN external_ref text UNIQUE CHECK (external_ref <> '');

            -- An organization known only by name and type is one row per name and type: a re-import finds it again.
            CREATE UNIQUE INDEX organizations_name_type_unidentified ON organizations (name, org_type)
                WHERE external_ref IS NULL AND business_number_hash IS NULL;
            CREATE INDEX organizations_name ON organizations (name);
            CREATE INDEX organizations_updated_at ON organizations (updated_at);

            GRANT SELECT (external_ref) ON organizations TO connect_analyst;
            """#)
}
