"""The section 6 scorer on tiny hand-made gold/prediction pairs."""

from __future__ import annotations

import pytest

from marsad.evaluate.scoring import document_triples, record_problem, score_documents

TEXT = "استقبل رئيس الوزراء العراقي وزير الخارجية الروسي في بغداد وقال إن \"العلاقات متينة جدا\" ثم غادر. " * 3


def span(start: int, end: int) -> dict:
    return {"start": start, "end": end, "text": TEXT[start:end]}


def actor(aid: str, country: str, sector: str, *mentions: tuple[int, int]) -> dict:
    return {"id": aid, "name": aid, "country": country, "sector": sector, "role": "",
            "mentions": [span(s, e) for s, e in mentions]}  # fmt: skip


def event(kind: str, actors: list[str], recipients: list[str], *triggers: tuple[int, int], **extra) -> dict:
    return {"id": "e", "type": kind, "mode": "", "context": [], "actor": actors, "recipient": recipients,
            "triggers": [span(s, e) for s, e in triggers], "date": None, "location": None, **extra}  # fmt: skip


def quote(speaker: str | None, start: int, end: int) -> dict:
    return {"speaker": speaker, "span": span(start, end), "cue": None}


def record(actors=(), events=(), quotes=()) -> dict:
    return {"schema": "marsad-gold/1", "doc_id": "d", "text": TEXT,
            "actors": list(actors), "events": list(events), "quotes": list(quotes)}  # fmt: skip


IRQ = actor("a1", "IRQ", "GOV", (7, 27))
RUS = actor("a2", "RUS", "GOV", (28, 48))


def one(gold: dict, pred: dict) -> dict:
    return score_documents([(gold, pred)])


def test_perfect_match_scores_one_everywhere():
    gold = record(
        [IRQ, RUS],
        [event("CONSULT", ["a2"], ["a1"], (0, 6), mode="visit", date="2025-09-16")],
        [quote("a1", 67, 85)],
    )
    s = one(gold, gold)
    for key in ("triples", "triples_country", "anchored", "quotes", "mentions"):
        assert (s[key]["p"], s[key]["r"], s[key]["f1"]) == (1.0, 1.0, 1.0), key
    a = s["anchored"]
    assert (a["actor_acc"], a["recipient_acc"], a["mode_acc"], a["date_acc"]) == (1.0, 1.0, 1.0, 1.0)
    assert s["quotes"]["speaker_acc"] == 1.0 and s["mentions"]["code_acc"] == 1.0
    assert s["documents"] == 1


def test_nothing_on_either_side_is_all_zero_without_crashing():
    s = one(record(), record())
    assert s["triples"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 0}
    assert s["anchored"]["date_acc"] == 0.0 and s["anchored"]["n"] == 0
    assert s["quotes"]["speaker_acc"] == 0.0 and s["per_type"] == {}
    assert score_documents([])["documents"] == 0


def test_predictions_without_gold_have_zero_precision():
    pred = record([IRQ, RUS], [event("ACCUSE", ["a1"], ["a2"], (0, 6))])
    s = one(record(), pred)
    assert s["triples"]["p"] == 0.0 and s["triples"]["fp"] == 1
    assert s["anchored"]["fp"] == 1 and s["mentions"]["fp"] == 2


def test_reciprocal_actors_give_both_ordered_triples():
    ev = event("CONSULT", ["a1", "a2"], [], (0, 6))
    assert document_triples(record([IRQ, RUS], [ev])) == {
        ("IRQGOV", "CONSULT", "RUSGOV"),
        ("RUSGOV", "CONSULT", "IRQGOV"),
    }
    gold = record([IRQ, RUS], [event("CONSULT", ["a1"], ["a2"], (0, 6))])
    s = one(gold, record([IRQ, RUS], [ev]))
    assert (s["triples"]["tp"], s["triples"]["fp"], s["triples"]["fn"]) == (1, 1, 0)


def test_single_actor_without_recipient_has_empty_recipient():
    same_code = actor("a3", "IRQ", "GOV", (50, 57))
    ev = event("AGREE", ["a1", "a3"], [], (0, 6))
    assert document_triples(record([IRQ, same_code], [ev])) == {("IRQGOV", "AGREE", "")}


def test_duplicate_triples_within_a_document_count_once():
    gold = record([IRQ, RUS], [event("ACCUSE", ["a1"], ["a2"], (0, 6))])
    pred = record([IRQ, RUS], [event("ACCUSE", ["a1"], ["a2"], (0, 6)), event("ACCUSE", ["a1"], ["a2"], (90, 95))])
    assert one(gold, pred)["triples"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0}


def test_negated_and_hypothetical_events_are_ignored():
    pred = record(
        [IRQ, RUS],
        [
            event("ACCUSE", ["a1"], ["a2"], (0, 6), status="negated"),
            event("THREATEN", ["a2"], ["a1"], (0, 6), status="hypothetical"),
        ],
    )
    s = one(record([IRQ, RUS]), pred)
    assert s["triples"]["fp"] == 0 and s["anchored"]["fp"] == 0 and s["per_type"] == {}
    # a record without status counts as asserted
    no_status = record([IRQ, RUS], [event("ACCUSE", ["a1"], ["a2"], (0, 6))])
    del no_status["events"][0]["date"]
    assert one(no_status, no_status)["anchored"]["tp"] == 1


def test_overlapping_triggers_match_one_to_one():
    gold = record([IRQ, RUS], [event("CONSULT", ["a2"], ["a1"], (0, 6))])
    pred = record([IRQ, RUS], [event("CONSULT", ["a2"], ["a1"], (0, 3)), event("CONSULT", ["a1"], [], (2, 6))])
    a = one(gold, pred)["anchored"]
    assert (a["tp"], a["fp"], a["fn"]) == (1, 1, 0)
    # the earlier-starting prediction took the gold event, and its actors agree
    assert a["actor_acc"] == 1.0 and a["n"] == 1


@pytest.mark.parametrize("reverse_gold", [False, True])
@pytest.mark.parametrize("reverse_pred", [False, True])
def test_greedy_goes_in_text_order_whatever_the_list_order(reverse_gold, reverse_pred):
    gold_events = [event("CONSULT", ["a2"], [], (0, 6)), event("CONSULT", ["a1"], [], (3, 10))]
    pred_events = [event("CONSULT", ["a2"], [], (0, 10)), event("CONSULT", ["a1"], [], (4, 8))]
    gold = record([IRQ, RUS], gold_events[::-1] if reverse_gold else gold_events)
    pred = record([IRQ, RUS], pred_events[::-1] if reverse_pred else pred_events)
    a = one(gold, pred)["anchored"]
    # pred (0,10) goes first and takes the first gold (0,6); pred (4,8) then takes (3,10)
    assert (a["tp"], a["actor_acc"]) == (2, 1.0)


def test_anchoring_needs_same_type_and_overlap():
    gold = record([IRQ, RUS], [event("CONSULT", ["a2"], ["a1"], (0, 6))])
    wrong_type = record([IRQ, RUS], [event("AGREE", ["a2"], ["a1"], (0, 6))])
    no_overlap = record([IRQ, RUS], [event("CONSULT", ["a2"], ["a1"], (6, 10))])
    assert one(gold, wrong_type)["anchored"]["tp"] == 0
    assert one(gold, no_overlap)["anchored"]["tp"] == 0


def test_attribute_accuracies_and_date_only_where_gold_has_one():
    gold = record(
        [IRQ, RUS],
        [
            event("CONSULT", ["a2"], ["a1"], (0, 6), mode="visit", date="2025-09-16"),
            event("ACCUSE", ["a1"], ["a2"], (90, 95)),
        ],
    )
    pred = record(
        [IRQ, RUS],
        [
            event("CONSULT", ["a2"], ["a1"], (0, 6), mode="phone", date="2025-09-15"),
            event("ACCUSE", ["a2"], ["a2"], (90, 95), date="2025-01-01"),
        ],
    )
    a = one(gold, pred)["anchored"]
    assert a["n"] == 2 and a["date_n"] == 1 and a["date_acc"] == 0.0
    assert a["actor_acc"] == 0.5 and a["recipient_acc"] == 1.0 and a["mode_acc"] == 0.5


@pytest.mark.parametrize(("pred_span", "matched"), [((20, 40), True), ((21, 40), False), ((0, 12), False)])
def test_quote_overlap_must_cover_half_the_shorter_span(pred_span, matched):
    gold = record([IRQ], quotes=[quote("a1", 10, 30)])
    pred = record([IRQ], quotes=[quote("a1", *pred_span)])
    assert one(gold, pred)["quotes"]["tp"] == int(matched)


def test_quotes_match_one_to_one():
    gold = record([IRQ], quotes=[quote("a1", 10, 30)])
    pred = record([IRQ], quotes=[quote("a1", 10, 30), quote("a1", 12, 28)])
    q = one(gold, pred)["quotes"]
    assert (q["tp"], q["fp"], q["fn"]) == (1, 1, 0)


def test_speaker_needs_code_and_an_overlapping_mention():
    gold = record([IRQ], quotes=[quote("a1", 67, 85)])
    elsewhere = record([actor("x", "IRQ", "GOV", (100, 110))], quotes=[quote("x", 67, 85)])
    wrong_code = record([actor("x", "IRQ", "MIL", (7, 27))], quotes=[quote("x", 67, 85)])
    right = record([actor("x", "IRQ", "GOV", (10, 15))], quotes=[quote("x", 67, 85)])
    assert one(gold, elsewhere)["quotes"]["speaker_acc"] == 0.0
    assert one(gold, wrong_code)["quotes"]["speaker_acc"] == 0.0
    s = one(gold, right)["quotes"]
    assert s["speaker_acc"] == 1.0 and s["n"] == 1


def test_mention_matching_and_code_accuracy():
    gold = record([actor("a1", "IRQ", "GOV", (0, 5), (10, 15)), actor("a2", "RUS", "", (20, 25))])
    pred = record([actor("p1", "IRQ", "GOV", (0, 5)), actor("p2", "IRQ", "GOV", (11, 15), (40, 45))])
    m = one(gold, pred)["mentions"]
    assert (m["tp"], m["fp"], m["fn"]) == (2, 1, 1)
    assert m["code_acc"] == 1.0 and m["n"] == 2
    wrong = record([actor("p1", "RUS", "GOV", (0, 5)), actor("p2", "IRQ", "GOV", (10, 15))])
    assert one(gold, wrong)["mentions"]["code_acc"] == 0.5


def test_mention_prefers_the_largest_overlap():
    gold = record([actor("a1", "IRQ", "GOV", (0, 5)), actor("a2", "RUS", "GOV", (6, 20))])
    pred = record([actor("p", "RUS", "GOV", (3, 18))])
    m = one(gold, pred)["mentions"]
    assert m["tp"] == 1 and m["code_acc"] == 1.0


def test_country_level_collapses_sectors():
    usa = actor("a3", "USA", "", (60, 66))
    gold = record(
        [IRQ, actor("a4", "IRQ", "MIL", (0, 3)), usa],
        [event("ACCUSE", ["a1"], ["a3"], (0, 6)), event("ACCUSE", ["a4"], ["a3"], (90, 95))],
    )
    pred = record([actor("b", "IRQ", "MIL", (7, 27)), usa], [event("ACCUSE", ["b"], ["a3"], (0, 6))])
    assert document_triples(gold, country=True) == {("IRQ", "ACCUSE", "USA")}
    s = one(gold, pred)
    assert (s["triples"]["tp"], s["triples"]["fn"]) == (1, 1)
    assert s["triples_country"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0}
    igo = record([actor("u", "IGO", "", (0, 3)), IRQ], [event("REQUEST", ["u"], ["a1"], (0, 6))])
    assert document_triples(igo, country=True) == {("IGO", "REQUEST", "IRQ")}


def test_per_type_table():
    gold = record([IRQ, RUS], [event("CONSULT", ["a2"], ["a1"], (0, 6)), event("ACCUSE", ["a1"], ["a2"], (90, 95))])
    pred = record([IRQ, RUS], [event("CONSULT", ["a2"], ["a1"], (0, 6)), event("ASSAULT", ["a1"], ["a2"], (90, 95))])
    t = one(gold, pred)["per_type"]
    assert list(t) == ["CONSULT", "ACCUSE", "ASSAULT"]  # PLOVER order
    assert (t["CONSULT"]["tp"], t["CONSULT"]["f1"]) == (1, 1.0)
    assert (t["ACCUSE"]["fn"], t["ACCUSE"]["r"]) == (1, 0.0)
    assert (t["ASSAULT"]["fp"], t["ASSAULT"]["p"]) == (1, 0.0)


def test_micro_average_sums_counts_over_documents():
    gold = record([IRQ, RUS], [event("CONSULT", ["a2"], ["a1"], (0, 6))])
    s = score_documents([(gold, gold), (gold, record([IRQ, RUS]))])
    assert s["documents"] == 2
    assert (s["triples"]["tp"], s["triples"]["fn"], s["triples"]["r"]) == (1, 1, 0.5)


def test_record_problem_names_what_is_wrong():
    assert record_problem(record([IRQ])) is None
    assert "doc_id" in record_problem({**record(), "doc_id": None})
    bad = actor("a1", "IRQ", "GOV", (0, 5))
    bad["mentions"][0]["text"] = "غلط"
    assert "differs" in record_problem(record([bad]))
    assert "outside" in record_problem(record([actor("a1", "IRQ", "", (0, len(TEXT) + 1))]))
