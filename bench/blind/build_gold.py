#!/usr/bin/env python3
"""Build gold.json and articles/manifest.csv for the blind Arabic event-timeline set,
then check them.  Prints `ERRORS []` when everything is consistent.

Run:  python3 build_gold.py          (hijridate is used for the Hijri check if importable)
"""
import csv
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")

# ---------------------------------------------------------------------------
# documents: doc_id -> (published or "", source, published_source)
# ---------------------------------------------------------------------------
DOCS = {
    "001_karrada_bombing_sumaria": ("2016-07-03", "alsumaria", "metadata (manifest)"),
    "002_karrada_bombing_quds": ("2016-07-04", "alquds_alarabi", "metadata (manifest)"),
    "003_benguerdane_attack_tap": ("", "TAP", "dateline in text: الاثنين 07 مارس 2016"),
    "004_benguerdane_attack_kuna": ("2016-03-08", "KUNA", "metadata (manifest); KUNA dateline «تونس - 8 - 3 (كونا)» gives day-month only"),
    "005_trump_salman_call_spa": ("", "SPA", "dateline in text: 01 جمادى الأولى 1438 هـ الموافق 29 يناير 2017 م"),
    "006_trump_salman_call_arabiya": ("2017-01-31", "alarabiya.net", "metadata (manifest)"),
    "007_erdogan_putin_meeting_anadolu": ("", "Anadolu", "dateline in text: سان بطرسبورغ 9 أغسطس 2016 (الأناضول)"),
    "008_erdogan_putin_meeting_rt": ("2016-08-10", "RT Arabic", "metadata (manifest); also «تاريخ النشر: 10.08.2016» in text"),
    "009_jubeir_baghdad_masalla": ("", "almasalla", "dateline in text: 25 شباط، 2017; a second article after «اقرأ أيضا:» is dated 24 شباط، 2017"),
    "010_lavrov_pyongyang_riyadh": ("2018-06-01", "alriyadh", "metadata (manifest); Arabic-Indic digits"),
    "011_qatar_defence_qna": ("2017-06-15", "QNA", "metadata (manifest); QNA dateline «الدوحة في 15 يونيو» gives no year"),
    "012_assad_sochi_sana": ("2017-11-21", "SANA", "metadata (manifest)"),
}
# publication date actually used to resolve each document (from text where the manifest is empty)
ANCHOR = {
    "003_benguerdane_attack_tap": "2016-03-07",
    "005_trump_salman_call_spa": "2017-01-29",
    "007_erdogan_putin_meeting_anadolu": "2016-08-09",
    "009_jubeir_baghdad_masalla": "2017-02-25",
}
# embedded second articles: (doc, marker that starts the section, its own publication date)
SECTIONS = {
    "009_jubeir_baghdad_masalla": [("اقرأ أيضا:", "2017-02-24")],
}

# ---------------------------------------------------------------------------
# actors
# ---------------------------------------------------------------------------
A = {}
def actor(key, en, *ar):
    A[key] = {"en": en, "ar": list(ar)}

actor("isis", "Islamic State (ISIS)", "داعش", "تنظيم داعش", "تنظيم \"داعش\"", "تنظيم (داعش)",
      "تنظيم «الدولة الإسلامية»", "الدولة الإسلامية", "التنظيم", "عصابات داعش الإرهابية",
      "مجموعات إرهابية مسلحة", "المهاجمين", "عناصر من تنظيم (داعش)")
actor("abadi", "Haider al-Abadi", "حيدر العبادي", "العبادي", "رئيس الوزراء حيدر العبادي", "رئيس الوزراء",
      "رئيس مجلس الوزراء حيدر العبادي", "رئيس مجلس الوزراء")
actor("biden", "Joe Biden", "جو بايدن", "بايدن", "نائب الرئيس الأمريكي جو بايدن", "نائب الرئيس الأمريكي")
actor("essebsi", "Beji Caid Essebsi", "الباجي قائد السبسي", "قائد السبسي", "رئيس الجمهورية الباجي قائد السبسي",
      "رئيس الجمهورية")
actor("essid", "Habib Essid", "الحبيب الصيد", "الصيد", "رئيس الحكومة الحبيب الصيد", "رئيس الحكومة",
      "رئيس الحكومة التونسية الحبيب الصيد", "رئيس الحكومة التونسية")
actor("horchani", "Farhat Horchani", "فرحات الحرشاني", "وزيري الدفاع الوطني فرحات الحرشاني")
actor("majdoub", "Hedi Majdoub", "الهادي المجدوب", "المجدوب", "وزير الداخلية الهادي المجدوب", "والداخلية")
actor("jubeir", "Adel al-Jubeir", "عادل الجبير", "الجبير", "عادل بن أحمد الجبير", "وزير الخارجية السعودي عادل الجبير",
      "وزير الخارجية السعودي", "نظيره السعودي عادل الجبير", "نظيره السعودي", "الوزير السعودي",
      "معالي وزير الخارجية الأستاذ عادل بن أحمد الجبير")
actor("jhinaoui", "Khemaies Jhinaoui", "خميس الجهيناوي", "الجهيناوي", "وزير الشؤون الخارجية التونسي خميس الجهيناوي",
      "وزير الشؤون الخارجية التونسي")
actor("salman", "King Salman bin Abdulaziz", "الملك سلمان بن عبدالعزيز آل سعود", "الملك سلمان بن عبدالعزيز",
      "الملك سلمان", "خادم الحرمين الشريفين", "العاهل السعودي")
actor("mbs", "Mohammed bin Salman", "الأمير محمد بن سلمان بن عبدالعزيز", "الأمير محمد بن سلمان", "محمد بن سلمان",
      "ولي ولي العهد")
actor("trump", "Donald Trump", "دونالد ترامب", "ترامب", "الرئيس دونالد ترامب", "فخامة الرئيس دونالد ترامب",
      "الرئيس ترامب", "الرئيس الأمريكي دونالد ترامب", "الرئيس الأمريكي")
actor("mbz", "Mohammed bin Zayed Al Nahyan", "الشيخ محمد بن زايد آل نهيان", "محمد بن زايد", "ولي عهد أبوظبي")
actor("putin", "Vladimir Putin", "فلاديمير بوتين", "بوتين", "الرئيس بوتين", "الرئيس فلاديمير بوتين",
      "الرئيس الروسي فلاديمير بوتين", "نظيره الروسي فلاديمير بوتين", "الرئيس الروسي", "فلاديمير")
actor("erdogan", "Recep Tayyip Erdogan", "رجب طيب أردوغان", "أردوغان", "الرئيس التركي رجب طيب أردوغان",
      "الرئيس التركي", "ضيفه التركي")
actor("cavusoglu", "Mevlut Cavusoglu", "مولود جاويش أوغلو", "وزير الخارجية مولود جاويش أوغلو",
      "وزير خارجية الجمهورية التركية")
actor("russia", "Russia", "روسيا", "موسكو", "سان بطرسبورغ", "سوتشي")
actor("russian_af", "Russian Aerospace Forces", "قاذفات روسية", "وزارة الدفاع الروسية", "القوات الجوية الروسية")
actor("nusra", "Jabhat al-Nusra / Jabhat Fateh al-Sham", "جبهة فتح الشام", "النصرة", "جبهة النصرة",
      "إرهابيي \"جبهة النصرة\"")
actor("assad", "Bashar al-Assad", "بشار الأسد", "الأسد", "الرئيس بشار الأسد", "السيد الرئيس بشار الأسد",
      "الرئيس الأسد")
actor("jaafari", "Ibrahim al-Jaafari", "إبراهيم الجعفري", "الجعفري", "نظيره العراقي إبراهيم الجعفري",
      "نظيره العراقي")
actor("iraq", "Iraq", "العراق", "بغداد")
actor("iraqi_af", "Iraqi Air Force", "قواتنا الجوية",
      "طائرات من طراز إف-16 تابعة للقوة الجوية العراقية")
actor("kim", "Kim Jong-un", "كيم جونغ أون", "كيم", "زعيم كوريا الشمالية كيم جونغ أون", "الزعيم الكوري الشمالي")
actor("lavrov", "Sergey Lavrov", "سيرغي لافروف", "لافروف", "وزير الخارجية الروسي سيرغي لافروف",
      "وزير الخارجية الروسي", "معالي السيد سيرغي لافروف وزير خارجية روسيا الاتحادية")
actor("ri", "Ri Yong-ho", "ري يونغ هو", "نظيره الكوري الشمالي ري يونغ هو", "نظيره الكوري الشمالي")
actor("pompeo", "Mike Pompeo", "مايك بومبيو", "بومبيو", "وزير الخارجية الأمريكي مايك بومبيو", "وزير الخارجية الأمريكي")
actor("kim_yc", "Kim Yong-chol", "كيم يونغ تشول", "المسؤول الكوري الشمالي",
      "نائب رئيس اللجنة المركزية لحزب العمال الكوري كيم يونغ تشول")
actor("north_korea", "North Korea (DPRK)", "كوريا الشمالية", "بيونغ يانغ")
actor("usa", "United States", "الولايات المتحدة", "واشنطن")
actor("attiyah", "Khalid bin Mohammed Al Attiyah", "خالد بن محمد العطية", "الدكتور خالد بن محمد العطية",
      "وزير الدولة لشؤون الدفاع", "سعادة وزير الدولة لشؤون الدفاع")
actor("mattis", "James Mattis", "جيمس ماتيس", "معالي السيد جيمس ماتيس وزير الدفاع الأمريكي", "وزير الدفاع الأمريكي")
actor("tamim", "Emir Tamim bin Hamad Al Thani", "الشيخ تميم بن حمد آل ثاني", "تميم بن حمد آل ثاني",
      "أمير البلاد المفدى", "سمو الأمير", "حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني")
actor("mbar", "Mohammed bin Abdulrahman Al Thani", "الشيخ محمد بن عبدالرحمن آل ثاني", "محمد بن عبدالرحمن آل ثاني",
      "سعادة وزير الخارجية", "سعادته")

# ---------------------------------------------------------------------------
# events
# ---------------------------------------------------------------------------
D001, D002, D003, D004 = ("001_karrada_bombing_sumaria", "002_karrada_bombing_quds",
                          "003_benguerdane_attack_tap", "004_benguerdane_attack_kuna")
D005, D006, D007, D008 = ("005_trump_salman_call_spa", "006_trump_salman_call_arabiya",
                          "007_erdogan_putin_meeting_anadolu", "008_erdogan_putin_meeting_rt")
D009, D010, D011, D012 = ("009_jubeir_baghdad_masalla", "010_lavrov_pyongyang_riyadh",
                          "011_qatar_defence_qna", "012_assad_sochi_sana")

EVENTS = []
def ev(id, type, actors, date, precision, location, docs, evidence, date_text, **kw):
    e = {"id": id, "type": type, "actors": actors}
    if "also" in kw:
        e["also"] = kw.pop("also")
    e["date"] = date
    e["precision"] = precision
    if "date_end" in kw:
        e["date_end"] = kw.pop("date_end")
    e["location"] = location
    e["docs"] = docs
    e["evidence"] = evidence
    e["date_text"] = date_text
    for k in ("time_of_day", "optional", "note"):
        if k in kw:
            e[k] = kw.pop(k)
    assert not kw, kw
    EVENTS.append(e)

# --- Karrada bombing pair (Baghdad, 3 July 2016) -------------------------------------------
ev("K1", "offensive", ["isis"], "2016-07-03", "day", "الكرادة، بغداد", [D001, D002],
   "انتحاريا يقود شاحنة تبريد محملة بالمتفجرات فجرها فجر اليوم قرب مجمع تجاري في شارع الكرادة داخل",
   "فجر اليوم / فجر أمس الأحد", time_of_day="dawn",
   note="one event told by two outlets; 002: «التفجير الانتحاري الذي ضرب حي الكرادة التجاري وسط بغداد فجر أمس الأحد»")
ev("K2", "visit", ["abadi"], "2016-07-03", "day", "الكرادة، بغداد", [D001, D002],
   "تفقد رئيس الوزراء حيدر العبادي، صباح اليوم، موقع التفجير في الكرادة",
   "صباح اليوم / صباح أمس", time_of_day="morning", optional=True,
   note="domestic site visit by the prime minister; 002: «وكان العبادي قد زار موقع الانفجار صباح أمس»")
ev("K3", "offensive", [], "2016-07-03", "day", "منطقة الشعب، بغداد", [D001],
   "انفجرت عبوة ناسفة في سوق شعبي بمنطقة الشعب شمالي العاصمة في الوقت ذاته تقريبا",
   "في الوقت ذاته تقريبا", optional=True,
   note="no perpetrator named; date only by reference to K1")
ev("K4", "offensive", ["isis"], "2016-05-11", "day", "مدينة الصدر، بغداد", [D001],
   "تبنى في 11 أيار الماضي تفجير سيارة مفخخة في سوق شعبي بمدينة الصدر شرقي بغداد",
   "11 أيار الماضي", note="background event")
ev("K5", "call", ["biden", "abadi"], "2016-07-03", "day", None, [D002],
   "وتلقى العبادي مساء أمس اتصالا هاتفيا من نائب الرئيس الأمريكي جو بايدن",
   "مساء أمس", time_of_day="evening")

# --- Ben Guerdane attack pair (Tunisia, 7 March 2016) -------------------------------------
ev("T1", "offensive", ["isis"], "2016-03-07", "day", "بن قردان، مدنين", [D003, D004],
   "شنت مجموعات إرهابية مسلحة، فجر اليوم الاثنين، هجمات متزامنة استهدفت الثكنة العسكرية ومنطقتي الأمن الوطني والحرس الوطني بمدينة بن قردان",
   "فجر اليوم الاثنين / فجر امس", time_of_day="dawn",
   note="003 calls the attackers «مجموعات إرهابية مسلحة» (seeking an «إمارة داعشية»); 004 names «عناصر من تنظيم (داعش)»")
ev("T2", "meeting", ["essebsi", "essid"], "2016-03-07", "day", "قصر قرطاج، تونس", [D003],
   "وترأس رئيس الجمهورية الباجي قائد السبسي، ظهر اليوم، اجتماعا طارئا بقصر قرطاج، ضم رئيس الحكومة الحبيب الصيد",
   "ظهر اليوم", also=["horchani", "majdoub"], time_of_day="noon",
   note="security meeting chaired by the president; the interior minister appears only as «والداخلية»")
ev("T3", "offensive", ["isis"], "2015-03-18", "day", "متحف باردو، تونس", [D003],
   "شهدت يوم 18 مارس 2015 هجوما إرهابيا على متحف باردو",
   "يوم 18 مارس 2015", note="background; attribution in the same sentence («وتبناهما تنظيم \"داعش\"»)")
ev("T4", "offensive", ["isis"], "2015-06-26", "day", "القنطاوي، سوسة", [D003, D004],
   "ثم الهجوم على نزل بمنطقة القنطاوي بسوسة يوم 26 جوان 2015",
   "يوم 26 جوان 2015 / يونيو (حزيران) من العام الماضي",
   note="background; Maghreb month name in 003; 004 gives only the month (2015-06) and no perpetrator")
ev("T5", "call", ["jubeir", "jhinaoui"], "2016-03-07", "day", None, [D004],
   "تلقى وزير الشؤون الخارجية التونسي خميس الجهيناوي مساء امس اتصالا هاتفيا من نظيره السعودي عادل الجبير",
   "مساء امس", time_of_day="evening")

# --- Trump -> King Salman call pair (29 January 2017) ------------------------------------
ev("S1", "call", ["trump", "salman"], "2017-01-29", "day", None, [D005, D006],
   "تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود - حفظه الله -، اليوم، اتصالاً هاتفياً من فخامة الرئيس دونالد ترامب",
   "اليوم / مساء أمس الأول الأحد", also=["mbs", "jubeir"], time_of_day="evening",
   note="005 (SPA, Hijri dateline) says «اليوم»; 006 says «مساء أمس الأول الأحد»; time of day only in 006; MBS and Jubeir attended (005)")
ev("S2", "call", ["trump", "mbz"], "2017-01-29", "day", None, [D006],
   "وفي اليوم نفسه، أجرى ترامب اتصالا بولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان",
   "في اليوم نفسه", optional=True, note="date only by anaphora to S1")
ev("S3", "call", ["trump", "putin"], "2017-01-28", "day", None, [D006],
   "وكان ترامب قد تحدث هاتفيا يوم السبت مع الرئيس الروسي فلاديمير بوتين",
   "يوم السبت", note="text does not say who placed the call; grammatical subject listed first")

# --- Erdogan-Putin St Petersburg pair (9 August 2016) -------------------------------------
ev("R1", "meeting", ["putin", "erdogan"], "2016-08-09", "day", "قصر قسطنطين، سان بطرسبورغ", [D007, D008],
   "التقى الرئيس التركي رجب طيب أردوغان، اليوم الثلاثاء، نظيره الروسي فلاديمير بوتين في قصر قسطنطين بمدينة سان بطرسبورغ",
   "اليوم الثلاثاء / أمس",
   note="host (Putin) first; 008: «واستقبل بوتين ضيفه التركي أمس في قصر قسطنطين»")
ev("R2", "visit", ["erdogan", "russia"], "2016-08-09", "day", "سان بطرسبورغ", [D007],
   "ووصل أردوغان إلى سان بطرسبورغ صباح اليوم", "صباح اليوم", time_of_day="morning", optional=True,
   note="arrival; may be merged with R1")
ev("R3", "press_conference", ["putin", "erdogan"], "2016-08-09", "day", "سان بطرسبورغ", [D007, D008],
   "خلال مؤتمر صحفي مشترك عقداه أمس الثلاثاء في سان بطرسبورغ",
   "أمس الثلاثاء", note="in 007 («عقد أردوغان وبوتين مؤتمرا صحفيا مشتركا») the date comes only from context")
ev("R4", "call", ["putin", "erdogan"], "2016-07-17", "day", None, [D007],
   "أجرى اتصالا هاتفيا بأردوغان في 17 يوليو/ تموز الماضي",
   "17 يوليو/ تموز الماضي", note="background; caller is Putin (subject of «وأشار بوتين إلى أنه أجرى»)")
ev("R5", "offensive", ["russian_af", "nusra"], "2016-08-07", "day", "ريف حلب الجنوبي الغربي", [D008],
   "وكانت قاذفات روسية قد شنت يوم الأحد الماضي غارات جوية مكثفة على مواقع مسلحي \"جبهة فتح الشام\" (النصرة سابقا) في ريف حلب الجنوبي الغربي",
   "يوم الأحد الماضي")

# --- Jubeir in Baghdad (25 February 2017) + embedded Iraqi air strikes (24 February 2017) ---
ev("J1", "visit", ["jubeir", "iraq"], "2017-02-25", "day", "بغداد", [D009],
   "وصل وزير الخارجية السعودي عادل الجبير، صباح اليوم السبت، إلى بغداد",
   "صباح اليوم السبت", time_of_day="morning", optional=True, note="arrival; may be merged with J2/J3")
ev("J2", "meeting", ["abadi", "jubeir"], "2017-02-25", "day", "بغداد", [D009],
   "واستقبل رئيس مجلس الوزراء حيدر العبادي في مكتبه الرسمي اليوم، الجبير والوفد المرافق له",
   "اليوم")
ev("J3", "meeting", ["jaafari", "jubeir"], "2017-02-25", "day", "مقر وزارة الخارجية، بغداد", [D009],
   "كما عقد الجبير في وقت لاحق اليوم جلسة مباحثات مع نظيره العراقي إبراهيم الجعفري في مقر وزارة الخارجية",
   "في وقت لاحق اليوم", note="host (Jaafari) first although Jubeir is the grammatical subject")
ev("J4", "press_conference", ["jaafari", "jubeir"], "2017-02-25", "day", "بغداد", [D009],
   "أعقبها مؤتمر صحفي مشترك، قال فيه الجبير", "في وقت لاحق اليوم (same sentence)")
ev("J5", "offensive", ["iraqi_af", "isis"], "2017-02-24", "day", "البوكمال وحصيبة (الحدود العراقية السورية)", [D009],
   "نفذت، اليوم الجمعة، ضربات جوية ضد مواقع لتنظيم داعش في منطقتي البوكمال وحصيبة",
   "اليوم الجمعة (embedded article dated 24 شباط، 2017)",
   note="resolved against the embedded article's own dateline, not the host page's")

# --- Lavrov in Pyongyang / Pompeo-Kim Yong-chol (31 May 2018) ------------------------------
ev("N1", "meeting", ["kim", "lavrov"], "2018-05-31", "day", "بيونغ يانغ", [D010],
   "استقبل زعيم كوريا الشمالية كيم جونغ أون، أمس الخميس، وزير الخارجية الروسي سيرغي لافروف في بيونغ يانغ",
   "أمس الخميس")
ev("N2", "visit", ["lavrov", "north_korea"], "2018-05-31", "day", "بيونغ يانغ", [D010],
   "وكان لافروف قد وصل إلى العاصمة الكورية الشمالية صباح أمس", "صباح أمس",
   time_of_day="morning", optional=True, note="arrival; may be merged with N1/N3")
ev("N3", "meeting", ["ri", "lavrov"], "2018-05-31", "day", "بيونغ يانغ", [D010],
   "وأجرى محادثات مع نظيره الكوري الشمالي ري يونغ هو", "صباح أمس (same sentence)",
   note="host (Ri) first")
ev("N4", "meeting", ["pompeo", "kim_yc"], "2018-05-31", "day", "نيويورك", [D010],
   "اختتم وزير الخارجية الأمريكي مايك بومبيو أمس جولة محادثات مع نائب رئيس اللجنة المركزية لحزب العمال الكوري كيم يونغ تشول",
   "أمس", note="dated to the conclusion of the talks")
ev("N5", "visit", ["kim_yc", "usa"], None, None, "الولايات المتحدة", [D010],
   "الذي يعد أرفع مسؤول كوري شمالي يزور الولايات المتحدة منذ ١٨ عاماً", None, optional=True,
   note="ongoing visit, no date of its own")
ev("N6", "offensive", ["north_korea"], "2017-11-29", "day", None, [D010],
   "إطلاق بيونغ يانغ صاروخاً باليستياً عابراً للقارات من طراز «هواسونغ-١٥» في ٢٩ نوفمبر الماضي",
   "٢٩ نوفمبر الماضي", note="missile launch; background; Arabic-Indic digits")

# --- Qatar, mid-June 2017 ---------------------------------------------------------------------
ev("Q1", "meeting", ["mattis", "attiyah"], "2017-06-14", "day", "البنتاغون، واشنطن", [D011],
   "اجتمع سعادة الدكتور خالد بن محمد العطية وزير الدولة لشؤون الدفاع، أمس، مع معالي السيد جيمس ماتيس وزير الدفاع الأمريكي",
   "أمس", note="host (Mattis) first")
ev("Q2", "meeting", ["tamim", "cavusoglu"], "2017-06-14", "day", "قصر البحر، الدوحة", [D011],
   "استقبل حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، بمكتبه في قصر البحر أمس، سعادة السيد مولود جاويش أوغلو",
   "أمس")
ev("Q3", "call", ["trump", "tamim"], "2017-06-05", "week", None, [D011],
   "وكان سمو الأمير قد تلقى الأسبوع الماضي اتصالا هاتفيا من فخامة الرئيس دونالد ترامب",
   "الأسبوع الماضي", date_end="2017-06-11")
ev("Q4", "meeting", ["lavrov", "mbar"], "2017-06-10", "day", "موسكو", [D011],
   "كان سعادة الشيخ محمد بن عبدالرحمن آل ثاني وزير الخارجية قد بحث مع معالي السيد سيرغي لافروف وزير خارجية روسيا الاتحادية في موسكو السبت الماضي",
   "السبت الماضي", note="host (Lavrov) first; background")
ev("Q5", "press_conference", ["lavrov", "mbar"], "2017-06-10", "day", "موسكو", [D011],
   "وعقد الوزيران مؤتمرا صحفيا مشتركا", "السبت الماضي (same sentence)")

# --- Assad in Sochi (20 November 2017) -------------------------------------------------------
ev("Y1", "visit", ["assad", "russia"], "2017-11-20", "day", "سوتشي", [D012],
   "في مدينة سوتشي الروسية خلال زيارة عمل", "أمس (same sentence)", optional=True,
   note="working visit; may be merged with Y2")
ev("Y2", "meeting", ["putin", "assad"], "2017-11-20", "day", "سوتشي", [D012],
   "التقى السيد الرئيس بشار الأسد أمس الرئيس فلاديمير بوتين في مدينة سوتشي الروسية",
   "أمس", note="host (Putin) first")
ev("Y3", "visit", ["assad", "russia"], "2015-10-20", "day", "موسكو", [D012],
   "وكان الرئيس الأسد قد زار موسكو في العشرين من تشرين الأول عام 2015",
   "العشرين من تشرين الأول عام 2015", optional=True, note="background visit; may be merged with Y4")
ev("Y4", "meeting", ["putin", "assad"], "2015-10-20", "day", "موسكو", [D012],
   "وأجرى حينها محادثات مع الرئيس بوتين", "العشرين من تشرين الأول عام 2015 (same sentence, «حينها»)",
   note="background; host (Putin) first")
ev("Y5", "offensive", ["nusra"], "2017-11-20", "day", "باب توما والقصاع، دمشق", [D012],
   "جراء اعتداء إرهابيي \"جبهة النصرة\" المتحصنين في الغوطة الشرقية الليلة الماضية بعدة قذائف هاون على حيي باب توما والقصاع في دمشق",
   "الليلة الماضية", time_of_day="night",
   note="mortar shelling; «الليلة الماضية» in a 21 Nov article = night of 20→21 Nov, dated by convention to 20 Nov")

# ---------------------------------------------------------------------------
# not events (planned, invited, denied, or not one of the five types)
# ---------------------------------------------------------------------------
NOT_EVENTS = [
    {"doc": D003, "type": "visit", "text": "ومن المنتظر أن يتحول رئيس الحكومة غدا إلى بن قردان", "reason": "planned"},
    {"doc": D004, "type": "offensive", "text": "نافيا ما تداولته مواقع اخبارية عن مشاركة طائرات تونسية في قصف مواقع داخل الاراضي الليبية", "reason": "denied"},
    {"doc": D005, "type": "call", "text": "وكان خادم الحرمين الشريفين قد بعث برقية تهنئة للرئيس دونالد ترامب", "reason": "a cable, not a phone call"},
    {"doc": D006, "type": "visit", "text": "نفى مسؤول سعودي، في تصريح لـ\"العربية.نت\"، أن يكون قد تم تحديد موعد لزيارة ولي ولي العهد الأمير محمد بن سلمان إلى واشنطن", "reason": "denied / not scheduled"},
    {"doc": D007, "type": "visit", "text": "سيتوجه إلى موسكو قريبا", "reason": "planned Turkish delegation"},
    {"doc": D008, "type": "meeting", "text": "ويتوقع الكرملين أن يلتقي الرئيسان مجددا على هامش قمة مجموعة العشرين", "reason": "planned (الشهر المقبل)"},
    {"doc": D009, "type": "visit", "text": "وسلمه دعوة رسمية لزيارة المملكة", "reason": "invitation only"},
    {"doc": D010, "type": "visit", "text": "ونقل لافروف إلى كيم دعوة من الرئيس فلاديمير بوتين لزيارة روسيا", "reason": "invitation only"},
    {"doc": D010, "type": "meeting", "text": "نفى المتحدث باسم الكرملين ديمتري بيسكوف تحديد أي موعد لقمة بين الزعيمين", "reason": "denied / not scheduled"},
    {"doc": D010, "type": "meeting", "text": "للقمة المرتقبة بين الرئيس دونالد ترامب وكيم جونغ أون في سنغافورة في ١٢ يونيو الجاري", "reason": "planned (future date)"},
    {"doc": D010, "type": "visit", "text": "سيتوجه إلى واشنطن لتسليم رسالة من كيم إلى ترامب", "reason": "planned"},
    {"doc": D012, "type": "meeting", "text": "ومن المقرر أن تستضيف سوتشي غدا الأربعاء قمة ثلاثية", "reason": "planned (غدا)"},
    {"doc": D012, "type": "call", "text": "أن الرئيس بوتين سيجري اليوم اتصالا هاتفيا بالرئيس الأمريكي دونالد ترامب", "reason": "announced as future at publication time"},
]

# ---------------------------------------------------------------------------
# temporal expressions
# ---------------------------------------------------------------------------
TEMPORAL = []
def tx(doc, text, value, precision=None, tod=None):
    t = {"doc": doc, "text": text, "value": value}
    if precision:
        t["precision"] = precision
    if tod:
        t["time_of_day"] = tod
    TEMPORAL.append(t)

tx(D001, "اليوم الأحد", "2016-07-03")
tx(D001, "فجر اليوم", "2016-07-03", tod="dawn")
tx(D001, "صباح اليوم", "2016-07-03", tod="morning")
tx(D001, "11 أيار الماضي", "2016-05-11")

tx(D002, "فجر أمس الأحد", "2016-07-03", tod="dawn")
tx(D002, "اليوم الاثنين", "2016-07-04")
tx(D002, "صباح أمس", "2016-07-03", tod="morning")
tx(D002, "مساء أمس", "2016-07-03", tod="evening")

tx(D003, "الاثنين 07 مارس 2016", "2016-03-07")
tx(D003, "فجر اليوم الاثنين", "2016-03-07", tod="dawn")
tx(D003, "ظهر اليوم", "2016-03-07", tod="noon")
tx(D003, "هذه الليلة", "2016-03-07", tod="night")
tx(D003, "غدا", "2016-03-08")
tx(D003, "18 مارس 2015", "2015-03-18")
tx(D003, "26 جوان 2015", "2015-06-26")

tx(D004, "8 - 3", "2016-03-08")
tx(D004, "فجر امس", "2016-03-07", tod="dawn")
tx(D004, "اليوم الثلاثاء", "2016-03-08")
tx(D004, "مساء امس", "2016-03-07", tod="evening")
tx(D004, "يونيو (حزيران) من العام الماضي", "2015-06", precision="month")

tx(D005, "01 جمادى الأولى 1438 هـ", "2017-01-29")
tx(D005, "29 يناير 2017 م", "2017-01-29")
tx(D005, "اليوم", "2017-01-29")
tx(D005, "22 ربيع الآخر 1438 هـ", "2017-01-20")
tx(D005, "20 يناير 2017 م", "2017-01-20")

tx(D006, "مساء أمس الأول الأحد", "2017-01-29", tod="evening")
tx(D006, "العشرين من يناير الجاري", "2017-01-20")
tx(D006, "في اليوم نفسه", "2017-01-29")
tx(D006, "يوم السبت", "2017-01-28")
tx(D006, "يوم الجمعة الماضي", "2017-01-27")

tx(D007, "9 أغسطس 2016", "2016-08-09")
tx(D007, "اليوم الثلاثاء", "2016-08-09")
tx(D007, "صباح اليوم", "2016-08-09", tod="morning")
tx(D007, "15 يوليو/ تموز الماضي", "2016-07-15")
tx(D007, "17 يوليو/ تموز الماضي", "2016-07-17")

tx(D008, "أمس الثلاثاء", "2016-08-09")
tx(D008, "الشهر الماضي", "2016-07", precision="month")
tx(D008, "يوم الأحد الماضي", "2016-08-07")
tx(D008, "الشهر المقبل", "2016-09", precision="month")
tx(D008, "10.08.2016", "2016-08-10")

tx(D009, "25 شباط، 2017", "2017-02-25")
tx(D009, "صباح اليوم السبت", "2017-02-25", tod="morning")
tx(D009, "عام 1990", "1990", precision="year")
tx(D009, "في مكتبه الرسمي اليوم", "2017-02-25")
tx(D009, "في وقت لاحق اليوم", "2017-02-25")
tx(D009, "العام الماضي", "2016", precision="year")
tx(D009, "آب 2016", "2016-08", precision="month")
tx(D009, "24 شباط، 2017", "2017-02-24")
tx(D009, "اليوم الجمعة", "2017-02-24")

tx(D010, "أمس الخميس", "2018-05-31")
tx(D010, "صباح أمس", "2018-05-31", tod="morning")
tx(D010, "أواخر عام ٢٠١١", "2011", precision="year")
tx(D010, "١٢ يونيو الجاري", "2018-06-12")
tx(D010, "٢٩ نوفمبر الماضي", "2017-11-29")

tx(D011, "15 يونيو", "2017-06-15")
tx(D011, "أمس", "2017-06-14")
tx(D011, "الأسبوع الماضي", "2017-06-05/2017-06-11", precision="week")
tx(D011, "السبت الماضي", "2017-06-10")
tx(D011, "مطلع الشهر الجاري", "2017-06", precision="month")

tx(D012, "أمس", "2017-11-20")
tx(D012, "غدا الأربعاء", "2017-11-22")
tx(D012, "اليوم", "2017-11-21")
tx(D012, "العشرين من تشرين الأول عام 2015", "2015-10-20")
tx(D012, "الليلة الماضية", "2017-11-20", tod="night")

# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3,
            "الجمعة": 4, "السبت": 5, "الأحد": 6}
INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
HIJRI_MONTHS = {"محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الآخر": 4, "ربيع الثاني": 4,
                "جمادى الأولى": 5, "جمادى الآخرة": 6, "رجب": 7, "شعبان": 8, "رمضان": 9,
                "شوال": 10, "ذو القعدة": 11, "ذو الحجة": 12}


def d(s):
    return dt.date.fromisoformat(s)


def anchor_for(doc, text, pos):
    base = DOCS[doc][0] or ANCHOR.get(doc)
    for marker, date in SECTIONS.get(doc, []):
        m = TEXTS[doc].find(marker)
        if m != -1 and pos > m:
            base = date
    return base


def main():
    errors, warnings = [], []
    global TEXTS
    TEXTS = {}
    for doc in DOCS:
        p = os.path.join(ART, doc + ".txt")
        if not os.path.exists(p):
            errors.append(f"missing article file {p}")
            continue
        TEXTS[doc] = open(p, encoding="utf-8").read()
        n = len(TEXTS[doc].split())
        if not 180 <= n <= 350:
            errors.append(f"{doc}: {n} words (want 180-350)")
    extra = sorted(f[:-4] for f in os.listdir(ART) if f.endswith(".txt")) 
    for f in extra:
        if f not in DOCS:
            errors.append(f"article file not in DOCS: {f}")

    # documents / anchors
    for doc, (pub, src, psrc) in DOCS.items():
        if not pub and doc not in ANCHOR:
            errors.append(f"{doc}: no publication date anywhere")
        if not pub and not psrc.startswith("dateline in text"):
            errors.append(f"{doc}: empty manifest date but published_source is not a dateline")
        a = pub or ANCHOR[doc]
        if not pub and not any(t["doc"] == doc and t["value"] == a for t in TEMPORAL):
            errors.append(f"{doc}: publication date {a} not among temporal values")

    # actors
    alltext = "\n".join(TEXTS.values())
    for k, v in A.items():
        for form in v["ar"]:
            if form not in alltext:
                errors.append(f"actor {k}: surface form not found in any article: {form}")

    # events
    ids = set()
    temporal_by_doc = {}
    for t in TEMPORAL:
        temporal_by_doc.setdefault(t["doc"], set()).add(t["value"])
    for e in EVENTS:
        if e["id"] in ids:
            errors.append(f"duplicate event id {e['id']}")
        ids.add(e["id"])
        if e["type"] not in ("meeting", "call", "visit", "press_conference", "offensive"):
            errors.append(f"{e['id']}: bad type {e['type']}")
        for k in e["actors"] + e.get("also", []):
            if k not in A:
                errors.append(f"{e['id']}: unknown actor key {k}")
        for doc in e["docs"]:
            if doc not in DOCS:
                errors.append(f"{e['id']}: unknown doc {doc}")
        if not any(e["evidence"] in TEXTS.get(doc, "") for doc in e["docs"]):
            errors.append(f"{e['id']}: evidence not an exact substring of its docs: {e['evidence']}")
        if e["date_text"]:
            for piece in e["date_text"].split(" / "):
                piece = piece.split(" (")[0].strip()
                if piece and not any(piece in TEXTS.get(doc, "") for doc in e["docs"]):
                    errors.append(f"{e['id']}: date_text piece not in docs: {piece}")
        # actor mention in the docs
        for k in e["actors"]:
            if k in A and not any(f in TEXTS.get(doc, "") for doc in e["docs"] for f in A[k]["ar"]):
                errors.append(f"{e['id']}: actor {k} has no surface form in its docs")
        prec = e["precision"]
        if e["date"] is None:
            if prec is not None:
                errors.append(f"{e['id']}: null date with precision")
            continue
        if prec == "day":
            d(e["date"])
            vals = set().union(*(temporal_by_doc.get(doc, set()) for doc in e["docs"]))
            if e["date"] not in vals:
                errors.append(f"{e['id']}: day date {e['date']} not among its docs' temporal values")
        elif prec == "week":
            s, en = d(e["date"]), d(e["date_end"])
            if s.weekday() != 0 or en.weekday() != 6 or (en - s).days != 6:
                errors.append(f"{e['id']}: week must be Monday-Sunday")
            if not any(t["value"] == f"{e['date']}/{e['date_end']}" for t in TEMPORAL if t["doc"] in e["docs"]):
                errors.append(f"{e['id']}: week not among temporal values")
        elif prec == "month":
            if not re.fullmatch(r"\d{4}-\d{2}", e["date"]):
                errors.append(f"{e['id']}: month date must be YYYY-MM")
        else:
            errors.append(f"{e['id']}: bad precision {prec}")
        if e.get("optional") is not True and "optional" in e:
            errors.append(f"{e['id']}: optional must be true or absent")

    for ne in NOT_EVENTS:
        if ne["text"] not in TEXTS.get(ne["doc"], ""):
            errors.append(f"not_event text not in {ne['doc']}: {ne['text']}")

    # temporal
    try:
        from hijridate import Hijri
    except Exception:  # pragma: no cover
        Hijri = None
        warnings.append("hijridate not importable: Hijri dates checked against a fixed table only")
    HIJRI_TABLE = {(1438, 5, 1): "2017-01-29", (1438, 4, 22): "2017-01-20"}
    seen = set()
    for t in TEMPORAL:
        doc, text, val = t["doc"], t["text"], t["value"]
        key = (doc, text)
        if key in seen:
            errors.append(f"duplicate temporal {key}")
        seen.add(key)
        body = TEXTS.get(doc, "")
        pos = body.find(text)
        if pos < 0:
            errors.append(f"temporal not in {doc}: {text}")
            continue
        prec = t.get("precision", "day")
        if prec == "day":
            try:
                v = d(val)
            except ValueError:
                errors.append(f"{doc}: bad day value {val}")
                continue
            a = d(anchor_for(doc, text, pos))
            # weekday names
            for name, wd in WEEKDAYS.items():
                if re.search(r"(^|\s)" + name + r"($|\s)", text):
                    if v.weekday() != wd:
                        errors.append(f"{doc}: «{text}» = {val} is a {v.strftime('%A')}, not {name}")
                    if "الماضي" in text and not (1 <= (a - v).days <= 7):
                        errors.append(f"{doc}: «{text}» should be within the 7 days before {a}")
                    if "الماضي" not in text and abs((a - v).days) > 6:
                        errors.append(f"{doc}: bare weekday «{text}» more than 6 days from {a}")
            # deictic words
            norm = text.replace("أ", "ا")
            if "امس الاول" in norm or "اول امس" in norm:
                exp = a - dt.timedelta(days=2)
            elif "امس" in norm:
                exp = a - dt.timedelta(days=1)
            elif "غدا" in norm or "غداً" in norm:
                exp = a + dt.timedelta(days=1)
            elif "الليلة الماضية" in text:
                exp = a - dt.timedelta(days=1)
            elif "هذه الليلة" in text:
                exp = a
            elif "اليوم" in text and "اليوم نفسه" not in text and "اليوم ذاته" not in text:
                exp = a
            else:
                exp = None
            if exp is not None and v != exp:
                errors.append(f"{doc}: «{text}» = {val} but publication anchor {a} implies {exp}")
            # Hijri
            m = re.search(r"(\d+) (" + "|".join(HIJRI_MONTHS) + r") (\d{4}) هـ", text)
            if m:
                hy, hm, hd = int(m.group(3)), HIJRI_MONTHS[m.group(2)], int(m.group(1))
                g = Hijri(hy, hm, hd).to_gregorian().isoformat() if Hijri else HIJRI_TABLE.get((hy, hm, hd))
                if g != val:
                    errors.append(f"{doc}: Hijri «{text}» is {g}, not {val}")
            # explicit day-month-year in Latin or Arabic-Indic digits: year must match value
            ym = re.search(r"(\d{4})", text.translate(INDIC))
            if ym and "هـ" not in text and int(ym.group(1)) != v.year:
                errors.append(f"{doc}: «{text}» year mismatch with {val}")
        elif prec == "week":
            s, en = (d(x) for x in val.split("/"))
            if s.weekday() != 0 or en.weekday() != 6:
                errors.append(f"{doc}: week «{text}» not Monday-Sunday")
            a = d(anchor_for(doc, text, pos))
            if "الماضي" in text and not (0 < (a - en).days <= 7 and a.weekday() >= 0 and (a - s).days <= 13):
                errors.append(f"{doc}: «{text}» is not the week before {a}")
        elif prec == "month":
            if not re.fullmatch(r"\d{4}-\d{2}", val):
                errors.append(f"{doc}: month value {val}")
            a = d(anchor_for(doc, text, pos))
            y, mth = map(int, val.split("-"))
            if "الجاري" in text and (y, mth) != (a.year, a.month):
                errors.append(f"{doc}: «{text}» should be the publication month")
            if text == "الشهر الماضي" and (y * 12 + mth) != (a.year * 12 + a.month - 1):
                errors.append(f"{doc}: «{text}» should be the month before publication")
            if text == "الشهر المقبل" and (y * 12 + mth) != (a.year * 12 + a.month + 1):
                errors.append(f"{doc}: «{text}» should be the month after publication")
        elif prec == "year":
            if not re.fullmatch(r"\d{4}", val):
                errors.append(f"{doc}: year value {val}")
            a = d(anchor_for(doc, text, pos))
            if "العام الماضي" in text and int(val) != a.year - 1:
                errors.append(f"{doc}: «{text}» should be {a.year - 1}")
        else:
            errors.append(f"{doc}: bad precision {prec}")

    # ------------------------------------------------------------------ write
    gold = {
        "about": ("Blind held-out set: 12 synthetic Arabic news articles written in the style of real Arabic "
                  "outlets (2015-2018) about real events and office holders, with invented but plausible details. "
                  "Dates are the calendar days on which events happened, resolved against each article's own "
                  "publication date (for an embedded second article, against its own dateline). 'optional' events "
                  "are neither required nor counted as false positives. not_events lists planned, invited, denied "
                  "or out-of-type happenings that must not be extracted as events. Weeks run Monday-Sunday."),
        "documents": {doc: {"published": DOCS[doc][0] or ANCHOR[doc], "published_source": DOCS[doc][2]}
                      for doc in DOCS},
        "actors": A,
        "events": EVENTS,
        "not_events": NOT_EVENTS,
        "temporal": TEMPORAL,
    }
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(ART, "manifest.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["doc_id", "published", "source", "url"])
        for doc, (pub, src, _) in DOCS.items():
            w.writerow([doc, pub, src, ""])

    # re-read and sanity-check what was written
    g2 = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
    if set(g2) != {"about", "documents", "actors", "events", "not_events", "temporal"}:
        errors.append("gold.json top-level keys wrong")
    rows = list(csv.DictReader(open(os.path.join(ART, "manifest.csv"), encoding="utf-8")))
    if [r["doc_id"] for r in rows] != list(DOCS):
        errors.append("manifest rows do not match DOCS")
    empty = [r["doc_id"] for r in rows if not r["published"]]
    if len(empty) < 3:
        errors.append("fewer than 3 dateline-only documents")

    req = [e for e in EVENTS if not e.get("optional")]
    print(f"documents {len(DOCS)}  events {len(EVENTS)} (required {len(req)}, optional {len(EVENTS) - len(req)})  "
          f"not_events {len(NOT_EVENTS)}  temporal {len(TEMPORAL)}  actors {len(A)}")
    from collections import Counter
    print("event types:", dict(Counter(e["type"] for e in EVENTS)))
    print("dateline-only docs:", empty)
    for w_ in warnings:
        print("WARNING", w_)
    print("ERRORS", errors)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
