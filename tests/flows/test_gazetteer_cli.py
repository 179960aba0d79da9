"""`timeline gazetteer import`: a Wikidata result merged into a copy of the shipped gazetteer,
which the gazetteer checker still passes; a dry run writes nothing; a bad file is one line."""

from __future__ import annotations

import importlib.util
import shutil
import sys

from typer.testing import CliRunner

from flows.cli import app
from flows.gazetteer import DATA_DIR
from tests.conftest import ROOT

runner = CliRunner()
FIXTURE = ROOT / "tests" / "fixtures" / "wikidata_offices.json"
_SPEC = importlib.util.spec_from_file_location("check_gazetteer", ROOT / "tools" / "check_gazetteer.py")
checker = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = checker
_SPEC.loader.exec_module(checker)


def test_import_adds_tenures_and_people_and_the_checker_still_passes(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    before = {name: (data / name).read_text(encoding="utf-8") for name in ("actors.csv", "offices.csv")}

    dry = runner.invoke(app, ["gazetteer", "import", str(FIXTURE), "--data", str(data), "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert {name: (data / name).read_text(encoding="utf-8") for name in before} == before

    result = runner.invoke(app, ["gazetteer", "import", str(FIXTURE), "--data", str(data)])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        "warning: binding 5 (Q900004, Minister of Foreign Affairs): unparseable date '2023-06-31T00:00:00Z'"]
    assert ("1 new actors · 3 new tenures · 0 tenures closed · 1 skipped (named above) · 1 of positions"
            in " ".join(result.stdout.split()))
    actors = (data / "actors.csv").read_text(encoding="utf-8").splitlines()
    offices = (data / "offices.csv").read_text(encoding="utf-8").splitlines()
    assert "itsunori_onodera,person,Itsunori Onodera,إيتسونوري أونوديرا,أونوديرا,JPN" in actors
    added = sorted(set(offices) - set(before["offices.csv"].splitlines()))
    assert added == ["fumio_kishida,foreign_minister,JPN,2012-12-26,2017-08-03",
                     "itsunori_onodera,defence_minister,JPN,2012-12-26,2014-09-03",
                     "itsunori_onodera,defence_minister,JPN,2017-08-03,2018-10-02"]
    assert len(offices) == len(before["offices.csv"].splitlines()) + 3
    _, report = checker.check(data)
    assert report.errors == []

    again = runner.invoke(app, ["gazetteer", "import", str(FIXTURE), "--data", str(data)])
    assert "0 new actors · 0 new tenures · 0 tenures closed" in " ".join(again.stdout.split())


def test_a_file_that_is_not_a_sparql_result_is_one_line(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"rows": []}', encoding="utf-8")
    for args, message in ((["gazetteer", "import", str(bad)], "not a SPARQL JSON result"),
                          (["gazetteer", "import", str(tmp_path / "none.json")], "no such file"),
                          (["gazetteer", "import", str(FIXTURE), "--data", str(tmp_path)], "no such file")):
        result = runner.invoke(app, args)
        assert result.exit_code == 2 and message in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
