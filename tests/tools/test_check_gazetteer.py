"""tools/check_gazetteer.py: the shipped gazetteer passes, and a small broken one in a temporary
folder is reported with the error each break should cause."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from tests.conftest import ROOT

_PATH = ROOT / "tools" / "check_gazetteer.py"
_SPEC = importlib.util.spec_from_file_location("check_gazetteer", _PATH)
checker = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = checker  # a dataclass looks its module up there
_SPEC.loader.exec_module(checker)

VALID = {
    "countries.csv": ["JOR,Jordan,الأردن,المملكة الأردنية,أردني,عمان,Amman"],
    "actors.csv": ["abdullah_ii,person,Abdullah II,عبد الله الثاني,الملك عبد الله,JOR"],
    "offices.csv": ["abdullah_ii,monarch,JOR,1999-02-07,"],
    "titles.csv": ["العاهل الأردني,monarch,no,JOR"],
}


def write_gazetteer(folder, extra: dict[str, list[str]]) -> None:
    for name, header in checker.HEADERS.items():
        rows = [",".join(header)] + VALID[name] + extra.get(name, [])
        (folder / name).write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_shipped_gazetteer_passes(capsys):
    assert checker.main([str(_PATH)]) == 0, capsys.readouterr().out


def test_valid_gazetteer_has_no_findings(tmp_path):
    write_gazetteer(tmp_path, {})
    _, report = checker.check(tmp_path)
    assert (report.errors, report.warnings) == ([], [])


@pytest.mark.parametrize(
    ("extra", "error"),
    [
        ({"actors.csv": ["jordan_army,armed_group,Jordanian Army,الجيش الأردني,الاردن,JOR"]},
         "alias collision: ['الاردن'] names actor(s) ['jordan_army'] and country [('JOR', 'name')]"),
        ({"actors.csv": ["king,person,King,الملكُ عبد الله,,JOR"]},
         "alias collision: ['الملك عبد الله', 'الملكُ عبد الله'] names actors ['abdullah_ii', 'king']"),
        ({"offices.csv": ["nobody,monarch,JOR,2000-01-01,"]},
         "offices.csv:3: actor_id 'nobody' not in actors.csv"),
        ({"offices.csv": ["abdullah_ii,president,JOR,2001-01-01,2000-01-01"]},
         "offices.csv:3: start 2001-01-01 after end 2000-01-01"),
        ({"titles.csv": ["العاهل الاردني,monarch,no,JOR"]},
         "titles.csv:3: duplicate title 'العاهل الاردني' (first at titles.csv:2)"),
        ({"actors.csv": ["Bad Id,person,X,س,,JOR"]},
         "actors.csv:3: bad actor_id 'Bad Id'"),
    ],
)
def test_broken_gazetteer_is_reported(tmp_path, extra, error):
    write_gazetteer(tmp_path, extra)
    _, report = checker.check(tmp_path)
    assert report.errors == [error]
    assert checker.main(["check_gazetteer.py", str(tmp_path)]) == 1
