-- The inputs of the polarity question, as the COW and UCDP readers stream them in.
-- One private in-memory database per run; only the columns the question uses.
CREATE TABLE nmc (
    ccode      INTEGER NOT NULL,
    state_abb  VARCHAR,
    year       INTEGER NOT NULL,
    cinc       DOUBLE  NOT NULL
);
CREATE TABLE major_spells (
    ccode      INTEGER NOT NULL,
    start_year INTEGER NOT NULL,
    end_year   INTEGER NOT NULL
);
CREATE TABLE mid_disputes (
    dispute    INTEGER NOT NULL,
    start_year INTEGER NOT NULL,
    hostility  INTEGER NOT NULL
);
CREATE TABLE ucdp_conflict_years (
    conflict_id INTEGER NOT NULL,
    year        INTEGER NOT NULL
);
