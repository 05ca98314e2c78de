"""Stand-ins for the named entity recognizer in the fast profile, which parses without it.

The coder reads DATE and TIME entities to date events (:func:`eventlib.situate.when.time_expressions`) and
GPE / LOC / FAC entities to place them (:mod:`eventlib.situate.where`). Without the recognizer, an entity
ruler marks the dates the date reader understands: a day of a month ('March 3', '3 March 2024'), a month
('in March', 'May 2019'), a year ('in 2019'), a weekday ('on Tuesday night'), 'last week', 'this month',
'two days ago'; and a run of proper nouns that the gazetteer knows as a place name is marked GPE. They are
not the recognizer: people, groups and nationalities stay unmarked, and a person named like a town is a place.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import POS
from spacy.language import Language
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span

from ..lang import LanguagePack

#: The name of the entity ruler in a pipeline.
TIME_RULER = "eventlib_time_entities"
#: The name of the component marking place names.
PLACE_NAMES = "eventlib_place_names"

__all__ = ["PLACE_NAMES", "TIME_RULER", "add_stand_ins", "place_names", "time_patterns"]

_DAY = {"TEXT": {"REGEX": r"^\d{1,2}(st|nd|rd|th)?$"}}
_YEAR = {"TEXT": {"REGEX": r"^(19|20)\d\d$"}}


def time_patterns(lang: LanguagePack) -> list[dict[str, Any]]:
    """Entity ruler patterns (label DATE) for the dates :func:`~eventlib.situate.when.resolve_expression` reads.

    Month names count only when written with a capital ('in March', not 'march on'); 'May' only with a day
    or a year after or before it ('May 3', '3 May', 'May 2019'), never alone: 'may' is mostly a verb. The words
    are the language pack's: months, weekdays, :attr:`~eventlib.lang.LanguagePack.time_nouns` ('week', 'morning'),
    :attr:`~eventlib.lang.LanguagePack.time_modifiers` ('last', 'this') and the counts of 'two days ago'."""
    names = sorted(lang.month_numbers)
    months = [form for name in names for form in (name.capitalize(), name.capitalize() + ".")]
    month = {"TEXT": {"IN": months}}
    alone = {"TEXT": {"IN": [form for form in months if form.lower() != "may"]}}
    weekday = {"LOWER": {"IN": sorted(lang.weekdays)}}
    modifier = {"LOWER": {"IN": sorted(lang.time_modifiers)}}
    period = {"LEMMA": {"IN": sorted(lang.time_nouns)}}  # 'week', 'morning'; 'days' in 'two days ago'
    shapes: list[list[dict[str, Any]]] = [
        [month, _DAY, {"TEXT": ",", "OP": "?"}, _YEAR],
        [month, _DAY],
        [_DAY, {"LOWER": "of", "OP": "?"}, month, {"TEXT": ",", "OP": "?"}, _YEAR],
        [_DAY, {"LOWER": "of", "OP": "?"}, month],
        [month, {"LOWER": "of", "OP": "?"}, _YEAR],
        [alone],
        [_YEAR],
        [{**modifier, "OP": "?"}, weekday, {**period, "OP": "?"}],
        [modifier, period],
        [{"LOWER": {"IN": sorted(lang.time_counts)}}, period, {"LOWER": "ago"}],
        [{"LIKE_NUM": True}, period, {"LOWER": "ago"}],
    ]
    return [{"label": "DATE", "pattern": shape} for shape in shapes]


def _proper_runs(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each run of consecutive proper nouns in ``doc``, read from the part-of-speech array."""
    runs: list[tuple[int, int]] = []
    start = None
    for i, pos in enumerate(doc.to_array(POS).tolist()):
        if pos == PROPN and start is None:
            start = i
        elif pos != PROPN and start is not None:
            runs.append((start, i))
            start = None
    if start is not None:
        runs.append((start, len(doc)))
    return runs


@Language.component(PLACE_NAMES)
def place_names(doc: Doc) -> Doc:
    """Mark as GPE each run of proper nouns, outside other entities, whose words the gazetteer knows as a
    place name ('Peshawar', 'North Kivu'); the gazetteer is loaded on first use."""
    from ..situate.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    taken = {i for entity in doc.ents for i in range(entity.start, entity.end)}
    found = [Span(doc, start, end, label="GPE") for start, end in _proper_runs(doc)
             if not taken.intersection(range(start, end)) and gazetteer.candidates(doc[start:end].text)]
    if found:
        doc.ents = sorted([*doc.ents, *found], key=lambda span: span.start)
    return doc


def add_stand_ins(nlp: Language, lang: LanguagePack) -> None:
    """Add to ``nlp`` (which runs no recognizer) an entity ruler marking the dates of :func:`time_patterns` and
    :func:`place_names`, after the components that tag parts of speech."""
    ruler = nlp.add_pipe("entity_ruler", name=TIME_RULER, config={"validate": True})
    ruler.add_patterns(time_patterns(lang))  # type: ignore[attr-defined]
    nlp.add_pipe(PLACE_NAMES, after=TIME_RULER)
