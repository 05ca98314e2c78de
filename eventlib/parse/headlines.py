"""Headline verbs the tagger took for nouns: 'Bolivia severs ties with Israel', 'Pakistan arrests opposition leader'.

Headlines tell past events in the present tense, and a present-tense verb after a name often reads as a plural
noun ('severs', 'arrests', 'orders'), so the sentence is parsed with no verb at all. For a sentence that reads as
a headline (no full stop at its end) whose root is no verb, or a verb given no subject, the component tries each
word after a noun that is a present-tense form of a verb the lemmatizer knows: it parses the sentence again with
that word in the past tense ('Bolivia severed ties with Israel'), which the parser reads as a verb, and when the
word then heads the sentence with a subject (or, with a subject, the clause of a verbless head: 'At least 30 dead
as militants storm army post'), the sentence takes that parse (heads, labels, tags, lemmas). Words,
spacing and named entities stay as written. Other sentences are left alone.

A headline whose clause before its toll was read with no verb ('Hamas rocket *slams* into Sderot home, 3 killed')
is read again the same way, the verb taken when it heads that clause with a subject.

Before those, the component mends two tagger slips in any sentence, with no second parse: an irregular past form
read as a present ('guards *slain*' as VBP 'slain': VBN 'slay') and a regular past whose lemma lost its 'e'
('waged': 'wag' -> 'wage'); and it rejoins participles with 'by' the parser read as their noun's verb
(:mod:`eventlib.parse.relatives`).

The same second reading repairs a sentence that opens with an acronym the tagger took for a verb ('ECOWAS imposed
sanctions', 'IGAD condemned'): it is parsed again with a name the tagger knows ('NATO') in its place, and when that
name is the subject of a verb, the sentence takes that parse, the acronym a proper noun. And a sentence with a full
stop and no verb at its head ('The UN chief voiced alarm at ...' read as alarm that was voiced): its first past form
hung on a noun, unless it describes ('armed with') or the grammar reads it as the main verb already, is parsed
again as a past verb of no other reading ('met'), keeping its own lemma.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import EntityRecognizer, EntityRuler
from spacy.tokens import Doc, Span, Token

from ..lang.en import ENGLISH
from .entities import PLACE_NAMES
from .grammar import main_participle
from .relatives import rejoin_reduced_relatives

HEADLINE_VERBS = "eventlib_headline_verbs"
#: The attributes a repaired sentence takes from its second parse.
REPARSED = [HEAD, DEP, POS, TAG, LEMMA, MORPH]
#: What an acronym read as a verb is parsed as the second time: a name the tagger reads as a name.
STAND_IN = "NATO"
#: What a past form read as a modifier is parsed as the second time: a past verb the tagger reads as nothing else.
PAST_STAND_IN = "met"
#: What a headline's irregular past form read as a noun is parsed as the second time.
PARTICIPLE_STAND_IN = "killed"
#: Read in place of a verbless headline's 'in' that puts a visitor somewhere for a visit or talks.
VISIT_STAND_IN = "visits"
#: What a comma joining a headline's two names is parsed as the second time.
JOIN_STAND_IN = "and"
#: Vowels, for the spelling of '-ed' forms.
VOWELS = frozenset("aeiou")
#: A headline is short: longer unpunctuated runs are not tried.
LONGEST_HEADLINE = 25
#: How far into the headline its verb may come ('Niger junta orders ...').
VERB_WITHIN = 10


class HeadlineVerbs:
    """The pipeline component (see the module's docstring); ``nlp`` parses the second reading."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name
        tables = nlp.get_pipe("lemmatizer").lookups if "lemmatizer" in nlp.pipe_names else None
        self.verbs: frozenset[str] = frozenset(tables.get_table("lemma_index").get("verb", ())) if tables else \
            frozenset()
        rules = tables.get_table("lemma_rules").get("verb", []) if tables else []
        self.suffixes: list[tuple[str, str]] = [(old, new) for old, new in rules if old.endswith("s")]
        self.pasts: dict[str, str] = {}
        if tables:
            for form, lemmas in tables.get_table("lemma_exc").get("verb", {}).items():
                if not form.endswith(("ing", "s")):  # past forms and participles, not '-ing' or '-s' forms
                    for lemma in lemmas:
                        self.pasts.setdefault(lemma, form)
        #: Irregular past forms that are no base form of a verb, and their verbs ('slain': 'slay', 'shot': 'shoot').
        self.participles: dict[str, str] = {form: lemma for lemma, form in self.pasts.items()
                                            if form not in self.verbs and form.isalpha()}
        self.present_tags = numpy.array([nlp.vocab.strings.add(tag) for tag in ("VBP", "VB")], dtype=numpy.uint64)
        self.past_tags = numpy.array([nlp.vocab.strings.add(tag) for tag in ("VBD", "VBN")], dtype=numpy.uint64)

    def __call__(self, doc: Doc) -> Doc:
        if not self.verbs:
            return doc
        self._mend_participles(doc)
        rejoin_reduced_relatives(doc)
        for sentence in list(doc.sents):
            comma = _comma_between_names(sentence)
            if comma is not None and self._join(doc, sentence, comma):
                continue
            if _headline_without_verb(sentence):  # '6 *shot* dead at X pool hall': 'shot' first, not 'pool'
                if (present := _presence_for_a_visit(sentence)) is not None and self._reparse(
                        doc, sentence, present, VISIT_STAND_IN, _is_headline_verb, lemma="visit"):
                    continue  # 'Palau president *in* Taipei for 4-day visit': the president visits Taipei
                if not (self._past_read_as_noun_before_result(sentence) and self._repair_past_noun(doc, sentence)) \
                        and not self._repair(doc, sentence, {}, _is_headline_verb):
                    self._repair_past_noun(doc, sentence)
            elif self._verb_read_as_subject(sentence):
                self._repair(doc, sentence, {}, _is_headline_verb)
            elif self._verb_read_as_object_taker(sentence) and self._repair(
                    doc, sentence, {}, functools.partial(_verb_over, sentence.root.i - sentence.start)):
                continue  # the word read as the verb is a noun in the right reading ('Kenya lifts *ban* on ...')
            elif self._past_read_as_noun_before_result(sentence):  # a verb read elsewhere: '*shot* dead' is the verb
                self._repair_past_noun(doc, sentence)
            elif _toll_after_verbless_clause(sentence):
                self._repair(doc, sentence, {}, _verb_before_toll)
            elif _acronym_read_as_verb(sentence):
                self._reparse(doc, sentence, sentence[0], STAND_IN, _is_subject)
            elif _verbless_sentence(sentence):  # 'Two men on a motorbike *shot* dead a trader.': 'shot' read as a noun
                if not self._repair_participle(doc, sentence, _is_headline_verb):
                    self._repair_past_noun(doc, sentence)
            elif _report_without_clause(sentence):
                if _reads_as_headline(sentence):  # a headline's participles are passives ('40 killed')
                    self._repair_present(doc, sentence)
                elif not self._repair_participle(doc, sentence, _is_reported_verb):
                    self._repair_past_noun(doc, sentence, _is_reported_verb)
            joined = _past_read_as_joined_modifier(sentence)  # also after a repair above: it may leave one
            if joined is not None:
                self._reparse(doc, sentence, joined, PAST_STAND_IN, _is_joined_verb, keep_lemma=True)
        return doc

    def _mend_participles(self, doc: Doc) -> None:
        """A verb in an irregular past form that the tagger read as a present ('Three guards *slain*, ...' as a
        VBP with the lemma 'slain') is a participle of its verb ('slay'); a regular past whose lemma lost its
        final 'e' ('waged': 'wag', 'staged': 'stag') has the verb's ('wage'): a verb ending in a short vowel and
        one consonant doubles it before '-ed' ('wagged')."""
        tags = doc.to_array(TAG)
        for index in numpy.flatnonzero(numpy.isin(tags, self.present_tags)):
            token = doc[int(index)]
            if token.pos_ == "VERB" and token.lower_ in self.participles:
                token.tag_ = "VBN"
                token.lemma_ = self.participles[token.lower_]
                token.set_morph("Aspect=Perf|Tense=Past|VerbForm=Part")
        for index in numpy.flatnonzero(numpy.isin(tags, self.past_tags)):
            token = doc[int(index)]
            lemma = token.lemma_
            if token.lower_ == lemma + "ed" and len(lemma) > 2 and lemma[-1] not in VOWELS and \
                    lemma[-2] in VOWELS and lemma[-3] not in VOWELS and lemma + "e" in self.verbs:
                token.lemma_ = lemma + "e"

    def _repair_past_noun(self, doc: Doc, sentence: Span, accept: Callable[[Token], bool] | None = None) -> bool:
        """A verbless headline's or sentence's irregular past form of a verb of violence or arrest that the tagger
        read as a noun or an adjective ('Cambodian dissident *shot* dead outside ...'; 'a gang *shot* at each other
        ..., the ministry said', ``accept`` then taking a reported verb): parsed again with a past form the tagger
        reads as a verb in its place, it keeps its verb's lemma. Whether it was."""
        accept = accept or _is_headline_verb
        for token in sentence:
            lemma = self.participles.get(token.lower_)
            if token.pos_ in ("NOUN", "ADJ") and lemma in ENGLISH.headline_passive_verbs and \
                    self._reparse(doc, sentence, token, PARTICIPLE_STAND_IN, accept, lemma=lemma):
                return True
        return False

    def _verb_read_as_subject(self, sentence: Span) -> bool:
        """Whether a headline's verb was read as the plural subject of the noun after it, taken for an '-s' verb
        ('Bolivia *severs* ties with Israel' parsed as severs that tie)."""
        root = sentence.root
        if not _reads_as_headline(sentence) or root.tag_ != "VBZ" or not root.lower_.endswith("s"):
            return False
        return self._verb_subject(root)

    def _verb_read_as_object_taker(self, sentence: Span) -> bool:
        """Whether a headline's verb was read as the plural subject of a present with no object after it ('Kenya
        *lifts* ban on ...' parsed as lifts that ban)."""
        root = sentence.root
        return _reads_as_headline(sentence) and root.tag_ == "VBP" and \
            not any(c.dep_ == "dobj" for c in root.children) and self._verb_subject(root)

    def _past_read_as_noun_before_result(self, sentence: Span) -> bool:
        """Whether an irregular past of a verb of violence or arrest the tagger read as a noun or an adjective comes
        right before the result it states ('6 *shot* dead at ...' parsed with 'shot' as a noun)."""
        return any(token.pos_ in ("NOUN", "ADJ") and self.participles.get(token.lower_) in
                   ENGLISH.headline_passive_verbs and token.i + 1 < sentence.end and
                   token.doc[token.i + 1].lower_ in ENGLISH.resultatives for token in sentence)

    def _verb_subject(self, root: Token) -> bool:
        """Whether ``root``'s subject is an '-s' form of a verb after a name ('Bolivia *severs*')."""
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        return subject is not None and subject.tag_ == "NNS" and subject.is_lower and \
            subject.i > subject.sent.start and subject.doc[subject.i - 1].pos_ == "PROPN" and \
            self._base(subject.text) is not None

    def _repair_participle(self, doc: Doc, sentence: Span, accept: Callable[[Token], bool]) -> bool:
        """A sentence with a full stop and no verb at its head, or a report with no clause reported: the first
        past form the parser hung on a noun ('The UN chief *voiced* alarm at ...', read as alarm that was voiced;
        'X and Y *fought* pitched battles ..., witnesses said') is parsed again as the verb, with a past verb of no
        other reading in its place, when ``accept`` takes that reading; it keeps its own lemma. Whether it was."""
        for token in sentence:
            if token.tag_ in ("VBD", "VBN") and token.dep_ in ("amod", "acl", "compound") and token.is_lower \
                    and token.lemma_.lower() not in ENGLISH.descriptive_participles \
                    and not main_participle(token):  # not 'armed with machetes'; the grammar reads the others
                if self._reparse(doc, sentence, token, PAST_STAND_IN, accept, keep_lemma=True):
                    return True
        return False

    def _repair_present(self, doc: Doc, sentence: Span) -> bool:
        """A headline's report with no clause reported ('Air strike *flattens* block, 13 dead, medics say'): its
        first '-s' verb after a singular noun that the tagger took for a noun is read in the past tense, when the
        report then reports its clause. Whether it was."""
        for token, past in self._candidates(sentence):
            if token.pos_ == "NOUN" and _agreement(token) == 1 and \
                    self._reparse(doc, sentence, token, past, _is_reported_verb):
                return True
        return False

    def _join(self, doc: Doc, sentence: Span, comma: Token) -> bool:
        """Read the comma between a headline's two names as 'and' when the names then are the subject of its verb
        ('Saudi Arabia, Iran restore ties'), the verb read again as well when it needs it ('Mali, Niger expel
        French envoys'). Whether it did."""
        if self._reparse(doc, sentence, comma, JOIN_STAND_IN, _joins_subject):
            return True
        offset = comma.i - sentence.start
        return self._repair(doc, sentence, {comma.i: JOIN_STAND_IN},
                            lambda verb: _is_headline_verb(verb) and _joins_subject(verb.doc[offset]))

    def _repair(self, doc: Doc, sentence: Span, joined: dict[int, str], accept: Callable[[Token], bool]) -> bool:
        """Read each candidate headline verb in the past tense until ``accept`` takes a reading. Whether one did."""
        for token, past in sorted(self._candidates(sentence), key=lambda found: _agreement(found[0])):
            if self._reparse(doc, sentence, token, past, accept, also=joined):
                return True
        return False

    def _reparse(self, doc: Doc, sentence: Span, token: Token, stand_in: str, accept: Callable[[Token], bool],
                 keep_lemma: bool = False, also: dict[int, str] | None = None, lemma: str | None = None) -> bool:
        """Parse ``sentence`` again with ``stand_in`` for ``token`` (and the stand-ins ``also`` gives for other
        words, by index); when ``accept`` takes the word's second reading, the sentence takes that parse (the
        word's lemma: ``lemma`` when given, its own with ``keep_lemma``, else the verb's for a headline verb, else
        the word as written). Whether it did."""
        subs = {**(also or {}), token.i: stand_in}
        words = [subs.get(t.i, t.text) for t in sentence]
        spaces = [bool(t.whitespace_) or (t.i + 1 in subs and doc[t.i + 1].is_punct) for t in sentence]  # 'Mali and'
        second = Doc(doc.vocab, words=words, spaces=spaces)
        for component in self._reading_components():
            second = component(second)
        word = second[token.i - sentence.start]
        if not accept(word):
            return False
        whole = doc.to_array(REPARSED)
        whole[sentence.start:sentence.end] = second.to_array(REPARSED)
        lemma = lemma or (token.lemma_ if keep_lemma else word.lemma_ if word.pos_ == "VERB" else token.text)
        whole[token.i, REPARSED.index(LEMMA)] = doc.vocab.strings.add(lemma)
        for index in subs:  # a comma read as 'and' stays a comma in its lemma
            if index != token.i and doc[index].is_punct:
                whole[index, REPARSED.index(LEMMA)] = doc.vocab.strings.add(doc[index].text)
        doc.from_array(REPARSED, whole.astype(numpy.uint64))
        return True

    def _reading_components(self) -> list[Callable[[Doc], Doc]]:
        """The components before this one that the second reading runs: all but those that only mark entities (the
        recognizer, entity rulers, the place-name stand-in), whose output the reading neither copies (see
        :data:`REPARSED`) nor reads."""
        components = []
        for name, component in self.nlp.pipeline:
            if name == self.name:
                break
            if not (isinstance(component, EntityRecognizer | EntityRuler) or name == PLACE_NAMES):
                components.append(component)
        return components

    def _candidates(self, sentence: Span) -> Iterator[tuple[Token, str]]:
        """Words after a noun that are present-tense forms of a known verb, each with its past tense."""
        for token in sentence[1:VERB_WITHIN]:
            before = token.doc[token.i - 1]
            named = before.pos_ in ("NOUN", "PROPN") or (before.pos_ == "ADJ" and before.is_title)  # 'Pakistan'
            if not (token.is_alpha and token.is_lower and named and token.i + 1 < sentence.end) or \
                    token.lower_ in ENGLISH.roles_read_as_verbs:  # 'Sindh *police* arrest 9': the role, no verb
                continue
            lemma = self._base(token.text)
            if lemma is not None:
                yield token, self._past(lemma)

    def _base(self, word: str) -> str | None:
        """The verb whose present tense ``word`` is ('severs' -> 'sever', 'fire' -> 'fire'), if the lemmatizer
        knows it."""
        if word in self.verbs:
            return word
        for old, new in self.suffixes:
            if word.endswith(old) and (base := word[:len(word) - len(old)] + new) in self.verbs:
                return base
        return None

    def _past(self, lemma: str) -> str:
        """The past tense of ``lemma``: the lemmatizer's exception ('shoot' -> 'shot'), else the regular form."""
        if lemma in self.pasts:
            return self.pasts[lemma]
        if lemma.endswith("e"):
            return lemma + "d"
        if lemma.endswith("y") and lemma[-2:-1] not in ("a", "e", "o", "u"):
            return lemma[:-1] + "ied"
        return lemma + "ed"


def _comma_between_names(sentence: Span) -> Token | None:
    """In a headline (no full stop at its end), the comma that joins two names before the verb, as 'and' would
    ('Saudi Arabia, Iran restore ties', 'Colombia, ELN rebels agree ...'), when the parse did not join them."""
    if not _reads_as_headline(sentence):
        return None
    for token in sentence[1:5]:
        if token.text != ",":
            continue
        before = sentence[:token.i - sentence.start]
        after = token.doc[token.i + 1] if token.i + 1 < sentence.end else None
        if after is None or not all(t.pos_ == "PROPN" for t in before) or not after.is_title or \
                any(t.dep_ == "conj" and t.head.i < token.i for t in sentence[token.i - sentence.start:]):
            return None
        return token
    return None


def _joins_subject(word: Token) -> bool:
    """Whether a comma read as 'and' joins two names into the subject of a verb in the second reading."""
    first = word.head
    if word.dep_ != "cc" or not any(c.dep_ == "conj" for c in first.children):
        return False
    node = first
    for _ in range(3):
        if node.dep_ in ("nsubj", "nsubjpass"):
            return node.head.pos_ in ("VERB", "AUX")
        node = node.head
    return False


def _is_headline_verb(verb: Token) -> bool:
    """Whether a word of the second reading is a verb with a subject that heads the headline or its clause."""
    return verb.pos_ == "VERB" and _heads_a_clause(verb) and any(c.dep_ in ("nsubj", "nsubjpass")
                                                                 for c in verb.children)


def _verb_over(offset: int, verb: Token) -> bool:
    """Whether a word of the second reading is a headline verb and the word at ``offset`` of its sentence, read as
    the verb the first time, is no verb now."""
    return _is_headline_verb(verb) and verb.doc[offset].pos_ not in ("VERB", "AUX")


def _is_reported_verb(verb: Token) -> bool:
    """Whether a word of the second reading is a verb with a subject whose clause the sentence's report verb
    reports."""
    return verb.pos_ == "VERB" and verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _is_subject(word: Token) -> bool:
    """Whether a word of the second reading is the subject of a verb."""
    return word.dep_ in ("nsubj", "nsubjpass") and word.head.pos_ in ("VERB", "AUX")


def _acronym_read_as_verb(sentence: Span) -> bool:
    """Whether ``sentence`` opens with an acronym ('ECOWAS', 'IGAD') the tagger took for a verb or an auxiliary,
    followed by a verb: the acronym is the subject."""
    first = sentence[0]
    return len(sentence) > 2 and first.is_upper and first.is_alpha and len(first) >= 3 and \
        first.pos_ in ("VERB", "AUX") and sentence[1].pos_ in ("VERB", "AUX")


def _heads_a_clause(verb: Token) -> bool:
    """Whether a verb of the second reading heads the headline, or the clause of its verbless head ('At least 30
    dead as militants *stormed* army post', 'Bomb *ripped* through convoy, 9 soldiers dead')."""
    return verb.dep_ == "ROOT" or (verb.dep_ in ("advcl", "ccomp") and verb.head.dep_ == "ROOT" and
                                   verb.head.pos_ != "VERB")


def _plural(word: Token) -> bool:
    """Whether ``word`` reads as a plural noun: an '-s' form of another lemma ('rebels', 'troops'), or a noun that is
    plural in any form ('police', 'people')."""
    return (word.lower_.endswith("s") and word.lemma_.lower() != word.lower_) or \
        word.lower_ in ENGLISH.plural_nouns


def _agreement(token: Token) -> int:
    """How well a candidate verb agrees with the noun before it, best first: a base form after a plural ('rebels
    *ambush*'), then an '-s' form after a singular ('bomb *rips*', 'Kenya *arrests*'), then the rest ('Car *bomb*')."""
    before = token.doc[token.i - 1]
    if not token.lower_.endswith("s") and _plural(before):
        return 0
    if token.lower_.endswith("s") and not _plural(before):
        return 1
    return 2


def _toll_after_verbless_clause(sentence: Span) -> bool:
    """Whether a headline ends in a toll after a comma ('..., 3 killed', '..., 2 dead') and the words before the
    comma have no verb ('Hamas rocket *slams* into Sderot home, 3 killed' with 'slams' read as a noun)."""
    root = sentence.root
    toll = ENGLISH.headline_passive_verbs | ENGLISH.resultatives | {"hurt"}
    if not _reads_as_headline(sentence) or root.pos_ not in ("VERB", "ADJ") or root.lemma_.lower() not in toll:
        return False
    comma = next((t for t in sentence if t.text == "," and t.i < root.i), None)
    return comma is not None and comma.i > sentence.start + 2 and \
        not any(t.pos_ in ("VERB", "AUX") for t in sentence.doc[sentence.start:comma.i])


def _verb_before_toll(verb: Token) -> bool:
    """Whether a word of the second reading is a verb with a subject heading the clause before a headline's toll."""
    return verb.pos_ == "VERB" and verb.dep_ in ("ROOT", "ccomp", "advcl", "conj", "parataxis") and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and \
        any(t.text == "," for t in verb.doc[verb.i:])


def _presence_for_a_visit(sentence: Span) -> Token | None:
    """The 'in' of a verbless headline that puts someone in a named place for a visit or talks ('Palau president
    *in* Taipei for 4-day visit', 'Modi *in* Tokyo for talks'), which says they visit it; None if there is none."""
    for token in sentence[1:]:
        places = [c for c in token.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
        if token.lower_ != "in" or not places:
            continue
        purposes = [p for prep in token.head.children if prep.dep_ == "prep" and prep.lower_ == "for"
                    and prep.i > token.i for p in prep.children if p.dep_ == "pobj"]
        if any(p.lemma_.lower() in ENGLISH.visit_verbs or p.lower_ in ENGLISH.meeting_nouns for p in purposes):
            return token
    return None


def _past_read_as_joined_modifier(sentence: Span) -> Token | None:
    """The past form after 'and' that the parser hung as a modifier on the noun after it, joined as a noun to the
    verb before ('lit tyres and *hurled* stones at police', read as hurled stones that were lit), if any."""
    for token in sentence[1:]:
        noun = token.head
        if token.tag_ in ("VBD", "VBN") and token.dep_ == "amod" and token.is_lower and noun.i == token.i + 1 and \
                token.doc[token.i - 1].lower_ == "and" and noun.dep_ == "conj" and noun.head.pos_ == "VERB":
            return token
    return None


def _is_joined_verb(verb: Token) -> bool:
    """Whether a word of the second reading is a verb joined to the verb before it."""
    return verb.pos_ == "VERB" and verb.dep_ == "conj" and verb.head.pos_ == "VERB"


def _verbless_sentence(sentence: Span) -> bool:
    """Whether ``sentence`` ends with a full stop yet has no verb at its head ('The UN chief voiced alarm at ...'
    parsed as a noun phrase)."""
    return 3 < len(sentence) <= 2 * LONGEST_HEADLINE and sentence[-1].text == "." and \
        sentence.root.pos_ not in ("VERB", "AUX")


def _report_without_clause(sentence: Span) -> bool:
    """Whether ``sentence`` ends in a report after a comma ('..., witnesses said.'; in a headline '..., medics
    say') whose verb reports no clause with a verb: the words before the comma were parsed with no verb of their
    own."""
    root = sentence.root
    if not (3 < len(sentence) <= 2 * LONGEST_HEADLINE and (sentence[-1].text == "." or _reads_as_headline(sentence))
            and root.pos_ == "VERB"
            and root.lemma_ in ENGLISH.statement_verbs and root.i > sentence.start + 3):
        return False
    subject = next((c for c in reversed(list(root.lefts)) if c.dep_ == "nsubj"), None)
    return subject is not None and subject.left_edge.i > sentence.start and \
        subject.doc[subject.left_edge.i - 1].text == "," and \
        not any(c.dep_ in ("ccomp", "parataxis", "xcomp", "advcl") and c.pos_ in ("VERB", "AUX") and c.i < root.i
                for c in root.children)


def _reads_as_headline(sentence: Span) -> bool:
    """Whether ``sentence`` reads as a headline: short, with no full stop, question or exclamation mark or closing
    quote at its end."""
    return len(sentence) <= LONGEST_HEADLINE and sentence[-1].text not in (".", "!", "?", '"', "'")


def _headline_without_verb(sentence: Span) -> bool:
    """Whether ``sentence`` reads as a headline (short, no full stop at its end) whose root is no verb, or a
    verb without a subject ('Mali expels French ambassador' with 'Mali' read as a modifier)."""
    root = sentence.root
    return _reads_as_headline(sentence) and (
        root.pos_ not in ("VERB", "AUX") or (root.tag_ in ("VBZ", "VBP", "VB") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "aux") for c in root.children)))


@Language.factory(HEADLINE_VERBS)
def make_headline_verbs(nlp: Language, name: str) -> HeadlineVerbs:
    """The :class:`HeadlineVerbs` component of ``nlp``."""
    return HeadlineVerbs(nlp, name)
