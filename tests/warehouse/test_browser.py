"""The HTML export in a real headless Chromium: every event rendered, nothing from an article run."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from flows.inputs import Ingested, ingest
from flows.steps import run_pipeline
from schemas.articles import Article
from tests.conftest import SEEDS
from warehouse import store
from warehouse.export import Filters, timeline_events
from warehouse.timelinejs import to_html

EVIL = 'وأجرى الرئيس الروسي فلاديمير بوتين أمس اتصالا هاتفيا مع الرئيس الإيراني حسن روحاني <script>alert(1)</script><img src=x onerror="document.title=\'pwned\'">.'
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--virtual-time-budget=8000"]


@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's chromium, installed the way a user would if the machine lacks it."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None and shutil.which("apt-get") and os.geteuid() == 0:
        subprocess.run(["apt-get", "update", "-qq"], check=False, capture_output=True, timeout=600)
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], check=False, capture_output=True, timeout=900,
                       env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
        path = shutil.which("chromium")
    if path is None:
        pytest.fail("chromium is not installed and could not be installed (apt-get install chromium)")
    return path


def build_page(tmp: Path, articles: list[Article]) -> tuple[Path, list[dict]]:
    """The HTML export of a warehouse holding these articles."""
    con = store.connect(tmp / "t.duckdb")
    run_pipeline(Ingested(articles=articles), con)
    events = timeline_events(con, Filters())
    con.close()
    path = tmp / "timeline.html"
    path.write_text(to_html(events), encoding="utf-8")
    return path, events


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> tuple[Path, list[dict]]:
    return build_page(tmp_path_factory.mktemp("seeds"), ingest(SEEDS).articles)


def run(chromium: str, *args: str, profile: Path) -> str:
    result = subprocess.run([chromium, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True, text=True,
                            timeout=120)
    return result.stdout


def test_every_event_is_rendered(chromium, page, tmp_path):
    path, events = page
    dom = run(chromium, "--dump-dom", path.as_uri(), profile=tmp_path / "p")
    dated = [e for e in events if e["date"]]
    undated = [e for e in events if not e["date"]]
    assert undated and all(e["first_reported"] for e in undated)
    assert len(re.findall(r'class="vis-item [^"]*\bvis-(?:box|range)\b', dom)) == len(events)
    assert len(re.findall(r'class="vis-item vis-box [^"]*\breported\b', dom)) == len(undated)  # on the day first reported
    assert dom.count('<li>') == len(undated)
    shot = Path(os.environ.get("TIMELINE_SCREENSHOT", tmp_path / "timeline.png"))
    run(chromium, "--window-size=1400,900", f"--screenshot={shot}", path.as_uri(), profile=tmp_path / "q")
    assert shot.stat().st_size > 10_000


def test_article_text_never_runs(chromium, tmp_path):
    path, events = build_page(tmp_path, [Article(doc_id="evil", text=EVIL, published=date(2020, 1, 2))])
    evil = next(e for e in events if any(s["doc_id"] == "evil" for s in e["sources"]))
    html = path.read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    dom = run(chromium, "--dump-dom", f"{path.as_uri()}#event={evil['id']}", profile=tmp_path / "p")
    assert "<title>" in dom and "pwned" not in dom.split("<title>", 1)[1].split("</title>", 1)[0]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom  # shown as text in the details panel
    assert not re.search(r"<img[^>]*onerror", dom)
