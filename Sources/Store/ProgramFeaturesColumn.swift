import Foundation
import Match
import Parse
import PostgresClient

/// `programs.features`: what the matcher reads of a program, computed when the program is written (new or changed,
/// never for an unchanged sighting), so a match run never re-reads titles and bodies.
enum ProgramFeaturesColumn {
    static func json(_ program: Program) -> PostgresJSON {
        let features = ProgramFeatures(program: program)
        // Encoding a plain struct of strings and numbers cannot fail; an empty object would only make the matcher
        // recompute the features from the row.
        return (try? PostgresJSON(encoding: features)) ?? PostgresJSON(text: "{}")
    }
}
