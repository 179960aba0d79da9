-- SQL recipes for the warehouse. Each starts with "-- name: …" and a line saying what it answers;
-- `timeline recipe NAME [--param key=value]` runs one, and tests/warehouse/test_recipes.py runs them all.

-- name: actor_timeline
-- The timeline of one actor (by id, Arabic or English name): $actor
SELECT e.date, e.time_of_day, e.type, ea.role, e.location, e.n_sources, e.actors
FROM timeline e JOIN event_actors ea USING (event_id) JOIN actors a USING (actor_id)
WHERE e.status = 'asserted' AND (a.actor_id = $actor OR a.name_ar = $actor OR a.name_en = $actor)
ORDER BY e.date NULLS LAST, e.type;

-- name: who_met_whom
-- Who met whom most often (meetings, calls, visits and press conferences between two people).
SELECT a1.name_ar AS first, a2.name_ar AS second, count(DISTINCT e.event_id) AS encounters,
       min(e.date) AS first_time, max(e.date) AS last_time
FROM events e
JOIN event_actors x1 ON x1.event_id = e.event_id JOIN actors a1 ON a1.actor_id = x1.actor_id
JOIN event_actors x2 ON x2.event_id = e.event_id JOIN actors a2 ON a2.actor_id = x2.actor_id
WHERE e.status = 'asserted' AND e.type IN ('meeting', 'call', 'visit', 'press_conference')
  AND a1.kind = 'person' AND a2.kind = 'person' AND a1.actor_id < a2.actor_id
GROUP BY ALL ORDER BY encounters DESC, first, second;

-- name: events_per_week
-- Events per ISO week and type (dated events only).
SELECT date_trunc('week', date) AS week, type, count(*) AS events
FROM events WHERE date IS NOT NULL AND status = 'asserted'
GROUP BY ALL ORDER BY week, type;

-- name: multi_source_events
-- Events told by several articles, with the articles.
SELECT date, type, actors, n_sources, doc_ids
FROM timeline WHERE n_sources > 1 AND status = 'asserted'
ORDER BY n_sources DESC, date NULLS LAST;

-- name: dateline_disagrees
-- Articles whose dateline and metadata give different publication days.
SELECT doc_id, published AS metadata_date, dateline_date, dateline_text, published_source
FROM articles
WHERE dateline_date IS NOT NULL AND published_source = 'manifest' AND published <> dateline_date
ORDER BY doc_id;

-- name: undated_events
-- Events whose day no report gives, with the sentence that tells them.
SELECT e.type, e.actors, e.location, s.doc_id, s.sentence
FROM timeline e JOIN event_sources s USING (event_id)
WHERE e.date IS NULL AND e.status = 'asserted'
ORDER BY e.type, s.doc_id;
