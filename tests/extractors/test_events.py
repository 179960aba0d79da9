"""Event mentions: one written sentence per construction, exact type, roles, date and status."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.article import extract_article
from schemas.articles import Article

ANCHOR = date(2017, 6, 1)  # a Thursday


def events(text: str, anchor: date | None = ANCHOR):
    reading = extract_article(Article(doc_id="t", text=text, published=anchor, published_source="test"))
    return [(m.type, sorted((a.actor_id, a.role) for a in m.actors), m.date, m.status) for m in reading.mentions]


D = date

ROWS = [
    # meeting, both named, date in the clause
    ("التقى وزير الخارجية الروسي سيرغي لافروف أمس نظيره الأمريكي ريكس تيلرسون في موسكو.",
     [("meeting", [("rex_tillerson", "participant"), ("sergey_lavrov", "participant")], D(2017, 5, 31), "asserted")]),
    # call: the one who received it is the target, the caller after من the source
    ("تلقى أمير قطر الشيخ تميم بن حمد آل ثاني، اليوم، اتصالا هاتفيا من الرئيس التركي رجب طيب أردوغان.",
     [("call", [("recep_tayyip_erdogan", "source"), ("tamim_bin_hamad", "target")],
       D(2017, 6, 1), "asserted")]),
    # call made: the subject is the source
    ("أجرى الرئيس الروسي فلاديمير بوتين الثلاثاء اتصالا هاتفيا مع الرئيس الإيراني حسن روحاني.",
     [("call", [("hassan_rouhani", "target"), ("vladimir_putin", "source")], D(2017, 5, 30), "asserted")]),
    # talks "by telephone" are a call
    ("بحث وزير الدفاع الروسي سيرغي شويغو هاتفيا مع نظيره الإيراني حسين دهقان الوضع في سوريا.",
     [("call", [("hossein_dehghan", "target"), ("sergei_shoigu", "source")], None, "asserted")]),
    # «اتصل … بـ» is a call; a plural verb of talks
    ("واتصل الرئيس الأمريكي دونالد ترامب أمس بالعاهل السعودي الملك سلمان بن عبد العزيز.",
     [("call", [("donald_trump", "source"), ("king_salman", "target")], D(2017, 5, 31), "asserted")]),
    ("وناقشوا الوزير الروسي سيرغي لافروف ونظيره الأمريكي ريكس تيلرسون أمس الأزمة السورية.",
     [("meeting", [("rex_tillerson", "participant"), ("sergey_lavrov", "participant")], D(2017, 5, 31), "asserted")]),
    # whoever an attribution names reported the talks and took no part; its date still dates them
    ("وأجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا بالرئيس التركي رجب طيب أردوغان، بحسب ما أعلن الكرملين أمس.",
     [("call", [("recep_tayyip_erdogan", "target"), ("vladimir_putin", "source")], D(2017, 5, 31), "asserted")]),
    # in talks, whoever is named after a word of purpose is the subject talked about
    ("والتقى وزير الخارجية الروسي سيرغي لافروف أمس نظيره الأمريكي ريكس تيلرسون لبحث الأزمة في سوريا والعراق.",
     [("meeting", [("rex_tillerson", "participant"), ("sergey_lavrov", "participant")], D(2017, 5, 31), "asserted")]),
    # a body of several members meets alone, by a verb or a verb of holding; not as a genitive
    ("وعقد حلف شمال الأطلسي أمس اجتماعا طارئا في بروكسل.",
     [("meeting", [("nato", "participant")], D(2017, 5, 31), "asserted")]),
    ("واجتمع مجلس الأمن الدولي أمس لبحث الهجوم على إيران.",
     [("meeting", [("unsc", "participant")], D(2017, 5, 31), "asserted")]),
    ("وتحدث الخبراء أمس عن محادثات صندوق النقد الدولي.",
     []),
    # a call received or made, «اتصالا» with no «هاتفيا»; not a number to call
    ("وقال البيان إن السيسي تلقى أمس اتصالا من ماكرون.",
     [("call", [("abdel_fattah_el_sisi", "target"), ("emmanuel_macron", "source")], D(2017, 5, 31), "asserted")]),
    ("ونشرت الوزارة أرقام الاتصال الهاتفي لمراجعيها أمس.",
     []),
    # «تحدث» with «هاتفيا» anywhere after it is a call
    ("وتحدث الرئيس الروسي فلاديمير بوتين أمس هاتفيا مع الرئيس الأمريكي دونالد ترامب.",
     [("call", [("donald_trump", "target"), ("vladimir_putin", "source")], D(2017, 5, 31), "asserted")]),
    # a reception on arrival, at the airport, is part of the visit, not a meeting
    ("ووصل الرئيس التركي رجب طيب أردوغان أمس إلى الرياض، وكان في استقباله لدى وصوله الملك سلمان بن عبد العزيز.",
     [("visit", [("SAU", "target"), ("king_salman", "participant"), ("recep_tayyip_erdogan", "source")],
       D(2017, 5, 31), "asserted")]),
    # a session is a meeting when its chair's verb comes before it, past a long subject
    ("وترأس رئيس الوزراء العراقي حيدر العبادي مساء أمس في بغداد جلسة مجلس الوزراء.",
     [("meeting", [("haider_al_abadi", "participant")], D(2017, 5, 31), "asserted")]),
    ("وتأجلت جلسة مجلس الوزراء العراقي إلى الأسبوع المقبل.",
     []),
    # «حل» is a visit only with a named place glued to ب after it, not «حل» as solving
    ("وحل الرئيس التونسي أمس بالجزائر في زيارة رسمية.",
     [("visit", [("DZA", "target"), ("beji_caid_essebsi", "source")], D(2017, 5, 31), "asserted")]),
    ("ودعا الرئيس التونسي أمس إلى حل الأزمة بالحوار بين الأطراف.",
     []),
    # host and visitor
    ("استقبل العاهل الأردني الملك عبد الله الثاني في عمان أمس الأول وزير الخارجية المصري سامح شكري.",
     [("meeting", [("abdullah_ii", "target"), ("sameh_shoukry", "source")], D(2017, 5, 30), "asserted")]),
    # visitor and the country visited ("في زيارة رسمية" tells the arrival again)
    ("وصل رئيس الوزراء العراقي حيدر العبادي مساء الأربعاء إلى الرياض في زيارة رسمية.",
     [("visit", [("SAU", "target"), ("haider_al_abadi", "source")], D(2017, 5, 31), "asserted")]),
    # a noun after the verb, behind خلال / في, is the same meeting, dated after it
    ("وبحث الرئيس الروسي فلاديمير بوتين مع نظيره الأمريكي باراك أوباما خلال لقائهما في نيويورك الاثنين الماضي الوضع في سوريا.",
     [("meeting", [("barack_obama", "participant"), ("vladimir_putin", "participant")], D(2017, 5, 29), "asserted")]),
    # attacker and target
    ("شنت طائرات التحالف الدولي فجر اليوم غارات جوية على مواقع تنظيم داعش قرب الرقة.",
     [("offensive", [("international_coalition", "source"), ("isis", "target"), ("place:raqqa", "target")], D(2017, 6, 1), "asserted")]),
    # attack verbs: shelling by a unit of a force, a missile launch, a bomb set off by a group's man
    ("ودكت وحدات من الجيش السوري أمس مواقع تنظيم جبهة النصرة في ريف حماة.",
     [("offensive", [("hts", "target"), ("place:hama", "target"), ("syrian_army", "source")], D(2017, 5, 31), "asserted")]),
    ("وأطلقت كوريا الشمالية صباح اليوم صاروخا باليستيا سقط في بحر اليابان.",
     [("offensive", [("JPN", "target"), ("PRK", "source")], D(2017, 6, 1), "asserted")]),
    ("وفجر انتحاري من تنظيم داعش سيارة مفخخة أمس قرب حاجز للجيش العراقي.",
     [("offensive", [("iraqi_armed_forces", "target"), ("isis", "source")], D(2017, 5, 31), "asserted")]),
    # the author verb before an attack noun names its author, not the genitive after it
    ("وأعلنت وزارة الدفاع الروسية أن قاذفاتها نفذت اليوم ضربات استهدفت مواقع لتنظيم داعش.",
     [("offensive", [("isis", "target"), ("russian_mod", "source")], D(2017, 6, 1), "asserted")]),
    # an attack named after its victims points back at one told before
    ("وقدم الرئيس تعازيه بضحايا التفجير.",
     []),
    # «هجوم» and «هاجم» as criticism: no arms in the sentence, no attack
    ("وشن وزير الخارجية الروسي سيرغي لافروف أمس هجوما حادا على سياسة واشنطن في المنطقة.",
     []),
    ("وهاجم الرئيس التركي رجب طيب أردوغان أمس تصريحات المستشارة الألمانية بشأن اللاجئين.",
     []),
    # the same words with arms or armed men in the sentence are an attack
    ("وهاجم مسلحون من تنظيم داعش أمس حاجزا للجيش العراقي غرب الموصل.",
     [("offensive", [("iraqi_armed_forces", "target"), ("isis", "source"), ("place:mosul", "target")], D(2017, 5, 31), "asserted")]),
    # a claim names the author of the attack before it in the sentence
    ("وكان الهجوم الذي نفذه مسلحان على المتحف يوم 18 مارس الماضي وتبناه تنظيم داعش.",
     [("offensive", [("isis", "source")], D(2017, 3, 18), "asserted")]),
    # the date between the verb and its noun dates the event, not a date later in the sentence
    ("أجرى الرئيس الروسي فلاديمير بوتين أمس الأربعاء اتصالا هاتفيا مع نظيره التركي هو الأول منذ أزمة 24 نوفمبر الماضي.",
     [("call", [("recep_tayyip_erdogan", "target"), ("vladimir_putin", "source")], D(2017, 5, 31), "asserted")]),
    # "فجر" in a date is dawn, not a blast
    ("واقتحمت القوات العراقية فجر أمس مواقع تنظيم داعش في الرمادي.",
     [("offensive", [("iraqi_armed_forces", "source"), ("isis", "target"), ("place:ramadi", "target")], D(2017, 5, 31), "asserted")]),
    # planned: future verb, and "من المقرر"
    ("ومن المقرر أن يزور وزير الخارجية الأمريكي أنقرة الأسبوع المقبل.",
     [("visit", [("TUR", "target"), ("rex_tillerson", "source")], D(2017, 6, 5), "planned")]),
    ("وسيلتقي الرئيس المصري عبد الفتاح السيسي نظيره الفرنسي في باريس.",
     [("meeting", [("abdel_fattah_el_sisi", "participant"), ("emmanuel_macron", "participant")], None, "planned")]),
    # planned across the complementizer, and by the lam of purpose
    ("ومن المقرر أن يلتقي وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني محمد جواد ظريف في موسكو.",
     [("meeting", [("mohammad_javad_zarif", "participant"), ("sergey_lavrov", "participant")], None, "planned")]),
    ("وتوجه وزير الخارجية الأمريكي ريكس تيلرسون أمس إلى جدة للقاء العاهل السعودي.",
     [("visit", [("SAU", "target"), ("place:jeddah", "target"), ("rex_tillerson", "source")], D(2017, 5, 31), "asserted"),
      ("meeting", [("king_salman", "participant"), ("rex_tillerson", "participant")], D(2017, 5, 31), "planned")]),
    # nobody visits their own country: "his visit to the United States" is not the American's
    ("والتقى ولي العهد السعودي الأمير محمد بن سلمان الرئيس الأمريكي دونالد ترامب أمس، في مستهل زيارته للولايات المتحدة.",
     [("meeting", [("donald_trump", "participant"), ("mohammed_bin_salman", "participant")], D(2017, 5, 31), "asserted"),
      ("visit", [("USA", "target"), ("donald_trump", "participant"), ("mohammed_bin_salman", "source")], D(2017, 5, 31),
       "asserted")]),
    # an arrival named by the place after it
    ("وحط الرئيس الروسي فلاديمير بوتين الرحال مساء أمس في أنقرة.",
     [("visit", [("TUR", "target"), ("vladimir_putin", "source")], D(2017, 5, 31), "asserted")]),
    # interest in a visit is not a visit
    ("وأبدى الرئيس السوري اهتماما بزيارة روسيا.",
     [("visit", [("RUS", "target"), ("bashar_al_assad", "source")], None, "planned")]),
    # talks a future verb governs, and a visit told as awaited, are planned; the visit during which talks will be held is not
    ("وسيجري وزير الخارجية الأمريكي ريكس تيلرسون مباحثات مع نظيره التركي.",
     [("meeting", [("mevlut_cavusoglu", "participant"), ("rex_tillerson", "participant")], None, "planned")]),
    ("وسيجري الرئيس الأمريكي دونالد ترامب خلال زيارته للرياض محادثات مع العاهل السعودي.",
     [("visit", [("SAU", "target"), ("donald_trump", "source")], None, "asserted"),
      ("meeting", [("SAU", "participant"), ("donald_trump", "participant"), ("king_salman", "participant")], None,
       "planned")]),
    ("وتحدث الرئيس السوري عن زيارته المرتقبة إلى روسيا.",
     [("visit", [("RUS", "target"), ("bashar_al_assad", "source")], None, "planned")]),
    # a count after استقبل, or an amount after «وصل … إلى», tells no meeting or visit
    ("واستقبل المستشفى أمس 40 مريضا.", []),
    ("وتواصل اللجنة استقبال طلبات المتقدمين حتى نهاية الشهر في الرياض.", []),
    ("ووصل عدد الزوار إلى أكثر من مليون زائر.", []),
    ("ووصل عددها إلى نحو ثلاثين.", []),
    # a matter that comes to a point, or a word behind ب, tells no visit
    ("ووصل الأمر إلى القضاء في بيروت.", []),
    ("وتحدث عن اتفاق يتعلق بحل المسائل العالقة في إيران.", []),
    # a visit to a website, a match settled on penalties: event nouns a word after them makes something else
    ("ودعت الوزارة المواطنين إلى زيارة موقعها الإلكتروني في الرياض.", []),
    ("وانتهى اللقاء بركلات الترجيح بين الفريقين في جدة.", []),
    # a stranger named by a trade or a title just before or after an event noun holds it, not the protagonist
    ("وقال المدرب فلان الفلاني في مؤتمر صحفي إن الفريق جاهز.", []),
    ("وتحدث المؤرخ عن زيارة الملك فيصل إلى بيروت قديما.", [("visit", [("LBN", "target")], None, "asserted")]),
    # the parties of a call told after «بين» are its parties, not the story's protagonist
    ("وأوضح المتحدث أن القرار جاء عقب اتصال هاتفي بين الرئيس الروسي فلاديمير بوتين والرئيس الفرنسي إيمانويل ماكرون.",
     [("call", [("emmanuel_macron", "participant"), ("vladimir_putin", "participant")], None, "asserted")]),
    # «كان» then a name the gazetteer lacks: a stranger arrived, not the story's protagonist
    ("وكان فلان الفلاني قد وصل أمس إلى موسكو.", [("visit", [("RUS", "target")], D(2017, 5, 31), "asserted")]),
    # a relative clause about someone the gazetteer lacks tells a stranger's arrival
    ("وأشرف على القرعة المسؤول الفرنسي فلان الفلاني الذي وصل إلى موسكو أمس.",
     [("visit", [("RUS", "target")], D(2017, 5, 31), "asserted")]),
    # who attacks in a relative clause: the forces of the nationality before it, or the group before that;
    # an attack verb with an object pronoun tells what was struck, not who struck
    ("وقالت المصادر إن قوات الأمن الإيرانية التي هاجمت القرية أمس انسحبت.",
     [("offensive", [("IRN", "source")], D(2017, 5, 31), "asserted")]),
    ("وقالت المصادر إن حركة الشباب الصومالية التي هاجمت القرية أمس انسحبت.",
     [("offensive", [("al_shabaab", "source")], D(2017, 5, 31), "asserted")]),
    ("وزار الوزير القرية السورية التي قصفها أمس.", []),
    # a relative clause after the event noun and its adjectives tells the event's day and place
    ("وتحدث المسؤول عن الهجوم الانتحاري الذي استهدف أمس سوقا في مدينة كركوك.",
     [("offensive", [("IRQ", "target"), ("place:kirkuk", "target"), ("suicide_bomber", "source")], D(2017, 5, 31),
       "asserted")]),
    # an attack told after «بعد» but held by its author's verb with no author named is the announcer's
    ("قالت قوات الدعم السريع إنها دخلت البلدة بعد هجوم كبير شنته أمس على مواقع الجيش السوداني.",
     [("offensive", [("rapid_support_forces", "source"), ("sudanese_armed_forces", "target")], D(2017, 5, 31),
       "asserted")]),
    # a town is a party to an attack on it, not to a meeting held there, nor a subject that calls
    ("وعقد وزير الخارجية الأمريكي اجتماعا مع نظيره التركي أمس في مدينة كوجيلو.",
     [("meeting", [("mevlut_cavusoglu", "participant"), ("rex_tillerson", "participant")], D(2017, 5, 31), "asserted")]),
    # «شنتها» holds what was launched as a pronoun: the noun before it is the event, if one it is
    ("وأوقفت الشرطة أمس عشرين شخصا في عمليات أمنية شنتها ضد عناصر مسلحة في مدينة الرقة.", []),
    # «العدوان» with no date names a war in general; an aggression told with its day is one attack
    ("وطالب الرئيس الأوكراني بمزيد من الصواريخ لصد العدوان الروسي على بلاده.", []),
    ("وتصدت الدفاعات الجوية فجر اليوم لعدوان إسرائيلي بالصواريخ على مطار دمشق.",
     [("offensive", [("ISR", "source"), ("SYR", "target"), ("place:damascus", "target")], D(2017, 6, 1), "asserted")]),
    # «استهدف» is an attack only in a sentence that speaks of arms: a study or a workshop aims at people
    ("واستهدفت الدراسة التي أجرتها الجامعة أمس مئة مدرسة في مدينة الرياض.", []),
    ("واستهدفت الزوارق الإسرائيلية أمس قاربا للصيادين قبالة مدينة غزة.",
     [("offensive", [("ISR", "source"), ("PSE", "target"), ("place:gaza", "target")], D(2017, 5, 31), "asserted")]),
    # an attack with no author named, announced by a known person, is their country's
    ("وأعلن وزير الدفاع الأمريكي جيمس ماتيس أن طائرات حربية قصفت أمس مواقع لداعش في مدينة الرقة.",
     [("offensive", [("USA", "source"), ("isis", "target"), ("place:raqqa", "target")], D(2017, 5, 31), "asserted")]),
    # a sentence opening with «وقال» and no speaker goes on with the speaker of the sentence before
    ("قال الرئيس الأمريكي دونالد ترامب إن المحادثات جيدة. وشدد ترامب على الحل. وأضاف ترامب أن بلاده تدعمه. "
     "وأكد وزير الخارجية التركي جاويش أوغلو أن الحل قريب. وقال خلال مؤتمر صحفي عقده أمس في أنقرة إن بلاده مستعدة.",
     [("press_conference", [("mevlut_cavusoglu", "participant")], D(2017, 5, 31), "asserted")]),
    # a named time behind منذ is since when a campaign runs, not the day of an attack
    ("وقصفت الطائرات الروسية مواقع لداعش يسيطر عليها منذ 2014.",
     [("offensive", [("RUS", "source"), ("isis", "target")], None, "asserted")]),
    # what happens whenever something else does is no one event
    ("وكلما وقعت أزمة اجتمع الرئيس الأمريكي دونالد ترامب مع الرئيس الفرنسي.",
     [("meeting", [("donald_trump", "participant"), ("emmanuel_macron", "participant")], None, "hypothetical")]),
    # penalties in a match are no strikes
    ("وتأهل الفريق بعد فوزه بضربات الجزاء الترجيحية في القاهرة.", []),
    # a press conference put before the main clause is held by its speaker
    ("وفي ندوة صحفية عقدها صباح اليوم، أكد وزير الخارجية الأردني أيمن الصفدي أن الحل سياسي.",
     [("press_conference", [("ayman_safadi", "participant")], D(2017, 6, 1), "asserted")]),
    # what was said at a press conference does not take part in it
    ("وعقد وزير الخارجية الروسي سيرغي لافروف ونظيره التركي مولود جاويش أوغلو مؤتمرا صحفيا مشتركا أمس أكدا فيه "
     "رفضهما قرار الرئيس الأمريكي دونالد ترامب بشأن القدس.",
     [("press_conference", [("mevlut_cavusoglu", "participant"), ("sergey_lavrov", "participant")], D(2017, 5, 31),
       "asserted")]),
    # a summit someone held is a meeting; a summit talked about is not
    ("وكان كيم ومون قد عقدا أمس قمة تاريخية في بانمونجوم.",
     [("meeting", [("kim_jong_un", "participant"), ("moon_jae_in", "participant")], D(2017, 5, 31), "asserted")]),
    ("وتحدث الرئيس الأمريكي دونالد ترامب عن قمة مع الزعيم الكوري الشمالي.",
     []),
    # the occasion of a meeting is not an event told (nor does it cut the meeting's clause)
    ("واجتمع وزير الدفاع الأمريكي مع نظيره التركي على هامش قمة الناتو في بروكسل أمس.",
     [("meeting", [("fikri_isik", "participant"), ("jim_mattis", "participant"), ("nato", "participant")],
       D(2017, 5, 31), "asserted")]),
    # a round of talks is not a tour, nor is the tenth round of a process
    ("وعقد مسار أستانا جولته العاشرة في سوتشي نهاية تموز الماضي.",
     []),
    ("واقترح الوسطاء عقد جولة جديدة من المفاوضات في جنيف.",
     []),
    # denied
    ("ونفى المتحدث أن يكون الوزير قد التقى بمسؤولين إسرائيليين.",
     []),
    # an item of a list of past years tells its own subject, not the one of the item before
    ("2001 - الرئيس الفرنسي إيمانويل ماكرون يتخرج من الجامعة.\n2004 - رحالة مجهول يزور موسكو على دراجة.",
     [("visit", [("RUS", "target")], D(2004, 1, 1), "asserted")]),
    # what did not happen, or was kept from happening
    ("وانتهى التجمع أمس في بغداد دون وقوع أي اشتباكات مع الجيش العراقي.",
     [("offensive", [("iraqi_armed_forces", "participant"), ("place:baghdad", "target")], D(2017, 5, 31), "denied")]),
    ("وتعمل الشرطة التركية على منع وقوع هجمات لتنظيم داعش في إسطنبول.",
     [("offensive", [("TUR", "target"), ("isis", "source"), ("place:istanbul", "target")], None, "denied")]),
    # attacking someone in a statement is words; attacks someone is behind are a record, not one attack
    ("وانتقد المتحدث تصريحات الرئيس التركي رجب طيب أردوغان التي هاجم فيها الحكومة العراقية وسط تحذيرات من الإرهاب.",
     []),
    ("وقالت الشرطة التركية أمس إنها اعتقلت خمسة مسلحين يقفون وراء هجمات في إسطنبول.",
     []),
    # what was said on a day "during a meeting" was said at it: the meeting takes that day
    ("وقال الرئيس الروسي فلاديمير بوتين للرئيس التركي رجب طيب أردوغان أمس خلال لقاء جمعهما حول بطولة 2030 "
     "إن التعاون مستمر.",
     [("meeting", [("recep_tayyip_erdogan", "participant"), ("vladimir_putin", "participant")], D(2017, 5, 31),
       "asserted")]),
    # a visit wished for has not happened
    ("وتمنى رئيس البلدية زيارة الرئيس الأمريكي باراك أوباما إلى نيروبي.",
     [("visit", [("KEN", "target"), ("barack_obama", "source")], None, "planned")]),
    # a visit one is invited to, and attacks expected in the coming hours, are to come
    ("ودعا الرئيس اليمني عبدربه منصور هادي خلال لقائه أمس في الرياض المبعوث الأممي إسماعيل ولد الشيخ أحمد، إلى زيارة تعز.",
     [("meeting", [("abdrabbuh_mansur_hadi", "participant"), ("ismail_ould_cheikh_ahmed", "participant")],
       D(2017, 5, 31), "asserted"),
      ("visit", [("YEM", "target"), ("abdrabbuh_mansur_hadi", "source"), ("ismail_ould_cheikh_ahmed", "participant"),
                 ("place:taiz", "target")], D(2017, 5, 31), "planned")]),
    ("ويتوقع السكان غارات جديدة على مواقع الحوثيين في تعز خلال الساعات المقبلة.",
     [("offensive", [("houthis", "target"), ("place:taiz", "target")], D(2017, 6, 1), "planned")]),
    # a visit told as the setting of the sentence, with no destination of its own, went to the country named before
    ("ورحب وزير الخارجية الأمريكي أنتوني بلينكن أمس بالمحادثات التي تستضيفها مصر، وذلك خلال زيارة أشاد فيها بالجهود.",
     [("meeting", [("EGY", "participant"), ("antony_blinken", "participant")], D(2017, 5, 31), "asserted"),
      ("visit", [("EGY", "target"), ("antony_blinken", "source")], D(2017, 5, 31), "asserted")]),
    # a visit to a country named in its formal form («جمهورية المالديف») goes there, as to «المالديف»
    ("وصل وزير الخارجية الأمريكي ريكس تيلرسون أمس إلى جمهورية المالديف في زيارة رسمية.",
     [("visit", [("MDV", "target"), ("rex_tillerson", "source")], D(2017, 5, 31), "asserted")]),
    # «إلى خارج …» is away from the country, not a visit to it
    ("ويتوجه الرئيس الأمريكي دونالد ترامب غدا إلى خارج الولايات المتحدة في إجازة خاصة.",
     [("visit", [("donald_trump", "source")], D(2017, 6, 2), "planned")]),
    # a city receiving planes, aid or a shipment holds no meeting
    ("التقى الرئيس اليمني عبدربه منصور هادي أمس المبعوث الأممي إسماعيل ولد الشيخ أحمد. وأكد أن المدينة تستقبل الطائرات "
     "القادمة من الرياض.",
     [("meeting", [("abdrabbuh_mansur_hadi", "participant"), ("ismail_ould_cheikh_ahmed", "participant")],
       D(2017, 5, 31), "asserted")]),
    # words of arms count behind the article or a glued preposition («الطائرات», «للحوثيين»)
    ("وشنت الطائرات الأمريكية أمس ضربات على أهداف للحوثيين في اليمن.",
     [("offensive", [("USA", "source"), ("houthis", "target")], D(2017, 5, 31), "asserted")]),
    # drones or missiles shot down: their side attacked, the side that shot them down was attacked
    ("وأعلنت وزارة الدفاع الروسية أن قواتها أسقطت أمس 25 مسيرة أوكرانية فوق مقاطعة كورسك.",
     [("offensive", [("UKR", "source"), ("place:kursk", "target"), ("russian_mod", "target")], D(2017, 5, 31),
       "asserted")]),
    ("واعترضت الدفاعات الجوية السعودية أمس صاروخا باليستيا أطلقته ميليشيا الحوثي باتجاه مدينة جازان.",
     [("offensive", [("SAU", "target"), ("houthis", "source"), ("place:jazan", "target")], D(2017, 5, 31), "asserted")]),
    ("وأسقطت المحكمة التهم عن المتهمين.", []),
    # «عمان» in an article about Jordan is Amman (its king coming home is no visit); else Oman
    ("وصل العاهل الأردني الملك عبدالله الثاني إلى عمان أمس قادما من واشنطن.", []),
    ("وصل وزير الخارجية الإيراني محمد جواد ظريف إلى عمان أمس.",
     [("visit", [("OMN", "target"), ("mohammad_javad_zarif", "source")], D(2017, 5, 31), "asserted")]),
    # who a call is reported by («وفق الإليزيه») takes no part in it
    ("وأجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا بنظيره الإيراني، الثلاثاء، وفق الإليزيه.",
     [("call", [("emmanuel_macron", "source"), ("hassan_rouhani", "target")], D(2017, 5, 30), "asserted")]),
    # a nationality in the dual names the attacker
    ("وقصف جنديان إسرائيليان أمس مواقع لحزب الله في جنوب لبنان.",
     [("offensive", [("ISR", "source"), ("hezbollah", "target"), ("place:south_lebanon", "target")], D(2017, 5, 31),
       "asserted")]),
    # a nationality after negotiators or officials is their country, a party to the talks
    ("وقال مسؤول أمريكي إن المبعوث ستيف ويتكوف التقى المفاوضين الروس في ميامي يوم السبت.",
     [("meeting", [("RUS", "participant"), ("steve_witkoff", "participant")], D(2017, 5, 27), "asserted")]),
    # an animal's attack is no offensive
    ("وأصيب سباح بجروح بعد أن هاجمته سمكة قرش أمس قبالة سواحل أستراليا.", []),
    # talks a party disowns are denied
    ("وتنصل المتحدث الرسمي باسم طالبان من إجراء محادثات سلام مع حكومة كابول.",
     [("meeting", [("AFG", "participant"), ("taliban", "participant")], None, "denied")]),
    # a threat to attack is not an attack
    ("وكان قائد الميليشيا قد هدد بقصف مواقع الجيش العراقي في الأنبار.",
     [("offensive", [("iraqi_armed_forces", "target"), ("place:anbar", "target")], None, "hypothetical")]),
    # a protection from an attack supposes it, does not tell it
    ("ودعا الوزير إلى حماية المدنيين في حلب من قصف الجيش السوري.",
     [("offensive", [("civilians", "target"), ("place:aleppo", "target"), ("syrian_army", "source")], None, "hypothetical")]),
    # title-only reference resolves on the article's day
    ("اجتمع وزير الدفاع الأمريكي أمس مع نظيره التركي في بروكسل.",
     [("meeting", [("fikri_isik", "participant"), ("jim_mattis", "participant")], D(2017, 5, 31), "asserted")]),
    # the talks named by a noun after the statement they frame: the speaker is a party
    ("وأكد وزير الخارجية الروسي سيرغي لافروف خلال اتصال هاتفي أجراه مع نظيره الأمريكي ريكس تيلرسون أمس دعم الحل السياسي.",
     [("call", [("rex_tillerson", "target"), ("sergey_lavrov", "source")], D(2017, 5, 31), "asserted")]),
    # "a call he received from": the speaker was called
    ("وأكد الرئيس المصري عبد الفتاح السيسي في اتصال هاتفي تلقاه من الرئيس الفرنسي أمس دعم بلاده للحل السياسي.",
     [("call", [("abdel_fattah_el_sisi", "target"), ("emmanuel_macron", "source")], D(2017, 5, 31), "asserted")]),
    # two parties joined before a verb of talks, the kind named later: one call
    ("وبحث الرئيس المصري عبد الفتاح السيسي والرئيس الفرنسي أمس العلاقات الثنائية في اتصال هاتفي.",
     [("call", [("abdel_fattah_el_sisi", "source"), ("emmanuel_macron", "target")], D(2017, 5, 31), "asserted")]),
    # two parties joined before a verb of talks, no kind named: a meeting
    ("وبحث وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي ريكس تيلرسون أمس الوضع في سوريا.",
     [("meeting", [("rex_tillerson", "participant"), ("sergey_lavrov", "participant")], D(2017, 5, 31), "asserted")]),
    ("وتباحث وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي ريكس تيلرسون أمس حول الوضع في سوريا.",
     [("meeting", [("rex_tillerson", "participant"), ("sergey_lavrov", "participant")], D(2017, 5, 31), "asserted")]),
    ("واستعرض وزير الخارجية الروسي سيرغي لافروف مع نظيره الأمريكي ريكس تيلرسون أمس العلاقات الثنائية.",
     [("meeting", [("rex_tillerson", "participant"), ("sergey_lavrov", "participant")], D(2017, 5, 31), "asserted")]),
    # a verb of talks behind the article is its verbal noun, not talks held
    ("وأكد وزير الخارجية الروسي سيرغي لافروف أهمية التباحث مع نظيره الأمريكي ريكس تيلرسون.",
     []),
    # a telephone interview with a newspaper is not a call between actors
    ("وقال وزير الخارجية الروسي سيرغي لافروف في اتصال هاتفي مع «الصحيفة» أمس إن الحل سياسي.",
     []),
    # a friendly match is not a meeting
    ("وفاز الفريق في لقاء ودي أمس على منافسه بثلاثة أهداف أمام الرئيس المصري عبد الفتاح السيسي.",
     []),
    # «وصل» that is not a journey: a share, an amount
    ("ووصلت نسبة المشاركة أمس إلى نصف الناخبين بحضور الرئيس المصري عبد الفتاح السيسي.",
     []),
    ("ووصل الرئيس المصري عبد الفتاح السيسي أمس إلى 40 في المئة من الأصوات.",
     []),
    # «وصل إلى ما …» reaches a state, not a place
    ("وقال الرئيس الفرنسي إن البلدين وصلا إلى ما يشبه الاتفاق.",
     []),
    # a visit by someone named by an office the gazetteer lacks is not the story's protagonist's
    ("وقال الرئيس المصري عبد الفتاح السيسي إن الوضع مستقر. وأشاد الأهالي بزيارة مدير الجامعة للقرية أمس.",
     []),
    # a delegation of an organisation travels for it
    ("ووصل وفد من منظمة الصحة العالمية أمس إلى مدينة عدن.",
     [("visit", [("YEM", "target"), ("place:aden", "target"), ("who", "source")], D(2017, 5, 31), "asserted")]),
    # a team of an organisation pointed back at ("فريق من المركز") travels for it
    ("وأرسل مركز الملك سلمان للإغاثة مساعدات. ووصلت أمس طائرة إلى مدينة عدن وعلى متنها فريق من المركز.",
     [("visit", [("YEM", "target"), ("ksrelief", "source"), ("place:aden", "target")], D(2017, 5, 31), "asserted")]),
    # "the first since": the date bounds, it does not date; "منذ ثلاثة أيام" alone dates
    ("والتقى الرئيس المصري عبد الفتاح السيسي الرئيس الفرنسي في أول لقاء بينهما منذ عامين.",
     [("meeting", [("abdel_fattah_el_sisi", "participant"), ("emmanuel_macron", "participant")], None, "asserted")]),
    ("وأجرى الرئيس المصري عبد الفتاح السيسي منذ ثلاثة أيام اتصالا هاتفيا مع الرئيس الفرنسي.",
     [("call", [("abdel_fattah_el_sisi", "source"), ("emmanuel_macron", "target")], D(2017, 5, 29), "asserted")]),
    # a visit long past is background: not dated by the story's day, only by its own date
    ("ووصل الرئيس الفرنسي أمس إلى القاهرة في أول زيارة منذ زيارته الأخيرة للمنطقة.",
     [("visit", [("EGY", "target"), ("emmanuel_macron", "source")], D(2017, 5, 31), "asserted"),
      ("visit", [("emmanuel_macron", "source")], None, "asserted")]),
    ("ووصل الرئيس الفرنسي أمس إلى القاهرة، في أول زيارة منذ زيارته الأخيرة في عام 2010.",
     [("visit", [("EGY", "target"), ("emmanuel_macron", "source")], D(2017, 5, 31), "asserted"),
      ("visit", [("emmanuel_macron", "source")], D(2010, 1, 1), "asserted")]),
    # a named date after a later «منذ» in the clause is the older event's, a relative day the story's
    ("وشن المسلحون الأحد أعنف هجوم على الجيش منذ انسحابه من المدينة في مارس الماضي.",
     [("offensive", [("gunmen", "source")], D(2017, 5, 28), "asserted")]),
    ("ووصل الرئيس الفرنسي في أول زيارة منذ توليه منصبه إلى القاهرة يوم الثلاثاء.",
     [("visit", [("EGY", "target"), ("emmanuel_macron", "source")], D(2017, 5, 30), "asserted")]),
    ("ووصل الرئيس الفرنسي إلى القاهرة في أول زيارة منذ توليه منصبه في مايو الماضي.",
     [("visit", [("EGY", "target"), ("emmanuel_macron", "source")], None, "asserted")]),
    # after «قبل أن» the imperfect takes its tense from the day told
    ("وأجرى سيرغي لافروف محادثات في موسكو قبل أن يتوجه إلى القاهرة أمس.",
     [("meeting", [("sergey_lavrov", "participant")], None, "asserted"),
      ("visit", [("EGY", "target"), ("sergey_lavrov", "source")], D(2017, 5, 31), "asserted")]),
    ("وسيعقد وزير الخارجية الروسي سيرغي لافروف مؤتمرا صحفيا قبل أن يتوجه إلى القاهرة.",
     [("press_conference", [("sergey_lavrov", "participant")], None, "planned"),
      ("visit", [("EGY", "target"), ("sergey_lavrov", "source")], None, "planned")]),
    # «أنه قصف أهدافا لـ…»: the one who announced struck, what follows the struck noun was struck
    ("أعلن الجيش الإسرائيلي أنه قصف أهدافا لحركة حماس في قطاع غزة.",
     [("offensive", [("hamas", "target"), ("israeli_army", "source"), ("place:gaza_strip", "target")], None, "asserted")]),
    # a capital opening the dateline is where the story was filed, not its country acting
    ("بيروت - شنت طائرات حربية إسرائيلية غارات على بلدات في البقاع اليوم.",
     [("offensive", [("ISR", "source"), ("LBN", "target"), ("place:bekaa", "target")], D(2017, 6, 1), "asserted")]),
    # an exchange of fire is a clash between the two sides; an exchange of accusations is not
    ("وتبادل الجيشان الهندي والباكستاني إطلاق النار على طول خط المراقبة في كشمير أمس.",
     [("offensive", [("IND", "participant"), ("PAK", "participant"), ("place:kashmir", "target")], D(2017, 5, 31), "asserted")]),
    ("وتبادل الجانبان الهندي والباكستاني الاتهامات بشأن خرق الهدنة أمس.", []),
    # a round of talks is a meeting; a proposed one a plan
    ("وانطلقت في مسقط اليوم جولة جديدة من المفاوضات بين إيران والولايات المتحدة.",
     [("meeting", [("IRN", "participant"), ("USA", "participant")], D(2017, 6, 1), "asserted")]),
    ("وتقترح روسيا وتركيا عقد جولة جديدة من المفاوضات بين الحكومة السورية والمعارضة السورية.",
     [("meeting", [("RUS", "participant"), ("TUR", "participant"), ("syrian_government", "participant"),
                   ("syrian_opposition", "participant")], None, "planned")]),
    # fire from a country is that country's attack, not the reporter's
    ("وأفاد الدفاع المدني أمس بسقوط مقذوفات من جهة الأراضي اليمنية فوق حي سكني في مدينة نجران، بحسب المتحدث سامي الفلاني.",
     [("offensive", [("SAU", "target"), ("YEM", "source"), ("place:najran", "target")], D(2017, 5, 31), "asserted")]),
    # a verb's letters before what folding made ه from ة are a noun («باب حطة»), not the verb with a pronoun
    ("وأغلقت الشرطة باب حطة أمام المصلين في القدس.", []),
    # a thing that arrives is no traveller, and no one named before it travelled; a ship of aid carries its sender
    ("وقال الرئيس التركي رجب طيب أردوغان إن الوضع صعب، ووصلت الشاحنات إلى الحدود السورية أمس.", []),
    ("وتصل العقوبات في القانون الجديد إلى السجن المؤبد.", []),
    ("ووزير الخارجية الأمريكي يزور الشرق الأوسط بعد انهيار الحكومة.",  # after a verb of visiting: what it visits
     [("visit", [("rex_tillerson", "source")], None, "planned")]),
    ("وقال وزير الخارجية الروسي سيرغي لافروف إنه وصل اليوم إلى القاهرة.",
     [("visit", [("EGY", "target"), ("sergey_lavrov", "source")], D(2017, 6, 1), "asserted")]),
    # a building the gazetteer lacks is where a visit went, not enough for a visit alone, and holds no talks
    ("وزار وزير الخارجية الأمريكي ريكس تيلرسون أمس مستشفى النهضة في مسقط.",
     [("visit", [("OMN", "target"), ("place:f:مستشفي_النهضه", "target"), ("rex_tillerson", "source")],
       D(2017, 5, 31), "asserted")]),
    ("ومن المستشفيات التي زارتها الفنانة مستشفى النهضة.", []),
    ("وقال المدير إن اللقاء عقد أمس في مقر جمعية الثقافة.", []),
    # a body the gazetteer lacks may travel, but holds no talks and meets alone in no event
    ("وزار أعضاء لجنة أصدقاء المرضى أمس مستشفى النهضة.",
     [("visit", [("body:لجنه_اصدقاء_المرضي", "source"), ("place:f:مستشفي_النهضه", "target")], D(2017, 5, 31), "asserted")]),
    ("وعقدت لجنة المسابقات اجتماعها أمس.", []),
    ("وبحثت إدارة النادي مع لجنة المسابقات أمس جدول المباريات.", []),
    # an attack on a state's forces with no author named is by the one armed group the story named before it; by none of two
    ("وقتل عشرات من عناصر تنظيم داعش في معارك غرب العراق. وقتل ثمانية يحملون أحزمة ناسفة أثناء محاولتهم الهجوم على القوات العراقية أمس.",
     [("offensive", [("iraqi_armed_forces", "target"), ("isis", "source")], D(2017, 5, 31), "asserted")]),
    ("وتبادل الحوثيون وتنظيم داعش الاتهامات. وقتل ثمانية يحملون أحزمة ناسفة أثناء محاولتهم الهجوم على القوات العراقية أمس.",
     [("offensive", [("iraqi_armed_forces", "target")], D(2017, 5, 31), "asserted")]),
    # a verb's talks run on past the visit told as their setting: the partner after it is the verb's, not the visit's
    ("وبحث وزير الخارجية الأمريكي ريكس تيلرسون خلال زيارته أمس مع وزير الخارجية الأردني أيمن الصفدي سبل التعاون.",
     [("meeting", [("ayman_safadi", "participant"), ("rex_tillerson", "participant")], D(2017, 5, 31), "asserted"),
      ("visit", [("rex_tillerson", "source")], D(2017, 5, 31), "asserted")]),
    # a verb whose subject right after it is a former holder the gazetteer names no one for: no one it knows did it
    ("وكان وزير الخارجية الأمريكي ريكس تيلرسون قد أشاد بالعلاقات، حين زار الرئيس المصري الأسبق القدس.",
     [("visit", [("PSE", "target"), ("place:jerusalem", "target")], None, "asserted")]),
    # who condemns an attack takes no part in it
    ("ونددت الولايات المتحدة الجمعة بالهجوم الإرهابي على قرية دوما.",
     [("offensive", [("SYR", "target"), ("place:douma", "target")], D(2017, 5, 26), "asserted")]),
    ("ودانت قوات الدفاع الشعبي في بيان القصف التركي أمس.",  # but the attack's own nationality is its author
     [("offensive", [("TUR", "source")], D(2017, 5, 31), "asserted")]),
    # a landing with its traveller's pronoun is a visit («لدى هبوطه في»)
    ("وقال رئيس الوزراء البريطاني ديفيد كاميرون لدى هبوطه في إندونيسيا أمس إن التجارة مهمة.",
     [("visit", [("IDN", "target"), ("david_cameron", "source")], D(2017, 5, 31), "asserted")]),
    # sessions or a round of dialogue are talks; a «جلسة حوارية» at a forum is not
    ("وعقد وزير الخارجية الأمريكي ريكس تيلرسون ونظيره المصري سامح شكري أمس جلسات الحوار الاستراتيجي بين البلدين.",
     [("meeting", [("rex_tillerson", "participant"), ("sameh_shoukry", "participant")], D(2017, 5, 31), "asserted")]),
    ("وخصص الملتقى جلسة حوارية لوزير الخارجية الأمريكي ريكس تيلرسون أمس.", []),
    # talks something still needs have not been held
    ("وقال إن الملفات العالقة بين العراق والكويت ما زالت بحاجة إلى مباحثات لحسمها.",
     [("meeting", [("IRQ", "participant"), ("KWT", "participant")], None, "hypothetical")]),
    # a person behind «لـ» after a visit noun, with «إلى» a destination after them, is the visitor
    ("ووقعت الهجمات خلال زيارة للرئيس الأمريكي دونالد ترامب إلى باريس.",
     [("visit", [("FRA", "target"), ("donald_trump", "source")], None, "asserted")]),
    # an animal that storms a place attacks no one a timeline tracks
    ("واقتحم نمر مدرسة في جنوب الهند أمس.", []),
    # arson by settlers is an attack; setting oneself on fire is not
    ("وأضرم مستوطنون النار في منزل بقرية عقربا فجر اليوم.",
     [("offensive", [("israeli_settlers", "source"), ("place:x:عقربا", "target")], D(2017, 6, 1), "asserted")]),
    ("وأضرم شاب النار في نفسه أمام مبنى البلدية.", []),
    ("وقال الشاعر إن وزير الخارجية الروسي سيرغي لافروف سبق له أن زار القاهرة.",
     [("visit", [("EGY", "target"), ("sergey_lavrov", "source")], None, "asserted")]),
    # surname-only second mention of a person the gazetteer lacks
    ("وقال محافظ نينوى نوفل العاكوب إن المدينة آمنة. والتقى العاكوب أمس قائد الشرطة.",
     [("meeting", [("x:نوفل_العاكوب", "participant")], D(2017, 5, 31), "asserted")]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_event_mentions(text, expected):
    assert events(text) == expected


def test_an_attendee_joins_the_meeting_told_before():
    from extractors.merge import merge_events

    text = ("استقبل العاهل الأردني الملك عبد الله الثاني أمس في عمان وزير الخارجية الأمريكي ريكس تيلرسون. "
            "وحضر اللقاء وزير الخارجية أيمن الصفدي.")
    reading = extract_article(Article(doc_id="t", text=text, published=ANCHOR))
    [event] = merge_events(list(reading.mentions))
    assert sorted(a.actor_id for a in event.actors) == ["abdullah_ii", "ayman_safadi", "rex_tillerson"]
    assert event.date == D(2017, 5, 31)


def test_a_claim_adds_its_author_to_the_attack_told_before():
    from extractors.merge import merge_events

    text = ("وفجر انتحاري نفسه صباح أمس في سوق شعبي ببغداد. "
            "وتبنى تنظيم داعش الهجوم في بيان نشره اليوم.")
    reading = extract_article(Article(doc_id="t", text=text, published=ANCHOR))
    [event] = merge_events(list(reading.mentions))
    assert (event.date, sorted((a.actor_id, a.role) for a in event.actors)) == (
        D(2017, 5, 31), [("IRQ", "target"), ("isis", "source"), ("place:baghdad", "target"), ("suicide_bomber", "source")])


def test_undated_attacks_by_one_group_in_two_articles_stay_apart():
    from extractors.merge import merge_events

    one = extract_article(Article(doc_id="a", text="وتبنى تنظيم داعش هجوما على حاجز في الموصل.", published=ANCHOR))
    two = extract_article(Article(doc_id="b", text="وشن تنظيم داعش هجوما على قرية في الرقة.", published=ANCHOR))
    assert len(merge_events(list(one.mentions) + list(two.mentions))) == 2


def test_an_attended_meeting_of_its_own_is_an_event():
    text = "وحضر الوزير الاجتماع الأول لمجلس التنسيق السعودي العراقي أمس في الرياض برئاسة العاهل السعودي."
    reading = extract_article(Article(doc_id="t", text=text, published=ANCHOR))
    assert [(m.type, m.joins) for m in reading.mentions] == [("meeting", False)]


def test_the_date_is_carried_to_the_next_sentence_of_the_story():
    text = "وصل الرئيس التركي رجب طيب أردوغان أمس إلى تونس. والتقى الرئيس الباجي قائد السبسي في قصر قرطاج."
    assert [m[2] for m in events(text)] == [D(2017, 5, 31), D(2017, 5, 31)]


def test_a_vague_time_stops_the_carried_date():
    text = "التقى لافروف أمس تيلرسون في موسكو. وكانت طائرات روسية قد قصفت في الآونة الأخيرة مواقع قرب إدلب."
    assert [(m[0], m[2]) for m in events(text)] == [("meeting", D(2017, 5, 31)), ("offensive", None)]


def test_an_event_without_a_date_stays_undated():
    assert [m[2] for m in events("التقى لافروف تيلرسون في موسكو.")] == [None]


def test_a_meeting_during_a_visit_is_marked():
    text = "التقى تيلرسون العبادي خلال زيارة إلى بغداد."
    reading = extract_article(Article(doc_id="t", text=text, published=ANCHOR))
    assert [(m.type, m.during_visit) for m in reading.mentions] == [("meeting", True), ("visit", False)]


@pytest.mark.parametrize("text,kind,anaphoric", [
    # a definite attack a few words after a verb of condemnation is one told before, not the condemner's
    ("ونددت فرنسا وألمانيا السبت بالهجوم الذي أسفر عن جرح ثلاثة جنود في إدلب.", "offensive", True),
    ("واستنكر الرئيس الفلسطيني محمود عباس مساء أمس الهجوم المسلح على حاجز للجيش الإسرائيلي.", "offensive", True),
    # an attack told for the first time, after the condemnation of something else
    ("وأدان الرئيس التصريحات، فيما شن مسلحون أمس هجوما على حاجز للجيش في سيناء.", "offensive", False),
    # a definite noun alone points back; with a relative clause that holds it, it tells the event whole
    ("وأشاد وزير الخارجية الأمريكي ريكس تيلرسون بالزيارة ونتائجها.", "visit", True),
    ("وأشاد المحللون بالزيارة التي قام بها وزير الخارجية الأمريكي ريكس تيلرسون للقاهرة أمس.", "visit", False),
    ("وكشفت مصادر تفاصيل الاجتماع المغلق الذي عقده وزير الخارجية الأمريكي ريكس تيلرسون أمس.", "meeting", False),
])
def test_a_definite_event_noun_points_back_unless_told_whole(text, kind, anaphoric):
    reading = extract_article(Article(doc_id="t", text=text, published=ANCHOR))
    assert [(m.type, m.anaphoric) for m in reading.mentions] == [(kind, anaphoric)]



VAGUE_BESIDE_SHARP = [  # a vague time dates an event only when its clause names no sharper day
    ("التقى لافروف حاليا تيلرسون أمس في موسكو.", D(2017, 5, 31)),
    ("التقى لافروف منذ سنوات تيلرسون الثلاثاء في موسكو.", D(2017, 5, 30)),
    ("التقى لافروف تيلرسون في موسكو خلال الأيام القليلة الماضية.", D(2017, 5, 25)),
]


@pytest.mark.parametrize("text,day", VAGUE_BESIDE_SHARP)
def test_a_vague_time_never_outranks_a_sharper_one(text, day):
    assert [m[2] for m in events(text)] == [day]


def test_a_vague_present_keeps_the_carried_date():
    text = "التقى لافروف أمس تيلرسون في موسكو. ويقيم الوزير حاليا في الفندق. والتقى لافروف وزير الدفاع سيرغي شويغو."
    assert [(m[0], m[2]) for m in events(text)] == [("meeting", D(2017, 5, 31))] * 2


@pytest.mark.parametrize("between", ["ولم تعلن نتائج المحادثات حتى الآن.", "ويقيم الوزير في المدينة منذ يومين."])
def test_a_date_that_bounds_a_duration_is_not_carried(between):
    text = f"التقى لافروف أمس تيلرسون في موسكو. {between} والتقى لافروف وزير الدفاع سيرغي شويغو."
    assert {m[2] for m in events(text)} == {D(2017, 5, 31)}


# Offensives: one written sentence per way the news tells who struck whom.
OFFENSIVE_ROWS = [
    # the attacker by a nationality on the act; the place struck gives the target
    ("قتل ثلاثة أشخاص أمس في غارات إسرائيلية على ريف دمشق.",
     [("offensive", [("ISR", "source"), ("SYR", "target"), ("place:rif_dimashq", "target")], D(2017, 5, 31), "asserted")]),
    # the attacker by a force's own name, or by a force noun and a nationality
    ("وشنت قوات الحشد الشعبي أمس هجوما على مواقع تنظيم داعش غرب الموصل.",
     [("offensive", [("isis", "target"), ("place:mosul", "target"), ("pmf", "source")], D(2017, 5, 31), "asserted")]),
    ("وقصف الجيش الليبي أمس مواقع لمسلحين قرب درنة.",
     [("offensive", [("LBY", "source"), ("place:derna", "target")], D(2017, 5, 31), "asserted")]),
    # an attack told by the weapon: drones
    ("وشنت إسرائيل أمس هجوما بطائرات مسيرة على مواقع لحزب الله في جنوب لبنان.",
     [("offensive", [("ISR", "source"), ("hezbollah", "target"), ("place:south_lebanon", "target")], D(2017, 5, 31), "asserted")]),
    ("وأعلن الجيش الروسي إحباط هجوم بمسيرات أوكرانية على شبه جزيرة القرم أمس.",
     [("offensive", [("UKR", "source"), ("place:crimea", "target"), ("russian_armed_forces", "participant")], D(2017, 5, 31), "asserted")]),
    # the author after «من قبل», and behind a relative verb («شنتها») in a force noun's name
    ("وتعرضت بلدة في محافظة الضالع أمس لقصف من قبل الحوثيين بالهاون.",
     [("offensive", [("houthis", "source"), ("place:dhale", "target")], D(2017, 5, 31), "asserted")]),
    ("وقتل خمسة أشخاص أمس في غارات شنتها طائرات التحالف العربي على صنعاء.",
     [("offensive", [("YEM", "target"), ("place:sanaa", "target"), ("saudi_led_coalition", "source")], D(2017, 5, 31), "asserted")]),
    # clashes: both sides take part
    ("واندلعت اشتباكات عنيفة أمس بين المقاومة الشعبية وميليشيات الحوثي في تعز.",
     [("offensive", [("houthis", "participant"), ("place:taiz", "target"), ("popular_resistance", "participant")], D(2017, 5, 31), "asserted")]),
    ("واشتبكت وحدات حماية الشعب الكردية أمس مع مسلحي تنظيم داعش قرب الحسكة.",
     [("offensive", [("isis", "participant"), ("place:hasakah", "target"), ("ypg", "participant")], D(2017, 5, 31), "asserted")]),
    # settlers attack; the village struck lies in Palestine
    ("وهاجم مستوطنون أمس منزلا في قرية قرب نابلس وأحرقوه.",
     [("offensive", [("PSE", "target"), ("israeli_settlers", "source"), ("place:nablus", "target")], D(2017, 5, 31), "asserted")]),
    # the ones killed are the target, the announcer the author
    ("وأعلن الجيش العراقي مقتل عشرة مسلحين من تنظيم داعش في كمين قرب الرمادي.",
     [("offensive", [("iraqi_armed_forces", "source"), ("isis", "target"), ("place:ramadi", "target")], None, "asserted")]),
    # a second author joined by «و» and a force noun
    ("وأصيب عشرة أشخاص أمس في قصف صاروخي شنه الحوثيون وقوات علي عبد الله صالح على مدينة مأرب.",
     [("offensive", [("YEM", "target"), ("ali_abdullah_saleh", "source"), ("houthis", "source"), ("place:marib", "target")], D(2017, 5, 31),
       "asserted")]),
    # one joined by «و» to what is struck is struck too
    ("وقصفت الطائرات مقرات داعش والنصرة أمس في ريف حلب.",
     [("offensive", [("hts", "target"), ("isis", "target"), ("place:rif_aleppo", "target")], D(2017, 5, 31), "asserted")]),
    # a nationality after a name behind ل is that victim's, not the attack's author
    ("وكان مسلحون نصبوا أمس كمينا لدورية أردنية قرب الحدود.",
     [("offensive", [("gunmen", "source")], D(2017, 5, 31), "asserted")]),
    # men of a force after the verb are its subject; a place or thing after it is what it strikes
    ("وهاجمت عناصر حزب الاتحاد الديمقراطي أمس نقطة لتنظيم داعش شرق القامشلي.",
     [("offensive", [("isis", "target"), ("place:qamishli", "target"), ("pyd", "source")], D(2017, 5, 31), "asserted")]),
    # an actor behind an object noun is struck, not the author
    ("وقصفت أمس مستودعات لحزب العمال الكردستاني في منطقة زاب.",
     [("offensive", [("pkk", "target")], D(2017, 5, 31), "asserted")]),
    # an attack verb's author stands right after it; a capital further on is the place struck
    ("وأسفر انفجار استهدف مطعما في العاصمة الكينية نيروبي أمس عن مقتل ثلاثة.",
     [("offensive", [("KEN", "target"), ("place:nairobi", "target")], D(2017, 5, 31), "asserted")]),
    # a preposition between an attack noun and a name: the name is in its object
    ("ودمرت غارة ثانية أمس قافلة من شاحنات داعش قرب الرقة.",
     [("offensive", [("isis", "target"), ("place:raqqa", "target")], D(2017, 5, 31), "asserted")]),
    # the force an attack supports is on its author's side
    ("وشن التحالف الدولي أمس غارات جوية على مواقع داعش دعما لقوات البشمركة.",
     [("offensive", [("international_coalition", "source"), ("isis", "target"), ("peshmerga", "participant")],
       D(2017, 5, 31), "asserted")]),
    # the nationality of those who report is not the author's
    ("وذكر ناشطون سوريون أن الهجوم على الحاجز أسفر عن مقتل جنديين.",
     []),
    # a news agency told to is not France
    ("وقالت مصادر أمنية لوكالة الصحافة الفرنسية إن مسلحين هاجموا أمس حاجزا للجيش.",
     [("offensive", [("gunmen", "source")], D(2017, 5, 31), "asserted")]),
    # a sharp attack in words and a wave of arrests are no attack, arms in the sentence or not
    ("وشن الوزير هجوما لاذعا على الصحيفة بسبب تقرير عن الجيش.",
     []),
    ("وشنت الشرطة أمس حملة اعتقالات واسعة في المدينة.",
     []),
    # a state's own forces striking at home do not strike their country
    ("وأطلق الجيش العراقي أمس عملية عسكرية واسعة في محافظة صلاح الدين لطرد مسلحي تنظيم داعش.",
     [("offensive", [("iraqi_armed_forces", "source"), ("isis", "target"), ("place:salahuddin", "target")], D(2017, 5, 31), "asserted")]),
    # shelling between two sides: both take part
    ("ويشهد ريف إدلب قصفا متبادلا بين قوات النظام السوري وجبهة النصرة.",
     [("offensive", [("hts", "participant"), ("place:idlib", "target"), ("syrian_army", "participant")], None, "asserted")]),
    # civilians «بين» whom the dead fell are struck, not a side
    ("وقصفت ميليشيا الحوثي أمس سوقا شعبية في تعز وسقط قتلى بين المدنيين.",
     [("offensive", [("civilians", "target"), ("houthis", "source"), ("place:taiz", "target")], D(2017, 5, 31), "asserted")]),
    # a reason given after «لأن» is another clause: its actor is not struck
    ("وقالت أنقرة إنها شنت غارات على مواقع تنظيم داعش لأن الحكومة السورية عاجزة عن حماية الحدود.",
     [("offensive", [("TUR", "source"), ("isis", "target")], None, "asserted")]),
    # what a participle «مستهدفة» names is struck
    ("وقال مسؤولون إن الطائرات نفذت أمس غارات عنيفة مستهدفة داعش في سورية.",
     [("offensive", [("isis", "target")], D(2017, 5, 31), "asserted")]),
    # a history list tells the past in the present; a person leading armed men attacks with them
    ("1957 - مجموعة مسلحة بقيادة فيدل كاسترو تهاجم موقعا للجيش في جبال سييرا مايسترا بكوبا.",
     [("offensive", [("CUB", "target"), ("fidel_castro", "source")], D(1957, 1, 1), "asserted")]),
    # the place fire came from is not where it struck
    ("وأطلق مسلحون أمس صواريخ من مدينة حلب سقطت في البحر.",
     [("offensive", [("gunmen", "source")], D(2017, 5, 31), "asserted")]),
    # a person who «attacks» an armed group attacks it in words
    ("وهاجم الرئيس التركي رجب طيب أردوغان أمس حزب العمال الكردستاني في خطاب أمام البرلمان.",
     []),
    # what a force will go on doing is planned
    ("وسيقوم الجيش التركي بشن هجمات جديدة على مواقع الحزب في الأسابيع المقبلة.",
     [("offensive", [("turkish_armed_forces", "source")], None, "planned")]),
    # the author after an attack noun: behind a verb holding the attack as a pronoun, or glued to ل
    ("وأكد مسؤول محلي أن القصف الذي استهدف السوق أمس نفذه الحوثيون.",
     [("offensive", [("houthis", "source")], D(2017, 5, 31), "asserted")]),
    ("وتعرضت مدينة زنجبار أمس لغارات للتحالف العربي.",
     [("offensive", [("place:x:زنجبار", "target"), ("saudi_led_coalition", "source")], D(2017, 5, 31), "asserted")]),
    # an attack behind منذ is the background: the clause's subject did not carry it out
    ("وزادت الشرطة التركية دورياتها منذ هجوم سروج على المركز الثقافي.",
     []),
    # an attack men were planning has not happened
    ("وقالت الوزارة إن عناصر من داعش كانوا يخططون لتفجير مساجد في الرياض.",
     [("offensive", [("SAU", "target"), ("isis", "source"), ("place:riyadh", "target")], None, "planned")]),
    # nor does a person named before it, nor the one who tells of it
    ("وقال الرئيس التركي رجب طيب أردوغان إن 30 شخصا قتلوا أمس جراء تفجير انتحاري في المدينة.", []),
    # the enemy a campaign confronts is the target, not the author of the strikes
    ("وبدأت تركيا حملة جوية لمكافحة تنظيم داعش عبر شن غارات على مواقعه في سورية أمس.",
     [("offensive", [("TUR", "source"), ("isis", "target")], D(2017, 5, 31), "asserted")]),
    # strikes one means to launch are planned
    ("وسمحت الحكومة للطائرات الحليفة باستخدام مطاراتها لشن غارات على مواقع تنظيم داعش.",
     [("offensive", [("isis", "target")], None, "planned")]),
    # the plural verb after «أنهم», a weapon's drones with a nationality as the attacker
    ("وقال الحوثيون إنهم استهدفوا أمس بارجة أمريكية في البحر الأحمر.",
     [("offensive", [("USA", "target"), ("houthis", "source")], D(2017, 5, 31), "asserted")]),
    ("وقصفت مسيرات روسية أمس محطة كهرباء في مدينة خاركيف.",
     [("offensive", [("RUS", "source"), ("UKR", "target"), ("place:kharkiv", "target")], D(2017, 5, 31), "asserted")]),
    # a nation's weapon right behind an attack noun names its author, not its target
    ("وقالت السلطات المحلية إن هجوما بطائرات إيرانية استهدف أمس ميناء جدة.",
     [("offensive", [("IRN", "source"), ("SAU", "target"), ("place:jeddah", "target")], D(2017, 5, 31), "asserted")]),
    # the launch of missiles named by a noun; the fire of a force; a ground operation
    ("وأعلن الحرس الثوري الإيراني أمس إطلاق دفعة من الصواريخ على إسرائيل.",
     [("offensive", [("ISR", "target"), ("irgc", "source")], D(2017, 5, 31), "asserted")]),
    ("وأصيب ثلاثة مزارعين أمس برصاص الجيش الإسرائيلي قرب خان يونس.",
     [("offensive", [("PSE", "target"), ("israeli_army", "source"), ("place:khan_younis", "target")], D(2017, 5, 31), "asserted")]),
    ("وبدأ الجيش التركي أمس عملية برية في شمال العراق.",
     [("offensive", [("IRQ", "target"), ("place:north_iraq", "target"), ("turkish_armed_forces", "source")], D(2017, 5, 31), "asserted")]),
    # an attack noun with its nationality as an attack verb's subject
    ("واستهدفت غارة روسية أمس مستودعا قرب مدينة إدلب.",
     [("offensive", [("RUS", "source"), ("SYR", "target"), ("place:idlib", "target")], D(2017, 5, 31), "asserted")]),
    # a second nationality joined by و to a country's forces is that country's forces
    ("واشتبكت القوات الهندية والباكستانية أمس في إقليم كشمير.",
     [("offensive", [("IND", "participant"), ("PAK", "participant"), ("place:kashmir", "target")], D(2017, 5, 31), "asserted")]),
    # a verb that points back at the weapon named before it («مقذوف أطلقته …»)
    ("وأصيب جندي أمس بمقذوف أطلقته ميليشيا الحوثي على نجران.",
     [("offensive", [("SAU", "target"), ("houthis", "source"), ("place:najran", "target")], D(2017, 5, 31), "asserted")]),
    # arms said to belong to a force strike for it; units so said are more often what is struck
    ("وقصفت طائرات مسيرة تابعة للحوثيين أمس مواقع للجيش في مأرب.",
     [("offensive", [("YEM", "target"), ("houthis", "source"), ("place:marib", "target")], D(2017, 5, 31), "asserted")]),
    ("وقصفت المقاتلات أمس وحدات تابعة لتنظيم داعش قرب الرقة.",
     [("offensive", [("isis", "target"), ("place:raqqa", "target")], D(2017, 5, 31), "asserted")]),
    # a verb of arms whose object is an attack noun needs no other word of arms
    ("وشنت روسيا أمس ضربة مكثفة على منشآت الطاقة في أوكرانيا.",
     [("offensive", [("RUS", "source"), ("UKR", "target")], D(2017, 5, 31), "asserted")]),
    # forces with a possessive pronoun are words of arms
    ("وقالت وزارة الدفاع التركية إن قواتها شنت أمس هجوما على مواقع حزب العمال الكردستاني.",
     [("offensive", [("pkk", "target"), ("turkish_mod", "source")], D(2017, 5, 31), "asserted")]),
    # «أغار» is a raid
    ("وأغارت طائرات إسرائيلية أمس على مواقع لحركة حماس في غزة.",
     [("offensive", [("ISR", "source"), ("hamas", "target"), ("place:gaza", "target")], D(2017, 5, 31), "asserted")]),
    # the group an attack is put down to is its author
    ("وقتل شرطيان صباح أمس في هجوم على مركز للشرطة بمدينة أضنة نسبته السلطات إلى حزب العمال الكردستاني.",
     [("offensive", [("TUR", "target"), ("pkk", "source"), ("place:adana", "target")], D(2017, 5, 31), "asserted")]),
    # a count of days ago after «منذ» dates what منذ looks back to, not the attack
    ("قتل جندي تركي أمس في انفجار لغم. وهو أول هجوم منذ سقوط الهدنة بين حزب العمال الكردستاني والجيش التركي قبل عشرة أيام.",
     [("offensive", [("pkk", "participant"), ("turkish_armed_forces", "participant")], None, "asserted")]),
    # men counted right after «قتل» are its victims; a nationality past the craft an attack came from is its author
    ("قتل خمسة عناصر من تنظيم القاعدة أمس في غارة لطائرة بدون طيار أمريكية في اليمن.",
     [("offensive", [("USA", "source"), ("al_qaeda", "target")], D(2017, 5, 31), "asserted")]),
    # men of a side before «قتلوا» and a time are its victims; a nationality guessed is still the author
    ("وأفاد مسؤول بأن خمسة عناصر من حركة الشباب، بينهم قيادي، قتلوا أمس في غارة يرجح أنها أمريكية.",
     [("offensive", [("USA", "source"), ("al_shabaab", "target")], D(2017, 5, 31), "asserted")]),
    # ... but not before «قتلوا» and its object
    ("وقال الجيش إن مسلحي تنظيم داعش قتلوا خمسة جنود في هجوم على الرمادي أمس.",
     [("offensive", [("IRQ", "target"), ("isis", "source"), ("place:ramadi", "target")], D(2017, 5, 31), "asserted")]),
    # an arrival («بعيد وصوله إلى») is a visit and the setting of the talks its clause tells
    ("وأجرى وزير الدفاع الأمريكي آشتون كارتر بعيد وصوله إلى أربيل أمس لقاء مع مسعود بارزاني.",
     [("visit", [("IRQ", "target"), ("ash_carter", "source"), ("place:erbil", "target")], D(2017, 5, 31), "asserted"),
      ("meeting", [("ash_carter", "participant"), ("masoud_barzani", "participant")], D(2017, 5, 31), "asserted")]),
    # remains that arrive are a thing, and the dead named after them travel with no one
    ("ووصل مساء أمس جثمان الجندي سعيد بن مرعي الفلاني إلى محافظة القنفذة.",
     [("visit", [("SAU", "target"), ("place:qunfudhah", "target")], D(2017, 5, 31), "asserted")]),
    # ... but not an arrival at power
    ("ونقل عن الوزير قوله بعد وصوله إلى السلطة إن الحرب انتهت.",
     []),
    # a verb of attack right after an indefinite attack noun tells it again: one event, dated after the verb
    ("وسقط مسلحون حوثيون إثر غارات عنيفة لطيران التحالف شنت على مواقعهم صباح أمس في مأرب.",
     [("offensive", [("YEM", "target"), ("houthis", "participant"), ("place:marib", "target"), ("saudi_led_coalition", "source")],
       D(2017, 5, 31), "asserted")]),
    # gunmen said to belong to a group stand for it
    ("وهاجم مسلحون تابعون لحزب كوملة الكردستاني أمس ثكنة للحرس الثوري الإيراني.",
     [("offensive", [("irgc", "target"), ("komala", "source")], D(2017, 5, 31), "asserted")]),
    # a launch whose missiles come after the article and a quantity word
    ("وأطلقت إيران فجر اليوم عشرات من الصواريخ على إسرائيل.",
     [("offensive", [("IRN", "source"), ("ISR", "target")], D(2017, 6, 1), "asserted")]),
]


@pytest.mark.parametrize("text,expected", OFFENSIVE_ROWS)
def test_offensive_mentions(text, expected):
    assert events(text) == expected
