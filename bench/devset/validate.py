#!/usr/bin/env python3
"""Consistency checks for the devset gold (stdlib only; Hijri check runs if `hijridate` is installed)."""
import csv, datetime as dt, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
texts = {}
for fn in sorted(os.listdir(os.path.join(HERE, "articles"))):
    if fn.endswith(".txt"):
        texts[fn[:-4]] = open(os.path.join(HERE, "articles", fn), encoding="utf-8").read()
errors = []
def err(m): errors.append(m)

# documents / manifest
man = {r["doc_id"]: r for r in csv.DictReader(open(os.path.join(HERE, "articles", "manifest.csv"), encoding="utf-8"))}
if set(man) != set(texts): err(f"manifest/doc mismatch {set(man) ^ set(texts)}")
if set(gold["documents"]) != set(texts): err("gold documents mismatch")
for d, info in gold["documents"].items():
    m = man.get(d, {}).get("published", "")
    if m and m != info["published"]: err(f"{d}: manifest {m} != gold {info['published']}")
    if not m and "dateline" not in info["published_source"]: err(f"{d}: no manifest date and no dateline")

WD = {"الاثنين":0,"الإثنين":0,"الثلاثاء":1,"الأربعاء":2,"الخميس":3,"الجمعة":4,"السبت":5,"الأحد":6}
def pub(d): return dt.date.fromisoformat(gold["documents"][d]["published"])

# temporal
for x in gold["temporal"]:
    d, s, v = x["doc"], x["text"], x["value"]
    if s not in texts[d]: err(f"temporal text not in {d}: {s}")
    p = pub(d)
    if len(v) == 10:
        day = dt.date.fromisoformat(v)
        for name, wd in WD.items():
            if re.search(r"(^|\s)" + name + r"($|\s)", s) and day.weekday() != wd:
                err(f"weekday mismatch {d} «{s}» -> {v}")
        rel = {"اليوم":0,"صباح اليوم":0,"مساء اليوم":0,"فجر اليوم":0,"بعد ظهر اليوم":0,"في وقت سابق اليوم":0,"في وقت سابق من اليوم":0,
               "أمس":-1,"مساء أمس":-1,"الليلة الماضية":-1,"أمس الأول":-2,"قبل يومين":-2,"منذ ثلاثة أيام":-3,"غدا":1,"غداً":1}
        base = re.sub(r"\s*(الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد)$", "", s)
        if base in rel and "doc_date" not in x.get("note", "") and "embedded" not in x.get("note", ""):
            if day != p + dt.timedelta(days=rel[base]): err(f"relative mismatch {d} «{s}» -> {v} (pub {p})")
        m = re.fullmatch(r"(?:يوم |فجر |مساء )?(الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد)( الماضي| المقبل)?", s)
        if m:
            wd = WD[m.group(1)]
            if m.group(2) == " المقبل":
                exp = p + dt.timedelta(days=(wd - p.weekday()) % 7 or 7)
            elif m.group(2) == " الماضي":
                exp = p - dt.timedelta(days=(p.weekday() - wd) % 7 or 7)
            else:
                exp = p - dt.timedelta(days=(p.weekday() - wd) % 7)
            if exp != day: err(f"weekday resolution {d} «{s}»: gold {v}, expected {exp}")
        if day > p + dt.timedelta(days=60) or day.year < 2000: pass

# hijri
try:
    from hijridate import Hijri
    for x in gold["temporal"]:
        if x.get("calendar") == "hijri":
            m = re.search(r"(\d+) (\S+) (\d{4}) هـ", x["text"])
            months = ["محرم","صفر","ربيع الأول","ربيع الآخر","جمادى الأولى","جمادى الآخرة","رجب","شعبان","رمضان","شوال","ذو القعدة","ذو الحجة"]
            g = Hijri(int(m.group(3)), months.index(m.group(2)) + 1, int(m.group(1))).to_gregorian()
            if g.isoformat() != x["value"]: err(f"hijri mismatch {x['text']} -> {g}")
    print("hijri checked")
except ImportError:
    print("hijridate not installed: Hijri check skipped")

# actors
for aid, a in gold["actors"].items():
    for s in a["ar"]:
        if not any(s in t for t in texts.values()): err(f"actor {aid} spelling not found: {s}")
ids = set(gold["actors"])
# events
for e in gold["events"]:
    for k in ("actors", "also"):
        for a in e.get(k, []):
            if a not in ids: err(f"{e['id']} unknown actor {a}")
    for a in (e.get("roles") or {}).values():
        if a not in ids: err(f"{e['id']} unknown role actor {a}")
    if e["evidence"] not in texts[e["evidence_doc"]]: err(f"{e['id']} evidence not in {e['evidence_doc']}")
    if e["evidence_doc"] not in e["docs"]: err(f"{e['id']} evidence_doc not in docs")
    if e["type"] not in ("meeting","call","visit","press_conference","offensive"): err(f"{e['id']} bad type")
    if e["date"]:
        vals = {x["value"] for x in gold["temporal"] if x["doc"] in e["docs"]} | {gold["documents"][d]["published"] for d in e["docs"]}
        if e["date"] not in vals: err(f"{e['id']} date {e['date']} not among temporal values of its docs")
        for d in e["docs"]:
            if e["date"][:7] > gold["documents"][d]["published"][:7] or (len(e["date"]) == 10 and e["date"] > gold["documents"][d]["published"]):
                err(f"{e['id']} happens after publication of {d}")
for n in gold["not_events"]:
    if n["evidence"] not in texts[n["doc"]]: err(f"{n['id']} evidence not in doc")
    for a in n["actors"]:
        if a not in ids: err(f"{n['id']} unknown actor {a}")
# weekday words in texts that no temporal entry covers
for d, t in texts.items():
    covered = " ".join(x["text"] for x in gold["temporal"] if x["doc"] == d)
    for name in WD:
        for m in re.finditer(r"(?<!\w)(?:[وب]?(?:يوم |مساء |فجر |صباح |أمس |غدا |غداً |اليوم ))?" + name + r"(?!\w)", t):
            if name not in covered: err(f"{d}: weekday word «{m.group(0)}» has no temporal entry")
print(f"{len(texts)} docs, {len(gold['events'])} events, {len(gold['not_events'])} not_events, {len(gold['temporal'])} temporal")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
