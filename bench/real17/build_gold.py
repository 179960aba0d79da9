#!/usr/bin/env python3
"""Build gold.json and articles/manifest.csv for the real17 evaluation set, then check them.

Run:  python3 build_gold.py
(optional: with `hijridate` importable, the Hijri datelines are checked against Umm al-Qura too)

The annotation below was written by hand from the article texts in articles/.
The script prints a summary and `ERRORS [...]`; a clean set prints `ERRORS []`.
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
# documents: stem -> (manifest published or "", source, published (resolved), published_source,
#                     segments [(marker starting a segment, reference date of that segment)])
# ---------------------------------------------------------------------------
DOCS = {
    "001_putin_cairo_ahram": ("2017-12-11", "synthetic; style of Egyptian state agency / Ahram portal",
                              "2017-12-11", "metadata; dateline in text agrees: الاثنين ١١ ديسمبر ٢٠١٧ (Arabic-Indic digits)", []),
    "002_putin_tour_nashra": ("2017-12-12", "synthetic; style of a Lebanese news site",
                              "2017-12-12", "metadata; dateline in text agrees: الثلاثاء 12 كانون الأول 2017", []),
    "003_sana_strikes": ("2018-04-14", "synthetic; style of SANA",
                         "2018-04-14", "metadata (not in text)", []),
    "004_strikes_quds": ("2018-04-15", "synthetic; style of a London-based pan-Arab daily",
                         "2018-04-15", "metadata (not in text)", []),
    "005_spa_abadi_riyadh": ("2017-10-22", "synthetic; style of SPA (واس)",
                             "2017-10-22", "metadata; SPA dateline in text agrees: 02 صفر 1439 هـ الموافق 22 أكتوبر 2017 م", []),
    "006_iraq_abadi_2dates": ("", "synthetic; style of a Gulf daily web edition + embedded NINA item",
                              "2017-10-23", "dateline in text: 10/23/2017; a second embedded article (after إقرأ أيضاً:) is dated 20 تشرين الأول 2017",
                              [("إقرأ أيضاً:", "2017-10-20")]),
    "007_kuna_sabah_trump": ("2017-09-07", "synthetic; style of KUNA",
                             "2017-09-07", "metadata; KUNA dateline in text agrees: واشنطن - 7 - 9 (day - month, no year)", []),
    "008_okaz_tamim_call": ("", "synthetic; style of a Saudi daily",
                            "2017-09-09", "dateline in text: السبت 18 ذو الحجة 1438 هـ - 09 سبتمبر 2017", []),
    "009_anadolu_erdogan_tehran": ("2017-10-04", "synthetic; style of Anadolu Agency Arabic",
                                   "2017-10-04", "metadata (not in text)", []),
    "010_rt_lavrov_pyongyang": ("2018-05-31", "synthetic; style of RT Arabic",
                                "2018-05-31", "metadata; dateline in text agrees: تاريخ النشر: 31.05.2018", []),
    "011_tap_mbs_tunis": ("", "synthetic; style of TAP (وات) as re-published by a Tunisian portal",
                          "2018-11-28", "dateline in text: تاريخ النشر: 28th, November 2018", []),
    "012_spa_houthi_missiles": ("", "synthetic; style of SPA (واس)",
                                "2018-03-26", "dateline in text: الرياض 09 رجب 1439 هـ الموافق 26 مارس 2018 م", []),
}
D = {k[:3]: k for k in DOCS}  # "001" -> full stem

# ---------------------------------------------------------------------------
# actors
# ---------------------------------------------------------------------------
ACTORS = {
    "putin": ("Vladimir Putin", ["فلاديمير بوتين", "بوتين", "الرئيس الروسي", "الرئيس بوتين", "نظيره الروسي"]),
    "sisi": ("Abdel Fattah el-Sisi", ["عبد الفتاح السيسي", "السيسي", "الرئيس السيسي", "الرئيس المصري"]),
    "shoukry": ("Sameh Shoukry", ["سامح شكري", "وزير الخارجية سامح شكري"]),
    "egypt": ("Egypt", ["مصر", "القاهرة"]),
    "fathi": ("Sherif Fathi (Egyptian civil aviation minister)", ["شريف فتحي", "وزير الطيران المدني"]),
    "sokolov": ("Maxim Sokolov (Russian transport minister)", ["ماكسيم سوكولوف", "وزير النقل الروسي"]),
    "assad": ("Bashar al-Assad", ["بشار الأسد", "الأسد", "الرئيس السوري", "الرئيس الأسد", "الرئيس السوري بشار الأسد"]),
    "shoigu": ("Sergei Shoigu", ["سيرغي شويغو", "وزير الدفاع الروسي"]),
    "syria": ("Syria", ["سوريا", "سورية", "دمشق"]),
    "erdogan": ("Recep Tayyip Erdogan", ["رجب طيب أردوغان", "أردوغان", "الرئيس التركي", "نظيره التركي"]),
    "turkey": ("Turkey (Turkish armed forces)", ["تركيا", "أنقرة", "مقاتلات تركية", "رئاسة الأركان التركية"]),
    "akar": ("Hulusi Akar (Turkish chief of general staff)", ["خلوصي أكار", "رئيس هيئة الأركان العامة التركية"]),
    "kalin": ("Ibrahim Kalin (Turkish presidential spokesman)", ["إبراهيم قالن", "المتحدث باسم الرئاسة التركية"]),
    "usa": ("United States", ["الولايات المتحدة", "الولايات المتحدة الأمريكية", "واشنطن", "البنتاغون"]),
    "uk": ("United Kingdom", ["بريطانيا"]),
    "france": ("France", ["فرنسا"]),
    "rouhani": ("Hassan Rouhani", ["حسن روحاني", "روحاني", "الرئيس الإيراني", "الرئيس روحاني", "نظيره الإيراني"]),
    "iran": ("Iran", ["إيران", "طهران"]),
    "khamenei": ("Ali Khamenei", ["علي خامنئي", "المرشد الإيراني"]),
    "soleimani": ("Qasem Soleimani", ["قاسم سليماني", "قائد فيلق القدس"]),
    "syrian_army": ("Syrian Arab Army", ["الجيش العربي السوري", "وحدات من الجيش العربي السوري"]),
    "nusra": ("Jabhat al-Nusra / HTS", ["جبهة النصرة", "تنظيم جبهة النصرة", "إرهابيي تنظيم جبهة النصرة"]),
    "sablin": ("Dmitry Sablin (Russian Duma deputy) and delegation", ["دميتري سابلين", "سابلين", "النائب في مجلس الدوما الروسي", "وفدا من البرلمانيين الروس"]),
    "guterres": ("Antonio Guterres", ["أنطونيو غوتيريس", "الأمين العام للأمم المتحدة"]),
    "king_salman": ("King Salman bin Abdulaziz", ["الملك سلمان بن عبدالعزيز آل سعود", "الملك سلمان بن عبدالعزيز", "الملك سلمان بن عبد العزيز", "الملك سلمان", "خادم الحرمين الشريفين", "العاهل السعودي"]),
    "mbs": ("Mohammed bin Salman", ["الأمير محمد بن سلمان", "الأمير محمد بن سلمان بن عبدالعزيز", "الأمير محمد بن سلمان بن عبد العزيز آل سعود", "ولي العهد", "ولي العهد السعودي", "ضيف تونس"]),
    "jubeir": ("Adel al-Jubeir", ["عادل بن أحمد الجبير", "عادل الجبير", "الجبير", "نظيره السعودي"]),
    "qasabi": ("Majid al-Qasabi (Saudi commerce minister)", ["ماجد بن عبدالله القصبي", "القصبي", "وزير التجارة والاستثمار"]),
    "saudi_arabia": ("Saudi Arabia", ["المملكة", "السعودية", "المملكة العربية السعودية", "الرياض"]),
    "abadi": ("Haider al-Abadi", ["حيدر العبادي", "العبادي", "رئيس الوزراء العراقي", "دولة رئيس الوزراء العراقي", "رئيس مجلس الوزراء في جمهورية العراق", "دولته"]),
    "jumaili": ("Salman al-Jumaili (Iraqi planning minister)", ["سلمان الجميلي", "الجميلي", "وزير التخطيط"]),
    "iraq": ("Iraq", ["العراق", "بغداد"]),
    "isis": ("ISIS", ["داعش", "تنظيم داعش الإرهابي", "التنظيم"]),
    "iraqi_army": ("Iraqi army / security forces", ["للجيش العراقي", "القوات الأمنية"]),
    "falahi": ("Mahmoud al-Falahi (Anbar Operations commander)", ["محمود الفلاحي", "الفلاحي", "قائد عمليات الأنبار"]),
    "trump": ("Donald Trump", ["دونالد ترامب", "ترامب", "الرئيس ترامب", "الرئيس الأمريكي", "الرئيس الأميركي"]),
    "pence": ("Mike Pence", ["مايك بنس", "نائب الرئيس"]),
    "mattis": ("James Mattis", ["جيمس ماتيس", "وزير الدفاع"]),
    "sabah_ahmad": ("Emir Sabah al-Ahmad al-Jaber al-Sabah", ["الشيخ صباح الأحمد الجابر الصباح", "الشيخ صباح الأحمد", "أمير البلاد", "سمو الأمير", "سموه", "أمير الكويت"]),
    "sabah_khalid": ("Sabah al-Khalid al-Hamad al-Sabah", ["الشيخ صباح الخالد الحمد الصباح"]),
    "tamim": ("Emir Tamim bin Hamad Al Thani", ["الشيخ تميم بن حمد", "أمير دولة قطر", "أمير قطر"]),
    "qatar": ("Qatar", ["قطر", "الدوحة"]),
    "lavrov": ("Sergei Lavrov", ["سيرغي لافروف", "لافروف", "وزير الخارجية الروسي", "الوزير الروسي", "نظيره الروسي"]),
    "kim_jong_un": ("Kim Jong-un", ["كيم جونغ أون", "كيم", "الزعيم الكوري الشمالي"]),
    "ri_yong_ho": ("Ri Yong-ho", ["ري يونغ هو", "وزير الخارجية الكوري الشمالي"]),
    "north_korea": ("North Korea", ["كوريا الشمالية", "بيونغ يانغ"]),
    "china": ("China", ["الصين", "داليان الصينية"]),
    "russia": ("Russia", ["روسيا", "موسكو"]),
    "essebsi": ("Beji Caid Essebsi", ["الباجي قائد السبسي", "رئيس الجمهورية"]),
    "tunisia": ("Tunisia", ["تونس"]),
    "jhinaoui": ("Khemaies Jhinaoui (Tunisian foreign minister)", ["خميس الجهيناوي", "الجهيناوي", "وزير الشؤون الخارجية"]),
    "argentina": ("Argentina", ["الأرجنتين"]),
    "pkk": ("PKK", ["بي كا كا"]),
    "houthis": ("Houthis", ["الميليشيا الحوثية", "الميليشيا الحوثية التابعة لإيران"]),
    "coalition": ("Saudi-led coalition in Yemen", ["التحالف", "قوات تحالف دعم الشرعية في اليمن", "مقاتلات التحالف"]),
    "maliki": ("Col. Turki al-Maliki (coalition spokesman)", ["العقيد الركن تركي المالكي", "تركي المالكي", "العقيد المالكي", "المالكي"]),
    "abdullah2": ("King Abdullah II of Jordan", ["الملك عبدالله الثاني بن الحسين", "الملك عبدالله الثاني", "العاهل الأردني"]),
}

# ---------------------------------------------------------------------------
# events.  docs given as 3-digit prefixes; evidence must occur in one of them.
# ---------------------------------------------------------------------------
EV = []


def ev(i, typ, actors, date, prec, loc, docs, evidence, date_text, **kw):
    e = {"id": i, "type": typ, "actors": actors}
    if "also" in kw:
        e["also"] = kw.pop("also")
    e["date"] = date
    e["precision"] = prec
    if "date_end" in kw:
        e["date_end"] = kw.pop("date_end")
    if "time_of_day" in kw:
        e["time_of_day"] = kw.pop("time_of_day")
    e["location"] = loc
    e["docs"] = [D[d] for d in docs]
    e["evidence"] = evidence
    e["date_text"] = date_text
    if kw.pop("optional", False):
        e["optional"] = True
    if "note" in kw:
        e["note"] = kw.pop("note")
    assert not kw, kw
    EV.append(e)


# --- Putin's 11 Dec 2017 tour (001 Cairo agency, same day; 002 Lebanese site, next day) ---
ev("R01", "visit", ["putin", "egypt"], "2017-12-11", "day", "القاهرة", ["001", "002"],
   "وصل الرئيس الروسي فلاديمير بوتين إلى القاهرة ظهر اليوم الاثنين",
   "ظهر اليوم الاثنين (001) / بعد ظهر أمس (002)", time_of_day="noon", optional=True,
   note="arrival; may be merged with R02")
ev("R02", "meeting", ["sisi", "putin"], "2017-12-11", "day", "القاهرة (قصر الاتحادية)", ["001", "002"],
   "واستقبل الرئيس السيسي اليوم نظيره الروسي بقصر الاتحادية",
   "اليوم (001) / بعد ظهر أمس (002)", also=["shoukry"],
   note="002: ومن حميميم انتقل بوتين بعد ظهر أمس إلى القاهرة، حيث عقد جلسة مباحثات مع الرئيس المصري")
ev("R03", "press_conference", ["sisi", "putin"], "2017-12-11", "day", "القاهرة", ["001", "002"],
   "في مؤتمر صحفي مشترك عقده مع الرئيس بوتين اليوم عقب المباحثات",
   "اليوم (001) / carried from بعد ظهر أمس in the same sentence (002)",
   note="002: قبل أن يتحدث الرئيسان في مؤتمر صحفي مشترك")
ev("R04", "meeting", ["sisi", "putin"], "2017-09-05", "day", "شيامن (الصين)", ["001"],
   "وكان الرئيس السيسي قد التقى الرئيس بوتين في الخامس من سبتمبر الماضي على هامش قمة مجموعة بريكس بمدينة شيامن الصينية",
   "الخامس من سبتمبر الماضي", note="background event; on the sidelines of the BRICS summit (no host)")
ev("R05", "visit", ["putin", "syria"], "2017-12-11", "day", "قاعدة حميميم (اللاذقية)", ["002"],
   "استهلها بزيارة غير معلنة إلى قاعدة حميميم الجوية في ريف اللاذقية",
   "أمس (same sentence)", also=["shoigu"],
   note="stated as a visit in its own right; the meeting with Assad is R06")
ev("R06", "meeting", ["assad", "putin"], "2017-12-11", "day", "قاعدة حميميم", ["002"],
   "وعقد بوتين والأسد لقاء في القاعدة صباح أمس", "صباح أمس", time_of_day="morning", also=["shoigu"],
   note="Assad received Putin at the (Russian-run) base; host order debatable")
ev("R07", "visit", ["putin", "turkey"], "2017-12-11", "day", "أنقرة", ["002"],
   "وحط بوتين الرحال مساء أمس في أنقرة", "مساء أمس", time_of_day="evening", optional=True,
   note="arrival; may be merged with R08")
ev("R08", "meeting", ["erdogan", "putin"], "2017-12-11", "day", "أنقرة (المجمع الرئاسي)", ["002"],
   "وحط بوتين الرحال مساء أمس في أنقرة، المحطة الأخيرة من جولته، حيث التقى الرئيس التركي رجب طيب أردوغان في المجمع الرئاسي",
   "مساء أمس", time_of_day="evening")
ev("R09", "meeting", ["putin", "assad"], "2017-11-20", "day", "سوتشي", ["002"],
   "وكان بوتين قد استقبل الأسد في سوتشي في العشرين من تشرين الثاني الماضي",
   "العشرين من تشرين الثاني الماضي",
   note="background event; the article adds that it was announced only in اليوم التالي (2017-11-21), which is not the event day")

# --- Western strikes on Syria, 14 Apr 2018 (003 SANA same day; 004 pan-Arab daily next day) ---
ev("R10", "offensive", ["usa", "syria"], "2018-04-14", "day", "دمشق وريف حمص", ["003", "004"],
   "تصدت وسائط دفاعنا الجوي فجر اليوم لعدوان ثلاثي غاشم شنته الولايات المتحدة الأمريكية وبريطانيا وفرنسا على سورية",
   "فجر اليوم / فجر اليوم السبت (003) / فجر أمس السبت (004)", time_of_day="dawn", also=["uk", "france"],
   note="004: وكانت الولايات المتحدة وبريطانيا وفرنسا قد شنت فجر أمس السبت ضربات صاروخية وجوية")
ev("R11", "call", ["rouhani", "assad"], "2018-04-14", "day", None, ["003"],
   "وتلقى الرئيس بشار الأسد اليوم اتصالا هاتفيا من الرئيس الإيراني حسن روحاني", "اليوم")
ev("R12", "offensive", ["syrian_army", "nusra"], "2018-04-14", "day", "ريف حماة الشمالي (اللطامنة وكفرزيتا)", ["003"],
   "دكت وحدات من الجيش العربي السوري بالمدفعية الثقيلة بعد ظهر اليوم مواقع وتحصينات إرهابيي تنظيم جبهة النصرة",
   "بعد ظهر اليوم", time_of_day="afternoon", note="artillery shelling")
ev("R13", "call", ["putin", "rouhani"], "2018-04-15", "day", None, ["004"],
   "هاتف الرئيس الروسي فلاديمير بوتين اليوم الأحد نظيره الإيراني حسن روحاني", "اليوم الأحد")
ev("R14", "meeting", ["assad", "sablin"], "2018-04-15", "day", "دمشق", ["004"],
   "استقبل الرئيس السوري بشار الأسد اليوم وفدا من البرلمانيين الروس", "اليوم",
   note="Sablin is introduced by title (النائب في مجلس الدوما الروسي) after the meeting sentence")

# --- Abadi in Riyadh, 22 Oct 2017 (005 SPA same day; 006 next-day site with a US-style dateline) ---
ev("R15", "meeting", ["king_salman", "abadi"], "2017-10-22", "day", "الرياض (قصر اليمامة)", ["005", "006"],
   "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود - حفظه الله - في قصر اليمامة بالرياض اليوم، دولة رئيس مجلس الوزراء في جمهورية العراق الدكتور حيدر العبادي",
   "اليوم (005) / أمس الأحد (006)", also=["mbs", "jubeir"],
   note="005 also: وعقد خادم الحرمين الشريفين ودولة رئيس الوزراء العراقي جلسة مباحثات رسمية; 006: خلال مباحثاته مع العاهل السعودي")
ev("R16", "visit", ["abadi", "saudi_arabia"], "2017-10-21", "day", "الرياض", ["005", "006"],
   "وكان دولة رئيس الوزراء العراقي قد وصل إلى الرياض مساء أمس", "مساء أمس (005) / مساء أمس الأول (006)",
   time_of_day="evening", optional=True,
   note="arrival on the eve of the meeting; a system may instead report the visit on 2017-10-22")
ev("R17", "visit", ["jubeir", "iraq"], "2017-02-25", "day", "بغداد", ["005"],
   "زيارة معالي وزير الخارجية عادل الجبير إلى بغداد في الخامس والعشرين من فبراير الماضي",
   "الخامس والعشرين من فبراير الماضي", note="background event")
ev("R18", "offensive", ["isis", "iraqi_army"], "2017-10-20", "day", "غرب الرمادي (الأنبار)", ["006"],
   "أن انتحاريا من تنظيم داعش الإرهابي فجر سيارة مفخخة صباح اليوم الجمعة قرب نقطة تفتيش للجيش العراقي",
   "صباح اليوم الجمعة (embedded article dated 20 تشرين الأول 2017, not the page date 10/23/2017)",
   time_of_day="morning", note="suicide car bomb; reported by قائد عمليات الأنبار اللواء الركن محمود الفلاحي")

ev("R43", "offensive", ["iraqi_army", "isis"], None, None, "الصحراء الغربية (الأنبار)", ["006"],
   "انطلاق عمليات تطهير الصحراء الغربية من فلول التنظيم", None, optional=True,
   note="background operation, dated only as بعد أيام من (a few days before 2017-10-20)")
ev("R44", "offensive", [], "2018-04-07", "day", "دوما", ["003", "004"],
   "هجوم كيميائي مفترض في مدينة دوما بالغوطة الشرقية في 7 نيسان/أبريل", "7 نيسان/أبريل (004) / يوم السبت الماضي (003)",
   optional=True, note="alleged chemical attack; no perpetrator named (actors empty); SANA (003) calls it مزاعم and Syria denies it")

# --- Emir Sabah at the White House, 7 Sep 2017 (007 KUNA same day; 008 Saudi daily two days later) ---
ev("R19", "meeting", ["trump", "sabah_ahmad"], "2017-09-07", "day", "واشنطن (البيت الأبيض)", ["007", "008"],
   "عقد حضرة صاحب السمو أمير البلاد الشيخ صباح الأحمد الجابر الصباح حفظه الله ورعاه والرئيس الأمريكي دونالد ترامب جلسة مباحثات رسمية في البيت الأبيض اليوم",
   "اليوم (007, dateline 7 - 9) / أول أمس الخميس (008)", also=["sabah_khalid", "pence", "mattis"],
   note="008: عقب محادثاتهما في البيت الأبيض أول أمس الخميس")
ev("R20", "press_conference", ["trump", "sabah_ahmad"], "2017-09-07", "day", "واشنطن (البيت الأبيض)", ["007", "008"],
   "وعقد سمو الأمير والرئيس ترامب مؤتمرا صحفيا مشتركا اليوم في القاعة الشرقية بالبيت الأبيض",
   "اليوم (007) / أول أمس الخميس (008)",
   note="008: في مؤتمر صحفي مشترك مع أمير الكويت الشيخ صباح الأحمد")
ev("R21", "visit", ["sabah_ahmad", "usa"], "2017-09-05", "day", "واشنطن", ["007"],
   "وكان سمو الأمير قد وصل إلى واشنطن مساء الثلاثاء", "مساء الثلاثاء", time_of_day="evening", optional=True,
   note="arrival; bare weekday resolved backwards from Thursday 2017-09-07")
ev("R22", "call", ["tamim", "mbs"], "2017-09-08", "day", None, ["008"],
   "تلقى ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع الأمير محمد بن سلمان، مساء أمس الجمعة، اتصالاً هاتفياً من أمير دولة قطر الشيخ تميم بن حمد",
   "مساء أمس الجمعة", time_of_day="evening")

# --- Erdogan in Tehran, 4 Oct 2017 (009) ---
ev("R23", "visit", ["erdogan", "iran"], "2017-10-04", "day", "طهران", ["009"],
   "وصل الرئيس التركي رجب طيب أردوغان إلى العاصمة الإيرانية طهران", "carried from صباح اليوم الأربعاء (next sentence)",
   optional=True, also=["akar"], note="arrival; undated in its own sentence; may be merged with R24")
ev("R24", "meeting", ["rouhani", "erdogan"], "2017-10-04", "day", "طهران (قصر سعد آباد)", ["009"],
   "واستقبل الرئيس الإيراني حسن روحاني نظيره التركي، صباح اليوم الأربعاء، بمراسم رسمية في قصر سعد آباد",
   "صباح اليوم الأربعاء", time_of_day="morning")
ev("R25", "press_conference", ["rouhani", "erdogan"], "2017-10-04", "day", "طهران", ["009"],
   "وفي مؤتمر صحفي مشترك عقده الرئيسان ظهر اليوم", "ظهر اليوم", time_of_day="noon")
ev("R26", "meeting", ["khamenei", "erdogan"], "2017-10-04", "day", "طهران", ["009"],
   "والتقى أردوغان في وقت لاحق اليوم المرشد الإيراني علي خامنئي", "في وقت لاحق اليوم")
ev("R27", "offensive", ["turkey", "pkk"], "2017-10-03", "day", "هاكورك وقنديل (شمال العراق)", ["009"],
   "مقاتلات تركية شنت الليلة الماضية غارات جوية على مواقع لمنظمة \"بي كا كا\" الإرهابية",
   "الليلة الماضية", time_of_day="night",
   note="الليلة الماضية in a 2017-10-04 article is annotated as the night of 10-03 (could run past midnight into 10-04)")

# --- Lavrov in Pyongyang, 31 May 2018 (010) ---
ev("R28", "meeting", ["kim_jong_un", "lavrov"], "2018-05-31", "day", "بيونغ يانغ", ["010"],
   "التقى الزعيم الكوري الشمالي كيم جونغ أون، اليوم الخميس، وزير الخارجية الروسي سيرغي لافروف", "اليوم الخميس")
ev("R29", "visit", ["lavrov", "north_korea"], "2018-05-31", "day", "بيونغ يانغ", ["010"],
   "وكان لافروف قد وصل إلى العاصمة الكورية الشمالية صباح اليوم", "صباح اليوم", time_of_day="morning",
   optional=True, note="arrival; may be merged with R28/R30")
ev("R30", "meeting", ["ri_yong_ho", "lavrov"], "2018-05-31", "day", "بيونغ يانغ", ["010"],
   "حيث عقد جلسة مباحثات مع وزير الخارجية الكوري الشمالي ري يونغ هو", "صباح اليوم (same sentence)",
   time_of_day="morning", note="Lavrov is the grammatical subject; Ri is the host")
ev("R31", "meeting", ["lavrov", "ri_yong_ho"], "2018-04", "month", "موسكو", ["010"],
   "أجرى ري يونغ هو في موسكو الشهر الماضي محادثات مع نظيره الروسي", "الشهر الماضي",
   note="background; Lavrov referred to only as نظيره الروسي")
ev("R32", "visit", ["kim_jong_un", "china"], "2018-03-25", "week", "الصين", ["010"],
   "وكان كيم قد زار الصين من 25 إلى 28 آذار/مارس الماضي", "من 25 إلى 28 آذار/مارس الماضي",
   date_end="2018-03-28", note="explicit range; encoded with precision week + date_end (not a Monday-Sunday week)")
ev("R33", "visit", ["kim_jong_un", "china"], "2018-05", "month", "داليان", ["010"],
   "ثم عاد إلى مدينة داليان الصينية في زيارة ثانية مطلع الشهر الجاري", "مطلع الشهر الجاري")

# --- MBS in Tunis, 27 Nov 2018 (011) ---
ev("R34", "meeting", ["essebsi", "mbs"], "2018-11-27", "day", "قرطاج", ["011"],
   "استقبل رئيس الجمهورية الباجي قائد السبسي، مساء أمس الثلاثاء بقصر قرطاج، ولي العهد",
   "مساء أمس الثلاثاء", time_of_day="evening")
ev("R35", "visit", ["mbs", "tunisia"], "2018-11-27", "day", "تونس", ["011"],
   "الذي حل بتونس في زيارة رسمية تدوم بضع ساعات", "مساء أمس الثلاثاء (same sentence)",
   time_of_day="evening", optional=True, note="arrival; may be merged with R34")
ev("R36", "call", ["king_salman", "essebsi"], "2018-11-25", "day", None, ["011"],
   "وكان رئيس الجمهورية قد تلقى يوم الأحد الماضي اتصالا هاتفيا من خادم الحرمين الشريفين الملك سلمان بن عبد العزيز",
   "يوم الأحد الماضي")
ev("R37", "press_conference", ["jhinaoui"], "2018-11-28", "day", "تونس (مقر وزارة الشؤون الخارجية)", ["011"],
   "وفي ندوة صحفية عقدها صباح اليوم بمقر الوزارة، أكد وزير الشؤون الخارجية خميس الجهيناوي",
   "صباح اليوم", time_of_day="morning", note="single-speaker press conference (ندوة صحفية)")
ev("R38", "meeting", ["jubeir", "jhinaoui"], "2018-07-12", "day", "الرياض", ["011"],
   "أنه كان قد التقى نظيره السعودي عادل الجبير بالرياض يوم 12 جويلية الماضي", "يوم 12 جويلية الماضي",
   note="background; host (Jubeir, in Riyadh) first")

# --- Houthi missiles on Saudi cities, 25 Mar 2018 (012) ---
ev("R39", "offensive", ["houthis", "saudi_arabia"], "2018-03-25", "day", "الرياض وخميس مشيط ونجران وجازان", ["012"],
   "إطلاق سبعة صواريخ باليستية من قبل الميليشيا الحوثية التابعة لإيران", "مساء أمس الأحد",
   time_of_day="evening", note="ballistic missiles, 23:30 local time")
ev("R40", "offensive", ["coalition", "houthis"], "2018-03-26", "day", "صنعاء وصعدة", ["012"],
   "شنت مقاتلات التحالف فجر اليوم غارات جوية على مواقع ومنصات إطلاق صواريخ تابعة للميليشيا الحوثية",
   "فجر اليوم", time_of_day="dawn")
ev("R41", "call", ["abdullah2", "king_salman"], "2018-03-26", "day", None, ["012"],
   "أجرى العاهل الأردني الملك عبدالله الثاني بن الحسين اليوم اتصالا هاتفيا مع خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود",
   "اليوم")
ev("R42", "meeting", ["trump", "mbs"], "2018-03-19", "week", "واشنطن (البيت الأبيض)", ["012"],
   "قد التقى الرئيس الأمريكي دونالد ترامب في البيت الأبيض الأسبوع الماضي", "الأسبوع الماضي",
   date_end="2018-03-25", note="week Monday-Sunday before the Monday 2018-03-26 publication day (the real meeting was 2018-03-20)")

# ---------------------------------------------------------------------------
# not events (planned, invited, intended, denied)
# ---------------------------------------------------------------------------
NOT = [
    {"id": "N1", "type": "meeting", "actors": ["fathi", "sokolov"], "docs": [D["001"]],
     "evidence": "ومن المقرر أن يلتقي وزير الطيران المدني شريف فتحي وزير النقل الروسي ماكسيم سوكولوف في موسكو خلال أيام",
     "reason": "planned"},
    {"id": "N2", "type": "meeting", "actors": [], "docs": [D["002"]],
     "evidence": "والتحضير لمؤتمر الحوار الوطني السوري المزمع عقده في سوتشي",
     "reason": "planned multilateral conference"},
    {"id": "N3", "type": "visit", "actors": ["assad", "russia"], "docs": [D["004"]],
     "evidence": "أبدى اهتماما بزيارة روسيا", "reason": "intention only"},
    {"id": "N4", "type": "visit", "actors": ["abadi", "turkey"], "docs": [D["006"]],
     "evidence": "ويواصل العبادي جولته التي من المقرر أن تشمل تركيا وإيران، حيث سيلتقي الرئيسين رجب طيب أردوغان وحسن روحاني",
     "reason": "planned (also the planned meeting with Erdogan)"},
    {"id": "N5", "type": "visit", "actors": ["abadi", "iran"], "docs": [D["006"]],
     "evidence": "ويواصل العبادي جولته التي من المقرر أن تشمل تركيا وإيران، حيث سيلتقي الرئيسين رجب طيب أردوغان وحسن روحاني",
     "reason": "planned (also the planned meeting with Rouhani)"},
    {"id": "N6", "type": "meeting", "actors": ["erdogan", "soleimani"], "docs": [D["009"]],
     "evidence": "أن يكون أردوغان قد التقى خلال الزيارة قائد فيلق القدس في الحرس الثوري قاسم سليماني",
     "reason": "denied (ونفى ... قالن)"},
    {"id": "N7", "type": "visit", "actors": ["kim_jong_un", "russia"], "docs": [D["010"]],
     "evidence": "ونقل لافروف إلى كيم دعوة من الرئيس فلاديمير بوتين لزيارة روسيا",
     "reason": "invitation; possible future visit"},
    {"id": "N8", "type": "visit", "actors": ["mbs", "argentina"], "docs": [D["011"]],
     "evidence": "ومن المقرر أن يتوجه ولي العهد السعودي من تونس إلى الأرجنتين للمشاركة في قمة مجموعة العشرين",
     "reason": "planned"},
    {"id": "N9", "type": "visit", "actors": ["mbs", "france"], "docs": [D["012"]],
     "evidence": "التي من المقرر أن ينتقل بعدها إلى فرنسا الشهر المقبل", "reason": "planned (الشهر المقبل = 2018-04)"},
]

# ---------------------------------------------------------------------------
# temporal expressions: (doc prefix, text, value, extras)   extras: precision, time_of_day, seg (checker only)
# ---------------------------------------------------------------------------
T = [
    ("001", "الاثنين ١١ ديسمبر ٢٠١٧", "2017-12-11", {}),
    ("001", "ظهر اليوم الاثنين", "2017-12-11", {"time_of_day": "noon"}),
    ("001", "اليوم", "2017-12-11", {}),
    ("001", "الخامس من سبتمبر الماضي", "2017-09-05", {}),
    ("002", "الثلاثاء 12 كانون الأول 2017", "2017-12-12", {}),
    ("002", "أمس", "2017-12-11", {}),
    ("002", "صباح أمس", "2017-12-11", {"time_of_day": "morning"}),
    ("002", "بعد ظهر أمس", "2017-12-11", {"time_of_day": "afternoon"}),
    ("002", "مساء أمس", "2017-12-11", {"time_of_day": "evening"}),
    ("002", "العشرين من تشرين الثاني الماضي", "2017-11-20", {}),
    ("002", "اليوم التالي", "2017-11-21", {}),
    ("002", "اليوم", "2017-12-12", {}),
    ("003", "فجر اليوم", "2018-04-14", {"time_of_day": "dawn"}),
    ("003", "فجر اليوم السبت", "2018-04-14", {"time_of_day": "dawn"}),
    ("003", "اليوم", "2018-04-14", {}),
    ("003", "يوم السبت الماضي", "2018-04-07", {}),
    ("003", "بعد ظهر اليوم", "2018-04-14", {"time_of_day": "afternoon"}),
    ("004", "اليوم الأحد", "2018-04-15", {}),
    ("004", "فجر أمس السبت", "2018-04-14", {"time_of_day": "dawn"}),
    ("004", "7 نيسان/أبريل", "2018-04-07", {}),
    ("004", "مساء الجمعة", "2018-04-13", {"time_of_day": "evening"}),
    ("004", "اليوم", "2018-04-15", {}),
    ("005", "02 صفر 1439 هـ الموافق 22 أكتوبر 2017 م", "2017-10-22", {}),
    ("005", "اليوم", "2017-10-22", {}),
    ("005", "مساء أمس", "2017-10-21", {"time_of_day": "evening"}),
    ("005", "الخامس والعشرين من فبراير الماضي", "2017-02-25", {}),
    ("006", "10/23/2017", "2017-10-23", {}),
    ("006", "أمس الأحد", "2017-10-22", {}),
    ("006", "مساء أمس الأول", "2017-10-21", {"time_of_day": "evening"}),
    ("006", "20 تشرين الأول 2017", "2017-10-20", {"seg": 1}),
    ("006", "صباح اليوم الجمعة", "2017-10-20", {"time_of_day": "morning", "seg": 1}),
    ("007", "7 - 9", "2017-09-07", {}),
    ("007", "اليوم", "2017-09-07", {}),
    ("007", "مساء الثلاثاء", "2017-09-05", {"time_of_day": "evening"}),
    ("007", "الخامس من يونيو الماضي", "2017-06-05", {}),
    ("008", "السبت 18 ذو الحجة 1438 هـ - 09 سبتمبر 2017", "2017-09-09", {}),
    ("008", "مساء أمس الجمعة", "2017-09-08", {"time_of_day": "evening"}),
    ("008", "فجر اليوم", "2017-09-09", {"time_of_day": "dawn"}),
    ("008", "أول أمس الخميس", "2017-09-07", {}),
    ("009", "صباح اليوم الأربعاء", "2017-10-04", {"time_of_day": "morning"}),
    ("009", "ظهر اليوم", "2017-10-04", {"time_of_day": "noon"}),
    ("009", "أواخر الشهر الماضي", "2017-09", {"precision": "month"}),
    ("009", "في وقت لاحق اليوم", "2017-10-04", {}),
    ("009", "الليلة الماضية", "2017-10-03", {"time_of_day": "night"}),
    ("010", "31.05.2018", "2018-05-31", {}),
    ("010", "اليوم الخميس", "2018-05-31", {}),
    ("010", "صباح اليوم", "2018-05-31", {"time_of_day": "morning"}),
    ("010", "الشهر الماضي", "2018-04", {"precision": "month"}),
    ("010", "من 25 إلى 28 آذار/مارس الماضي", "2018-03-25/2018-03-28", {"precision": "week"}),
    ("010", "مطلع الشهر الجاري", "2018-05", {"precision": "month"}),
    ("011", "28th, November 2018", "2018-11-28", {}),
    ("011", "مساء أمس الثلاثاء", "2018-11-27", {"time_of_day": "evening"}),
    ("011", "يوم الأحد الماضي", "2018-11-25", {}),
    ("011", "صباح اليوم", "2018-11-28", {"time_of_day": "morning"}),
    ("011", "أفريل الماضي", "2018-04", {"precision": "month"}),
    ("011", "يوم 12 جويلية الماضي", "2018-07-12", {}),
    ("011", "يوم الاثنين", "2018-11-26", {}),
    ("012", "09 رجب 1439 هـ الموافق 26 مارس 2018 م", "2018-03-26", {}),
    ("012", "مساء أمس الأحد", "2018-03-25", {"time_of_day": "evening"}),
    ("012", "فجر اليوم", "2018-03-26", {"time_of_day": "dawn"}),
    ("012", "اليوم", "2018-03-26", {}),
    ("012", "الأسبوع الماضي", "2018-03-19/2018-03-25", {"precision": "week"}),
    ("012", "الشهر المقبل", "2018-04", {"precision": "month"}),
]

ABOUT = ("Held-out reference for the real17 set: 12 synthetic Arabic news articles written in the style of real "
         "2017-2018 outlets about real events and office holders. Dates are the calendar days on which events "
         "happened, resolved against each article's (or embedded article's) own publication date. 'optional' "
         "events are neither required nor counted as false positives. Weeks are Monday-Sunday; an explicit day "
         "range is encoded as precision 'week' with date/date_end. 'not_events' are planned, invited, intended "
         "or denied events that must not be extracted.")

# ---------------------------------------------------------------------------
# checking helpers
# ---------------------------------------------------------------------------
WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6}
MONTHS2 = {"كانون الثاني": 1, "كانون الأول": 12, "تشرين الأول": 10, "تشرين الثاني": 11}
MONTHS1 = {"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7,
           "أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
           "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9,
           "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8,
           "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "August": 8,
           "September": 9, "October": 10, "November": 11, "December": 12}
HIJRI = {"محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الثاني": 4, "جمادى الأولى": 5, "جمادى الآخرة": 6,
         "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10, "ذو القعدة": 11, "ذو الحجة": 12}
UNITS = {"الأول": 1, "الحادي": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6,
         "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10}
TENS = {"العشرين": 20, "الثلاثين": 30, "والعشرين": 20, "والثلاثين": 30}
INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def pdate(s):
    return dt.date.fromisoformat(s)


def months_in(text):
    found = []
    t = text
    for name, n in MONTHS2.items():
        if name in t:
            found.append(n)
            t = t.replace(name, " ")
    for name, n in MONTHS1.items():
        if re.search(r"(?<![\w])" + re.escape(name) + r"(?![\w])", t):
            found.append(n)
    return found


def ordinal_day(text):
    m = re.search(r"(الحادي|الأول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|العشرين|الثلاثين)"
                  r"(?:\s+(عشر|والعشرين|والثلاثين))?\s+من\s", text)
    if not m:
        return None
    a, b = m.group(1), m.group(2)
    if a in TENS:
        return TENS[a]
    n = UNITS[a]
    if b == "عشر":
        n += 10
    elif b in TENS:
        n += TENS[b]
    return n


def prev_month(d):
    first = d.replace(day=1)
    return (first - dt.timedelta(days=1)).strftime("%Y-%m")


def next_month(d):
    return (d.replace(day=28) + dt.timedelta(days=7)).strftime("%Y-%m")


def check_temporal(text, value, ref, extras, errs, where):
    prec = extras.get("precision", "day")
    tod = extras.get("time_of_day")
    # value shape
    if prec == "day" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        errs.append(f"{where}: day value malformed {value}")
        return
    if prec == "month" and not re.fullmatch(r"\d{4}-\d{2}", value):
        errs.append(f"{where}: month value malformed {value}")
    if prec == "week":
        a, b = value.split("/")
        a, b = pdate(a), pdate(b)
        if b < a:
            errs.append(f"{where}: range end before start")
        if "الأسبوع" in text and (a.weekday() != 0 or b.weekday() != 6 or (b - a).days != 6):
            errs.append(f"{where}: week {value} is not Monday-Sunday")
        if "الأسبوع الماضي" in text:
            mon = ref - dt.timedelta(days=ref.weekday() + 7)
            if a != mon:
                errs.append(f"{where}: الأسبوع الماضي should start {mon}")
    dval = pdate(value) if prec == "day" else None
    # relative day words
    if dval is not None:
        if "اليوم التالي" in text:
            pass
        elif "أمس الأول" in text or "أول أمس" in text:
            if dval != ref - dt.timedelta(days=2):
                errs.append(f"{where}: '{text}' should be {ref - dt.timedelta(days=2)} (ref {ref}), got {value}")
        elif "أمس" in text or "الليلة الماضية" in text:
            if dval != ref - dt.timedelta(days=1):
                errs.append(f"{where}: '{text}' should be {ref - dt.timedelta(days=1)} (ref {ref}), got {value}")
        elif "اليوم" in text:
            if dval != ref:
                errs.append(f"{where}: '{text}' should be {ref} (ref {ref}), got {value}")
        elif "غدا" in text or "غداً" in text:
            if dval != ref + dt.timedelta(days=1):
                errs.append(f"{where}: '{text}' should be {ref + dt.timedelta(days=1)}")
    # weekday names
    wd = [n for w, n in WEEKDAYS.items() if w in text]
    if wd:
        if dval is None:
            errs.append(f"{where}: weekday in non-day expression")
        else:
            if dval.weekday() not in wd:
                errs.append(f"{where}: '{text}' weekday mismatch: {value} is {dval.strftime('%A')}")
            relative = any(w in text for w in ("أمس", "اليوم"))
            explicit = bool(re.search(r"[0-9٠-٩]", text))
            if not relative and not explicit:
                lo = ref - dt.timedelta(days=7) if "الماضي" in text else ref - dt.timedelta(days=6)
                hi = ref - dt.timedelta(days=1) if "الماضي" in text else ref
                if not (lo <= dval <= hi):
                    errs.append(f"{where}: '{text}' ({value}) not within [{lo}, {hi}] of ref {ref}")
    # month-relative words
    if "الشهر الماضي" in text and value[:7] != prev_month(ref):
        errs.append(f"{where}: الشهر الماضي should be {prev_month(ref)}")
    if "الشهر الجاري" in text and value[:7] != ref.strftime("%Y-%m"):
        errs.append(f"{where}: الشهر الجاري should be {ref.strftime('%Y-%m')}")
    if "الشهر المقبل" in text and value[:7] != next_month(ref):
        errs.append(f"{where}: الشهر المقبل should be {next_month(ref)}")
    # explicit calendar parts (Gregorian part only)
    greg = text.split("هـ", 1)[1] if "هـ" in text else text
    greg_n = greg.translate(INDIC)
    ms = months_in(greg)
    vstart = value.split("/")[-1] if prec == "week" else value  # for ranges check the end (month name follows it)
    if ms and any(m != int(vstart[5:7]) for m in ms):
        errs.append(f"{where}: month name(s) {ms} do not match {value}")
    years = re.findall(r"(?<!\d)(\d{4})(?!\d)", greg_n)
    if years and any(y != value[:4] for y in years):
        errs.append(f"{where}: year {years} does not match {value}")
    if ms and prec in ("day", "week"):
        m = re.search(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?,?\s*(?:" + "|".join(map(re.escape, list(MONTHS2) + list(MONTHS1))) + ")", greg_n)
        day = int(m.group(1)) if m else ordinal_day(greg)
        if day is not None and day != int(vstart[8:10]):
            errs.append(f"{where}: day {day} does not match {value}")
        if "الماضي" in text and prec == "day" and not (ref - dt.timedelta(days=366) < dval < ref):
            errs.append(f"{where}: '... الماضي' date {value} not in the year before {ref}")
    if not ms:
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text.strip())
        if m and value != f"{m.group(3)}-{int(m.group(1)):02d}-{int(m.group(2)):02d}":
            errs.append(f"{where}: US-style date {text} != {value}")
        m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text.strip())
        if m and value != f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}":
            errs.append(f"{where}: D.M.Y date {text} != {value}")
        m = re.fullmatch(r"(\d{1,2}) - (\d{1,2})", text.strip())
        if m and value[5:] != f"{int(m.group(2)):02d}-{int(m.group(1)):02d}":
            errs.append(f"{where}: KUNA day-month {text} != {value}")
    # Hijri part
    if "هـ" in text:
        hpart = text.split("هـ", 1)[0].translate(INDIC)
        hm = [n for name, n in HIJRI.items() if name in hpart]
        nums = re.findall(r"\d+", hpart)
        if len(hm) != 1 or len(nums) != 2:
            errs.append(f"{where}: cannot parse Hijri part '{hpart}'")
        else:
            try:
                from hijridate import Hijri
                g = Hijri(int(nums[1]), hm[0], int(nums[0])).to_gregorian()
                if g.isoformat() != value:
                    errs.append(f"{where}: Hijri {hpart.strip()} is {g.isoformat()} (Umm al-Qura), not {value}")
            except ImportError:
                print(f"note: hijridate not importable; Hijri part of '{text}' not checked")
    # time of day
    want = None
    if "بعد ظهر" in text:
        want = "afternoon"
    elif "ظهر" in text:
        want = "noon"
    elif "صباح" in text:
        want = "morning"
    elif "مساء" in text:
        want = "evening"
    elif "فجر" in text:
        want = "dawn"
    elif "الليلة" in text:
        want = "night"
    if want != tod:
        errs.append(f"{where}: time_of_day {tod} but text suggests {want}")


def main():
    errs = []
    texts = {}
    files = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
    stems = [f[:-4] for f in files]
    if sorted(stems) != sorted(DOCS):
        errs.append(f"article files {stems} != DOCS {sorted(DOCS)}")
    words = {}
    for s in DOCS:
        with open(os.path.join(ART, s + ".txt"), encoding="utf-8") as fh:
            texts[s] = fh.read()
        words[s] = len(texts[s].split())
        if not 180 <= words[s] <= 350:
            errs.append(f"{s}: {words[s]} words (want 180-350)")

    def segments(s):
        """list of (text, ref date) segments of a document"""
        out, t = [], texts[s]
        cuts = []
        for marker, ref in DOCS[s][4]:
            i = t.find(marker)
            if i < 0:
                errs.append(f"{s}: segment marker {marker} not found")
            cuts.append((i, ref))
        prev, pref = 0, DOCS[s][2]
        for i, ref in sorted(cuts):
            out.append((t[prev:i], pdate(pref)))
            prev, pref = i, ref
        out.append((t[prev:], pdate(pref)))
        return out

    # documents
    documents = {s: {"published": v[2], "published_source": v[3]} for s, v in DOCS.items()}
    for s, v in DOCS.items():
        if v[0] and v[0] != v[2]:
            errs.append(f"{s}: manifest published {v[0]} != resolved {v[2]}")
        if not v[0] and "dateline in text" not in v[3]:
            errs.append(f"{s}: empty manifest date but no dateline noted")

    # actors
    actors = {k: {"en": en, "ar": ar} for k, (en, ar) in ACTORS.items()}
    alltext = "\n".join(texts.values())
    for k, (en, ar) in ACTORS.items():
        for form in ar:
            if form not in alltext:
                errs.append(f"actor {k}: surface form '{form}' not found in any article")
        if len(set(ar)) != len(ar):
            errs.append(f"actor {k}: duplicate surface forms")

    # temporal
    temporal = []
    tvals = {s: set() for s in DOCS}
    seen = set()
    for (d, text, value, ex) in T:
        s = D[d]
        where = f"temporal {d} '{text}'"
        if (s, text, ex.get("seg", 0)) in seen:
            errs.append(f"{where}: duplicate")
        seen.add((s, text, ex.get("seg", 0)))
        segs = segments(s)
        seg_text, ref = segs[ex.get("seg", 0)]
        if text not in seg_text:
            errs.append(f"{where}: not a substring of its article segment")
        check_temporal(text, value, ref, ex, errs, where)
        item = {"doc": s, "text": text, "value": value}
        if "precision" in ex:
            item["precision"] = ex["precision"]
        if "time_of_day" in ex:
            item["time_of_day"] = ex["time_of_day"]
        temporal.append(item)
        tvals[s].add(value)

    # events
    ids = set()
    for e in EV:
        where = f"event {e['id']}"
        if e["id"] in ids:
            errs.append(f"{where}: duplicate id")
        ids.add(e["id"])
        if e["type"] not in ("meeting", "call", "visit", "press_conference", "offensive"):
            errs.append(f"{where}: bad type")
        for a in e["actors"] + e.get("also", []):
            if a not in ACTORS:
                errs.append(f"{where}: unknown actor {a}")
        if not any(e["evidence"] in texts[s] for s in e["docs"]):
            errs.append(f"{where}: evidence not found in its docs")
        if e["type"] == "visit" and len(e["actors"]) != 2:
            errs.append(f"{where}: visit must be [visitor, place-country]")
        if e["type"] == "call" and len(e["actors"]) != 2:
            errs.append(f"{where}: call must be [caller, receiver]")
        p = e["precision"]
        if p not in ("day", "week", "month", None):
            errs.append(f"{where}: bad precision")
        for s in e["docs"]:
            if p == "day" and e["date"] not in tvals[s]:
                errs.append(f"{where}: date {e['date']} not among temporal values of {s}")
            if p == "week" and f"{e['date']}/{e['date_end']}" not in tvals[s]:
                errs.append(f"{where}: week {e['date']}/{e['date_end']} not among temporal values of {s}")
            if p == "month" and e["date"] not in tvals[s]:
                errs.append(f"{where}: month {e['date']} not among temporal values of {s}")
    for n in NOT:
        for a in n["actors"]:
            if a not in ACTORS:
                errs.append(f"not_event {n['id']}: unknown actor {a}")
        if not any(n["evidence"] in texts[s] for s in n["docs"]):
            errs.append(f"not_event {n['id']}: evidence not found")
    used = {a for e in EV for a in e["actors"] + e.get("also", [])} | {a for n in NOT for a in n["actors"]}
    unused = sorted(set(ACTORS) - used)

    gold = {"about": ABOUT, "documents": documents, "actors": actors, "events": EV,
            "not_events": NOT, "temporal": temporal}
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(ART, "manifest.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["doc_id", "published", "source", "url"])
        for s, v in DOCS.items():
            w.writerow([s, v[0], v[1], ""])

    req = [e for e in EV if not e.get("optional")]
    multi = [e for e in EV if len(e["docs"]) > 1]
    print("documents", len(DOCS), "words", words)
    print("events", len(EV), "required", len(req), "optional", len(EV) - len(req),
          "multi-source", len(multi), [e["id"] for e in multi])
    print("by type", {t: sum(1 for e in EV if e["type"] == t) for t in
                      ("meeting", "call", "visit", "press_conference", "offensive")})
    print("not_events", len(NOT), "temporal", len(temporal),
          "docs without manifest date", [s for s, v in DOCS.items() if not v[0]])
    print("actors", len(ACTORS), "(only mentioned, not in events:", unused, ")")
    print("ERRORS", errs)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
