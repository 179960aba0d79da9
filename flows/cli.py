"""The `timeline` command: run the flow, export, query, resolve dates, schedule."""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Optional

import duckdb
import typer
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from typer.core import TyperGroup
from typer.exceptions import TyperException

from extractors.budget import Stopped
from flows.defaults import DEFAULT_BATCH_SIZE, DEFAULT_DB, FLOW_NAME, json_path_beside
from flows.lifetime import STOP
from flows.preflight import (check_cron, check_file_target, check_folder_target, check_scheduler, first_error,
                             read_reference)
from warehouse import store
from warehouse.export import Filters, export_parquet, run_query, timeline_events, undated_count

out = Console()
err = Console(stderr=True, soft_wrap=True)


class OneLineErrors(TyperGroup):
    """Every error a command lets through ends as one line on stderr and exit status 2;
    `timeline --debug …` lets it through as the full traceback instead."""

    def invoke(self, ctx: typer.Context):
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, TyperException):
            raise
        except (Exception, Stopped) as exc:
            if ctx.params.get("debug"):
                raise
            if isinstance(exc, Stopped) or STOP.is_set():  # a query the stop interrupted raises its own error
                fail("stopped; what was loaded is kept, and the next run finishes the work")
            fail(describe(exc))


def describe(exc: Exception) -> str:
    """One line for an error: the reason alone for errors a user can cause (a bad file, option or
    warehouse), the error's type and a pointer to --debug for anything else."""
    from flows.inputs import InputError

    if isinstance(exc, ValidationError):
        return first_error(exc)
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.filename}: {exc.strerror or exc}"
    first = next((line.strip() for line in str(exc).splitlines() if line.strip()), "")
    if isinstance(exc, (OSError, duckdb.Error, ValueError, InputError)):
        return first or exc.__class__.__name__
    return f"internal error ({exc.__class__.__name__}: {first}); re-run with `timeline --debug …` for the traceback"


app = typer.Typer(cls=OneLineErrors, add_completion=False, no_args_is_help=True,
                  help="Arabic news in, a dated timeline of events out.")


@app.callback()
def main(debug: bool = typer.Option(False, "--debug", help="Show the traceback of an error instead of one line.")) -> None:
    """Arabic news in, a dated timeline of events out (OneLineErrors reads --debug from the context)."""
    # Prefect gives its temporary server 20 s to start; a busy two-core machine took longer and the
    # run failed. A user's own setting wins.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


class Format(str, Enum):
    json = "json"
    timelinejs = "timelinejs"
    html = "html"
    parquet = "parquet"


def fail(message: str) -> None:
    err.print(f"[red]error:[/red] {escape(message)}", highlight=False)
    raise typer.Exit(2)


def warn(message: str) -> None:
    """One warning line; the message is printed as written (a bracket in it is not markup)."""
    err.print(f"[yellow]warning:[/yellow] {escape(message)}", highlight=False)


def open_db(path: str, read_only: bool = True):
    if read_only and not Path(path).exists():
        fail(f"{path}: no warehouse yet; run `timeline run INPUT --db {path}` first")
    try:
        return store.connect(path, read_only=read_only)
    except Exception as exc:  # duckdb raises IOException & co. for locked or corrupt files
        fail(f"{path}: cannot open the warehouse ({exc.__class__.__name__}: {str(exc).splitlines()[0]})")


_TABLE_ROWS = 200


def print_timeline(events: list[dict], title: str) -> None:
    """The timeline as a table (the first rows of a long one; `timeline export` has them all)."""
    table = Table(title=title, show_lines=False)
    for column in ("date", "when", "type", "actors", "location", "sources"):
        table.add_column(column, overflow="fold")
    for e in events[:_TABLE_ROWS]:
        when = " ".join(x for x in (e["precision"] if e["precision"] not in (None, "day") else "", e["time_of_day"] or "") if x)
        actors = "، ".join(f"{a['name_ar']}" + (f" ({a['role']})" if a["role"] != "participant" else "") for a in e["actors"])
        table.add_row(e["date"] or "—", when, e["type"], actors, e["location"] or "", str(len({s["doc_id"] for s in e["sources"]})))
    out.print(table)
    if len(events) > _TABLE_ROWS:
        out.print(f"… {len(events) - _TABLE_ROWS} more events: `timeline export` or `timeline query` show them all",
                  highlight=False)


@app.command()
def run(
    input_path: Path = typer.Argument(..., metavar="INPUT", help="A folder of .txt articles (+ manifest.csv) or a .jsonl file."),
    db: str = typer.Option(DEFAULT_DB, help="The DuckDB warehouse file."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the timeline JSON here (default: beside the db)."),
    batch_size: int = typer.Option(DEFAULT_BATCH_SIZE, min=1, help="Articles per task."),
    dask: Optional[str] = typer.Option(None, help="Address of a running Dask scheduler (tcp://host:8786) to extract articles on."),
    workers: int = typer.Option(0, min=0, help="Start a local Dask cluster with this many workers."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Do not print the timeline table."),
) -> None:
    """Ingest, extract, merge and load; a re-run of the same input changes nothing. Exit status 0:
    all of the input was taken; 1: the run finished, but some input was not taken as given (each
    problem is named, and the input's are kept in the table `rejected`); 2: an error, nothing run."""
    from flows.inputs import check_input
    from flows.pipeline import timeline_flow

    check_input(input_path)  # a missing path or one of no known kind is said here, not inside the flow
    json_path = str(json_out) if json_out else json_path_beside(db)
    check_file_target(Path(json_path))
    if dask:
        check_scheduler(dask)
    open_db(db, read_only=False).close()  # a folder, a non-warehouse or a held lock is said here, not inside the flow
    flow = timeline_flow
    if dask or workers:
        from prefect_dask import DaskTaskRunner

        runner = DaskTaskRunner(address=dask) if dask else DaskTaskRunner(cluster_kwargs={"n_workers": workers, "processes": True})
        flow = timeline_flow.with_options(task_runner=runner)
    summary = flow(input_path=str(input_path), db=db, json_path=json_path, batch_size=batch_size)
    for problem in summary["problems"]:
        warn(problem)
    con = open_db(db)
    try:
        events = timeline_events(con, Filters())
        undated = undated_count(con)
    finally:
        con.close()
    if not quiet:
        print_timeline(events, f"Timeline — {len(events)} events ({undated} undated)")
    problems = len(summary["problems"])
    out.print(f"{summary['articles_in']} articles: {summary['articles_read']} read, {summary['articles_unchanged']} unchanged, "
              f"{summary['articles_failed']} failed · {summary['events']} events · "
              + (f"{problems} problems named above · " if problems else "") + f"warehouse {db} · json {json_path}",
              highlight=False)
    if problems:
        raise typer.Exit(1)  # finished, but not all of the input was taken as given: each problem is named above


@app.command()
def export(
    db: str = typer.Option(DEFAULT_DB, help="The DuckDB warehouse file."),
    format: Format = typer.Option(Format.json, "--format", "-f", help="json, timelinejs, html or parquet."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write here instead of standard output (a directory for parquet)."),
    actor: Optional[str] = typer.Option(None, help="Only events with this actor (id, Arabic or English name)."),
    type: Optional[str] = typer.Option(None, "--type", help="Only events of this type."),
    since: Optional[str] = typer.Option(None, help="Only events on or after YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, help="Only events on or before YYYY-MM-DD."),
    all_statuses: bool = typer.Option(False, "--all-statuses", help="Include planned, denied and hypothetical events."),
    min_confidence: float = typer.Option(Filters.min_confidence, "--min-confidence", min=0.0, max=1.0,
                                         help="Only events this confident; 0 adds those that lack a party."),
) -> None:
    """The ordered timeline (undated events last)."""
    filters = Filters(actor=actor, type=type, since=_day(since, "--since"), until=_day(until, "--until"),
                      status=None if all_statuses else "asserted", min_confidence=min_confidence)
    if format is Format.parquet:
        _export_tables(db, output)
        return
    if output is not None:
        check_file_target(output)
    con = open_db(db)
    try:
        events = timeline_events(con, filters)
    finally:
        con.close()
    if format is Format.timelinejs:
        from warehouse.timelinejs import to_timelinejs

        document, undated = to_timelinejs(events)
        text = json.dumps(document, ensure_ascii=False, indent=1)
        err.print(f"{undated} undated events left out (TimelineJS needs a start date)", highlight=False)
    elif format is Format.html:
        from warehouse.timelinejs import to_html

        text = to_html(events)
    else:
        text = json.dumps({"events": events}, ensure_ascii=False, indent=1, default=str)
    if output:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text + "\n", encoding="utf-8")
        err.print(f"{len(events)} events → {output}", highlight=False)
    else:
        sys.stdout.write(text + "\n")


def _export_tables(db: str, output: Optional[Path]) -> None:
    """Every table as Parquet into the folder `output`, checked before the warehouse is opened."""
    if output is None:
        fail("--format parquet needs -o DIRECTORY")
    check_folder_target(output)
    con = open_db(db)
    try:
        output.mkdir(parents=True, exist_ok=True)
        written = export_parquet(con, str(output))
    finally:
        con.close()
    err.print(f"{len(written)} tables → {output}/", highlight=False)


def _day(value: Optional[str], option: str) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"{option} {value!r}: expected YYYY-MM-DD")
    return None


@app.command(help="Run SQL against the warehouse and print the result.\n\n"
                  "Your SQL runs as you give it: the warehouse is opened read-only, but DuckDB can still read and "
                  "write files on this machine (COPY … TO, read_csv), as you could yourself. Every other command "
                  "passes your values to SQL as parameters only.")
def query(
    sql: str = typer.Argument(..., help="SQL to run against the warehouse."),
    db: str = typer.Option(DEFAULT_DB, help="The DuckDB warehouse file."),
    as_json: bool = typer.Option(False, "--json", help="Print rows as JSON lines instead of a table."),
) -> None:
    """Print what the SQL returns; it is run as given, neither checked nor rewritten."""
    if not sql.strip():
        fail("no SQL given")
    con = open_db(db)
    try:
        columns, rows = run_query(con, sql)
    except duckdb.Error as exc:
        fail(str(exc).splitlines()[0])
    finally:
        con.close()
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(dict(zip(columns, row)), ensure_ascii=False, default=str) + "\n")
        return
    _print_rows(columns, rows)


@app.command()
def recipe(
    name: Optional[str] = typer.Argument(None, help="A recipe of warehouse/recipes.sql; none lists them."),
    db: str = typer.Option(DEFAULT_DB, help="The DuckDB warehouse file."),
    param: list[str] = typer.Option([], "--param", "-p", help="KEY=VALUE for a $KEY in the recipe."),
) -> None:
    """Run one of the documented SQL recipes (timeline of an actor, who met whom, …)."""
    from warehouse.recipes import recipes

    book = recipes()
    if name is None:
        for r in book.values():
            out.print(f"{r.name:22} {r.question}", highlight=False)
        return
    if name not in book:
        fail(f"no recipe {name!r}; one of: {', '.join(book)}")
    values = dict(p.split("=", 1) for p in param if "=" in p)
    missing = [p for p in book[name].params if p not in values]
    if missing:
        fail(f"recipe {name} needs " + " ".join(f"--param {m}=…" for m in missing))
    con = open_db(db)
    try:
        cur = con.execute(book[name].sql, {k: values[k] for k in book[name].params})
        columns, rows = [d[0] for d in cur.description], cur.fetchall()
    finally:
        con.close()
    _print_rows(columns, rows)


def _print_rows(columns: list[str], rows: list[tuple]) -> None:
    table = Table(show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    out.print(table)
    out.print(f"{len(rows)} rows", highlight=False)


@app.command()
def dates(
    input: Path = typer.Option(..., "--input", "-i", help='JSONL: {"id", "text", "published", "prefer"?} per line.'),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write here instead of standard output."),
) -> None:
    """Batch date resolution: one output line of mentions per input line."""
    from extractors.dates import find_dates
    from flows.inputs import jsonl_lines, parse_published, parse_record
    from schemas.dates import DatesRequest

    if not input.exists():
        fail(f"{input}: no such file")
    if output:
        check_file_target(output)
    sink = output.open("w", encoding="utf-8") if output else sys.stdout
    problems: list[str] = []
    try:
        for where, raw in jsonl_lines(input):
            request = parse_record(raw, where, DatesRequest, problems)
            if request is None:
                continue
            if request.published is None:
                problems.append(f"{where}: no published date; relative dates are left unresolved")
            anchor = parse_published(request.published, where, problems)
            mentions = [
                {"text": m.text, "start": m.start, "end": m.end, "value_start": _iso(m.value_start),
                 "value_end": _iso(m.value_end), "precision": m.precision, "time_of_day": m.time_of_day,
                 "time": m.time, "how": m.how}
                for m in find_dates(request.text, anchor, request.prefer) if m.value_start is not None
            ]
            sink.write(json.dumps({"id": request.id, "mentions": mentions}, ensure_ascii=False) + "\n")
    finally:
        if output:
            sink.close()
    for problem in problems:
        warn(problem)


def _iso(value: Optional[date]) -> Optional[str]:
    return value.isoformat() if value else None


@app.command()
def evaluate(
    gold: Path = typer.Option(..., "--gold", help="A reference file in the format of seeds_gold.json."),
    db: str = typer.Option(DEFAULT_DB, help="The DuckDB warehouse file."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
) -> None:
    """Score the warehouse against your own annotated articles: P/R/F1 per type, dates."""
    from evaluation.score import score_warehouse

    if not gold.exists():
        fail(f"{gold}: no such file")
    reference = read_reference(gold)
    con = open_db(db)
    try:
        figures = score_warehouse(con, reference)
    finally:
        con.close()
    if as_json:
        sys.stdout.write(json.dumps(figures, ensure_ascii=False, indent=1) + "\n")
        return
    table = Table(title=f"{gold.name}: {figures['events']} events against {figures['reference_events']} reference events")
    for column in ("type", "precision", "recall (dated)", "F1"):
        table.add_column(column)
    for kind, f in figures["per_type"].items():
        table.add_row(kind, f"{f['precision']:.2f}", f"{f['recall_with_date']:.2f}", f"{f['f1']:.2f}")
    table.add_row("all", f"{figures['precision']:.2f}", f"{figures['recall_with_date']:.2f}", f"{figures['f1']:.2f}")
    out.print(table)
    out.print(f"date accuracy {figures['date_accuracy']} · temporal accuracy {figures['temporal_accuracy']} "
              f"({figures['temporal_reference']} expressions) · duplicates {figures['duplicates']}", highlight=False)


@app.command()
def serve(
    input_path: Path = typer.Argument(..., metavar="INPUT", help="The folder or JSONL file to re-read on each run."),
    db: str = typer.Option(DEFAULT_DB, help="The DuckDB warehouse file."),
    cron: Optional[str] = typer.Option(None, help='A cron schedule, e.g. "0 * * * *" (hourly).'),
    interval: Optional[int] = typer.Option(None, min=60, help="Seconds between runs."),
    name: str = typer.Option(FLOW_NAME, help="Deployment name."),
) -> None:
    """Run the flow on a schedule (needs a Prefect server: `prefect server start`)."""
    from flows.inputs import check_input
    from flows.schedule import serve_timeline

    check_input(input_path)  # a missing path or one of no known kind is said here, not inside the flow
    if bool(cron) == bool(interval):
        fail("give exactly one of --cron or --interval")
    if cron:
        check_cron(cron)
    serve_timeline(str(input_path), db=db, cron=cron, interval=interval, name=name)


gazetteer_app = typer.Typer(no_args_is_help=True, help="Keep the gazetteer of office holders current.")
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("import")
def gazetteer_import(
    file: Path = typer.Argument(..., metavar="FILE", help="A Wikidata SPARQL JSON result of tools/wikidata_offices.rq."),
    data: Optional[Path] = typer.Option(None, "--data", help="The gazetteer folder to update (default: extractors/data)."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Print what would change; write nothing."),
) -> None:
    """Refresh actors.csv and offices.csv from a Wikidata query result.

    Known people get their new tenures, new people an actor row with their Arabic aliases, and
    open tenures that ended are closed; bad rows are named and skipped."""
    from flows.gazetteer import DATA_DIR, import_holdings, write_tables

    data_dir = data or DATA_DIR
    try:
        merged = import_holdings(file, data_dir)
    except ValueError as exc:
        fail(str(exc))
    for line in merged.skipped:
        warn(line)
    changes = Table(title="Gazetteer changes" + (" (dry run: nothing written)" if dry_run else ""))
    for column in ("change", "actor", "name / office", "country", "start", "end"):
        changes.add_column(column, overflow="fold")
    for row in merged.added_actors:
        changes.add_row("new actor", *(escape(row[k]) for k in ("actor_id", "name_ar", "country")), "", "")
    for label, rows in (("new tenure", merged.added_tenures), ("closed", merged.closed_tenures)):
        for row in rows:
            changes.add_row(label, *(escape(row[k]) for k in ("actor_id", "office", "country", "start", "end")))
    out.print(changes)
    if not dry_run and (merged.added_actors or merged.added_tenures or merged.closed_tenures):
        write_tables(data_dir, merged)
    out.print(f"{len(merged.added_actors)} new actors · {len(merged.added_tenures)} new tenures · "
              f"{len(merged.closed_tenures)} tenures closed · {len(merged.skipped)} skipped (named above) · "
              f"{merged.not_kept} of positions the gazetteer does not keep · "
              + ("dry run, nothing written" if dry_run else f"written to {data_dir}"), highlight=False)


if __name__ == "__main__":
    app()
