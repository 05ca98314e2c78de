"""When an event happened: time expressions resolved against the article's date.

Past-tense reports never resolve after the article date; "on Thursday" in an article of a
Thursday is that day. With no expression an event takes the article date, flagged as such.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs
from spacy.tokens import Span, Token

from ..parse.spans import sentence_entities

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {name: n for n, name in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                           "august", "september", "october", "november", "december"), start=1)}
MONTHS.update({name[:3]: n for name, n in list(MONTHS.items())})
MONTHS["sept"] = 9
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr" \
         r"|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_AGO = re.compile(r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                  r"(day|week|month|year)s?\s+ago\b")
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(\d{{4}}))?\b")
_MONTH_YEAR = re.compile(rf"\b{_MONTH}(?:\s+(?:of\s+)?(\d{{4}}))?\b")
_YEAR = re.compile(r"\b(19\d\d|20\d\d|2100)\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
#: Words that place an event just before or after the previous one ("an hour later", "hours earlier").
RELATIVE = re.compile(r"\b(later|earlier|afterwards|meanwhile|then)\b")
_NOMINAL_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "appos", "poss"})
_OWN_CLAUSES = frozenset({"relcl", "ccomp", "parataxis", "csubj"})
#: Subordinate clauses that share the time of the clause they hang on ("died when troops fired").
_SAME_TIME = frozenset({"when", "as", "while", "whilst"})
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would"})
_TIME_WORDS = frozenset({"yesterday", "today", "tonight", "overnight", *WEEKDAYS})

__all__ = ["ResolvedDate", "event_date", "resolve_expression", "time_expressions"]


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
    return day - dt.timedelta(days=day.weekday())


def _month_start(year: int, month: int) -> dt.date:
    while month < 1:
        month += 12
        year -= 1
    return dt.date(year, month, 1)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
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


def resolve_expression(text: str, article_date: dt.date) -> ResolvedDate | None:
    """The date a past-tense time expression names, relative to ``article_date``; None if it names none."""
    words = text.lower().strip()
    d = article_date
    if found := _ISO.search(words):
        day = _safe_date(*(int(g) for g in found.groups()))
        return ResolvedDate(day, "day", text) if day and day <= d else None
    if found := _AGO.search(words):
        count = int(found.group(1)) if found.group(1).isdigit() else NUMBERS[found.group(1)]
        unit = found.group(2)
        if unit == "day":
            return ResolvedDate(d - dt.timedelta(days=count), "day", text)
        if unit == "week":
            return ResolvedDate(d - dt.timedelta(days=7 * count), "week", text)
        if unit == "month":
            return ResolvedDate(_month_start(d.year, d.month - count), "month", text)
        return ResolvedDate(dt.date(d.year - count, 1, 1), "year", text)
    if re.search(r"\b(yesterday|last night)\b", words) or "overnight" in words:
        return ResolvedDate(d - dt.timedelta(days=1), "day", text)
    if re.search(r"\b(today|tonight|this (morning|afternoon|evening))\b", words):
        return ResolvedDate(d, "day", text)
    if re.search(r"\blast week\b", words):
        return ResolvedDate(_monday(d) - dt.timedelta(days=7), "week", text)
    if re.search(r"\bthis week\b", words):
        return ResolvedDate(_monday(d), "week", text)
    if re.search(r"\blast month\b", words):
        return ResolvedDate(_month_start(d.year, d.month - 1), "month", text)
    if re.search(r"\bthis month\b", words):
        return ResolvedDate(_month_start(d.year, d.month), "month", text)
    if re.search(r"\blast year\b", words):
        return ResolvedDate(dt.date(d.year - 1, 1, 1), "year", text)
    if re.search(r"\bthis year\b", words):
        return ResolvedDate(dt.date(d.year, 1, 1), "year", text)
    for index, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", words):
            back = (d.weekday() - index) % 7
            if back == 0 and re.search(rf"\blast {name}\b", words):
                back = 7
            return ResolvedDate(d - dt.timedelta(days=back), "day", text)
    for pattern, month_group, day_group in ((_MONTH_DAY, 1, 2), (_DAY_MONTH, 2, 1)):
        if found := pattern.search(words):
            month = MONTHS[found.group(month_group).rstrip(".")]
            day_number = int(found.group(day_group))
            if found.group(3):
                day = _safe_date(int(found.group(3)), month, day_number)
            else:
                day = _latest_on_or_before(month, day_number, d)
            if day is not None and day <= d:
                return ResolvedDate(day, "day", text)
            return None
    if found := _MONTH_YEAR.search(words):
        if found.group(1).rstrip(".") != "may" or found.group(2) or re.search(r"\b(in|since|during) may\b", words):
            month = MONTHS[found.group(1).rstrip(".")]
            year = int(found.group(2)) if found.group(2) else (d.year if month <= d.month else d.year - 1)
            start = dt.date(year, month, 1)
            return ResolvedDate(start, "month", text) if start <= d else None
    if found := _YEAR.search(words):
        year = int(found.group(1))
        return ResolvedDate(dt.date(year, 1, 1), "year", text) if year <= d.year else None
    return None


def time_expressions(sentence: Span) -> list[Span]:
    """Spans of ``sentence`` that may name a time: DATE / TIME entities and words like 'yesterday'."""
    found = [ent for ent in sentence_entities(sentence) if ent.label_ in ("DATE", "TIME")]
    covered = {t.i for span in found for t in span}
    for token in sentence:
        if token.i not in covered and token.lower_ in _TIME_WORDS:
            found.append(sentence.doc[token.i:token.i + 1])
    return sorted(found, key=lambda span: span.start)


def _belongs(anchor: Token, word: Token) -> bool:
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
            if current.dep_ in _OWN_CLAUSES or (current.dep_ == "advcl" and marks and not marks & _SAME_TIME):
                return False
            if current.dep_ in _NOMINAL_ARGUMENTS:
                return False
        if current.head is current:
            return False
        current = current.head
    return False


def _in_subject_clause(anchor: Token, word: Token) -> bool:
    """Whether a word sits in a relative clause on the anchor's subject ('Buhari, who was sworn in last week')."""
    subjects = {t.i for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    return word.i in subjects and any(a.dep_ in ("relcl", "acl") for a in word.ancestors if a.i in subjects)


def _is_duration(span: Span) -> bool:
    """'since 1963', 'for three days': a span of time, not when the event happened."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return before in ("since", "for", "until", "till") or span.text.lower().startswith(("since ", "for "))


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


def _is_future(anchor: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in anchor.children)


def event_date(sentence: Span, anchor: Token, article_date: dt.date,
               previous: ResolvedDate | None = None) -> ResolvedDate:
    """When the event anchored on ``anchor`` happened.

    The time expression of the anchor's own clause wins, then one of the clause that reports
    it ('said on Wednesday that ...'). A future event ('will meet on Sunday') is the
    announcement, dated by the article. 'Later' / 'hours earlier' with nothing else take the
    previous event's date; with nothing at all it is the article's date.
    """
    if _is_future(anchor):
        return ResolvedDate(article_date, "day")
    expressions = [span for span in time_expressions(sentence) if not _is_duration(span)]
    # the event's own clause first, then the clauses that report it ("said on Wednesday that X agreed")
    for verb in _reporting_chain(anchor):
        for span in expressions:
            if _belongs(verb, span.root):
                resolved = resolve_expression(span.text, article_date)
                if resolved is not None:
                    return resolved
    if len(expressions) == 1 and not _in_subject_clause(anchor, expressions[0].root):
        # the sentence's one time ("Thursday's vote was marred by clashes")
        resolved = resolve_expression(expressions[0].text, article_date)
        if resolved is not None:
            return resolved
    if previous is not None and RELATIVE.search(sentence.text.lower()):
        return ResolvedDate(previous.date, previous.precision, "relative to the previous event")
    return ResolvedDate(article_date, "day")
