-- The warehouse. One row per article, date mention, actor and real-world event.
CREATE TABLE IF NOT EXISTS articles (
    doc_id           VARCHAR PRIMARY KEY,
    published        DATE,              -- the anchor of the first story: metadata, else dateline
    published_source VARCHAR,           -- 'manifest', 'jsonl', 'dateline: …' or NULL
    dateline_date    DATE,              -- the first story's dateline, whatever the metadata says
    dateline_text    VARCHAR,
    source           VARCHAR,
    url              VARCHAR,
    title            VARCHAR,
    text             VARCHAR,
    content_hash     VARCHAR NOT NULL,
    error            VARCHAR,           -- why the article could not be decoded or extracted; it is tried again next run
    loaded_at        TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS segments (
    doc_id        VARCHAR NOT NULL,
    part          INTEGER NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    anchor        DATE,
    anchor_source VARCHAR,
    dateline      VARCHAR,
    dateline_date DATE,
    PRIMARY KEY (doc_id, part)
);

CREATE TABLE IF NOT EXISTS date_mentions (
    doc_id         VARCHAR NOT NULL,
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    text           VARCHAR NOT NULL,
    value_start    DATE,
    value_end      DATE,
    precision      VARCHAR,             -- day, week, month, year, time
    time_of_day    VARCHAR,             -- morning, noon, afternoon, evening, night, dawn, midnight
    time           VARCHAR,             -- HH:MM when a clock time is given
    how            VARCHAR NOT NULL,    -- the grammar rules that read it
    anchor         DATE,
    prefer         VARCHAR,             -- past or future
    weekday_agrees BOOLEAN,            -- "اليوم الأحد": does the weekday match the day?
    calendars_agree BOOLEAN            -- "… هـ الموافق … م": do the Hijri and Gregorian days match?
);

CREATE TABLE IF NOT EXISTS actors (
    actor_id VARCHAR PRIMARY KEY,
    name_ar  VARCHAR NOT NULL,
    name_en  VARCHAR,
    kind     VARCHAR NOT NULL,          -- person, country, organisation, armed_group, government_body
    country  VARCHAR,
    aliases  VARCHAR[]
);

CREATE TABLE IF NOT EXISTS offices (
    actor_id VARCHAR NOT NULL,
    office   VARCHAR NOT NULL,
    country  VARCHAR,
    start    DATE NOT NULL,
    "end"    DATE
);

CREATE TABLE IF NOT EXISTS actor_mentions (
    doc_id   VARCHAR NOT NULL,
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    text     VARCHAR NOT NULL,
    actor_id VARCHAR NOT NULL,
    how      VARCHAR NOT NULL
);

-- One row per report of an event; `mention` keeps the whole extracted record for re-merging.
CREATE TABLE IF NOT EXISTS event_mentions (
    doc_id        VARCHAR NOT NULL,
    trigger_start INTEGER NOT NULL,
    type          VARCHAR NOT NULL,
    trigger       VARCHAR NOT NULL,
    sentence      VARCHAR NOT NULL,
    date          DATE,
    precision     VARCHAR,
    date_text     VARCHAR,
    date_source   VARCHAR,
    status        VARCHAR NOT NULL,
    location      VARCHAR,
    confidence    DOUBLE NOT NULL,
    mention       JSON NOT NULL,
    event_id      VARCHAR              -- the event this report was merged into, if any
);

CREATE TABLE IF NOT EXISTS events (
    event_id    VARCHAR PRIMARY KEY,
    type        VARCHAR NOT NULL,        -- meeting, call, visit, press_conference, offensive
    date        DATE,                    -- NULL when no report gives the day
    date_end    DATE,
    precision   VARCHAR,
    time_of_day VARCHAR,
    date_source VARCHAR,                 -- explicit, relative, context, during, merged
    status      VARCHAR NOT NULL,        -- asserted, planned, denied, hypothetical
    location    VARCHAR,
    confidence  DOUBLE NOT NULL,
    cameo       VARCHAR,
    plover      VARCHAR,
    first_reported DATE                  -- the publication day of its earliest report
);
-- A warehouse written before first_reported existed gains it (NULL until its next merge).
ALTER TABLE events ADD COLUMN IF NOT EXISTS first_reported DATE;

CREATE TABLE IF NOT EXISTS event_actors (
    event_id VARCHAR NOT NULL,
    actor_id VARCHAR NOT NULL,
    role     VARCHAR NOT NULL,           -- source, target, participant
    text     VARCHAR                     -- the name as the reports wrote it
);

CREATE TABLE IF NOT EXISTS event_sources (
    event_id      VARCHAR NOT NULL,
    doc_id        VARCHAR NOT NULL,
    sentence      VARCHAR NOT NULL,
    date_text     VARCHAR,
    trigger       VARCHAR,
    trigger_start INTEGER
);

-- Articles loaded whose reports are not merged into events yet: marked in the transaction that
-- loads their readings, cleared in the one that swaps in the merged events. A run first finishes
-- any merge a stopped run left pending.
CREATE TABLE IF NOT EXISTS pending_merge (
    doc_id VARCHAR PRIMARY KEY
);

CREATE OR REPLACE VIEW timeline AS
SELECT
    e.event_id, e.type, e.date, e.date_end, e.precision, e.time_of_day, e.date_source, e.status,
    e.location, e.confidence, e.cameo, e.plover, e.first_reported,
    (SELECT string_agg(a.name_ar, '، ' ORDER BY ea.role, a.name_ar)
       FROM event_actors ea JOIN actors a USING (actor_id) WHERE ea.event_id = e.event_id) AS actors,
    (SELECT count(DISTINCT s.doc_id) FROM event_sources s WHERE s.event_id = e.event_id) AS n_sources,
    (SELECT string_agg(DISTINCT s.doc_id, ', ') FROM event_sources s WHERE s.event_id = e.event_id) AS doc_ids
FROM events e
ORDER BY e.date NULLS LAST, e.first_reported NULLS LAST, e.time_of_day NULLS LAST, e.type, e.event_id;

-- Every problem a run found in its input, one row each: a line that is not JSON, a manifest row
-- without its file, a publication date that is not one, an empty article… The run went on
-- without what the row names (an article that could not be read also keeps its `error`).
CREATE TABLE IF NOT EXISTS rejected (
    run_at  TIMESTAMP NOT NULL,
    problem VARCHAR NOT NULL
);
