"""Where an event happened: the place attached to its verb or arguments, else the sentence's
places, else the article's dateline or most named place, resolved with the gazetteer."""

from __future__ import annotations

import collections
import functools
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence

from spacy.tokens import Span, Token

from .._builtin import capital_names, country_adjectives, country_names, dictionary_country_names
from ..lang import LanguagePack
from ..lang.en import ENGLISH
from ..parse.spans import sentence_entities
from .gazetteer import Gazetteer, Place, load_gazetteer, place_key

#: The entity labels of places.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Roles of actors that act at home (taxonomy/actor_roles.csv): police, courts, legislatures, the opposition,
#: civilians. With no place of their own, their material acts are in their country, not in a foreign dateline.
DOMESTIC_ROLES = frozenset({"COP", "JUD", "LEG", "OPP", "CVL"})
#: Roles whose verbal acts are acts done where they sit: a court's verdict is placed as an act, not as a statement.
SEATED_ROLES = frozenset({"JUD"})

__all__ = ["DOMESTIC_ROLES", "SEATED_ROLES", "is_locative", "locate", "locate_with_evidence", "most_named_place",
           "place_mentions"]


def place_mentions(sentence: Span) -> list[Span]:
    """Named places of ``sentence`` (GPE, LOC and FAC entities), in order; two joined by 'of' are one when the
    gazetteer knows them as one ('Port of Spain', which the recognizer splits into 'Port' and 'Spain')."""
    found = sentence_entities(sentence, PLACE_LABELS)
    if len(found) < 2:
        return found
    doc = sentence.doc
    joined: list[Span] = []
    for span in found:
        before = joined[-1] if joined else None
        if before is not None and span.start == before.end + 1 and doc[before.end].lower_ == "of" and \
                load_gazetteer().candidates(doc[before.start:span.end].text):
            joined[-1] = doc[before.start:span.end]
        else:
            joined.append(span)
    return joined


#: What a word of the anchor's clause contributes as a place head, in order of precedence: a test (of the word,
#: in a language) and the heads.
_ATTACHMENTS: tuple[tuple[Callable[[Token, LanguagePack], bool], Callable[[Token], list[Token]]], ...] = (
    # "in Idlib": the preposition's objects
    (lambda child, lang: child.dep_ == "prep" and lang.is_locative(child.lower_),
     lambda child: [p for p in child.children if p.dep_ == "pobj"]),
    # "the bridge between Dajabon and Ouanaminthe": the first of the places a way runs between
    (lambda child, lang: child.dep_ == "prep" and child.lower_ == "between" and
     child.head.lemma_.lower() in lang.route_nouns,
     lambda child: [p for p in child.children if p.dep_ == "pobj"]),
    # "shelled the outskirts of Malakal"
    (lambda child, lang: child.dep_ == "dobj" and child.lemma_.lower() in lang.area_nouns, lambda child: [child]),
    (lambda child, lang: child.dep_ in ("npadvmod", "advmod") and child.ent_type_ in PLACE_LABELS,
     lambda child: [child]),
    # "fought the rebels on hills north of the town": a direction with its 'of' phrase; not a distance from a
    # landmark ('near Afgoye, about 30 km northwest of Mogadishu')
    (lambda child, lang: child.dep_ in ("npadvmod", "advmod") and child.lower_ in lang.direction_words and
     any(p.dep_ == "prep" and p.lower_ == "of" for p in child.children) and not _distance(child),
     lambda child: [child]),
    # "Zelensky, visiting Kharkiv on Tuesday, urged ...": where a participle of going says the doer is
    (lambda child, lang: _visiting(child, lang), lambda child: [o for o in child.children if o.dep_ == "dobj"]),
)


def _distance(direction: Token) -> bool:
    """Whether a direction word is measured ('30 km northwest of X'): a landmark the place is measured from."""
    return any(c.dep_ == "npadvmod" and any(t.like_num for t in c.subtree) for c in direction.children)


def _visiting(word: Token, lang: LanguagePack) -> bool:
    """Whether ``word`` is a participle of going to a place on the doer or the verb ('Zelensky, *visiting* Kharkiv,
    urged ...'; :attr:`LanguagePack.visit_verbs`)."""
    return word.dep_ in ("acl", "advcl") and word.tag_ == "VBG" and word.lemma_.lower() in lang.visit_verbs


def _own_clause(child: Token, lang: LanguagePack) -> bool:
    """Whether a word heads a clause with a time of its own: reported, relative, an adverbial clause not
    introduced by 'when' / 'as' / 'while', what a plan, demand or report is about, or a verb joined to it with a
    subject of its own ('Hezbollah fired at posts near X, and *Israel responded* with fire on Y')."""
    return child.dep_ in ("ccomp", "parataxis", "relcl") or (
        child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and
        any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)) or (
        child.dep_ == "advcl" and not {m.lower_ for m in child.children} & lang.same_time_subordinators
        and not _visiting(child, lang)) or (
        child.dep_ == "acl" and child.head.lemma_.lower() in lang.unrealised_nouns)  # 'a plan to move X into Sinai'


def _place_heads(child: Token, lang: LanguagePack) -> list[Token]:
    """The place heads a word contributes (see ``_ATTACHMENTS``); none for most words."""
    if child.dep_ not in ("prep", "dobj", "npadvmod", "advmod", "acl", "advcl"):  # each test asks for one of these
        return []
    for test, heads in _ATTACHMENTS:
        if test(child, lang):
            return heads(child)
    return []


def _clause_words(anchor: Token, arguments: Sequence[Token], lang: LanguagePack) -> Iterator[Token]:
    """The words of the anchor's clause, level by level (seven deep) from the anchor and its arguments, nearest
    first; not those of reported or relative clauses of their own."""
    level = [anchor, *arguments]
    seen = {t.i for t in level}
    for _ in range(7):
        below: list[Token] = []
        for holder in level:
            for child in holder.children:
                if child.i in seen or _own_clause(child, lang):
                    continue
                seen.add(child.i)
                yield child
                below.append(child)
        level = below


def _attached(clause: Sequence[Token], lang: LanguagePack, anchor: Token | None = None,
              addressees: Collection[int] = ()) -> list[Token]:
    """Objects of locative prepositions among the words of the anchor's ``clause`` (:func:`_clause_words`),
    nearest first: on the anchor, its arguments and their modifiers ('a convoy carrying miners near Gao'), not
    in reported or relative clauses of their own, nor where another act goes or what a word is about (see
    :func:`_elsewhere`)."""
    return [head for child in clause if not _elsewhere(child, anchor, lang, addressees)
            for head in _place_heads(child, lang)]


def _elsewhere(child: Token, anchor: Token | None, lang: LanguagePack, addressees: Collection[int] = ()) -> bool:
    """Whether a preposition of the clause names no place of the event anchored on ``anchor``: where another verb
    joined to it goes ('arrested X near his home and flew him *to* La Paz') or a road leads ('blocked the highway
    *to* Karachi');
    :attr:`LanguagePack.destination_prepositions`) or what a noun of words, views or measures is about ('the
    government's silence *on* Manipur', 'a dispute *over* Kashmir'; :attr:`LanguagePack.topic_nouns`); for a
    verbal act, whom it asks ('called *on* Venezuela's government to ...': :attr:`LanguagePack.addressee_prepositions`
    on the verb, whose object is one of the target heads ``addressees``, token indices): a statement is not placed at
    its target; not 'on a visit to Berlin'."""
    if child.dep_ != "prep":
        return False
    word, holder = child.lower_, child.head
    if anchor is not None and holder.i == anchor.i and word in lang.addressee_prepositions and \
            any(o.i in addressees for o in child.children if o.dep_ == "pobj"):
        return True
    if word in lang.destination_prepositions and anchor is not None and holder.i != anchor.i and \
            holder.dep_ == "conj" and holder.pos_ == "VERB":
        return True
    if word in lang.destination_prepositions and _route_acted_on(holder, lang):
        return True  # 'blocked the highway to Karachi': where the road goes; not 'on the road to Jos', which is where
    return word in lang.topic_prepositions and holder.pos_ == "NOUN" and \
        (holder.lemma_.lower() in lang.topic_nouns or holder.lower_ in lang.topic_nouns)


def _route_acted_on(holder: Token, lang: LanguagePack) -> bool:
    """Whether ``holder`` is a road something is done to ('blocked *the highway* to X'), or a verb done to one
    (the parser may hang 'to X' on 'blocked'): its 'to' says where the road leads."""
    if holder.pos_ == "NOUN":
        return holder.lemma_.lower() in lang.route_nouns and holder.dep_ in ("dobj", "nsubj", "nsubjpass")
    return holder.pos_ == "VERB" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lang.route_nouns
                                         for c in holder.children)


def _in_elsewhere(word: Token, anchor: Token, lang: LanguagePack, addressees: Collection[int] = ()) -> bool:
    """Whether ``word`` is in a phrase that names no place of the event anchored on ``anchor`` (see
    :func:`_elsewhere`): not one of the sentence's other named places either ('protest the government's silence on
    Cali' in a Bogota story is in Bogota)."""
    for above in (word, *word.ancestors):
        if above.i == anchor.i:
            return False
        if _elsewhere(above, anchor, lang, addressees):
            return True
    return False


def _event_noun(word: Token, lang: LanguagePack) -> bool:
    """Whether ``word`` is a noun of an event: an attack, a war or a deal, a death ('the *death* of X')."""
    lemma = word.lemma_.lower()
    return word.pos_ == "NOUN" and lemma in lang.attack_nouns | lang.background_nouns | lang.recalled_event_nouns


def _cause_noun(word: Token, lang: LanguagePack) -> bool:
    """Whether ``word`` makes a preposition of cause with a bare 'in' ('in *connection* with', 'in *response* to')."""
    return word.dep_ == "pobj" and word.head.lower_ == "in" and word.lemma_.lower() in lang.cause_nouns and \
        not any(c.dep_ in ("det", "poss") for c in word.children)


def _recalled_event(word: Token, stop: Iterable[int], lang: LanguagePack, verbal: bool = False) -> bool:
    """Whether ``word`` is in the phrase of an earlier event that the act recalls as its cause or time ('cut ties
    *after an attack on its embassy in Tehran*', 'detained suspects *over the death of X in Istanbul*', 'in
    connection with *the Paris attacks*'), or, for a ``verbal`` act, as what it is about ('ready to work on *the
    conflict in Syria*', 'condemned *the attack in Kabul*'): a place there is that event's. Not an event noun
    in a place phrase of its own ('killed *in an attack in Kabul*'), nor, for a material act, its object ('dispersed
    *the protest in Nairobi*'). The walk up from ``word`` stops at the anchor and its arguments (``stop``)."""
    stop = set(stop)
    for above in (word, *word.ancestors):
        if above.i in stop:  # 'welcomed *the ceasefire* in Sudan': a statement's object that is an event
            return verbal and above.dep_ in ("dobj", "attr") and _event_noun(above, lang)
        if verbal and above.dep_ == "prep" and above.lower_ in lang.charge_prepositions and above.head.i in stop \
                and above.head.dep_ not in ("nsubj", "nsubjpass"):
            return True  # 'accused the military *of* war crimes in Rakhine': what it charges, not where it is said
        if _cause_noun(above, lang):
            return True
        if not _event_noun(above, lang):
            continue
        attached = above
        while attached.dep_ == "conj":
            attached = attached.head
        if attached.dep_ == "pobj":
            preposition = attached.head.lower_
            if preposition in lang.cause_prepositions or _cause_noun(attached.head.head, lang) or \
                    (verbal and (not lang.is_locative(preposition, targets=False) or
                                 attached.head.head.pos_ == "NOUN")):  # 'denied any role *in the attack* in Jordan'
                return True
        elif verbal and attached.dep_ in ("dobj", "nsubjpass", "attr", "appos"):
            return True
    return False


def _named_place_nouns(clause: Sequence[Token], lang: LanguagePack) -> list[Token]:
    """Place nouns among the words of the anchor's ``clause`` (:func:`_clause_words`) that name their place with
    'of' ('dropped gas on the town of Khan Sheikhoun', 'seized most of the city of Goma'), nearest first,
    whatever preposition leads to them."""
    return [word for word in clause if word.lemma_.lower() in lang.place_nouns
            and any(p.dep_ == "prep" and p.lower_ == "of" and any(o.pos_ == "PROPN" for o in p.children)
                    for p in word.children)]


def is_locative(token: Token, *, lang: LanguagePack = ENGLISH) -> bool:
    """Whether a word sits in a locative phrase ('in Tehran', 'the town of Djibo'): the first preposition
    above it, before any subject or object, is locative (see :meth:`LanguagePack.is_locative`) or 'of'."""
    for ancestor in (token, *token.ancestors):
        if ancestor.dep_ == "prep":
            return lang.is_locative(ancestor.lower_) or ancestor.lower_ == "of"
        if ancestor.dep_ in ("nsubj", "nsubjpass", "dobj", "ROOT"):
            return False
    return False


def _calendar_word(token: Token, lang: LanguagePack) -> bool:
    """Whether a word is a month (also abbreviated: 'Aug') or weekday name, whatever the tagger took it for
    ('in western Niger' tagged a date is still a place)."""
    words = token.lower_.rstrip(".").split("-")  # 'mid-July'
    return any(word in lang.calendar_names or word in lang.month_numbers for word in words)


def _is_time_word(token: Token, lang: LanguagePack) -> bool:
    """Whether a word is part of a date or time, or is a month (also abbreviated: 'Aug') or weekday name."""
    return token.ent_type_ in ("DATE", "TIME") or _calendar_word(token, lang)


def _group_name(name: Token) -> bool:
    """Whether ``name`` takes an article and the tagger does not call it a place ('the Taliban'): a group."""
    return name.ent_type_ not in PLACE_LABELS and any(c.dep_ == "det" for c in name.children)


def _proper_name(head: Token, lang: LanguagePack) -> list[str]:
    """A proper noun with its compound and flat parts ('Ras al Ain'); nothing for other words, nor for a
    name with an article that the tagger does not call a place ('the Taliban': a group)."""
    if head.pos_ != "PROPN":
        return []
    if _group_name(head):
        return []
    name = " ".join(t.text for t in sorted(_name_parts(head), key=lambda t: t.i))
    return [*_possessive_names(head, min(t.i for t in _name_parts(head)), head.i), name]


def _of_joined_name(head: Token, _lang: LanguagePack) -> list[str]:
    """A name joined by 'of' that the gazetteer knows whole ('Port of Spain', parsed as 'Port' with 'of Spain'),
    else nothing."""
    if head.pos_ != "PROPN":
        return []
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == head.i + 1:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN":
                    name = head.doc[min(t.i for t in _name_parts(head)):pobj.i + 1].text
                    if load_gazetteer().candidates(name):
                        return [name]
    return []


def _possessive_names(holder: Token, start: int, end: int) -> list[str]:
    """A name with a possessive inside ("Cox's Bazar", parsed as the possessor of 'Bazar' or of 'district' in
    "Cox's Bazar district"): a proper-noun possessor of ``holder`` that ends, with its 's, just before the name
    words ``start``..``end``, joined to them; none without one ("Syria's Aleppo" is tried too, and resolves to
    nothing, so 'Aleppo' is next)."""
    doc = holder.doc
    return [doc[p.left_edge.i:end + 1].text for p in holder.children
            if p.dep_ == "poss" and p.pos_ == "PROPN" and p.i + 2 == start and doc[p.i + 1].tag_ == "POS"]


def _name_parts(head: Token) -> list[Token]:
    """``head`` and its compound and flat parts, theirs too ('Ras al Ain'); not the compounds of a phrase below
    it ('Khan Sheikhoun in *Idlib* province' is not 'Khan Sheikhoun Idlib')."""
    return [head, *(part for c in head.children if c.dep_ in ("compound", "flat") for part in _name_parts(c))]


def _of_names(head: Token, lang: LanguagePack) -> list[str]:
    """Place names in the 'of' phrases of ``head`` ('the town of Djibo' -> ['Djibo'])."""
    return [name for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for pobj in prep.children for name in _names_in(pobj, lang)]


def _place_noun_names(head: Token, lang: LanguagePack) -> list[str]:
    """For a place noun ('city', 'province'), its proper-noun compounds (also those of a place noun before it:
    'the Islam Qala border crossing'; with a region noun: 'Idlib province'), its proper-noun appositions ('the
    capital Naypyitaw', whatever the tagger called it) then its 'of' phrases' names."""
    if head.lemma_.lower() not in lang.place_nouns:
        return []
    kinds = [head, *(c for c in head.children if c.dep_ == "compound" and c.lemma_.lower() in lang.place_nouns)]
    compounds = [[name for c in kind.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                  for name in (*_possessive_names(kind, c.left_edge.i, c.right_edge.i),
                               " ".join(t.text for t in c.subtree))]
                 for kind in kinds]  # 'the Islam Qala border crossing'
    own, around = compounds[0], [name for names in compounds[1:] for name in names]
    if head.lemma_.lower() in lang.region_nouns:  # 'Idlib province': the region, not its city
        own = [f"{name} {head.text}" for name in own]
    appositions = [name for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                   for name in _proper_name(c, lang)]  # 'the capital Naypyitaw'
    named = _of_names(head, lang)
    if named:  # 'the Amhara region town of Gondar': the town, then the region it lies in
        return [*own, *appositions, *named, *around]
    return [*own, *around, *appositions, *named]


def _entity_span(start: Token) -> Span:
    """The named entity that begins at ``start``."""
    doc = start.doc
    end = start.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start.i:end]


def _entity_text(start: Token) -> str:
    """The text of the named entity that begins at ``start``."""
    return _entity_span(start).text


def _entity_names(head: Token, lang: LanguagePack) -> list[str]:
    """Place entities in the phrase of ``head``, possessors ("Syria's") after the others, else in order; not words
    the tagger took for a place that no capital letter names ('off its *east coast*')."""
    spans = [_entity_span(token) for token in head.subtree if token.ent_type_ in PLACE_LABELS and token.ent_iob_ == "B"
             and any(c.isupper() for c in _entity_span(token).text)]  # not 'its east coast', tagged a place
    entities = [(_possessive(span.doc, span.start), span.start, span.text) for span in spans
                if not _nationality(span.root, span.text, lang)]  # not 'US' of 'bases housing US troops'
    return [text for _, _, text in sorted(entities)]


#: Entity labels of proper names that are no places even as modifiers ('a Trump rally'); a town the recognizer
#: took for a people ('at *Omdurman* march' as NORP) is resolved as any other modifier, by its main name (see
#: :func:`_first_modifier_place`).
_NOT_PLACE_LABELS = frozenset({"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL"})


def _modifier_names(head: Token, lang: LanguagePack) -> list[str]:
    """Proper names that modify a common noun as compounds, of the noun or of a noun compound of it, whatever the
    tagger called them but a person: 'a *Rio de Janeiro* favela', 'a *Kabul* wedding hall', 'the *Quetta* hospital
    bombing' (tagged an organisation)."""
    if not _common_noun(head):
        return []
    nouns = [head, *(c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN")]
    return [" ".join(t.text for t in sorted(_name_parts(c), key=lambda t: t.i)) for noun in nouns
            for c in noun.children if c.dep_ == "compound" and _name_word(c)
            and c.ent_type_ not in _NOT_PLACE_LABELS | PLACE_LABELS and not _calendar_word(c, lang)]


def _common_noun(word: Token) -> bool:
    """Whether ``word`` is a common noun, also one in lower case the tagger took for a name ('at Omdurman *march*')."""
    return word.pos_ == "NOUN" or (word.pos_ == "PROPN" and word.is_lower)


def _name_word(word: Token) -> bool:
    """Whether ``word`` is a name: a proper noun, or a capitalised noun inside its sentence the tagger took for a
    common one ('Toll from *Turbat* bus station blast')."""
    return word.pos_ == "PROPN" or (word.pos_ == "NOUN" and word.is_title and word.i > word.sent.start)


def _country_side_names(head: Token, lang: LanguagePack) -> list[str]:
    """The country a country adjective gives a country's edge or expanse ('near the Belarusian border': Belarus;
    'on the Serbian side of the border': Serbia; :attr:`LanguagePack.country_side_nouns`)."""
    if head.lemma_.lower() not in lang.country_side_nouns:
        return []
    adjectives, names = country_adjectives(), _country_names()
    return [names[adjectives[c.lower_]] for c in head.children
            if c.dep_ == "amod" and adjectives.get(c.lower_) in names]


def _edge_countries(heads: Sequence[Token], lang: LanguagePack) -> set[str]:
    """The countries (ISO3) whose edge or expanse a place head names with a country adjective ('on the *Serbian side*
    of the border'): a part of the country away from its towns, not the dateline's town."""
    adjectives = country_adjectives()
    return {adjectives[c.lower_] for head in heads if head.lemma_.lower() in lang.country_side_nouns
            for c in head.children if c.dep_ == "amod" and c.lower_ in adjectives}


@functools.cache
def _country_names() -> dict[str, str]:
    """A name of each country of the built-in dictionary, by ISO3 (the first it lists)."""
    names: dict[str, str] = {}
    for name, iso3 in dictionary_country_names():
        names.setdefault(iso3, name)
    return names


#: Where a phrase's place names come from, most specific first.
def _route_ends(head: Token, lang: LanguagePack) -> list[str]:
    """The towns a way named by its two ends runs between, the first first ('the *Quetta-Taftan* highway')."""
    if head.lemma_.lower() not in lang.route_nouns:
        return []
    parts = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i]
    if not parts:
        return []
    words = head.doc[min(t.left_edge.i for t in parts):head.i]
    dashes = [t for t in words if t.text == "-"]
    if len(dashes) != 1:
        return []
    dash = dashes[0]
    first = " ".join(t.text for t in words if t.i < dash.i and t.pos_ == "PROPN")
    second = " ".join(t.text for t in words if t.i > dash.i and t.pos_ == "PROPN")
    return [name for name in (first, second) if name]


_NAME_SOURCES: tuple[Callable[[Token, LanguagePack], list[str]], ...] = (_route_ends, _of_joined_name, _proper_name,
                                                                         _place_noun_names, _entity_names,
                                                                         _country_side_names)


def _names_in(head: Token, lang: LanguagePack) -> list[str]:
    """Place names in the phrase of ``head``, most specific first: 'the northern city of Kharkiv' ->
    ['Kharkiv']; "Syria's Aleppo province" -> ['Aleppo', 'Syria']; 'Hyderabad, the capital of
    Telangana' -> ['Hyderabad', 'Telangana']."""
    if _is_time_word(head, lang):
        return []
    names = [name for source in _NAME_SOURCES for name in source(head, lang)]
    if not names and head.lemma_.lower() in lang.area_nouns:
        names = _of_names(head, lang)  # "the outskirts of Quetta"
    cleaned = [n.removesuffix("'s").strip() for n in names]
    return [n for n in dict.fromkeys(cleaned) if n]


def _possessive(doc, start: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the entity starting at ``start`` is followed by a possessive 's."""
    end = start
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return end + 1 < len(doc) and doc[end + 1].tag_ == "POS"


def _names_place(token: Token, lang: LanguagePack) -> bool:
    """Whether an object may name a place ('seized Goma', 'recaptured the town of Djibo')."""
    return token.ent_type_ in PLACE_LABELS or token.pos_ == "PROPN" or \
        token.lemma_.lower() in lang.place_nouns | lang.area_nouns


def _unambiguous_countries(sentence: Span, gazetteer: Gazetteer, story: Sequence[str] = (),
                           skipped: Sequence[Token] = ()) -> list[str]:
    """Countries of the sentence's places that have a single meaning ('Sindh' -> PAK), as context; not that
    of a name the story's countries (``story``) would not take ('Horgos' in a story about Hungary and Serbia
    is only an alternate name of a town in China), nor of the names within the phrases ``skipped``."""
    found = []
    inside = {t.i for head in skipped for t in head.subtree}
    for span in place_mentions(sentence):
        if span.start in inside:
            continue
        name = span.text.removesuffix("'s")
        candidates = {p.country for p in gazetteer.candidates(name)}
        if len(candidates) == 1 and (not story or gazetteer.resolve(name, story) is not None):
            found.extend(candidates)
    return list(dict.fromkeys(found))


def locate(anchor: Token, arguments: Sequence[Token], gazetteer: Gazetteer, countries: Sequence[str],
           fallback: Place | None = None, actor_countries: Sequence[str] = (), *,
           lang: LanguagePack = ENGLISH) -> Place | None:
    """The place of the event anchored on ``anchor`` (see :func:`locate_with_evidence`)."""
    return locate_with_evidence(anchor, arguments, gazetteer, countries, fallback, actor_countries, lang=lang)[0]


def _place_heads_of(anchor: Token, arguments: Sequence[Token], lang: LanguagePack, verbal: bool = False,
                    addressees: Collection[int] = ()) -> list[Token]:
    """Words that may name the event's place, nearest first: locative objects in the anchor's clause, then
    place nouns of the clause that name their place ('on the town of Khan Sheikhoun') and
    objects that name a place ('seized Goma'; neither for a ``verbal`` act: 'criticised Hungary' is said of
    Hungary, not in it), then the objects of 'from'."""
    clause = list(_clause_words(anchor, arguments, lang))  # walked once for both readings
    heads = _attached(clause, lang, anchor, addressees)
    if not verbal:
        heads += _named_place_nouns(clause, lang)
        heads += [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass") and _names_place(c, lang)]
        heads += [c for c in anchor.children if c.dep_ == "dobj" and c.lemma_.lower() in lang.recalled_people_nouns]
    heads += [p for prep in anchor.children if prep.dep_ == "prep" and prep.lower_ == "from"
              for p in prep.children if p.dep_ == "pobj"]
    return heads


def _recalls_place(head: Token, lang: LanguagePack) -> bool:
    """Whether the phrase of a place head names no place but recalls one: 'the town' in 'north of the town',
    'the prison' in 'outside the prison' (a noun of :attr:`LanguagePack.recalled_place_nouns` with 'the'), and
    the people of the event before, where they were ('dispersed *the crowd*': a noun of
    :attr:`LanguagePack.recalled_people_nouns` with 'the'); not when a phrase below it names its place ('the
    hospital in Herat city')."""
    for token in head.subtree:
        if token.lemma_.lower() in lang.recalled_place_nouns | lang.recalled_people_nouns and token.pos_ == "NOUN" and \
                any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and not _names_in(token, lang) \
                and not any(_names_in(t, lang) for t in token.subtree if t.dep_ == "pobj" and _places(t.head, lang)) \
                and (token.i == head.i or (token.head.dep_ == "prep" and _places(token.head, lang))):
            return True
    return False


def _head_place(heads: Sequence[Token], gazetteer: Gazetteer, countries: Sequence[str], recalled: Place | None,
                lang: LanguagePack, hidden: Iterable[str] = ()) -> Place | None:
    """The place of the first of the anchor's place ``heads`` (see :func:`_place_heads_of`) whose names the gazetteer
    resolves or that recalls the place named before (``recalled``); a region or country yields to a town inside
    it that another head names ('police in Sindh province arrested 40 people in Hyderabad': Hyderabad), and a
    city to a part of it that another head names ('in Port-au-Prince, gangs burned a station in the Carrefour
    district': Carrefour). Names in ``hidden`` (an earlier event's places) are passed over."""
    found = None
    hidden = set(hidden)
    for n, head in enumerate(heads):
        place = _within_holder([name for name in _names_in(head, lang) if name not in hidden], head, gazetteer,
                               countries, lang)
        if place is None and recalled is not None and _recalls_place(head, lang):
            place = recalled
        if found is None:
            found = place
        elif place is not None and _inside(place, found):
            return place
        if found is not None and found.precision == "city":
            return _city_part(found, heads[n + 1:], gazetteer, countries, lang) or found
    if found is None:  # weaker: a proper name modifying the head noun ('in a Rio de Janeiro favela')
        found = _first_modifier_place((name for head in heads for name in _modifier_names(head, lang)), gazetteer,
                                      countries)
    return found


def _within_holder(names: Sequence[str], head: Token, gazetteer: Gazetteer, countries: Sequence[str],
                   lang: LanguagePack) -> Place | None:
    """The place of the first of ``names`` (of the phrase of ``head``) that resolves, kept inside the town or region
    whose name possesses a place head ("Cape Town's Hanover Park": the one in South Africa, not in Illinois); the
    holder's own place when none of the other names lies in its country ("Belem's Guama district") or resolves at
    all. A name with the possessive inside ("Cox's Bazar") is a name of its own."""
    first = next(((name, place) for name in names if (place := gazetteer.resolve(name, countries)) is not None),
                 None)
    placed = head.pos_ == "PROPN" or head.lemma_.lower() in lang.place_nouns
    if first is not None and ("'s" in first[0] or not placed):
        return first[1]
    holders = [_name_with_parts(p) for p in head.children if p.dep_ == "poss" and p.pos_ == "PROPN"
               and p.i + 1 < len(p.doc) and p.doc[p.i + 1].tag_ == "POS"] if placed else []
    holder = _first_resolved(holders, gazetteer, countries)
    if first is None:  # "in Yala's Bannang Sata district", a district the gazetteer lacks: in Yala
        return holder
    place = first[1]
    if holder is None or holder.country == place.country:
        return place
    inside = (gazetteer.resolve(other, [holder.country, *countries]) for other in names if other not in holders)
    return next((p for p in inside if p is not None and p.country == holder.country), holder)


def _name_with_parts(head: Token) -> str:
    """The words of the name ``head`` ends, its compound and flat parts with it, in order."""
    return " ".join(t.text for t in sorted(_name_parts(head), key=lambda t: t.i))


def _city_part(city: Place, heads: Sequence[Token], gazetteer: Gazetteer, countries: Sequence[str],
               lang: LanguagePack) -> Place | None:
    """The first of ``heads`` that is a part of a city (:attr:`LanguagePack.city_part_nouns`: 'the Carrefour
    *district*') naming a town in the region of ``city``; None if none does."""
    for head in heads:
        if head.lemma_.lower() in lang.city_part_nouns:
            place = _first_resolved(_names_in(head, lang), gazetteer, countries)
            if place is not None and place.precision == "city" and place != city and \
                    (place.country, place.admin1) == (city.country, city.admin1):
                return place
    return None


def _unknown_names(head: Token, lang: LanguagePack) -> list[str]:
    """The names of a place head that say it is a place, but not one the gazetteer resolves: a name the tagger
    calls a town or region ('in Aguelhok') or one given with a place noun ('the town of Ceel Gaab', 'the Torkham
    crossing'); not a facility's name ('the Friendship Bridge'), which is rarely in a gazetteer."""
    if head.ent_type_ in ("GPE", "LOC") or head.lemma_.lower() in lang.place_nouns:
        return _names_in(head, lang)
    return []


def _wide(head: Token, lang: LanguagePack) -> bool:
    """Whether a place head recalls a whole country ('across *the country*') or names unnamed towns ('in several
    *cities*'); not where people come from ('Nigerians *from* throughout the country')."""
    if any(a.lower_ == "from" for a in head.ancestors if a.dep_ in ("prep", "pcomp", "pobj")):
        return False
    if head.lemma_.lower() in lang.whole_country_nouns:
        return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their") for c in head.children)
    return head.tag_ == "NNS" and _unnamed_place_noun(head, lang)


def _country_wide(heads: Sequence[Token], gazetteer: Gazetteer, actor_countries: Sequence[str],
                  fallback: Place | None, lang: LanguagePack, at_home: bool = False) -> Place | None:
    """The country of an event placed across a whole country or in unnamed towns of it: a place head that recalls
    the country ('across *the country*', 'throughout *its* nation'; :attr:`LanguagePack.whole_country_nouns`) or a
    plural place noun with no name ('blocked roads in several *cities*'); the story's country (the article place's:
    'Russia launched strikes on cities across the country' in a Kyiv story is in Ukraine), but an actor that acts
    at home (``at_home``) keeps its own; None when no head says so or no country is known."""
    if not any(_wide(h, lang) for h in heads):
        return None
    own = actor_countries[0] if actor_countries else ""
    story = fallback.country if fallback is not None else ""
    country = own if (at_home and own) or not story else story
    return gazetteer.country(country) if country else None


def _unknown_names_any(heads: Sequence[Token], lang: LanguagePack) -> bool:
    """Whether any of ``heads`` says it is a place the gazetteer lacks or names none (see :func:`_unknown_place`)."""
    return any(_unknown_names(h, lang) or _unnamed_place_noun(h, lang) for h in heads)


def _unnamed_place_noun(head: Token, lang: LanguagePack) -> bool:
    """Whether ``head`` is a place noun that names no place ('in several French *cities*', 'a Nigerian *village*'):
    only a country adjective on it can say where; not a way or an edge ('near the Malian *border*' may be on
    either side)."""
    lemma = head.lemma_.lower()
    return lemma in lang.place_nouns and lemma not in lang.route_nouns and not _names_in(head, lang)


def _adjective_country(head: Token, anchor: Token) -> str:
    """The country of a country adjective on the phrase of ``head`` or on the words between it and ``anchor``
    ('the *Turkish* border village of X', '*Israeli* army posts near the town of X'); '' if none."""
    adjectives = country_adjectives()
    for word in (head, *head.ancestors):
        if word.i == anchor.i:
            break
        for child in word.children:
            if child.dep_ in ("amod", "compound") and child.lower_ in adjectives:
                return adjectives[child.lower_]
    return ""


def _unknown_place(anchor: Token, place_heads: Sequence[Token], gazetteer: Gazetteer, lang: LanguagePack
                   ) -> tuple[Place | None, bool]:
    """When the event's own place phrase (one of ``place_heads``, see :func:`_place_heads_of`) names a place the
    gazetteer lacks (see :func:`_unknown_names`) or names none ('in several French cities'), its country: that of
    a country adjective on the phrase (named; 'the Somali capital': its capital); (None, False) when there is no
    such phrase or nothing gives a country."""
    heads = [h for h in place_heads if _unknown_names(h, lang) or _unnamed_place_noun(h, lang)]
    if not heads:
        return None, False
    found = next(((h, c) for h, c in ((h, _adjective_country(h, anchor)) for h in heads) if c), None)
    if found is None:
        return None, False
    head, country = found
    if head.lemma_.lower() in lang.capital_nouns and country in capital_names():  # 'in the Finnish capital'
        capital = gazetteer.resolve(capital_names()[country], [country])
        if capital is not None and capital.country == country:
            return capital, True
    return gazetteer.country(country), True


def _inside(town: Place, area: Place) -> bool:
    """Whether ``town`` is a town in the region or country ``area``, or a region in the country ``area`` ('the city
    of Stepanakert' in 'Nagorno-Karabakh', known for its country only)."""
    if town.country != area.country:
        return False
    if area.precision == "country":
        return town.precision in ("city", "admin1")
    return town.precision == "city" and town.admin1 == area.admin1


def _mentioned_names(sentence: Span, arguments: Sequence[Token], lang: LanguagePack, verbal: bool = False,
                     foreign: Callable[[str], bool] = lambda name: True,
                     recalled: Callable[[Token, str], bool] = lambda word, name: False) -> Iterator[str]:
    """The sentence's named places, in order, but for actors among the arguments, dates, names of other
    actors' countries that ``foreign`` says are not the event's ('*Russia's* ministry said Syrian jets struck'),
    and places of an earlier event that ``recalled`` says are not this one's."""
    inside_arguments = {t.i for a in arguments for t in a.subtree}
    nationalities = []
    for span in place_mentions(sentence):
        if span.start in inside_arguments and not is_locative(span.root, lang=lang) and \
                not _attack_site(span.root, lang):
            continue  # "Saudi Arabia cut ties", "expelled France's ambassador": actors, not places
        name = span.text.removesuffix("'s")
        if _is_time_word(span.root, lang) or (verbal and (_in_relative_clause(span.root) or
                                                         _in_unrealised_clause(span.root, lang))):
            continue
        if recalled(span.root, name):
            continue
        if _describes_subject(span, lang):
            if not foreign(name):
                nationalities.append(name)  # 'a US drone strike ... in Yemen': Yemen first, the doer's country last
            continue
        whole = _whole_name(span)
        if whole and whole != name:
            yield whole  # 'San Antonio del Tachira', of which the tagger called only 'San Antonio' a place
        yield name
    yield from _untagged_places(sentence, lang, recalled)
    yield from nationalities


def _reported(word: Token, anchor: Token) -> bool:
    """Whether ``word`` is in what the statement anchored on ``anchor`` reports ('said *the situation in Mali* was
    deteriorating'): where it is said is not what it says."""
    for above in word.ancestors:
        if above.i == anchor.i:
            return False
        if above.dep_ in ("ccomp", "parataxis") and above.head.i == anchor.i:
            return True
    return False


def _whole_name(span: Span) -> str:
    """The whole proper name a place entity is the first part of ('*San Antonio* del Tachira': the tagger's entity
    is a compound of 'Tachira'); '' when the entity is a name of its own."""
    top = span.root
    while top.dep_ in ("compound", "flat") and top.head.pos_ == "PROPN" and top.head.i >= span.end:
        top = top.head
    if top.i == span.root.i:
        return ""
    return " ".join(t.text for t in sorted(_name_parts(top), key=lambda t: t.i))


def _in_unrealised_clause(word: Token, lang: LanguagePack) -> bool:
    """Whether ``word`` is in what a plan, demand or report is about ('rejected any plan to move Palestinians
    into *Sinai*'): no place where anything was said or done."""
    return any(a.dep_ == "acl" and a.head.lemma_.lower() in lang.unrealised_nouns for a in word.ancestors)


def _describes_subject(span: Span, lang: LanguagePack) -> bool:
    """Whether a place name is the possessor or modifier of some clause's subject ("*Russia's* Defence Ministry
    said Syrian aircraft had struck ..."; it places that act only if it is its actors' country), or a country's
    name modifying a noun that is no place ('bases housing *US* troops', '*U.S.* air strikes'): an actor's
    country, not where another act happened."""
    word = span.root
    if word.dep_ in ("poss", "compound") and word.head.dep_ in ("nsubj", "nsubjpass"):
        return True
    return _nationality(word, span.text, lang)


def _nationality(word: Token, name: str, lang: LanguagePack) -> bool:
    """Whether the country name ``name`` (its head ``word``) modifies a noun that is no place ('*US* troops', '*U.S.*
    air strikes'): the nationality of people or things, not a place."""
    return word.dep_ == "compound" and word.head.pos_ == "NOUN" and name.lower() in country_names() and \
        word.head.lemma_.lower() not in lang.place_nouns | lang.area_nouns | lang.country_side_nouns


def _in_relative_clause(word: Token) -> bool:
    """Whether ``word`` is in a relative clause of another act ('President Tsai, who met the speaker *in
    California* last week, thanked ...'): a place of another event; not in one that says where someone is
    ('Bolsonaro, who is in Florida, denied ...')."""
    return any(a.dep_ == "relcl" and a.lemma_.lower() != "be" for a in word.ancestors)


def _attack_site(word: Token, lang: LanguagePack) -> bool:
    """Whether a place name modifies an attack noun, naming where it happened ('the *Quetta* bombing')."""
    return word.dep_ in ("compound", "nmod") and word.head.lemma_.lower() in lang.attack_nouns


def _places(preposition: Token, lang: LanguagePack) -> bool:
    """Whether ``preposition`` puts its object somewhere: a locative one ('in', 'near') or 'of' after a
    direction or a part of a place ('north of', 'the outskirts of')."""
    if lang.is_locative(preposition.lower_):
        return True
    around = preposition.head.lower_
    if preposition.lower_ == "between":  # 'the highway between Gusau and Sokoto'
        return preposition.head.lemma_.lower() in lang.route_nouns
    return preposition.lower_ == "of" and (around in lang.direction_words or around in lang.area_nouns or
                                           preposition.head.lemma_.lower() in lang.attack_nouns |
                                           lang.taken_place_nouns)  # 'the siege of Ghouta'


def _placed_object(token: Token, lang: LanguagePack) -> bool:
    """Whether ``token`` is the object of a preposition that puts it somewhere (see :func:`_places`), or a
    conjunct of one ('between Gusau *and Sokoto*')."""
    while token.dep_ == "conj":
        token = token.head
    return token.dep_ == "pobj" and _places(token.head, lang)


def _untagged_places(sentence: Span, lang: LanguagePack,
                     skip: Callable[[Token, str], bool] = lambda word, name: False) -> Iterator[str]:
    """Names after a locative preposition that the entity tagger took for something else ('north of
    Menaka' tagged a person), but for names with an article ('to the Taliban': a group), and proper names
    that modify such a place or an attack ('in a Rio de Janeiro favela', 'the Quetta hospital bombing'): tried
    last, and only if the gazetteer knows them."""
    for token in sentence:
        if token.pos_ == "PROPN" and token.ent_type_ not in PLACE_LABELS and _placed_object(token, lang) \
                and token.text[:1].isupper() and not _calendar_word(token, lang) \
                and not _group_name(token):  # not 'mid' of 'in mid-July
            words = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [token]
            name = " ".join(w.text for w in words)
            if not skip(token, name):
                yield name


def _modifier_places(sentence: Span, lang: LanguagePack,
                     skip: Callable[[Token, str], bool] = lambda word, name: False) -> Iterator[str]:
    """Proper names that modify a place or an attack noun ('in a Rio de Janeiro favela', 'the Quetta hospital
    bombing'; see :func:`_modifier_names`) or a force that serves where it is named ('*Sindh* police'), in order;
    not those ``skip`` says are an earlier event's."""
    for token in sentence:
        lemma = token.lemma_.lower()
        if _common_noun(token) and (_placed_object(token, lang) or lemma in lang.attack_nouns):
            yield from (name for name in _modifier_names(token, lang) if not skip(token, name))
        elif _common_noun(token) and lemma in lang.local_force_nouns:  # 'Sindh police arrest 9': in Sindh
            yield from (name for c in token.children if c.dep_ in ("compound", "amod") and (
                _name_word(c) or (c.is_title and c.i > c.sent.start))  # 'by *Punjab* police', tagged an adjective
                and c.ent_type_ not in _NOT_PLACE_LABELS and not skip(token, name := _name_with_parts(c)))


def _facility_names(anchor: Token, lang: LanguagePack) -> list[str]:
    """The proper names before a facility that is the anchor's object ('struck a *Gaza* hospital', 'a *Kherson*
    bus was hit'; :attr:`LanguagePack.facility_nouns`), whatever the tagger called them: where a material act
    happened. Weak evidence: resolved only to a town under its main name (see :func:`_first_modifier_place`)."""
    return [" ".join(t.text for t in sorted(_name_parts(c), key=lambda t: t.i))
            for noun in anchor.children if noun.dep_ in ("dobj", "nsubjpass") and noun.pos_ == "NOUN"
            and noun.lemma_.lower() in lang.facility_nouns
            for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and not _calendar_word(c, lang)]


def _first_modifier_place(names: Iterable[str], gazetteer: Gazetteer, countries: Sequence[str]) -> Place | None:
    """The place of the first of ``names`` (proper names modifying a noun: weak evidence) that the gazetteer
    resolves to a place with people under its main name: not an acronym ('UN peacekeepers': Un, India) nor an
    alternate name ('Hamas fighters': Hamm)."""
    for name in names:
        if name.isupper():
            continue
        place = gazetteer.resolve(name, countries)
        if place is not None and place.population and place_key(place.name) == place_key(name):
            return place
    return None


def _named_countries(sentence: Span, gazetteer: Gazetteer) -> set[str]:
    """The countries the sentence names by name ('Burkina Faso: ...', 'in Yemen'), not by adjective."""
    found = (gazetteer.resolve(span.text.removesuffix("'s")) for span in place_mentions(sentence))
    return {p.country for p in found if p is not None and p.precision == "country"}


def _region_names(sentence: Span, lang: LanguagePack) -> Iterator[str]:
    """The sentence's place names written with a region noun ('the Menaka region', 'Shabwa province'): places
    named as places, resolved even where the story names no country of theirs."""
    for span in place_mentions(sentence):
        after = sentence.doc[span.end] if span.end < len(sentence.doc) else None
        if span[-1].lower_ in lang.region_nouns or (after is not None and after.lower_ in lang.region_nouns):
            yield span.text.removesuffix("'s")


def _first_resolved(names: Iterable[str], gazetteer: Gazetteer, countries: Sequence[str]) -> Place | None:
    """The place of the first of ``names`` the gazetteer resolves in the context ``countries``."""
    for name in names:
        place = gazetteer.resolve(name, countries)
        if place is not None:
            return place
    return None


def _first_country(actor_countries: Sequence[str], gazetteer: Gazetteer) -> Place | None:
    """The country-level place of the first actor country the gazetteer knows."""
    for iso3 in actor_countries:  # "Tunisia's president dismissed parliament": in Tunisia
        place = gazetteer.country(iso3)
        if place is not None:
            return place
    return None


def locate_with_evidence(anchor: Token, arguments: Sequence[Token], gazetteer: Gazetteer, countries: Sequence[str],
                         fallback: Place | None = None, actor_countries: Sequence[str] = (), *,
                         lang: LanguagePack = ENGLISH, verbal: bool = False, recalled: Place | None = None,
                         at_home: bool = False, targets: Sequence[Token] = (),
                         reporters: Sequence[Token] = ()) -> tuple[Place | None, bool]:
    """The place of the event anchored on ``anchor`` with argument heads ``arguments``, and whether
    the sentence itself named it (rather than the article or the actors).

    ``countries`` are the context (the event's actors' and the article's countries, most
    relevant first); ``fallback`` is the article's place (dateline or most named) used when
    the sentence names none, or names only its country; last, the country of the actors
    (``actor_countries``). A ``verbal`` act (a statement, criticism, threat) is not placed in the
    country or place it names as its object. A place phrase that names nothing but recalls a place
    ('outside the prison') is the story's last named place, ``recalled``. An actor ``at_home``
    (police, courts: :data:`DOMESTIC_ROLES`) is not placed at an article place in another country
    than the first of ``actor_countries`` ('a US grand jury indicted ...' in a Helsinki-datelined
    story is in the United States). A material act happens at the town the story last named (``recalled``), in
    the dateline's country, rather than at the dateline, unless it is said to be in the capital. ``targets`` are
    the heads of a target the rule found beside the arguments
    ('ready to work *with Washington*'): an actor, not another place of the sentence. Words are read with the word
    lists of ``lang``. ``reporters`` are the heads of who reported the act ('..., *France* said'): neither its
    place nor context for its place names.
    """
    sentence = anchor.sent
    countries = [*_unambiguous_countries(sentence, gazetteer, countries, reporters), *countries]
    addressees = {t.i for t in targets} if verbal else set()  # 'called on X to ...': whom a statement asks
    heads = _place_heads_of(anchor, arguments, lang, verbal, addressees)
    if not verbal and recalled is not None and fallback is not None and recalled.country == fallback.country and \
            not any(h.lemma_.lower() in lang.capital_nouns for h in heads):
        fallback = recalled  # a local story goes on where it last took place, not at its dateline ('the capital' is)
    stop = {anchor.i, *(a.i for a in arguments)}
    earlier = [h for h in heads if _recalled_event(h, stop, lang, verbal)]  # 'after an attack in Tehran'
    heads = [h for h in heads if h not in earlier]
    doer = actor_countries[0] if actor_countries else ""

    def at_home_or_none(place: Place | None) -> Place | None:  # an earlier event's place: only the doer's country,
        # for a doer that acts where things happen at home (police, courts), not a government deciding in its capital
        return place if place is not None and not verbal and at_home and doer and place.country == doer else None

    def recalled_name(word: Token, name: str) -> bool:
        return (_recalled_event(word, stop, lang, verbal) and at_home_or_none(gazetteer.resolve(name, countries))
                is None) or _in_elsewhere(word, anchor, lang, addressees) or (verbal and _reported(word, anchor))

    hidden = [span.text.removesuffix("'s") for span in place_mentions(sentence)
              if recalled_name(span.root, span.text.removesuffix("'s"))]  # 'ready to work on the conflict in Syria'
    at_sea = [h for h in heads if h.lower_ in lang.water_nouns]  # 'over the Yellow Sea', 'in the Strait of Hormuz'
    heads = [h for h in heads if h.lower_ not in lang.water_nouns]
    cut = next((n for n, h in enumerate(heads) if _wide(h, lang)), len(heads))  # 'across the country' before 'in X'
    place = _head_place(heads[:cut], gazetteer, countries, recalled, lang, hidden) or \
        at_home_or_none(_head_place(earlier, gazetteer, countries, None, lang))
    if place is None and at_sea and not _unknown_names_any(heads, lang):
        return None, True  # at sea: no town, not the dateline nor another place of the sentence
    if place is None:  # 'retook the town of Ceel Gaab': not another place of the sentence
        unknown, named = _unknown_place(anchor, heads, gazetteer, lang)
        if unknown is not None:
            return unknown, named
        wide = _country_wide(heads, gazetteer, actor_countries, fallback, lang, at_home)
        if wide is not None:  # 'across the country', 'in several cities': the country, no town
            return wide, True
    if place is None and not verbal:  # 'shelled a Kharkiv school': the town the struck facility is named by
        place = _first_modifier_place(_facility_names(anchor, lang), gazetteer, countries)
    if place is None:
        def foreign(name: str) -> bool:  # an actor's country that is not the event's actors' (when known)
            found = gazetteer.resolve(name, countries)
            return bool(actor_countries) and (found is None or found.country not in actor_countries)

        place = _first_resolved(_mentioned_names(sentence, [*arguments, *targets, *reporters], lang, verbal, foreign,
                                                 recalled_name),
                                gazetteer, countries) or \
            _first_modifier_place(_modifier_places(sentence, lang, recalled_name), gazetteer, countries)
        if place is None and not verbal:  # 'French troops ... in the Menaka region': a region named as one, abroad
            place = _first_resolved(_region_names(sentence, lang), gazetteer, ())
            named = _named_countries(sentence, gazetteer) | ({fallback.country} if fallback is not None else set())
            if place is not None and named and place.country not in named:
                place = None  # 'Burkina Faso: ... in Seno province' (the article's place) is not a Seno elsewhere
    if place is not None and place.precision == "country" and fallback is not None and \
            fallback.precision == "city" and fallback.country == place.country and \
            place.country not in _edge_countries(heads, lang):  # 'on the Serbian side of the border': not Belgrade
        return fallback, False  # 'stormed Brazil's Congress' in a Brasilia-datelined story: Brasilia
    if place is not None:
        return place, True
    if at_home and fallback is not None and actor_countries and fallback.country != actor_countries[0]:
        fallback = None
    return (fallback if fallback is not None else _first_country(actor_countries, gazetteer)), False


def most_named_place(sentences: Iterable[Span], gazetteer: Gazetteer, story: Sequence[str], *,
                     lang: LanguagePack = ENGLISH, named: Mapping[str, int] | None = None) -> Place | None:
    """The place an article without a dateline is from: of the places it names in locative phrases (also those
    the tagger missed, and those named with a place noun: 'the town of Palma', 'in Herat city'), the most named one
    in the story's country, else the most named one. The story's country is the one it names most (``named``: how
    often the article names each country by a country word; ``story``: the context, most relevant first), counting
    the towns and regions it names in it: a story about Mozambique that says 'In Lisbon, Portugal's prime
    minister ...' once is not from Lisbon, and an Afghan story that names Herat three times and Pakistan twice is
    from Herat. Without ``named``, the story's country is the first of ``story``."""
    names: collections.Counter[str] = collections.Counter()
    for sentence in sentences:
        found = [span.text.removesuffix("'s") for span in place_mentions(sentence)
                 if is_locative(span.root, lang=lang) and not _is_time_word(span.root, lang)]
        found += _untagged_places(sentence, lang)
        found += [name for name in _place_noun_phrase_names(sentence, gazetteer, story, lang) if name not in found]
        names.update(found)
    resolved = [(p, count) for p, count in ((gazetteer.resolve(name, story), count)
                                           for name, count in names.most_common()) if p is not None]
    places = [p for p, _ in resolved]
    if named is None:
        home = [p for p in places if story and p.country == story[0]]
        return (home or places or [None])[0]
    counted = collections.Counter(named)
    for place, count in resolved:
        if place.precision != "country":  # a country's name is counted among the country words
            counted[place.country] += count
    order = {country: n for n, country in enumerate(story)}
    ranked = sorted(counted, key=lambda c: (-counted[c], order.get(c, len(order))))
    home = [p for p in places if ranked and p.country == ranked[0]]
    return (home or places or [None])[0]


def _place_noun_phrase_names(sentence: Span, gazetteer: Gazetteer, story: Sequence[str],
                             lang: LanguagePack) -> Iterator[str]:
    """The first name of each locative phrase headed by a place noun that the gazetteer resolves ('in the town of
    Palma in Mozambique's Cabo Delgado province': Cabo Delgado when Palma is not Mozambique's; 'in Herat city'),
    preferring a place in the story's countries (``story``)."""
    for token in sentence:
        if token.dep_ != "pobj" or token.lemma_.lower() not in lang.place_nouns or not _places(token.head, lang):
            continue
        names = _place_noun_names(token, lang)
        places = [(name, gazetteer.resolve(name, story)) for name in names]
        places = [(name, p) for name, p in places if p is not None]
        home = [name for name, p in places if p.country in story]
        if home or places:
            yield (home or [places[0][0]])[0]
