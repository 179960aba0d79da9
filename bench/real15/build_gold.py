#!/usr/bin/env python3
"""Build gold.json and articles/manifest.csv for the real15 held-out set, then check them.

Run:  python3 build_gold.py
Prints a short summary and `ERRORS [...]` (empty list when clean).
The annotation below was written by hand from the article texts only.
"""
import csv
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")

# ---------------------------------------------------------------- documents
# doc_id: (published, published_source, manifest_published, source)
# manifest_published is "" when the date is only available from a dateline in the text.
DOCS = {
    "001_sana_russian_airstrikes": ("2015-09-30", "metadata (not in text)", "2015-09-30", "SANA"),
    "002_alquds_russian_airstrikes": ("2015-10-01", "metadata; also a page date line 2015-10-01", "2015-10-01", "Al-Quds Al-Arabi"),
    "003_anadolu_sultanahmet_bombing": ("2016-01-12", "dateline in text: إسطنبول 12 يناير 2016 (الأناضول)", "", "Anadolu Agency (Arabic)"),
    "004_aljazeera_sultanahmet_suspect": ("2016-01-13", "metadata; also update line 2016/1/13", "2016-01-13", "Al Jazeera Net"),
    "005_spa_salman_arrives_cairo": ("2016-04-07", "dateline in text: القاهرة 29 جمادى الآخرة 1437 هـ الموافق 07 أبريل 2016 م واس", "", "SPA (Saudi Press Agency)"),
    "006_ahram_sisi_receives_salman": ("2016-04-08", "dateline in text (Arabic-Indic digits): الجمعة ٨ أبريل ٢٠١٦", "", "Al-Ahram Gate"),
    "007_rt_putin_erdogan_call": ("2016-06-29", "metadata; also page line تاريخ النشر: 29.06.2016", "2016-06-29", "RT Arabic"),
    "008_turkpress_erdogan_receives_putin_call": ("2016-06-30", "metadata (not in text)", "2016-06-30", "Turk Press"),
    "009_okaz_salman_receives_kerry": ("2016-01-24", "metadata; also page line الأحد 14 ربيع الآخر 1437 هـ - 24 يناير 2016 م", "2016-01-24", "Okaz"),
    "010_tap_essebsi_jordan_call": ("2015-11-26", "metadata; also dateline تونس 26 نوفمبر 2015 (وات)", "2015-11-26", "TAP (Tunis Afrique Presse)"),
    "011_sumaria_abadi_visits_ramadi": ("2015-12-30", "dateline in text: 2015/12/30 10:21", "", "Alsumaria News"),
    "012_alhayat_nk_rocket_launch": ("2016-02-07", "metadata (not in text); a second embedded article after «اقرأ أيضا:» is dated لندن 4 شباط (بترا) = 2016-02-04 (year from context)", "2016-02-07", "Al-Hayat"),
}

# Embedded second articles: text after `marker` is anchored to `date`.
SEGMENTS = {
    "012_alhayat_nk_rocket_launch": [("لندن 4 شباط (بترا)", "2016-02-04")],
}

# ---------------------------------------------------------------- actors
ACTORS = {
    "russia": ("Russia / Russian armed forces", ["روسيا", "موسكو", "القوات الجوية الروسية", "الطائرات الروسية", "طائرات حربية روسية", "وزارة الدفاع الروسية", "قاذفة روسية", "المقاتلة الروسية", "مسؤولين روسا"]),
    "isis": ("Islamic State (ISIS)", ["داعش", "تنظيم داعش", "تنظيم الدولة الإسلامية", "«الدولة الإسلامية»", "التنظيم"]),
    "mekdad": ("Faisal Mekdad (Syrian deputy foreign minister)", ["فيصل المقداد", "الدكتور فيصل المقداد", "المقداد", "نائب وزير الخارجية والمغتربين"]),
    "kinshchak": ("Alexander Kinshchak (Russian ambassador to Syria)", ["ألكسندر كينشاك", "كينشاك", "السفير الروسي في دمشق", "السفير الروسي"]),
    "muallem": ("Walid al-Muallem", ["وليد المعلم", "وزير الخارجية والمغتربين"]),
    "lavrov": ("Sergey Lavrov", ["سيرغي لافروف", "لافروف", "وزير الخارجية الروسي", "نظيره الروسي"]),
    "kerry": ("John Kerry", ["جون كيري", "كيري", "وزير الخارجية الأمريكي", "وزير خارجية الولايات المتحدة الأمريكية", "نظيره الأمريكي", "الوزير الأمريكي"]),
    "obama": ("Barack Obama", ["باراك أوباما", "أوباما", "الرئيس الأمريكي"]),
    "putin": ("Vladimir Putin", ["فلاديمير بوتين", "بوتين", "الرئيس الروسي", "الرئيس بوتين", "نظيره الروسي"]),
    "assad": ("Bashar al-Assad", ["بشار الأسد", "الأسد", "الرئيس السوري", "الرئيس بشار الأسد"]),
    "davutoglu": ("Ahmet Davutoglu", ["أحمد داود أوغلو", "داود أوغلو", "رئيس الوزراء التركي"]),
    "merkel": ("Angela Merkel", ["أنغيلا ميركل", "ميركل", "المستشارة الألمانية"]),
    "erdogan": ("Recep Tayyip Erdogan", ["رجب طيب أردوغان", "أردوغان", "الرئيس التركي", "نظيره التركي"]),
    "ala": ("Efkan Ala (Turkish interior minister)", ["أفكان آلا", "آلا", "وزير الداخلية التركي"]),
    "de_maiziere": ("Thomas de Maiziere (German interior minister)", ["توماس دي ميزيير", "دي ميزيير", "نظيره الألماني", "الوزير الألماني"]),
    "tamim": ("Emir Tamim bin Hamad Al Thani", ["الشيخ تميم بن حمد آل ثاني", "تميم بن حمد آل ثاني", "أمير دولة قطر"]),
    "turkey": ("Turkey", ["تركيا", "أنقرة", "سلاح الجو التركي"]),
    "germany": ("Germany", ["برلين"]),
    "salman": ("King Salman bin Abdulaziz", ["الملك سلمان بن عبدالعزيز آل سعود", "الملك سلمان بن عبدالعزيز", "الملك سلمان بن عبد العزيز", "الملك سلمان", "خادم الحرمين الشريفين"]),
    "sisi": ("Abdel Fattah al-Sisi", ["عبدالفتاح السيسي", "عبد الفتاح السيسي", "الرئيس السيسي", "السيسي", "الرئيس المصري"]),
    "egypt": ("Egypt", ["مصر", "جمهورية مصر العربية", "القاهرة"]),
    "mbs": ("Mohammed bin Salman (deputy crown prince, defence minister)", ["الأمير محمد بن سلمان بن عبدالعزيز", "الأمير محمد بن سلمان", "محمد بن سلمان", "ولي ولي العهد", "سموه"]),
    "jubeir": ("Adel al-Jubeir", ["عادل بن أحمد الجبير", "عادل الجبير", "الجبير", "نظيره السعودي", "الوزير السعودي"]),
    "shoukry": ("Sameh Shoukry", ["سامح شكري", "شكري"]),
    "saudi_arabia": ("Saudi Arabia", ["المملكة العربية السعودية", "المملكة", "الرياض"]),
    "gcc": ("GCC foreign ministers", ["وزراء خارجية دول مجلس التعاون لدول الخليج العربية", "دول مجلس التعاون"]),
    "cavusoglu": ("Mevlut Cavusoglu", ["مولود جاويش أوغلو", "جاويش أوغلو", "نظيره التركي"]),
    "abdullah2": ("King Abdullah II of Jordan", ["الملك عبد الله الثاني", "الملك عبدالله الثاني", "العاهل الأردني", "جلالة الملك عبدالله الثاني", "جلالته"]),
    "essebsi": ("Beji Caid Essebsi", ["الباجي قائد السبسي", "قائد السبسي", "رئيس الجمهورية", "رئيس الدولة"]),
    "essid": ("Habib Essid", ["الحبيب الصيد", "رئيس الحكومة"]),
    "ennaceur": ("Mohamed Ennaceur (speaker of Tunisian parliament)", ["محمد الناصر", "رئيس مجلس نواب الشعب"]),
    "gharsalli": ("Najem Gharsalli (Tunisian interior minister)", ["ناجم الغرسلي", "الغرسلي", "وزير الداخلية", "الوزير"]),
    "algeria": ("Algeria", ["الجزائر"]),
    "abadi": ("Haider al-Abadi", ["حيدر العبادي", "العبادي", "رئيس الوزراء"]),
    "rawi": ("Suhaib al-Rawi (governor of Anbar)", ["صهيب الراوي", "الراوي", "محافظ الأنبار", "المحافظ"]),
    "iraqi_forces": ("Iraqi security forces", ["القوات الأمنية"]),
    "coalition": ("US-led international coalition", ["طيران التحالف الدولي", "التحالف الدولي"]),
    "carter": ("Ashton Carter", ["آشتون كارتر", "كارتر", "وزير الدفاع الأمريكي"]),
    "north_korea": ("North Korea", ["كوريا الشمالية", "بيونغ يانغ"]),
    "kim_jong_un": ("Kim Jong-un", ["كيم جونغ أون", "الزعيم كيم جونغ أون"]),
    "yun": ("Yun Byung-se (South Korean foreign minister)", ["يون بيونغ سي", "نظيره الكوري الجنوبي"]),
    "unsc": ("UN Security Council", ["مجلس الأمن الدولي"]),
    "ban": ("Ban Ki-moon", ["بان كي مون", "الأمين العام للأمم المتحدة", "الأمين العام"]),
    "de_mistura": ("Staffan de Mistura", ["ستافان دي ميستورا", "دي ميستورا", "المبعوث الأممي الخاص إلى سورية", "المبعوث الأممي"]),
    "judeh": ("Nasser Judeh", ["ناصر جودة", "نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين"]),
}

D = {k: k for k in DOCS}  # short alias
d001, d002, d003, d004, d005, d006, d007, d008, d009, d010, d011, d012 = list(DOCS)


def ev(id, type, actors, date, precision, location, docs, evidence, date_text, **kw):
    e = {"id": id, "type": type, "actors": actors}
    if "also" in kw:
        e["also"] = kw.pop("also")
    e.update({"date": date, "precision": precision})
    if "date_end" in kw:
        e["date_end"] = kw.pop("date_end")
    if "time_of_day" in kw:
        e["time_of_day"] = kw.pop("time_of_day")
    e.update({"location": location, "docs": docs, "evidence": evidence, "date_text": date_text})
    if kw.pop("optional", False):
        e["optional"] = True
    if "note" in kw:
        e["note"] = kw.pop("note")
    assert not kw, kw
    return e


EVENTS = [
    ev("R1", "offensive", ["russia", "isis"], "2015-09-30", "day", "سورية (ريفا حمص وحماة)", [d001, d002],
       'بدأت القوات الجوية الروسية اليوم توجيه ضربات جوية مركزة لمواقع وتجمعات تنظيم "داعش" الإرهابي في سورية',
       "اليوم / أمس الأربعاء",
       note="first Russian air strikes in Syria, told by two outlets; 002: «شنت طائرات حربية روسية أمس الأربعاء أولى غاراتها في سوريا» (002 reports the opposition view that rebel-held towns, not ISIS, were hit)"),
    ev("R2", "meeting", ["mekdad", "kinshchak"], "2015-09-30", "day", "دمشق", [d001],
       "استقبل نائب وزير الخارجية والمغتربين الدكتور فيصل المقداد اليوم السفير الروسي في دمشق ألكسندر كينشاك",
       "اليوم"),
    ev("R3", "meeting", ["kerry", "lavrov"], "2015-09-30", "day", "نيويورك", [d002],
       "التقى وزير الخارجية الأمريكي جون كيري نظيره الروسي سيرغي لافروف مساء أمس",
       "مساء أمس", time_of_day="evening"),
    ev("R4", "meeting", ["obama", "putin"], "2015-09-28", "day", "نيويورك (مقر الأمم المتحدة)", [d002],
       "وكان الرئيس الأمريكي باراك أوباما قد التقى نظيره الروسي فلاديمير بوتين يوم الاثنين الماضي في مقر الأمم المتحدة",
       "يوم الاثنين الماضي"),
    ev("R5", "offensive", ["isis"], "2016-01-12", "day", "إسطنبول (ميدان السلطان أحمد)", [d003, d004],
       "في تفجير انتحاري وقع صباح اليوم الثلاثاء، في ميدان السلطان أحمد التاريخي بمدينة إسطنبول",
       "صباح اليوم الثلاثاء / أمس", time_of_day="morning",
       note="suicide bombing told twice; 003 attributes it via Davutoglu (عضو في تنظيم داعش), 004: «بالتفجير الانتحاري الذي ضرب أمس ميدان السلطان أحمد» and «حملت تنظيم الدولة الإسلامية المسؤولية»"),
    ev("R6", "call", ["davutoglu", "merkel"], "2016-01-12", "day", None, [d003],
       "أجرى في وقت لاحق من اليوم اتصالا هاتفيا مع المستشارة الألمانية أنغيلا ميركل",
       "في وقت لاحق من اليوم", note="caller is داود أوغلو, subject of the governing clause «وأوضح داود أوغلو ... مشيرا إلى أنه أجرى»"),
    ev("R7", "offensive", ["isis"], "2015-10-10", "day", "أنقرة", [d003],
       "التفجير المزدوج الذي نفذه انتحاريان من تنظيم داعش قرب محطة القطارات الرئيسية في أنقرة، في 10 أكتوبر/ تشرين الأول الماضي",
       "10 أكتوبر/ تشرين الأول الماضي", note="background event mentioned in passing"),
    ev("R8", "press_conference", ["ala", "de_maiziere"], "2016-01-13", "day", "إسطنبول", [d004],
       "وقال آلا خلال مؤتمر صحفي مشترك عقده اليوم مع نظيره الألماني توماس دي ميزيير في إسطنبول",
       "اليوم"),
    ev("R9", "visit", ["de_maiziere", "turkey"], "2016-01-13", "day", "إسطنبول", [d004],
       "ووصل الوزير الألماني صباح اليوم إلى إسطنبول",
       "صباح اليوم", time_of_day="morning", optional=True, note="arrival; may be merged with R8"),
    ev("R10", "call", ["tamim", "erdogan"], "2016-01-12", "day", None, [d004],
       "وكان الرئيس رجب طيب أردوغان قد تلقى مساء أمس اتصالا هاتفيا من أمير دولة قطر الشيخ تميم بن حمد آل ثاني",
       "مساء أمس", time_of_day="evening"),
    ev("R11", "visit", ["salman", "egypt"], "2016-04-07", "day", "القاهرة", [d005, d006],
       "وصل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود - حفظه الله - إلى القاهرة اليوم",
       "اليوم / أمس الخميس", optional=True,
       note="arrival at the start of a five-day state visit; may be merged with R12. 006: «استقبل الرئيس عبد الفتاح السيسي أمس الخميس ... لدى وصوله مطار القاهرة الدولي»"),
    ev("R12", "meeting", ["sisi", "salman"], "2016-04-07", "day", "القاهرة (قصر الاتحادية)", [d005, d006],
       "عقد خادم الحرمين الشريفين وفخامة الرئيس المصري جلسة مباحثات رسمية مساء اليوم في قصر الاتحادية",
       "مساء اليوم / أمس الخميس", time_of_day="evening",
       note="host first. 006: «استقبل الرئيس عبد الفتاح السيسي أمس الخميس» + «وعقد الزعيمان عقب مراسم الاستقبال الرسمية جلسة مباحثات بقصر الاتحادية» (date carried from the previous sentence in 006, explicit in 005); the airport reception is the same encounter"),
    ev("R13", "visit", ["mbs", "egypt"], "2015-07-30", "day", "القاهرة", [d005],
       "وقعه صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع مع الرئيس السيسي خلال زيارة سموه للقاهرة في 30 يوليو 2015م",
       "30 يوليو 2015م", note="background visit (Cairo Declaration)"),
    ev("R14", "press_conference", ["shoukry", "jubeir"], "2016-04-06", "day", "القاهرة (وزارة الخارجية)", [d006],
       "وكان وزير الخارجية سامح شكري ونظيره السعودي عادل الجبير قد عقدا مساء أمس الأول الأربعاء مؤتمرا صحفيا مشتركا بمقر وزارة الخارجية",
       "مساء أمس الأول الأربعاء", time_of_day="evening"),
    ev("R15", "meeting", ["shoukry", "jubeir"], "2016-04-06", "day", "القاهرة", [d006],
       "عقب جلسة مباحثات تحضيرية للزيارة",
       "مساء أمس الأول الأربعاء (same sentence)", optional=True, note="talks preceding R14; may be merged with it"),
    ev("R16", "visit", ["sisi", "saudi_arabia"], "2015-11", "month", "الرياض", [d006],
       "منذ زيارة الرئيس السيسي للرياض في نوفمبر الماضي للمشاركة في القمة العربية اللاتينية",
       "نوفمبر الماضي", note="background visit, month precision"),
    ev("R17", "call", ["putin", "erdogan"], "2016-06-29", "day", None, [d007, d008],
       "أجرى الرئيس الروسي فلاديمير بوتين اليوم الأربعاء 29 يونيو/حزيران اتصالا هاتفيا مع نظيره التركي رجب طيب أردوغان",
       "اليوم الأربعاء 29 يونيو/حزيران / أمس الأربعاء",
       note="same call told twice; 008: «تلقى الرئيس التركي رجب طيب أردوغان، أمس الأربعاء، اتصالا هاتفيا من نظيره الروسي فلاديمير بوتين»"),
    ev("R18", "offensive", ["isis"], "2016-06-28", "day", "إسطنبول (مطار أتاتورك)", [d007, d008],
       "وكان ثلاثة انتحاريين قد هاجموا مساء الثلاثاء صالة الرحلات الدولية في مطار أتاتورك بإسطنبول",
       "مساء أمس / مساء الثلاثاء", time_of_day="evening",
       note="attack told twice; perpetrator only in 008 (Yildirim: المؤشرات الأولية تدل على وقوف تنظيم داعش); 007: «الهجوم الإرهابي الذي استهدف مطار أتاتورك الدولي في إسطنبول مساء أمس» with no perpetrator"),
    ev("R19", "offensive", ["turkey", "russia"], "2015-11-24", "day", "الحدود السورية التركية", [d007, d008],
       'إسقاط سلاح الجو التركي قاذفة روسية من طراز "سو-24" فوق سوريا في 24 نوفمبر/تشرين الثاني الماضي',
       "24 نوفمبر/تشرين الثاني الماضي", optional=True,
       note="background shoot-down of a Russian jet: borderline for the offensive type; 008 gives only the month (تشرين الثاني/نوفمبر الماضي)"),
    ev("R20", "meeting", ["salman", "kerry"], "2016-01-23", "day", "الدرعية (قصر العوجا)", [d009],
       "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر العوجا بالدرعية مساء أمس، وزير خارجية الولايات المتحدة الأمريكية جون كيري",
       "مساء أمس", time_of_day="evening", also=["mbs", "jubeir"]),
    ev("R21", "meeting", ["kerry", "gcc"], "2016-01-24", "day", "الرياض", [d009],
       "عقب اجتماع عقده كيري صباح اليوم مع وزراء خارجية دول مجلس التعاون لدول الخليج العربية",
       "صباح اليوم", time_of_day="morning", note="multilateral meeting"),
    ev("R22", "press_conference", ["jubeir", "kerry"], "2016-01-24", "day", "الرياض", [d009],
       "وعقد وزير الخارجية الأستاذ عادل الجبير ونظيره الأمريكي مؤتمرا صحفيا مشتركا في الرياض اليوم",
       "اليوم", note="Kerry is referred to only as نظيره الأمريكي in this sentence"),
    ev("R23", "visit", ["kerry", "saudi_arabia"], "2016-01-22", "day", "الرياض", [d009],
       "وكان كيري قد وصل إلى الرياض مساء أمس الأول الجمعة",
       "مساء أمس الأول الجمعة", time_of_day="evening", optional=True, note="arrival; may be merged with R20"),
    ev("R24", "call", ["abdullah2", "essebsi"], "2015-11-25", "day", None, [d010],
       "تلقى رئيس الجمهورية الباجي قائد السبسي، مساء أمس الأربعاء، مكالمة هاتفية من العاهل الأردني الملك عبد الله الثاني",
       "مساء أمس الأربعاء", time_of_day="evening"),
    ev("R25", "offensive", ["isis"], "2015-11-24", "day", "تونس (شارع محمد الخامس)", [d010],
       "العملية الإرهابية التي استهدفت مساء أمس الأول الثلاثاء حافلة تقل أعوانا من الأمن الرئاسي بشارع محمد الخامس بالعاصمة",
       "مساء أمس الأول الثلاثاء", time_of_day="evening",
       note="perpetrator from a later sentence: «وكان تنظيم \"داعش\" الإرهابي قد تبنى أمس العملية»"),
    ev("R26", "meeting", ["essebsi"], "2015-11-25", "day", "قرطاج", [d010],
       "ترأس رئيس الجمهورية صباح أمس بقصر قرطاج اجتماعا استثنائيا لمجلس الأمن القومي بحضور رئيس الحكومة الحبيب الصيد",
       "صباح أمس", time_of_day="morning", also=["essid", "ennaceur"],
       note="internal National Security Council meeting (single-actor meeting, cf. seed S3)"),
    ev("R27", "offensive", ["isis"], "2015-03-18", "day", "تونس (متحف باردو)", [d010],
       'الهجوم الذي نفذه مسلحان على متحف باردو يوم 18 مارس الماضي وتبناه تنظيم "داعش"',
       "يوم 18 مارس الماضي", note="background event"),
    ev("R28", "offensive", [], "2015-06-26", "day", "سوسة", [d010],
       "هجوم سوسة الذي استهدف نزلا سياحيا يوم 26 جوان الماضي",
       "يوم 26 جوان الماضي", optional=True, note="background; no perpetrator named; Maghrebi month name جوان = June"),
    ev("R29", "visit", ["abadi"], "2015-12-29", "day", "الرمادي", [d011],
       "زار رئيس الوزراء حيدر العبادي، أمس الثلاثاء، مدينة الرمادي مركز محافظة الأنبار",
       "أمس الثلاثاء", note="domestic visit, no place-country actor"),
    ev("R30", "meeting", ["abadi", "rawi"], "2015-12-29", "day", "الرمادي", [d011],
       "زار رئيس الوزراء حيدر العبادي، أمس الثلاثاء، مدينة الرمادي مركز محافظة الأنبار، حيث التقى محافظ الأنبار صهيب الراوي",
       "أمس الثلاثاء", note="same sentence as R29 (cf. seeds S13/S14: visit and meeting both required)"),
    ev("R31", "offensive", ["iraqi_forces", "isis"], "2015-12-28", "day", "الرمادي (المجمع الحكومي)", [d011],
       "وكانت القوات الأمنية قد اقتحمت أمس الأول الاثنين 28 كانون الأول المجمع الحكومي وطردت منه مسلحي تنظيم داعش",
       "أمس الأول الاثنين 28 كانون الأول", note="storming of the government complex (ground offensive)"),
    ev("R32", "offensive", ["coalition", "isis"], "2015-12-29", "day", "شرقي الرمادي (حصيبة الشرقية والسجارية)", [d011],
       "شن طيران التحالف الدولي الليلة الماضية سلسلة غارات جوية على مواقع التنظيم في منطقتي حصيبة الشرقية والسجارية شرقي الرمادي",
       "الليلة الماضية", time_of_day="night",
       note="الليلة الماضية = the night before publication (29->30 Dec), annotated as 2015-12-29"),
    ev("R33", "call", ["carter", "abadi"], "2015-12-28", "day", None, [d011],
       "وكان العبادي قد تلقى مساء أمس الأول اتصالا هاتفيا من وزير الدفاع الأمريكي آشتون كارتر",
       "مساء أمس الأول", time_of_day="evening"),
    ev("R34", "offensive", ["north_korea"], "2016-02-07", "day", "كوريا الشمالية (قاعدة سوهاي)", [d012],
       "أطلقت كوريا الشمالية صباح اليوم الأحد صاروخا بعيد المدى",
       "صباح اليوم الأحد", time_of_day="morning", also=["kim_jong_un"],
       note="long-range rocket launch (missile launch counts as offensive); Kim signed the launch order"),
    ev("R35", "call", ["kerry", "yun"], "2016-02-07", "day", None, [d012],
       "أجرى وزير الخارجية الأمريكي جون كيري اتصالا هاتفيا مع نظيره الكوري الجنوبي يون بيونغ سي بعد ساعات من عملية الإطلاق",
       "بعد ساعات من عملية الإطلاق", optional=True,
       note="date only derived from the launch (and Washington was still on 6 Feb local time)"),
    ev("R36", "meeting", ["abdullah2", "ban"], "2016-02-04", "day", "لندن", [d012],
       'التقى جلالة الملك عبدالله الثاني اليوم الخميس، على هامش مؤتمر "دعم سورية والمنطقة" الذي تستضيفه العاصمة البريطانية، الأمين العام للأمم المتحدة بان كي مون',
       "اليوم الخميس (embedded article dated 4 شباط)", also=["de_mistura", "judeh"],
       note="in the second article after «اقرأ أيضا:»; اليوم resolves against its own dateline, not the file's publication date"),
]

NOT_EVENTS = [
    ev("N1", "meeting", ["muallem", "lavrov"], None, None, "نيويورك", [d001],
       "ومن المقرر أن يلتقي وزير الخارجية والمغتربين وليد المعلم نظيره الروسي سيرغي لافروف",
       "خلال الأيام القليلة المقبلة", note="planned"),
    ev("N2", "call", ["putin", "assad"], None, None, None, [d002],
       "نفى المتحدث باسم الكرملين دميتري بيسكوف أن يكون بوتين قد أجرى اتصالا هاتفيا مع الأسد",
       None, note="denied"),
    ev("N3", "visit", ["davutoglu", "germany"], "2016-01-22", "day", "برلين", [d004],
       "ومن المقرر أن يزور رئيس الوزراء أحمد داود أوغلو برلين في 22 يناير/كانون الثاني الجاري",
       "22 يناير/كانون الثاني الجاري", note="planned"),
    ev("N4", "visit", ["salman"], None, None, "القاهرة (الجامع الأزهر)", [d005],
       "ومن المقرر أن يزور خادم الحرمين الشريفين خلال الزيارة الجامع الأزهر الشريف",
       None, note="planned"),
    ev("N5", "meeting", ["sisi", "salman"], "2016-04-08", "day", "القاهرة", [d006],
       "ومن المقرر أن يعقد الزعيمان جلسة مباحثات ثانية اليوم الجمعة",
       "اليوم الجمعة", note="planned for the publication day; not reported as having happened"),
    ev("N6", "meeting", ["lavrov", "cavusoglu"], "2016-07-01", "day", "سوتشي", [d007, d008],
       "ومن المقرر أن يلتقي وزير الخارجية الروسي سيرغي لافروف نظيره التركي مولود جاويش أوغلو بعد غد الجمعة",
       "بعد غد الجمعة / غدا الجمعة", note="planned; 008: «أنه سيلتقي نظيره الروسي سيرغي لافروف غدا الجمعة في سوتشي»"),
    ev("N7", "meeting", ["erdogan", "russia"], None, None, None, [d008],
       "نفى المتحدث باسم الرئاسة التركية إبراهيم قالن أن يكون أردوغان قد التقى مسؤولين روسا بشكل سري",
       None, note="denied"),
    ev("N12", "meeting", ["putin", "erdogan"], None, None, None, [d008, d007],
       'واتفق الجانبان على اللقاء "في أقرب وقت ممكن"',
       None, note="planned, no date; 007: «الحديث عن موعد للقاء بين الرئيسين»"),
    ev("N8", "visit", ["kerry"], "2016-01-25", "day", "لاوس", [d009],
       "ومن المقرر أن يتوجه كيري غدا إلى لاوس",
       "غدا", note="planned"),
    ev("N9", "visit", ["gharsalli", "algeria"], "2015-11-16", "week", "الجزائر", [d010],
       "حول قيام وزير الداخلية ناجم الغرسلي بزيارة غير معلنة إلى الجزائر الأسبوع الماضي",
       "الأسبوع الماضي", date_end="2015-11-22", note="denied (نفى الناطق الرسمي باسم وزارة الداخلية وليد الوقيني)"),
    ev("N10", "meeting", ["unsc"], "2016-02-07", "day", "نيويورك", [d012],
       "من المقرر أن يعقد مجلس الأمن الدولي جلسة طارئة في وقت لاحق اليوم",
       "في وقت لاحق اليوم", note="planned"),
    ev("N11", "meeting", ["de_mistura"], "2016-02-25", "day", "جنيف", [d012],
       "تعليق مفاوضات جنيف حتى 25 شباط الجاري",
       "25 شباط الجاري", note="talks suspended; the resumption date is a plan, not an event"),
]

# temporal: (doc, text, value, extra)
T = []


def t(doc, text, value, **kw):
    e = {"doc": doc, "text": text, "value": value}
    e.update(kw)
    T.append(e)


t(d001, "اليوم", "2015-09-30")
t(d001, "ظهر اليوم", "2015-09-30", time_of_day="noon")
t(d001, "صباح اليوم", "2015-09-30", time_of_day="morning")
t(d001, "يوم الأحد الماضي", "2015-09-27")

t(d002, "2015-10-01", "2015-10-01")
t(d002, "أمس الأربعاء", "2015-09-30")
t(d002, "آذار/مارس 2011", "2011-03", precision="month")
t(d002, "مساء أمس", "2015-09-30", time_of_day="evening")
t(d002, "يوم الاثنين الماضي", "2015-09-28")

t(d003, "12 يناير 2016", "2016-01-12")
t(d003, "صباح اليوم الثلاثاء", "2016-01-12", time_of_day="morning")
t(d003, "في وقت لاحق من اليوم", "2016-01-12")
t(d003, "ظهر اليوم", "2016-01-12", time_of_day="noon")
t(d003, "عام 1988", "1988", precision="year")
t(d003, "10 أكتوبر/ تشرين الأول الماضي", "2015-10-10")

t(d004, "2016/1/13", "2016-01-13")
t(d004, "اليوم الأربعاء", "2016-01-13")
t(d004, "أمس", "2016-01-12")
t(d004, "اليوم", "2016-01-13")
t(d004, "صباح اليوم", "2016-01-13", time_of_day="morning")
t(d004, "مساء أمس", "2016-01-12", time_of_day="evening")
t(d004, "22 يناير/كانون الثاني الجاري", "2016-01-22")

t(d005, "29 جمادى الآخرة 1437 هـ الموافق 07 أبريل 2016 م", "2016-04-07")
t(d005, "اليوم", "2016-04-07")
t(d005, "مساء اليوم", "2016-04-07", time_of_day="evening")
t(d005, "30 يوليو 2015م", "2015-07-30")
t(d005, "ظهر اليوم", "2016-04-07", time_of_day="noon")

t(d006, "الجمعة ٨ أبريل ٢٠١٦", "2016-04-08")
t(d006, "أمس الخميس", "2016-04-07")
t(d006, "يناير ٢٠١٥", "2015-01", precision="month")
t(d006, "مساء أمس الأول الأربعاء", "2016-04-06", time_of_day="evening")
t(d006, "اليوم الجمعة", "2016-04-08")
t(d006, "نوفمبر الماضي", "2015-11", precision="month")

t(d007, "29.06.2016", "2016-06-29")
t(d007, "اليوم الأربعاء 29 يونيو/حزيران", "2016-06-29")
t(d007, "24 نوفمبر/تشرين الثاني الماضي", "2015-11-24")
t(d007, "مساء أمس", "2016-06-28", time_of_day="evening")
t(d007, "في وقت سابق اليوم", "2016-06-29")
t(d007, "يوم الاثنين", "2016-06-27")
t(d007, "بعد غد الجمعة", "2016-07-01")

t(d008, "أمس الأربعاء", "2016-06-29")
t(d008, "تشرين الثاني/نوفمبر الماضي", "2015-11", precision="month")
t(d008, "مساء الثلاثاء", "2016-06-28", time_of_day="evening")
t(d008, "غدا الجمعة", "2016-07-01")
t(d008, "الاثنين", "2016-06-27")

t(d009, "الأحد 14 ربيع الآخر 1437 هـ - 24 يناير 2016 م", "2016-01-24")
t(d009, "مساء أمس", "2016-01-23", time_of_day="evening")
t(d009, "اليوم", "2016-01-24")
t(d009, "صباح اليوم", "2016-01-24", time_of_day="morning")
t(d009, "16 يناير الجاري", "2016-01-16")
t(d009, "مساء أمس الأول الجمعة", "2016-01-22", time_of_day="evening")
t(d009, "مطلع الشهر الجاري", "2016-01", precision="month")
t(d009, "غدا", "2016-01-25")

t(d010, "26/11/2015", "2015-11-26")
t(d010, "26 نوفمبر 2015", "2015-11-26")
t(d010, "مساء أمس الأربعاء", "2015-11-25", time_of_day="evening")
t(d010, "مساء أمس الأول الثلاثاء", "2015-11-24", time_of_day="evening")
t(d010, "أمس", "2015-11-25")
t(d010, "صباح أمس", "2015-11-25", time_of_day="morning")
t(d010, "الأسبوع الماضي", "2015-11-16/2015-11-22", precision="week")
t(d010, "يوم 18 مارس الماضي", "2015-03-18")
t(d010, "يوم 26 جوان الماضي", "2015-06-26")

t(d011, "2015/12/30", "2015-12-30")
t(d011, "أمس الثلاثاء", "2015-12-29")
t(d011, "عام 2016", "2016", precision="year")
t(d011, "أمس الأول الاثنين 28 كانون الأول", "2015-12-28")
t(d011, "أيار الماضي", "2015-05", precision="month")
t(d011, "الليلة الماضية", "2015-12-29", time_of_day="night")
t(d011, "فجر اليوم", "2015-12-30", time_of_day="dawn")
t(d011, "مساء أمس الأول", "2015-12-28", time_of_day="evening")
t(d011, "الشهر الماضي", "2015-11", precision="month")

t(d012, "صباح اليوم الأحد", "2016-02-07", time_of_day="morning")
t(d012, "6 كانون الثاني (يناير) الماضي", "2016-01-06")
t(d012, "في وقت لاحق اليوم", "2016-02-07")
t(d012, "4 شباط", "2016-02-04")
t(d012, "اليوم الخميس", "2016-02-04")
t(d012, "أمس", "2016-02-03")
t(d012, "25 شباط الجاري", "2016-02-25")

ABOUT = ("Held-out reference set 'real15': 12 synthetic Arabic news articles written in the style of real "
         "2015-2016 outlets (SANA, Anadolu, SPA, Al-Ahram, RT Arabic, TAP, Alsumaria, ...) about real events and "
         "real office holders, hand-annotated independently of the extraction tool. Dates are the calendar days on "
         "which events happened, resolved against each article's own publication date (or, for a second article "
         "embedded after «اقرأ أيضا:», against that article's dateline). 'optional' events are neither required "
         "nor counted as false positives; 'not_events' are planned or denied events that must NOT be extracted.")

# ---------------------------------------------------------------- checks
WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2,
            "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6}
TOD = [("مساء", "evening"), ("صباح", "morning"), ("ظهر", "noon"), ("فجر", "dawn"), ("الليلة", "night")]


def pdate(s):
    return dt.date.fromisoformat(s)


def rel_offset(text):
    """Offset in days implied by a relative word, or None."""
    if "بعد غد" in text:
        return 2
    if re.search(r"(^|\s)غد(ا|اً)?(\s|$)", text):
        return 1
    if "أمس الأول" in text:
        return -2
    if "أمس" in text:
        return -1
    if "الليلة الماضية" in text:
        return -1
    if "اليوم" in text:
        return 0
    return None


def main():
    errors, warnings = [], []
    texts = {}
    for doc in DOCS:
        p = os.path.join(ART, doc + ".txt")
        if not os.path.exists(p):
            errors.append(f"missing article {p}")
            texts[doc] = ""
            continue
        texts[doc] = open(p, encoding="utf-8").read()
        n = len(texts[doc].split())
        if not 180 <= n <= 380:
            warnings.append(f"{doc}: {n} words")
    on_disk = sorted(f[:-4] for f in os.listdir(ART) if f.endswith(".txt"))
    if on_disk != sorted(DOCS):
        errors.append(f"article files {on_disk} != documents {sorted(DOCS)}")

    def anchors(doc, text):
        """Anchor date of every occurrence of text in doc."""
        full = texts[doc]
        segs = [(0, DOCS[doc][0])]
        for marker, d in SEGMENTS.get(doc, []):
            i = full.find(marker)
            if i < 0:
                errors.append(f"{doc}: segment marker not found: {marker}")
            else:
                segs.append((i, d))
        segs.sort()
        out = []
        for m in re.finditer(re.escape(text), full):
            a = [d for start, d in segs if start <= m.start()][-1]
            out.append(a)
        return out

    # actors
    all_text = "\n".join(texts.values())
    for k, (en, forms) in ACTORS.items():
        for f in forms:
            if f not in all_text:
                errors.append(f"actor {k}: surface form not in any article: {f}")
    used = set()
    ids = set()
    for e in EVENTS + NOT_EVENTS:
        if e["id"] in ids:
            errors.append(f"duplicate id {e['id']}")
        ids.add(e["id"])
        for k in e["actors"] + e.get("also", []):
            used.add(k)
            if k not in ACTORS:
                errors.append(f"{e['id']}: unknown actor key {k}")
        for doc in e["docs"]:
            if doc not in DOCS:
                errors.append(f"{e['id']}: unknown doc {doc}")
        if not any(e["evidence"] in texts.get(doc, "") for doc in e["docs"]):
            errors.append(f"{e['id']}: evidence not found in {e['docs']}: {e['evidence']}")
        joined = "\n".join(texts.get(doc, "") for doc in e["docs"])
        for k in e["actors"]:
            if k in ACTORS and not any(f in joined for f in ACTORS[k][1]):
                errors.append(f"{e['id']}: no surface form of actor {k} in its docs")
        if e["type"] not in {"meeting", "call", "visit", "press_conference", "offensive"}:
            errors.append(f"{e['id']}: bad type {e['type']}")
    for k in ACTORS:
        if k not in used:
            warnings.append(f"actor {k} defined but unused")

    # temporal
    tvals = {}
    for x in T:
        doc, text, value = x["doc"], x["text"], x["value"]
        if doc not in DOCS:
            errors.append(f"temporal: unknown doc {doc}")
            continue
        tvals.setdefault(doc, set()).add(value)
        occ = anchors(doc, text)
        if not occ:
            errors.append(f"temporal not a substring of {doc}: {text}")
            continue
        prec = x.get("precision", "day")
        if prec == "day":
            try:
                v = pdate(value)
            except ValueError:
                errors.append(f"{doc}: bad day value {value} for {text}")
                continue
            for w, wd in WEEKDAYS.items():
                if w in text and v.weekday() != wd:
                    errors.append(f"{doc}: weekday {w} in '{text}' does not match {value} ({v:%A})")
            off = rel_offset(text)
            if off is not None:
                ok = [a for a in occ if pdate(a) + dt.timedelta(days=off) == v]
                if not ok:
                    errors.append(f"{doc}: '{text}' = {value} inconsistent with anchor(s) {sorted(set(occ))} (offset {off})")
            tod = x.get("time_of_day")
            want = next((name for w, name in TOD if w in text), None)
            if want != tod:
                errors.append(f"{doc}: '{text}' time_of_day {tod} expected {want}")
        elif prec == "week":
            a, b = value.split("/")
            a, b = pdate(a), pdate(b)
            if a.weekday() != 0 or b - a != dt.timedelta(days=6):
                errors.append(f"{doc}: week {value} is not Monday-Sunday")
            if "الماضي" in text:
                pub = pdate(DOCS[doc][0])
                mon = pub - dt.timedelta(days=pub.weekday()) - dt.timedelta(days=7)
                if a != mon:
                    errors.append(f"{doc}: '{text}' should start {mon}")
        elif prec == "month":
            if not re.fullmatch(r"\d{4}-\d{2}", value):
                errors.append(f"{doc}: bad month value {value}")
        elif prec == "year":
            if not re.fullmatch(r"\d{4}", value):
                errors.append(f"{doc}: bad year value {value}")

    # events: day-precision date must be among its docs' temporal values
    for e in EVENTS:
        if e["precision"] == "day":
            union = set().union(*(tvals.get(d, set()) for d in e["docs"]))
            if e["date"] not in union:
                errors.append(f"{e['id']}: date {e['date']} not among temporal values of {e['docs']}")
            for d in e["docs"]:
                if e["date"] not in tvals.get(d, set()):
                    warnings.append(f"{e['id']}: date {e['date']} not a temporal value of {d} (other doc carries it)")
        elif e["precision"] == "month":
            union = set().union(*(tvals.get(d, set()) for d in e["docs"]))
            if e["date"] not in union:
                errors.append(f"{e['id']}: month {e['date']} not among temporal values")
        if e.get("time_of_day") and e["precision"] != "day":
            errors.append(f"{e['id']}: time_of_day without day precision")

    # Hijri datelines (Umm al-Qura) if hijridate is available
    try:
        from hijridate import Gregorian
        for doc, g, (hy, hm, hd) in [(d005, (2016, 4, 7), (1437, 6, 29)), (d009, (2016, 1, 24), (1437, 4, 14))]:
            h = Gregorian(*g).to_hijri()
            if (h.year, h.month, h.day) != (hy, hm, hd):
                errors.append(f"{doc}: Hijri {hd}/{hm}/{hy} != Umm al-Qura {h}")
    except ImportError:
        warnings.append("hijridate not installed: Hijri dates not re-checked")

    # ------------------------------------------------------------ write
    gold = {
        "about": ABOUT,
        "documents": {k: {"published": v[0], "published_source": v[1]} for k, v in DOCS.items()},
        "actors": {k: {"en": en, "ar": forms} for k, (en, forms) in ACTORS.items()},
        "events": EVENTS,
        "not_events": NOT_EVENTS,
        "temporal": T,
    }
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(ART, "manifest.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["doc_id", "published", "source", "url"])
        for k, v in DOCS.items():
            w.writerow([k, v[2], v[3], ""])
    # manifest consistency
    for k, v in DOCS.items():
        if v[2] and v[2] != v[0]:
            errors.append(f"{k}: manifest published {v[2]} != gold {v[0]}")

    req = [e for e in EVENTS if not e.get("optional")]
    multi = [e["id"] for e in EVENTS if len(e["docs"]) > 1]
    print(f"documents {len(DOCS)} (dateline-only {sum(1 for v in DOCS.values() if not v[2])})")
    print(f"events {len(EVENTS)}: required {len(req)}, optional {len(EVENTS) - len(req)}; multi-source {len(multi)} {multi}")
    print(f"not_events {len(NOT_EVENTS)}; temporal {len(T)}; actors {len(ACTORS)}")
    from collections import Counter
    print("types", dict(Counter(e["type"] for e in EVENTS)))
    for wmsg in warnings:
        print("WARN", wmsg)
    print("ERRORS", errors)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
