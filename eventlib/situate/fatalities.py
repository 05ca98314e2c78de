"""How many died in a violent event: 'killing 12 villagers', 'at least five people died',
'dozens were killed' (an estimate)."""

from __future__ import annotations

import re

import attrs
from spacy.tokens import Span, Token

from ..lang import LanguagePack
from ..lang.en import ENGLISH

__all__ = ["Fatalities", "count_fatalities", "parse_number"]


@attrs.frozen
class Fatalities:
    """A number of dead and whether the text gave it only vaguely."""

    count: int
    estimate: bool = False


def _vague_number(joined: str, lang: LanguagePack) -> int | None:
    """The figure for a vague quantity that ``joined`` is or begins with ('dozens of'), longest phrase first."""
    for phrase, value in sorted(lang.vague_quantities.items(), key=lambda kv: -len(kv[0])):
        if joined == phrase or joined.startswith(phrase + " "):
            return value
    return None


def _digit_number(words: list[str], lang: LanguagePack) -> int:
    """A number in digits, times a following 'hundred' or 'thousand' ('12 hundred' -> 1200)."""
    value = int(words[0])
    if len(words) > 1 and words[1] in lang.number_multipliers:
        value *= lang.number_multipliers[words[1]]
    return value


def _word_value(word: str, lang: LanguagePack) -> int | None:
    """The value of a unit or tens word ('seven' -> 7, 'forty' -> 40); None for any other word."""
    if word in lang.number_units:
        return lang.number_units[word]
    return lang.number_tens.get(word)


def _spelled_number(words: list[str], lang: LanguagePack) -> int | None:
    """A number in words, read up to the first word that is not part of it ('forty two hundred' -> 4200)."""
    total = 0
    seen = False
    for word in words:
        value = _word_value(word, lang)
        if value is not None:
            total += value
            seen = True
        elif word in lang.number_multipliers and seen:
            total *= lang.number_multipliers[word]
        else:
            break
    return total if seen else None


def parse_number(text: str, *, lang: LanguagePack = ENGLISH) -> tuple[int, bool] | None:
    """'12' -> (12, False); 'twenty-one' -> (21, False); 'dozens' -> (12, True); else None (number words of
    ``lang``)."""
    words = text.lower().replace(",", "").replace("-", " ").split()
    if not words:
        return None
    vague = _vague_number(" ".join(words), lang)
    if vague is not None:
        return vague, True
    if words[0].isdigit():
        return _digit_number(words, lang), False
    total = _spelled_number(words, lang)
    return (total, False) if total is not None else None


_NUMBER = r"(\d{1,3}(?:,\d{3})+|\d+|[a-z]+(?:[- ][a-z]+)?)"
_QUALIFIER = r"(?:at least |some |about |nearly |more than |over |up to |almost |around |all |an estimated )?"
_KILLING = r"(?:killing|killed|kills|kill|shot dead|shooting dead|shoot dead|massacred|massacring|executed|" \
           r"executing|beheaded|beheading|lynched|lynching|slaughtered|slaughtering|murdered|murdering)"
_KILLED_N = re.compile(rf"\b{_KILLING}\s+{_QUALIFIER}{_NUMBER}\b")
_PATTERNS = [
    re.compile(rf"\b{_KILLING}\s+(?:a|an|the)\s+(?:family|group|crew|team)\s+of\s+{_NUMBER}\b"),
    _KILLED_N,
    re.compile(rf"\b(?:at least |some |about |nearly |more than |over |up to )?{_NUMBER}\s+(?:[a-z-]+\s+){{0,4}}?"
               rf"(?:were|was|have been|had been|are|being)?\s*(?:killed|dead|died|slain|murdered|executed|"
               rf"lost their lives|hacked to death|beaten to death|stabbed to death|burned to death|burnt to death)\b"),
    re.compile(rf"\b(?:leaving|left|leaves|leave)\s+{_QUALIFIER}{_NUMBER}\s+(?:[a-z-]+\s+){{0,2}}?dead\b"),
    # 'the death toll from last week's attack on a police centre in Quetta has risen to 31'
    re.compile(rf"\btoll(?:\s+[a-z'’,-]+){{0,14}}?\s+(?:has|had|have)\s+(?:risen|climbed|reached|jumped|mounted|"
               rf"increased|hit|grown)\s+(?:to\s+)?{_QUALIFIER}{_NUMBER}\b"),
    re.compile(rf"\btoll(?:\s+[a-z'’-]+){{0,6}}?\s+(?:rose|rises|climbed|climbs|reached|reaches|hit|hits|jumped|"
               rf"jumps|mounted|increased|increases|stood|stands|was|is|of|to|at)(?:\s+to|\s+at)?\s+"
               rf"{_QUALIFIER}{_NUMBER}\b"),
    re.compile(rf"\b(?:claimed|claiming|claims|claim|took|taken|taking|takes|take)\s+the\s+(?:life|lives)\s+of\s+"
               rf"{_QUALIFIER}{_NUMBER}\b"),
    re.compile(rf"\bnumber\s+(?:of\s+[a-z]+\s+)?(?:killed|dead)(?:\s+[a-z0-9'’,-]+){{0,20}}?\s+(?:has\s+|had\s+)?"
               rf"(?:rose|risen|rises|climbed|climbs|reached|reaches|jumped|increased|stood|stands)\s+(?:to|at)\s+"
               rf"{_QUALIFIER}{_NUMBER}\b"),
    re.compile(rf"\bput\s+the\s+(?:death\s+toll|toll|number\s+(?:of\s+[a-z]+\s+)?(?:killed|dead))"
               rf"(?:\s+[a-z0-9'’,-]+){{0,20}}?\s+at\s+{_QUALIFIER}{_NUMBER}\b"),
    re.compile(rf"\bbodies of\s+{_QUALIFIER}{_NUMBER}\b"),
    re.compile(rf"\bclaim(?:ed|ing)?\s+(?:the lives of\s+)?(?:at least |some |about |more than )?{_NUMBER}\s+lives\b"),
]
_AND_MORE = re.compile(r"(?:\s+[a-z-]+){0,3}?\s+and\s+(?:at least |some |about |more than |his |her |their |its )?"
                       r"(\d[\d,]*|[a-z]+)\s+[a-z]")
_YEAR = re.compile(r"(19|20)\d\d")


def count_fatalities(text: str, *, lang: LanguagePack = ENGLISH) -> Fatalities | None:
    """The number killed that ``text`` reports, if any (wounded and injured do not count); numbers are read
    with the number words of ``lang``."""
    lowered = text.lower()
    for pattern in _PATTERNS:
        for found in pattern.finditer(lowered):
            phrase = found.group(1)
            if phrase.split()[0] in lang.not_counts or _YEAR.fullmatch(phrase):
                continue
            parsed = parse_number(phrase, lang=lang)
            if parsed is not None:
                count, estimate = parsed
                if pattern is _KILLED_N:  # "killing 90 Afghans and 13 US service members"
                    more = _AND_MORE.match(lowered, found.end())
                    if more and (extra := parse_number(more.group(1), lang=lang)) is not None:
                        count, estimate = count + extra[0], estimate or extra[1]
                return Fatalities(count, estimate)
    return None


def _kills(token: Token, lang: LanguagePack) -> bool:
    """Whether ``token`` is a verb whose object dies: 'killed', 'gunned down', 'shot dead', 'hacked to death'."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    lemma = token.lemma_.lower()
    if lemma in lang.killing_verbs:
        return True
    for child in token.children:
        if (lemma, child.lower_) in lang.killing_phrases and child.dep_ in ("prt", "advmod", "oprd", "acomp", "amod"):
            return True
        if child.dep_ == "prep" and child.lower_ == "to" and any(g.lower_ == "death" for g in child.children):
            return True
    return False


def _victims(verb: Token, lang: LanguagePack) -> list[Token]:
    """The heads of whom a killing verb was done to: its object, the subject of its passive, or the noun a
    reduced passive hangs on ('three soldiers killed in ...'), the subject of a killing verb with no object
    (a headline: 'Officer killed in ...')."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            return [child, *child.conjuncts]
    if verb.dep_ == "acl":
        return [verb.head, *verb.head.conjuncts]
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    headline = subject is not None and verb.tag_ in ("VBD", "VBN") and subject.lemma_.lower() not in lang.attack_nouns
    if subject is not None and headline:  # a headline's passive: 'Officer killed in ...'
        return [subject, *subject.conjuncts]
    return []


def _number_text(number: Token) -> str:
    """The words of a number phrase, less its qualifiers ('at least twenty - seven' -> 'twenty - seven')."""
    return " ".join(t.text for t in number.subtree if t.like_num or t.text == "-" or t.i == number.i)


def _number_of(head: Token, lang: LanguagePack) -> Fatalities | None:
    """How many one victim phrase names: its number ('three men', 'at least 23 people', 'dozens of
    villagers', 'a family of four'), one for a single person ('a judge', 'Officer'), else None."""
    for child in head.children:
        if child.dep_ == "nummod":
            parsed = parse_number(_number_text(child), lang=lang)
            return Fatalities(*parsed) if parsed is not None else None
        if child.dep_ == "prep" and child.lower_ == "of" and head.lemma_.lower() in lang.counted_groups:
            number = next((g for g in child.children if g.dep_ == "pobj" and g.like_num), None)
            parsed = parse_number(number.text, lang=lang) if number is not None else None
            if parsed is not None:
                return Fatalities(*parsed)
    if any(c.lower_ == "no" for c in head.children):  # 'no one was killed'
        return None
    parsed = parse_number(_number_text(head), lang=lang) if head.like_num or head.lower_ in lang.vague_quantities \
        else None
    if parsed is not None:
        return Fatalities(*parsed)
    single = head.tag_ == "NN" or (head.tag_ == "NNP" and head.ent_type_ in ("", "PERSON"))
    if single and head.lemma_.lower() not in lang.counted_groups | lang.tally_nouns | lang.quantity_words:
        return Fatalities(1)
    return None


def victim_count(anchor: Token, *, lang: LanguagePack = ENGLISH) -> Fatalities | None:
    """Deaths told by the victims of a killing verb in the clause of ``anchor``: 'gunned down a judge' (1),
    'cut down three young men' (3); the victims' counts are added up ('a teacher and two pupils')."""
    for verb in (anchor, *anchor.subtree):
        if not _kills(verb, lang) or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lang.unrealised_verbs):
            continue
        counts = [_number_of(head, lang) for head in _victims(verb, lang)]
        if counts and all(c is not None for c in counts):
            return Fatalities(sum(c.count for c in counts), any(c.estimate for c in counts))
    return None


def event_fatalities(anchor: Token, sentence: Span, sentence_wide: bool = True, *,
                     lang: LanguagePack = ENGLISH) -> Fatalities | None:
    """Deaths reported in the clause of ``anchor`` (with its participles), else told by the victims of a
    killing verb there, else, when ``sentence_wide``, anywhere in the sentence (numbers read with the number
    words of ``lang``)."""
    words = list(anchor.subtree)
    text = anchor.doc[words[0].i:words[-1].i + 1].text
    found = count_fatalities(text, lang=lang) or victim_count(anchor, lang=lang)
    if found is None and sentence_wide:
        found = count_fatalities(sentence.text, lang=lang)
    return found
