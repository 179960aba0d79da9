"""The gazetteer data: ids unique, offices point at actors, dates parse, aliases do not collide."""

from __future__ import annotations

import importlib.util

from tests.conftest import ROOT


def test_gazetteer_files_pass_their_checker(capsys):
    path = ROOT / "extractors" / "data" / "check_gazetteer.py"
    spec = importlib.util.spec_from_file_location("check_gazetteer", path)
    checker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(checker)
    assert checker.main([str(path)]) == 0, capsys.readouterr().out
