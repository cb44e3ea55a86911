"""Tests of the CRF named-entity tagger: features, CoNLL reading, scoring, training, shipped model."""

from __future__ import annotations

import gc
import json
from importlib import resources
from pathlib import Path

import pycrfsuite
import pytest

from marsad.doc import Document
from marsad.entities.ner import (
    NerTagger,
    bio_spans,
    feature_drift,
    read_conll,
    score,
    sentence_features,
    train,
    word_features,
)
from marsad.entities.ner.attributes import model_attributes, tagger_attributes
from marsad.entities.ner.document import document_features
from marsad.entities.ner.features import KnownFeatures, quoted_spans, shape
from marsad.entities.ner.tagger import MAX_DRIFT, doc_model_path
from marsad.text.sentences import split_sentences
from marsad.text.tokens import tokenize


def test_word_features_strip_clitics_and_normalise():
    feats = word_features("وبالعراق")
    assert "base=عراق" in feats and "al" in feats
    assert "w=" + "وبالعراق" in feats
    assert "p1=و" in feats and "s2=اق" in feats
    assert any(f.startswith("v=") for f in feats)
    # hamza seats are folded for matching
    assert "w=احمد" in word_features("أحمد")


def test_word_features_cues_first_names_and_foreign_signals():
    assert "cue=PERS" in word_features("الرئيس")
    assert "gaz=FIRST" in word_features("فلاديمير")
    assert "gazv=FIRST" in word_features("وفلاديمير")
    assert "fend=وف" in word_features("لافروف")
    assert "foreign_letter" in word_features("ڤيينا")
    assert shape("2024") == "NUM" and shape("Reuters") == "LATC" and shape("،") == "PUNCT"


def test_sentence_features_window_and_bigrams():
    feats = sentence_features(["قال", "الرئيس", "بوتين"])
    assert len(feats) == 3
    assert "-1:w=قال" in feats[1] and "1:w=بوتين" in feats[1]
    assert "-1:BOS" in feats[0] and "1:EOS" in feats[2]
    assert "-2:cue=SAY" in feats[2]
    assert "bi-1=الرييس|بوتين" in feats[2]


def test_word_clusters_group_names_and_reach_adjacent_words():
    # The shipped table puts heads of state in one cluster; unknown words get a "none" feature.
    ids = {f for f in word_features("بوتين") if f.startswith("c1024=")}
    assert ids and ids == {f for f in word_features("اوباما") if f.startswith("c1024=")}
    assert "c=none" in word_features("قزبرلنتكس")
    feats = sentence_features(["قال", "الرئيس", "بوتين"])
    assert any(f.startswith("1:c256=") for f in feats[1])
    assert not any(f.startswith("-2:c") and not f.startswith("-2:cue") for f in feats[2])


def test_quoted_spans_mark_short_quotes_and_brackets():
    marks = quoted_spans(["تعرض", "«", "أوربت", "»", "(", "Reuters", ")", "«", *["و"] * 8, "»"])
    assert marks[2] == ["q=first", "q=last"] and marks[5] == ["par=first", "par=last"]
    assert not any(marks[8:])  # a long quotation is speech, not a name


def test_document_features_vote_across_nearby_sentences():
    sents = [["قال", "برند", "جوتشولك"], ["وقال", "جوتشولك", "إن"], ["جوتشولك"]]
    first = [["O", "B-PERS", "I-PERS"], ["O", "O", "O"], ["O"]]
    feats = document_features(sents, first, window=1)
    # the surname alone in sentence 2 gets the type the first pass gave it next to the first name
    assert "d=PERS" in feats[1][1] and "dn=1" in feats[1][1]
    # clitics are stripped for matching (وقال ~ قال); a word never tagged votes O; itself is not counted
    assert feats[1][0] == ["d=O"] and feats[0][2] == ["d=O"]
    # sentence 0 is outside sentence 2's window of 1; sentence 1 is inside
    assert feats[2][0] == ["d=O"]
    assert document_features(sents, first, window=0)[2][0] == []


def test_read_conll_handles_bom_crlf_marks_and_types(tmp_path: Path):
    path = tmp_path / "x.txt"
    path.write_bytes("\ufeff\u200eزار B-PERS\r\nعمان B-GPE I-ORG\r\nاليوم I-DATE\r\n\r\nو O\r\n".encode("utf-8"))
    sents = read_conll(path)
    assert sents[0] == (["زار", "عمان", "اليوم"], ["B-PERS", "B-LOC", "O"])
    assert sents[1] == (["و"], ["O"])
    # an I- without a preceding B- of its type is repaired to B-
    path.write_text("أ I-ORG\nب I-ORG\nج I-LOC\n", encoding="utf-8")
    assert read_conll(path)[0][1] == ["B-ORG", "I-ORG", "B-LOC"]


def test_bio_spans_edge_cases():
    assert bio_spans(["B-PERS", "I-PERS", "O", "B-LOC"]) == [(0, 2, "PERS"), (3, 4, "LOC")]
    assert bio_spans(["I-ORG", "I-ORG"]) == [(0, 2, "ORG")]
    assert bio_spans(["B-ORG", "I-LOC"]) == [(0, 1, "ORG"), (1, 2, "LOC")]
    assert bio_spans(["B-PERS", "B-PERS"]) == [(0, 1, "PERS"), (1, 2, "PERS")]
    assert bio_spans([]) == []


def test_score_exact_span_and_type():
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"], ["B-ORG"]]
    pred = [["B-PERS", "O", "O", "B-LOC"], ["B-LOC"]]
    s = score(gold, pred)
    assert (s["ALL"].tp, s["ALL"].n_pred, s["ALL"].n_gold) == (1, 3, 3)
    assert s["ALL"].f1 == pytest.approx(1 / 3)
    assert s["LOC"].precision == 0.5 and s["LOC"].recall == 1.0
    assert s["ORG"].f1 == 0.0
    assert score([["O"]], [["O"]])["ALL"].f1 == 0.0
    with pytest.raises(ValueError):
        score([["O"]], [])


def _synthetic_corpus(path: Path) -> None:
    names = ["سمير", "كريم", "هاني", "نادر"]
    places = ["طنطا", "حلوان", "دمنهور", "بنها"]
    lines = []
    for name in names:
        for place in places:
            lines += ["وصل O", f"{name} B-PERS", "خليل I-PERS", "إلى O", f"{place} B-LOC", ". O", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def test_train_tiny_model_and_tag(tmp_path: Path):
    corpus = tmp_path / "tiny.txt"
    _synthetic_corpus(corpus)
    model = tmp_path / "tiny.crfsuite"
    train(read_conll(corpus), model, max_iter=50)
    tagger = NerTagger.load(model)
    assert feature_drift(model) == 0.0
    # a word whose features differ from the stored probe counts as drift
    probe_file = model.with_suffix(".probe.json")
    probe = json.loads(probe_file.read_text(encoding="utf-8"))
    probe[next(iter(probe))] = ["w=changed"]
    probe_file.write_text(json.dumps(probe), encoding="utf-8")
    assert feature_drift(model) == pytest.approx(1 / len(probe))
    assert doc_model_path(model).is_file(), "the document-level second pass is trained by default"
    assert tagger.tag(["وصل", "كريم", "خليل", "إلى", "بنها", "."]) == ["O", "B-PERS", "I-PERS", "O", "B-LOC", "O"]
    assert tagger.tag([]) == []
    assert tagger.tag_sentences([["وصل", "هاني", "خليل"], [], ["إلى", "طنطا"]]) == [
        ["O", "B-PERS", "I-PERS"], [], ["O", "B-LOC"]]


def test_shipped_model_finds_putin_and_offsets():
    drift = feature_drift()
    assert drift is not None and drift <= MAX_DRIFT, "features changed since training: retrain the shipped model"
    tagger = NerTagger.load()
    gc.collect()  # the in-memory model buffer must survive collection
    words = ["التقى", "الرئيس", "الروسي", "فلاديمير", "بوتين", "في", "موسكو"]
    tags = tagger.tag(words)
    assert (3, 5, "PERS") in bio_spans(tags)
    text = "التقى الرئيس الروسي فلاديمير بوتين في موسكو."
    doc = Document(text=text)
    doc.tokens = tokenize(text)
    doc.sentences = split_sentences(text, doc.tokens)
    ents = tagger.entities(doc)
    pers = [e for e in ents if e.label == "PERS"]
    assert pers and pers[0].text == "فلاديمير بوتين" and pers[0].source == "ner"
    assert all(text[e.start : e.end] == e.text for e in ents)


def _shipped_models() -> list[bytes]:
    package = resources.files("marsad")
    return [package.joinpath(name).read_bytes() for name in ("models/ner.crfsuite", "models/ner.doc.crfsuite")]


def test_model_attributes_read_from_bytes_match_crfsuite_dump():
    for data in _shipped_models():
        crf = pycrfsuite.Tagger()
        crf.open_inmemory(data)
        dumped = frozenset(attr for attr, _ in crf.info().state_features)
        assert model_attributes(data) == dumped
        assert tagger_attributes(crf, b"not a model") == dumped  # unreadable bytes: falls back to info()
    with pytest.raises(ValueError):
        model_attributes(b"lCRF" + bytes(60))


_FILTER_SENTENCES = [
    ["التقى", "الرئيس", "الروسي", "فلاديمير", "بوتين", "في", "موسكو", "."],
    ["وقال", "بوتين", "لوكالة", "«", "رويترز", "»", "إن", "الأمم", "المتحدة", "(", "UN", ")", "2024"],
    ["بوتين"],
    ["وزارة", "الخارجية", "x|y", "z"],
]


def test_known_feature_filter_keeps_the_known_features_in_order():
    attributes = frozenset().union(*map(model_attributes, _shipped_models()))
    known = KnownFeatures(attributes)
    for words in _FILTER_SENTENCES:
        for full, kept in zip(sentence_features(words), sentence_features(words, known)):
            kept_text = [f.decode() if isinstance(f, bytes) else f for f in kept]
            # CRFsuite sees exactly the known attributes of the full list, in the same order
            assert [f for f in kept_text if f in attributes] == [f for f in full if f in attributes]
            assert all(f.decode() in attributes for f in kept if isinstance(f, bytes))


def test_known_word_pairs_split_at_any_bar():
    known = KnownFeatures(frozenset({"bias", "bi-1=x|y|z"}))
    feats = sentence_features(["x|y", "z"], known)
    assert b"bi-1=x|y|z" in feats[1] and b"bias" in feats[0]
    assert not any(f.startswith(b"bi-") for f in feats[0] if isinstance(f, bytes))


def test_filtered_tagging_gives_the_tags_of_unfiltered_features():
    first_model, doc_model = _shipped_models()
    first, second = pycrfsuite.Tagger(), pycrfsuite.Tagger()
    first.open_inmemory(first_model)
    second.open_inmemory(doc_model)
    full = [sentence_features(words) for words in _FILTER_SENTENCES]
    first_tags = [first.tag(x) for x in full]
    extra = document_features(_FILTER_SENTENCES, first_tags)
    expected = [second.tag([f + e for f, e in zip(x, d)]) for x, d in zip(full, extra)]
    assert NerTagger.load().tag_sentences(_FILTER_SENTENCES) == expected


def test_auto_tag_votes_levels_and_thresholds(tmp_path: Path):
    from collections import Counter

    from marsad.entities.ner.autotags import read_table, vote_table, write_table

    counts = {
        "بوتين": Counter({"PERS": 9, "O": 1}),
        "سلتيك": Counter({"ORG": 3, "LOC": 2, "O": 5}),
        "شارع": Counter({"LOC": 1, "O": 9}),
        "كتاب": Counter({"O": 12}),
        "نادر": Counter({"O": 5}),  # never tagged, too rare for auto=O
        "ليل": Counter({"ORG": 2}),  # too rare for a vote
    }
    table = vote_table(counts)
    assert table["بوتين"] == ("auto=PERS", "auto=PERS:hi")
    assert table["سلتيك"] == ("auto=ORG", "auto=ORG:mid")
    assert table["شارع"] == ("auto=LOC", "auto=LOC:lo")
    assert table["كتاب"] == ("auto=O",)
    assert "نادر" not in table and "ليل" not in table
    path = tmp_path / "t.auto.tsv.gz"
    write_table(table, path)
    first = path.read_bytes()
    write_table(table, path)
    assert path.read_bytes() == first, "a rebuild is byte-identical"
    assert read_table(path) == table


def test_auto_tag_features_word_neighbours_and_clitics():
    from marsad.entities.ner.autotags import AutoTags, table_key

    assert table_key("والعراق") == "عراق"
    auto = AutoTags({"بوتين": ("auto=PERS", "auto=PERS:hi"), "كرملين": ("auto=ORG",)})
    feats = auto.features(["قال", "بوتين", "في", "والكرملين"])
    assert feats[0] == ["1:auto=PERS", "1:auto=PERS:hi"]
    assert feats[1] == ["auto=PERS", "auto=PERS:hi"]
    assert feats[2] == ["-1:auto=PERS", "-1:auto=PERS:hi", "1:vauto=ORG"]
    assert feats[3] == ["vauto=ORG"], "a clitic-stripped hit is marked v"
    in_place: list[list] = [["x"], [], [], []]
    auto.extend(in_place, ["قال", "بوتين", "في", "والكرملين"])
    assert in_place == [["x", *feats[0]], *feats[1:]], "extend appends the same features in place"
    known = AutoTags(auto._table, frozenset({"auto=PERS", "1:vauto=ORG"}))
    assert known.features(["بوتين", "في", "والكرملين"]) == [[b"auto=PERS"], [b"1:vauto=ORG"], []]


def test_corpus_sentences_cut_at_sentence_ends(tmp_path: Path):
    import gzip

    from marsad.entities.ner.autotags import MAX_SENTENCE, corpus_sample, corpus_sentences

    path = tmp_path / "news.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": "قال بوتين. هل جاء؟ نعم"}) + "\n")
        fh.write(json.dumps({"text": " ".join(["كلمة"] * (MAX_SENTENCE + 5))}) + "\n")
    sents = list(corpus_sentences([path]))
    assert corpus_sample([path], stride=2) == sents[::2]
    # a one-word remainder (نعم) is no sentence to tag
    assert sents[:2] == [["قال", "بوتين", "."], ["هل", "جاء", "؟"]]
    assert [len(s) for s in sents[2:]] == [MAX_SENTENCE, 5]


def test_train_with_corpus_writes_auto_tags_beside_the_model(tmp_path: Path):
    import gzip

    from marsad.entities.ner.autotags import auto_tags_path, read_table

    corpus = tmp_path / "tiny.txt"
    _synthetic_corpus(corpus)
    news = tmp_path / "news.jsonl.gz"
    with gzip.open(news, "wt", encoding="utf-8") as fh:
        for _ in range(5):
            fh.write(json.dumps({"text": "وصل كريم خليل إلى بنها . وصل هاني خليل إلى طنطا ."}) + "\n")
    model = tmp_path / "tiny.crfsuite"
    train(read_conll(corpus), model, max_iter=50, folds=2, corpus=[news])
    table = read_table(auto_tags_path(model))
    assert table["خليل"][0] == "auto=PERS"
    assert table["وصل"] == ("auto=O",)
    tagger = NerTagger.load(model)
    assert tagger.tag(["وصل", "كريم", "خليل", "إلى", "بنها", "."]) == ["O", "B-PERS", "I-PERS", "O", "B-LOC", "O"]
    # the votes of the training sentences may come from the run-time table (auto_folds=1) or a jackknife (default)
    train(read_conll(corpus), model, max_iter=50, folds=1, corpus=[news], auto_folds=1)
    assert read_table(auto_tags_path(model)) == table, "the run-time table is built from all sentences either way"
    # retraining without a corpus removes the stale table
    train(read_conll(corpus), model, max_iter=50, folds=1)
    assert not auto_tags_path(model).exists()
