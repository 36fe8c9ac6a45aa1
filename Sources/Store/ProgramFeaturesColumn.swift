import Foundation
import Match
import Parse
import PostgresClient

/// `programs.features`: what the matcher reads of a program, computed when the program is written (new or changed,
/// never for an unchanged sighting), so a match run never re-reads titles and bodies.
enum ProgramFeaturesColumn {
    static func json(_ program: Program) -> PostgresJSON {
        PostgresJSON(text: ProgramFeatures(program: program).canonicalJSON)
    }
}
