"""The Prefect flow on the seed articles, checked row by row in DuckDB."""

from __future__ import annotations

from datetime import date

from flows.pipeline import timeline_flow
from warehouse import store


def _rows(db, sql):
    con = store.connect(db, read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_seeds_end_to_end_and_rerun_changes_nothing(prefect_server, seeds_copy, tmp_path):
    db = tmp_path / "t.duckdb"
    first = timeline_flow(input_path=str(seeds_copy), db=str(db), json_path=str(tmp_path / "t.json"))
    assert (first["articles_read"], first["articles_failed"]) == (5, 0)

    # The anchors: metadata, else the dateline; 004 holds a second story with its own.
    assert _rows(db, "SELECT doc_id, part, anchor, anchor_source FROM segments ORDER BY doc_id, part") == [
        ("000_0991d8eb904d2397", 0, date(2024, 12, 13), "manifest"),
        ("001_d8bb4f98b44b5509", 0, date(2024, 12, 13), "manifest"),
        ("002_ea5190b97f2e0158", 0, date(2018, 2, 15), "manifest"),
        ("003_b44ec4b4007b89a3", 0, date(2016, 10, 22), "dateline: 10/22/2016"),
        ("004_6c95415e13a1eb0b", 0, date(2024, 12, 14), "dateline: 14th, December 2024"),
        ("004_6c95415e13a1eb0b", 1, date(2025, 3, 16), "dateline: 16 مارس، 2025"),
    ]
    # One meeting, three reports, the evening of 12 December.
    meeting = _rows(db, """
        SELECT e.date, e.time_of_day, count(DISTINCT s.doc_id)
        FROM events e JOIN event_sources s USING (event_id)
        WHERE e.type = 'meeting' AND e.event_id IN (SELECT event_id FROM event_actors WHERE actor_id = 'recep_tayyip_erdogan')
          AND e.event_id IN (SELECT event_id FROM event_actors WHERE actor_id = 'antony_blinken')
        GROUP BY ALL""")
    assert meeting == [(date(2024, 12, 12), "evening", 3)]
    # The second story's call, dated on that story's own dateline.
    assert _rows(db, """
        SELECT e.date, a.actor_id, a.role FROM events e JOIN event_actors a USING (event_id)
        JOIN actors p USING (actor_id) WHERE e.type = 'call' AND p.kind = 'person' ORDER BY a.actor_id""") == [
        (date(2025, 3, 16), "mohammed_shia_al_sudani", "target"), (date(2025, 3, 16), "pete_hegseth", "source"),
    ]
    counts = store.counts(store.connect(db, read_only=True))

    second = timeline_flow(input_path=str(seeds_copy), db=str(db), json_path=str(tmp_path / "t.json"))
    assert (second["articles_read"], second["articles_unchanged"]) == (0, 5)
    assert store.counts(store.connect(db, read_only=True)) == counts


def test_one_unreadable_article_does_not_stop_the_others(prefect_server, seeds_copy, tmp_path):
    (seeds_copy / "999_broken.txt").write_bytes(b"\xff\xfe\x00garbage\x80")
    db = tmp_path / "t.duckdb"
    summary = timeline_flow(input_path=str(seeds_copy), db=str(db))
    assert (summary["articles_read"], summary["articles_failed"]) == (6, 1)
    assert _rows(db, "SELECT doc_id, error FROM articles WHERE error IS NOT NULL") == [
        ("999_broken", "999_broken.txt: not readable as UTF-8 text (UnicodeDecodeError)"),
    ]
    assert _rows(db, "SELECT count(DISTINCT doc_id) FROM event_mentions")[0][0] == 5


def test_timeline_run_names_each_problem_keeps_it_in_rejected_and_exits_1(prefect_server, seeds_copy, tmp_path):
    from typer.testing import CliRunner

    from flows.cli import app

    (seeds_copy / "999_broken.txt").write_bytes(b"\xff\xfe\x00garbage\x80")
    with (seeds_copy / "manifest.csv").open("a", encoding="utf-8") as manifest:
        manifest.write("998_missing,2024-12-14,,\n")
    db = tmp_path / "t.duckdb"
    result = CliRunner().invoke(app, ["run", str(seeds_copy), "--db", str(db), "-q"])
    assert result.exit_code == 1
    named = ["999_broken.txt: not readable as UTF-8 text (UnicodeDecodeError)",
             "manifest.csv: 998_missing has no 998_missing.txt; skipped"]
    assert [line.removeprefix("warning: ") for line in result.stderr.splitlines() if line.startswith("warning:")] == named
    assert "7 articles" not in result.stdout and "6 articles: 6 read, 0 unchanged, 1 failed" in result.stdout
    assert "2 problems named above" in result.stdout
    assert _rows(db, "SELECT problem FROM rejected ORDER BY problem") == [(p,) for p in sorted(named)]
    again = CliRunner().invoke(app, ["run", str(seeds_copy), "--db", str(db), "-q"])
    assert again.exit_code == 1 and "6 articles: 1 read, 5 unchanged, 1 failed" in again.stdout


def _events(db):
    return _rows(db, "SELECT * FROM events ORDER BY event_id")


def test_a_changed_article_replaces_only_its_own_events(prefect_server, seeds_copy, tmp_path):
    db = tmp_path / "t.duckdb"
    timeline_flow(input_path=str(seeds_copy), db=str(db))
    before = _events(db)
    assert len(_rows(db, "SELECT event_id FROM events WHERE type = 'call'")) == 1

    # Remove the second story (after "إقرأ أيضاً") from 004: its events must go, nothing else may move.
    path = seeds_copy / "004_6c95415e13a1eb0b.txt"
    text = path.read_text(encoding="utf-8")
    cut = text.index("إقرأ أيضاً")
    path.write_text(text[:cut], encoding="utf-8")
    removed = _rows(db, f"""SELECT event_id FROM event_sources GROUP BY event_id
                            HAVING bool_and(doc_id = '004_6c95415e13a1eb0b' AND trigger_start >= {cut})""")
    summary = timeline_flow(input_path=str(seeds_copy), db=str(db))
    assert (summary["articles_read"], summary["articles_unchanged"]) == (1, 4)

    after = _events(db)
    assert _rows(db, "SELECT count(*) FROM events WHERE type = 'call'") == [(0,)]
    assert _rows(db, "SELECT count(*) FROM segments WHERE doc_id = '004_6c95415e13a1eb0b'") == [(1,)]
    assert after == [e for e in before if e[0] not in {r[0] for r in removed}]


def test_two_corpora_in_one_warehouse_keep_one_row_per_event(prefect_server, seeds_copy, tmp_path):
    import json

    from tests.conftest import ROOT
    from evaluation.score import score_warehouse

    gold = json.loads((ROOT.parent / "shared" / "gold" / "seeds_gold.json").read_text(encoding="utf-8")) \
        if (ROOT.parent / "shared" / "gold" / "seeds_gold.json").exists() else None
    db = tmp_path / "t.duckdb"
    timeline_flow(input_path=str(seeds_copy), db=str(db))
    timeline_flow(input_path=str(ROOT / "bench" / "devset" / "articles"), db=str(db))
    con = store.connect(db, read_only=True)
    try:
        assert con.execute("SELECT count(DISTINCT doc_id) FROM articles").fetchone()[0] == 21
        # no two events share one report
        assert con.execute("""SELECT count(*) FROM (SELECT doc_id, trigger_start FROM event_sources
                              GROUP BY ALL HAVING count(DISTINCT event_id) > 1)""").fetchone()[0] == 0
        if gold is not None:
            figures = score_warehouse(con, gold)
            assert (figures["duplicates"], figures["recall_with_date"]) == (0, 1.0)
    finally:
        con.close()
