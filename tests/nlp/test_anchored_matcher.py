"""The anchored matcher finds what spaCy's Matcher finds, running each pattern less."""

import pytest
import spacy
from spacy.matcher import Matcher

from nlp.anchored_matcher import AnchoredMatcher

PATTERNS = {
    "hurts_me": [{"LOWER": {"IN": ["hurt", "hurts", "hit", "hits"]}}, {"LOWER": "me"}],
    "want_to_die": [
        {"LOWER": {"IN": ["want", "wanna", "need"]}},
        {"LOWER": "to"},
        {"LOWER": {"NOT_IN": [".", "!", "?"]}, "OP": "{0,2}"},
        {"LOWER": {"IN": ["die", "disappear"]}},
    ],
    "meet_a_man": [
        {"LOWER": "meet"},
        {"LOWER": {"IN": ["a", "this"]}, "OP": "?"},
        {"LOWER": {"IN": ["man", "guy"]}},
    ],
    "meet_online": [{"LOWER": "meet"}, {"LOWER": "him"}, {"LOWER": "online"}],
}


@pytest.mark.parametrize(
    "text",
    [
        "he hits me and it hurts me",
        "i want to just die. i need to go",
        "i want to go. then i die",
        "gonna meet this guy and meet a man and meet him online",
        "meet him tomorrow, not online",
        "nothing to see here",
        "",
    ],
)
def test_finds_what_spacys_matcher_finds(text):
    nlp = spacy.blank("en")
    anchored, plain = AnchoredMatcher(nlp.vocab), Matcher(nlp.vocab)
    for key, tokens in PATTERNS.items():
        anchored.add(key, tokens)
        plain.add(key, [tokens], greedy="LONGEST")
    doc = nlp.make_doc(text)
    assert sorted(anchored(doc)) == sorted(plain(doc))
