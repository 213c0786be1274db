"""The Thai analysis itself: words, sub-words, digits, abbreviations, encoded terms."""

from search import thai


def test_a_thai_sentence_is_cut_into_words():
    assert thai.words("ประกาศการประชุมคณะกรรมการ") == ["ประกาศ", "การประชุม", "คณะกรรมการ"]


def test_compounds_yield_their_sub_words():
    assert thai.split("การประชุม") == ("การ", "ประชุม")
    assert set(thai.subwords("คณะกรรมการ")) >= {"คณะ", "กรรมการ", "กรรม", "การ"}
    assert thai.split("ประกาศ") == ()  # no one-letter pieces


def test_thai_digits_become_arabic_and_case_folds():
    assert thai.words("ปีงบประมาณ ๒๕๖๙ Google") == ["ปีงบประมาณ", "2569", "google"]


def test_abbreviations_stay_whole():
    assert thai.words("ผอ.สพป.พัทลุง เขต 2") == ["ผอ", "สพป", "พัทลุง", "เขต", "2"]
    assert thai.words("ป.ป.ช.") == ["ปปช"]


def test_punctuation_only_has_no_words():
    assert thai.words("...!!! ???") == []


def test_terms_are_ascii_and_keep_prefixes():
    term = thai.term("ประชุม")
    assert term.isascii() and term.isalpha()
    assert term.startswith(thai.term("ประ"))
    assert thai.term("google") == "google"


def test_index_text_holds_words_sub_words_and_toneless_forms():
    terms = thai.index_terms("การประชุม")
    assert thai.term("การประชุม") in terms
    assert thai.term("ประชุม") in terms
    assert thai.toneless_term("ผู้อำนวยการ") == thai.toneless_term("ผู่อำนวยการ")
