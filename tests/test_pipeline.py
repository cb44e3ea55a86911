"""End-to-end behaviour of the default pipeline on short articles written for these tests.

Each test names one convention of EVENTS.md that the rules must keep (visitor/host, signing,
planned events, negation, quotes and their speakers, offsets).
"""

import pytest

import marsad
from marsad.doc import Document


def _extract(text: str, pub_date: str = "2024-03-12") -> Document:
    return marsad.extract(text, pub_date=pub_date, source="test")


def _codes(doc: Document, ids: list[str]) -> set[str]:
    return {doc.actor(i).code for i in ids}


def _events(doc: Document, etype: str) -> list:
    return [e for e in doc.events if e.type == etype and e.status == "asserted"]


def test_host_is_recipient_of_a_visit():
    doc = _extract("استقبل وزير الخارجية الأردني أيمن الصفدي، يوم الثلاثاء، وزير الخارجية المصري سامح شكري في عمّان.")
    (visit,) = _events(doc, "CONSULT")
    assert visit.mode == "visit"
    assert _codes(doc, visit.actor) == {"EGYGOV"}
    assert _codes(doc, visit.recipient) == {"JORGOV"}
    assert visit.date == "2024-03-12"  # Tuesday in an article of Tuesday 2024-03-12


def test_signing_puts_every_party_in_actor():
    doc = _extract("ووقّع وزير الطاقة الأردني صالح الخرابشة مذكرة تفاهم مع وزير البترول المصري طارق الملا.")
    (signing,) = _events(doc, "SUPPORT")
    assert _codes(doc, signing.actor) == {"JORGOV", "EGYGOV"}
    assert signing.recipient == []


def test_planned_meeting_is_agree():
    doc = _extract("ومن المقرر أن يلتقي الرئيس المصري عبد الفتاح السيسي الرئيس الروسي فلاديمير بوتين الشهر المقبل.")
    assert not _events(doc, "CONSULT")
    (plan,) = _events(doc, "AGREE")
    assert _codes(doc, plan.actor) == {"EGYGOV"}
    assert _codes(doc, plan.recipient) == {"RUSGOV"}


def test_negated_event_is_not_asserted():
    doc = _extract("لم يلتق وزير الخارجية الأردني أيمن الصفدي نظيره المصري سامح شكري.")
    assert not _events(doc, "CONSULT")


def test_accusation_with_demonym_subject():
    doc = _extract("اتهمت الحكومة العراقية تركيا بانتهاك سيادة البلاد.")
    (accuse,) = _events(doc, "ACCUSE")
    assert _codes(doc, accuse.actor) == {"IRQGOV"}
    assert _codes(doc, accuse.recipient) == {"TUR"}


def test_quotes_keep_the_speaker_through_continuations():
    text = (
        'وقال وزير الخارجية الأردني أيمن الصفدي إن "الأردن يدعم الحل السياسي في المنطقة".\n'
        'وأضاف أن "التعاون مع مصر سيتعزز".\n'
        'من جانبه، أكد وزير الخارجية المصري سامح شكري أن "مصر تقف مع الأردن"، مشيراً إلى أن "العلاقات متينة".'
    )
    doc = _extract(text)
    speakers = [doc.actor(q.speaker).name for q in doc.quotes]
    assert speakers == ["أيمن الصفدي", "أيمن الصفدي", "سامح شكري", "سامح شكري"]
    for q in doc.quotes:
        assert text[q.span.start : q.span.end] == q.span.text
        assert '"' not in q.span.text


def test_report_chain_gives_the_words_to_the_person_quoted():
    text = (
        "ونقل المكتب الإعلامي لوزارة الخارجية العراقية في بيان عن الوزير فؤاد حسين قوله،\n\n"
        'إن "العراق حريص على علاقات متوازنة مع جيرانه".'
    )
    doc = _extract(text)
    (quote,) = doc.quotes
    assert doc.actor(quote.speaker).name == "فؤاد حسين"


def test_surname_and_role_phrases_resolve_to_the_first_full_mention():
    text = (
        "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني عباس عراقجي في موسكو.\n"
        "وقال لافروف إن المحادثات كانت مثمرة، فيما أشاد الوزير الروسي بالتعاون."
    )
    doc = _extract(text)
    lavrov = next(a for a in doc.actors if a.name == "سيرغي لافروف")
    assert lavrov.code == "RUSGOV"
    mentioned = {m.text for m in lavrov.mentions}
    assert {"سيرغي لافروف", "لافروف"} <= mentioned
    assert any("الوزير الروسي" in t for t in mentioned)


@pytest.mark.parametrize("text", ["", "   \n", "مجرد جملة بلا أحداث."])
def test_texts_without_events_give_a_valid_record(text):
    record = _extract(text).to_dict()
    assert record["events"] == [] and record["quotes"] == []
    assert record["text"] == text


def test_every_span_points_at_its_text():
    text = "استقبل الرئيس العراقي في بغداد، أمس، وزير الدفاع التركي، وبحث معه التعاون العسكري بين البلدين."
    record = _extract(text).to_dict()
    spans = [m for a in record["actors"] for m in a["mentions"]]
    spans += [t for e in record["events"] for t in e["triggers"]]
    assert spans
    for s in spans:
        assert text[s["start"] : s["end"]] == s["text"]


def test_title_after_a_name_codes_the_person():
    doc = _extract("وقال جون سميث، المتحدث باسم وزارة الخارجية الأمريكية، إن \"الحوار هو الطريق\".")
    (quote,) = doc.quotes
    assert doc.actor(quote.speaker).code == "USAGOV"


def test_generic_noun_refers_back_to_the_organisation():
    text = 'وأصدرت حركة حماس بيانا أمس. وقالت الحركة إن "المفاوضات مستمرة".'
    doc = _extract(text)
    (quote,) = doc.quotes
    assert doc.actor(quote.speaker).code == "PSEREB"


def test_act_noun_takes_victim_after_it_and_doer_from_its_adjective():
    doc = _extract("وأدت الغارات الإسرائيلية على حركة حماس إلى دمار واسع.")
    (attack,) = _events(doc, "ASSAULT")
    assert _codes(doc, attack.actor) == {"ISRMIL"}  # an armed act's demonym names the state's military
    assert _codes(doc, attack.recipient) == {"PSEREB"}


def test_equipment_with_demonym_is_the_military_and_addressee_after_ila_is_an_actor():
    doc = _extract("وجه الرئيس الأمريكي تحذيرا إلى روسيا، بعد أن قصفت طائرات حربية أميركية مواقع التنظيم.")
    (warning,) = _events(doc, "THREATEN")
    assert _codes(doc, warning.actor) == {"USAGOV"}
    assert _codes(doc, warning.recipient) == {"RUS"}
    assert "USAMIL" in {a.code for a in doc.actors}


def test_own_country_is_no_recipient_beside_a_foreign_one():
    doc = _extract("وأكد وزير الخارجية العراقي دعم بلاده للتعاون بين العراق وروسيا.")
    support = _events(doc, "SUPPORT")
    assert support and all("IRQ" not in _codes(doc, e.recipient) for e in support)


def test_participle_after_an_earlier_quote_keeps_the_sentence_subject():
    doc = _extract('وكان رئيس الوزراء التركي بن علي يلديريم قد حض روسيا والولايات المتحدة على الكف "عن شجارات الشوارع" بشأن سوريا، قائلا "إن الوقت حان لوقف الحرب".')
    assert len(doc.quotes) == 2
    assert all(doc.actor(q.speaker).code == "TURGOV" for q in doc.quotes)


def test_participle_after_a_quote_naming_a_party_goes_on_with_the_speaker_not_that_party():
    doc = _extract('وأكد الرئيس الفلسطيني محمود عباس أن حماس مسؤولة عن الاعتداء. وقال إن "حماس تقف وراء الاعتداء"، '
                   'مضيفا "ارتكبوا الجريمة الحمقاء".')
    assert len(doc.quotes) == 2
    assert [doc.actor(q.speaker).code for q in doc.quotes] == ["PSEGOV", "PSEGOV"]


def test_coordinated_speech_verb_is_not_the_last_named_state():
    doc = _extract("أدانت الولايات المتحدة هجمات جماعة بوكو حرام في الكاميرون ونيجيريا ووصفتها بأنها «مروعة وعشوائية».")
    (quote,) = doc.quotes
    assert doc.actor(quote.speaker).code == "USA"


def test_title_in_apposition_gives_the_body_sector_even_across_lam_words():
    doc = _extract('قال محمد الغول، وكيل لجنة حقوق الإنسان بمجلس النواب المصري، إنه "لا يوجد معتقلون في مصر".')
    (quote,) = doc.quotes
    assert doc.actor(quote.speaker).code == "EGYLEG"


def test_construct_title_before_a_state_gives_the_person_that_country():
    doc = _extract("أكد وزير خارجية البحرين الشيخ خالد بن أحمد، الجمعة، على دعم بلاده للمملكة العربية السعودية.")
    (support,) = _events(doc, "SUPPORT")
    assert _codes(doc, support.actor) == {"BHRGOV"}
    assert _codes(doc, support.recipient) == {"SAU"}


def test_a_plane_named_alone_is_no_actor_of_the_home_country():
    doc = _extract("أعلنت الحكومة العراقية أن الطائرة سقطت قرب بغداد.")
    assert all(a.sector != "MIL" for a in doc.actors)


def test_pronoun_after_anna_points_back_at_the_reporting_subject():
    doc = _extract("وأعلنت السلطات الكويتية أنها اعتقلت 4 أشخاص مرتبطين بحزب الله.")
    (arrest,) = _events(doc, "COERCE")
    assert _codes(doc, arrest.actor) == {"KWTGOV"}


def test_counterparts_named_by_demonym_are_officials_of_those_states():
    doc = _extract("والتقى وزير الخارجية المصري سامح شكري نظيره السوداني في الخرطوم.")
    (meeting,) = _events(doc, "CONSULT")
    assert _codes(doc, meeting.actor) == {"EGYGOV"}
    assert _codes(doc, meeting.recipient) == {"SDNGOV"}
    doc = _extract("وجه وزير الخارجية المصري سامح شكري خطابا إلى نظيريه السوداني والأثيوبي.")
    assert {"SDNGOV", "ETHGOV"} <= {a.code for a in doc.actors}


def test_beneficiary_of_a_deal_is_no_signing_party():
    doc = _extract("ووقعت موسكو وبغداد عقود تسليح للجيش العراقي.")
    assert all("IRQMIL" not in _codes(doc, e.actor) for e in doc.events)


def test_a_body_named_only_in_a_foreign_speakers_quote_is_the_speakers():
    text = ('نقلت إسرائيل مئات من عناصر الدفاع المدني السوري من جنوب سوريا بعد تقدم القوات السورية في درعا السورية. '
            'وقال المتحدث باسم وزارة الخارجية الأردنية محمد الكايد إن "الحكومة أذنت للأمم المتحدة بتنظيم مرورهم".')
    doc = _extract(text)
    government = next(a for a in doc.actors if a.name == "الحكومة")
    assert government.code == "JORGOV"


def test_a_name_spelled_with_an_extra_long_vowel_is_the_same_person():
    doc = _extract("قام مسعود برزاني رئيس إقليم كردستان العراق بزيارة إلى أنقرة. كما دعا برازاني إلى سلام بين الحزب وتركيا.")
    named = [a for a in doc.actors if any(m.text in ("مسعود برزاني", "برازاني") for m in a.mentions)]
    assert len(named) == 1 and named[0].code == "IRQGOV"


def test_title_after_a_known_person_is_another_mention_of_that_person():
    doc = _extract("قام مسعود برزاني رئيس إقليم كردستان العراق بزيارة إلى أنقرة.")
    (person,) = [a for a in doc.actors if a.kind == "person"]
    assert [m.text for m in person.mentions] == ["مسعود برزاني", "رئيس إقليم كردستان العراق"]


def test_later_event_of_the_ledes_party_takes_the_news_day():
    text = ("استقبل الرئيس العراقي عبد اللطيف رشيد يوم الاثنين وزير الخارجية الروسي سيرغي لافروف في بغداد. "
            "وتناول اللقاء العلاقات الثنائية. وحضر اللقاء عدد من المسؤولين. "
            "وأشاد لافروف بدور العراق في المنطقة.")
    doc = _extract(text, pub_date="2024-03-12")
    (praise,) = _events(doc, "SUPPORT")
    assert praise.date == "2024-03-11"


def test_an_outlet_spoken_to_is_no_recipient_and_looking_for_is_no_talk():
    doc = _extract("من جهته، رفض متحدث عسكري إسرائيلي تأكيد حصول الضربات الجوية، ردا على سؤال لفرانس برس.")
    assert all("FRAMED" not in _codes(doc, e.recipient) for e in doc.events)
    doc = _extract("وقال الوزير الإيراني إن إيران تبحث عن تطبيع العلاقات مع السعودية.")
    assert _events(doc, "CONSULT") == []


def test_a_state_joined_to_a_place_is_a_place():
    doc = _extract("أدانت الولايات المتحدة هجمات جماعة بوكو حرام في الكاميرون ونيجيريا.")
    assert "NGA" not in {a.code for a in doc.actors}


def test_a_state_acting_in_its_own_officials_words_is_the_official():
    doc = _extract("وأكد وزير الخارجية الإيراني محمد جواد ظريف استعداد إيران للتعاون مع السعودية.")
    (offer,) = _events(doc, "AGREE")
    assert _codes(doc, offer.actor) == {"IRNGOV"}
    assert _codes(doc, offer.recipient) == {"SAU"}


def test_a_state_visited_is_its_government_when_the_story_names_one():
    doc = _extract("وتأمل الخرطوم في تحسين العلاقات. وقد وصل المبعوث الأميركي دونالد بوث أمس في زيارة للسودان تستغرق أربعة أيام.")
    (visit,) = _events(doc, "CONSULT")
    assert _codes(doc, visit.actor) == {"USAGOV"}
    assert _codes(doc, visit.recipient) == {"SDNGOV"}


def test_recent_after_a_definite_noun_is_no_reference_to_the_latter():
    doc = _extract("قالت الباحثة لوري بوارتن إن الاجتماع جاء في أعقاب عمليات الاعتقال الأخيرة في الكويت.")
    person = next(a for a in doc.actors if a.kind == "person")
    assert [m.text for m in person.mentions] == ["لوري بوارتن"]


def test_the_phrase_after_an_act_nouns_preposition_is_its_object():
    doc = _extract("وفتحت السلطات القضائية في تركيا، الخميس الماضي، تحقيقا ضد زعيم حزب الشعوب الديمقراطي صلاح الدين دميرتاش.")
    (probe,) = _events(doc, "ACCUSE")
    assert _codes(doc, probe.actor) == {"TURJUD"}


def test_an_unnamed_ministrys_source_speaks_for_the_sentences_subject():
    text = ('فرضت واشنطن عقوبات على إيران، وقالت إيران إن العقوبات على إيران ظالمة. من جهتها، دانت دمشق العقوبات '
            'على طهران، وفق ما نقل الإعلام الرسمي عن مصدر في وزارة الخارجية.')
    doc = _extract(text)
    (source,) = [a for a in doc.actors if a.kind == "source"]
    assert source.code == "SYRGOV"


def test_armed_groups_are_the_storys_country_unless_called_foreign():
    doc = _extract("قصفت القوات السورية مواقع في دمشق وحمص السورية، وقال مسلحو المعارضة إن المتطرفين الأجانب غادروا.")
    codes = {a.name: a.code for a in doc.actors if a.kind in ("group", "body") and a.sector == "REB"}
    assert codes == {"مسلحو المعارضة": "SYRREB", "المتطرفين": "REB"}


def test_a_transnational_group_where_it_operates_stays_transnational():
    doc = _extract("وشاركت قوات سوريا الديمقراطية في طرد داعش في سوريا من معقله الرئيسي، الرقة.")
    (isis,) = [a for a in doc.actors if any("داعش" in m.text for m in a.mentions)]
    assert isis.code == "REB"


def test_expelling_armed_men_is_fighting_expelling_a_diplomat_a_sanction():
    doc = _extract("وطردت القوات العراقية مسلحي تنظيم داعش من مدينة الموصل.")
    assert [e.type for e in doc.events] == ["ASSAULT"]
    doc = _extract("طردت الكويت السفير الفلبيني.")
    assert [e.type for e in doc.events] == ["SANCTION"]


def test_a_word_with_a_fused_preposition_and_article_ends_a_name():
    text = ("زار ولي العهد السعودي الأمير محمد بن سلمان القاهرة. "
            "وقال عضو مجلس النواب المصري آليا ثروت إن زيارة الأمير محمد للكاتدرائية، ليست الخطوة الأولى.")
    doc = _extract(text)
    assert all("للكاتدرائية" not in m.text for a in doc.actors for m in a.mentions)


def test_a_title_word_after_a_definite_noun_is_its_adjective():
    doc = _extract("وشاركت قوات سوريا الديمقراطية في طرد التنظيم الإرهابي من الرقة.")
    assert all(a.kind != "person" for a in doc.actors)


def test_a_quoted_outlet_name_a_few_adjectives_after_its_head_is_no_quote():
    doc = _extract('وقالت وكالة الأنباء السورية الرسمية "سانا" إن الرئيس السوري قال إن "الوقت حان للحوار".')
    assert [q.span.text for q in doc.quotes] == ["الوقت حان للحوار"]
    doc = _extract('وقال ترامب إن الصواريخ الأمريكية "آتية" للرد على الهجوم.')
    assert [q.span.text for q in doc.quotes] == ["آتية"]


def test_an_office_named_without_a_person_gives_no_surname():
    doc = _extract("اجتمع ولي العهد مع وزير الدفاع الأمريكي في جدة. وبحث الجانبان قضايا الدفاع المشترك.")
    assert all(m.text != "الدفاع" for a in doc.actors for m in a.mentions)


def test_arriving_at_a_capital_is_a_visit_reaching_a_point_is_not():
    doc = _extract("وصل ولي عهد المملكة العربية السعودية، الأمير محمد بن سلمان، الأحد، إلى العاصمة المصرية، القاهرة، "
                   "حيث كان في استقباله الرئيس المصري عبد الفتاح السيسي.")
    (visit,) = _events(doc, "CONSULT")
    assert visit.mode == "visit"
    assert _codes(doc, visit.actor) == {"SAUGOV"} and _codes(doc, visit.recipient) == {"EGYGOV"}
    doc = _extract("وذكر الوزيران الأمريكي والتركي أن العلاقات وصلت إلى مرحلة حرجة.")
    assert _events(doc, "CONSULT") == []


def test_an_act_noun_inside_what_someone_says_is_not_the_speakers_act():
    doc = _extract("قال الأمين العام لحزب الله حسن نصرالله الأحد إن الضربة المشتركة للولايات المتحدة وبريطانيا وفرنسا "
                   "تزامنت مع وصول المحققين من منظمة حظر الأسلحة الكيماوية إلى سوريا.")
    assert all("LBNREB" not in _codes(doc, e.actor) for e in doc.events)


def test_a_word_between_a_title_and_a_tagged_name_is_the_first_name():
    doc = _extract("ووقّع وزير الصحة العراقي صالح الحسناوي مذكرة تفاهم مع وزير العمل والحماية الاجتماعية في روسيا "
                   "الاتحادية أنطون أوليغوفيتش كوتياكوف.")
    (signing,) = _events(doc, "SUPPORT")
    names = {doc.actor(a).name: doc.actor(a).code for a in signing.actor}
    assert names.get("أنطون أوليغوفيتش كوتياكوف") == "RUSGOV"


def test_a_gathering_verb_after_a_meeting_noun_names_all_its_parties():
    doc = _extract("وأكد الرئيس المصري عبد الفتاح السيسي ذلك خلال القمة الثلاثية التي تجمع إلى جانبه كلا من العاهل "
                   "الأردني الملك عبد الله الثاني، والعراقي برهم صالح، في القاهرة.")
    (summit,) = _events(doc, "CONSULT")
    assert _codes(doc, summit.actor) == {"EGYGOV", "JORGOV", "IRQGOV"} and summit.recipient == []
    doc = _extract("كشفت مصادر عن لقاء ضم وزير الخارجية الإيراني محمد جواد ظريف مع الأمين العام لحزب الله حسن نصرالله.")
    (meeting,) = _events(doc, "CONSULT")
    assert _codes(doc, meeting.actor) == {"IRNGOV", "LBNREB"}


def test_meetings_with_different_partners_stay_apart():
    doc = _extract("أعلن في القاهرة عن لقاء ضم وزير الخارجية الروسي سيرغي لافروف مع رئيس الوزراء الفلسطيني محمد اشتية. "
                   "كما التقى لافروف في اليوم نفسه وزير الخارجية الأردني أيمن الصفدي.")
    meetings = _events(doc, "CONSULT")
    assert len(meetings) == 2
    assert {frozenset(_codes(doc, e.actor + e.recipient)) for e in meetings} == {
        frozenset({"RUSGOV", "PSEGOV"}), frozenset({"RUSGOV", "JORGOV"})}


def test_the_place_after_a_visit_noun_is_the_host():
    doc = _extract("وبدأ وزير الخارجية التركي مولود جاويش أوغلو زيارة موسكو أمس.")
    (visit,) = _events(doc, "CONSULT")
    assert _codes(doc, visit.actor) == {"TURGOV"} and _codes(doc, visit.recipient) <= {"RUS", "RUSGOV"}
    assert visit.recipient


def test_the_party_after_a_plural_verb_is_its_object():
    doc = _extract("وقال وزير الخارجية الإندونيسي إن موظفي السفارة الإندونيسية في الرياض يساعدون عاملات إندونيسيات على العودة.")
    (aid,) = _events(doc, "AID")
    assert _codes(doc, aid.actor) == {"IDNGOV"} and _codes(doc, aid.recipient) == {"IDNCVL"}


def test_a_demonym_after_an_outlet_and_a_party_after_a_preposition_are_no_subjects():
    doc = _extract('جدد وزير الخارجية الإماراتي عبدالله بن زايد، الأحد، تأييد بلاده للمملكة العربية السعودية، بينما انتقد '
                   'وكالة "قنا" القطرية.')
    (blame,) = _events(doc, "ACCUSE")
    assert _codes(doc, blame.actor) == {"AREGOV"}


def test_the_subject_of_an_opening_speech_verb_speaks_an_unquoted_evaluation():
    doc = _extract("واعتبرت الأردن قرار الحكومة الإسرائيلية انتهاكا للقانون الدولي.")
    (blame,) = _events(doc, "ACCUSE")
    assert _codes(doc, blame.actor) == {"JOR"} and _codes(doc, blame.recipient) == {"ISRGOV"}


def test_a_party_in_a_time_adjunct_is_no_object_unless_the_adjunct_is_the_meeting():
    doc = _extract("وشن الجيش الإسرائيلي غارات خلال زيارة للرئيس الفرنسي إيمانويل ماكرون إلى المنطقة.")
    assert all("FRAGOV" not in _codes(doc, e.recipient) for e in _events(doc, "ASSAULT"))
    doc = _extract("بحث الرئيس المصري عبد الفتاح السيسي خلال اتصال هاتفي مع الرئيس الفرنسي إيمانويل ماكرون الأوضاع في ليبيا.")
    (call,) = _events(doc, "CONSULT")
    assert _codes(doc, call.actor + call.recipient) == {"EGYGOV", "FRAGOV"}


def test_people_tied_to_an_armed_group_are_its_members_where_they_are_arrested():
    doc = _extract("قال مسؤول في وزارة الخارجية الأمريكية في واشنطن إن البحرين ألقت القبض على خمسة أشخاص ينتمون "
                   "إلى خلية تابعة لتنظيم القاعدة.")
    (arrest,) = _events(doc, "COERCE")
    assert _codes(doc, arrest.actor) == {"BHR"} and _codes(doc, arrest.recipient) == {"BHRREB"}
    doc = _extract("قال مسؤول أمريكي إن خمسة أشخاص أصيبوا في الحادث.")
    assert not any(a.kind == "group" for a in doc.actors)


def test_an_ally_named_by_a_demonym_is_a_conjunct():
    doc = _extract("نددت السعودية وحليفتها الإماراتية الخميس بتصريحات أدلى بها وزير الخارجية الإيراني محمد جواد ظريف.")
    (blame,) = _events(doc, "ACCUSE")
    assert _codes(doc, blame.actor) == {"SAU", "ARE"} and _codes(doc, blame.recipient) == {"IRNGOV"}


def test_a_gathering_verbs_dual_pronoun_points_at_the_parties_before():
    doc = _extract("وأكد الرئيس الفرنسي إيمانويل ماكرون والمستشارة الألمانية أنغيلا ميركل موقفهما من الأزمة الليبية، "
                   "خلال اجتماع جمعهما الثلاثاء بحضور وزير الخارجية الروسي سيرغي لافروف.")
    (meeting,) = _events(doc, "CONSULT")
    assert _codes(doc, meeting.actor) == {"FRAGOV", "DEUGOV"}


def test_the_demonym_of_a_topic_discussed_is_no_party_to_talks():
    doc = _extract("بحث وزير الخارجية المصري سامح شكري الأزمة الليبية مع نظيره الأردني أيمن الصفدي.")
    (talks,) = _events(doc, "CONSULT")
    assert _codes(doc, talks.actor + talks.recipient) == {"EGYGOV", "JORGOV"}


def test_an_evaluation_targets_the_doer_in_its_own_clause():
    doc = _extract("واعتبرت الحكومة الأردنية هدم منازل الفلسطينيين جريمة نفذها الجيش الإسرائيلي.")
    (blame,) = _events(doc, "ACCUSE")
    assert _codes(doc, blame.actor) == {"JORGOV"} and _codes(doc, blame.recipient) == {"ISRMIL"}
    doc = _extract("واعتبرت الحكومة الأردنية أن هدم المنازل انتهاك للقانون الدولي وقالت روسيا إنها تتابع الوضع.")
    assert all("RUS" not in _codes(doc, e.recipient) for e in doc.events)


def test_a_government_withdrawing_from_a_deal_sanctions_forces_withdrawing_retreat():
    doc = _extract("وقررت الحكومة الأسترالية الانسحاب من الاتفاق التجاري مع الصين.")
    (quit_deal,) = _events(doc, "SANCTION")
    assert quit_deal.mode == "withdraw" and _codes(doc, quit_deal.actor) == {"AUSGOV"}
    assert _codes(doc, quit_deal.recipient) == {"CHN"}
    doc = _extract("وأكملت القوات الأسترالية انسحابها من العراق.")
    assert _events(doc, "SANCTION") == []


def test_forces_of_an_organisation_are_its_military():
    doc = _extract("وشنت قوات حلف شمال الأطلسي غارات على مواقع لحركة طالبان في ولاية هلمند.")
    (strike,) = _events(doc, "ASSAULT")
    assert _codes(doc, strike.actor) == {"IGOMIL"}


def test_holding_a_party_responsible_is_an_accusation_bearing_it_is_not():
    doc = _extract("وحملت الحكومة اللبنانية إسرائيل مسؤولية التصعيد على الحدود الجنوبية.")
    (blame,) = _events(doc, "ACCUSE")
    assert _codes(doc, blame.actor) == {"LBNGOV"} and _codes(doc, blame.recipient) == {"ISR"}
    doc = _extract("وقال رئيس الوزراء اللبناني إن الحكومة اللبنانية تتحمل كامل المسؤولية عن الأزمة.")
    assert _events(doc, "ACCUSE") == []


def test_calling_a_party_the_one_responsible_accuses_it():
    doc = _extract("وأكد وزير الدفاع الإسرائيلي أن حركة حماس هي المسؤولة عن إطلاق الصواريخ.")
    (blame,) = _events(doc, "ACCUSE")
    assert _codes(doc, blame.actor) == {"ISRMIL"} and _codes(doc, blame.recipient) == {"PSEREB"}


def test_collusion_between_listed_groups_accuses_each_of_them():
    doc = _extract("ورأت الحكومة العراقية أن البيان دليل على التواطؤ بين حزب العمال الكردستاني، والحزب الديموقراطي الكردستاني.")
    (blame,) = _events(doc, "ACCUSE")
    assert _codes(doc, blame.actor) == {"IRQGOV"}
    assert {c[3:] for c in _codes(doc, blame.recipient)} == {"REB", "PTY"}


def test_the_state_a_visit_goes_to_is_its_host():
    doc = _extract("وطالب وزير الخارجية العراقي فؤاد حسين خلال زيارة إلى اليابان الأحد، الحكومة التركية بوقف الغارات.")
    (visit,) = _events(doc, "CONSULT")
    assert _codes(doc, visit.actor) == {"IRQGOV"} and _codes(doc, visit.recipient) <= {"JPN", "JPNGOV"}
    assert visit.recipient


def test_people_counted_after_a_preposition_are_the_object():
    doc = _extract("وتقدمت قوات الجيش العراقي في مدينة الموصل، وقبضت على عشرات المسلحين الأجانب.")
    (arrest,) = _events(doc, "COERCE")
    assert _codes(doc, arrest.actor) == {"IRQMIL"}


def test_one_wording_repeated_by_one_countrys_parties_is_one_event():
    doc = _extract("أدانت الأردن اعتداءات المستوطنين الإسرائيليين على المسجد. "
                   "وأدانت الحكومة الأردنية قرار الحكومة الإسرائيلية بناء وحدات استيطانية.")
    (blame,) = _events(doc, "ACCUSE")
    assert _codes(doc, blame.actor) == {"JOR", "JORGOV"}
    assert _codes(doc, blame.recipient) == {"ISRCVL", "ISRGOV"}


def test_the_same_wording_by_a_government_and_its_rebels_stays_two_events():
    doc = _extract("طالب الرئيس التركي رجب طيب أردوغان الولايات المتحدة بوقف دعم المقاتلين الأكراد. "
                   "وطالب حزب العمال الكردستاني الحكومة العراقية بحماية المدنيين.")
    requests = _events(doc, "REQUEST")
    assert len(requests) == 2


def test_a_verb_inside_a_quotation_is_not_the_act_of_the_speaker_named_outside():
    doc = _extract('وحث الرئيس الفرنسي إيمانويل ماكرون الطرفين على الحوار، قائلا "إن الوقت حان لأن يضعا خلافاتهما '
                   'جانبا لأنها تهدد بإلحاق الأذى بالمدنيين".')
    assert all("FRAGOV" not in _codes(doc, e.actor) for e in doc.events if e.type == "THREATEN")


def test_a_visit_restated_before_it_is_told_leaves_the_roles_to_the_host_verb():
    doc = _extract("أكد وزير الخارجية العراقي فؤاد حسين خلال لقائه وزير الخارجية الإيراني عباس عراقجي أهمية التعاون. "
                   "وتستمر الزيارة يومين. وكان حسين قد استقبل عراقجي لدى وصوله إلى بغداد.")
    visits = [e for e in _events(doc, "CONSULT") if e.mode == "visit"]
    assert visits and all(_codes(doc, e.actor) == {"IRNGOV"} and _codes(doc, e.recipient) == {"IRQGOV"} for e in visits)


def test_a_past_verb_starting_with_nun_is_no_first_person_form():
    doc = _extract('وقال المتحدث باسم وزارة الخارجية العراقية أحمد الصحاف إن "الوزيرين ناقشا مع روسيا '
                   'العلاقات الثنائية".')
    assert all(e.rule != "first person in a quote: the speaker" for e in doc.events)


def test_saying_a_party_must_act_is_a_request_to_it():
    doc = _extract("وقال وزير الخارجية التركي مولود جاويش أوغلو إن على الولايات المتحدة سحب المقاتلين الأكراد من منبج.")
    (request,) = _events(doc, "REQUEST")
    assert _codes(doc, request.actor) == {"TURGOV"} and _codes(doc, request.recipient) == {"USA"}


def test_an_offer_made_at_a_meeting_is_addressed_to_its_other_parties():
    doc = _extract("وعرض الرئيس الإيراني حسن روحاني خطة للسلام خلال القمة الثلاثية التي تجمعه بالرئيس الروسي "
                   "فلاديمير بوتين والتركي رجب طيب أردوغان في طهران.")
    (offer,) = _events(doc, "AGREE")
    assert _codes(doc, offer.actor) == {"IRNGOV"} and _codes(doc, offer.recipient) == {"RUSGOV", "TURGOV"}


def test_an_indefinite_title_with_an_adjective_and_a_demonym_is_a_person_of_that_country():
    doc = _extract("ودعا كاتب سياسي أميركي وزارة الخارجية الأمريكية إلى استدعاء السفير القطري.")
    writer = next(a for a in doc.actors if a.role.startswith("كاتب"))
    assert writer.code == "USAJRN"


def test_an_anonymous_government_or_military_source_speaks_for_its_country():
    doc = _extract('وقال مصدر حكومي عراقي إن "الاتفاق سيوقع قريبا".')
    (quote,) = doc.quotes
    assert doc.actor(quote.speaker).code == "IRQGOV"
    doc = _extract('وذكرت مصادر عسكرية ليبية أن "الجيش تقدم في درنة".')
    (quote,) = doc.quotes
    assert doc.actor(quote.speaker).code == "LBYMIL"


def test_counted_soldiers_before_a_plural_killing_verb_were_killed():
    doc = _extract("وقال مسؤولون أفغان إن 14 جنديا أفغانيا قتلوا في غارة جوية شنتها طائرات حلف شمال الأطلسي على قاعدة "
                   "في ولاية لوغار.")
    assaults = _events(doc, "ASSAULT")
    assert all("AFGMIL" not in _codes(doc, e.actor) for e in assaults)
    assert any(_codes(doc, e.actor) == {"IGOMIL"} and "AFGMIL" in _codes(doc, e.recipient) for e in assaults)


def test_talaba_before_a_name_is_the_verb_demanded_not_a_student():
    doc = _extract("طالب عادل الجبير الولايات المتحدة بوقف دعم الميليشيات.")
    (request,) = _events(doc, "REQUEST")
    assert _codes(doc, request.actor) == {"SAUGOV"} and _codes(doc, request.recipient) == {"USA"}


def test_a_verb_after_a_relative_pronoun_is_the_act_of_its_antecedent():
    doc = _extract("وأشاد وزير الخارجية المصري سامح شكري بالحكومة السودانية التي دعت الجيش الإثيوبي إلى وقف الهجمات.")
    (request,) = _events(doc, "REQUEST")
    assert _codes(doc, request.actor) == {"SDNGOV"} and _codes(doc, request.recipient) == {"ETHMIL"}


def test_one_kind_of_act_by_one_states_organs_in_other_words_is_one_event():
    doc = _extract("أدانت الأردن اعتداءات المستوطنين الإسرائيليين على المسجد. "
                   "واستنكرت الحكومة الأردنية قرار الحكومة الإسرائيلية بناء وحدات استيطانية.")
    (blame,) = _events(doc, "ACCUSE")
    assert _codes(doc, blame.actor) == {"JOR", "JORGOV"}


def test_an_indefinite_title_with_a_demonym_is_an_official_of_each_state_named():
    doc = _extract('وقال مسؤول أمريكي إن "الاتفاق سيوقع قريبا".')
    (quote,) = doc.quotes
    assert doc.actor(quote.speaker).code == "USAGOV"
    doc = _extract("ونفت الخارجية المصرية تصريحات لمسؤولين سوداني وأثيوبي تحمل القاهرة مسؤولية فشل المفاوضات.")
    (blame,) = _events(doc, "ACCUSE")
    assert _codes(doc, blame.actor) == {"SDNGOV", "ETHGOV"}


def test_the_same_kind_of_act_on_two_days_stays_two_events():
    doc = _extract("وشنت الطائرات التركية غارات جوية على مواقع حزب العمال الكردستاني اليوم. "
                   "وكانت الطائرات التركية قد شنت قبل أسبوع غارات جوية على مواقع حزب العمال الكردستاني في العراق.",
                   pub_date="2015-08-01")
    second = doc.text.index("وكانت")
    for strike in _events(doc, "ASSAULT"):  # no record mixes the two days' words
        assert len({t.start < second for t in strike.triggers}) == 1
        assert strike.date == ("2015-08-01" if strike.triggers[0].start < second else "2015-07-25")


def test_a_spokeswoman_takes_the_country_of_the_ministry_she_speaks_for():
    doc = _extract("وأكد وزير الخارجية الإماراتي وقوف بلاده مع السعودية. "
                   "وقالت المتحدثة باسم وزارة الخارجية الأمريكية، هيذر نويرت، إن السفير عاد إلى بلاده.")
    spokeswoman = next(a for a in doc.actors if a.name == "هيذر نويرت")
    assert spokeswoman.code == "USAGOV"


def test_being_exposed_to_shelling_is_no_offer():
    doc = _extract("ونزح السكان من المنطقة التي تعرض للقصف بشدة، لكن الجيش الروسي قال إن مسلحي المعارضة "
                   "منعوا السكان من المغادرة.")
    assert not _events(doc, "AGREE")
    doc = _extract("وتعرض روسيا على سوريا مساعدات عسكرية جديدة.")
    (offer,) = _events(doc, "AGREE")
    assert _codes(doc, offer.actor) == {"RUS"}


def test_an_evaluation_inside_a_stated_condemnation_is_no_second_accusation():
    doc = _extract("ندد مسؤولون أمريكيون وإسرائيليون الأربعاء بتصريحات للرئيس الفلسطيني محمود عباس اعتبرت "
                   "\"معادية للسامية\"، بعدما صرح أمام المجلس الوطني الفلسطيني بأن أوروبا مسؤولة.")
    accusations = _events(doc, "ACCUSE")
    assert accusations and all(_codes(doc, a.recipient) == {"PSEGOV"} for a in accusations)
    assert all(not _codes(doc, a.actor) & {"PSEGOV", "PSELEG"} for a in accusations)


def test_an_event_recalled_from_years_before_is_background():
    doc = _extract("وقال مترجم القذافي إنه حضر الاجتماع عام 2005 بين ساركوزي والقذافي. "
                   "واستقبل الرئيس الفرنسي إيمانويل ماكرون أمس رئيس الوزراء الليبي في باريس.", pub_date="2018-04-04")
    (meeting,) = _events(doc, "CONSULT")
    assert meeting.date == "2018-04-03"


def test_an_act_named_as_a_purpose_has_not_happened():
    doc = _extract("وتقاربت تركيا مع روسيا ومع إيران في الأشهر الأخيرة بهدف إرساء وقف إطلاق النار في سوريا "
                   "علما بأن تركيا تدعم فصائل سورية.")
    assert not _events(doc, "RETREAT")


def test_a_deceit_verb_in_reported_speech_is_the_speakers_accusation_of_its_subject():
    doc = _extract("وقال كاتب سياسي أميركي إن القطريين يخدعون الرئيس الأميركي دونالد ترامب.")
    (accusation,) = _events(doc, "ACCUSE")
    assert _codes(doc, accusation.actor) == {"USAJRN"}
    assert _codes(doc, accusation.recipient) == {"QATGOV"}


def test_a_plural_demonym_opening_a_reported_clause_is_the_states_voice():
    doc = _extract("وقال مسؤول أمريكي إن الإيرانيين رفعوا القضية إلى المحكمة. وقتل ثلاثة من الإيرانيين في الانفجار.")
    codes = {a.code for a in doc.actors if a.name.endswith("الإيرانيين")}
    assert "IRNGOV" in codes
    assert any(a.code == "IRNCVL" for a in doc.actors)


def test_persona_non_grata_is_declared_by_the_subject_on_the_party_named_before():
    doc = _extract("أعلنت وزارة الخارجية الكويتية أنها أبلغت السفير الفلبيني لديها بأنه شخص غير مرغوب فيه.")
    (expulsion,) = _events(doc, "SANCTION")
    assert _codes(doc, expulsion.actor) == {"KWTGOV"} and _codes(doc, expulsion.recipient) == {"PHLGOV"}


def test_that_it_points_at_the_reporting_subject_not_at_the_object_of_an_earlier_that_clause():
    doc = _extract("أعلنت وزارة الخارجية الكويتية أنها أبلغت السفير الفلبيني بقرارها، مبينة أنها اعتقلت ثلاثة "
                   "من موظفي السفارة الفلبينية.")
    (arrest,) = _events(doc, "COERCE")
    assert _codes(doc, arrest.actor) == {"KWTGOV"}


def test_an_embassy_named_by_its_state_is_that_states_government():
    doc = _extract("وقال مسؤولون في سفارة الفلبين في الكويت إن العمال بخير.")
    assert any(a.code == "PHLGOV" and a.name.startswith("سفارة") for a in doc.actors)


def test_the_kingdom_alone_is_the_last_named_kingdom_not_the_united_kingdom():
    doc = _extract("وأكد الأردن أنه وافق على مرور اللاجئين قبل توطينهم في بريطانيا. "
                   "وقالت الوكالة إن المملكة أذنت للأمم المتحدة بتنظيم المرور.")
    kingdom = next(a for a in doc.actors if any(doc.text[m.start:m.end] == "المملكة" for m in a.mentions))
    assert kingdom.code == "JOR"


def test_a_party_after_a_fused_preposition_is_no_subject_after_the_verb():
    doc = _extract("وأذنت للأمم المتحدة بتنظيم مرور 800 مواطن سوري.")
    assert all("UNO" not in _codes(doc, e.actor) for e in doc.events)


def test_a_speech_verb_after_that_it_speaks_for_the_reporting_subject():
    doc = _extract("وأضاف البيان أن إسرائيل تتمسك بسياستها بعدم التدخل في النزاع السوري، "
                   "وأنها تعتبر النظام السوري مسؤولا عن كل الأحداث.")
    (accusation,) = _events(doc, "ACCUSE")
    assert _codes(doc, accusation.actor) == {"ISR"} and _codes(doc, accusation.recipient) == {"SYRGOV"}


def test_taking_in_refugees_is_no_meeting():
    doc = _extract("وأكدت الحكومة الإسرائيلية رفضها استقبال لاجئين سوريين على أراضيها.")
    assert not _events(doc, "CONSULT")


def test_his_highness_is_the_official_the_court_report_is_about():
    doc = _extract("استقبل أمير منطقة الرياض الأمير فيصل بن بندر أمس وفدا من رجال الأعمال. "
                   "وحضر الاستقبال وكيل الإمارة عبدالله بن مجدوع القرني. كما استقبل سموه في مكتبه أمس وفدا آخر.")
    prince = next(a for a in doc.actors if a.name == "فيصل بن بندر")
    assert any(doc.text[m.start:m.end] == "سموه" for m in prince.mentions)


def test_encouraging_a_party_is_a_request_to_it():
    doc = _extract("وشجع الرئيس الأمريكي الحكومة العراقية على مواصلة الإصلاحات.")
    (request,) = _events(doc, "REQUEST")
    assert _codes(doc, request.actor) == {"USAGOV"} and _codes(doc, request.recipient) == {"IRQGOV"}


def test_a_state_after_from_that_backs_or_is_left_is_a_party_not_a_place():
    doc = _extract("وقال إن مقاتلي المعارضة المدعومين من تركيا يسيطرون على المدينة. لكن الكثير من الشركات الأجنبية انسحبت من إيران.")
    codes = {a.code for a in doc.actors}
    assert {"TUR", "IRN"} <= codes
    (withdrawal,) = _events(doc, "SANCTION")
    assert _codes(doc, withdrawal.actor) == {"MNCBUS"} and _codes(doc, withdrawal.recipient) == {"IRN"}


def test_a_contrast_opens_a_new_clause_for_the_object_search():
    doc = _extract("وتعهدت بريطانيا وفرنسا بالالتزام بالاتفاقية، لكن الكثير من الشركات الكبرى انسحبت من إيران.")
    assert all("MNCBUS" not in _codes(doc, e.recipient) for e in doc.events)


def test_a_meeting_told_again_takes_the_day_of_the_meeting_it_points_back_at():
    doc = _extract("استقبل الرئيس الفرنسي إيمانويل ماكرون أمس رئيس الوزراء الليبي في باريس. وبحث الجانبان الأوضاع في ليبيا. "
                   "وقال مسؤول فرنسي إن اللقاء كان مثمرا. وقال مترجم القذافي إن الزعيم الليبي معمر القذافي التقى عام 2005 "
                   "وزير الداخلية الفرنسي نيكولا ساركوزي. وقال إن القذافي وعد ساركوزي خلال الاجتماع بتمويل حملته.",
                   pub_date="2018-04-04")
    meetings = _events(doc, "CONSULT")  # the 2005 meeting and its restatement are background, not news
    assert meetings and all(m.date == "2018-04-03" for m in meetings)


def test_a_dual_or_counted_demonym_names_people():
    doc = _extract("وقتل فلسطينيان في اشتباكات على الحدود. وأصيب 3 إسرائيليين في الهجوم. وأصيب جنديان إسرائيليان.")
    people = [a for a in doc.actors if a.sector == "CVL"]
    assert {a.code for a in people} == {"PSECVL", "ISRCVL"}


def test_an_act_noun_after_a_verbs_subject_and_object_is_the_subjects():
    doc = _extract("وأبلغ الرئيس الفلسطيني محمود عباس الرئيس الروسي فلاديمير بوتين قلقه إزاء قرار الرئيس الأمريكي "
                   "دونالد ترامب نقل السفارة إلى القدس.")
    (concern,) = _events(doc, "ACCUSE")
    assert _codes(doc, concern.actor) == {"PSEGOV"} and "USAGOV" in _codes(doc, concern.recipient)


def test_an_act_a_party_must_do_has_not_happened():
    doc = _extract("وقال صالحي إنه يتعين على الحكومة الإيرانية أن تعرض على البرلمان الإيراني أي اتفاق.")
    assert not _events(doc, "AGREE") and not _events(doc, "SUPPORT")


def test_lifting_a_state_of_emergency_is_a_retreat_without_a_counterpart():
    doc = _extract("أعلنت الحكومة التركية انهاء حالة الطوارئ المفروضة في البلاد منذ عامين.")
    (lifting,) = _events(doc, "RETREAT")
    assert _codes(doc, lifting.actor) == {"TURGOV"} and not lifting.recipient


def test_parties_conjoined_after_a_preposition_are_no_subject_of_the_act_after_them():
    doc = _extract("وأعيد انتخاب أردوغان رئيسا للبلاد بصلاحيات واسعة سيطر من خلالها على الجيش التركي والشرطة والقضاء، "
                   "ليقرر إلغاء حالة الطوارئ.")
    assert all(not _codes(doc, e.actor) & {"TURMIL", "TURCOP", "TURJUD"} for e in _events(doc, "RETREAT"))


def test_a_verb_opening_a_quotation_before_a_preposition_is_the_speakers_own_act():
    doc = _extract('وكان وزير الخارجية الفلبيني آلان بيتر كايتانو قد اعتذر لدولة الكويت. وقال كايتانو "اعتذر لنظيري '
                   'الكويتي ونعتذر للحكومة الكويتية والشعب الكويتي وقادة الكويت إذا استاؤوا من الإجراءات".')
    assert all(_codes(doc, a.actor) == {"PHLGOV"} for a in _events(doc, "CONCEDE"))
    doc = _extract('وقالت وكالة الأنباء السورية إن الحكومة الأردنية "أذنت للأمم المتحدة بتنظيم مرور 800 مواطن".')
    (access,) = _events(doc, "RETREAT")
    assert _codes(doc, access.actor) == {"JORGOV"}


def test_the_demonyms_of_a_meeting_noun_are_its_parties_but_a_demonym_on_a_thing_is_no_party():
    doc = _extract("وانطلقت أمس المحادثات التركية الروسية.")
    (talks,) = _events(doc, "CONSULT")
    assert _codes(doc, talks.actor) == {"TUR", "RUS"}
    doc = _extract("وانطلقت أمس المحادثات التركية الروسية في أنقرة.")  # in a Turkish city: the Russians visit
    (talks,) = _events(doc, "CONSULT")
    assert (_codes(doc, talks.actor), _codes(doc, talks.recipient)) == ({"RUS"}, {"TUR"})
    doc = _extract("وكان ميناء بورتسودان استقبل الشهر الماضي سفينة أميركية عملاقة لإغاثة المتضررين.")
    assert not _events(doc, "CONSULT")


def test_an_indefinite_noun_between_a_verb_and_a_party_makes_the_party_its_genitive_not_the_subject():
    doc = _extract("أدانت الولايات المتحدة أمس الجمعة هجمات جماعة بوكو حرام الانتحارية في الكاميرون ونيجيريا ووصفتها "
                   "بأنها «مروعة وعشوائية» واستنكرت استغلال الجماعة المتشددة للأطفال كمفجرين انتحاريين.")
    assert all("NGAREB" not in _codes(doc, e.actor) for e in _events(doc, "ACCUSE"))
    doc = _extract("وعارض عدد من أعضاء الكونجرس الأمريكي سياسة الرئيس باراك أوباما تجاه إيران.")
    (opposition,) = _events(doc, "ACCUSE")
    assert _codes(doc, opposition.actor) == {"USALEG"}


def test_waqaa_without_a_document_or_partner_means_occurred_not_signed():
    doc = _extract('وقال الرئيس الروسي إنه "وقع اليوم حدث مهم في تاريخ سوريا".')
    assert not _events(doc, "SUPPORT")
    doc = _extract("ووقع وزير العمل العراقي أحمد الأسدي مذكرة تفاهم مع وزير العمل الروسي أنطون كوتياكوف.")
    (signing,) = _events(doc, "SUPPORT")
    assert _codes(doc, signing.actor) == {"IRQGOV", "RUSGOV"}


def test_armed_men_attacking_is_an_assault_and_crowds_are_no_mobilisation():
    doc = _extract("وأكد المرصد أن مقاتلين من تنظيم داعش هاجموا الأربعاء رتلا للقوات الروسية قرب الميادين.")
    assert _events(doc, "ASSAULT") and not _events(doc, "ACCUSE")
    doc = _extract("ورفع الجيش السوري العلم فوق المبنى بينما تلوح حشود من الجماهير السورية بالأعلام.")
    assert not _events(doc, "MOBILIZE")


def test_partners_in_an_attack_act_with_it_and_a_list_after_each_of_names_parties():
    doc = _extract("أكدت رئيسة الوزراء البريطانية تيريزا ماي أن الضربات التي شنتها بريطانيا بالتعاون والتنسيق مع كل من "
                   "الولايات المتحدة الأميركية وفرنسا على مواقع النظام السوري حققت أهدافها.")
    strikes = [e for e in _events(doc, "ASSAULT") if {"USA", "FRA"} <= _codes(doc, e.actor)]
    assert strikes and all(not _codes(doc, e.recipient) & {"USA", "FRA"} for e in strikes)


def test_achieving_progress_is_no_investigation_and_exposure_may_follow_a_clitic():
    doc = _extract("واستهدفت مقاتلات التحالف تجمعات الحوثيين، فيما تمكنت القوات اليمنية من تحقق تقدم جديد ضد الحوثيين.")
    assert not [e for e in doc.events if e.type == "ACCUSE"]
    doc = _extract("وطلب قائد الطائرة السعودية من السلطات المصرية إحضار طبيب، لتعرض أحد الركاب لأزمة صحية.")
    assert not _events(doc, "AGREE")


def test_reversed_curly_quotes_are_quotations_and_the_addressee_is_no_speaker():
    doc = _extract("وكانت رئيسة الوزراء البريطانية تيريزا ماي قد تحدثت مع ترامب. "
                   "وقالت للصحفيين: ”نعتقد أنه ينبغي محاسبة المسؤولين“.")
    (quote,) = doc.quotes
    assert doc.text[quote.span.start:quote.span.end].startswith("نعتقد")
    assert doc.actor(quote.speaker).name == "تيريزا ماي"


def test_a_demonym_after_the_noun_of_a_killing_or_sentence_is_the_person_and_workers_are_civilians():
    doc = _extract("وأصدرت محكمة كويتية حكما بإعدام لبناني وسورية لإدانتهما بقتل خادمة فلبينية. "
                   "وتلقت السفارة شكاوى من العمال الفلبينيين في الكويت.")
    codes = {a.code for a in doc.actors}
    assert {"LBNCVL", "SYRCVL", "PHLCVL"} <= codes and "SYR" not in codes and "PHLLAB" not in codes


def test_the_state_an_envoy_is_posted_to_is_named_and_hosts_the_visit_but_does_not_speak():
    doc = _extract("تتكتم الخرطوم بشدة على زيارة المبعوث الأميركي لدولتي السودان، دونالد بوث، الذي وصلها أمس.")
    envoy = next(a for a in doc.actors if a.name == "دونالد بوث")
    assert envoy.code == "USAGOV" and any(a.code == "SDN" for a in doc.actors)
    (visit,) = _events(doc, "CONSULT")
    assert _codes(doc, visit.actor) == {"USAGOV"} and _codes(doc, visit.recipient) <= {"SDN", "SDNGOV"} and visit.recipient
    doc = _extract('كما كتب السفير الأمريكي لدى إسرائيل ديفيد فريدمان أن "أبو مازن وصل إلى مستوى متدن جديد".')
    (quote,) = doc.quotes
    assert doc.actor(quote.speaker).name == "ديفيد فريدمان"


def test_a_release_by_an_agent_is_the_agents_and_an_act_called_for_has_not_happened():
    doc = _extract("وقال زعيم حزب الاتحاد الديمقراطي صالح مسلم إن الاتهامات كاذبة، وذلك عقب إطلاق سراحه من قبل "
                   "محكمة تشيكية رغم دعوة تركيا إلى احتجازه.")
    (release,) = _events(doc, "RETREAT")
    assert _codes(doc, release.actor) == {"CZEJUD"} and release.recipient
    assert not _events(doc, "COERCE")


def test_an_act_called_for_is_hypothetical():
    from marsad.pipeline import COMPONENTS, Pipeline

    before_merge = Pipeline(components=[c for c in COMPONENTS if c[0] not in ("merge", "identity")])
    doc = before_merge("ودعت تركيا إلى اعتقال المعارض الكردي صالح مسلم.", pub_date="2018-02-27")
    arrests = [e for e in doc.events if e.type == "COERCE"]
    assert arrests and all(e.status == "hypothetical" for e in arrests)


def test_an_official_of_a_named_body_is_its_states_and_the_object_may_follow_a_time_adjunct():
    doc = _extract("ومن واشنطن طالب مسؤول العلاقات الخارجية في حكومة الإقليم فلاح مصطفى خلال زيارة إلى الولايات المتحدة "
                   "الجمعة، الحكومة التركية بوقف غاراتها الجوية على متمردي حزب العمال الكردستاني.")
    (request,) = _events(doc, "REQUEST")
    assert _codes(doc, request.actor) == {"IRQGOV"} and _codes(doc, request.recipient) == {"TURGOV"}


def test_a_party_after_with_is_the_partner_and_meetings_on_other_days_stay_apart():
    doc = _extract("وصل المبعوث الأميركي دونالد بوث إلى السودان أمس في زيارة تستغرق أربعة أيام. "
                   "وأضافت المصادر أن وزير الخارجية السوداني، إبراهيم غندور، كان قد تحدث مع الرئيس الأميركي باراك "
                   "أوباما أواخر الشهر الماضي في أديس أبابا.", pub_date="2015-08-06")
    talks = [e for e in _events(doc, "CONSULT") if "SDNGOV" in _codes(doc, e.actor)]
    assert talks and "USAGOV" in _codes(doc, talks[0].recipient)
    assert len(_events(doc, "CONSULT")) == 2


def test_a_missile_arriving_is_no_visit_hands_are_no_support_and_backing_is_a_standing_relation():
    doc = _extract("كما وصفت الأمم المتحدة إيران بأنها لم تنجح في وقف وصول صواريخها الباليستية إلى أيدي الحوثيين.")
    assert not _events(doc, "CONSULT") and not _events(doc, "SUPPORT")
    doc = _extract("وباتت قوات النظام السوري، المدعومة من القوات الروسية والإيرانية، تسيطر على أكثر من نصف سوريا.")
    assert not _events(doc, "SUPPORT")


def test_civilians_killed_by_no_stated_hand_have_no_actor_from_the_sentence_subject():
    doc = _extract("جاءت الاثنين ردود أفعال الدول الكبرى، بريطانيا وفرنسا وألمانيا وروسيا، على الأحداث في غزة "
                   "ومقتل عشرات الفلسطينيين وجرح ألفين آخرين.")
    assert not _events(doc, "ASSAULT")


def test_a_coordinated_verb_after_an_object_of_with_keeps_the_clauses_subject():
    doc = _extract("وخلال القمة رد الرئيس الأمريكي باراك أوباما على مخاوف دول الخليج من الاتفاق النووي مع إيران "
                   "وتعهد بحماية دول الخليج من أي خطر خارجي.")
    pledges = _events(doc, "AGREE")
    assert all("IRN" not in _codes(doc, e.actor) for e in pledges)


def test_an_act_noun_with_a_bare_lam_is_a_purpose_not_an_event():
    from marsad.pipeline import COMPONENTS, Pipeline

    before_merge = Pipeline(components=[c for c in COMPONENTS if c[0] not in ("merge", "identity")])
    doc = before_merge("وحذر وزير الخارجية الأمريكي جون كيري من أنه لن تكون هناك بدائل سلمية لمنع إيران من صنع قنبلة.",
                       pub_date="2015-07-24")
    assert all(e.status != "asserted" for e in doc.events if e.type == "COERCE")
    doc = before_merge("وزار وزير الخارجية الروسي بغداد لبحث التعاون مع نظيره العراقي.", pub_date="2015-07-24")
    assert any(e.type == "CONSULT" and e.status == "asserted" and e.triggers[0].text.startswith("لبحث") for e in doc.events)


def test_an_organisations_officer_is_coded_as_the_organisation():
    doc = _extract("ومن المقرر أن يلتقي رئيس الوكالة الدولية للطاقة الذرية يوكيا أمانو أعضاء مجلس الشيوخ الأمريكي الأسبوع المقبل.")
    amano = next(a for a in doc.actors if a.name == "يوكيا أمانو")
    assert amano.code == "UNO"


def test_a_known_person_with_a_title_of_his_own_right_after_another_title_is_not_its_holder():
    doc = _extract("وزار ولي العهد السعودي الأمير محمد بن سلمان الكاتدرائية المرقسية، والتقى الأمير البابا تواضروس الثاني "
                   "بابا الإسكندرية.")
    pope = next(a for a in doc.actors if "تواضروس" in a.name)
    assert pope.code == "EGYREL"


def test_the_penal_code_is_no_sanction_and_fighters_reaching_a_deal_sign_it():
    doc = _extract("وافق مجلس النواب المصري أمس على تعديل مواد في قانون العقوبات.")
    assert not _events(doc, "SANCTION")
    doc = _extract("وكان مفاوضون عن مقاتلي المعارضة السورية والحرس الثوري الإيراني توصلوا إلى اتفاق سري في الدوحة.")
    (deal,) = _events(doc, "SUPPORT")
    assert "IRNMIL" in _codes(doc, deal.actor)


def test_an_investigation_is_an_act_before_it_names_a_target():
    doc = _extract("وأكد مسؤول عسكري أميركي في كابل الضربة وقال إن قوات التحالف الدولية تحقق في الحادث.")
    (inquiry,) = [e for e in _events(doc, "ACCUSE") if e.mode == "investigate"]
    assert _codes(doc, inquiry.actor) == {"IGOMIL"} and not inquiry.recipient


def test_the_observatory_and_the_monarch_are_recognised():
    doc = _extract("وقال المرصد السوري لحقوق الإنسان إن عشرة قتلوا. وأكد المرصد أن الغارات مستمرة. "
                   "وسيعقد المجلس دورة استثنائية وفق ما يراه العاهل الأردني مناسبا.")
    observatory = next(a for a in doc.actors if a.code == "NGO")
    assert len(observatory.mentions) == 2
    assert any(a.code == "JORGOV" for a in doc.actors)


def test_her_government_is_the_government_of_the_party_named_before():
    doc = _extract("ودعت رئيسة الوزراء البريطانية تيريزا ماي حكومتها إلى اجتماع طارئ الخميس.")
    government = next(a for a in doc.actors if any(doc.text[m.start:m.end] == "حكومتها" for m in a.mentions))
    assert government.code == "GBRGOV"


def test_the_charge_of_a_sentence_is_its_content_not_a_second_accusation():
    doc = _extract("وكانت محكمة كويتية أصدرت حكما غيابيا بالإعدام على رجل لبناني وزوجته السورية بتهمة قتل الخادمة.")
    assert not _events(doc, "ACCUSE")


def test_aid_arriving_is_no_visit():
    doc = _extract("وردت الولايات المتحدة بأنها تراعي وصول المساعدات الإنسانية إلى إيران.")
    assert not _events(doc, "CONSULT")


def test_calling_to_a_meeting_is_an_invitation():
    doc = _extract("ودعت السعودية إلى اجتماع استثنائي يضم الإمارات والكويت والأردن الأحد في مكة.")
    (invitation,) = _events(doc, "AGREE")
    assert _codes(doc, invitation.actor) == {"SAU"} and not _events(doc, "REQUEST")


def test_a_mosque_named_after_someone_is_no_person():
    doc = _extract("ويزور المشاركون في الملتقى مسجد عبدالله بن عباس ومسجد عداس في الطائف.")
    assert not [a for a in doc.actors if a.kind == "person"]


def test_threats_named_as_a_topic_are_no_threat():
    doc = _extract("وبحسب بيان لوزارة الخارجية الأميركية، يمثل المركز نهجا تعاونيا لمواجهة التهديدات الجديدة الناشئة "
                   "عن تمويل الإرهاب.")
    assert not _events(doc, "THREATEN")


def test_a_title_with_the_article_takes_no_genitive_body():
    doc = _extract("وقال رئيس مجلس النواب الأردني إن الدستور ينص على أن يدعو الملك مجلس الأمة للاجتماع في دورة "
                   "استثنائية.", pub_date="2018-06-03")
    king = next(a for a in doc.actors if any(doc.text[m.start:m.end] == "الملك" for m in a.mentions))
    assert king.sector == "GOV"


def test_an_official_leaving_a_place_is_no_withdrawal_and_a_demonym_on_a_militia_is_no_target():
    doc = _extract("وزارت المستشارة الألمانية أنغيلا ميركل الأردن. وغادرت ميركل عمان مساء الخميس متوجهة إلى بيروت.")
    assert not _events(doc, "SANCTION") and not _events(doc, "RETREAT")
    doc = _extract("وسقط عشرات الضحايا المدنيين في الحديدة من جراء قصف ميليشيات الحوثي الإيرانية للمناطق السكنية.")
    assert all("IRN" not in _codes(doc, e.recipient) for e in _events(doc, "ASSAULT"))


def test_a_state_that_witnesses_protests_is_no_party_to_them():
    doc = _extract("ويشهد الأردن منذ الأربعاء احتجاجات دعت لها النقابات المهنية ضد مشروع قانون ضريبة الدخل.")
    assert all("JOR" not in _codes(doc, e.actor) for e in doc.events)


def test_counted_men_right_after_a_killing_verb_were_killed():
    doc = _extract("قُتل 12 مسلحاً في حملة مداهمات شنتها القوات المسلحة المصرية في مدينة الشيخ زويد.")
    killings = [e for e in _events(doc, "ASSAULT") if "EGYREB" in _codes(doc, e.recipient)]
    assert killings and all(_codes(doc, e.actor) == {"EGYMIL"} for e in killings)


def test_a_verb_after_a_relative_pronoun_whose_antecedent_is_no_party_has_no_actor():
    doc = _extract("أدان وزير الخارجية الأردني العمل الإرهابي الآثم الذي استهدف مسجدا بمقر قوات الطوارئ السعودية.")
    assert not _events(doc, "ASSAULT")


def test_the_parties_after_between_are_the_meetings_not_the_speakers():
    doc = _extract("وأعرب الملك سلمان عن قلقه العميق حيال مفاوضات جارية بين الدوحة وموسكو لشراء منظومة صواريخ روسية.")
    (talks,) = _events(doc, "CONSULT")
    assert _codes(doc, talks.actor) == {"QATGOV", "RUSGOV"}


def test_an_act_after_without_is_negated():
    from marsad.pipeline import COMPONENTS, Pipeline

    before_merge = Pipeline(components=[c for c in COMPONENTS if c[0] not in ("merge", "identity")])
    doc = before_merge("وقال قائد عسكري سوري إن ضربة جوية إسرائيلية استهدفت موقعا للجيش السوري، دون أن تسفر عن سقوط قتلى.",
                       pub_date="2018-05-08")
    deaths = [e for e in doc.events if e.triggers[0].text == "قتلى"]
    assert deaths and all(e.status == "negated" for e in deaths)


def test_an_indefinite_accusative_demonym_names_its_state_but_syria_stays_a_state():
    doc = _extract("وأدانت سوريا قصفا إسرائيليا استهدف مستودع أسلحة بريف دمشق.")
    assert any(a.code == "SYR" and a.kind == "state" for a in doc.actors)
    assert any(_codes(doc, e.actor) == {"ISR"} and "SYRGOV" in _codes(doc, e.recipient) for e in _events(doc, "ASSAULT"))


def test_the_dead_are_an_act_noun_with_the_doer_after_an_agent_marker():
    doc = _extract("وتجددت الاحتجاجات للمطالبة بمحاسبة المسؤولين، بعد سقوط قتلى بين المدنيين برصاص القوات الأمنية العراقية.")
    killings = [e for e in _events(doc, "ASSAULT") if "IRQCVL" in _codes(doc, e.recipient)]
    assert killings and all(_codes(doc, e.actor) == {"IRQCOP"} for e in killings)


def test_no_one_visits_his_own_country():
    doc = _extract("وزار ولي العهد السعودي الأمير محمد بن سلمان الكاتدرائية المرقسية، والتقى الأمير البابا تواضروس الثاني "
                   "بابا الإسكندرية، وذلك في إطار زيارته لمصر التي بدأت أمس.")
    visits = [e for e in _events(doc, "CONSULT") if e.mode == "visit"]
    assert visits and all("EGYREL" not in _codes(doc, e.actor) for e in visits)


def test_a_chief_executive_of_a_foreign_firm_is_of_its_country_and_no_later_president():
    doc = _extract("أكدت مصر أن استثمارات الشركات في مصر تتزايد. استقبل الرئيس عبد الفتاح السيسي، أمس، هيلج لوند "
                   "الرئيس التنفيذي لمجموعة الغاز البريطانية، بحضور وزير البترول المصري. وصرح السفير علاء يوسف المتحدث "
                   "الرسمي باسم رئاسة الجمهورية بأن الرئيس رحب بالرئيس التنفيذي للشركة.")
    ceo = next(a for a in doc.actors if a.name == "هيلج لوند")
    assert ceo.code == "GBRBUS"
    president = next(a for a in doc.actors if any(doc.text[m.start:m.end] == "الرئيس" for m in a.mentions))
    assert president.code == "EGYGOV"


def test_men_counted_with_min_before_a_plural_killing_verb_were_killed_by_whoever_struck():
    doc = _extract("وقالت مصادر طبية إن 22 من المسلحين الحوثيين قتلوا جراء ضربات قوات التحالف العربي.")
    killings = [e for e in _events(doc, "ASSAULT") if "YEMREB" in _codes(doc, e.recipient)]
    assert killings and all(_codes(doc, e.actor) == {"SAUMIL"} for e in killings)


def test_asking_not_to_be_named_is_no_request():
    doc = _extract("وأوضح الضابط العراقي، الذي طلب عدم كشف هويته لمجموعة من الصحفيين العراقيين، أن البغدادي في سوريا.")
    assert not _events(doc, "REQUEST")


def test_a_capital_alone_in_quotation_marks_is_a_newspaper():
    doc = _extract('وذكرت مصادر محلية ل"الرياض" ان الغارات استهدفت مواقع للحوثيين.')
    assert "SAUGOV" not in {a.code for a in doc.actors}


def test_a_meeting_after_where_goes_on_with_the_visitor_not_the_place_visited():
    doc = _extract("وكان نتانياهو زار موسكو الأربعاء حيث بحث مع بوتين الوضع في سوريا والعلاقات مع الفلسطينيين.")
    consults = _events(doc, "CONSULT")
    assert consults and all(_codes(doc, ev.actor) == {"ISRGOV"} for ev in consults)
    assert all("PSECVL" not in _codes(doc, ev.recipient) for ev in consults)


def test_recalling_an_envoy_from_the_state_he_is_posted_in_punishes_that_state():
    doc = _extract("وأعلنت وزارة الخارجية الكويتية أنها استدعت السفير الكويتي في الفلبين للتشاور.")
    recalls = _events(doc, "SANCTION")
    assert recalls and _codes(doc, recalls[0].recipient) == {"PHL"}


def test_a_bare_embassy_is_the_embassy_named_before_even_when_it_joined_its_ministry():
    doc = _extract("أعلنت وزارة الخارجية الكويتية أنها طردت السفير الفلبيني. وقال مسؤول كويتي إن موظفي السفارة الفلبينية "
                   "ساعدوا خادمات. وأظهر مقطع نشرته وزارة الخارجية الفلبينية امرأة تفر. "
                   "واعتبرت الكويت تهريب السفارة للخادمات انتهاكا لسيادتها.")
    bare = doc.text.rindex("السفارة")
    ref = next(r for r in doc.mentions if doc.tokens[r.first].start == bare)
    assert doc.actor(ref.actor_id).code == "PHLGOV"


def test_a_restatement_with_its_own_day_dates_the_event_the_lede_left_on_the_news_day():
    doc = _extract("تباحث الرئيس الأمريكي دونالد ترامب هاتفيا مع نظيره التركي رجب طيب أردوغان الوضع في سوريا. "
                   "كما ذكرت وسائل إعلام بريطانية أن رئيسة الوزراء تيريزا ماي دعت حكومتها إلى اجتماع طارئ الخميس.\n"
                   "بحث الرئيس التركي رجب طيب أردوغان خلال محادثة هاتفية ليل الأربعاء مع نظيره الأمريكي دونالد ترامب الأزمة.",
                   pub_date="2018-04-12")
    consults = _events(doc, "CONSULT")
    assert [ev.date for ev in consults] == ["2018-04-11"]


def test_what_is_said_during_a_meeting_read_back_takes_the_meetings_day():
    doc = _extract("أكد الرئيس العراقي، يوم الثلاثاء، خلال لقائه الرئيس الروسي فلاديمير بوتين، أهمية التعاون.\n"
                   "وتشهد المنطقة تحولات كبيرة.\nويأتي ذلك في إطار تطوير العلاقات.\nوكانت الأجواء إيجابية.\n"
                   "وأعرب وزير الخارجية المصري، خلال اللقاء، عن رغبة مصر في تطوير العلاقات مع العراق.",
                   pub_date="2025-09-16")
    wish = next(ev for ev in _events(doc, "AGREE") if "رغبة" in ev.triggers[0].text)
    assert wish.date == "2025-09-16"


def test_demonyms_of_two_armies_named_in_the_dual_are_both_militaries():
    doc = _extract("أعربت وزارة الخارجية الروسية عن أملها في عدم وقوع حوادث بين الجيشين الروسي والأمريكي في سوريا.")
    codes = {doc.actor(r.actor_id).code for r in doc.mentions}
    assert {"RUSMIL", "USAMIL"} <= codes


def test_two_states_meeting_in_a_city_of_one_is_the_others_visit():
    doc = _extract("وقال السيسي، خلال لقائه وفدا من مجلس النواب الأميركي في القاهرة، إن مصر تدعم الحلول السلمية.")
    meeting = _events(doc, "CONSULT")[0]
    assert meeting.mode == "visit"
    assert _codes(doc, meeting.actor) == {"USALEG"} and _codes(doc, meeting.recipient) == {"EGYGOV"}


def test_accepting_an_invitation_after_that_it_is_the_reporters_agreement():
    doc = _extract("وأعلنت حركة حماس أنها قبلت دعوة وزير الخارجية الروسي سيرغي لافروف لزيارة موسكو.")
    (accepted,) = _events(doc, "AGREE")
    assert (_codes(doc, accepted.actor), _codes(doc, accepted.recipient)) == ({"PSEREB"}, {"RUSGOV"})
    # a party with a fused preposition is no reporting subject (`دعم بلاده للمملكة ... ورأى أنه لا يمكن`)
    doc = _extract('أكد وزير خارجية البحرين الشيخ خالد بن أحمد آل خليفة، الجمعة، على دعم بلاده للمملكة العربية السعودية، '
                   'بينما هاجم قناة "الجزيرة" القطرية، ورأى أنه لا يمكن التصالح مع سياسة قطر.')
    assert all(_codes(doc, ev.actor) == {"BHRGOV"} for ev in _events(doc, "REJECT"))


def test_the_arab_quartet_is_an_intergovernmental_actor():
    doc = _extract("وأدرجت الرباعية العربية رجل الأعمال القطري عبد الرحمن النعيمي على قوائم الإرهاب.")
    (listing,) = _events(doc, "SANCTION")
    assert (_codes(doc, listing.actor), _codes(doc, listing.recipient)) == ({"IGO"}, {"QATBUS"})


def test_a_latin_acronym_in_the_organisations_table_names_its_group():
    doc = _extract("وقصفت الطائرات التركية مواقع PKK في العراق.")
    (strike,) = _events(doc, "ASSAULT")
    assert (_codes(doc, strike.actor), _codes(doc, strike.recipient)) == ({"TURMIL"}, {"TURREB"})


def test_an_act_noun_after_a_form_of_qama_takes_the_verbs_arguments():
    doc = _extract("وقالت مصادر إن الرئيس التركي قام باستقبال وزير الخارجية الروسي سيرغي لافروف.")
    (visit,) = _events(doc, "CONSULT")
    assert (_codes(doc, visit.actor), _codes(doc, visit.recipient)) == ({"RUSGOV"}, {"TURGOV"})


def test_opening_fire_on_someone_is_an_assault_with_firearms():
    doc = _extract("وذكرت المنظمة أن قوات مكافحة الشغب الإيرانية أطلقت النار على المتظاهرين في طهران.")
    (shooting,) = _events(doc, "ASSAULT")
    assert shooting.mode == "firearms" and "IRNCVL" in _codes(doc, shooting.recipient)


def test_condemning_an_act_is_aimed_at_its_doer_not_at_whom_it_befell():
    doc = _extract("وأدانت مصر استهداف المدنيين الفلسطينيين من قبل القوات الإسرائيلية.")
    (condemned,) = _events(doc, "ACCUSE")
    assert (_codes(doc, condemned.actor), _codes(doc, condemned.recipient)) == ({"EGY"}, {"ISRMIL"})


def test_meetings_of_other_people_in_another_country_are_another_meeting():
    doc = _extract("استقبل مستشار الأمن القومي العراقي قاسم الأعرجي في بغداد أمين مجلس الأمن الروسي سيرغي شويغو.\n"
                   "وأكد وزير العمل العراقي أحمد الأسدي، في مؤتمر صحفي مشترك مع الوزير الروسي أنطون كوتياكوف في موسكو، "
                   "أن العلاقات متينة.")
    meetings = _events(doc, "CONSULT")
    assert len(meetings) == 2
    assert {(frozenset(_codes(doc, m.actor)), m.location.country) for m in meetings} == {
        (frozenset({"RUSGOV"}), "IRQ"), (frozenset({"IRQGOV"}), "RUS")}


def test_another_item_of_the_report_after_meanwhile_is_of_the_news_day():
    doc = _extract("استقبل الرئيس العراقي في بغداد الثلاثاء وزير الخارجية الروسي سيرغي لافروف.\n"
                   "وأضاف البيان أن الجانبين ناقشا الملفات الأمنية.\nوقال مسؤولون إن المباحثات كانت مثمرة.\n"
                   "إلى ذلك، وقع وزير العمل العراقي مذكرة تفاهم مع نظيره الأردني.", pub_date="2025-09-16")
    (signing,) = _events(doc, "SUPPORT")
    assert signing.date == "2025-09-16"


def test_at_the_request_of_a_party_it_asked_whoever_acted_on_the_request():
    doc = _extract("قام مجلس الأمن الدولي الأربعاء بعقد جلسة مغلقة بناء على طلب من فرنسا وبريطانيا لزيادة الضغوط على روسيا.")
    (request,) = _events(doc, "REQUEST")
    assert (_codes(doc, request.actor), _codes(doc, request.recipient)) == ({"FRA", "GBR"}, {"UNO"})


def test_an_act_discussed_with_no_doer_is_a_topic_not_the_speakers_act():
    doc = _extract("وعقد مجلس الأمن الدولي جلسة طارئة بناء على طلب روسيا لبحث الضربات على سوريا.")
    assert not _events(doc, "ASSAULT")


def test_a_body_in_front_of_whose_building_people_protest_is_no_actor():
    doc = _extract("نظمت جمعية بيت الإعلاميين العرب في تركيا، الجمعة، وقفة احتجاجية أمام مقر القنصلية السعودية "
                   "في إسطنبول للتنديد باختفاء الكاتب الصحفي جمال خاشقجي.")
    assert all("SAUGOV" not in _codes(doc, ev.actor) for ev in doc.events)


def test_a_demonym_one_adjective_after_a_support_noun_is_the_supporter():
    doc = _extract("وحققت القوات العراقية تقدما بفضل دعم جوي أميركي للقوات البرية.")
    (support,) = _events(doc, "SUPPORT")
    assert (_codes(doc, support.actor), _codes(doc, support.recipient)) == ({"USA"}, {"IRQMIL"})


def test_exposing_oneself_is_no_offer_and_a_bare_royal_court_is_the_articles_own():
    doc = _extract("ووزع الجيش الإسرائيلي مناشير على قطاع غزة تحذر المتظاهرين بأنهم يعرضون أنفسهم للخطر.")
    assert not _events(doc, "AGREE")
    doc = _extract("وأضاف أن إيران تستخدم سوريا قاعدة لمثل هذه الأعمال، ما يعرض أرض سوريا وقواتها وقيادتها للخطر.")
    assert not _events(doc, "AGREE")
    doc = _extract("وقالت ميركل في عمان إلى جانب العاهل الأردني الملك عبد الله الثاني عقب لقائهما في الديوان الملكي "
                   "إن ألمانيا ستقدم قرضا للأردن.")
    court = doc.text.index("الديوان")
    ref = next(r for r in doc.mentions if doc.tokens[r.first].start == court)
    assert doc.actor(ref.actor_id).code == "JORGOV"


def test_a_striker_is_a_civilian_not_a_general():
    doc = _extract("وانتقد أسطورة الفريق المهاجم الفرنسي تيري هنري أداء اللاعب.")
    henry = doc.text.index("تيري")
    ref = next(r for r in doc.mentions if doc.tokens[r.first].start == henry)
    assert doc.actor(ref.actor_id).code == "FRACVL"


def test_an_event_told_as_done_is_not_dated_after_publication():
    doc = _extract("وشدد على أن مباحثات القاهرة بين ولي العهد السعودي والرئيس المصري عبد الفتاح السيسي من شأنها أن "
                   "تنعكس إيجابيا على الاجتماع المقبل لوزراء الدفاع العرب في 27 أغسطس المقبل.", pub_date="2015-07-31")
    talks = _events(doc, "CONSULT")
    assert talks and all(ev.date is None or ev.date <= "2015-07-31" for ev in talks)


def test_a_verb_after_a_relative_pronoun_never_takes_a_party_further_back():
    doc = _extract("وقال إن المباحثات تتضمن السماح للجنود الروس بدخول البلدات التي سينسحب منها المسلحون.")
    assert all("RUS" not in _codes(doc, ev.actor) for ev in doc.events if ev.type in ("SANCTION", "RETREAT"))


def test_the_victim_of_an_act_evaluated_is_not_the_one_blamed():
    doc = _extract("وقالت وزارة الخارجية السورية إن العدوان الثلاثي ضد سوريا انتهاك فاضح للقانون الدولي.")
    assert all("SYR" not in _codes(doc, ev.recipient) for ev in _events(doc, "ACCUSE"))


def test_metonyms_of_israel_name_the_state():
    doc = _extract("وكررت الدولة العبرية تهديداتها بعدم السماح لإيران بترسيخ وجودها العسكري.")
    (threat,) = _events(doc, "THREATEN")
    assert (_codes(doc, threat.actor), _codes(doc, threat.recipient)) == ({"ISR"}, {"IRN"})


def test_sources_reporting_a_killing_did_not_do_it_and_who_is_exposed_to_an_attack_suffers_it():
    doc = _extract("أفادت مصادر يمنية، الجمعة، بمقتل 43 عنصرا من ميليشيات الحوثي في غارات للتحالف العربي.")
    assert all("YEM" not in _codes(doc, ev.actor) for ev in _events(doc, "ASSAULT"))
    doc = _extract("وتعرضت القوات العراقية لهجوم لتنظيم داعش في كركوك.")
    (attack,) = _events(doc, "ASSAULT")
    assert (_codes(doc, attack.actor), _codes(doc, attack.recipient)) == ({"REB"}, {"IRQMIL"})
    doc = _extract("والقوات العراقية تتعرض لهجمات من تنظيم داعش.")
    assert all("IRQMIL" not in _codes(doc, ev.actor) for ev in _events(doc, "ASSAULT"))


def test_financial_is_not_mali_but_mali_after_a_place_preposition_is():
    doc = _extract("ووفقا لخدمة التتبع المالي حلت السعودية ثانيا بين المانحين.")
    assert "MLI" not in {a.code for a in doc.actors}
    doc = _extract("وأعلنت فرنسا إرسال قوات إضافية إلى مالي لمحاربة الجماعات المسلحة.")
    assert "MLI" in {a.code for a in doc.actors}


def test_people_named_by_a_plural_demonym_before_a_plural_killing_verb_were_killed():
    doc = _extract("وقال الجيش إن إسرائيليين قتلوا في هجوم نفذه مسلح فلسطيني.")
    (attack,) = _events(doc, "ASSAULT")
    assert "ISR" in _codes(doc, attack.recipient) and "ISR" not in _codes(doc, attack.actor)
    doc = _extract("وشيع الفلسطينيون جثامين فلسطينيين قتلوا بنيران إسرائيلية على حدود غزة.")
    (attack,) = _events(doc, "ASSAULT")
    assert _codes(doc, attack.actor) == {"ISRMIL"}


def test_the_state_an_envoy_is_sent_to_with_li_is_not_his_country():
    doc = _extract("وذلك بعد عرض حمله المبعوث الدولي لليمن مارتن غريفيث إلى الرئيس اليمني.")
    envoy = doc.text.index("مارتن")
    ref = next(r for r in doc.mentions if doc.tokens[r.first].start == envoy)
    assert doc.actor(ref.actor_id).code == "UNO"
    assert "YEM" in {a.code for a in doc.actors}


def test_a_verb_with_an_object_pronoun_has_its_subject_after_it_and_backers_share_an_attack():
    # (a past verb: `فصائل تدعمها إيران` in the present is a standing relation, not coded)
    doc = _extract("ويشكل جنوب غربي سوريا قلقا لإسرائيل التي كثفت العام الماضي هجمات على فصائل دعمتها إيران.")
    (support,) = _events(doc, "SUPPORT")
    assert (_codes(doc, support.actor), _codes(doc, support.recipient)) == ({"IRN"}, {"SYRREB"})
    doc = _extract("وشنت قوات الجيش الوطني اليمني، بإسناد من طائرات التحالف العربي، هجوما عنيفا على مواقع الحوثيين.")
    (attack,) = _events(doc, "ASSAULT")
    assert (_codes(doc, attack.actor), _codes(doc, attack.recipient)) == ({"YEMMIL", "SAUMIL"}, {"YEMREB"})


def test_the_outlet_that_carries_an_evaluation_is_not_its_target():
    doc = _extract("وقال عراقجي في مؤتمر صحفي نقله التلفزيون الإيراني على الهواء إن أي قيود إضافية ستكون انتهاكا للاتفاق.")
    assert all("IRNMED" not in _codes(doc, ev.recipient) for ev in _events(doc, "ACCUSE"))


def test_helping_each_other_is_no_dyad():
    doc = _extract("بهدف إزالة أسباب التوتر الذي اعترى علاقات السودان وجنوب السودان بسبب اتهام كل منهما للآخر بإيواء المتمردين.")
    assert not _events(doc, "ACCUSE")
    doc = _extract('وقال الرئيس الإيراني حسن روحاني: "إن علينا أن نساعد بعضنا اليوم أكثر مما مضى، فاليوم تولت السلطة في '
                   'أميركا مجموعة تعادي إيران".')
    assert not _events(doc, "AID")


def test_a_quotation_mark_between_subject_and_verb_and_the_recent_decision_of_a_state():
    doc = _extract("وصرح مسؤول كبير في الخارجية الأمريكية للصحافيين ان كيري «رحب بقرار تركيا الأخير بفتح قواعدها».")
    (welcome,) = _events(doc, "SUPPORT")
    assert (_codes(doc, welcome.actor), _codes(doc, welcome.recipient)) == ({"USAGOV"}, {"TUR"})


def test_launching_a_campaign_of_arrests_is_the_arrests_not_an_attack():
    doc = _extract("وشنت السلطات التركية حملة اعتقالات واسعة طالت المعارضين.")
    assert not _events(doc, "ASSAULT")
    (arrests,) = _events(doc, "COERCE")
    assert (_codes(doc, arrests.actor), _codes(doc, arrests.recipient)) == ({"TURGOV"}, {"TUROPP"})


def test_an_act_noun_right_after_another_act_of_the_subject_is_its_complement():
    doc = _extract('وأبدى الاتحاد الأوروبي الاثنين "أسفه" لمعاودة فرض العقوبات على طهران.')
    assert all("EUR" not in _codes(doc, ev.actor) for ev in _events(doc, "SANCTION"))


def test_an_act_pointed_back_at_and_a_habit_are_no_new_events():
    doc = _extract("وقال إن منع الهجمات الإسرائيلية على الفلسطينيين أصبح أولوية قصوى.")
    assert not _events(doc, "ASSAULT")
    doc = _extract("وأكدت مصادر فلسطينية هذا الاستهداف، لافتة إلى أنه لم يسفر عن سقوط جرحى بين المدنيين الفلسطينيين.")
    assert not _events(doc, "ASSAULT")
    doc = _extract("وقال الجنرال إن المنطقة قريبة من العاصمة كابل، حيث كثيرا ما يشن مقاتلو طالبان هجمات على القوات الافغانية.")
    assert not _events(doc, "ASSAULT")
    doc = _extract("ولطالما كررت الدولة العبرية تهديداتها بعدم السماح لإيران بترسيخ وجودها العسكري في سوريا.")
    assert not _events(doc, "THREATEN")


def test_european_adjectives_name_the_european_bloc():
    doc = _extract("وأكد الاتحاد الأوروبي تصميمه على حماية الجهات الاقتصادية الأوروبية الناشطة في أعمال مشروعة مع إيران.")
    (resolve,) = _events(doc, "AGREE")
    assert (_codes(doc, resolve.actor), _codes(doc, resolve.recipient)) == ({"EUR"}, {"EURBUS"})
    doc = _extract("موضحة أن العملية جرت بناء على طلب الولايات المتحدة والدول الأوروبية.")
    assert "EUR" in {a.code for a in doc.actors}
    doc = _extract("دعت الحكومة السورية اللاجئين إلى العودة، قائلة إنها طهرت مناطق كبيرة من الإرهابيين.")
    (call,) = _events(doc, "REQUEST")
    assert _codes(doc, call.recipient) == {"SYRREF"}


def test_the_syrian_opposition_is_armed_but_other_oppositions_are_not():
    doc = _extract("وكانت المعارضة السورية توصلت إلى اتفاق مع روسيا، الأسبوع الماضي.")
    assert "SYRREB" in {a.code for a in doc.actors} and "SYROPP" not in {a.code for a in doc.actors}
    doc = _extract("وقال زعيم المعارضة التركية إن الحكومة فشلت.")
    assert "TUROPP" in {a.code for a in doc.actors}


def test_banning_a_website_is_censorship_not_a_sanction():
    doc = _extract("كما حظرت مصر موقع هيومان رايتس ووتش الإلكتروني في سبتمبر الماضي.")
    (ban,) = _events(doc, "COERCE")
    assert ban.mode == "censor" and not _events(doc, "SANCTION")
    doc = _extract("وحظرت الفلبين إرسال العمالة إلى الكويت.")
    assert _events(doc, "SANCTION") and not _events(doc, "COERCE")


def test_a_demand_still_to_come_is_not_yet_an_event():
    doc = _extract("وقالت قناة سكاي نيوز إن من المتوقع أن تطلب رئيسة الوزراء البريطانية تيريزا ماي من الحكومة السورية وقف الهجمات.")
    assert not _events(doc, "REQUEST")
    doc = _extract("وطلبت رئيسة الوزراء البريطانية تيريزا ماي من الحكومة السورية وقف الهجمات.")
    assert _events(doc, "REQUEST")


def test_a_minister_after_the_host_is_the_visitor_not_a_second_host():
    doc = _extract("استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي مايك بومبيو في القاهرة.")
    (visit,) = _events(doc, "CONSULT")
    assert (_codes(doc, visit.actor), _codes(doc, visit.recipient)) == ({"USAGOV"}, {"EGYGOV"})


def test_warplanes_and_artillery_name_the_military_that_fires_them():
    doc = _extract("قصفت طائرات التحالف العربي مواقع الحوثيين في صعدة.")
    (strike,) = _events(doc, "ASSAULT")
    assert (_codes(doc, strike.actor), _codes(doc, strike.recipient)) == ({"SAUMIL"}, {"YEMREB"})
    doc = _extract("شنت مقاتلات إسرائيلية غارات على مواقع للجيش السوري.")
    assert {(frozenset(_codes(doc, e.actor)), frozenset(_codes(doc, e.recipient))) for e in _events(doc, "ASSAULT")} == {
        (frozenset({"ISRMIL"}), frozenset({"SYRMIL"}))}


def test_people_told_killed_before_an_attack_are_its_victims():
    doc = _extract("قتل ثلاثة جنود أتراك في هجوم لحزب العمال الكردستاني.")
    (attack,) = _events(doc, "ASSAULT")
    assert (_codes(doc, attack.actor), _codes(doc, attack.recipient)) == ({"TURREB"}, {"TURMIL"})
    doc = _extract("أفادت مصادر يمنية، الجمعة، بمقتل 43 عنصرا من ميليشيات الحوثي الموالية لإيران في غارات للتحالف العربي.")
    (strike,) = _events(doc, "ASSAULT")
    assert (_codes(doc, strike.actor), _codes(doc, strike.recipient)) == ({"SAUMIL"}, {"YEMREB"})
    doc = _extract("أفادت مصادر عسكرية يمنية بمقتل أكثر من 9 مسلحين من ميليشيات الحوثي في غارة لطائرات تحالف دعم الشرعية.")
    (strike,) = _events(doc, "ASSAULT")
    assert (_codes(doc, strike.actor), _codes(doc, strike.recipient)) == ({"SAUMIL"}, {"YEMREB"})


def test_a_leader_titled_by_his_organisation_is_coded_as_it():
    doc = _extract("اتهم زعيم حزب الله حسن نصر الله السعودية بدعم الإرهاب.")
    (charge,) = _events(doc, "ACCUSE")
    assert (_codes(doc, charge.actor), _codes(doc, charge.recipient)) == ({"LBNREB"}, {"SAU"})
    doc = _extract("هدد زعيم جماعة الحوثي عبد الملك الحوثي بضرب الرياض.")
    (threat,) = _events(doc, "THREATEN")
    assert _codes(doc, threat.actor) == {"YEMREB"}
    assert all(doc.text[m.start : m.end] != "الحوثي" for a in doc.actors for m in a.mentions)


def test_directing_an_invitation_invites_and_a_signing_between_two_states_is_theirs():
    doc = _extract("وجه الرئيس اللبناني ميشال عون دعوة إلى الرئيس السوري بشار الأسد لزيارة بيروت.")
    (invitation,) = _events(doc, "AGREE")
    assert (_codes(doc, invitation.actor), _codes(doc, invitation.recipient)) == ({"LBNGOV"}, {"SYRGOV"})
    doc = _extract("ووجه الرئيس اللبناني ميشال عون انتقادات إلى الحكومة السورية.")
    assert not _events(doc, "AGREE")
    doc = _extract("تم توقيع اتفاقية بين الأردن ومصر لتزويد الغاز.")
    (signing,) = _events(doc, "SUPPORT")
    assert _codes(doc, signing.actor) == {"JOR", "EGY"}


def test_a_letter_sent_to_call_to_a_meeting_is_an_invitation_even_after_its_day_and_addressees():
    doc = _extract("وكشف البيان أن وزير الخارجية المصري سامح شكري وجه خطابا، الأربعاء، إلى نظيريه السوداني والأثيوبي للدعوة إلى اجتماع ثان في القاهرة.")
    (invitation,) = _events(doc, "AGREE")
    assert (_codes(doc, invitation.actor), _codes(doc, invitation.recipient)) == ({"EGYGOV"}, {"SDNGOV", "ETHGOV"})


def test_a_union_named_by_its_members_is_one_body_of_their_country():
    doc = _extract("ودانت نقابة الصحفيين المصريين الجرائم الإسرائيلية في غزة.")
    (condemning,) = _events(doc, "ACCUSE")
    assert (_codes(doc, condemning.actor), _codes(doc, condemning.recipient)) == ({"EGYLAB"}, {"ISR"})


def test_a_killing_after_a_time_word_is_the_noun_with_its_doer_after_an_agent_marker():
    doc = _extract("طالب رئيس الحكومة الكندية جوستن ترودو الأربعاء بتحقيق مستقل بعد قتل نحو 60 فلسطينيا برصاص الجيش الإسرائيلي.")
    (killing,) = _events(doc, "ASSAULT")
    assert (_codes(doc, killing.actor), _codes(doc, killing.recipient)) == ({"ISRMIL"}, {"PSECVL"})


def test_an_army_announcing_arrests_of_people_counted_made_them():
    doc = _extract("أعلن الجيش الإسرائيلي، الثلاثاء، اعتقال 21 فلسطينيا في الضفة الغربية.")
    (arrest,) = _events(doc, "COERCE")
    assert (_codes(doc, arrest.actor), _codes(doc, arrest.recipient)) == ({"ISRMIL"}, {"PSECVL"})


def test_an_accusation_nouns_pronoun_or_genitive_before_its_charge_is_the_accused():
    doc = _extract("حكمت محكمة إسرائيلية على يهودي بالسجن 38 شهرا إثر إدانته بمحاولة الالتحاق بتنظيم داعش في سوريا.")
    assert not _events(doc, "ACCUSE")
    doc = _extract("وحذر الكرملين من أي استفزازات بشأن الهجوم الكيماوي المفترض في سوريا، في إشارة إلى اتهام موسكو بالضلوع "
                   "في هجوم دوما بغوطة دمشق الشرقية.")
    assert not any("RUSGOV" in _codes(doc, e.actor) for e in _events(doc, "ACCUSE"))  # Moscow is the one accused


def test_blame_reaches_past_an_apposed_subject_and_holds_conjoined_parties_responsible():
    doc = _extract("حمل الرئيس الفلسطيني، محمود عباس، حركة حماس مسؤولية الهجوم على موكب رئيس الوزراء في غزة.")
    (blame,) = _events(doc, "ACCUSE")
    assert (_codes(doc, blame.actor), _codes(doc, blame.recipient)) == ({"PSEGOV"}, {"PSEREB"})
    doc = _extract("وكان الرئيس الأمريكي ألغى جولة في أميركا اللاتينية، بعد أن كان قد حمل بشار الأسد وحليفيه الروسي والإيراني "
                   "المسؤولية عن الهجوم الكيماوي.")
    (blame,) = _events(doc, "ACCUSE")
    assert (_codes(doc, blame.actor), _codes(doc, blame.recipient)) == ({"USAGOV"}, {"SYRGOV", "RUS", "IRN"})


def test_support_asked_for_is_a_request_not_support_given():
    doc = _extract("طلبت الصين دعما أمريكيا في محاربة متشددين إسلاميين في إقليم شينجيانغ.")
    assert not _events(doc, "SUPPORT")
    (request,) = _events(doc, "REQUEST")
    assert (_codes(doc, request.actor), _codes(doc, request.recipient)) == ({"CHN"}, {"USA"})


def test_expelling_after_fi_is_the_noun_whose_genitive_is_the_expelled():
    doc = _extract("وتشكل وحدات حماية الشعب الكردي العمود الفقري لقوات سوريا الديمقراطية، الحليف الرئيسي لواشنطن في الحرب على "
                   "داعش في سوريا، وشاركت عمليا في طرد التنظيم الإرهابي من معقله الرئيسي، الرقة، خلال 2017.", pub_date="2018-03-16")
    (fighting,) = _events(doc, "ASSAULT")
    assert (_codes(doc, fighting.actor), _codes(doc, fighting.recipient)) == ({"SYRREB"}, {"REB"})
    doc = _extract("فبعد إعلان السعودية عن طرد السفير الكندي واستدعاء سفيرها لدى كندا، تصاعدت الأزمة.")
    expulsion = next(e for e in _events(doc, "SANCTION") if e.mode == "expel")
    assert (_codes(doc, expulsion.actor), _codes(doc, expulsion.recipient)) == ({"SAU"}, {"CANGOV"})


def test_a_speech_participle_after_a_comma_ends_the_clause_of_the_act_before():
    doc = _extract('وأبدى الاتحاد الأوروبي الاثنين "أسفه" لمعاودة فرض العقوبات، مؤكدا "تصميمه على حماية الجهات الاقتصادية '
                   'الأوروبية الناشطة في أعمال مشروعة مع إيران".')
    assert not any("EURBUS" in _codes(doc, e.recipient) for e in _events(doc, "ACCUSE"))


def test_an_obligation_told_to_a_party_is_also_told_by_the_act_demanded():
    doc = _extract("قال الرئيس التركي رجب طيب أردوغان، الجمعة، إن على الولايات المتحدة سحب المقاتلين الأكراد المتحالفين معها.")
    (demand,) = _events(doc, "REQUEST")
    assert (_codes(doc, demand.actor), _codes(doc, demand.recipient)) == ({"TURGOV"}, {"USA"})
    assert [doc.text[t.start : t.end] for t in demand.triggers] == ["إن على", "سحب"]


def test_an_act_noun_right_before_a_verb_of_its_type_is_the_verbs_subject():
    doc = _extract("وقال الجيش الإسرائيلي في بيان إن الهجوم استهدف جنودا فلسطينيين قرب مستوطنة.")
    assert not any("ISRMIL" in _codes(doc, e.actor) for e in _events(doc, "ASSAULT"))  # the army reports, it did not attack
    doc = _extract("وقتل 43 مدنيا في قصف جوي شنته قوات النظام السوري السبت على مدينة دوما.")
    assert any(_codes(doc, e.actor) == {"SYRMIL"} for e in _events(doc, "ASSAULT"))  # (شنته: the noun is its object)


def test_al_azhar_is_egyptian_wherever_it_speaks():
    doc = _extract("وطالب الأزهر السلطات الرسمية في إيران بتوضيح موقفها من الجرائم.")
    (demand,) = _events(doc, "REQUEST")
    assert (_codes(doc, demand.actor), _codes(doc, demand.recipient)) == ({"EGYREL"}, {"IRNGOV"})


def test_an_invitation_to_a_party_after_li_comes_from_the_host_of_the_visit():
    doc = _extract("ووفقا للمصدر، فإن زيارة سيرغي شويغو تحمل دعوة رسمية لرئيس مجلس الوزراء محمد شياع السوداني لزيارة موسكو.")
    (invitation,) = _events(doc, "AGREE")
    assert (_codes(doc, invitation.actor), _codes(doc, invitation.recipient)) == ({"RUSGOV"}, {"IRQGOV"})


def test_a_blow_dealt_lands_on_the_party_after_li():
    doc = _extract("ونجحت الأجهزة الأمنية البحرينية في توجيه ضربات لهذه التنظيمات الإرهابية.")
    (blow,) = _events(doc, "ASSAULT")
    assert (_codes(doc, blow.actor), _codes(doc, blow.recipient)) == ({"BHRCOP"}, {"BHRREB"})
    doc = _extract("وقتل خمسة مدنيين في غارات لمقاتلات التحالف العربي بقيادة السعودية على صعدة.")
    assert all(_codes(doc, e.actor) == {"SAUMIL"} for e in _events(doc, "ASSAULT"))  # (raids of warplanes after ل: theirs)


def test_an_act_done_after_that_it_is_the_reporters():
    doc = _extract('أعلن الجيش الإسرائيلي في بيان الأحد أنه تم إجلاء 800 عنصر من "الخوذ البيضاء" السوريين إلى إسرائيل.')
    (evacuation,) = _events(doc, "AID")
    assert _codes(doc, evacuation.actor) == {"ISRMIL"}


def test_a_states_leadership_is_its_government():
    doc = _extract("وأشاد وزير الخارجية البريطاني بمواقف القيادة السياسية المصرية.")
    (praise,) = _events(doc, "SUPPORT")
    assert (_codes(doc, praise.actor), _codes(doc, praise.recipient)) == ({"GBRGOV"}, {"EGYGOV"})


def test_attending_needs_a_gathering_and_preparing_a_report_is_none():
    doc = _extract("وذكر مصدران لشبكة سي إن إن أن السعوديين يحضرون تقريرا ينص على أن موت الصحفي جمال خاشقجي جاء بالخطأ.")
    assert not _events(doc, "CONSULT")  # `يحضرون تقريرا`: they prepare a report
    doc = _extract("وحضرت سفيرة الولايات المتحدة لدى الأمم المتحدة نيكي هيلي تنصيب الرئيس الكولومبي إيفان دوكي في بوغوتا.")
    assert _events(doc, "CONSULT")


def test_what_a_denial_says_in_its_that_clause_is_denied():
    doc = _extract("ونفى اردوغان بقوة ان تكون تركيا تساعد تنظيم داعش، متهما قوى سوداء بنشر دعاية.")
    assert not _events(doc, "AID")


def test_an_act_named_as_a_past_era_is_no_event():
    doc = _extract("الكويت والسعودية استحوذتا على حصة إيران المفقودة في السوق الآسيوية إبان فرض العقوبات على طهران.")
    assert not _events(doc, "SANCTION")


def test_cutting_relations_is_a_sanction_cutting_a_road_is_not():
    doc = _extract("قطعت السعودية والإمارات والبحرين ومصر علاقاتها مع قطر.")
    (cut,) = _events(doc, "SANCTION")
    assert (_codes(doc, cut.actor), _codes(doc, cut.recipient)) == ({"SAU", "ARE", "BHR", "EGY"}, {"QAT"})
    doc = _extract("وقطعت القوات العراقية الطريق أمام مسلحي داعش.")
    assert not _events(doc, "SANCTION")


def test_the_summit_a_meeting_is_held_on_the_sidelines_of_is_no_party():
    doc = _extract("التقى الرئيس الفرنسي إيمانويل ماكرون على هامش قمة العشرين ولي العهد السعودي الأمير محمد بن سلمان.")
    (meeting,) = _events(doc, "CONSULT")
    assert (_codes(doc, meeting.actor), _codes(doc, meeting.recipient)) == ({"FRAGOV"}, {"SAUGOV"})


def test_a_violent_verb_after_its_subject_with_no_object_is_passive():
    doc = _extract("وقال مسؤولون أتراك إن الكاتب السعودي جمال خاشقجي قتل داخل قنصلية بلاده.")
    assert not _events(doc, "ASSAULT")
    doc = _extract("وقالت مصادر يمنية إن القيادي عبد الواحد الإبراهيمي قتل برصاص القوات العراقية.")
    (shooting,) = _events(doc, "ASSAULT")
    assert _codes(doc, shooting.actor) == {"IRQMIL"}
    doc = _extract("وأعلنت السعودية أنها اعتقلت 431 شخصا مرتبطين بتنظيم داعش.")
    assert _events(doc, "COERCE")
    doc = _extract("وقال مسؤولون أتراك إن الكاتب السعودي جمال خاشقجي قتل على أيدي المخابرات السعودية.")
    (killing,) = _events(doc, "ASSAULT")
    assert (_codes(doc, killing.actor), _codes(doc, killing.recipient)) == ({"SAUSPY"}, {"SAUJRN"})


def test_no_verb_follows_a_preposition_and_support_against_a_party_is_not_for_it():
    doc = _extract('وأعربت سوريا عن "إدانتها الشديدة" لقرار الرئيس الأمريكي دونالد ترامب الانسحاب من الاتفاق النووي.')
    (condemnation,) = _events(doc, "ACCUSE")
    assert (_codes(doc, condemnation.actor), _codes(doc, condemnation.recipient)) == ({"SYR"}, {"USAGOV"})
    doc = _extract("وقال الكاتب إن الأكراد قدموا مساعدات كبيرة للغرب في الحرب ضد تنظيم داعش.")
    assert all("REB" not in _codes(doc, e.recipient) for e in _events(doc, "AID"))


def test_a_verb_with_an_object_pronoun_after_a_relative_pronoun_has_its_subject_after_it():
    for text in ("وتزامن ذلك مع حملة استهدفت المدنيين اليمنيين الذين تتهمهم الميليشيا الحوثية بموالاة الحكومة.",
                 "وتزامن ذلك مع حملة استهدفت السكان اليمنيين، الذين تتهمهم الميليشيا الحوثية بموالاة الحكومة."):  # (a comma)
        doc = _extract(text)
        (charge,) = _events(doc, "ACCUSE")
        assert (_codes(doc, charge.actor), _codes(doc, charge.recipient)) == ({"YEMREB"}, {"YEMCVL"})


def test_a_standing_relation_of_support_told_as_background_is_no_act():
    doc = _extract("ويسعى التحالف إلى قطع خطوط إمداد الحوثيين الذين تدعمهم إيران.")
    assert not _events(doc, "SUPPORT")
    doc = _extract("وجاء ذلك بهدف إرساء وقف إطلاق النار في سوريا علما بأن تركيا تدعم فصائل سورية تحارب القوات الحكومية.")
    assert not _events(doc, "SUPPORT")
    doc = _extract("روسيا وإيران هما الحليفتان الرئيسيتان للحكومة السورية، بينما تدعم أمريكا وتركيا والسعودية المتمردين.")
    assert not _events(doc, "SUPPORT")
    doc = _extract('وقالت الخارجية الأميركية: "نحن ندعم حق شركائنا السعوديين في الدفاع عن حدودهم".')
    assert _events(doc, "SUPPORT")


def test_a_threat_verb_stands_alone_but_a_warning_needs_someone_warned():
    doc = _extract("وكان الرئيس الفلبيني رودريغو دوتيرتي قد توعد بفرض حظر على العمل في الكويت.")
    assert _events(doc, "THREATEN")
    doc = _extract("وحذرت منظمة الصحة العالمية الجمعة من ارتفاع مستوى الهجمات ضد المستشفيات.")
    assert not _events(doc, "THREATEN")
    doc = _extract("وأكد الملك سلمان وقوف السعودية مع المغرب تجاه كل ما يهدد أمنه واستقراره.")
    assert not _events(doc, "THREATEN")


def test_a_name_two_countries_share_is_read_as_the_one_the_text_names():
    doc = _extract("وصل العاهل الأردني إلى المنامة بعد موجة احتجاجات عارمة في شوارع عمان.")
    assert "OMN" not in {a.country for a in doc.actors}
    doc = _extract("زار وزير الخارجية العماني يوسف بن علوي عمان.")
    assert "OMN" in {a.code for a in doc.actors}


def test_at_the_request_of_with_a_fused_preposition_frames_the_act():
    doc = _extract("وعقد مجلس الأمن جلسة طارئة بطلب من الكويت.")
    (request,) = _events(doc, "REQUEST")
    assert (_codes(doc, request.actor), _codes(doc, request.recipient)) == ({"KWT"}, {"UNO"})


def test_a_visit_that_will_be_is_a_plan():
    doc = _extract("وستكون زيارة رئيس الوزراء الإسرائيلي بنيامين نتانياهو إلى البيت الأبيض الأسبوع المقبل الأولى منذ عام.")
    assert _events(doc, "AGREE") and not _events(doc, "CONSULT")


def test_support_from_a_party_after_min_backs_the_clauses_subject():
    doc = _extract("وحققت القوات اليمنية تقدما كبيرا على عدة محاور بدعم من قوات التحالف العربي.")
    (backing,) = _events(doc, "SUPPORT")
    assert (_codes(doc, backing.actor), _codes(doc, backing.recipient)) == ({"SAUMIL"}, {"YEMMIL"})


def test_no_place_is_read_through_the_comparative_ka():
    doc = _extract("وحققت القوات تقدما كبيرا في المعارك.")
    assert "MOZ" not in {a.country for a in doc.actors} | {e.country for e in doc.entities}


def test_no_place_is_read_in_a_common_word_behind_a_proclitic():
    from marsad.actors.recognize import gazetteer_matches
    from marsad.entities.gazetteer import build_gazetteer
    from marsad.text.tokens import tokenize

    tokens = tokenize("وأشاد بدور رجال الأمن في وبلاد الشام، وقالت فاتن إن الأزمة انتهت، وصولا إلى أثينا.")
    places = [tokens[i].text for i, m in gazetteer_matches(tokens, build_gazetteer()).items()
              if m.payload.kind in ("state", "capital", "city")]
    assert places == ["أثينا"]  # not Lod (و+ب+لاد) or Athens again (ف+آتن)


def test_a_story_that_leans_to_sport_throughout_is_read_as_sport():
    from marsad.events.clauses import sport_story
    from marsad.text.tokens import tokenize

    sport = ("قالت تقارير صحافية في غانا إن نادي الاتحاد رصد عرضا مغريا لضم لاعب وسط المنتخب الغاني سولي مونتاري. "
             "وكشفت الصحف أن النادي السعودي يستعد للموسم الجديد بعد المباراة الأخيرة. ")
    meeting = "والتقى وزير الخارجية السعودي عادل الجبير نظيره الإيطالي في روما."
    assert sport_story(tokenize(sport)) and not sport_story(tokenize(meeting))
    assert _events(_extract(meeting), "CONSULT")
    # (the price: in a sport story even a meeting sentence is read as sport news)
    assert not [e for e in _extract(sport + meeting).events if e.status == "asserted"]


def test_social_media_a_search_and_a_summit_beside_a_meeting_are_no_meetings():
    doc = _extract('جاء ذلك في تغريدة لوزير الدولة الإماراتي للشؤون الخارجية أنور قرقاش على صفحته بموقع التواصل الاجتماعي، تويتر، حيث قال: "التمرد الحوثي في أضعف حالاته".')
    assert not _events(doc, "CONSULT")
    doc = _extract("والتقى وزير الخارجية البحريني خالد بن أحمد آل خليفة بنظيره السوري، وليد المعلم، السبت، على هامش اجتماعات الجمعية العمومية للأمم المتحدة في نيويورك.")
    assert {frozenset(_codes(doc, e.recipient)) for e in _events(doc, "CONSULT")} == {frozenset({"SYRGOV"})}


def test_since_that_is_no_reported_speech():
    doc = _extract("ويزداد تجنيد بوكو حرام لليافعين كمفجرين انتحاريين منذ أن أعلنت مبايعتها لتنظيم داعش.")
    (allegiance,) = _events(doc, "SUPPORT")
    assert (_codes(doc, allegiance.actor), _codes(doc, allegiance.recipient)) == ({"NGAREB"}, {"REB"})


def test_a_former_officeholder_is_coded_as_an_elite():
    doc = _extract("وقال رئيس الوزراء العراقي السابق نوري المالكي إن الرئيس الفرنسي الأسبق فرانسوا هولاند أخطأ.")
    assert {a.code for a in doc.actors if a.kind == "person"} == {"IRQELI", "FRAELI"}


def test_an_attack_noun_far_from_the_sentence_subject_is_not_its_act():
    doc = _extract("وكانت بريطانيا قد دعت إلى الهدوء وضبط النفس في قطاع غزة الاثنين بعد اشتباكات عنيفة سبقت افتتاح السفارة الأمريكية.")
    assert not _events(doc, "ASSAULT")


def test_an_aid_or_protest_noun_far_from_the_sentence_subject_is_not_its_act():
    doc = _extract('وطالبت منظمة هيومن رايتس ووتش الحكومة المصرية بتوفير "الغذاء الكافي لجميع السكان، والسماح الفوري '
                   'لمنظمات الإغاثة مثل الهلال الأحمر المصري بتوفير الموارد".')
    assert all("EGYGOV" not in _codes(doc, e.recipient) for e in _events(doc, "AID"))
    # right after the subject of an announcing verb, times and commas between, it is the subject's act
    doc = _extract('أعلن الجيش الإسرائيلي، صباح الإثنين، اعتقال 11 "مطلوبا" فلسطينيا يشتبه في ضلوعهم بنشاطات إرهابية.')
    (arrest,) = _events(doc, "COERCE")
    assert _codes(doc, arrest.actor) == {"ISRMIL"}


def test_shooting_down_needs_an_aircraft_a_draft_dropped_is_no_attack():
    doc = _extract("أسقطت الولايات المتحدة الأمريكية مشروع قرار تقدمت به الكويت في مجلس الأمن.")
    assert not _events(doc, "ASSAULT")
    doc = _extract("وأعلن الجيش أن الدفاعات الجوية السورية أسقطت طائرة إسرائيلية.")
    assert _events(doc, "ASSAULT")


def test_an_evaluation_is_not_aimed_at_civilians_who_suffer_it_or_the_speakers_own_state():
    doc = _extract('وقالت الحكومة الليبية إنها "لا يمكنها البقاء صامتة إزاء الهجمات على طرابلس التي تمثل انتهاكا لأمن العاصمة وسلامة المواطنين الليبيين".')
    assert all(not _codes(doc, e.recipient) & {"LBYCVL", "LBY"} for e in _events(doc, "ACCUSE"))
    doc = _extract('اعتبرت القنصلية الإيرانية في البصرة أن حريق مبناها على يد المتظاهرين العراقيين "عمل همجي ووحشي".')
    assert any("IRQCVL" in _codes(doc, e.recipient) for e in _events(doc, "ACCUSE"))


def test_a_verb_with_an_object_pronoun_does_not_reach_back_to_the_sentence_subject():
    doc = _extract('وقتل المئات من أفراد الجيش والشرطة والمدنيين، راح غالبيتهم ضحايا هجمات شنتها جماعة "ولاية سيناء" المرتبطة بتنظيم داعش.')
    assert not any("EGYMIL" in _codes(doc, e.actor) for e in _events(doc, "ASSAULT"))


def test_a_state_name_after_an_organisation_is_its_object_a_demonym_its_nationality():
    doc = _extract("اتهمت منظمة هيومن رايتس ووتش السعودية في تقرير جديد باحتجاز ناشطات.")
    (charge,) = _events(doc, "ACCUSE")
    assert (_codes(doc, charge.actor), _codes(doc, charge.recipient)) == ({"NGO"}, {"SAU"})
    doc = _extract("وقال مجلس الأمن الروسي إن الوضع خطير.")
    assert "RUSGOV" in {a.code for a in doc.actors}


def test_a_citizen_at_his_own_states_office_holds_no_talks():
    doc = _extract("وكان الصحفي السعودي جمال خاشقجي قد اختفى بعد زيارته للقنصلية السعودية في إسطنبول.")
    assert not _events(doc, "CONSULT")


def test_the_party_right_after_a_discussion_word_is_its_topic():
    doc = _extract("وتعقد جامعة الدول العربية بالقاهرة الخميس اجتماعا طارئا لمناقشة قرار الولايات المتحدة نقل سفارتها إلى القدس.")
    assert all("USA" not in _codes(doc, e.recipient) for e in _events(doc, "CONSULT"))
    doc = _extract("بحث وزير الخارجية الأردني أيمن الصفدي مع نظيره الروسي سيرغي لافروف الأزمة السورية.")
    (talks,) = _events(doc, "CONSULT")
    assert _codes(doc, talks.recipient) == {"RUSGOV"}


def test_a_party_named_as_a_backer_is_not_the_target():
    doc = _extract("وتشن قوات النظام السوري بدعم روسي منذ 19 حزيران/يونيو عملية عسكرية واسعة النطاق في محافظة درعا.")
    assert all("RUS" not in _codes(doc, e.recipient) for e in _events(doc, "ASSAULT"))
    doc = _extract("وجاء في الرسالة أنه في 3 أبريل هاجمت ميليشيا الحوثي المدعومة من إيران في اليمن ناقلة نفط سعودية.")
    (attack,) = _events(doc, "ASSAULT")
    assert "IRN" not in _codes(doc, attack.recipient)


def test_sending_troops_is_a_mobilisation_not_aid():
    doc = _extract("وقالت مصادر أمنية إن السلطات العراقية أرسلت بالفعل تعزيزات إلى البصرة من وحدة مكافحة الإرهاب.")
    assert _events(doc, "MOBILIZE") and not _events(doc, "AID")
    doc = _extract("وأرسلت الإمارات مساعدات إنسانية إلى اليمن.")
    assert _events(doc, "AID")
    doc = _extract("استدعت جماعة الحوثي تعزيزات عسكرية الأحد إلى مدينة الحديدة الإستراتيجية.")
    assert _events(doc, "MOBILIZE") and not _events(doc, "SANCTION")
    doc = _extract("وأصدرت المحكمة الكبرى الجنائية البحرينية أحكاما بالسجن وإسقاط الجنسية على 24 مواطنا.")
    assert not _events(doc, "ASSAULT")  # revoking citizenship shoots nothing down


def test_a_relative_clause_on_a_prevented_act_is_not_asserted_either():
    doc = _extract("وقال إن منع الهجمات التي يشنها تنظيم داعش على المدنيين أصبح أولوية قصوى بالنسبة للدول.")
    assert not _events(doc, "ASSAULT")


def test_a_verb_reading_that_keeps_its_ba_wins_and_a_demonym_on_the_people_told_is_them():
    doc = _extract("وقالت الحركة، في بيان، إن «وفدًا من حركة حماس برئاسة خالد مشعل، التقى سيرغي لافروف في الدوحة، "
                   "وبحثا العلاقات الثنائية، وتبادلا وجهات النظر حول الموضوعات المطروحة».")
    assert not _events(doc, "REQUEST")
    doc = _extract("قتل مزارع فلسطيني بقصف إسرائيلي على قطاع غزة.")
    (strike,) = _events(doc, "ASSAULT")
    assert (_codes(doc, strike.actor), _codes(doc, strike.recipient)) == ({"ISRMIL"}, {"PSE"})
    # (a time word between the verb and the marked doer: still passive)
    doc = _extract("وقال مسؤولون إن مزارعا فلسطينيا قتل الجمعة بقصف إسرائيلي على جنوب قطاع غزة.")
    (strike,) = _events(doc, "ASSAULT")
    assert (_codes(doc, strike.actor), _codes(doc, strike.recipient)) == ({"ISRMIL"}, {"PSE"})


def test_charges_or_an_investigation_the_subject_faces_are_not_its_act():
    doc = _extract("يواجه رئيس الوزراء الإسرائيلي، بنيامين نتانياهو، تحقيقات فساد قد تعصف بمنصبه.")
    assert not _events(doc, "ACCUSE")


def test_what_a_warning_is_about_is_no_party_warned():
    doc = _extract("وحذر مسؤول أميركي، الخميس، من أن داعش بات يتأقلم مع الهزائم التي مني بها.")
    assert not _events(doc, "THREATEN")
    doc = _extract("وحذرت روسيا الولايات المتحدة من أي هجوم على سوريا.")
    (warning,) = _events(doc, "THREATEN")
    assert _codes(doc, warning.recipient) == {"USA"}
    assert not _events(doc, "ASSAULT")  # (`أي هجوم`: any attack at all is no attack made)


def test_the_party_obliged_after_yajib_ala_is_addressed_not_the_actor():
    doc = _extract("والعراق شاهد على نتائج تدخل النظام الإيراني، ويجب على طهران أن تتعلم الدرس جيداً وتغادر سوريا.")
    assert not _events(doc, "REQUEST")
    doc = _extract("وقال وزير الخارجية السعودي عادل الجبير إنه يجب على طهران أن تغادر سوريا.")
    (demand,) = _events(doc, "REQUEST")
    assert (_codes(doc, demand.actor), _codes(doc, demand.recipient)) == ({"SAUGOV"}, {"IRNGOV"})


def test_eliminating_is_not_the_judiciary():
    doc = _extract("وتشن قوات الأمن والجيش في مصر حملة عسكرية في شمال سيناء منذ سنوات، تستهدف القضاء على الجماعات المسلحة.")
    assert not any(a.sector == "JUD" for a in doc.actors)
    doc = _extract("وأحال القضاء المصري القضية إلى المحكمة.")
    assert any(a.code == "EGYJUD" for a in doc.actors)


def test_an_accusation_nouns_genitive_before_its_charge_is_the_accused():
    doc = _extract("ما صلاحيات أردوغان في ظل النظام الرئاسي؟ إدانة زعيم المعارضة التركية بتهمة التشهير بأردوغان.")
    assert not any("TUROPP" in _codes(doc, e.actor) for e in _events(doc, "ACCUSE"))
    doc = _extract("وجاءت إدانة واشنطن بشدة للهجوم الإيراني على السعودية.")
    assert any("USAGOV" in _codes(doc, e.actor) for e in _events(doc, "ACCUSE"))


def test_who_is_to_be_freed_is_not_who_is_asked():
    doc = _extract("وطالبت أوتاوا بقوة بالإفراج الفوري عن نشطاء في المملكة.")
    assert all("CANCVL" not in _codes(doc, e.recipient) for e in _events(doc, "REQUEST"))
    doc = _extract("وطالب وزير الأمن الإسرائيلي جلعاد أردان بتنحي الرئيس الفلسطيني محمود عباس.")
    (demand,) = _events(doc, "REQUEST")
    assert _codes(doc, demand.recipient) == {"PSEGOV"}


def test_a_monitor_reports_violence_and_commits_none():
    doc = _extract("وأعلن المرصد السوري لحقوق الإنسان عن مقتل نحو 80 مدنيا بينهم 20 طفلا في غارات على الغوطة.")
    assert not any("NGO" in _codes(doc, e.actor) for e in _events(doc, "ASSAULT"))


def test_a_call_on_the_international_community_asks_no_one_named_later():
    doc = _extract("ودعا نتنياهو المجتمع الدولي إلى إدانة ما وصفه بالعداء للسامية من جانب الرئيس الفلسطيني محمود عباس.")
    assert not _events(doc, "REQUEST")
    doc = _extract("ودعا الرئيس المصري المجتمع الدولي ولا سيما الولايات المتحدة إلى التحرك.")
    assert any(_codes(doc, e.recipient) == {"USA"} for e in _events(doc, "REQUEST"))


def test_a_coordinated_verb_before_a_capital_keeps_the_sentences_actor_but_not_a_root_waw_verb():
    doc = _extract('شدد الرئيس الإيراني حسن روحاني على أهمية التزام الولايات المتحدة بالاتفاق النووي مع بلاده، '
                   'وهدد واشنطن برد سريع في حال انسحابها منه.')
    (threat,) = _events(doc, "THREATEN")
    assert (_codes(doc, threat.actor), _codes(doc, threat.recipient)) == ({"IRNGOV"}, {"USAGOV"})
    doc = _extract("وتعاملت الحكومة القطرية طويلاً مع الفكر المتشدد، فقد وعدت الدوحة الرئيس الأميركي مؤخراً بتغيير المسار.")
    assert all(_codes(doc, e.recipient) != {"QATGOV"} for e in doc.events)


def test_a_priest_of_a_state_does_not_act_for_it():
    doc = _extract("وتتصاعد الخلافات بين واشنطن وأنقرة بسبب محاكمة قس أمريكي في تركيا بتهمة الارتباط بجماعة إرهابية، "
                   "ورد أمريكا بفرض عقوبات على وزيري الداخلية والعدل التركيين.")
    assert not any(doc.actor(a).sector == "REL" for e in _events(doc, "SANCTION") for a in e.actor)


def test_an_act_threatened_is_not_done():
    doc = _extract("وتوعد الحوثيون بقصف الرياض.")
    assert _events(doc, "THREATEN") and not _events(doc, "ASSAULT")
    doc = _extract("وعلق روحاني على تلويح الرئيس الأمريكي بمنع تصدير النفط الإيراني.")
    assert not _events(doc, "COERCE")


def test_money_and_in_front_of_name_no_actors():
    doc = _extract("وتراجعت الليرة التركية أمام الدولار الأمريكي.")
    assert not doc.actors
    doc = _extract("وقال الإمام السعودي عبد الرحمن السديس إن الحج ناجح.")
    assert any(a.code == "SAUREL" for a in doc.actors)


def test_an_act_an_effort_is_aimed_at_is_not_done():
    doc = _extract("يواصل رئيس الوزراء الإسرائيلي بينامين نتانياهو الثلاثاء مساعيه الرامية إلى حشد دعم موحد ضد إيران، "
                   "في باريس المحطة الثانية من جولته الأوروبية التي استهلها من برلين الاثنين.", pub_date="2018-06-05")
    assert not _events(doc, "SUPPORT")


def test_an_investigation_is_an_act_only_when_opened():
    doc = _extract("وفتحت السلطات القضائية في تركيا، الخميس الماضي، تحقيقا ضد زعيم حزب الشعوب الديمقراطي صلاح الدين دميرتاش.")
    assert any(e.mode == "investigate" for e in _events(doc, "ACCUSE"))
    doc = _extract("وتم استجواب رئيس الوزراء الإسرائيلي بنيامين نتنياهو في التحقيقات الجارية حول اتهامه بالفساد.")
    assert not any(e.mode == "investigate" for e in _events(doc, "ACCUSE"))
    doc = _extract("وقال وزير الخارجية السعودي إن المملكة تركز على ما يمكن تحقيقه في الوقت الراهن.")
    assert not _events(doc, "ACCUSE")
    doc = _extract("والتوقعات التي يأمل ولي العهد السعودي تحقيقها في بلاده بحلول عام 2030.")
    assert not _events(doc, "ACCUSE")
    doc = _extract("وقالت وكالة الأنباء السعودية إن النيابة العامة تؤكد أن تحقيقاتها في هذه القضية مستمرة مع الموقوفين.")
    assert any(e.mode == "investigate" for e in _events(doc, "ACCUSE"))
    doc = _extract("ومثل الإعلامي المصري أمام قاضي المعارضات بمحكمة شمال القاهرة للنظر في أمر تجديد حبسه احتياطيا "
                   "على ذمة تحقيقات النيابة العامة.")
    assert not any(e.mode == "investigate" for e in _events(doc, "ACCUSE"))


def test_a_capital_naming_a_gathering_is_no_party():
    doc = _extract("وتأتي الخطوة التركية بالتزامن مع انطلاق جولة جديدة من محادثات أستانة، بين ممثلي المعارضة السورية والنظام.")
    assert not any(a.country == "KAZ" for a in doc.actors)
    doc = _extract("أما وزير الخارجية الإيراني محمد جواد ظريف فأشاد بخلاصات اجتماع فيينا الجمعة.")
    assert not any(a.country == "AUT" for a in doc.actors)


def test_an_organisation_with_no_code_after_the_verb_is_its_subject():
    doc = _extract("اعتذر المرشح الرئاسي المصري السابق خالد علي للسيدة صاحبة الشكوى.\n"
                   "واتهم حزب العيش والحرية الأجهزة الأمنية ووسائل الإعلام المصرية باستغلال تلك القضية، لتشويه الحزب وخالد علي.")
    assert not _events(doc, "ACCUSE")
    doc = _extract('بينما هاجم وزير الخارجية البحريني قناة "الجزيرة" القطرية.')
    assert any("QATMED" in _codes(doc, e.recipient) for e in _events(doc, "ACCUSE"))


def test_asylum_seekers_request_nothing_and_still_supporting_is_standing():
    doc = _extract("وقال رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، إن 16250 طالب لجوء سوف يجري ترحيلهم إلى كندا وإيطاليا وألمانيا.")
    assert not _events(doc, "REQUEST")
    doc = _extract('قال السفير السعودي في أمريكا: "يستمر النظام الإيراني بخرق جميع القوانين الدولية. لا زال هذا النظام يدعم '
                   'الإرهاب في سوريا والعراق ولبنان واليمن بتوفيره الأموال والصواريخ للمليشيات التابعة له".')
    assert not _events(doc, "SUPPORT")


def test_what_a_sanction_targets_is_no_attack():
    doc = _extract("وقالت وزارة الخزانة الأمريكية إن العقوبات تستهدف الصناعات المذكورة في الاتفاق، ومن بينها قطاع النفط الإيراني.")
    assert not _events(doc, "ASSAULT")
    doc = _extract("وقالت مصادر إن الطائرات السعودية استهدفت مواقع للحوثيين في صعدة.")
    assert _events(doc, "ASSAULT")
    doc = _extract('ووافق مجلس النواب المصري على قانون التحفظ على أموال "الجماعات الإرهابية"، في خطوة تستهدف تجفيف منابع '
                   'تمويل تلك الجماعات وخاصة تنظيم الإخوان.')
    assert not _events(doc, "ASSAULT")


def test_a_bare_ministry_after_a_party_of_stated_country_is_that_countrys():
    doc = _extract("قطر تدعم الإرهاب منذ سنوات. ودعا كاتب سياسي أميركي وزارة الخارجية إلى تصنيف قطر دولة راعية للإرهاب.")
    assert any(a.code == "USAGOV" and any(m.text == "وزارة الخارجية" for m in a.mentions) for a in doc.actors)


def test_civilians_named_again_without_their_demonym_keep_their_country():
    doc = _extract("قضت محكمة كويتية بإعدام لبناني وسورية لإدانتهما بقتل خادمة فلبينية في الكويت.\n"
                   "وتصاعد الجدل في الكويت بعد مقتل خادمة في العاصمة الكويتية.")
    maid = [r for r in doc.mentions if doc.tokens[r.first].text == "خادمة"]
    assert len(maid) == 2 and {doc.actor(r.actor_id).code for r in maid} == {"PHLCVL"}


def test_a_writer_may_ask_his_own_government_and_kana_ala_is_no_demand():
    doc = _extract('وقال الكاتب الأمريكي توم روجر إنه "ينبغي على وزارة الخارجية استدعاء السفير القطري ليشرح لماذا حضر رئيس وزراء بلاده حفل زفاف".')
    assert any(_codes(doc, e.recipient) == {"USAGOV"} for e in _events(doc, "REQUEST"))
    doc = _extract('وقال الرئيس الإيراني إن "إيران مستعدة لتخصيب اليورانيوم لمستوى أعلى مما كان عليه قبل الاتفاق النووي" مع أمريكا.')
    assert not _events(doc, "REQUEST")


def test_a_present_threat_far_from_the_sentence_subject_is_not_its_threat():
    doc = _extract("وتأمل مصر ألا يترتب على التطورات الحالية أية صراعات مسلحة بالمنطقة تهدد استقرارها وأمنها.")
    assert not _events(doc, "THREATEN")
    doc = _extract("وكان الرئيس الفلبيني رودريغو دوتيرتي قد تحدث مرارا عن استغلال العمال الفلبينيين، وتوعد بفرض حظر على عملهم في المنطقة.")
    assert _events(doc, "THREATEN")


def test_sport_news_tells_no_political_event_but_force():
    doc = _extract("وتقرر إقامة المباراة بين بطلي المغرب والإمارات سنويا في إطار الاتفاقية التي تم توقيعها مؤخرا بين البلدين.")
    assert not doc.events
    doc = _extract("اعتقلت السلطات الإيرانية 35 امرأة بعدما حاولن دخول ملعب لمشاهدة مباراة كرة القدم.")
    assert _events(doc, "COERCE")


def test_a_demonym_before_son_of_is_a_first_name():
    doc = _extract("واستقبل أمير منطقة الرياض الأمير تركي بن عبدالله في الرياض وفدا من رجال الأعمال السعوديين.")
    assert not any(a.country == "TUR" for a in doc.actors)


def test_an_act_alleged_is_not_asserted():
    doc = _extract("وشهدت العلاقات بين السودان وجنوب السودان توترا بسبب اتهام كل منهما للآخر بدعم وإيواء المتمردين.")
    assert not _events(doc, "SUPPORT")


def test_a_states_praise_or_appeal_to_its_own_people_is_no_dyad():
    doc = _extract("وأبدى رئيس الأمانة السعودي شكره الجزيل للمواطنين السعوديين على دعمهم للمهرجان.")
    assert not _events(doc, "SUPPORT")
    doc = _extract("وأعرب المرجع الشيعي العراقي علي السيستاني عن تضامنه مع المحتجين العراقيين.")
    assert _events(doc, "SUPPORT")


def test_people_named_by_a_demonym_keep_its_country_in_a_foreign_speakers_words():
    doc = _extract('وقالت الخارجية الأميركية: "نحن ندعم حق شركائنا السعوديين في الدفاع عن حدودهم".')
    assert any(a.code == "SAUCVL" for a in doc.actors)


def test_the_one_party_before_a_charge_is_the_accused():
    doc = _extract("وكانت موسكو أعلنت تزويد الدفاعات الجوية السورية بالنظام الصاروخي إس-300، بعدما اتهمت إسرائيل "
                   "بالمسؤولية غير المباشرة عن تحطم طائرتها.")
    (accusation,) = _events(doc, "ACCUSE")
    assert _codes(doc, accusation.recipient) == {"ISR"} and "ISR" not in _codes(doc, accusation.actor)
    doc = _extract("واتهمت إسرائيل حماس بالمسؤولية عن الهجوم.")
    (accusation,) = _events(doc, "ACCUSE")
    assert _codes(doc, accusation.actor) == {"ISR"}


def test_bare_al_qaeda_is_the_group_unless_a_base_and_a_transnational_figure_has_no_country():
    doc = _extract("وبحسب وزارة الخزانة الأميركية، فإن قوة النعيمي في جمع الأموال لصالح القاعدة حتى وصل الأمر إلى تمويل داعش.")
    assert any(a.code == "REB" and any(m.text == "القاعدة" for m in a.mentions) for a in doc.actors)
    doc = _extract("وتقع القاعدة العسكرية الأمريكية في قطر، وهبطت الطائرة في القاعدة الروسية.")
    assert not any(a.sector == "REB" for a in doc.actors)
    doc = _extract('دعا أيمن الظواهري زعيم تنظيم "القاعدة" إلى الجهاد ضد الولايات المتحدة وإسرائيل.')
    assert {a.code for a in doc.actors if a.name == "أيمن الظواهري"} == {"REB"}


def test_sky_news_without_arabiya_is_the_british_channel():
    doc = _extract("قالت قناة سكاي نيوز التلفزيونية إن من المتوقع أن تطلب رئيسة الوزراء البريطانية دعم الحكومة.")
    assert any(a.code == "GBRMED" for a in doc.actors)
    doc = _extract('وفقا لمراسل "سكاي نيوز عربية" في بغداد.')
    assert any(a.code == "AREMED" for a in doc.actors)


def test_a_proposal_is_an_agreement_even_with_no_one_named():
    doc = _extract("وكانت روسيا قد اقترحت وقفا يوميا لإطلاق النار في المنطقة التي تتعرض للقصف بشدة.")
    (proposal,) = _events(doc, "AGREE")
    assert _codes(doc, proposal.actor) == {"RUS"} and not proposal.recipient
    doc = _extract("وكان إيمانويل ماكرون اقترح على دونالد ترامب التوصل إلى اتفاق جديد حول النووي الإيراني.")
    assert any(_codes(doc, e.recipient) == {"USAGOV"} for e in _events(doc, "AGREE"))
    doc = _extract("وتعهد الرئيس السوري بشار الأسد باستعادة المناطق التي تسيطر عليها قوات سوريا الديمقراطية.")
    assert any(_codes(doc, e.actor) == {"SYRGOV"} for e in _events(doc, "AGREE"))
    doc = _extract('وتعهدت واشنطن برد "قوي" على الهجوم الكيماوي.')
    assert _events(doc, "THREATEN") and not _events(doc, "AGREE")  # a vow of retaliation threatens
    doc = _extract("وقالت المصادر إن أوباما أشاد بتعهد الخرطوم بالعمل الجاد لإزالة أسباب الخلاف في جنوب السودان.")
    assert not any(not e.recipient for e in _events(doc, "AGREE"))  # the pledge noun, not a verb standing alone


def test_a_verb_after_which_has_the_event_before_as_its_subject():
    doc = _extract("وأدانت الجامعة نقل السفارة الأمريكية إلى مدينة القدس المحتلة، مما شجّع الحكومة الإسرائيلية على التمادي "
                   "في سلوكها ضد الفلسطينيين.")
    assert not any("ISRGOV" in _codes(doc, e.actor) for e in doc.events)
    doc = _extract("وضمت ألمانيا والدنمارك السندات إلى مؤشر جيه بي مورجان، ما يساعد الحكومة الأمريكية الجيش العراقي.")
    assert not _events(doc, "AID")  # `، ما يساعد`: "which helps", the listing helps


def test_a_place_whose_name_has_no_article_is_never_written_with_one():
    doc = _extract("وناقش الائتلاف الوطني السوري النظام المالي وتوصيات لقاء الائتلاف مع المجلس الوطني الكردي.")
    assert not any(a.country == "MLI" for a in doc.actors)
    doc = _extract("وقالت الحكومة العراقية إن العراق والأردن وقعا اتفاقية مع الإمارات في الرياض.")
    assert {"IRQ", "JOR", "ARE"} <= {a.country for a in doc.actors}


def test_people_named_by_a_plural_demonym_firing_an_armed_act_are_the_military():
    doc = _extract("والقططي هو ثاني مسعف فلسطيني يقتل برصاص الإسرائيليين منذ 30 آذار.")
    (killing,) = _events(doc, "ASSAULT")
    assert _codes(doc, killing.actor) == {"ISRMIL"}


def test_the_subject_of_a_verb_carrying_out_an_act_noun_is_its_doer():
    doc = _extract("وتم تهجير الآلاف من محافظتي درعا والقنيطرة جراء اتفاقات تسوية أبرمتها روسيا، بعد هجوم واسع بدأته دمشق "
                   "في 19 حزيران.")
    assert not any("RUS" in _codes(doc, e.actor) for e in _events(doc, "ASSAULT"))


def test_a_one_word_office_that_is_the_surname_of_a_person_named_before_is_that_person():
    doc = _extract("وصل وزير الخارجية السوري وليد المعلم إلى طهران أمس. وقال المعلم إن بلاده ترحب بأي جهد لحل الأزمة، "
                   "واتهم المعلم تنظيم داعش بتدمير المدن.")
    assert not [a for a in doc.actors if a.sector == "EDU"]  # `المعلم` is his surname, not "the teacher"
    (accuse,) = _events(doc, "ACCUSE")
    assert _codes(doc, accuse.actor) == {"SYRGOV"}


def test_receiving_the_wounded_or_pilgrims_is_no_meeting():
    doc = _extract("كشف وزير يمني عن إعادة تأهيل المستشفى المهجور في عدن، ليكون المحطة الأولى لاستقبال المصابين "
                   "والجرحى، جراء استهداف الميليشيات الحوثية وأتباع الرئيس المخلوع علي عبد الله صالح للمدنيين.")
    assert not _events(doc, "CONSULT")
    doc = _extract("وأكملت السلطات السعودية استعداداتها لاستقبال الحجاج القادمين من إيران.")
    assert not _events(doc, "CONSULT")


def test_a_football_cup_named_after_a_state_is_sport_news():
    doc = _extract("صور.. رئيسة تشيلي تستقبل أبطال \"كوبا أمريكا\" في القصر الرئاسي")
    assert not _events(doc, "CONSULT")
    doc = _extract("وسيشرف على القرعة الأمين العام للفيفا الفرنسي جيروم فالك الذي وصل إلى روسيا الإثنين الماضي.")
    assert not _events(doc, "CONSULT")


def test_an_acting_officeholder_named_after_bil_inaba_holds_the_office():
    doc = _extract("أعرب رئيس مجلس الأمة الكويتي بالإنابة مبارك الخرينج عن رفضه لتصريحات نائب الرئيس العراقي نوري المالكي.")
    (reject,) = _events(doc, "REJECT")
    assert _codes(doc, reject.actor) == {"KWTLEG"}
    assert _codes(doc, reject.recipient) == {"IRQGOV"}


def test_the_subject_of_a_giving_verb_after_a_support_noun_gives_it():
    doc = _extract("وأشاد الرئيس اللبناني ميشال عون بالدعم الذي تقدمه السعودية للجيش اللبناني.")
    support = [e for e in _events(doc, "SUPPORT") + _events(doc, "AID") if _codes(doc, e.actor) == {"SAU"}]
    assert support and _codes(doc, support[0].recipient) == {"LBNMIL"}


def test_criticising_an_act_named_after_the_critics_title_aims_at_its_doer():
    doc = _extract("وانتقد وزير الخارجية الأمريكي الدعم العسكري الذي تقدمه إيران للحكومة السورية.")
    assert not [a for a in doc.actors if "الدعم" in a.name]  # the title ends at its demonym
    (accuse,) = _events(doc, "ACCUSE")
    assert _codes(doc, accuse.actor) == {"USAGOV"}
    assert _codes(doc, accuse.recipient) == {"IRN"}


def test_continuing_to_encourage_is_a_request_of_the_reporting_subject():
    doc = _extract("وقال مجلس الأمن في بيان إنه يواصل تشجيع العراق والكويت على جهودهما لإنهاء هذه القضية الإنسانية.")
    (request,) = _events(doc, "REQUEST")
    assert _codes(doc, request.actor) == {"UNO"}
    assert _codes(doc, request.recipient) == {"IRQ", "KWT"}


def test_the_act_an_accusation_charges_is_alleged_not_asserted():
    doc = _extract("وتتهم الإدارة الذاتية الكردية في شمال سوريا الحكومة التركية بدعم أنشطة الفصائل الجهادية في كوباني.")
    assert not _events(doc, "SUPPORT")
    doc = _extract("اتهم ولي العهد السعودي إيران وسلوكها منذ ثورة 1979 بالتشجيع على ظهور التطرف.")
    assert not _events(doc, "REQUEST")
    (accuse,) = _events(doc, "ACCUSE")
    assert _codes(doc, accuse.recipient) == {"IRN"}


def test_his_saying_reported_by_an_outlet_with_no_source_named_is_the_last_subjects():
    doc = _extract("وقال الرئيس الروسي فلاديمير بوتين للرئيس الفلسطيني محمود عباس \"أنا مسرور للقائك\". "
                   "وأبلغ عباس الرئيس الروسي بقلقه إزاء قرار ترامب. فيما نقلت وكالات الأنباء الروسية قوله في تصريحات "
                   "مترجمة \"نحن نتصدى لمحاولات الأمريكيين لفرض قراراتهم\".")
    (quote,) = [q for q in doc.quotes if "نتصدى" in q.span.text]
    assert doc.actor(quote.speaker).code == "PSEGOV"


def test_calling_words_calumnies_or_blatant_interference_accuses_their_author():
    doc = _extract("وقال وزير الإعلام السعودي عواد العواد إن هناك تدخلا سافرا من قبل النظام الإيراني في شؤون دول المنطقة.")
    (accuse,) = _events(doc, "ACCUSE")
    assert _codes(doc, accuse.actor) == {"SAUGOV"}
    assert _codes(doc, accuse.recipient) == {"IRNGOV"}


def test_standing_on_is_inspecting_and_standing_in_the_face_of_is_opposing_not_support():
    doc = _extract("وزار وزير التعليم السعودي الجامعة، وتم الوقوف على جاهزية كل منشآت جامعة الملك سعود.")
    assert not _events(doc, "SUPPORT")
    doc = _extract("وطالب المتحدث باسم الحكومة اليمنية اليمنيين بالوقوف في وجه الحوثيين وقوات صالح.")
    assert not [e for e in _events(doc, "SUPPORT") if _codes(doc, e.recipient) & {"YEMREB"}]


def test_a_football_match_report_sends_no_aid():
    doc = _extract("وراوغ الأرجنتيني ليونيل بانخيوني دفاعات تيجريز واستغل سرعته في الوصول إلى داخل منطقة الجزاء قبل أن "
                   "يرسل عرضية إلى المكسيكي خافيير اكينو.")
    assert not _events(doc, "AID")


def test_the_king_salman_relief_centre_is_a_saudi_body_not_the_king():
    doc = _extract("واستقبل المشرف العام على مركز الملك سلمان للإغاثة والأعمال الإنسانية الدكتور عبدالله الربيعة سفير النرويج لدى المملكة.")
    assert not _events(doc, "AID")  # `للإغاثة` is part of the centre's name
    assert any(a.code == "SAUGOV" and "مركز" in a.name for a in doc.actors)


def test_a_statement_with_no_time_of_its_own_is_of_the_news_day_the_lede_names():
    lede = ("ندد مسؤولون أمريكيون وإسرائيليون الأربعاء بتصريحات للرئيس الفلسطيني محمود عباس. "
            "وكان عباس قد ألقى خطابا أمام المجلس الوطني الفلسطيني في رام الله. ")
    later = "من جهته، طالب وزير الأمن الإسرائيلي جلعاد أردان بتنحية عباس."
    doc = _extract(lede + later, pub_date="2018-05-02")
    (request,) = _events(doc, "REQUEST")
    assert request.date == "2018-05-02"
    # told as earlier background (`وكان ... قد`), or in an article whose lede names no day: no date
    doc = _extract(lede + "وكان وزير الأمن الإسرائيلي جلعاد أردان قد طالب بتنحية عباس.", pub_date="2018-05-02")
    (request,) = _events(doc, "REQUEST")
    assert request.date is None
    doc = _extract(lede.replace(" الأربعاء", "") + later, pub_date="2018-05-02")
    (request,) = _events(doc, "REQUEST")
    assert request.date is None


def test_the_party_an_attack_is_done_in_support_of_is_no_target():
    doc = _extract("وتعود هذه التحقيقات إلى الفترة التي شنت فيها روسيا غارات دعما للسلطات السورية ضد فصائل المعارضة.")
    assert not [e for e in _events(doc, "ASSAULT") if _codes(doc, e.recipient) & {"SYRGOV"}]


def test_a_lede_recalling_a_date_long_past_gives_no_news_day_to_later_statements():
    doc = _extract("بدأت إثيوبيا بناء سد النهضة في 11 أبريل 2011. وتأخر المشروع سنوات. "
                   "وأشار إلى أن شركة ساليني الإيطالية تطلب مستحقاتها المالية من الحكومة الإثيوبية.", pub_date="2018-08-26")
    (request,) = _events(doc, "REQUEST")
    assert request.date is None


def test_crimes_a_convict_is_sentenced_for_are_the_charge_not_an_accusation():
    doc = _extract("أعلنت وزارة العدل العراقية تنفيذ أحكام بإعدام 13 محكوما، من بينهم 11 مدانا بجرائم إرهاب، تشمل "
                   "تفجير سيارات مفخخة واستهداف القوات الأمنية.")
    assert not _events(doc, "ACCUSE")


def test_a_second_act_noun_joined_by_wa_keeps_the_doer_and_target_of_the_first():
    doc = _extract("وهذا غداة قرار الرياض طرد السفير الكندي لديها وتجميد التعاملات التجارية ردا على انتقادات وجهتها "
                   "أوتاوا إلى المملكة بشأن حقوق الإنسان.")
    sanctions = _events(doc, "SANCTION")
    assert sanctions and all(_codes(doc, e.actor) == {"SAUGOV"} for e in sanctions)
    assert all(_codes(doc, e.recipient) == {"CANGOV"} for e in sanctions)
    # the freeze is the same side's act on the same target: one record with both triggers
    assert any("تجميد" in t.text for e in sanctions for t in e.triggers)


def test_rights_groups_unnamed_are_ngos_and_their_charge_is_alleged():
    doc = _extract("اتهمت منظمات غير حكومية حقوقية فرنسا بتقديم الدعم لنظام الرئيس عبد الفتاح السيسي.")
    (accuse,) = _events(doc, "ACCUSE")
    assert _codes(doc, accuse.actor) == {"NGO"}
    assert _codes(doc, accuse.recipient) == {"FRA"}
    assert not _events(doc, "SUPPORT")  # `بتقديم الدعم`: the support is what they allege


def test_an_act_threatened_with_a_threat_noun_is_not_done():
    doc = _extract("إذ أظهر شركاء طهران إرادة المقاومة للتهديدات الأمريكية بفرض عقوبات على إيران.")
    assert not _events(doc, "SANCTION")


def test_civilians_arriving_in_their_own_country_hold_no_meeting():
    # `وقالت سيدة وصلت إلى مدينة دوما`: the host read from the place is the visitor's own state
    from marsad.doc import Actor
    from marsad.events.parties import citizen_to_own_state

    doc = Document(text="", actors=[Actor("a1", "سيدة", "SYR", "CVL", kind="group"), Actor("a2", "سوريا", "SYR", "", kind="state"),
                                    Actor("a3", "دمشق", "SYR", "GOV", kind="body"), Actor("a4", "لبنان", "LBN", "", kind="state")])
    assert citizen_to_own_state(doc, ["a1"], ["a2"])
    assert citizen_to_own_state(doc, ["a1"], ["a3"])
    assert not citizen_to_own_state(doc, ["a1"], ["a4"])  # a visit abroad is still one


def test_sanctions_in_force_named_as_a_topic_are_no_new_act():
    doc = _extract("وقال رئيس الوزراء العراقي حيدر العبادي إنه مضطر للالتزام بالعقوبات الأمريكية على إيران.")
    assert not _events(doc, "SANCTION")
    doc = _extract("وقالت الحكومة الإيرانية إن القطاعات التي تستهدفها العقوبات الأمريكية لن تتأثر.")
    assert not _events(doc, "SANCTION")
    doc = _extract("وعادت العقوبات الأمريكية على طهران بعد قرار الرئيس الأمريكي دونالد ترامب.")
    assert _events(doc, "SANCTION")  # sanctions returning are imposed again


def test_talks_held_by_his_holding_are_the_visitors_not_the_sentences_first_party():
    doc = _extract("اصطدم المقترح الروسي برفض المعارضة السورية، بينما ظهرت مؤشرات على تباحث بالحل عبر زيارة وزير الخارجية "
                   "السوري وليد المعلم إلى طهران، وعقده لقاءات منفصلة مع مساعد وزير الخارجية الإيراني حسين أمير عبد اللهيان.")
    meetings = [e for e in _events(doc, "CONSULT") if _codes(doc, e.recipient) & {"IRNGOV"} or _codes(doc, e.actor) & {"IRNGOV"}]
    assert meetings and all("SYRREB" not in _codes(doc, e.actor) | _codes(doc, e.recipient) for e in meetings)


def test_the_two_sides_meeting_are_the_two_states_of_the_exchange():
    doc = _extract("بحث ولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان، وملك المغرب محمد السادس، الاثنين، عددا من القضايا "
                   "الإقليمية، وسبل تعزيز العلاقات بين البلدين.\nوناقش الجانبان سبل تطوير علاقات التعاون الثنائي.")
    meetings = _events(doc, "CONSULT")
    assert any({"MAR", "ARE"} <= {c[:3] for c in _codes(doc, e.actor + e.recipient)} and any("ناقش" in t.text for t in e.triggers)
               for e in meetings)
    doc = _extract("ويبقى مصير المقاتلين الأجانب مبهما في ظل رفض سلطات البلدان المعنية استعادتهم، ومنها بلجيكا وهولندا.")
    assert not [e for e in doc.events if {"BEL", "NLD"} <= _codes(doc, e.actor)]  # `البلدان المعنية`: any countries


def test_protests_with_no_one_named_are_the_articles_protesters_against_whom_the_sentence_names():
    text = ("أطلقت قوات الأمن العراقية الغاز على المتظاهرين في البصرة. وتشهد مدن جنوب العراق مظاهرات مستمرة بسبب سوء "
            "الخدمات، فيما تبدو الحكومة العراقية عاجزة عن احتوائها.")
    doc = _extract(text)
    protests = _events(doc, "PROTEST")
    assert protests and _codes(doc, protests[0].actor) == {"IRQCVL"}
    assert _codes(doc, protests[0].recipient) == {"IRQGOV"}
    # no government of theirs and no one they are against in the sentence: no one to protest against, no record
    doc = _extract("أطلقت قوات الأمن العراقية الغاز على المتظاهرين في البصرة. وتشهد مدن جنوب العراق مظاهرات مستمرة.")
    assert not _events(doc, "PROTEST")


def test_a_past_stem_behind_the_lam_of_purpose_is_the_verbal_noun():
    # `لطرد`: ل takes no past verb, so the expelled after the noun are not its doers
    doc = _extract("وأطلقت تركيا عملية عسكرية لطرد وحدات حماية الشعب الكردية من مدينة عفرين.")
    acts = [e for e in doc.events if any("طرد" in t.text for t in e.triggers)]
    assert acts and all("SYRREB" not in _codes(doc, e.actor) for e in acts)
    assert any(_codes(doc, e.actor) == {"TUR"} and _codes(doc, e.recipient) == {"SYRREB"} for e in acts)


def test_an_attack_noun_with_an_armed_genitive_is_a_one_sided_attack():
    doc = _extract("وأدانت الولايات المتحدة أمس الجمعة هجمات جماعة بوكو حرام الانتحارية في نيجيريا.")
    attacks = _events(doc, "ASSAULT")
    assert any(_codes(doc, e.actor) == {"NGAREB"} and not e.recipient for e in attacks)
    doc = _extract("ومطلع شباط/فبراير، شن الطيران الإسرائيلي غارات على جنوب القطاع.")  # launched by an armed party
    assert any(_codes(doc, e.actor) == {"ISRMIL"} and not e.recipient for e in _events(doc, "ASSAULT"))
    doc = _extract("وناقش الاجتماع السبل الكفيلة بثني التحالف العربي بقيادة السعودية عن شن هجوم شامل على الميناء.")
    assert not [e for e in _events(doc, "ASSAULT") if e.status == "asserted"]  # dissuading from an attack is no attack
    # the genitive of a killing is its victim, never a one-sided attacker
    doc = _extract("وأكدت وكالة الأنباء مقتل قائد الجيش اليمني في المعارك.")
    assert not [e for e in _events(doc, "ASSAULT") if not e.recipient]


def test_a_verb_opening_a_sentence_without_a_subject_goes_on_with_the_previous_sentences():
    doc = _extract("وكان الرئيس الفلبيني رودريغو دوتيرتي تحدث مرارا عن العمال الفلبينيين. "
                   "واتهم الحكومة الكويتية بالتقصير في حمايتهم.")
    assert any(_codes(doc, e.actor) == {"PHLGOV"} and _codes(doc, e.recipient) == {"KWTGOV"} for e in _events(doc, "ACCUSE"))
    # not across a paragraph, and not a violent verb, mostly passive with no subject (`وقتل 46 مدنيا`)
    doc = _extract("وقالت السفيرة الأمريكية نيكي هيلي إن روسيا مسؤولة. وقتل ما لا يقل عن 46 مدنيا سوريا الخميس.")
    assert not [e for e in _events(doc, "ASSAULT") if "USAGOV" in _codes(doc, e.actor)]


def test_parties_inside_the_charge_after_an_uncoded_accused_are_not_accused():
    doc = _extract("واتهم الرئيس الفلبيني رودريغو دوتيرتي أرباب عمل باغتصاب عاملات فلبينيات.")
    assert not [e for e in _events(doc, "ACCUSE") if "PHLCVL" in _codes(doc, e.recipient)]
    doc = _extract("وتتهم طهران باكستان بتوفير ملاذ آمن لمسلحين.")  # a state whose name starts with ب is the accused
    assert any(_codes(doc, e.recipient) == {"PAK"} for e in _events(doc, "ACCUSE"))


def test_an_interview_with_the_press_is_no_meeting():
    doc = _extract("وقال القيادي سليمان كينان في مكالمة هاتفية مع صحافي في وكالة الصحافة الفرنسية إن الهجوم نفذته الجماعة.")
    assert not [e for e in _events(doc, "CONSULT") if "FRAMED" in _codes(doc, e.actor + e.recipient)]


def test_absence_from_a_summit_is_no_meeting():
    doc = _extract("وشكل غياب العاهل السعودي الملك سلمان عن قمة كامب ديفيد مع الرئيس الأمريكي باراك أوباما مادة للإعلام.")
    assert not [e for e in _events(doc, "CONSULT") if e.status == "asserted"]


def test_an_attack_by_an_unarmed_person_on_an_unarmed_party_is_verbal():
    doc = _extract("وركز الرئيس السوري بشار الأسد هجومه على الولايات المتحدة وبريطانيا في المقابلة.")
    assert not _events(doc, "ASSAULT")
    assert any(_codes(doc, e.actor) == {"SYRGOV"} and "USA" in _codes(doc, e.recipient) for e in _events(doc, "ACCUSE"))
    doc = _extract("وشنت القوات الحكومية السورية هجوما على الفصائل المعارضة في الغوطة.")  # armed parties fight
    assert _events(doc, "ASSAULT")


def test_the_act_a_demand_asks_for_with_bi_is_not_done():
    doc = _extract("وطالب العاهل السعودي ورئيس الوزراء الإسرائيلي الولايات المتحدة بتوجيه ضربات عسكرية لإيران.")
    assert _events(doc, "REQUEST")
    assert not [e for e in _events(doc, "ASSAULT") if e.status == "asserted"]
    # past both parties' titles and names
    doc = _extract("طالب الرئيس اليمني عبدربه منصور هادي المليشيات الحوثية وقوات صالح باحترام الهدنة الإنسانية.")
    assert not _events(doc, "RETREAT")


def test_who_condemns_an_attack_neither_did_it_nor_accuses_its_victims():
    doc = _extract("واستنكرت الإمارات الاعتداء على ناقلة النفط السعودية.")
    assert not [e for e in _events(doc, "ASSAULT") if "ARE" in _codes(doc, e.actor)]
    assert not [e for e in _events(doc, "ACCUSE") if "SAU" in _codes(doc, e.recipient)]
    doc = _extract("وندد الاتحاد الأوروبي بقصف المدنيين في الغوطة.")  # a ب-verb form after the verb is the noun
    assert not [e for e in doc.events if any(c.endswith("CVL") for c in _codes(doc, e.actor + e.recipient))]
    doc = _extract("أدانت الولايات المتحدة الاميركية بشدة إطلاق صواريخ على المملكة العربية السعودية.")
    assert not [e for e in _events(doc, "ASSAULT") if "USA" in _codes(doc, e.actor)]
    # the possessor of the act judged is still its doer: `انتقد روسيا لدعمها دمشق`
    doc = _extract("وانتقد وزير الدفاع الأمريكي جيمس ماتيس روسيا لدعمها دمشق.")
    assert any(_codes(doc, e.recipient) == {"RUS"} for e in _events(doc, "ACCUSE"))


def test_reaching_people_is_no_arrival_and_an_attack_prepared_is_not_done():
    doc = _extract("ودعت اللجنة الدولية للصليب الأحمر الاثنين إلى إتاحة فرصة أكبر للوصول إلى المدنيين في عفرين.")
    assert not _events(doc, "CONSULT")
    doc = _extract("وأشارت تقارير إلى أن القوات الحكومية السورية تستعد لشن هجوم بري على قوات المعارضة المسلحة في الغوطة.")
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert attacks and all(e.status != "asserted" for e in attacks)


def test_what_talks_are_about_is_no_party_to_them():
    doc = _extract("واستقبل أردوغان في أنقرة الرئيس الإيراني حسن روحاني لعقد قمة حول سوريا.")
    assert not [e for e in _events(doc, "CONSULT") if "SYR" in {c[:3] for c in _codes(doc, e.actor + e.recipient)}]


def test_the_genitive_of_funding_is_who_is_funded_unless_a_beneficiary_follows():
    doc = _extract("وتشكل العملية العسكرية لتحرير الحديدة أداة رئيسية لتجفيف منابع تمويل الحوثيين، عبر منعهم من المتاجرة "
                   "بغذاء المدنيين اليمنيين.")
    assert not [e for e in _events(doc, "AID") if "YEMREB" in _codes(doc, e.actor)]
    doc = _extract("وكانت وزارة الخزانة الأميركية قد كشفت عن تمويل القطري عبد الرحمن النعيمي لجماعات إرهابية منها تنظيم القاعدة.")
    assert any("QAT" in {c[:3] for c in _codes(doc, e.actor)} for e in _events(doc, "AID"))


def test_an_act_noun_after_a_denying_verb_and_its_subject_is_denied():
    doc = _extract("وجاءت تصريحات ولي العهد في تعليق على تصريحات نفى فيها وزير الخارجية الإيراني، جواد ظريف تسليح جماعة "
                   "الحوثي في اليمن.")
    assert [e for e in doc.events if e.type == "AID" and e.status == "negated"] and not _events(doc, "AID")


def test_the_two_countries_trying_to_reach_an_agreement_negotiate_as_states():
    doc = _extract("واستدعت وزارة الخارجية الكويتية سفير الفلبين لدى الكويت. "
                   "ومنذ ذلك الحين، يحاول البلدان التوصل إلى اتفاق لحماية حقوق العمال.")
    talks = [e for e in _events(doc, "CONSULT") if any("توصل" in t.text for t in e.triggers)]
    assert talks and _codes(doc, talks[0].actor) == {"KWT", "PHL"} and not talks[0].recipient


def test_the_houthi_militia_in_its_spellings_is_the_houthis():
    for text in ("كما هاجمت المليشيا الحوثية البواخر الدولية في البحر الأحمر.",
                 "وقالت مصادر إن الميليشيات الحوثية اختطفت الناشط في الثورة الشبابية."):
        doc = _extract(text)
        assert "YEMREB" in {doc.actor(r.actor_id).code for r in doc.mentions}


def test_an_attack_named_in_allegations_is_not_asserted():
    doc = _extract("ودعت الحكومة السورية المنظمة إلى إرسال فريق للتحقيق في ادعاءات بهجوم كيمياوي شنته قوات النظام السوري في دوما.")
    assert not _events(doc, "ASSAULT")


def test_the_act_a_threat_names_with_bi_is_not_done():
    doc = _extract("هدد الرئيس الأمريكي دونالد ترامب تركيا بمواجهة عقوبات كبيرة ما لم تطلق سراح القس الأمريكي.")
    assert not _events(doc, "SANCTION")
    assert _events(doc, "THREATEN")  # the threat itself stands


def test_the_pronoun_on_a_noun_of_killing_or_arrest_suffered_it():
    doc = _extract("وقال مسؤولون إن التسجيلات التي تزعم مصادر تركية أنها تثبت مقتله بالقنصلية السعودية ما زالت قيد الفحص.")
    assert not _events(doc, "ASSAULT")  # the sources do not kill him
    doc = _extract("وأكد أن تطهير عدن من الميليشيات الحوثية، إضافة إلى طردهم من قاعدة العند، يأتي تأكيدا على نجاح القوات.")
    assert not [e for e in doc.events if e.type in ("ASSAULT", "SANCTION")]  # the Houthis were driven out
    doc = _extract("أعلنت قوات سوريا الديمقراطية عن اعتقالها لجهادي فرنسي بارز في تنظيم الدولة الإسلامية.")
    (arrest,) = _events(doc, "COERCE")  # with its ل-object the pronoun made the arrest
    assert _codes(doc, arrest.actor) == {"SYRREB"}


def test_a_speech_verb_after_a_comma_opens_the_main_clause():
    doc = _extract("وبعد أن قصفت الطائرات الروسية بلدات في ريف إدلب، قال المرصد السوري لحقوق الإنسان إن عشرة مدنيين قتلوا.")
    assert not any(_codes(doc, e.recipient) == {"NGO"} for e in doc.events)  # the monitor reports, it was not bombed


def test_a_party_after_a_preposition_and_a_comma_is_no_subject():
    doc = _extract("وفي مقابلة أجراها الأمير محمد بن سلمان قبيل بدء زيارته إلى الولايات المتحدة، اتهم ولي العهد السعودي "
                   "إيران بالتشجيع على ظهور التطرف.")
    (charge,) = _events(doc, "ACCUSE")
    assert _codes(doc, charge.actor) == {"SAUGOV"} and _codes(doc, charge.recipient) == {"IRN"}


def test_a_person_launching_an_attack_on_a_channel_attacks_in_words():
    doc = _extract("أما وزير خارجية البحرين، الشيخ خالد بن أحمد آل خليفة، فشن هجوما على قناة الجزيرة القطرية.")
    assert not _events(doc, "ASSAULT") and _events(doc, "ACCUSE")


def test_a_partitive_head_between_a_verb_and_its_subject_leaves_the_subject():
    doc = _extract("وفي حين يطالب معظم اللاجئين السوريين الحكومة اللبنانية بضمانات لعودتهم.")
    (demand,) = _events(doc, "REQUEST")
    assert _codes(doc, demand.actor) == {"SYRREF"} and _codes(doc, demand.recipient) == {"LBNGOV"}


def test_a_support_or_rejection_noun_far_from_the_subject_is_not_its_stance():
    doc = _extract("وصوت مجلس الشيوخ الأمريكي مؤخرا ضد مشروع قرار يقضي بوقف الدعم للحملة العسكرية السعودية في اليمن.")
    assert not _events(doc, "SUPPORT")
    # but what the subject expresses after عن is its own
    doc = _extract("عبّر أمير قطر، الشيخ تميم بن حمد، عن الاحترام والتقدير لألمانيا وموقفها الأخلاقي.")
    (praise,) = _events(doc, "SUPPORT")
    assert _codes(doc, praise.actor) == {"QATGOV"} and _codes(doc, praise.recipient) == {"DEU"}


def test_people_in_the_oblique_plural_right_after_a_verb_are_its_object():
    doc = _extract("وجذب المرشح الجمهوري دونالد ترامب اهتمام الناخبين، وخصوصا عندما هاجم المهاجرين المكسيكيين بكلمات قاسية.")
    (attack,) = _events(doc, "ACCUSE")  # المهاجرين, not the nominative المهاجرون: attacked, not attacking
    assert _codes(doc, attack.recipient) == {"MEXREF"} and "MEXREF" not in _codes(doc, attack.actor)


def test_a_pronoun_after_the_speakers_participle_is_the_speakers():
    doc = _extract("أعلن الرئيس اللبناني ميشال عون أن المبادرة الروسية تؤمن عودة اللاجئين السوريين، معربا عن أمله أن تلقى "
                   "دعم الأمم المتحدة.")
    (hope,) = _events(doc, "AGREE")  # "his hope" is Aoun's, not the refugees' named last
    assert _codes(doc, hope.actor) == {"LBNGOV"}


def test_an_act_noun_of_my_or_our_outside_a_quotation_has_no_party():
    doc = _extract("وكان الجنرال السوداني محمد الدابي رئيسا للبعثة، وقد قصف النظام حي بابا عمرو أثناء زيارتنا الأولى له "
                   "برفقة الوزير السوري.")
    assert not _events(doc, "CONSULT")  # "our visit": the unnamed interviewee's, not the general's


def test_people_counted_in_words_after_a_violent_verb_are_its_victims():
    doc = _extract("وخيم التوتر على مراسم نقل السفارة، إذ نظم الفلسطينيون مسيرات ضخمة في المنطقة الحدودية، قتل خلالها نحو "
                   "ستين فلسطينيا بنيران الجيش الاسرائيلي.")
    (killing,) = _events(doc, "ASSAULT")
    assert _codes(doc, killing.actor) == {"ISRMIL"} and _codes(doc, killing.recipient) == {"PSECVL"}


def test_states_listed_with_commas_and_wa_act_together():
    doc = _extract("وكانت بريطانيا، وفرنسا، وألمانيا قد حثت الولايات المتحدة على ألا تعرقل تنفيذ الاتفاق النووي.")
    (urging,) = _events(doc, "REQUEST")
    assert _codes(doc, urging.actor) == {"GBR", "FRA", "DEU"} and _codes(doc, urging.recipient) == {"USA"}


def test_support_received_is_given_by_the_party_after_min():
    doc = _extract("فمنذ نشأت جماعة الحوثي في اليمن وهي تتلقى الدعم الفكري والمادي والعسكري من الدولة الإيرانية.")
    (backing,) = _events(doc, "SUPPORT")
    assert _codes(doc, backing.actor) == {"IRNGOV"} and _codes(doc, backing.recipient) == {"YEMREB"}


def test_agreeing_opens_access_only_to_passage_or_entry():
    doc = _extract("وقالت وزارة الدفاع الأمريكية إن الخارجية الأمريكية وافقت على صفقة محتملة للسعودية قيمتها 5.4 مليار دولار.")
    assert not _events(doc, "RETREAT")  # approving a deal grants no access
    doc = _extract("من جانبه، أكد الأردن أنه وافق على مرور 800 عنصر من الخوذ البيضاء السوريين عبر أراضيه.")
    assert _events(doc, "RETREAT")


def test_a_verb_form_never_carries_my():
    doc = _extract("وكانت الحكومة الاسترالية قد وافقت على افتتاح منجم أداني كارميشايل الواقع في كوينزلاند والذي تملكه شركة "
                   "أداني الهندية.")
    assert not _events(doc, "ACCUSE")  # أداني is a name, not أدان "condemned" with "my"


def test_an_act_hoped_for_is_not_asserted():
    doc = _extract("وعبر رئيس الوزراء العراقي حيدر العبادي أيضا عن أمله في ألا تنسحب واشنطن من الاتفاق النووي مع إيران.")
    assert not _events(doc, "SANCTION")


def test_a_spokeswoman_for_a_named_body_takes_its_country():
    doc = _extract("دبي، الإمارات العربية المتحدة (CNN)—حذرت سارة ساندرز، المتحدثة باسم البيت الأبيض، إيران من مغبة مهاجمة "
                   "القنصلية الأمريكية في البصرة.")
    assert {doc.actor(r.actor_id).code for r in doc.mentions if doc.actor(r.actor_id).name.startswith("سارة")} == {"USAGOV"}


def test_sending_is_aid_only_with_goods_money_or_weapons():
    doc = _extract("وحاولت السلطات المغربية تهدئة الوضع، فأرسلت وزراء وكبار المسؤولين إلى مدينة الحسيمة.")
    assert not _events(doc, "AID")  # sending ministers is no aid
    doc = _extract("وكانت روسيا أرسلت منظومة الدفاع الجوي إس-300 إلى سوريا بعد حادث إسقاط الطائرة.")
    (shipment,) = _events(doc, "AID")
    assert _codes(doc, shipment.actor) == {"RUS"} and _codes(doc, shipment.recipient) == {"SYR"}


def test_a_demonym_on_a_thing_before_a_comma_is_no_subject():
    doc = _extract("في خطوة عدها محللون محاولة من خصوم الرئيس الأميركي لعرقلة «الاتفاق النووي الإيراني»، طلب عدد من "
                   "المشرعين من الحزبين، من الرئيس باراك أوباما، تأجيل التصويت.")
    assert not [e for e in doc.events if "IRN" in _codes(doc, e.actor)]  # the deal is Iranian, the asking is not
    doc = _extract("وجاءت العقوبات الأخيرة بعد يومين فقط من إعلان ترامب الانسحاب من الاتفاق النووي الإيراني وتعهده بزيادة "
                   "الضغط على طهران.")
    assert not [e for e in doc.events if "IRN" in _codes(doc, e.actor)]  # (nor before و: Trump pledges, not Iran)


def test_a_demonym_on_the_object_after_a_verb_is_no_subject():
    doc = _extract("كما أدان البيان القرارات والإجراءات الإسرائيلية العنصرية بفرض قيود على دخول المصلين الفلسطينيين.")
    assert not [e for e in doc.events if "ISR" in _codes(doc, e.actor)]  # Israel's measures are condemned, not condemning
    doc = _extract("وقصفت الطائرات الإسرائيلية مواقع لحركة حماس في غزة.")
    (strike,) = _events(doc, "ASSAULT")  # (but a demonym right on the subject noun is the subject's)
    assert _codes(doc, strike.actor) == {"ISRMIL"}


def test_the_governorate_is_a_place_not_a_body():
    doc = _extract("وقصفت مقاتلات التحالف العربي أهدافا عسكرية في معسكر كهلان بضواحي مدينة صعدة عاصمة المحافظة.")
    assert not [r for r in doc.mentions if doc.actor(r.actor_id).sector == "GOV"]  # المحافظة: the province
    doc = _extract("وأعلن مجلس المحافظة في البصرة العراقية تعليق الدوام الرسمي.")
    assert "IRQGOV" in {doc.actor(r.actor_id).code for r in doc.mentions}  # (its council still is one)


def test_a_verb_form_behind_a_fused_bi_is_no_verb():
    doc = _extract("علي حفول - سبق -الرياض: وجهت وزارة الشؤون البلدية والقروية، بعدم السماح بعرض صورة المرشح في "
                   "انتخابات المجالس البلدية المقبلة.")
    assert not _events(doc, "AGREE")  # بعرض: "displaying", not عرض "offered"
    doc = _extract("كما اتخذت الحكومة السودانية أواسط العام الماضي قرارا بطرد الملحق الثقافي الإيراني.")
    (expulsion,) = _events(doc, "SANCTION")  # (a sanction's verbal noun behind ب is still the subject's act)
    assert _codes(doc, expulsion.actor) == {"SDNGOV"} and _codes(doc, expulsion.recipient) == {"IRN"}


def test_a_charge_after_a_bi_written_apart_makes_the_genitive_the_accused():
    doc = _extract('وهذا بعد ساعات من قرار الرياض طرد السفير الكندي بعد اتهام أوتاوا بـ"التدخل في الشؤون الداخلية" للسعودية.')
    assert not [e for e in doc.events if e.type == "ACCUSE" and "CAN" in {c[:3] for c in _codes(doc, e.actor)}]


def test_a_verb_outside_the_main_clause_does_not_take_the_sentence_subject():
    doc = _extract("وقالت السلطات السعودية إن الداعية اعتقل بعد نشر تغريدة تؤيد تحسين العلاقات مع قطر.")
    assert not _events(doc, "SUPPORT")  # the tweet supports better relations, not the Saudi authorities
    doc = _extract("وكانت موسكو أعلنت تزويد دمشق بمنظومة صواريخ، بعد أن كانت قد اتهمت إسرائيل بالمسؤولية عن تحطم الطائرة.")
    (accusation,) = _events(doc, "ACCUSE")  # (a verb after بعد أن goes on with the main clause's subject)
    assert _codes(doc, accusation.actor) == {"RUSGOV"} and _codes(doc, accusation.recipient) == {"ISR"}
    doc = _extract("وأحرزت قوات الجيش الليبي تقدما جديدا في مدينة درنة، وقبضت على عشرات الإرهابيين الأجانب.")
    (arrest,) = _events(doc, "COERCE")  # (so does a verb joined by و)
    assert _codes(doc, arrest.actor) == {"LBYMIL"}
    doc = _extract("ونشر وزير الخارجية الإيراني محمد جواد ظريف مقالا بعنوان «الجار ثم الدار»، يحث فيه دول الخليج العربية على الحوار.")
    (appeal,) = _events(doc, "REQUEST")  # (and a verb with "in it" after it tells what the subject's article says)
    assert _codes(doc, appeal.actor) == {"IRNGOV"}


def test_the_bare_houthi_name_is_the_group():
    doc = _extract("وهاجم الحوثي مواقع الجيش اليمني في تعز.")
    (attack,) = _events(doc, "ASSAULT")
    assert _codes(doc, attack.actor) == {"YEMREB"} and _codes(doc, attack.recipient) == {"YEMMIL"}


def test_an_attack_that_fell_on_a_city_is_no_signing():
    doc = _extract("وأدانت الخارجية الأمريكية الهجوم الإيراني الذي وقع اليوم على الرياض.")
    assert not _events(doc, "SUPPORT")  # وقع على + a party: "fell on", not "signed"
    doc = _extract("وفي نهاية الاجتماع وقع الشيخ محمد بن زايد والأمير محمد بن سلمان على محضر الاجتماع الأول لمجلس التنسيق.")
    (signing,) = _events(doc, "SUPPORT")  # (signing the minutes of a meeting still is one)
    assert {c[:3] for c in _codes(doc, signing.actor)} == {"ARE", "SAU"}


def test_a_word_written_with_a_case_ending_is_no_verb():
    doc = _extract("وطالما دانت دمشق تلقي تلك القوات دعماً أميركياً.")
    assert not [e for e in doc.events if e.type == "SUPPORT" and "USA" in _codes(doc, e.recipient)]  # دعماً: the noun, not دعما "they supported"


def test_declining_to_comment_is_no_rejection():
    doc = _extract("رفض الكرملين التعليق، الاثنين، على تقارير إسرائيلية عن الضربة في سوريا.")
    assert not _events(doc, "REJECT")
    doc = _extract("ورفضت الحكومة العراقية الرد على مطالب المحتجين.")
    (refusal,) = _events(doc, "REJECT")  # (refusing to answer demands still is one)
    assert _codes(doc, refusal.actor) == {"IRQGOV"}


def test_a_meeting_noun_naming_no_one_is_not_the_sentence_subjects_meeting():
    doc = _extract("وقال قائد قوات الطوارئ السعودية في تصريح صحفي عقب الزيارة: لقد وصلت إلى المنطقة اليوم تنفيذا لتوجيهات "
                   "ولي العهد الأمير محمد بن نايف.")
    assert not _events(doc, "CONSULT")  # `عقب الزيارة`: which visit, and whose, the sentence does not say
    doc = _extract("وقال الرئيس المصري عبد الفتاح السيسي خلال زيارة إلى أديس أبابا إن بلاده تريد التعاون.")
    (visit,) = _events(doc, "CONSULT")  # (a visit to a place named still is the subject's)
    assert _codes(doc, visit.actor) == {"EGYGOV"} and _codes(doc, visit.recipient) == {"ETHGOV"}


def test_a_singular_verb_with_no_party_does_not_restate_the_meeting():
    doc = _extract("زار المبعوث الأمريكي دونالد بوث السودان والتقى وزير الخارجية السوداني إبراهيم غندور. "
                   "واستقبل ميناء بورتسودان سفينة أميركية تحمل مواد غذائية.")
    (visit,) = _events(doc, "CONSULT")
    assert len(visit.triggers) == 2  # زار, والتقى: the port that received a ship met no one again


def test_a_television_interview_is_no_meeting_and_a_necessary_meeting_is_not_held():
    doc = _extract("وأضاف وزير الخارجية التركي، في لقاء تلفزيوني قبل شهر، إن لجماعة الإخوان فرصة في الحكم.")
    assert not _events(doc, "CONSULT")
    doc = _extract("وقال وزير الطاقة الجزائري إنه قد يكون من الضروري عقد اجتماع طارئ لمنظمة أوبك.")
    assert not _events(doc, "CONSULT")  # `من الضروري`: an obligation (markers.tsv), no meeting held


def test_an_act_told_as_probable_is_not_asserted():
    doc = _extract("وفي حال انسحابها، ستعيد الولايات المتحدة على الأرجح فرض العقوبات الاقتصادية على إيران.")
    assert not _events(doc, "SANCTION")  # `على الأرجح`: "most likely", not done
    doc = _extract("وقال مسؤولون أمريكيون إن واشنطن مستعدة لتوجيه ضربة عسكرية للحكومة السورية إذا استخدمت الأسلحة الكيماوية.")
    assert not _events(doc, "ASSAULT")  # `مستعدة ل`: ready to strike, no strike yet
    doc = _extract("ويستعد المدنيون لما قد يكون هجوما وشيكا يشنه الجيش السوري على تنظيم داعش.")
    assert not _events(doc, "ASSAULT")  # `قد يكون`: "what may be" an attack


def test_one_states_parliament_keeps_its_country():
    doc = _extract("وكشفت الصحيفة الإيرانية أن أعضاء في الكونجرس دعوا السعودية سرا إلى رفض الاتفاقية مع إيران.")
    assert "USALEG" in {doc.actor(r.actor_id).code for r in doc.mentions}  # not IRNLEG from the article's home
    assert not _events(doc, "REJECT")  # (`دعوا ... إلى رفض`: a rejection called for by several, not done)


def test_a_concert_is_arts_news():
    doc = _extract("وحرص النجم الإماراتي حسين الجسمي على تقديم بعض أغنياته باللهجة المصرية خلال الحفل في القاهرة.")
    assert not _events(doc, "AGREE")  # `أغنياته`: a singer's offer of songs is no political pledge


def test_a_demonym_after_son_of_is_a_name_not_a_nationality():
    doc = _extract("أكد الشيخ الدكتور سعد بن تركي الخثلان عضو هيئة كبار العلماء أن ما حصل في مسجد بمدينة أبها "
                   "جريمة بشعة.")
    assert {doc.actor(r.actor_id).country for r in doc.mentions} <= {"SAU"}  # تركي here is Turki, not "Turkish"


def test_a_patrons_demonym_on_an_armed_group_is_an_epithet():
    doc = _extract("وقصفت ميليشيات الحوثي الإيرانية مواقع الجيش اليمني في تعز.")
    assert [doc.actor(r.actor_id).code for r in doc.mentions] == ["YEMREB", "YEMMIL"]  # no separate IRN party
