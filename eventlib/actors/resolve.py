"""Resolve argument heads in a parse to coded actors, with a small within-article memory."""

from __future__ import annotations

import datetime as dt
import functools
import weakref
from collections.abc import Sequence

import attrs
from spacy.tokens import Doc, Span, Token

from .._taxonomy import load_taxonomy
from ..lang import LanguagePack
from ..lang.en import ENGLISH
from ..parse.grammar import counted_noun, first_conjunct
from ..parse.phrases import coordinated_modifiers
from ..parse.text import normalize
from ..records import Actor
from .dictionary import ActorDictionary, Entry, PhraseMatch

#: The kinds of country-table entries that name a country (not its capital or seat of government).
_COUNTRY_KINDS = ("name", "adjective", "demonym")
#: Roles that, named without a country, belong to the country an article is about.
#: Roles placed by where the event happened, not by the article's country: they are as often foreign.
LOCAL_ROLES = frozenset({"REB", "INS", "UAF", "CRM"})
#: Roles of armed groups a definite description recalls ('the rebels', 'the militant group': the one named last).
ARMED_GROUP_ROLES = frozenset({"REB", "INS"})
#: Armed non-state roles (REB, INS, UAF), criminals and refugees are left out: they are as often foreign.
DOMESTIC_ROLES = frozenset({"GOV", "MIL", "COP", "CVL", "OPP", "JUD", "LEG", "MED", "LAB", "BUS", "EDU", "HLH",
                            "AGR", "ENV", "SPY"})
#: The CAMEO code of an actor not identified ('officials said': ---GOV).
UNKNOWN_ACTOR = "---"

__all__ = ["ActorResolver", "ArticleMemory", "Mention"]


@attrs.frozen
class Mention:
    """A resolved actor, what kind of thing it was named as (person, country, group), and where."""

    actor: Actor
    kind: str
    position: tuple[int, int] = (0, 0)


@attrs.define
class ArticleMemory:
    """Actors met so far in one article, newest last, for pronouns and 'the two leaders'."""

    mentions: list[Mention] = attrs.field(factory=list)
    countries: dict[str, int] = attrs.field(factory=dict)
    #: People named in full earlier, by the last word of their name ('hunt' for 'Jeremy Hunt').
    surnames: dict[str, Actor] = attrs.field(factory=dict)

    def ranked_countries(self) -> list[str]:
        """Countries named so far, most often named first."""
        return sorted(self.countries, key=lambda c: -self.countries[c])

    def main_country(self) -> str:
        """The country named most often so far, if no other is named as often; else ''."""
        ranked = sorted(self.countries.values(), reverse=True)
        if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
            return ""
        return max(self.countries, key=self.countries.__getitem__)

    def remember(self, mention: Mention) -> None:
        """Add ``mention``, counting its country; only the latest 40 to 60 mentions are kept."""
        country, _ = split_code(mention.actor.code)
        if country:
            self.countries[country] = self.countries.get(country, 0) + 1
        self.mentions.append(mention)
        if len(self.mentions) > 60:
            del self.mentions[:20]

    def last(self, kinds: Sequence[str], count: int = 1, before: tuple[int, int] | None = None) -> list[Actor]:
        """The ``count`` most recent distinct actors of ``kinds`` met before ``before`` (sentence, token)."""
        found: list[Actor] = []
        for mention in reversed(self.mentions):
            if before is not None and mention.position >= before:
                continue
            if mention.kind in kinds and all(a.code != mention.actor.code for a in found):
                found.append(mention.actor)
                if len(found) == count:
                    break
        return list(reversed(found))


@functools.lru_cache(maxsize=16_384)
def split_code(code: str) -> tuple[str, str]:
    """The country and primary role in an actor code: 'TURGOV' -> ('TUR', 'GOV'), 'IGOUNO' -> ('', 'IGO');
    remembered for the last 16,384 codes (the taxonomy is loaded once per process)."""
    taxonomy = load_taxonomy()
    head = code[:3]
    if taxonomy.is_country(head):
        role = code[3:6]
        return head, role if taxonomy.is_role(role) else ""
    return "", head if taxonomy.is_role(head) else ""


def mention_tokens(head: Token, *, lang: LanguagePack = ENGLISH) -> list[Token]:
    """The words of the noun phrase headed by ``head``: its modifiers, appositions and 'of' phrases,
    without clauses or other prepositions. Conjuncts of the head itself are separate mentions
    (see :meth:`ActorResolver.conjuncts`); conjuncts inside the phrase ('leaders of Russia and Iran')
    belong to it."""
    def inside(child: Token, depth: int) -> bool:
        """Whether ``child``, ``depth`` levels below the head's children, belongs to the phrase."""
        if child.dep_ == "prep":
            return child.lower_ == "of"
        if child.dep_ in ("conj", "cc"):
            return depth > 0
        if child.dep_ == "punct":  # the hyphen of 'Guinea-Bissau', written without spaces
            return child.text == "-" and not child.whitespace_ and child.i > 0 and not child.nbor(-1).whitespace_
        return child.dep_ == "appos" or child.dep_ not in lang.outside_phrase_labels

    words = [head]
    stack = [(c, 0) for c in head.children if inside(c, 0)]
    while stack:
        child, depth = stack.pop()
        words.append(child)
        stack.extend((c, depth + 1) for c in child.children if inside(c, depth + 1))
    return sorted(words, key=lambda t: t.i)


def phrase_preps(head: Token, *, lang: LanguagePack = ENGLISH) -> list[Token]:
    """The prepositions that modify ``head``: its own and, for a conjunct without one, those of the
    first conjunct that follow it ('soldiers' in "Kenya's police and soldiers of Uganda")."""
    own = [c for c in head.children if c.dep_ == "prep"]
    if own or head.dep_ != "conj":
        return own
    first = first_conjunct(head)
    return [c for c in first.children if c.dep_ == "prep" and c.i > head.i and c.lower_ in lang.belonging_prepositions]


def stray_conjuncts(prep: Token, *, lang: LanguagePack = ENGLISH) -> list[Token]:
    """Names the parser made conjuncts of the word ``prep`` modifies, though they follow the
    prepositional phrase and belong to its object: 'Lawmakers in Kenya and Uganda' parsed as
    'Lawmakers [in Kenya] and Uganda'."""
    if prep.lower_ not in lang.belonging_prepositions:
        return []
    return [c for c in prep.head.children if c.dep_ == "conj" and c.i > prep.i and c.pos_ == "PROPN"]


def listed_appositions(head: Token) -> list[Token]:
    """Names the parser took for appositions in a list: in 'Russia, the mighty China, and Iran',
    China is parsed as another name for Russia. An apposition counts as a list member when it is
    written with a capital and a conjunct follows it; with no conjunct of its own the head lists the
    apposition that names a name and has conjuncts that name names, with those conjuncts."""
    last = max((t.i for t in head.conjuncts), default=-1)
    if last < 0:  # 'Saudi Arabia, the United Arab Emirates, Bahrain and Egypt': the list goes on from the apposition
        return [t for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.conjuncts
                and all(j.pos_ == "PROPN" for j in c.conjuncts) for t in (c, *c.conjuncts)]
    return [c for c in head.children if c.dep_ == "appos" and c.i < last and c.text[:1].isupper()]


def actor_tokens(head: Token, *, lang: LanguagePack = ENGLISH) -> list[Token]:
    """:func:`mention_tokens` of ``head``, with the possessor and the 'of' phrases it shares with the
    conjuncts before it and the names that belong to its 'of' phrase (see :func:`stray_conjuncts`)."""
    words = mention_tokens(head, lang=lang)
    preps = phrase_preps(head, lang=lang)
    if not any(p.lower_ in lang.belonging_prepositions for p in preps):  # 'and soldiers of Peru': Peru's
        words += _shared_possessor(head, words, lang)
    for prep in preps:
        if prep.lower_ != "of":
            continue
        if prep.head.i != head.i:
            words += [prep, *[t for c in prep.children if c.dep_ == "pobj" for t in mention_tokens(c, lang=lang)]]
        for stray in stray_conjuncts(prep, lang=lang):
            words += mention_tokens(stray, lang=lang)
    return sorted({t.i: t for t in words}.values(), key=lambda t: t.i)


def _shared_possessor(head: Token, words: list[Token], lang: LanguagePack) -> list[Token]:
    """The possessor a bare conjunct shares with the first conjunct: in "Venezuela's government and
    opposition", the opposition is Venezuela's too (not when the conjunct names its own: "and Peru's army")."""
    if head.dep_ != "conj" or any(t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE") for t in words):
        return []
    owner = next((c for c in first_conjunct(head).children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    return mention_tokens(owner, lang=lang) if owner is not None else []


def new_actor(head: Token, longest: int, *, lang: LanguagePack = ENGLISH) -> Actor | None:
    """The noun phrase of ``head`` as a new, unidentified actor (code ``---``, its words as the
    name) when it has at most ``longest`` words; not pronouns, times or numbers."""
    if longest <= 0 or head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in ("DATE", "TIME"):
        return None
    words = [t.text for t in mention_tokens(head, lang=lang) if not t.is_punct and t.dep_ != "case"]
    if not words or len(words) > longest:
        return None
    return Actor(code=UNKNOWN_ACTOR, name=" ".join(words))


class ActorResolver:
    """Turns argument heads into :class:`Actor` records with one or more dictionaries."""

    def __init__(self, dictionary: ActorDictionary, lang: LanguagePack = ENGLISH) -> None:
        """A resolver looking names up in ``dictionary``, reading noun phrases with the word lists of ``lang``."""
        self.dictionary = dictionary
        self.lang = lang
        #: What a head's noun phrase names without the article's memory, worked out once per head and day
        #: (:meth:`_phrase`): a sentence's nouns are read when it is remembered and again when it is coded.
        #: Kept for one Doc at a time (the last one read, weakly referenced: it is not kept alive).
        self._phrases: dict[tuple[int, dt.date | None], _Phrase] = {}
        self._phrases_doc: weakref.ref[Doc] | None = None
        #: Words of the same Doc inside an organisation's name that runs on through a verb or a preposition
        #: ('the Committee to *Protect* Journalists'): no predicate of an event (see :meth:`in_name`).
        self._name_words: set[int] = set()

    def conjuncts(self, head: Token) -> list[Token]:
        """``head`` and the heads conjoined to it ('Russia and Iran' -> [Russia, Iran])."""
        heads = [head]
        strays = {t for prep in phrase_preps(head, lang=self.lang) for t in stray_conjuncts(prep, lang=self.lang)}
        for token in coordinated_modifiers(head):
            heads.insert(-1, token)
        for token in sorted((*head.conjuncts, *listed_appositions(head)), key=lambda t: t.i):
            if token.i > head.i and token not in heads and token not in strays:
                heads.append(token)
        return heads

    def resolve(self, head: Token, day: dt.date | None, memory: ArticleMemory | None = None,
                sentence_index: int = 0) -> list[Actor]:
        """The actors an argument head stands for (several for 'Russian and Iranian officials').

        With ``memory``, pronouns, 'the two leaders', 'the regime' and 'the country' resolve to
        actors met earlier in the article.
        """
        return [m.actor for m in self.mentions(head, day, memory, sentence_index)]

    def remember_sentence(self, sentence: Span, day: dt.date | None, memory: ArticleMemory,
                          sentence_index: int) -> None:
        """Put the actors named in ``sentence`` into ``memory``, in the order they appear."""
        for token in sentence:
            if token.pos_ in ("NOUN", "PROPN") and token.dep_ not in self.lang.not_head_labels \
                    and not _is_locative(token, self.lang):
                for mention in self.mentions(token, day, None, sentence_index):
                    memory.remember(mention)
                    if mention.kind == "person" and token.pos_ == "PROPN" and \
                            any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children):
                        memory.surnames.setdefault(token.lower_, mention.actor)

    def remember_place(self, place: str, day: dt.date | None, memory: ArticleMemory) -> None:
        """Count a dateline's place ('Doha') towards the article's country, when the dictionary knows it."""
        for entry in self.dictionary.lookup(place):
            country, _ = split_code(entry.code)
            if country and entry.valid_on(day) and entry.table == "countries":
                memory.remember(Mention(_actor(country, place), "place", (-1, -1)))
                return

    def mentions(self, head: Token, day: dt.date | None, memory: ArticleMemory | None,
                 sentence_index: int = 0) -> list[Mention]:
        """Actors with the kind of words they were named by."""
        position = (sentence_index, head.i)
        if memory is not None and head.pos_ == "PRON":
            return self._pronoun(head.lower_, memory, position)
        written = head
        head, words, phrase = self._phrase(written, day)
        if words is None:  # 'Tens of thousands rallied', 'Hundreds fled': people
            return [Mention(_actor(CROWD, written.text), "group", position)]
        matches = phrase.matches
        if memory is not None:
            remembered = self._from_memory(head, words, matches, memory, position)
            if remembered is not None:
                return remembered
        if phrase.composed is None:  # a phrase with no match names nobody (see _compose)
            phrase.composed = self._compose(head, words, matches, day) if matches else []
        found = [Mention(m.actor, m.kind, position) for m in phrase.composed]
        if found and all(not m.actor.country and m.kind != "organisation" for m in found):
            found = self._member_of(head, found, day, memory, sentence_index) or found  # 'gunmen from al-Shabaab'
        if memory is not None and all(not split_code(m.actor.code)[0] for m in found):
            owned = self._owned(head, found, memory, position)
            if owned is not None:
                return owned
        name = head if head.pos_ == "PROPN" else next(  # "Lam's decision" after "Carrie Lam", as "Putin's decision"
            (c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if memory is not None and name is not None and name.lower_ in memory.surnames and (not found or (
                len(found) == 1 and found[0].kind == "person" and found[0].actor.role == FORMER)):
            # "Hunt" after "Jeremy Hunt"; "Pashinyan" out of office after "opposition leader Nikol Pashinyan"
            found = [Mention(memory.surnames[name.lower_], "memory", position)]
        return found

    def _phrase(self, written: Token, day: dt.date | None) -> tuple[Token, list[Token] | None, _Phrase]:
        """The noun phrase of the argument head ``written``: its counted head, its words (None for a crowd) and
        what the dictionary reads in them, remembered for the head's Doc (see :attr:`_phrases`)."""
        doc = written.doc
        if self._phrases_doc is None or self._phrases_doc() is not doc:
            self._phrases, self._phrases_doc, self._name_words = {}, weakref.ref(doc), set()
        key = (written.i, day)
        phrase = self._phrases.get(key)
        if phrase is not None:
            words = None if phrase.words is None else [doc[i] for i in phrase.words]
            return doc[phrase.head], words, phrase
        head = counted_noun(written, self.lang)
        if _crowd(written, head, self.lang):
            phrase = self._phrases[key] = _Phrase(head.i, None, [])
            return head, None, phrase
        words = actor_tokens(head, lang=self.lang)
        words = self._whole_name(head, words)
        matches = self._find(words)
        if not matches and written.lower_ in self.lang.crowd_numbers and head.pos_ == "PROPN":
            # 'thousands of Mapuche': a people the dictionary lacks is a crowd of the place
            phrase = self._phrases[key] = _Phrase(head.i, None, [])
            return head, None, phrase
        phrase = self._phrases[key] = _Phrase(head.i, tuple(t.i for t in words), matches)
        return head, words, phrase

    def _whole_name(self, head: Token, words: list[Token]) -> list[Token]:
        """``words`` with the rest of an organisation's name that runs on past them through a preposition or a
        clause ('*Doctors* Without Borders', 'the *Committee* to Protect Journalists'), when the dictionary names
        an organisation from the head's first word to beyond the phrase's last."""
        last = max(t.i for t in words)
        if head.right_edge.i <= last or not any(c.dep_ in ("prep", "relcl", "acl") and c.i > head.i
                                                for c in head.children):
            return words
        first = min(t.i for t in words)
        span = list(head.doc[first:head.right_edge.i + 1])
        for match in self._find(span):
            if span[match.start].i <= head.i and span[match.end - 1].i > last and \
                    any(e.table == "organisations" for e in match.entries):
                self._name_words.update(t.i for t in span[match.start:match.end])
                return sorted({t.i: t for t in (*words, *span[match.start:match.end])}.values(), key=lambda t: t.i)
        return words

    def in_name(self, token: Token) -> bool:
        """Whether ``token`` is inside an organisation's name read so far in its Doc ('Save the Children')."""
        return self._phrases_doc is not None and self._phrases_doc() is token.doc and token.i in self._name_words

    def _find(self, words: list[Token]) -> list[PhraseMatch]:
        """The dictionary's matches in ``words``, but for a country's name within the name of a landform or water
        ('the Niger Delta', 'the Gulf of Guinea', 'Port of Spain')."""
        matches = self.dictionary.find([normalize(t.text) for t in words], [t.text for t in words])
        return [m for m in matches if not _names_a_feature(m, words, self.lang)]

    @staticmethod
    def domestic(actor: Actor | None, country: str, located: bool = False) -> Actor | None:
        """A domestic role named without a country ('the army', 'police') placed in ``country``; when
        the event is ``located`` there, armed groups and criminals too ('gunmen' in Mogadishu)."""
        roles = DOMESTIC_ROLES | LOCAL_ROLES if located else DOMESTIC_ROLES
        if actor is not None and country and actor.code in roles:
            return _actor(country + actor.code, actor.name)
        return actor

    @staticmethod
    def placeable(actor: Actor | None) -> bool:
        """Whether :meth:`domestic` may give ``actor`` a country: a role named without one ('police')."""
        return actor is not None and actor.code in DOMESTIC_ROLES | LOCAL_ROLES

    def _owned(self, head: Token, found: list[Mention], memory: ArticleMemory, position: tuple[int, int]
               ) -> list[Mention] | None:
        """'his country', 'its troops', 'their government' with no country of their own: the country of whom the
        possessive pronoun recalls, with the phrase's role ('Hungary's prime minister said his government ...':
        HUNGOV); None when the phrase has no such pronoun or the one recalled has no country."""
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        lemma = head.lemma_.lower()
        if owner is None or (not found and lemma not in self.lang.country_nouns):
            return None
        recalled = self._pronoun(owner.lower_, memory, position)
        country = split_code(recalled[0].actor.code)[0] if recalled else ""
        if not country:
            return None
        roles = [split_code(m.actor.code)[1] for m in found] or [self.lang.country_nouns[lemma]]
        return [Mention(_actor(country + role, head.text), "memory", position) for role in dict.fromkeys(roles)]

    def _pronoun(self, word: str, memory: ArticleMemory, position: tuple[int, int]) -> list[Mention]:
        """The last person (he, she), country or organisation (it), or group or organisation (they) met."""
        if word in self.lang.person_pronouns:
            found = memory.last(("person",), before=position)
        elif word in self.lang.thing_pronouns:
            found = memory.last(("country", "organisation"), before=position)
        elif word in self.lang.group_pronouns:
            found = memory.last(("group", "organisation"), before=position)
        else:
            found = []
        return [Mention(a, "memory", position) for a in found]

    def _member_of(self, head: Token, roles: list[Mention], day: dt.date | None, memory: ArticleMemory | None,
                   sentence_index: int) -> list[Mention]:
        """The organisation that people named by their role belong to, named after a member preposition ('gunmen
        *from* al-Shabaab', 'a delegation *from* the IMF'; not a country, 'troops from Chad' being composed as a
        place of origin, nor a country's body, 'investigators from Kenya's anti-corruption commission'), or tied to
        them by an affiliation word ('militants *loyal to* the NPA'); tied to a country's body they keep their role
        in its country ('forces *loyal to* the Tripoli government': LBYMIL)."""
        ties = [(prep, False) for prep in head.children
                if prep.dep_ == "prep" and prep.lower_ in self.lang.member_prepositions]
        ties += [(prep, True) for word in head.children if word.dep_ in ("amod", "acl")
                 and word.lemma_.lower() in self.lang.affiliation_words
                 for prep in word.children if prep.dep_ == "prep"]  # 'hackers linked to X': X's, a body too
        for prep, affiliated in ties:
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                named = [m for m in self.mentions(pobj, day, memory, sentence_index)
                         if _names_organisation(m) or (affiliated and m.kind == "group")]
                if not named:
                    continue
                position = (sentence_index, head.i)
                if _names_organisation(named[0]):
                    return [Mention(m.actor, m.kind, position) for m in named]
                country = named[0].actor.country  # a country's body: the role, of its country ('forces loyal to
                # the government': MIL)
                return [Mention(_actor(country + r.actor.code, r.actor.name), "group", position) for r in roles]
        return []

    def _from_memory(self, head: Token, words: list[Token], matches: list[PhraseMatch],
                     memory: ArticleMemory, position: tuple[int, int]) -> list[Mention] | None:
        """'the two leaders', 'both countries', 'the regime', 'the country', 'the group' when no dictionary word
        names them."""
        if any(not e.is_role for m in matches for e in m.entries):
            return None
        lemma = head.lemma_.lower()
        lowered = {t.lower_ for t in words}
        if lemma in self.lang.pair_nouns and (self.lang.pair_words & lowered):
            return _pair_from_memory(self.lang.pair_nouns[lemma], memory, position)
        if lemma in self.lang.country_nouns and "the" in lowered and len(words) <= 2:
            return _country_from_memory(head, self.lang.country_nouns[lemma], memory, position)
        if lemma in self.lang.group_nouns and "the" in lowered and len(words) <= 2 and not matches:
            return _named_group_from_memory(memory, position)
        roles = {e.code for m in matches for e in m.entries}
        if "the" in lowered and len(words) <= 3 and roles and roles <= ARMED_GROUP_ROLES:
            return _group_from_memory(roles, memory, position)
        return None

    def _compose(self, head: Token, words: list[Token], matches: list[PhraseMatch], day: dt.date | None
                 ) -> list[Mention]:
        """The actors the dictionary matches of a noun phrase name, by what the phrase's head is."""
        found = _Sorted.of(matches, words, day, self.lang)
        text = " ".join(t.text for t in words)
        head_position = words.index(head)
        if found.actors or found.agents:
            return self._tabari(head, words, found.actors, found.agents, head_position, text, day)
        role = _head_role(found.roles, head_position)
        if (head.lemma_.lower() in self.lang.held_nouns or head.lower_ in self.lang.held_nouns) and not any(
                m.start < head_position < m.end for m, _ in found.roles):  # 'rebel leaders'; not 'gang members'
            role = next((e.code for m, e in reversed(found.roles) if m.end <= head_position), role)
        people = _people_mentions(found, words, head_position, role, text)
        if people is not None:
            return people
        if found.named and all(e.table == "countries" for _, e in found.named) and \
                not any(m.start <= head_position < m.end for m, _ in found.named) and \
                not any(words[m.start].dep_ == "poss" for m, _ in found.named):
            country, _ = split_code(found.named[-1][1].code)  # 'Nairobi protesters': the capital's people
            if not role:  # 'a Mogadishu hotel' is in Somalia, not the Somali government's
                return [Mention(_actor(country, text), "country")]
            return [Mention(_actor(country + role, text), "group")]
        if found.named and found.countries and _named_joined_to_country(found, words):
            # 'Somali and African Union troops': the Somali troops and the African Union's
            return [*_country_mentions(found, words, head_position, role, text),
                    _named_mention(found.named, head_position, text)]
        if found.named:
            return [_named_mention(found.named, head_position, text)]
        if found.countries and any(c.dep_ == "amod" and c.lower_ in self.lang.ethnic_modifiers
                                   for c in head.children) and \
                any(m.start <= head_position < m.end for m, _ in found.countries):
            # 'ethnic Albanians' (of North Macedonia): civilians of the place they live in
            return [Mention(_actor(self._located_country(head, day) + "CVL", text), "group")]
        if found.countries:
            return _country_mentions(found, words, head_position, role, text)
        if role:  # 'rebels in the Ivory Coast'; 'police' in 'Russian troops and police' (not 'and insurgents')
            country = self._located_country(head, day) or (
                next(iter(self._shared_modifier(head, day)), "") if role in DOMESTIC_ROLES else "")
            return [Mention(_actor(country + role, text), "group")]
        return []

    def _tabari(self, head: Token, words: list[Token], actors: list[tuple[PhraseMatch, list[Entry]]],
                agents: list[tuple[PhraseMatch, Entry]], head_position: int, text: str, day: dt.date | None
                ) -> list[Mention]:
        """Codes from TABARI / PETRARCH dictionaries: the actor's code with its agent's code added
        after it ('~GOV') or before it ('NGO~'); an agent alone takes the country the phrase is in.
        Conjoined actors inside the phrase ('ambassadors of Kenya, Uganda and Tanzania') give one each."""
        codes = self._tabari_codes(head, words, actors, head_position, day)
        roles = _agent_codes(agents, words, head_position)
        kind = "group" if agents else "country"
        found = []
        for code in codes:
            code = _with_agents(code, roles)
            if code != UNKNOWN_ACTOR:
                found.append(Mention(_actor(code, text), kind))
        return found

    def _tabari_codes(self, head: Token, words: list[Token], actors: list[tuple[PhraseMatch, list[Entry]]],
                      head_position: int, day: dt.date | None) -> list[str]:
        """The actor codes of a phrase: every conjoined actor's, else the nearest actor's, else the
        country the phrase is in or its first conjunct names, else ``---``."""
        if len(actors) > 1 and any(words[m.start].dep_ == "conj" for m, _ in actors):
            return list(dict.fromkeys(entry.code for _, entries in actors for entry in entries))
        if actors:
            return [entry.code for entry in _nearest(actors, head_position)[1]]
        return self._located_countries(head, day) or self._shared_modifier(head, day) or [UNKNOWN_ACTOR]

    def _located_country(self, head: Token, day: dt.date | None) -> str:
        """The country in 'rebels in the Ivory Coast', 'doctors from Switzerland' ('' if none)."""
        return next(iter(self._located_countries(head, day)), "")

    def _located_countries(self, head: Token, day: dt.date | None) -> list[str]:
        """The countries in 'rebels in the Ivory Coast', 'lawmakers in Kenya and Uganda'."""
        found: list[str] = []
        for prep in phrase_preps(head, lang=self.lang):
            if prep.lower_ not in self.lang.origin_prepositions:
                continue
            places = [p for c in prep.children if c.dep_ == "pobj" for p in (c, *c.conjuncts)]
            for place in [*places, *stray_conjuncts(prep, lang=self.lang)]:
                code = self._country_named(place, day)
                if code and code not in found:
                    found.append(code)
            if found:
                break
        return found

    def _shared_modifier(self, head: Token, day: dt.date | None) -> list[str]:
        """For a bare conjunct ('army' in 'Kenyan police and army'), the country named
        by the modifiers of the first conjunct."""
        if head.dep_ != "conj" or any(c.i < head.i for c in head.children):
            return []
        first = first_conjunct(head)
        for modifier in first.children:
            if modifier.i < first.i and modifier.dep_ in ("amod", "compound", "poss", "nmod"):
                code = self._country_named(modifier, day)
                if code:
                    return [code]
        return []

    def _country_named(self, place: Token, day: dt.date | None) -> str:
        """The country (or TABARI / PETRARCH actor) the noun phrase of ``place`` names ('' if none)."""
        words = mention_tokens(place, lang=self.lang)
        for match in self._find(words):
            for entry in match.entries:
                if entry.table == "countries" and entry.kind in _COUNTRY_KINDS and entry.valid_on(day):
                    return entry.code[:3]
                if entry.table == "actors" and entry.valid_on(day):  # TABARI / PETRARCH actors
                    return entry.code
        return ""


@attrs.define
class _Phrase:
    """An argument head's noun phrase as the dictionary reads it, the same whatever the article remembers (token
    indexes, not tokens: a token would keep its Doc alive)."""

    #: The index of the counted noun of the written head ('police' in 'hundreds of police').
    head: int
    #: The indexes of the phrase's words; None for a crowd ('Tens of thousands'), which names no one.
    words: tuple[int, ...] | None
    matches: list[PhraseMatch]
    #: The mentions the dictionary's matches compose (:meth:`ActorResolver._compose`), once worked out.
    composed: list[Mention] | None = None


@attrs.define
class _Sorted:
    """The dictionary matches of one noun phrase, sorted by the table their current entry is from."""

    #: People with the entry in office that day (or None) and all their dated entries.
    people: list[tuple[PhraseMatch, Entry | None, list[Entry]]] = attrs.field(factory=list)
    #: Organisations and other named actors.
    named: list[tuple[PhraseMatch, Entry]] = attrs.field(factory=list)
    countries: list[tuple[PhraseMatch, Entry]] = attrs.field(factory=list)
    roles: list[tuple[PhraseMatch, Entry]] = attrs.field(factory=list)
    #: From TABARI / PETRARCH dictionaries: actors and agents.
    actors: list[tuple[PhraseMatch, list[Entry]]] = attrs.field(factory=list)
    agents: list[tuple[PhraseMatch, Entry]] = attrs.field(factory=list)

    @classmethod
    def of(cls, matches: list[PhraseMatch], words: list[Token], day: dt.date | None, lang: LanguagePack) -> _Sorted:
        """``matches`` sorted by table; entries not valid on ``day`` and 'pro-' / 'anti-' countries left out."""
        found = cls()
        for match in matches:
            found.add(match, words, day, lang)
        return found

    def add(self, match: PhraseMatch, words: list[Token], day: dt.date | None, lang: LanguagePack) -> None:
        """File ``match`` under the table of its last entry valid on ``day`` (people: under people, always)."""
        dated = [e for e in match.entries if e.table == "people"]
        if dated:
            self.people.append((match, next((e for e in dated if e.valid_on(day)), None), dated))
            return
        current = [e for e in match.entries if e.valid_on(day)]
        if current:
            self._add_current(match, current, words, lang)

    def _add_current(self, match: PhraseMatch, current: list[Entry], words: list[Token], lang: LanguagePack) -> None:
        """File ``match`` under the table of the last of its ``current`` entries."""
        entry = current[-1]
        if entry.table == "actors":
            self.actors.append((match, _tabari_entries(current)))
        elif entry.table == "agents":
            self.agents.append((match, entry))
        elif entry.table == "roles":
            if not (entry.kind == "title" and all(w.pos_ == "ADJ" for w in words[match.start:match.end])):
                self.roles.append((match, entry))  # a title read as an adjective is none: 'a general strike'
        elif entry.table == "countries" and entry.kind in _COUNTRY_KINDS:
            if not _sympathy(words, match.start, lang) and not _regional(words, match.start, lang):
                self.countries.append((match, entry))
        else:
            self.named.append((match, entry))


def _people_mentions(found: _Sorted, words: list[Token], head_position: int, role: str, text: str
                     ) -> list[Mention] | None:
    """The people a phrase names: one each for several in office joined by 'and' ('Trump and Putin'
    parsed as one phrase), else the nearest person; None when it names nobody."""
    in_office = list(dict.fromkeys(entry.code for _, entry, _ in found.people if entry is not None))
    if len(in_office) > 1 and any(t.dep_ == "cc" for t in words):
        return [Mention(_actor(code, text), "person") for code in in_office]
    if not found.people:
        return None
    return [_person_mention(found, head_position, role, text)]


def _person_mention(found: _Sorted, head_position: int, role: str, text: str) -> Mention:
    """The nearest person of a phrase: a group of the person's country when the head is a role noun
    ('supporters of Jair Bolsonaro'), the office held that day, a titled person of the country named,
    else the opposition (OPP) of the person's country when the phrase calls the person so ('opposition leader
    X'), else a former elite (ELI) of the person's country."""
    match, entry, dated = _nearest(found.people, head_position)
    head_noun = next((e for m, e in found.roles if m.start <= head_position < m.end and e.kind == "noun"), None)
    if head_noun is not None and not match.start <= head_position < match.end:
        # "supporters of Jair Bolsonaro": the group, in the person's country
        country, _ = split_code((entry or dated[-1]).code)
        return Mention(_actor(country + head_noun.code, text), "group")
    if entry is not None:
        return Mention(_actor(entry.code, text), "person")
    if found.countries and _is_person_title(found.roles):
        # "Belgian Prime Minister Charles Michel" when his dated row is for another office
        return Mention(_actor(found.countries[-1][1].code[:3] + role, text), "person")
    country, _ = split_code(dated[-1].code)
    if country and any(e.code == OPPOSITION for _, e in found.roles):  # 'opposition leader X' before X took office
        return Mention(_actor(country + OPPOSITION, text), "person")
    return Mention(_actor(country + "ELI" if country else "ELI", text), "person")


def _names_organisation(mention: Mention) -> bool:
    """Whether ``mention`` names an organisation: an IGO or NGO, or a group with a code of its own ('SOMREBSHB'),
    not a country's role ('KENGOV')."""
    return mention.kind == "organisation" or (mention.kind == "group" and len(mention.actor.code) > 6)


def _named_mention(named: list[tuple[PhraseMatch, Entry]], head_position: int, text: str) -> Mention:
    """The named actor nearest the head: an organisation (IGO, NGO), another group, or a country."""
    _, entry = _nearest(named, head_position)
    if entry.table == "organisations":
        kind = "organisation" if entry.kind in ("igo", "ngo") else "group"
    else:
        kind = "country"
    return Mention(_actor(entry.code, text), kind)


def _named_joined_to_country(found: _Sorted, words: list[Token]) -> bool:
    """Whether a named actor of the phrase is a conjunct of a country's word in it ('Somali and African Union')."""
    countries = {words[m.start].i for m, _ in found.countries}
    return any(t.dep_ == "conj" and t.head.i in countries for m, _ in found.named for t in words[m.start:m.end])


def _country_mentions(found: _Sorted, words: list[Token], head_position: int, role: str, text: str
                      ) -> list[Mention]:
    """The countries a phrase names (see :func:`_joined_countries`), each with the phrase's role."""
    chosen = _joined_countries(found.countries, words, head_position)
    if _is_person_title(found.roles):
        kind = "person"
    else:
        kind = "country" if role in ("", "GOV") else "group"
    codes = list(dict.fromkeys(entry.code[:3] + role for _, entry in chosen))
    return [Mention(_actor(code, text), kind) for code in codes]


def _pair_from_memory(wanted: str, memory: ArticleMemory, position: tuple[int, int]) -> list[Mention] | None:
    """'the two leaders', 'both countries': the last two actors of the ``wanted`` kind (person, country, any)
    met, or None if fewer."""
    kinds = ("person", "country") if wanted == "any" else ((wanted,) if wanted == "person" else ("country",))
    found = memory.last(kinds, 2, before=position)
    if len(found) == 2:
        return [Mention(a, "memory", position) for a in found]
    return None


def _group_from_memory(roles: set[str], memory: ArticleMemory, position: tuple[int, int]) -> list[Mention] | None:
    """'the rebels', 'the Islamist group': the armed group of one of ``roles`` the article named most often so
    far, the first named of those named as often (the story's own: 'al-Shabaab ... The Islamist group, which is
    linked to al-Qaeda, claimed ...'; 'launched an operation against the militants': al-Shabaab), or None."""
    counts: dict[str, int] = {}
    actors: dict[str, Actor] = {}
    for mention in memory.mentions:
        code = mention.actor.code
        country, role = split_code(code)
        if mention.kind == "group" and mention.position < position and role in roles \
                and len(code) > len(country) + len(role):  # a named group ('SOMREBSHB'), not 'Somali rebels'
            counts[code] = counts.get(code, 0) + 1
            actors.setdefault(code, mention.actor)
    if not counts:
        return None
    best = max(actors, key=counts.__getitem__)  # the first of the most named
    return [Mention(actors[best], "memory", position)]


def _named_group_from_memory(memory: ArticleMemory, position: tuple[int, int]) -> list[Mention] | None:
    """'the group': the last group named by its name ('YEMREBHTH', not 'Yemeni rebels') or organisation met
    before ``position``, or None."""
    for mention in reversed(memory.mentions):
        country, role = split_code(mention.actor.code)
        if mention.position < position and (mention.kind == "organisation" or (
                mention.kind == "group" and len(mention.actor.code) > len(country) + len(role))):
            return [Mention(mention.actor, "memory", position)]
    return None


def _country_from_memory(head: Token, role: str, memory: ArticleMemory, position: tuple[int, int]
                         ) -> list[Mention] | None:
    """'the regime' (its government: ``role`` GOV) or 'the country' (no role): of the last country or
    person met, or None."""
    found = memory.last(("country", "person"), before=position)
    country = split_code(found[0].code)[0] if found else ""
    if not country:
        return None
    code = country + role
    return [Mention(_actor(code, head.text), "memory", position)]


def _with_agents(code: str, roles: list[tuple[str, str]]) -> str:
    """``code`` with each agent code added after ('suffix') or before it, unless its groups are
    there already; an unknown actor takes a prefix agent as its code. At most 15 letters."""
    for role, kind in roles:
        if code == UNKNOWN_ACTOR and kind == "prefix":
            code = role  # "a rights group": NGO
        elif not set(_groups(role)) <= set(_groups(code)):  # "President Erdogan": TURGOV, not TURGOVGOV
            code = code + role if kind == "suffix" else role + code
    return code[:15]  # an actor code holds at most five groups of three


#: The CAMEO role of former office holders (elites), which replaces the office's role, as in TABARI.
FORMER = "ELI"
OPPOSITION = "OPP"


def _agent_codes(agents: list[tuple[PhraseMatch, Entry]], words: list[Token], head_position: int
                 ) -> list[tuple[str, str]]:
    """The agent codes of a phrase and whether each goes after or before the actor's code: every
    agent up to its head, in order ('Kenyan Islamist militia': MUS, MIL), else the nearest; an agent
    after 'former' is an elite (ELI)."""
    chosen = [(m, e) for m, e in agents if m.start <= head_position] or \
        ([_nearest(agents, head_position)] if agents else [])
    codes = []
    for match, entry in chosen:
        former = any(t.lower_ == "former" for t in words[:match.start])
        codes.append((FORMER, "suffix") if former else (entry.code, entry.kind))
    return list(dict.fromkeys(codes))


def _tabari_entries(current: list[Entry]) -> list[Entry]:
    """The TABARI / PETRARCH codes a phrase has today: the first dated code that covers the day, else
    every code of the undated entry ('[FRO/BIL/SAM]' names three actors)."""
    dated = [e for e in current if e.start is not None or e.end is not None]
    if dated:
        return dated[:1]
    return [e for e in current if e.origin == current[-1].origin]


def _groups(code: str) -> list[str]:
    """The three-letter groups of an actor code."""
    return [code[i:i + 3] for i in range(0, len(code), 3)]


def _names_a_feature(match: PhraseMatch, words: list[Token], lang: LanguagePack) -> bool:
    """Whether ``match`` is a country's name within a named landform or water: before a capitalised feature noun
    ('Niger Delta', 'Congo River') or after one and 'of' ('Gulf of Guinea', 'Port of Spain')."""
    if not any(e.table == "countries" for e in match.entries):
        return False
    after = words[match.end] if match.end < len(words) else None
    if after is not None and after.is_title and after.lower_ in lang.feature_nouns:
        return True
    first = words[match.start]  # read in the Doc: the phrase may hold only the country ('Spain' under 'Port of')
    doc = first.doc
    return first.i >= 2 and doc[first.i - 1].lower_ == "of" and doc[first.i - 2].is_title and \
        doc[first.i - 2].lower_ in lang.feature_nouns


def _is_locative(token: Token, lang: LanguagePack) -> bool:
    """Whether a noun names where something happened ('in Tripoli', 'near the capital'), not an actor: the
    object of a locative preposition that cannot introduce a target (see :meth:`LanguagePack.is_locative`)."""
    return token.dep_ == "pobj" and lang.is_locative(token.head.lower_, targets=False)


#: The role of people named only by their number ('thousands', 'tens of thousands').
CROWD = "CVL"


def _crowd(written: Token, counted: Token, lang: LanguagePack) -> bool:
    """Whether a head names people only by their number: 'thousands', 'tens of thousands' (not
    'thousands of tonnes', nor 'thousands of supporters', which the counted noun names)."""
    numbers = lang.crowd_numbers
    return written.lower_ in numbers and (counted is written or counted.lower_ in numbers)


def _regional(words: list[Token], start: int, lang: LanguagePack) -> bool:
    """Whether a country word is part of the name of a region of several countries ('*Latin* American', '*Central*
    American'; lang ``regional_adjectives``): no country."""
    return start >= 1 and f"{words[start - 1].lower_} {words[start].lower_}" in lang.regional_adjectives


def _sympathy(words: list[Token], start: int, lang: LanguagePack) -> bool:
    """Whether a country word is part of 'pro-Russian' / 'anti-American' (the actor is not that country)."""
    return start >= 2 and words[start - 1].text == "-" and words[start - 2].lower_ in lang.sympathy_prefixes


def _head_role(roles: list[tuple[PhraseMatch, Entry]], head_position: int) -> str:
    """The role of the phrase's head word if it is a role noun, else of the last role word."""
    for match, entry in roles:
        if match.start <= head_position < match.end:
            return entry.code
    return roles[-1][1].code if roles else ""


def _is_person_title(roles: list[tuple[PhraseMatch, Entry]]) -> bool:
    """Whether a role word of the phrase is a title ('President', 'Minister')."""
    return any(entry.kind == "title" for _, entry in roles)


def _nearest(items: list, head_position: int):  # type: ignore[no-untyped-def]
    """The item whose match covers the head, else the one nearest before it, else the first."""
    for item in items:
        if item[0].start <= head_position < item[0].end:
            return item
    before = [item for item in items if item[0].end <= head_position]
    return before[-1] if before else items[0]


def _joined_countries(countries: list[tuple[PhraseMatch, Entry]], words: list[Token], head_position: int
                      ) -> list[tuple[PhraseMatch, Entry]]:
    """The country naming the phrase's head ('Pakistan, a U.S. ally' -> Pakistan); all countries when they
    are conjoined modifiers ('Russian and Iranian officials'); else a possessor or the first modifier."""
    for match, entry in countries:
        if match.start <= head_position < match.end:
            return [(match, entry)]
    if len(countries) > 1:
        tokens = [words[m.start] for m, _ in countries]
        if any(t.dep_ == "conj" for t in tokens):
            return countries
    return [countries[-1]] if len(countries) == 1 else [_possessor_or_first(countries, words)]


def _possessor_or_first(countries: list[tuple[PhraseMatch, Entry]], words: list[Token]) -> tuple[PhraseMatch, Entry]:
    """The first country that is a possessor or modifier of the phrase, else the first country."""
    for match, entry in countries:
        if words[match.start].dep_ in ("poss", "amod", "compound"):
            return match, entry
    return countries[0]


def _actor(code: str, name: str) -> Actor:
    """An :class:`Actor` with ``code``, ``name`` and the country and role the code holds."""
    country, role = split_code(code)
    return Actor(code=code, name=name, country=country, role=role)
