"""Where an event happened: the place attached to its verb or arguments, else the sentence's
places, else the article's dateline or most named place, resolved with the gazetteer."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from .gazetteer import Gazetteer, Place

#: Prepositions that put an event somewhere ("in Idlib", "near Damascus", "outside Mogadishu").
LOCATIVE = frozenset({"in", "near", "at", "outside", "around", "across", "inside", "on", "into", "from", "over",
                      "throughout", "off", "along", "towards", "toward", "within", "through"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_NOUNS = frozenset({"city", "town", "village", "region", "province", "district", "state", "area", "capital",
                          "county", "governorate", "suburb", "neighbourhood", "neighborhood", "camp", "port",
                          "border", "enclave", "strip", "island", "municipality", "prefecture", "valley"})

__all__ = ["locate", "place_mentions"]


def place_mentions(sentence: Span) -> list[Span]:
    """Named places of ``sentence`` (GPE, LOC and FAC entities), in order."""
    return [ent for ent in sentence.ents if ent.label_ in PLACE_LABELS]


def _attached(anchor: Token, arguments: Sequence[Token]) -> list[Token]:
    """Objects of locative prepositions on the anchor, its arguments, or one level below them."""
    found: list[Token] = []
    holders = [anchor, *arguments]
    for depth in range(3):
        below: list[Token] = []
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ in LOCATIVE:
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            found.append(pobj)
                            below.append(pobj)
                elif prep.dep_ in ("npadvmod", "advmod") and prep.ent_type_ in PLACE_LABELS and depth == 0:
                    found.append(prep)
        holders = below
    return found


def _names_in(head: Token) -> list[str]:
    """Place names in the phrase of ``head``: 'the northern city of Kharkiv' -> ['Kharkiv'];
    "Syria's Idlib region" -> ['Idlib', 'Syria']."""
    words = [t for t in head.subtree if t.dep_ not in ("relcl", "acl") and t.i >= head.left_edge.i]
    names: list[str] = []
    entity_spans = {}
    for token in words:
        if token.ent_type_ in PLACE_LABELS and token.ent_iob_ == "B":
            span = token.doc[token.i:token.i + 1]
            end = token.i + 1
            while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
                end += 1
            span = token.doc[token.i:end]
            entity_spans[token.i] = span.text
    if entity_spans:
        # a possessive country ("Syria's Idlib region") is context, the other place is the place
        ordered = sorted(entity_spans.items(), key=lambda item: (_possessive(head.doc, item[0]), item[0]))
        names.extend(text for _, text in ordered)
    elif head.pos_ == "PROPN":
        names.append(" ".join(t.text for t in head.subtree if t.dep_ in ("compound", "flat") or t is head))
    if head.lemma_.lower() in _PLACE_NOUNS:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    names[:0] = _names_in(pobj)
    return [n.removesuffix("'s").strip() for n in names if n.strip()]


def _possessive(doc, start: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the entity starting at ``start`` is followed by a possessive 's."""
    end = start
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return end + 1 < len(doc) and doc[end + 1].tag_ == "POS"


def locate(anchor: Token, arguments: Sequence[Token], gazetteer: Gazetteer, countries: Sequence[str],
           fallback: Place | None = None) -> Place | None:
    """The place of the event anchored on ``anchor`` with argument heads ``arguments``.

    ``countries`` are the context (the event's actors' and the article's countries, most
    relevant first); ``fallback`` is the article's place (dateline or most named) used when
    the sentence names none.
    """
    sentence = anchor.sent
    for head in _attached(anchor, arguments):
        for name in _names_in(head):
            place = gazetteer.resolve(name, countries)
            if place is not None:
                return place
    for span in place_mentions(sentence):
        place = gazetteer.resolve(span.text.removesuffix("'s"), countries)
        if place is not None:
            return place
    return fallback
