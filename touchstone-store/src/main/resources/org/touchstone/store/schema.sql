-- Touchstone store schema. Every statement is idempotent: opening a store applies it.
-- A file's rows, its rejected rows and its ingested_files entry are written in one transaction,
-- so a file is in the store whole or not at all.

CREATE TABLE IF NOT EXISTS ingested_files (
    file_id        BIGINT PRIMARY KEY,   -- first 8 bytes of sha256, the same in every store
    sha256         VARCHAR NOT NULL,
    name           VARCHAR NOT NULL,     -- file name as given at ingest
    path           VARCHAR NOT NULL,
    dataset        VARCHAR NOT NULL,
    format         VARCHAR NOT NULL,
    bytes          BIGINT NOT NULL,
    rows_read      BIGINT NOT NULL,
    rows_stored    BIGINT NOT NULL,
    rows_duplicate BIGINT NOT NULL,
    rows_rejected  BIGINT NOT NULL,
    ingested_at    TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS events (
    dataset         VARCHAR NOT NULL,    -- gdelt1, gdelt2, icews, touchstone, ...
    event_id        VARCHAR NOT NULL,    -- the dataset's own id
    date            DATE NOT NULL,
    source_code     VARCHAR,
    source_name     VARCHAR,
    source_country  VARCHAR,
    source_sector   VARCHAR,
    target_code     VARCHAR,
    target_name     VARCHAR,
    target_country  VARCHAR,
    target_sector   VARCHAR,
    code            VARCHAR NOT NULL,    -- CAMEO event code as text: '010' is not 10
    root_code       VARCHAR NOT NULL,
    quad_class      TINYINT NOT NULL,    -- 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    goldstein       DOUBLE,
    verbal          BOOLEAN NOT NULL,    -- quad classes 1 and 3
    mentions        INTEGER,
    sources         INTEGER,
    articles        INTEGER,
    tone            DOUBLE,
    geo_name        VARCHAR,
    geo_country     VARCHAR,
    latitude        DOUBLE,
    longitude       DOUBLE,
    url             VARCHAR,             -- source URL or publisher
    file_id         BIGINT,              -- provenance of dataset rows: file and line
    line            BIGINT,
    doc_id          VARCHAR,             -- provenance of coded events: document, sentence, span, entries
    sentence_index  INTEGER,
    span_start      INTEGER,
    span_end        INTEGER,
    dictionary_entries VARCHAR           -- entries that matched, separated by ' | '
);

-- The dyad-by-day table, derived from events (touchstone-core's dyad-day.sql defines it, for
-- DuckDB and Spark alike): whenever events are added, the days they fall on are recomputed in the
-- same transaction, so the dyad questions sum a few rows per day instead of scanning every event.
-- Derived, so export leaves it out and import rebuilds it. Columns: docs/SPARK.md; layout: docs/STORE.md.
CREATE TABLE IF NOT EXISTS dyad_day (
    date                          DATE NOT NULL,
    dataset                       VARCHAR NOT NULL,
    source_code                   VARCHAR,
    target_code                   VARCHAR,
    source_country                VARCHAR,
    target_country                VARCHAR,
    events                        BIGINT NOT NULL,
    verbal_cooperation            BIGINT NOT NULL,
    material_cooperation          BIGINT NOT NULL,
    verbal_conflict               BIGINT NOT NULL,
    material_conflict             BIGINT NOT NULL,
    verbal                        BIGINT NOT NULL,
    material                      BIGINT NOT NULL,
    goldstein_sum                 DOUBLE,
    goldstein_count               BIGINT NOT NULL,
    mentions_sum                  BIGINT,
    weighted_verbal_cooperation   BIGINT NOT NULL,
    weighted_material_cooperation BIGINT NOT NULL,
    weighted_verbal_conflict      BIGINT NOT NULL,
    weighted_material_conflict    BIGINT NOT NULL,
    weighted_goldstein_sum        DOUBLE,
    weighted_goldstein_count      BIGINT NOT NULL
);

-- How much of dyad_day has been added since it was last rewritten in (source_code, target_code,
-- date) order. Sorted, DuckDB's per-row-group min/max let a dyad question skip all but the rows
-- of its actors; rows added since sit unsorted at the end until there are enough to sort again.
CREATE TABLE IF NOT EXISTS dyad_day_layout (
    rows_since_sort BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS mentions (
    dataset         VARCHAR NOT NULL,
    event_id        VARCHAR NOT NULL,
    event_time      TIMESTAMP,
    mention_time    TIMESTAMP NOT NULL,
    mention_type    TINYINT NOT NULL,
    source_name     VARCHAR,
    identifier      VARCHAR NOT NULL,
    sentence_id     INTEGER,
    actor1_offset   INTEGER,
    actor2_offset   INTEGER,
    action_offset   INTEGER,
    in_raw_text     BOOLEAN NOT NULL,
    confidence      INTEGER,
    document_length INTEGER,
    tone            DOUBLE,
    file_id         BIGINT,
    line            BIGINT
);

CREATE TABLE IF NOT EXISTS documents (
    doc_id           VARCHAR PRIMARY KEY,
    date             DATE,
    provider         VARCHAR,
    provider_country VARCHAR,
    url              VARCHAR,
    title            VARCHAR,
    venue            VARCHAR,
    text             VARCHAR,
    file_id          BIGINT
);

CREATE TABLE IF NOT EXISTS statements (
    doc_id          VARCHAR NOT NULL,
    sentence_index  INTEGER NOT NULL,
    statement_index INTEGER NOT NULL,    -- order within the sentence
    date            DATE NOT NULL,
    speaker         VARCHAR,
    targets         VARCHAR,             -- actor codes spoken about, separated by ' | '
    named           BOOLEAN,             -- false when the target is only alluded to
    code            VARCHAR,
    goldstein       DOUBLE,
    audience        VARCHAR,             -- target, domestic, multilateral, foreign_media, press_conference, unknown
    quote           VARCHAR,
    span_start      INTEGER,
    span_end        INTEGER,
    dictionary_entries VARCHAR
);

CREATE TABLE IF NOT EXISTS rejected_rows (
    file_id  BIGINT NOT NULL,
    line     BIGINT NOT NULL,
    reason   VARCHAR NOT NULL,
    raw      VARCHAR
);

-- UN General Assembly roll-call votes (Voeten's data as the R package unvotes publishes it),
-- loaded by 'touchstone unvotes ingest DIR'; see docs/methods/affinity.md. Column names follow
-- the data. file_id and line say where each row came from.
CREATE TABLE IF NOT EXISTS un_countries (
    country_code VARCHAR NOT NULL,       -- the data's code: ISO 3166-1 alpha-2, or FRG, YAR, ZAN
    country      VARCHAR NOT NULL,
    cameo_code   VARCHAR,                -- CAMEO country code (USA, RUS, GMW); NULL when CAMEO has none
    iso3         VARCHAR,                -- ISO 3166-1 alpha-3 (ROU where CAMEO writes ROM)
    cow          INTEGER,                -- Correlates of War state number
    file_id      BIGINT,
    line         BIGINT
);

CREATE TABLE IF NOT EXISTS un_roll_calls (
    rcid          INTEGER NOT NULL,
    session       INTEGER,
    importantvote BOOLEAN,
    date          DATE NOT NULL,
    unres         VARCHAR,
    amend         BOOLEAN,
    para          BOOLEAN,
    short         VARCHAR,
    descr         VARCHAR,
    file_id       BIGINT,
    line          BIGINT
);

CREATE TABLE IF NOT EXISTS un_roll_call_issues (
    rcid       INTEGER NOT NULL,
    short_name VARCHAR NOT NULL,         -- hr, me, co, di, nu, ec
    issue      VARCHAR NOT NULL,         -- Human rights, Palestinian conflict, ...
    file_id    BIGINT,
    line       BIGINT
);

CREATE TABLE IF NOT EXISTS un_votes (
    rcid         INTEGER NOT NULL,
    year         INTEGER NOT NULL,
    country_code VARCHAR NOT NULL,       -- as in un_countries
    vote         VARCHAR NOT NULL,       -- yes, abstain, no; absent members have no row
    file_id      BIGINT,
    line         BIGINT
);
