"""Where an event happened: the place attached to its verb or arguments, else the sentence's
places, else the article's dateline or most named place, resolved with the gazetteer."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from ..parse.spans import sentence_entities
from .gazetteer import Gazetteer, Place

#: Prepositions that put an event somewhere ("in Idlib", "near Damascus", "outside Mogadishu").
LOCATIVE = frozenset({"in", "near", "at", "outside", "around", "across", "inside", "on", "into", "over", "to",
                      "throughout", "off", "along", "towards", "toward", "within", "through"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Subordinate clauses that happen with the main clause ("collapsed when rebels shelled Malakal").
_SAME_TIME = frozenset({"when", "as", "while", "whilst"})
_PLACE_NOUNS = frozenset({"city", "town", "village", "region", "province", "district", "state", "area", "capital",
                          "county", "governorate", "suburb", "neighbourhood", "neighborhood", "camp", "port",
                          "border", "enclave", "strip", "island", "municipality", "prefecture", "valley"})

#: Nouns for a part of a place: 'the outskirts of Quetta' is in Quetta.
_AREA_NOUNS = frozenset({"outskirts", "outskirt", "edge", "centre", "center", "heart", "suburbs", "suburb",
                         "streets", "road", "north", "south", "east", "west", "part", "parts", "coast", "side",
                         "vicinity"})
_NOT_PLACES = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                         "saturday", "sunday"})

__all__ = ["locate", "locate_with_evidence", "place_mentions"]


def place_mentions(sentence: Span) -> list[Span]:
    """Named places of ``sentence`` (GPE, LOC and FAC entities), in order."""
    return [ent for ent in sentence_entities(sentence) if ent.label_ in PLACE_LABELS]


def _attached(anchor: Token, arguments: Sequence[Token]) -> list[Token]:
    """Objects of locative prepositions in the anchor's clause, nearest first: on the anchor, its
    arguments and their modifiers ('a convoy carrying miners near Gao'), not in reported or relative
    clauses of their own."""
    found: list[Token] = []
    level = [anchor, *arguments]
    seen = {t.i for t in level}
    for _ in range(5):
        below: list[Token] = []
        for holder in level:
            for child in holder.children:
                if child.i in seen or child.dep_ in ("ccomp", "parataxis", "relcl") or (
                        child.dep_ == "advcl" and not {m.lower_ for m in child.children} & _SAME_TIME):
                    continue
                seen.add(child.i)
                if child.dep_ == "prep" and child.lower_ in LOCATIVE:
                    found.extend(p for p in child.children if p.dep_ == "pobj")
                elif child.dep_ == "dobj" and child.lemma_.lower() in _AREA_NOUNS:
                    found.append(child)  # "shelled the outskirts of Malakal"
                elif child.dep_ in ("npadvmod", "advmod") and child.ent_type_ in PLACE_LABELS:
                    found.append(child)
                below.append(child)
        level = below
    return found


def is_locative(token: Token) -> bool:
    """Whether a word sits in a locative phrase ('in Tehran', 'the town of Djibo')."""
    for ancestor in (token, *token.ancestors):
        if ancestor.dep_ == "prep":
            return ancestor.lower_ in LOCATIVE or ancestor.lower_ == "of"
        if ancestor.dep_ in ("nsubj", "nsubjpass", "dobj", "ROOT"):
            return False
    return False


def _is_time_word(token: Token) -> bool:
    return token.ent_type_ in ("DATE", "TIME") or token.lower_ in _NOT_PLACES


def _names_in(head: Token) -> list[str]:
    """Place names in the phrase of ``head``, most specific first: 'the northern city of Kharkiv' ->
    ['Kharkiv']; "Syria's Aleppo province" -> ['Aleppo', 'Syria']; 'Hyderabad, the capital of
    Telangana' -> ['Hyderabad', 'Telangana']."""
    if _is_time_word(head):
        return []
    names: list[str] = []
    if head.pos_ == "PROPN":
        names.append(" ".join(t.text for t in head.subtree if t.dep_ in ("compound", "flat") or t.i == head.i))
    if head.lemma_.lower() in _PLACE_NOUNS:
        names.extend(" ".join(t.text for t in c.subtree) for c in head.children
                     if c.dep_ == "compound" and c.pos_ == "PROPN")
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    names.extend(_names_in(pobj))
    entities = []
    for token in head.subtree:
        if token.ent_type_ in PLACE_LABELS and token.ent_iob_ == "B":
            end = token.i + 1
            while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
                end += 1
            entities.append((_possessive(token.doc, token.i), token.i, token.doc[token.i:end].text))
    names.extend(text for _, _, text in sorted(entities))
    if not names and head.lemma_.lower() in _AREA_NOUNS:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    names.extend(_names_in(pobj))
    cleaned = [n.removesuffix("'s").strip() for n in names]
    return [n for n in dict.fromkeys(cleaned) if n]


def _possessive(doc, start: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the entity starting at ``start`` is followed by a possessive 's."""
    end = start
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return end + 1 < len(doc) and doc[end + 1].tag_ == "POS"


def _names_place(token: Token) -> bool:
    """Whether an object may name a place ('seized Goma', 'recaptured the town of Djibo')."""
    return token.ent_type_ in PLACE_LABELS or token.pos_ == "PROPN" or \
        token.lemma_.lower() in _PLACE_NOUNS | _AREA_NOUNS


def _unambiguous_countries(sentence: Span, gazetteer: Gazetteer) -> list[str]:
    """Countries of the sentence's places that have a single meaning ('Sindh' -> PAK), as context."""
    found = []
    for span in place_mentions(sentence):
        candidates = {p.country for p in gazetteer.candidates(span.text.removesuffix("'s"))}
        if len(candidates) == 1:
            found.extend(candidates)
    return list(dict.fromkeys(found))


def locate(anchor: Token, arguments: Sequence[Token], gazetteer: Gazetteer, countries: Sequence[str],
           fallback: Place | None = None, actor_countries: Sequence[str] = ()) -> Place | None:
    """The place of the event anchored on ``anchor`` (see :func:`locate_with_evidence`)."""
    return locate_with_evidence(anchor, arguments, gazetteer, countries, fallback, actor_countries)[0]


def locate_with_evidence(anchor: Token, arguments: Sequence[Token], gazetteer: Gazetteer, countries: Sequence[str],
                         fallback: Place | None = None, actor_countries: Sequence[str] = ()
                         ) -> tuple[Place | None, bool]:
    """The place of the event anchored on ``anchor`` with argument heads ``arguments``, and whether
    the sentence itself named it (rather than the article or the actors).

    ``countries`` are the context (the event's actors' and the article's countries, most
    relevant first); ``fallback`` is the article's place (dateline or most named) used when
    the sentence names none; last, the country of the actors (``actor_countries``).
    """
    sentence = anchor.sent
    countries = [*_unambiguous_countries(sentence, gazetteer), *countries]
    heads = _attached(anchor, arguments)
    heads += [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass") and _names_place(c)]
    heads += [p for prep in anchor.children if prep.dep_ == "prep" and prep.lower_ == "from"
              for p in prep.children if p.dep_ == "pobj"]
    for head in heads:
        for name in _names_in(head):
            place = gazetteer.resolve(name, countries)
            if place is not None:
                return place, True
    inside_arguments = {t.i for a in arguments for t in a.subtree}
    for span in place_mentions(sentence):
        if span.start in inside_arguments and not is_locative(span.root):
            continue  # "Saudi Arabia cut ties", "expelled France's ambassador": actors, not places
        if _is_time_word(span.root):
            continue
        place = gazetteer.resolve(span.text.removesuffix("'s"), countries)
        if place is not None:
            return place, True
    if fallback is not None:
        return fallback, False
    for iso3 in actor_countries:  # "Tunisia's president dismissed parliament": in Tunisia
        place = gazetteer.country(iso3)
        if place is not None:
            return place, False
    return None, False
