extension Sector {
    /// How relevant a program of sector `program` is to an organization of this sector, 0...1: 1 for the same
    /// sector, 0.5 and above for related ones (the scorer's "related" line), below for others. Rows are the
    /// organization's sector, columns the program's, and the matrix is asymmetric where fit is: an ICT company fits a
    /// content call (0.5) better than a content company fits an ICT call (0.4), a defense supplier an aerospace call
    /// (0.7) better than an aerospace firm a defense call (0.6).
    ///
    /// Deliberately low where the original matcher went wrong: ICT → bio-health 0.3 (dementia trials reached SaaS
    /// companies), ICT → marine 0.2 (ballast water), ICT → defense 0.3.
    public func relevance(toProgramIn program: Sector) -> Double {
        Self.relevanceRows[Self.index(self)][Self.index(program)]
    }

    /// Rows and columns in `Sector.allCases` order:
    /// ict semi manu mat mob aero robo bio energy env agri marine constr def cult safety basic.
    static let relevanceRows: [[Double]] = [
        /* ict           */ [1.0, 0.6, 0.5, 0.2, 0.5, 0.4, 0.6, 0.3, 0.3, 0.3, 0.3, 0.2, 0.3, 0.3, 0.5, 0.4, 0.4],
        /* semiconductor */ [0.6, 1.0, 0.6, 0.7, 0.4, 0.3, 0.4, 0.2, 0.5, 0.2, 0.1, 0.1, 0.1, 0.3, 0.1, 0.2, 0.4],
        /* manufacturing */ [0.4, 0.5, 1.0, 0.7, 0.6, 0.5, 0.7, 0.3, 0.5, 0.4, 0.3, 0.4, 0.4, 0.4, 0.2, 0.4, 0.2],
        /* materials     */ [0.2, 0.6, 0.7, 1.0, 0.5, 0.5, 0.3, 0.4, 0.6, 0.5, 0.2, 0.3, 0.4, 0.4, 0.1, 0.3, 0.5],
        /* mobility      */ [0.5, 0.4, 0.6, 0.4, 1.0, 0.6, 0.5, 0.1, 0.6, 0.4, 0.2, 0.4, 0.5, 0.4, 0.1, 0.5, 0.2],
        /* aerospace     */ [0.4, 0.3, 0.5, 0.5, 0.6, 1.0, 0.5, 0.1, 0.3, 0.2, 0.1, 0.3, 0.2, 0.6, 0.1, 0.3, 0.5],
        /* robotics      */ [0.6, 0.3, 0.7, 0.3, 0.5, 0.4, 1.0, 0.4, 0.2, 0.2, 0.4, 0.3, 0.4, 0.4, 0.2, 0.5, 0.2],
        /* bioHealth     */ [0.3, 0.1, 0.3, 0.4, 0.1, 0.1, 0.3, 1.0, 0.1, 0.4, 0.6, 0.3, 0.1, 0.1, 0.1, 0.3, 0.5],
        /* energy        */ [0.3, 0.4, 0.5, 0.6, 0.5, 0.2, 0.2, 0.1, 1.0, 0.8, 0.2, 0.4, 0.4, 0.2, 0.1, 0.4, 0.4],
        /* environment   */ [0.3, 0.1, 0.3, 0.4, 0.2, 0.1, 0.2, 0.4, 0.7, 1.0, 0.6, 0.6, 0.5, 0.1, 0.1, 0.6, 0.4],
        /* agriFood      */ [0.3, 0.1, 0.3, 0.2, 0.1, 0.1, 0.3, 0.6, 0.2, 0.6, 1.0, 0.5, 0.1, 0.0, 0.2, 0.2, 0.3],
        /* marine        */ [0.3, 0.1, 0.5, 0.3, 0.5, 0.2, 0.3, 0.4, 0.5, 0.6, 0.5, 1.0, 0.4, 0.4, 0.2, 0.5, 0.3],
        /* construction  */ [0.3, 0.1, 0.4, 0.5, 0.5, 0.1, 0.3, 0.1, 0.4, 0.5, 0.1, 0.3, 1.0, 0.1, 0.2, 0.6, 0.1],
        /* defense       */ [0.4, 0.4, 0.5, 0.5, 0.4, 0.7, 0.5, 0.1, 0.2, 0.0, 0.0, 0.4, 0.1, 1.0, 0.0, 0.5, 0.3],
        /* culture       */ [0.4, 0.0, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.2, 0.1, 0.2, 0.0, 1.0, 0.1, 0.2],
        /* safety        */ [0.4, 0.1, 0.3, 0.2, 0.4, 0.2, 0.4, 0.3, 0.3, 0.5, 0.1, 0.4, 0.6, 0.4, 0.1, 1.0, 0.2],
        /* basicScience  */ [0.4, 0.4, 0.2, 0.5, 0.2, 0.4, 0.2, 0.5, 0.4, 0.4, 0.3, 0.3, 0.1, 0.2, 0.1, 0.2, 1.0],
    ]
}
