-- marsad store, schema version 1: one row per stored EVENTS.md record and its parts.
-- Local ids (a1, e1) are kept in `local_id`; integer ids are database-wide.

CREATE TABLE articles (
    id              INTEGER PRIMARY KEY,
    doc_id          TEXT NOT NULL DEFAULT '',
    content_hash    TEXT NOT NULL UNIQUE,   -- sha256(text || "\x00" || doc_id): the idempotency key
    text_hash       TEXT NOT NULL,          -- sha256(text): finds the same story under other doc_ids
    source          TEXT,
    pub_date        TEXT,
    title           TEXT,
    url             TEXT,
    text            TEXT NOT NULL,
    search_norm     TEXT NOT NULL,          -- normalize(title + text), for spelling-tolerant search
    extra           TEXT,                   -- JSON of record keys without a column, so records round-trip
    ingested_at     TEXT NOT NULL,
    marsad_version  TEXT NOT NULL
);
CREATE INDEX articles_doc_id ON articles (doc_id);
CREATE INDEX articles_text_hash ON articles (text_hash);
CREATE INDEX articles_pub_date ON articles (pub_date);
CREATE INDEX articles_source_date ON articles (source, pub_date);

CREATE TABLE actors (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    local_id    TEXT NOT NULL,
    name        TEXT NOT NULL DEFAULT '',
    country     TEXT NOT NULL DEFAULT '',
    sector      TEXT NOT NULL DEFAULT '',
    code        TEXT NOT NULL DEFAULT '',   -- country || sector, the PLOVER actor code
    role        TEXT NOT NULL DEFAULT '',
    key         TEXT,                       -- NULL when the record had no such field
    name_latin  TEXT,
    UNIQUE (article_id, local_id)
);
CREATE INDEX actors_code ON actors (code);
CREATE INDEX actors_country ON actors (country);

CREATE TABLE mentions (
    id        INTEGER PRIMARY KEY,
    actor_id  INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    text      TEXT NOT NULL
);
CREATE INDEX mentions_actor ON mentions (actor_id);

CREATE TABLE events (
    id                INTEGER PRIMARY KEY,
    article_id        INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    local_id          TEXT NOT NULL,
    type              TEXT NOT NULL,
    mode              TEXT NOT NULL DEFAULT '',
    date              TEXT,                 -- as extracted: YYYY-MM-DD, YYYY-MM, YYYY or NULL
    sort_date         TEXT,                 -- date, else the article's pub_date: what date filters use
    location_name     TEXT,                 -- both NULL when the event has no location
    location_country  TEXT,
    status            TEXT NOT NULL DEFAULT 'asserted',
    score             REAL,                 -- PLOVER conflict-cooperation score when the record has one
    UNIQUE (article_id, local_id)
);
CREATE INDEX events_type_date ON events (type, sort_date);
CREATE INDEX events_date ON events (sort_date);
CREATE INDEX events_article ON events (article_id);

CREATE TABLE event_contexts (
    id        INTEGER PRIMARY KEY,
    event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    context   TEXT NOT NULL
);
CREATE INDEX event_contexts_event ON event_contexts (event_id);
CREATE INDEX event_contexts_context ON event_contexts (context, event_id);

CREATE TABLE event_participants (
    id        INTEGER PRIMARY KEY,
    event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    actor_id  INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    role      TEXT NOT NULL CHECK (role IN ('actor', 'recipient'))
);
CREATE INDEX event_participants_event ON event_participants (event_id, role);
CREATE INDEX event_participants_actor ON event_participants (actor_id, role);

CREATE TABLE triggers (
    id        INTEGER PRIMARY KEY,
    event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    text      TEXT NOT NULL
);
CREATE INDEX triggers_event ON triggers (event_id);

CREATE TABLE quotes (
    id                INTEGER PRIMARY KEY,
    article_id        INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    speaker_actor_id  INTEGER REFERENCES actors (id) ON DELETE SET NULL,
    start             INTEGER NOT NULL,
    "end"             INTEGER NOT NULL,
    text              TEXT NOT NULL,
    cue_start         INTEGER,              -- all three NULL when the quote has no cue
    cue_end           INTEGER,
    cue_text          TEXT
);
CREATE INDEX quotes_article ON quotes (article_id);
CREATE INDEX quotes_speaker ON quotes (speaker_actor_id);
