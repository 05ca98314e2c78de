"""Language packs: every word list, dependency-label set and language fact the coder reads, in one object.

A :class:`LanguagePack` holds what eventlib knows of one language (negators, locative
prepositions, weekday and month names, number words, statement verbs, the dependency labels of
the language's parser, verb inflection...); :func:`language_pack` picks it by the spaCy language
code of a pipeline (``nlp.lang``), as spaCy picks ``EnglishDefaults``. The English pack is
:data:`eventlib.lang.en.ENGLISH`. Classes that hold state take the pack in their constructor
(``RuleEngine(rulesets, lang=...)``, ``ActorResolver(dictionary, lang=...)``); module functions
take it as the keyword ``lang``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

import attrs

from .._errors import UnknownLanguageError

__all__ = ["LanguagePack", "UnknownLanguageError", "language_pack"]


def _read_only(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    """A read-only copy of ``mapping``, in its order."""
    return MappingProxyType(dict(mapping))


def _words() -> Any:
    """A field of words (or labels) looked up by membership, stored as a frozenset."""
    return attrs.field(converter=frozenset)


def _sequence() -> Any:
    """A field of words (or labels) whose order matters, stored as a tuple."""
    return attrs.field(converter=tuple)


def _table() -> Any:
    """A field mapping words to values, stored read-only."""
    return attrs.field(converter=_read_only)


@attrs.frozen(kw_only=True, eq=False)
class LanguagePack:
    """Every word list, dependency-label set and language fact of one language (compared by identity).

    Fields marked *derived* are built from the others and are not given to the constructor.
    """

    #: The spaCy language code the pack is for (``nlp.lang``: 'en').
    code: str
    #: The language's name, for messages.
    name: str

    # -- the parse: dependency labels of the language's spaCy parser --------------------------------------------
    #: Labels of active subjects ('Iran' in 'Iran attacked Iraq').
    subject_labels: tuple[str, ...] = _sequence()
    #: Labels of passive subjects ('Iraq' in 'Iraq was attacked').
    passive_subject_labels: tuple[str, ...] = _sequence()
    #: Labels of direct objects.
    object_labels: tuple[str, ...] = _sequence()
    #: Labels of words that head a clause even when the tagger missed their verb.
    clause_labels: tuple[str, ...] = _sequence()
    #: Labels of nouns that modify another noun: not heads of the noun phrases the ``after`` slot offers.
    modifier_labels: frozenset[str] = _words()
    #: Labels of a noun's children that are not part of its noun phrase (clauses, conjuncts, prepositions).
    outside_phrase_labels: frozenset[str] = _words()
    #: Labels of nouns that are not the heads of actor mentions (modifiers, appositions).
    not_head_labels: frozenset[str] = _words()
    #: Labels of a verb's nominal arguments: a time word inside one belongs to that noun, not to the verb.
    nominal_argument_labels: frozenset[str] = _words()
    #: Labels of clauses with a time of their own (relative, reported, subject clauses).
    own_clause_labels: frozenset[str] = _words()
    #: Labels of clauses a statement verb reports ("said [Y attacked Z]", "[Y attacked Z], police said").
    reported_labels: frozenset[str] = _words()

    # -- grammar words --------------------------------------------------------------------------------------------
    #: Words that negate a verb ('not', 'never', "n't"): a negated event is dropped or recoded.
    negators: frozenset[str] = _words()
    #: Relative pronouns: a relative clause's pronoun subject stands for the noun the clause modifies.
    relative_pronouns: frozenset[str] = _words()
    #: Prepositions spelled another way, read as that preposition by rules ('upon' is 'on').
    same_prepositions: Mapping[str, str] = _table()
    #: Prepositions of a deadline, read by rules though their object is a time ('gave X *until Friday* to leave').
    deadline_prepositions: frozenset[str] = _words()
    #: Every preposition, for telling apart a TABARI pattern's preposition slot ('WITH +') from a word slot.
    prepositions: frozenset[str] = _words()
    #: Subordinators of clauses whose events have not happened ("unless Baghdad accepts", "if war starts").
    conditional_subordinators: frozenset[str] = _words()
    #: Conditional subordinators that state what must happen to avert the main clause ('X will leave *unless* Y
    #: ...'): a cooperative act set on one is an ultimatum, not an offer.
    exceptive_subordinators: frozenset[str] = _words()
    #: Modal verbs of events that are not reported as facts ("must reach an agreement", "could attack").
    modal_verbs: frozenset[str] = _words()
    #: Auxiliaries of the future ('will meet'): a future event is dated by the article (the announcement).
    future_auxiliaries: frozenset[str] = _words()
    #: Subordinators of clauses that happen with the clause they hang on ("died when troops fired").
    same_time_subordinators: frozenset[str] = _words()
    #: Verbs that take an object, so that a headline's past form without one is a passive with its auxiliary
    #: left out ('Two journalists shot dead in Guerrero', 'Opposition leader arrested').
    headline_passive_verbs: frozenset[str] = _words()
    #: Participles of aim: what a thing 'aimed at' or 'designed to' do has not happened ('talks aimed at ending
    #: the war').
    aim_participles: frozenset[str] = _words()
    #: Objects that say the subject's members act on each other ('fought *each other*', 'one *another*').
    reciprocal_objects: frozenset[str] = _words()
    #: Modifiers of a plural subject whose members act on each other ('*rival* militias clashed').
    rivalry_modifiers: frozenset[str] = _words()
    #: Subordinators that make an infinitive clause a verb's complement, not its purpose ("called *for* the vote
    #: to be postponed" is what was called for, as "urged X to postpone the vote").
    complement_subordinators: frozenset[str] = _words()

    # -- verbs ----------------------------------------------------------------------------------------------------
    #: Verbs that report another clause: the reported clause holds the event ('police said militants attacked').
    statement_verbs: frozenset[str] = _words()
    #: Verbs whose complement happens as said ("began to withdraw"): the complement codes as itself.
    aspectual_verbs: frozenset[str] = _words()
    #: Prepositions whose object is the target of a bare intent ("vowed to retaliate against X").
    intent_target_prepositions: frozenset[str] = _words()
    #: Particles the parser may tag as an adverb right after the verb ('stepped down', 'walked out').
    adverb_particles: frozenset[str] = _words()
    #: The spelling rules index a verb lemma under (English: American, 'apologise' -> 'apologize').
    standard_spelling: Callable[[str], str]
    #: The regular forms of a verb lemma ('depart' -> depart, departs, departed, departing, ...).
    inflections: Callable[[str], frozenset[str]]
    #: Whether a word can be an inflection of a lemma (a word spelled from the lemma must be a regular form).
    regular_form: Callable[[str, str], bool]

    # -- actors ---------------------------------------------------------------------------------------------------
    #: Pronouns of a person met earlier in the article ('he', 'her').
    person_pronouns: frozenset[str] = _words()
    #: Pronouns of a country or organisation met earlier ('it', 'its').
    thing_pronouns: frozenset[str] = _words()
    #: Pronouns of a group or organisation met earlier ('they', 'their').
    group_pronouns: frozenset[str] = _words()
    #: Nouns of 'the two leaders', 'both countries', and the kind of actor each names (person, country, any).
    pair_nouns: Mapping[str, str] = _table()
    #: Words that make a pair noun name the last two actors met ('the two leaders', 'both sides').
    pair_words: frozenset[str] = _words()
    #: Nouns of 'the regime', 'the country': the last country met, with the role code each adds ('' for none).
    country_nouns: Mapping[str, str] = _table()
    #: Nouns of 'the group', 'the movement': the last named group or organisation met ('Boko Haram ... the group').
    group_nouns: frozenset[str] = _words()
    #: Nouns of 'their Turkish counterparts': whoever holds the acting one's role in another country.
    counterpart_nouns: frozenset[str] = _words()
    #: Prepositions whose phrase says whose or where an actor is ('officials of Iran', 'police in Gaza').
    belonging_prepositions: frozenset[str] = _words()
    #: Prepositions whose object is the country an actor is in or from ('rebels in Mali', 'doctors from Chad').
    origin_prepositions: frozenset[str] = _words()
    #: Prepositions whose object may name who is behind a thing ('calls from Washington', 'a plan by Iran').
    behind_prepositions: frozenset[str] = _words()
    #: Words that count the people of a phrase ('thousands of supporters', 'a group of soldiers').
    quantity_words: frozenset[str] = _words()
    #: Measures, lots and parts, read through like quantities ('300 kilograms *of cocaine*', 'a cache *of
    #: rifles*', 'part *of the city*'); a rule that names the measure itself still matches it ('shipped tonnes
    #: of ...').
    measure_nouns: frozenset[str] = _words()
    #: Nouns that carry what their 'of' names, read through the same way ('a message *of condolence*', 'a show
    #: *of force*', 'a gesture *of goodwill*').
    carrier_of_nouns: frozenset[str] = _words()
    #: Nouns of a body of people named by who its members are ('*student* groups', '*farmers'* unions', '*women's*
    #: organisations'): a rule that asks its subject to be students asks it of the members.
    collective_nouns: frozenset[str] = _words()
    #: Prefixes of 'pro-Russian', 'anti-American': the actor is not that country.
    sympathy_prefixes: frozenset[str] = _words()
    #: Modifiers that make a people's name a minority where they live ('*ethnic* Albanians' of North Macedonia):
    #: civilians of the place's country, not the nation's.
    ethnic_modifiers: frozenset[str] = _words()
    #: Whom a source tells what it reports, in lower case ('a military source *told reporters*', 'told *AFP*'): the
    #: telling only attributes the news.
    press_addressees: frozenset[str] = _words()
    #: Verbs that name what something is ('*calling* it interference'), whose participle after a coded act is no
    #: call of its own.
    naming_verbs: frozenset[str] = _words()
    #: Verbs that take who receives and what is given as two objects ('*passed* its counterparts the names').
    ditransitive_verbs: frozenset[str] = _words()
    #: Doers named only by what they are, by lemma ('*gunmen*', '*militants*'): a blame in the sentence names them.
    unnamed_doers: frozenset[str] = _words()
    #: Words that name people as nothing but people ('men', 'persons'): doers of violence so named are an
    #: unidentified armed group, not civilians.
    plain_people: frozenset[str] = _words()
    #: Verbs whose participle after a coded act states what the act aims at, no appeal of its own ('filed a suit,
    #: *seeking* to annul the vote').
    aim_verbs: frozenset[str] = _words()
    #: Speakers who only attribute what they report, never make a statement of their own ('..., *sources* say').
    anonymous_speakers: frozenset[str] = _words()
    #: Role nouns that are verbs too, never a headline's verb ('Sindh *police* arrest 9': police who arrest).
    roles_read_as_verbs: frozenset[str] = _words()
    #: Adjectives of regions of several countries that end in a country's adjective ('Latin American'): no country.
    regional_adjectives: frozenset[str] = _words()

    # -- places ---------------------------------------------------------------------------------------------------
    #: Prepositions that put an event somewhere ("in Idlib", "near Damascus", "outside Mogadishu").
    locative_prepositions: frozenset[str] = _words()
    #: The locative prepositions that may also introduce a target ('fired on X', 'sent aid to X').
    target_prepositions: frozenset[str] = _words()
    #: Nouns of a kind of place ('the town of Djibo', 'Aleppo province').
    place_nouns: frozenset[str] = _words()
    #: Place nouns of a first-level region: 'Idlib province' is the region of Idlib, not its city.
    region_nouns: frozenset[str] = _words()
    #: Nouns for a part of a place: 'the outskirts of Quetta' is in Quetta.
    area_nouns: frozenset[str] = _words()
    #: Nouns of a place that, with 'the' and no name, recall the place named before ('fought north of *the town*',
    #: 'blocked the road outside *the prison*': where the story's last named place is).
    recalled_place_nouns: frozenset[str] = _words()
    #: Nouns of people that, with 'the', recall the people of the event before, hence its place ('dispersed *the
    #: crowd*', 'fired on *the protesters*').
    recalled_people_nouns: frozenset[str] = _words()
    #: Nouns of a country's edge or expanse that a country adjective places in that country: 'near the *Belarusian
    #: border*', 'on the Serbian *side* of the border', 'in Turkish *airspace*'.
    country_side_nouns: frozenset[str] = _words()
    #: Nouns of a country's capital ('in the Finnish *capital*': Helsinki).
    capital_nouns: frozenset[str] = _words()
    #: Nouns of a part of a city that may be a town of its own: 'in Port-au-Prince, ... in the Carrefour *district*'
    #: is in Carrefour.
    city_part_nouns: frozenset[str] = _words()
    #: Nouns of a way between places: 'the highway *between* Gusau and Sokoto' puts it between them.
    route_nouns: frozenset[str] = _words()
    #: Prepositions of where something goes ('flew him *to* La Paz'): on another verb joined to the event's, the end
    #: of that other act, not the event's place.
    destination_prepositions: frozenset[str] = _words()
    #: Prepositions that on a statement's verb or its object say what it charges or is about ('accused the army *of*
    #: war crimes in Rakhine', 'blamed X *for* killings in Y'): a place there is not where it was said.
    charge_prepositions: frozenset[str] = _words()
    #: Prepositions that after a noun of :attr:`topic_nouns` say what it is about ('silence *on* Manipur').
    topic_prepositions: frozenset[str] = _words()
    #: Nouns of words, views, disputes and measures whose 'on' or 'over' phrase is their topic, not a place: 'to
    #: protest the government's *silence* on Manipur', 'a *dispute* over Kashmir', '*sanctions* on Russia'.
    topic_nouns: frozenset[str] = _words()
    #: Nouns of an act done to a place, whose 'of' names it: 'the siege *of* Ghouta', 'the shelling of Kharkiv'
    #: (with the attack nouns).
    taken_place_nouns: frozenset[str] = _words()
    #: Nouns of a whole country recalled with 'the' or 'its' ('across *the country*', 'throughout *the nation*'):
    #: the actor's country, no town in it.
    whole_country_nouns: frozenset[str] = _words()
    #: Verbs of going to a place whose participle on the speaker or the verb says where the speaker is
    #: ('Zelensky, *visiting* Kharkiv, urged ...', '*touring* the flooded areas').
    visit_verbs: frozenset[str] = _words()
    #: Nouns of the sea ('the Yellow *Sea*', 'the *Strait* of Hormuz'): a place phrase naming one puts the event at
    #: no town, not at the dateline.
    water_nouns: frozenset[str] = _words()
    #: Nouns of a line between two countries whose 'with' names the neighbour, not a partner of the verb ('drills near
    #: the *border* with Guyana').
    boundary_nouns: frozenset[str] = _words()
    #: Nouns of remembering the dead ('in *memory* of the workers shot there'): the deaths are not news.
    memorial_nouns: frozenset[str] = _words()
    #: Determiners of any one of a kind ('*any* crowd that gathered'): what the noun's relative clause tells is a case,
    #: not an event.
    generic_determiners: frozenset[str] = _words()
    #: Subordinators of a limit: in the present its clause has not happened ('fight *until* they gain control').
    limit_subordinators: frozenset[str] = _words()
    #: Forces and bodies that serve where their name says ('*Sindh* police', '*Kano* court'): that place is the
    #: event's when the sentence names no other.
    local_force_nouns: frozenset[str] = _words()
    #: Verbs whose participle after 'be' with 'in' tells what the subject does, no passive ('were *engaged* in ethnic
    #: cleansing', 'is *involved* in smuggling').
    stative_participles: frozenset[str] = _words()
    #: Plural groups that, clashing with nobody named, fight among themselves ('clan *militias* clash', '*gangs*
    #: clashed').
    faction_nouns: frozenset[str] = _words()
    #: Nouns that take a plural verb in every form ('*police* fire', '*people* flee').
    plural_nouns: frozenset[str] = _words()
    #: Nouns of a named landform or water whose name may hold a country's ('the Niger *Delta*', 'the Congo
    #: *River*', 'the *Gulf* of Guinea', '*Port* of Spain'): the country's name there names no country.
    feature_nouns: frozenset[str] = _words()
    #: Verbs whose object is the subject of a bare infinitive after them ('*let* peacekeepers deploy'), parsed as a
    #: clause of the verb: the clause's subject is the verb's object.
    bare_infinitive_verbs: frozenset[str] = _words()
    #: Short words for thousands, millions and billions after a sum ('$150*m*', '€2 *bn*'): the sum's head word.
    amount_suffixes: frozenset[str] = _words()
    #: Nouns of a meeting ('after all-night *talks*', 'at a *summit*'): a story that opens on one held at its
    #: dateline quotes its visitors there.
    meeting_nouns: frozenset[str] = _words()
    #: Prepositions that put a meeting noun in the past of the news ('*after* talks', '*at* a summit').
    meeting_prepositions: frozenset[str] = _words()
    #: Nouns of an event that a place phrase may recall beside the attack and background nouns ('over the *death*
    #: of X in Istanbul', 'after the *poisoning* in Salisbury'): a place in their phrase is where that event was.
    recalled_event_nouns: frozenset[str] = _words()
    #: Prepositions that give the cause or the time of an act ('cut ties *after* an attack on its embassy in X',
    #: 'detained 18 suspects *over* the death of Y in Z'): an event noun after them is an earlier event.
    cause_prepositions: frozenset[str] = _words()
    #: Nouns that with a bare 'in' make a preposition of cause ('in *connection* with', 'in *response* to', 'in
    #: *retaliation* for'): no place, and what follows is an earlier event.
    cause_nouns: frozenset[str] = _words()

    # -- time -----------------------------------------------------------------------------------------------------
    #: Weekday names, Monday first.
    weekdays: tuple[str, ...] = _sequence()
    #: Month names, January first.
    months: tuple[str, ...] = _sequence()
    #: Abbreviated month names ('jan', 'sept') and the month each names, in the order they are tried.
    month_abbreviations: Mapping[str, int] = _table()
    #: Words besides weekday names that name a time outside any date entity ('yesterday', 'overnight').
    time_adverbs: frozenset[str] = _words()
    #: Words besides weekday names whose prepositional phrase is a time ('on Monday', 'in the morning').
    time_nouns: frozenset[str] = _words()
    #: Number words that count the units of 'two weeks ago', in the order they are tried.
    time_counts: Mapping[str, int] = _table()
    #: Words that place an event just before or after the previous one ("an hour later", "hours earlier").
    relative_time_words: tuple[str, ...] = _sequence()
    #: Words that make a time noun or weekday a date ('*last* week', '*this* morning', '*next* Tuesday'); read by the
    #: fast profile's date patterns (:mod:`eventlib.parse.entities`).
    time_modifiers: frozenset[str] = _words()
    #: Words right before a time that make it a span, not when the event happened ('since 1963', 'until May').
    duration_prepositions: frozenset[str] = _words()
    #: Words that begin a time entity that is a span ('for three days' inside the entity).
    duration_openers: tuple[str, ...] = _sequence()

    # -- numbers and deaths ---------------------------------------------------------------------------------------
    #: Number words below twenty and their values ('seven' -> 7; 'no' -> 0).
    number_units: Mapping[str, int] = _table()
    #: Tens words and their values ('forty' -> 40).
    number_tens: Mapping[str, int] = _table()
    #: Words that multiply the number before them ('three hundred', '12 thousand').
    number_multipliers: Mapping[str, int] = _table()
    #: Vague quantities and the figure recorded for them (flagged as estimates), as event datasets do.
    vague_quantities: Mapping[str, int] = _table()
    #: Words that, right after a killing verb, are not a count ('killing the ...', 'killed his ...').
    not_counts: frozenset[str] = _words()

    # -- violence ---------------------------------------------------------------------------------------------------
    #: Nouns of attacks and of the weapons that make them ('a roadside bomb killed', 'died in an air strike'):
    #: an attack that needs no named doer, whose modifiers may name it ('a Taliban ambush').
    attack_nouns: frozenset[str] = _words()
    #: Nouns that are attacks only with a weapon before them ('sniper fire', 'mortar rounds'; not 'a house fire').
    fire_nouns: frozenset[str] = _words()
    #: Weapon words that make a fire noun an attack ('rocket fire', 'machine-gun fire').
    weapon_words: frozenset[str] = _words()
    #: Means a verb uses on someone: a 'to' clause on them is the verb's purpose, done by its subject ('police
    #: fired *live ammunition to break up* the march', 'used *tear gas to disperse* the crowd').
    means_nouns: frozenset[str] = _words()
    #: Verbs that put such means to use ('*fired* live ammunition to ...', not 'needs ammunition to ...').
    means_verbs: frozenset[str] = _words()
    #: Prepositions of whom a request is made ('called on X to ...', 'appealed to X to ...'), in order.
    addressee_prepositions: tuple[str, ...] = ()
    #: Nouns whose role gives way to a modifier's: places a side holds ('rebel positions' are REB's) and ranks or
    #: envoys of a group ('opposition leaders', 'rebel officials' are OPP, REB, not GOV).
    held_nouns: frozenset[str] = _words()
    #: Nouns of documents whose participle says what their author does ('a resolution condemning the coup').
    document_nouns: frozenset[str] = _words()
    #: Vehicles whose load is what is sent ('planes loaded with food': food), and the verbs that say the load.
    carrier_nouns: frozenset[str] = _words()
    carrying_verbs: frozenset[str] = _words()
    #: Attack nouns that are deliberate whatever modifies them ('a chemical attack'; but 'a chemical explosion').
    deliberate_attack_nouns: frozenset[str] = _words()
    #: Verbs of warning: a warning that names no punishment and no act of the speaker is a pessimistic comment.
    warning_verbs: frozenset[str] = _words()
    #: Nouns and verbs of punishment that make a warning a threat ('would pay a heavy price').
    punishment_words: frozenset[str] = _words()
    #: Prepositions of a verb whose object may be the event's unnamed target ('spoke to X', 'sided with X').
    implicit_target_prepositions: frozenset[str] = _words()
    #: Verbs whose object dies ('killed', 'assassinated'); with 'to death' any verb does ('hacked to death').
    killing_verbs: frozenset[str] = _words()
    #: A verb and a word beside it that together kill ('gunned down', 'shot dead').
    killing_phrases: frozenset[tuple[str, str]] = _words()
    #: Verbs whose 'to' complement did not (yet) happen ('tried to kill', 'plotted to assassinate').
    unrealised_verbs: frozenset[str] = _words()
    #: Abbreviations the tokenizer keeps whole before a hyphen ('U.S.-led'), and the words after the hyphen that
    #: are split off so that the abbreviation names its actor ('U.S.', '-', 'led', as 'Saudi-led' is split).
    hyphen_abbreviations: frozenset[str] = _words()
    hyphen_words: frozenset[str] = _words()
    #: Event nouns whose relative clause inside a prepositional phrase recalls an earlier event ('since the coup,
    #: which toppled ...'), beside the attack nouns.
    background_nouns: frozenset[str] = _words()
    #: Subordinators of a clause that tells what a reaction followed ('protests erupted *after* two students were
    #: shot'): in the passive, under a coded protest or statement, the clause recalls the cause, not news.
    sequel_subordinators: frozenset[str] = _words()
    #: What is bad when it rises and good when it falls ('inflation would *drop*': an optimistic comment), what is
    #: good when it rises, and the verbs of rising and falling, for the tone of a forecast.
    rise_is_bad_nouns: frozenset[str] = _words()
    rise_is_good_nouns: frozenset[str] = _words()
    rising_verbs: frozenset[str] = _words()
    falling_verbs: frozenset[str] = _words()
    #: Nouns whose compound names what they carry ('an *aid* programme', 'a *loan* package'): that noun is read.
    compound_carrier_nouns: frozenset[str] = _words()
    #: Articles place names may open with in the gazetteer but not in the news ('*Al* Qamishli').
    name_articles: tuple[str, ...] = ()
    #: Words of suspicion, charge and punishment whose 'of' / 'for' / 'with' names what one is said to have done
    #: ('a man *suspected* of killing three people', '*convicted* of murdering', '*jailed* for torturing'): the
    #: charge, not an event the sentence reports.
    charge_words: frozenset[str] = _words()
    #: Nouns whose clause tells what is wanted, planned, feared or only said, not what happened ('demands that he
    #: resign', 'a plan to withdraw', 'reports that troops crossed').
    unrealised_nouns: frozenset[str] = _words()
    #: Objects of 'fight', 'combat', 'battle' that are no one to fight: diseases, disasters, social ills.
    abstract_foes: frozenset[str] = _words()
    #: Verbs of struggling against something, which may take such an object ('fight', 'tackle', 'crush').
    struggle_verbs: frozenset[str] = _words()
    #: Intent verbs of wanting: what one wants another to do is a demand ('Turkey wants Sweden to extradite ...').
    desire_verbs: frozenset[str] = _words()
    #: Verbs of command: one ordered in the passive to act is the object of a demand ('was ordered by X to ...').
    command_verbs: frozenset[str] = _words()
    #: Verbs of ordering or sending forces: forces named without a country are the subject's ('sent troops').
    sending_verbs: frozenset[str] = _words()
    #: Words of a reported clause that make a plain statement an optimistic (013) or pessimistic (012) comment.
    optimism_words: frozenset[str] = _words()
    pessimism_words: frozenset[str] = _words()
    #: What a copula says of a proposal, a plan or talks to reject them ('talks are *out of the question*', 'the
    #: plan is *unacceptable*', 'a return to the old border is *not an option*'), the words after the copula.
    rejection_predicates: frozenset[str] = _words()
    #: Verbs whose complement is stopped or avoided, so does not happen ('stop fighting', 'refrain from attacking').
    cessative_verbs: frozenset[str] = _words()
    #: Those of them that end what was going on, so that stopping aid or talks is news of its own ('stopped funding
    #: the programme' cuts aid: the policy's ``stopped`` table), not those of what is avoided ('refrained from').
    interrupting_verbs: frozenset[str] = _words()
    #: Nouns of a group counted by an 'of' number ('a family of four') and never one person by themselves.
    counted_groups: frozenset[str] = _words()
    #: Numbers that name a crowd by themselves ('thousands rallied', 'tens of thousands', 'hundreds fled').
    crowd_numbers: frozenset[str] = _words()
    #: Nouns that count the dead ('the number killed in the attack', 'the toll from the bombing').
    tally_nouns: frozenset[str] = _words()
    #: Nouns of what is left of the dead ('*bodies* of 12 men found in a ditch').
    remains_nouns: frozenset[str] = _words()
    #: Words of direction before a place name that gazetteers leave out ('western Aleppo', 'North Darfur').
    direction_words: frozenset[str] = _words()
    #: Nouns of places and things attacked, not attackers ('a hospital bombing', 'a market attack').
    facility_nouns: frozenset[str] = _words()
    #: Modifiers that make an explosion an accident ('a gas explosion', 'a boiler blast').
    accidental_modifiers: frozenset[str] = _words()
    #: Nouns of deaths that are no attack ('killed in a landslide', 'died in a bus crash'): no violent event.
    disaster_nouns: frozenset[str] = _words()
    #: Verbs of accidents ('killed when a tunnel collapsed', 'died when their boat capsized'): no violent event.
    accident_verbs: frozenset[str] = _words()
    #: Adjectives that state a violent verb's result, not a description ('shot dead').
    resultatives: frozenset[str] = _words()
    #: Prepositions that attach the attack a death happened in ('killed in an ambush', 'died after shelling').
    attack_prepositions: frozenset[str] = _words()
    #: Verbs that lay an attack at someone's door ('an ambush *blamed* on X', 'a raid *attributed* to X'): in a
    #: clause on the attack, or on who reported it ('according to medics, who *blamed* X'), they name its doer.
    blame_verbs: frozenset[str] = _words()
    #: Verbs that end a headline by saying who is held to have done it ('17 villagers butchered, ADF *suspected*',
    #: 'three guards slain, X *claims*'): like a report after a comma, they leave the victims before them.
    suspicion_verbs: frozenset[str] = _words()
    #: What a claim owns up to ('X claims *responsibility*'): its subject did what the headline reports.
    responsibility_nouns: frozenset[str] = _words()
    #: Prepositions whose gerund tells what someone is alleged or held to have done ('accused X *of* torturing Y',
    #: 'arrested *for* killing Z'): no report of an attack of its own.
    allegation_prepositions: frozenset[str] = _words()
    #: Prepositions after people named by their role that name the organisation they belong to ('gunmen *from*
    #: al-Shabaab', 'a delegation *from* the IMF').
    member_prepositions: frozenset[str] = _words()
    #: Words on people named by their role that tie them to whoever their phrase names next ('hackers *linked* to
    #: Russian military intelligence', 'militants *loyal* to the NPA', 'fighters *affiliated* with IS').
    affiliation_words: frozenset[str] = _words()
    #: Prepositions on a blame verb whose object is the one blamed ('blamed *on* X', 'attributed *to* X').
    blame_prepositions: tuple[str, ...] = _sequence()
    #: Prepositional heads that name who reported a sentence ('*according* to police').
    attribution_heads: frozenset[str] = _words()

    # -- text -----------------------------------------------------------------------------------------------------
    #: Words the language's spaCy tokenizer splits although they are letters only ('cannot' -> can, not).
    tokenizer_specials: frozenset[str] = _words()

    # -- modal, deontic and conditional statements; copular predicates (issue 13, constructions 4 and 5) ----------
    #: Modal auxiliaries of obligation: "X said Y must free Z" is X's demand of Y ('must', 'should').
    obligation_modals: frozenset[str] = _words()
    #: Verbs that state an obligation with a 'to' complement, and the modal each stands for ('has to' = 'must').
    semi_modals: Mapping[str, str] = _table()
    #: Obligation modals that also state an expectation ('the talks should resume next week'): what a common
    #: noun should do is a demand only when a rule codes it.
    expectation_modals: frozenset[str] = _words()
    #: Modal auxiliaries of possibility: "X could strike Y" states what X may do ('may', 'could').
    possibility_modals: frozenset[str] = _words()
    #: Verbs that let another act: what "will not allow Y to ..." is about has not happened ('allow', 'let').
    permission_verbs: frozenset[str] = _words()
    #: Pronouns by which a speaker names itself ('we', 'I'): "we must act" is no demand of another.
    first_person_pronouns: frozenset[str] = _words()

    # -- nominal events (issue 13, construction 2) --------------------------------------------------------------
    #: Nouns that frame an event noun after 'of' or 'to' ('a round of talks', 'the suspension of aid', 'a return
    #: to talks'), with what they make of it: 'same' (the event itself) or 'stop' (its reduction).
    event_frames: Mapping[str, str] = _table()
    #: Nouns of a span of time that frame events after 'of' ('three days of clashes', 'a night of shelling').
    time_spans: frozenset[str] = _words()
    #: Attacks only armed forces make: a country named before them is its forces ('a *Turkish* air strike',
    #: '*Russian* shelling'); not weapons, which a country may also ship ('Iranian missiles were shipped to ...').
    state_force_nouns: frozenset[str] = _words()
    #: Verbs of a reported clause that promise another a punishment ('X *would pay* a heavy price', 'will *face*
    #: consequences', 'will *regret* it'): a threat by the speaker.
    threat_clause_verbs: frozenset[str] = _words()
    #: Verbs that reject or block a document: its author is not their subject ('Russia *vetoed* a resolution
    #: condemning ...').
    rejecting_verbs: frozenset[str] = _words()
    #: Participles that describe the noun they follow ('gunmen *armed* with rifles', 'militias *backed* by Iran'),
    #: never its main verb.
    descriptive_participles: frozenset[str] = _words()
    #: Participles of force whose reduced relative with 'by' tells the event ('a missile *fired* by X at Y').
    reduced_passive_verbs: frozenset[str] = _words()
    #: Verbs that grant their object a span of time to do something ('gave the rebels 48 hours to leave').
    grant_verbs: frozenset[str] = _words()
    #: Prepositions that lead from a frame noun to the event it frames ('the resumption *of* strikes'), the first
    #: tried first.
    event_frame_prepositions: tuple[str, ...] = _sequence()
    #: Prepositions whose object on an event noun is who made it ('a protest *by* farmers', 'criticism *from*
    #: Kyiv'), the first tried first.
    event_maker_prepositions: tuple[str, ...] = _sequence()
    #: Words before an event noun that say what kind of event it is, not who made it ('*mass* protests', '*street*
    #: protests', '*fresh* clashes').
    event_qualifiers: frozenset[str] = _words()
    #: Past participles after an event noun whose 'by' names who made it ('sanctions *imposed* by X on Y', 'the
    #: raid *carried out* by X'); not those of a go-between ('a truce *brokered* by X').
    maker_participles: frozenset[str] = _words()
    #: Prepositions whose object on an event noun is its target ('talks *with*', 'strikes *on*', 'condemnation
    #: *of*'), the first tried first.
    event_target_prepositions: tuple[str, ...] = _sequence()

    # -- derived --------------------------------------------------------------------------------------------------
    #: *Derived*: locative prepositions that cannot introduce a target ('in Tripoli', never 'to Tripoli').
    place_prepositions: frozenset[str] = attrs.field(init=False)
    #: *Derived*: month and weekday names, which are never places ('March', 'Sunday').
    calendar_names: frozenset[str] = attrs.field(init=False)
    #: *Derived*: every month name and abbreviation and the month it names ('march' and 'mar' -> 3).
    month_numbers: Mapping[str, int] = attrs.field(init=False)
    #: *Derived*: words that may name a time outside any date entity: weekdays and :attr:`time_adverbs`.
    time_words: frozenset[str] = attrs.field(init=False)
    #: *Derived*: prepositional objects that are times, never actor slots: weekdays and :attr:`time_nouns`.
    time_objects: frozenset[str] = attrs.field(init=False)

    @place_prepositions.default
    def _place_prepositions(self) -> frozenset[str]:
        return self.locative_prepositions - self.target_prepositions

    @calendar_names.default
    def _calendar_names(self) -> frozenset[str]:
        return frozenset({*self.months, *self.weekdays})

    @month_numbers.default
    def _month_numbers(self) -> Mapping[str, int]:
        return _read_only({**{name: n for n, name in enumerate(self.months, start=1)}, **self.month_abbreviations})

    @time_words.default
    def _time_words(self) -> frozenset[str]:
        return frozenset({*self.weekdays, *self.time_adverbs})

    @time_objects.default
    def _time_objects(self) -> frozenset[str]:
        return frozenset({*self.weekdays, *self.time_nouns})

    def is_negator(self, word: str) -> bool:
        """Whether the lower-cased ``word`` negates a verb ('not', 'never')."""
        return word in self.negators

    def is_locative(self, preposition: str, targets: bool = True) -> bool:
        """Whether the lower-cased ``preposition`` puts something somewhere ('in', 'near'); with
        ``targets=False``, only one that cannot also introduce a target ('in', not 'on' or 'to')."""
        return preposition in (self.locative_prepositions if targets else self.place_prepositions)


def language_pack(code: str) -> LanguagePack:
    """The language pack registered for the spaCy language code ``code`` (``nlp.lang``, group
    ``languages`` of the registry); UnknownLanguageError listing the codes there are packs for."""
    from ..registry import registry

    if code not in registry.languages:
        raise UnknownLanguageError(code, registry.languages.names())
    pack = registry.languages.get(code)
    if not isinstance(pack, LanguagePack):
        raise UnknownLanguageError(code, registry.languages.names(), f"is {type(pack).__name__}, not a LanguagePack")
    return pack
