from marsad.text.normalize import normalize
from marsad.text.sentences import split_sentences
from marsad.text.tokens import tokenize, variants


def test_normalize_folds_hamza_and_marks():
    assert normalize("الأعرجي") == normalize("الاعرجي")
    assert normalize("وقّع") == "وقع"
    assert normalize("٢٠٢٥") == "2025"


def test_tokens_keep_original_offsets():
    text = "وأكد الأعرجي، خلال لقائه"
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.text


def test_variants_strip_clitics():
    assert "روسيا" in variants("بروسيا")
    assert "الجيش" in variants("للجيش")
    assert "زيارة" in variants("زيارته")


def test_sentences_do_not_split_inside_quotes():
    text = 'قال إن "الأمر مهم. جدا" ثم غادر. وانتهى.'
    sents = split_sentences(text, tokenize(text))
    assert len(sents) == 2
    assert text[sents[0].start : sents[0].end].endswith("غادر.")


def test_a_root_waw_is_no_conjunction():
    minister, and_minister, washington, and_said = tokenize("وزير ووزير واشنطن وقال")
    assert (minister.prefix, minister.base) == ("", "وزير")
    assert (and_minister.prefix, and_minister.base) == ("و", "وزير")
    assert washington.prefix == "" and and_said.prefix == "و"


def test_a_root_waw_word_with_a_pronoun_suffix_keeps_its_waw():
    ministry, visited = tokenize("وزارته وزاره")
    assert ministry.prefix == "" and "زارته" not in variants(ministry.norm)  # "his ministry", no و + "she visited him"
    assert visited.prefix == "و"  # "and he visited him" stays split
