"""When an event happened: time expressions resolved against the article's date.

Past-tense reports never resolve after the article date; "on Thursday" in an article of a
Thursday is that day. With no expression an event takes the article date, flagged as such.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import Any

import attrs
from spacy.tokens import Span, Token

from ..lang import LanguagePack
from ..lang.en import ENGLISH
from ..parse.spans import sentence_entities

_YEAR = re.compile(r"\b(19\d\d|20\d\d|2100)\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")

__all__ = ["ResolvedDate", "event_date", "resolve_expression", "time_expressions"]


@attrs.frozen
class _Patterns:
    """The time expressions of one language that are built from its word lists."""

    #: 'two weeks ago': the count (digits or a word) and the unit.
    ago: re.Pattern[str]
    #: 'March 3(, 2016)': the month, the day and the year.
    month_day: re.Pattern[str]
    #: '3(rd of) March( 2016)': the day, the month and the year.
    day_month: re.Pattern[str]
    #: 'March( 2016)', 'November of 2017': the month and the year.
    month_year: re.Pattern[str]
    #: Words that place an event just before or after the previous one ("an hour later", "hours earlier").
    relative: re.Pattern[str]


@functools.lru_cache(maxsize=8)
def _patterns(lang: LanguagePack) -> _Patterns:
    """The time-expression patterns of ``lang``: its month names and abbreviations, counts and relative words."""
    month = rf"({'|'.join([*lang.months, *lang.month_abbreviations])})\.?"
    return _Patterns(
        ago=re.compile(rf"\b(\d+|{'|'.join(lang.time_counts)})\s+(day|week|month|year)s?\s+ago\b"),
        month_day=re.compile(rf"\b{month}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b"),
        day_month=re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{month}(?:,?\s+(\d{{4}}))?\b"),
        month_year=re.compile(rf"\b{month}(?:\s+(?:of\s+)?(\d{{4}}))?\b"),
        relative=re.compile(rf"\b({'|'.join(lang.relative_time_words)})\b"),
    )


@attrs.frozen
class ResolvedDate:
    """A calendar date with its precision and the words it came from ('' for the article date)."""

    date: dt.date
    precision: str
    expression: str = ""

    @property
    def from_article(self) -> bool:
        """Whether no time expression gave the date (it is the article's date)."""
        return self.expression == ""


def _monday(day: dt.date) -> dt.date:
    """The Monday that starts the week of ``day``."""
    return day - dt.timedelta(days=day.weekday())


def _month_start(year: int, month: int) -> dt.date:
    """The first day of ``month`` of ``year``, counting months below 1 back into earlier years."""
    while month < 1:
        month += 12
        year -= 1
    return dt.date(year, month, 1)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date of year, month and day, or None if there is no such date."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _latest_on_or_before(month: int, day: int, limit: dt.date) -> dt.date | None:
    """The most recent month/day on or before ``limit`` (Feb 29 looks back to a leap year)."""
    for year in range(limit.year, limit.year - 9, -1):
        found = _safe_date(year, month, day)
        if found is not None and found <= limit:
            return found
    return None


#: A resolved date and its precision; None when the expression names a date it cannot have (after the article).
_Dated = tuple[dt.date, str] | None
#: 'N <unit>s ago': the date N units before the article date; the precision is the unit.
_AGO_UNITS: dict[str, Callable[[dt.date, int], dt.date]] = {
    "day": lambda d, count: d - dt.timedelta(days=count),
    "week": lambda d, count: d - dt.timedelta(days=7 * count),
    "month": lambda d, count: _month_start(d.year, d.month - count),
    "year": lambda d, count: dt.date(d.year - count, 1, 1),
}
#: Fixed phrases, in order of precedence: the date each names relative to the article date, and its precision.
_PHRASES: tuple[tuple[re.Pattern[str], Callable[[dt.date], dt.date], str], ...] = (
    (re.compile(r"\b(yesterday|last night)\b|overnight"), lambda d: d - dt.timedelta(days=1), "day"),
    (re.compile(r"\b(today|tonight|this (morning|afternoon|evening))\b"), lambda d: d, "day"),
    (re.compile(r"\blast week\b"), lambda d: _monday(d) - dt.timedelta(days=7), "week"),
    (re.compile(r"\bthis week\b"), _monday, "week"),
    (re.compile(r"\blast month\b"), lambda d: _month_start(d.year, d.month - 1), "month"),
    (re.compile(r"\bthis month\b"), lambda d: _month_start(d.year, d.month), "month"),
    (re.compile(r"\blast year\b"), lambda d: dt.date(d.year - 1, 1, 1), "year"),
    (re.compile(r"\bthis year\b"), lambda d: dt.date(d.year, 1, 1), "year"),
)


def _iso(words: str, lang: LanguagePack) -> re.Match[str] | None:
    """The first ISO date ('2018-02-07') in ``words``."""
    return _ISO.search(words)


def _iso_date(found: re.Match[str], words: str, d: dt.date, lang: LanguagePack) -> _Dated:
    """'2018-02-07': that day, if it is a real date on or before the article date."""
    day = _safe_date(*(int(g) for g in found.groups()))
    return (day, "day") if day and day <= d else None


def _ago(words: str, lang: LanguagePack) -> re.Match[str] | None:
    """The first 'N <unit>s ago' in ``words``."""
    return _patterns(lang).ago.search(words)


def _ago_date(found: re.Match[str], words: str, d: dt.date, lang: LanguagePack) -> _Dated:
    """'two weeks ago': the article date less that many units, at the unit's precision."""
    count = int(found.group(1)) if found.group(1).isdigit() else lang.time_counts[found.group(1)]
    unit = found.group(2)
    return _AGO_UNITS[unit](d, count), unit


def _named_phrase(words: str, lang: LanguagePack) -> tuple[Callable[[dt.date], dt.date], str] | None:
    """The date rule and precision of the first fixed phrase ('yesterday', 'last month') in ``words``."""
    for pattern, resolve, precision in _PHRASES:
        if pattern.search(words):
            return resolve, precision
    return None


def _phrase_date(found: tuple[Callable[[dt.date], dt.date], str], words: str, d: dt.date, lang: LanguagePack
                 ) -> _Dated:
    """'last month': the date the phrase's rule gives for the article date."""
    resolve, precision = found
    return resolve(d), precision


def _named_weekday(words: str, lang: LanguagePack) -> int | None:
    """The index of the first weekday (Monday first) named in ``words``."""
    for index, name in enumerate(lang.weekdays):
        if re.search(rf"\b{name}\b", words):
            return index
    return None


def _weekday_date(index: int, words: str, d: dt.date, lang: LanguagePack) -> _Dated:
    """'on Thursday': the latest such day on or before the article date; 'last Thursday' a week before it."""
    back = (d.weekday() - index) % 7
    if back == 0 and re.search(rf"\blast {lang.weekdays[index]}\b", words):
        back = 7
    return d - dt.timedelta(days=back), "day"


def _calendar_day(month_word: str, day_word: str, year_word: str | None, d: dt.date, lang: LanguagePack
                  ) -> _Dated:
    """A month and day (and year): with no year, the latest such day on or before the article date."""
    month = lang.month_numbers[month_word.rstrip(".")]
    day_number = int(day_word)
    if year_word:
        day = _safe_date(int(year_word), month, day_number)
    else:
        day = _latest_on_or_before(month, day_number, d)
    return (day, "day") if day is not None and day <= d else None


def _month_day(words: str, lang: LanguagePack) -> re.Match[str] | None:
    """The first month and day ('March 3, 2016') in ``words``."""
    return _patterns(lang).month_day.search(words)


def _month_day_date(found: re.Match[str], words: str, d: dt.date, lang: LanguagePack) -> _Dated:
    """'March 3, 2016' (see :func:`_calendar_day`)."""
    return _calendar_day(found.group(1), found.group(2), found.group(3), d, lang)


def _day_month(words: str, lang: LanguagePack) -> re.Match[str] | None:
    """The first day and month ('3rd of March 2016') in ``words``."""
    return _patterns(lang).day_month.search(words)


def _day_month_date(found: re.Match[str], words: str, d: dt.date, lang: LanguagePack) -> _Dated:
    """'3rd of March 2016' (see :func:`_calendar_day`)."""
    return _calendar_day(found.group(2), found.group(1), found.group(3), d, lang)


def _named_month(words: str, lang: LanguagePack) -> re.Match[str] | None:
    """The first month named in ``words`` (with its year), unless it is a bare 'may' that reads as the verb."""
    found = _patterns(lang).month_year.search(words)
    if found and (found.group(1).rstrip(".") != "may" or found.group(2)
                  or re.search(r"\b(in|since|during) may\b", words)):
        return found
    return None


def _month_date(found: re.Match[str], words: str, d: dt.date, lang: LanguagePack) -> _Dated:
    """'in November (2017)': the month's first day; with no year, the latest such month up to the article's."""
    month = lang.month_numbers[found.group(1).rstrip(".")]
    year = int(found.group(2)) if found.group(2) else (d.year if month <= d.month else d.year - 1)
    start = dt.date(year, month, 1)
    return (start, "month") if start <= d else None


def _year(words: str, lang: LanguagePack) -> re.Match[str] | None:
    """The first year ('2015') in ``words``."""
    return _YEAR.search(words)


def _year_date(found: re.Match[str], words: str, d: dt.date, lang: LanguagePack) -> _Dated:
    """'in 2015': 1 January of the year, if it is not after the article's year."""
    year = int(found.group(1))
    return (dt.date(year, 1, 1), "year") if year <= d.year else None


#: Kinds of time expression, in order of precedence: a test on the lower-cased words in a language (None if the
#: kind is absent) and the date its finding gives against the article date. The first kind present decides.
_KINDS: tuple[tuple[Callable[[str, LanguagePack], Any], Callable[[Any, str, dt.date, LanguagePack], _Dated]], ...] = (
    (_iso, _iso_date),
    (_ago, _ago_date),
    (_named_phrase, _phrase_date),
    (_named_weekday, _weekday_date),
    (_month_day, _month_day_date),
    (_day_month, _day_month_date),
    (_named_month, _month_date),
    (_year, _year_date),
)


def resolve_expression(text: str, article_date: dt.date, *, lang: LanguagePack = ENGLISH) -> ResolvedDate | None:
    """The date a past-tense time expression in ``lang`` names, relative to ``article_date``; None if it names
    none."""
    words = text.lower().strip()
    for test, resolve in _KINDS:
        found = test(words, lang)
        if found is not None:
            dated = resolve(found, words, article_date, lang)
            return ResolvedDate(dated[0], dated[1], text) if dated is not None else None
    return None


def time_expressions(sentence: Span, *, lang: LanguagePack = ENGLISH) -> list[Span]:
    """Spans of ``sentence`` that may name a time: DATE / TIME entities and words like 'yesterday'."""
    found = sentence_entities(sentence, ("DATE", "TIME"))
    covered = {t.i for span in found for t in span}
    for token in sentence:
        if token.i not in covered and token.lower_ in lang.time_words:
            found.append(sentence.doc[token.i:token.i + 1])
    return sorted(found, key=lambda span: span.start)


def _belongs(anchor: Token, word: Token, lang: LanguagePack) -> bool:
    """Whether a time word modifies the anchor's clause: climbing from the word, the anchor (or a
    verb conjoined or controlled with it) is reached before a clause or phrase of its own: a
    relative clause, a reported statement, a 'before'/'after' clause, or a subject's modifier
    ('the regime, in power since 1963')."""
    chain = [anchor]
    while chain[-1].dep_ in ("conj", "xcomp") and chain[-1].head is not chain[-1]:
        chain.append(chain[-1].head)
    current = word
    for _ in range(40):
        if current in chain:
            return True
        if current is not word:
            marks = {c.lower_ for c in current.children if c.dep_ == "mark"}
            if current.dep_ in lang.own_clause_labels or (
                    current.dep_ == "advcl" and marks and not marks & lang.same_time_subordinators):
                return False
            if current.dep_ in lang.nominal_argument_labels:
                return False
        if current.head is current:
            return False
        current = current.head
    return False


def _year_of_a_noun(word: Token, anchor: Token) -> bool:
    """Whether ``word`` is a bare year hung on a noun below ``anchor`` ('blamed X for a bombing *in 2019*'): it
    dates what the noun names, not the anchor's event."""
    if not (word.like_num and len(word.text) == 4 and word.text.isdigit()):
        return False
    for above in word.ancestors:
        if above.i == anchor.i:
            return False
        if above.pos_ == "NOUN":
            return True
    return False


def _in_subject_clause(anchor: Token, word: Token) -> bool:
    """Whether a word sits in a relative clause on the anchor's subject ('Buhari, who was sworn in last week')."""
    subjects = {t.i for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    return word.i in subjects and any(a.dep_ in ("relcl", "acl") for a in word.ancestors if a.i in subjects)


def _in_other_clause(anchor: Token, word: Token, lang: LanguagePack) -> bool:
    """Whether a word sits in a reported clause that does not hold the anchor ('welcomed the reopening and
    forecast that trade would grow [this year]': what was forecast, not when the welcome was)."""
    for current in word.ancestors:
        if current.dep_ in lang.reported_labels and anchor not in current.subtree:
            return True
    return False


def _is_duration(span: Span, lang: LanguagePack) -> bool:
    """'since 1963', 'for three days': a span of time, not when the event happened."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return before in lang.duration_prepositions or span.text.lower().startswith(
        tuple(word + " " for word in lang.duration_openers))


def _reporting_chain(anchor: Token) -> list[Token]:
    """The anchor, then the verbs whose reported clause holds it ('said ... that [X agreed]')."""
    chain = [anchor]
    current = anchor
    for _ in range(4):
        while current.dep_ in ("conj", "xcomp") and current.head is not current:
            current = current.head
        if current.dep_ not in ("ccomp", "parataxis") or current.head is current:
            break
        current = current.head
        chain.append(current)
    return chain


def _is_future(anchor: Token, lang: LanguagePack) -> bool:
    """Whether the anchor has a future auxiliary ('will meet', 'would visit')."""
    return any(c.dep_ == "aux" and c.lower_ in lang.future_auxiliaries for c in anchor.children)


def event_date(sentence: Span, anchor: Token, article_date: dt.date,
               previous: ResolvedDate | None = None, *, lang: LanguagePack = ENGLISH) -> ResolvedDate:
    """When the event anchored on ``anchor`` happened.

    The time expression of the anchor's own clause wins, then one of the clause that reports
    it ('said on Wednesday that ...'). A future event ('will meet on Sunday') is the
    announcement, dated by the article. 'Later' / 'hours earlier' with nothing else take the
    previous event's date; with nothing at all it is the article's date. Words are read with the word
    lists of ``lang``.
    """
    if _is_future(anchor, lang):
        return ResolvedDate(article_date, "day")
    expressions = [span for span in time_expressions(sentence, lang=lang) if not _is_duration(span, lang)]
    # the event's own clause first, then the clauses that report it ("said on Wednesday that X agreed")
    expressions = [span for span in expressions if not _year_of_a_noun(span.root, anchor)]
    for verb in _reporting_chain(anchor):
        for span in expressions:
            if _belongs(verb, span.root, lang):
                resolved = resolve_expression(span.text, article_date, lang=lang)
                if resolved is not None:
                    return resolved
    if len(expressions) == 1 and not _in_subject_clause(anchor, expressions[0].root) \
            and not _in_other_clause(anchor, expressions[0].root, lang):
        # the sentence's one time ("Thursday's vote was marred by clashes")
        resolved = resolve_expression(expressions[0].text, article_date, lang=lang)
        if resolved is not None:
            return resolved
    if previous is not None and _patterns(lang).relative.search(sentence.text.lower()):
        return ResolvedDate(previous.date, previous.precision, "relative to the previous event")
    return ResolvedDate(article_date, "day")
