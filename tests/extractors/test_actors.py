"""Actors: gazetteer names, titles resolved on the article's day, people a title introduces."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.actors import find_actors
from schemas.articles import Segment


def story(anchor: date | None, length: int = 10_000) -> list[Segment]:
    return [Segment(part=0, start=0, end=length, anchor=anchor, anchor_source="test")]


def actors(text: str, anchor: date | None = date(2017, 6, 1)) -> list[tuple[str, str]]:
    return [(m.actor_id, m.how) for m in find_actors(text, story(anchor)).mentions if m.how != "nisba"]


ROWS = [
    # names and spelling variants
    ("وصل أنتوني بلينكن إلى المنطقة", None, [("antony_blinken", "alias")]),
    ("قال بلينكين للصحفيين", None, [("antony_blinken", "alias")]),
    ("صرح الرئيس إردوغان", None, [("recep_tayyip_erdogan", "alias")]),
    ("صرح الرئيس اردوغان", None, [("recep_tayyip_erdogan", "alias")]),
    ("التقى بالسيد محمد شياع السوداني", None, [("mohammed_shia_al_sudani", "alias")]),
    ("اجتمع لافروف مع نظيره", None, [("sergey_lavrov", "alias")]),
    # title-only mentions take whoever held the office that day
    ("قال وزير الدفاع الأمريكي إن القوات باقية", date(2016, 10, 21), [("ash_carter", "title")]),
    ("قال وزير الدفاع الأمريكي إن القوات باقية", date(2018, 2, 15), [("jim_mattis", "title")]),
    ("قال وزير الدفاع الأمريكي إن القوات باقية", date(2025, 3, 16), [("pete_hegseth", "title")]),
    ("استقبل العاهل الأردني الوفد", date(2018, 1, 4), [("abdullah_ii", "title")]),
    ("أكد ولي العهد السعودي أن", date(2018, 3, 1), [("mohammed_bin_salman", "title")]),
    ("أكد ولي العهد السعودي أن", date(2016, 3, 1), [("mohammed_bin_nayef", "title")]),
    # an office in an organisation, with «المستقيل» or «المكلف» between, introduces its holder
    ("وقال رئيس اللجنة الأولمبية الدولية المستقيل جوزيف بلاتر إن القرعة جاهزة", date(2015, 7, 25),
     [("x:جوزيف_بلاتر", "introduced")]),
    # «المجموعة» names back the group named before
    ("وأشادت مجموعة العمل المالي بالجهود، وقالت المجموعة إن وفدها أنهى زيارته", date(2015, 7, 25),
     [("fatf", "alias"), ("fatf", "coreference")]),
    # a woman minister of a named ministry introduces her, her name ending in ة or not
    ("وصلت وزيرة الإعلام اليمنية نادية العتيبي إلى الرياض", date(2015, 8, 2), [("x:ناديه_العتيبي", "introduced")]),
    ("التقت وزيرة السياحة الأردنية هالة الفلاني، أمس، الوفد", date(2015, 8, 2), [("x:هاله_الفلاني", "introduced")]),
    # a minister of a named ministry is no other minister of that country named before
    ("قال وزير الخارجية الأمريكي ريكس تيلرسون إن وزير المالية الأمريكي لم يحضر", date(2017, 6, 1),
     [("rex_tillerson", "alias")]),
    # a title without its article before a definite noun it does not know heads that, not the country
    ("وأشاد الأهالي بزيارة رئيس المدينة", date(2017, 6, 1), []),
    ("وأشرف على القرعة الأمين العام للاتحاد الرياضي", date(2017, 6, 1), []),
    ("وزار الأمين العام للمنظمة فلان الفلاني العاصمة", date(2017, 6, 1), []),  # an unnamed body's, not the UN's
    # a one-word town the gazetteer lacks after a town noun; not a frequent word, nor one behind و
    ("وقصفت الطائرات قرية القنبورة", date(2015, 7, 30), [("place:x:القنبوره", "introduced")]),
    ("ووقع الهجوم في بلدة سوروتش", date(2015, 7, 30), [("place:x:سوروتش", "introduced")]),
    ("ووقع الهجوم في بلدة قريبة من الحدود", date(2015, 7, 30), []),  # an adjective after the town noun names no town
    ("وزار الوزير مدينة كبيرة", date(2015, 7, 30), []),
    ("وتحدث عن المدينة وضجيجها", date(2015, 7, 30), []),
    # a building or an institution the gazetteer lacks: a facility noun and the name after it
    ("وزار الوزير مستشفى النهضة", date(2015, 7, 30), [("place:f:مستشفي_النهضه", "introduced")]),
    ("وقام الوفد بزيارة لمقر مصلحة الجمارك العامة بالرياض", date(2015, 7, 30),  # the body, not its seat, up to the glued بـ
     [("body:مصلحه_الجمارك_العامه", "introduced")]),
    ("وزار الوفد المسجد النبوي الشريف", date(2015, 7, 30), [("place:f:المسجد_النبوي_الشريف", "introduced")]),
    ("وزار الوفد متحف كاروليني", date(2015, 7, 30), [("place:f:متحف_كاروليني", "introduced")]),
    ("وزار الوفد جامعة الملك عبدالله", date(2015, 7, 30), [("place:f:جامعه_الملك_عبدالله", "introduced")]),
    ("ووصل الوفد إلى مطار القاهرة الدولي سامي حمدان", date(2015, 7, 30),  # a name after its adjective is no part of it
     [("place:f:مطار_القاهره_الدولي", "introduced")]),
    ("ووصل الوفد إلى المستشفى", date(2015, 7, 30), []),  # a bare definite noun names nothing
    ("وافتتح الوزير مستشفى ميدانيا", date(2015, 7, 30), []),  # an accusative adverb is no name
    ("وزار الوفد المسجد الأقصى", date(2015, 7, 30), []),  # a place the gazetteer has stays that place
    # «علي» written with ي after a title is the name Ali, not «على»; the King's ambassador is Saudi Arabia's, not the King
    ("وقال السفير السعودي في لبنان علي الفلاني إن", date(2015, 7, 30), [("x:علي_الفلاني", "introduced")]),
    ("وقال سفير خادم الحرمين الشريفين لدى الأردن سامي الفلاني إن", date(2015, 7, 30), [("x:سامي_الفلاني", "introduced")]),
    ("وشارك سفير خادم الحرمين الشريفين بالقاهرة مندوب المملكة لدى الجامعة", date(2015, 7, 30), [("SAU", "alias")]),
    ("وقال السفير السعودي بالقاهرة مندوب المملكة إن", date(2015, 7, 30), [("SAU", "alias")]),  # «مندوب» is a post, no name
    # the Kurdistan Region's president and prime minister, not Iraq's; a surname written without its alif
    ("واستقبل رئيس إقليم كردستان الوفد", date(2015, 7, 30), [("masoud_barzani", "title")]),
    ("واستقبل رئيس حكومة إقليم كردستان الوفد", date(2020, 7, 30), [("masrour_barzani", "title")]),
    ("والتقى مسعود البرزاني الوفد", date(2015, 7, 30), [("masoud_barzani", "alias")]),
    # a place's name that opens an idiom names no place: «مسقط رأسه» is a birthplace, not Muscat
    ("وتحدث الكاتب عن مسقط رأسه في الجنوب", date(2015, 7, 30), []),
    ("وقالت مسقط إن الاتفاق قريب", date(2015, 7, 30), [("OMN", "capital")]),
    # a body the gazetteer lacks, named the same way, is an organisation
    ("وزار أعضاء لجنة أصدقاء المرضى المستشفى", date(2015, 7, 30), [("body:لجنه_اصدقاء_المرضي", "introduced")]),
    ("ووصلت اللجنة الوزارية إلى المدينة", date(2015, 7, 30), [("body:اللجنه_الوزاريه", "introduced")]),
    ("وكرمت الجمعية الخيرية الدكتور سامي", date(2015, 7, 30),  # no honorific after a definite body
     [("body:الجمعيه_الخيريه", "introduced")]),
    # nationalities after a dual of delegation, the second joined by و, are both countries as parties
    ("وعقدت محادثات بين وفدين إيراني وعماني في جنيف", date(2026, 3, 5), [("IRN", "delegation"), ("OMN", "delegation")]),
    # Kurdish parties
    ("وتحدث قادة من حركة التغيير ومن الاتحاد الوطني الكردستاني أمس", date(2015, 7, 30), [("gorran", "alias"), ("puk", "alias")]),
    # a title that names another post is not the minister
    ("قال مساعد وزير الخارجية الأمريكي إن", date(2016, 10, 21), []),
    # an honorific, then a name of lineage the gazetteer lacks: a person; his father's name calls nobody
    ("واستقبل الأمير فيصل بن خالد بن عبدالعزيز أمس السفير", date(2015, 7, 28),
     [("x:فيصل_بن_خالد_بن_عبدالعزيز", "introduced")]),
    ("وقامت الشيخة مي بنت محمد آل خليفة أمس بزيارة", date(2015, 7, 28), [("x:مي_بنت_محمد_ال_خليفه", "introduced")]),
    ("وقال وزير الدولة الأمير منصور بن متعب إن", date(2015, 7, 28), [("x:منصور_بن_متعب", "introduced")]),
    ("وقال الأمير فيصل بن خالد إن الأمن مستتب. وأضاف أن خالد وصل", date(2015, 7, 28),
     [("x:فيصل_بن_خالد", "introduced")]),
    # a name of lineage that runs into a known person's surname introduces no stranger
    ("وقال وزير الخارجية السعودي الأستاذ عادل بن أحمد الجبير إن", date(2017, 6, 1), [("adel_al_jubeir", "title")]),
    # an office in an organisation, behind a glued ل or as its genitive, then a name the gazetteer lacks
    ("والتقى الأمين العام لمنظمة التعاون الإسلامي مروان الكبيسي", date(2017, 6, 1), [("x:مروان_الكبيسي", "introduced")]),
    ("واستقبل رئيس البنك الدولي جيم يونغ كيم", date(2017, 6, 1), [("x:جيم_يونغ_كيم", "introduced")]),
    # first names the gazetteer lacks before the known surname of a man of the organisation's country
    ("وقال رئيس الحكومة اليمنية خالد محفوظ بحاح إن", date(2015, 8, 1), [("khaled_bahah", "alias")]),
    # an office in an organisation with no name after it: the organisation, not the UN's secretary-general
    ("وقال الأمين العام لحركة حماس إن", date(2017, 6, 1), [("hamas", "alias")]),
    # "المركز": the organisation named last with مركز in its name; "المجلس" with none named stays unread
    ("وأرسل مركز الملك سلمان للإغاثة فريقا طبيا. وقال المركز إن", date(2017, 6, 1),
     [("ksrelief", "alias"), ("ksrelief", "coreference")]),
    ("وقالت منظمة الصحة العالمية إن المجلس سيجتمع", date(2017, 6, 1), [("who", "alias")]),
    # "الجبهة": an armed group named last with جبهة in its name, past an epithet or a relative pronoun
    ("وتقاتل جبهة النصرة في الريف. وشنت الجبهة هجوما", date(2015, 8, 1), [("hts", "alias"), ("hts", "coreference")]),
    ("وتقاتل جبهة النصرة في الريف. وشنت الجبهة المتطرفة هجوما", date(2015, 8, 1),
     [("hts", "alias"), ("hts", "coreference")]),
    ("وتقاتل جبهة النصرة في الريف. وقال قادة الجبهة التي تقاتل إن", date(2015, 8, 1),
     [("hts", "alias"), ("hts", "coreference")]),
    # ... but a definite word none of its names hold names another body ("الجبهة الجنوبية", "الهيئة العامة")
    ("وتقاتل جبهة النصرة في الريف. وشنت الجبهة الجنوبية هجوما", date(2015, 8, 1), [("hts", "alias")]),
    ("وتقاتل هيئة تحرير الشام في الريف. واجتمعت الهيئة العامة للائتلاف", date(2018, 8, 1), [("hts", "alias")]),
    # an ambassador posted in a country named as an actor ("لدى مصر"), then his name
    ("وقال السفير الروسي لدى مصر يوري كوفاليف إن", date(2017, 6, 1), [("x:يوري_كوفاليف", "introduced")]),
    # a surname after another given name is another person's («عبد الخالق الحوثي» is no «عبد الملك الحوثي»)
    ("وقال محافظ نينوى نوفل العاكوب إن المدينة آمنة. وقال شقيقه سامي العاكوب إن الوضع هادئ",
     date(2017, 6, 1), [("x:نوفل_العاكوب", "introduced")]),
    # people the gazetteer lacks, introduced by a title, then named by surname
    ("وقال محافظ نينوى نوفل العاكوب إن المدينة آمنة. وأضاف العاكوب أن", date(2017, 6, 1),
     [("x:نوفل_العاكوب", "introduced"), ("x:نوفل_العاكوب", "surname")]),
    # running text after a title is not a name
    ("رئيس الجمهورية يتسلم رسالة خطية من نظيره", date(2017, 6, 1), []),
    # a title whose holder is known is not followed by a stranger's name
    ("وأعرب الرئيس السوري أبدى اهتماما بالزيارة", date(2018, 4, 15), [("bashar_al_assad", "title")]),
    ("اتصل العاهل الأردني إثر الحادث", date(2015, 11, 26), [("abdullah_ii", "title")]),
    # where a post is held stands between the title and the holder's name
    ("التقى الوزير السفير الإسباني في عمان خوان كارلوس بيريز", date(2017, 6, 1), [("x:خوان_كارلوس_بيريز", "introduced")]),
    ("والتقى سفير تركيا بتونس أحمد يلماز", date(2017, 6, 1), [("x:احمد_يلماز", "introduced")]),
    # a bare "التحالف" is the coalition of the war the article tells
    ("شنت مقاتلات التحالف غارات على مواقع للميليشيا الحوثية", date(2018, 3, 26),
     [("saudi_led_coalition", "coreference"), ("houthis", "alias")]),
    ("قصفت طائرات التحالف مواقع داعش في الموصل", date(2017, 3, 26),
     [("international_coalition", "coreference"), ("isis", "alias")]),
    # a plural title before a list of nationalities or countries: each country's holder
    ("وكان الرؤساء الروسي والتركي والإيراني قد عقدوا قمة", date(2019, 10, 23),
     [("vladimir_putin", "title"), ("recep_tayyip_erdogan", "title"), ("hassan_rouhani", "title")]),
    ("اجتمع وزراء خارجية روسيا وتركيا وإيران", date(2016, 12, 20),
     [("sergey_lavrov", "title"), ("mevlut_cavusoglu", "title"), ("mohammad_javad_zarif", "title")]),
    # a delegation with a nationality stands for its country
    ("والتقى الوفد التركي", date(2017, 12, 27), [("TUR", "alias")]),
    # a known surname after a stranger's first names is someone else
    ("وقال تركي المالكي إن التحالف", date(2018, 3, 26), []),
    ("وقال المالكي إن التحالف", date(2018, 3, 26), [("nouri_al_maliki", "alias")]),
    # a military rank before a closed name of two or three words introduces a person
    ("وتفقد اللواء سالم العنزي المواقع الحدودية", date(2016, 3, 1), [("x:سالم_العنزي", "introduced")]),
    # ... but not «الفريق» (a team) nor a profession's honorific
    ("وقال الفريق الأول بنادي الهلال إن", date(2016, 3, 1), [("body:نادي_الهلال", "introduced")]),
    ("وقال المهندس سالم العنزي إن", date(2016, 3, 1), []),
    # a known name of lineage followed by a family name of its own is someone else
    ("وقال عبدالله بن عبدالعزيز الفلاني إن المركز جاهز", date(2014, 3, 1),
     [("x:عبدالله_بن_عبدالعزيز_الفلاني", "introduced")]),
    ("وزار الملك عبدالله بن عبدالعزيز الراحل القاهرة", date(2014, 3, 1), [("king_abdullah_saudi", "alias"), ("EGY", "capital")]),
    # «ولي ولي العهد» is the deputy crown prince, not the crown prince
    ("واستقبل ولي ولي العهد أمس", date(2016, 3, 1), [("mohammed_bin_salman", "title")]),
    # ... nor after a father's name that follows the person's own first name
    ("وقال عادل بن أحمد الجبير إن الحل السياسي ممكن", date(2016, 1, 4), [("adel_al_jubeir", "alias")]),
    # ... nor after a particle that ends some name («مون جيه إن»): reported speech
    ("وقال البيت الأبيض إن ترامب التقى الأمير", date(2018, 3, 20), [("white_house", "alias"), ("donald_trump", "alias")]),
    # ... but not after another known person's own name: two people side by side
    ("والتقى ترامب بوتين في هلسنكي", date(2018, 7, 16), [("donald_trump", "alias"), ("vladimir_putin", "alias")]),
    # a known prince's name with his family's name and the founder behind it is still his
    ("وصل الأمير محمد بن سلمان بن عبدالعزيز آل سعود أمس", date(2015, 7, 30),
     [("mohammed_bin_salman", "alias")]),
    # an honorific pronoun is the person of its rank named last; «سعادته» is his happiness
    ("وصل الأمير محمد بن سلمان إلى القاهرة، وعقد الرئيس المصري اجتماعا مع سموه", date(2015, 7, 30),
     [("mohammed_bin_salman", "alias"), ("abdel_fattah_el_sisi", "title"), ("mohammed_bin_salman", "coreference")]),
    ("وصل وزير الخارجية عادل الجبير إلى عمان، واستقبل الملك عبدالله الثاني معاليه", date(2015, 7, 30),
     [("adel_al_jubeir", "alias"), ("abdullah_ii", "alias"), ("adel_al_jubeir", "coreference")]),
    ("وأعرب الوزير عادل الجبير عن سعادته بالزيارة", date(2015, 7, 30), [("adel_al_jubeir", "alias")]),
    # a known surname after an office is that person only if a first name written before it is theirs
    ("وقال المتحدث باسم وزارة الخارجية الأمريكية ماثيو ميلر إن", date(2024, 3, 1), [("x:ماثيو_ميلر", "introduced")]),
    # after an office in a body the gazetteer lacks, a name opening with a glued «عبد» is its holder
    ("استقبل الأمير أمس رئيس مجموعة الفلاني عبدالرحمن الفلاني في مكتبه", date(2015, 7, 30),
     [("x:عبدالرحمن_الفلاني", "introduced")]),
    # a rank with its arm («اللواء بحري») is an honorific before a name of lineage
    ("واستقبل قائد القوات اللواء بحري سالم بن حمد الفلاني الوفد", date(2015, 8, 1),
     [("x:سالم_بن_حمد", "introduced")]),
    # a one-word name that is also an ordinary word is not a person by itself
    ("ولولا تدخل الوسطاء لانهارت المفاوضات", date(2015, 7, 1), []),
    ("ترأس الوزير اجتماع اللجنة", date(2022, 9, 10), []),
    ("لن أتخلى عن بقائي في المدينة", date(2026, 3, 1), []),
    ("وهذه الأنظمة مرعية بضوابط الشرع وقام البرهان على صحتها", date(2026, 3, 1), []),
    ("قال الرئيس السوري أحمد الشرع إن الحوار مستمر. وأضاف الشرع أن", date(2026, 3, 1),
     [("ahmed_al_sharaa", "alias"), ("ahmed_al_sharaa", "surname")]),
    # ... but is once the article has named that person in full
    ("قال علي عبدالله صالح إن الحرب طويلة. وأضاف صالح أن", date(2015, 7, 1),
     [("ali_abdullah_saleh", "alias"), ("ali_abdullah_saleh", "surname")]),
    # ... and not with a clitic that makes it a word ("لصالح": in favour of)
    ("قال علي عبدالله صالح إن الحرب طويلة ولا تعمل لصالح أحد", date(2015, 7, 1),
     [("ali_abdullah_saleh", "alias")]),
    # a title said of a past holder is not the holder on the story's day
    ("قال الرئيس اليمني السابق علي عبدالله صالح إن الحرب طويلة", date(2015, 7, 1), [("ali_abdullah_saleh", "alias")]),
    ("وهاجم الرئيس الأمريكي الأسبق منافسيه", date(2015, 7, 1), []),
    # a father's name after بن is not a surname said alone
    ("أصدر الملك سلمان بن عبدالعزيز أمرا بتعيين فيصل بن عبدالعزيز الثاني", date(2015, 7, 1),
     [("king_salman", "alias")]),
    # a known person named right after بن, or a «بن …» alias after a given name, is a father, not a party
    ("واستقبل الأمير نايف بن سلمان بن عبدالعزيز أمس الوفد", date(2015, 7, 1), [("x:نايف_بن_سلمان_بن_عبدالعزيز", "introduced")]),
    ("وصل عبدالله بن سلمان إلى المدينة", date(2015, 7, 1), []),
    ("وصل بن سلمان إلى المدينة", date(2018, 7, 1), [("mohammed_bin_salman", "alias")]),
    # a compound given name (عبد، أبو …) is one name in a lineage, not a name cut short
    ("واستقبل الأمير فيصل بن عبد الرحمن الوفد", date(2015, 7, 1), [("x:فيصل_بن_عبد_الرحمن", "introduced")]),
    # a family's name behind آل is nobody's surname; a given name none of the holder's after a title is another's
    ("وأشاد الملك سعود بالمشروع", date(2015, 7, 1), []),
    # after بن only a name stands: «علي» is no preposition there
    ("واستقبل المحافظ الشيخ سعد بن علي الفلاني", date(2015, 7, 1), [("x:سعد_بن_علي", "introduced")]),
    # an honorific ties a title without a country to the name after it
    ("وافتتح وزير الثقافة المهندس نبيل الفلاني أمس المعرض", date(2015, 7, 1), [("x:نبيل_الفلاني", "introduced")]),
    ("وافتتح وزير الثقافة المعرض", date(2015, 7, 1), []),
    ("وكان وزير النقل محمد الفلاني في استقبال السفينة", date(2015, 7, 1), [("x:محمد_الفلاني", "introduced")]),
    ("وكان وزير النقل سامي عندما وصل", date(2015, 7, 1), []),
    ("وحضر وزير النقل خالد الفلاني وانتصار الفلانية الحفل", date(2015, 7, 1), [("x:خالد_الفلاني", "introduced")]),
    # an office in a body the gazetteer lacks: the name after the body, behind an honorific or a given name
    ("واستقبل المحافظ رئيس شركة النخيل الدولية الشيخ سعد بن علي", date(2015, 7, 1), [("x:سعد_بن_علي", "introduced")]),
    ("واستقبل المحافظ مدير عام مستشفى المدينة سامي الفلاني", date(2015, 7, 1), [("x:سامي_الفلاني", "introduced")]),
    ("وقال المدير التنفيذي لنادي الوحدة إن", date(2015, 7, 1), [("body:نادي_الوحده", "introduced")]),
    ("ووصل المنسق الإنساني للأمم المتحدة في اليمن سامي الفلاني إلى عدن", date(2015, 7, 1),
     [("x:سامي_الفلاني", "introduced")]),
    ("وزار مدير جامعة الأمير سعد بن فهد العمادة", date(2015, 7, 1),  # a body named after someone: no person
     [("place:f:جامعه_الامير_سعد_بن_فهد", "introduced")]),
    # a glued letter before a common word or an ال word ends a name
    ("واجتمع مدير الشرطة العميد سامي الفلاني ومدير الدفاع المدني", date(2015, 7, 1), [("x:سامي_الفلاني", "introduced")]),
    # a title with its place beside a person named right before it is that person's, later in the article too
    ("استقبل الأمير سعد بن فهد أمير منطقة عسير الوفد. ثم التقى أمير منطقة عسير السفير", date(2015, 7, 1),
     [("x:سعد_بن_فهد", "introduced"), ("x:سعد_بن_فهد", "title"), ("x:سعد_بن_فهد", "title")]),
    # a body named as the place it governs, behind a preposition of place, is that place
    ("وواصل الوفد جولته في إقليم كردستان", date(2015, 7, 1), []),
    # a person after a noun of what is named after someone names that thing
    ("وهبطت الطائرة في مطار الملك سلمان بالمدينة", date(2016, 7, 1), [("place:f:مطار_الملك_سلمان", "introduced")]),
    ("وزار الوفد مستشفى الأمير سعد بن فهد", date(2016, 7, 1), [("place:f:مستشفي_الامير_سعد_بن_فهد", "introduced")]),
    # countries beyond the Arab world, by their short and formal names and spelling variants
    ("وقعت بوركينا فاسو اتفاقا مع موزامبيق", date(2021, 5, 1), [("BFA", "alias"), ("MOZ", "alias")]),
    ("ورحبت جمهورية الكونغو الديمقراطية بقرار الإكوادور", date(2023, 5, 1), [("COD", "alias"), ("ECU", "alias")]),
    ("وأعلن الجبل الأسود أن مقدونيا الشمالية وافقت", date(2020, 5, 1), [("MNE", "alias"), ("MKD", "alias")]),
    # ... and «الكونغو برازافيل» is not the Democratic Republic, nor «غينيا بيساو» Guinea
    ("وصوتت الكونغو برازافيل وغينيا بيساو لصالح القرار", date(2019, 5, 1), [("COG", "alias"), ("GNB", "alias")]),
    # a delegation with a new nationality stands for its country
    ("والتقى الوفد الكمبودي", date(2019, 5, 1), [("KHM", "alias")]),
    # a country whose name is an ordinary word: «مالي» financial, «للبنين» for boys
    ("وقدمت الجمعية دعما مالي للمدارس للبنين", date(2019, 5, 1), []),
    ("وأعلنت جمهورية مالي حالة الطوارئ", date(2019, 5, 1), [("MLI", "alias")]),
]


@pytest.mark.parametrize("text,anchor,expected", ROWS)
def test_actor_mentions(text, anchor, expected):
    assert actors(text, anchor) == expected


def test_counterpart_takes_the_subjects_office_in_the_named_country():
    text = "بحث وزير الدفاع الأمريكي جيمس ماتيس مع نظيره التركي الوضع"
    assert actors(text, date(2018, 2, 14)) == [("jim_mattis", "alias"), ("nurettin_canikli", "counterpart")]


@pytest.mark.parametrize("text, expected", [
    ("واستقبل الوزير أمس وفدا من الكونغرس الأمريكي", [("us_congress", None)]),  # the body's people: a party
    ("وعاد الوزير أمس من الكونغرس الأمريكي", [("us_congress", "من")]),  # where from
    ("والتقى الوزير القيادي في حركة حماس", [("hamas", None)]),  # its member: a party
    ("واستقبل الوزير عضوا بارزا في حركة حماس", [("hamas", None)]),  # past one modifier
    ("وتحدث الوزير مع القيادي في حركة حماس", [("hamas", "مع")]),  # the member's own preposition
    ("وقال مسؤول في حركة حماس", [("hamas", "في")]),  # an official there: most often a speaker
    ("وعقد الوزير لقاء في حركة حماس", [("hamas", "في")]),  # where
])
def test_the_preposition_of_a_body_behind_its_people(text, expected):
    assert [(m.actor_id, m.prep) for m in find_actors(text, story(date(2026, 3, 5))).mentions] == expected


@pytest.mark.parametrize("text, expected", [
    # named before anyone in its sentence, a counterpart takes the office of the titled person after it
    ("قال الرئيس الروسي فلاديمير بوتين إن الحل قريب. وفي اتصال مع نظيره التركي، بحث وزير الدفاع الأمريكي جيمس ماتيس الوضع",
     [("vladimir_putin", "alias"), ("nurettin_canikli", "counterpart"), ("jim_mattis", "alias")]),
    # with someone named before it in the sentence, that one's office
    ("بحث الرئيس الروسي فلاديمير بوتين في اتصال مع نظيره التركي الوضع",
     [("vladimir_putin", "alias"), ("recep_tayyip_erdogan", "counterpart")]),
])
def test_a_counterpart_before_the_subject(text, expected):
    assert actors(text, date(2018, 2, 14)) == expected


def test_a_presidents_counterpart_is_a_president_before_any_head_of_government():
    text = "التقى الرئيس الأمريكي دونالد ترامب نظيره الروسي في هلسنكي"
    assert actors(text, date(2018, 7, 16)) == [("donald_trump", "alias"), ("vladimir_putin", "counterpart")]


def test_the_guest_of_a_head_of_state_is_the_head_of_state_of_the_guests_country():
    text = "استقبل الرئيس التونسي الباجي قائد السبسي ضيفه التركي"
    assert actors(text, date(2017, 12, 27)) == [("beji_caid_essebsi", "alias"), ("recep_tayyip_erdogan", "counterpart")]


def test_a_bare_title_refers_back_to_the_last_holder():
    text = "استقبل الرئيس التونسي الباجي قائد السبسي الوفد. وقال الرئيس إن الاتفاق"
    assert actors(text, date(2018, 1, 4)) == [("beji_caid_essebsi", "alias"), ("beji_caid_essebsi", "coreference")]


def test_places_are_not_actors_after_a_location_preposition():
    reading = find_actors("وصل الوزير إلى أنقرة ثم زار مطار بغداد", story(date(2020, 1, 1)))
    assert [(p.place_id, p.prep) for p in reading.places] == [("ankara", "الي"), ("baghdad", "في")]
    assert [m.actor_id for m in reading.mentions if m.how != "nisba"] == ["place:f:مطار_بغداد"]  # the building


def test_a_capital_without_preposition_speaks_for_its_country():
    assert actors("وقالت واشنطن إن", None) == [("USA", "capital")]


def test_offsets_are_in_the_original_text():
    text = "وقال وزيرُ الخارجيةِ الأمريكيُّ ريكس تيلرسون"
    [m] = find_actors(text, story(date(2017, 6, 1))).mentions
    assert text[m.start:m.end] == m.text == "وزيرُ الخارجيةِ الأمريكيُّ ريكس تيلرسون"


# Armed actors named by their own names as the news writes them, and news agencies: an agency is
# a media actor, never the country its name holds («وكالة الصحافة الفرنسية» is not France).
FORCE_ROWS = [
    ("وقالت المقاومة الشعبية إن مقاتليها تقدموا", [("popular_resistance", "alias")]),
    ("وتقدمت مليشيات الحوثي نحو المدينة", [("houthis", "alias")]),
    ("وسيطرت وحدات حماية الشعب الكردي على البلدة", [("ypg", "alias")]),
    ("وهاجم مستوطنون متطرفون القرية", [("israeli_settlers", "alias")]),
    ("وقال مسؤول لوكالة الصحافة الفرنسية إن", [("afp", "alias")]),
    ("وذكرت وكالة فرانس برس أن", [("afp", "alias")]),
    ("وأفادت رويترز بأن", [("reuters", "alias")]),
    ("وقالت وكالة أسوشيتد برس إن", [("associated_press", "alias")]),
    ("وذكرت وكالة الأنباء السعودية (واس) أن", [("spa", "alias"), ("spa", "alias")]),
    ("ونقلت كونا عن مصدر أن", [("kuna", "alias")]),
]


@pytest.mark.parametrize("text,expected", FORCE_ROWS)
def test_forces_and_agencies(text, expected):
    mentions = find_actors(text, story(date(2015, 7, 30))).mentions
    assert [(m.actor_id, m.how) for m in mentions] == expected  # nationalities too: none left over


@pytest.mark.parametrize("text,prep", [
    ("وقصفت البلدة من قبل طيران التحالف العربي", "من قبل"),
    ("وقتل الجنود على يد مسلحين", "علي يد"),  # folded, as every preposition is recorded
])
def test_two_word_prepositions_of_an_author(text, prep):
    [mention] = find_actors(text, story(date(2017, 6, 1))).mentions
    assert mention.prep == prep
