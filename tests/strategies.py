"""Hypothesis strategies for eventlib records (all strategies live here)."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from eventlib._taxonomy import load_taxonomy
from eventlib.records import DATE_PRECISIONS, GEO_PRECISIONS, Actor, Article, Event, Location

_TAXONOMY = load_taxonomy()
CAMEO_CODES = sorted(c.code for c in _TAXONOMY.codes())
COUNTRIES = sorted(_TAXONOMY.countries["iso3"])
ROLES = sorted(_TAXONOMY.roles["code"])

#: Any text that can be stored as UTF-8 (no lone surrogates).
texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)
#: Text with the awkward characters output files must survive: quotes, commas, newlines, tabs, RTL, emoji.
awkward_texts = st.one_of(
    texts,
    st.lists(st.sampled_from(['"', ",", "\n", "\r\n", "\t", ";", "'", "\u202e", "\u05d0", "😀", "\x00", " "]),
             max_size=8).map("".join),
)
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
cameo_codes = st.sampled_from(CAMEO_CODES)
countries = st.sampled_from(COUNTRIES)
roles = st.sampled_from(ROLES)


@st.composite
def actors(draw: st.DrawFn) -> Actor:
    """Well-formed actors: a country with or without a role, a bare role, or an IGO code."""
    country = draw(countries)
    role = draw(st.one_of(st.just(""), roles))
    shape = draw(st.sampled_from(["country", "country_role", "role", "igo"]))
    if shape == "country":
        return Actor(code=country, name=draw(awkward_texts), country=country)
    if shape == "country_role" and role:
        return Actor(code=country + role, name=draw(awkward_texts), country=country, role=role)
    if shape == "igo":
        return Actor(code="IGOUNO", name=draw(awkward_texts), role="IGO")
    return Actor(code=role or "CVL", name=draw(awkward_texts), role=role or "CVL")


coordinates = st.floats(min_value=-90, max_value=90, allow_nan=False, allow_infinity=False)


@st.composite
def locations(draw: st.DrawFn) -> Location:
    """Locations with or without coordinates."""
    has_point = draw(st.booleans())
    return Location(
        name=draw(awkward_texts), country=draw(st.one_of(st.just(""), countries)), admin1=draw(texts),
        latitude=draw(coordinates) if has_point else None,
        longitude=draw(st.floats(min_value=-180, max_value=180, allow_nan=False)) if has_point else None,
        precision=draw(st.sampled_from(GEO_PRECISIONS)),
    )


@st.composite
def events(draw: st.DrawFn) -> Event:
    """Valid events with every optional part present or absent."""
    return Event(
        event_id=draw(st.text(alphabet="0123456789abcdef", min_size=16, max_size=16)),
        article_id=draw(texts.filter(lambda t: t.strip() != "")),
        sentence_index=draw(st.integers(min_value=0, max_value=10_000)),
        cameo_code=draw(cameo_codes),
        source=draw(st.one_of(st.none(), actors())),
        target=draw(st.one_of(st.none(), actors())),
        date=draw(st.one_of(st.none(), dates)),
        date_precision=draw(st.sampled_from(DATE_PRECISIONS)),
        location=draw(st.one_of(st.none(), locations())),
        fatalities=draw(st.one_of(st.none(), st.integers(min_value=0, max_value=100_000))),
        rule_id=draw(texts),
        sentence=draw(awkward_texts),
    )


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """Valid articles."""
    return Article(id=draw(texts.filter(lambda t: t.strip() != "")), text=draw(awkward_texts), date=draw(dates),
                   title=draw(texts), url=draw(texts), source=draw(texts))


#: Time expressions of every kind the date resolver reads, with numbers and names drawn freely.
time_expressions = st.one_of(
    st.sampled_from(["today", "yesterday", "last night", "overnight", "this morning", "last week", "this week",
                     "earlier this week", "last month", "earlier this month", "last year", "earlier this year"]),
    st.sampled_from(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]).map(
        lambda d: f"on {d.title()}"),
    st.tuples(st.integers(1, 31), st.sampled_from(["January", "Feb.", "March", "Sept", "December"])).map(
        lambda p: f"on {p[1]} {p[0]}"),
    st.tuples(st.sampled_from(["January", "May", "November"]), st.integers(1890, 2110)).map(
        lambda p: f"in {p[0]} {p[1]}"),
    st.integers(1890, 2110).map(lambda y: f"in {y}"),
    st.tuples(st.integers(0, 400), st.sampled_from(["day", "week", "month", "year"])).map(
        lambda p: f"{p[0]} {p[1]}s ago"),
)


ACTOR_CODES = ["TURGOV", "TURMIL", "RUSGOV", "SYRREB", "IGOUNO", "USA", "IRN", "KENCOP"]


@st.composite
def gold_events(draw: st.DrawFn):  # type: ignore[no-untyped-def]
    """Gold events with a full code, a source and maybe a target."""
    from eventlib.bench import GoldEvent

    return GoldEvent(source=draw(st.sampled_from(ACTOR_CODES)), target=draw(st.sampled_from(["", *ACTOR_CODES])),
                     code=draw(st.sampled_from([c for c in CAMEO_CODES if len(c) >= 3])))


def event_from_gold(gold, article: str = "a", ordinal: int = 0) -> Event:  # type: ignore[no-untyped-def]
    """The system event that says exactly what a gold event says."""
    from eventlib.actors.resolve import split_code

    def actor(code: str) -> Actor | None:
        if not code:
            return None
        country, role = split_code(code)
        return Actor(code=code, country=country, role=role)

    return Event(event_id=f"e{ordinal}", article_id=article, sentence_index=0, cameo_code=gold.code,
                 source=actor(gold.source), target=actor(gold.target))


NEWS_WORDS = ["Turkish", "troops", "attacked", "Syrian", "rebels", "in", "Idlib", "on", "Tuesday", "Russia",
              "and", "Iran", "agreed", "to", "meet", "Kenyan", "police", "arrested", "protesters", "killing", "12",
              "people", "said", "the", "did", "not", "visit", "Putin", "Erdogan", "Hamas", "United", "Nations",
              "condemned", "yesterday", "last", "week", "near", "Damascus", ",", ".", "'s", '"', "(", ")"]
#: Pieces of hostile text: controls, right-to-left marks and scripts, emoji, odd quotes, long runs.
HOSTILE_PIECES = ["\x00", "\x07", "\u200f", "\u202e", "\u2066", "שלום", "مرحبا", "日本語", "😀🔥", "\ufeff",
                  "\r\n", "\t", "“", "”", "«", "»", "'''", '"""', "((((", "))))", "\u0301", "\ufffd", "\n\n\n",
                  "A" * 300, ". " * 50]
#: Any text: random Unicode (no lone surrogates), news words, hostile pieces, in any mix.
any_texts = st.lists(st.one_of(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
                               st.sampled_from(NEWS_WORDS), st.sampled_from(HOSTILE_PIECES)),
                     max_size=40).map(" ".join)


@st.composite
def news_articles(draw: st.DrawFn) -> Article:
    """Articles of news words and hostile text, on any date from 1900 to 2100."""
    return Article(id=draw(st.text(alphabet="abcdefghij0123456789", min_size=1, max_size=8)), text=draw(any_texts),
                   date=draw(dates))

#: TABARI comma settings: a few small word counts (0 turns a range off).
comma_settings = st.builds(
    lambda *n: {"comma_min": n[0], "comma_max": n[1], "comma_bmin": n[2], "comma_bmax": n[3],
                "comma_emin": n[4], "comma_emax": n[5]},
    *[st.integers(min_value=0, max_value=8)] * 6)
