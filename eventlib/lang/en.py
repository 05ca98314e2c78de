"""The English language pack: :data:`ENGLISH`, for spaCy's English pipelines (``nlp.lang == 'en'``).

Labels are those of spaCy's English parsers (ClearNLP style: ``nsubj``, ``dobj``, ``pobj``...).
Weekday and month names are written once and the time-word sets are built from them.
"""

from __future__ import annotations

import functools

from . import LanguagePack

__all__ = ["ENGLISH", "american", "inflections", "regular_form"]

_VOWELS = ("a", "e", "i", "o", "u")


@functools.lru_cache(maxsize=16_384)
def american(lemma: str) -> str:
    """American spelling of a British verb lemma: 'apologise' -> 'apologize', 'mobilise' -> 'mobilize' (remembered
    for the last 16,384 lemmas: the rule engine asks for every word's lemma)."""
    if lemma.endswith("ise") and len(lemma) > 5:
        return lemma[:-3] + "ize"
    if lemma.endswith("yse"):
        return lemma[:-3] + "yze"
    return lemma


def inflections(lemma: str) -> frozenset[str]:
    """The regular English forms of a verb ('depart' -> depart, departs, departed, departing) and
    participles in -en spelled from it (risen, fallen, written)."""
    stem = lemma[:-1]
    forms = {lemma, lemma + "s", lemma + "ed", lemma + "ing", lemma + lemma[-1:] + "ed", lemma + lemma[-1:] + "ing"}
    if lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms.add(lemma + "es")
    if lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        forms |= {stem + "ies", stem + "ied"}
    if lemma.endswith("e"):
        forms |= {lemma + "d", stem + "ing"}
    if lemma.endswith("ie"):
        forms.add(lemma[:-2] + "ying")
    if lemma.endswith("c"):
        forms |= {lemma + "ked", lemma + "king"}
    bare = lemma.rstrip("e")
    forms |= {lemma + "n", lemma + "en", bare + "en", bare + bare[-1:] + "en", bare + "ed"}  # risen, written, fled
    return frozenset(forms)


@functools.lru_cache(maxsize=50_000)
def regular_form(word: str, lemma: str) -> bool:
    """Whether ``word`` can be an inflection of ``lemma``: a word spelled from the lemma must be one
    of its regular forms ('departes' is not, as in TABARI); others are irregular forms ('met')."""
    if len(lemma) < 2 or not word.startswith(lemma.rstrip("e")):
        return True
    return word in inflections(lemma)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")

#: The English language pack.
ENGLISH = LanguagePack(
    code="en",
    name="English",
    # the parse
    subject_labels=("nsubj", "csubj"),
    passive_subject_labels=("nsubjpass", "csubjpass"),
    object_labels=("dobj", "obj"),
    clause_labels=("ROOT", "ccomp", "xcomp", "conj", "advcl", "relcl", "pcomp", "acl", "parataxis"),
    modifier_labels={"compound", "amod", "poss", "nmod", "flat"},
    outside_phrase_labels={"conj", "cc", "relcl", "acl", "advcl", "punct", "prep", "preconj", "appos", "dep",
                           "parataxis"},
    not_head_labels={"compound", "amod", "poss", "flat", "nmod", "appos"},
    nominal_argument_labels={"nsubj", "nsubjpass", "appos", "poss"},
    own_clause_labels={"relcl", "ccomp", "parataxis", "csubj"},
    reported_labels={"ccomp", "parataxis"},
    # grammar words
    negators={"not", "never", "n't", "no"},
    relative_pronouns={"who", "that", "which", "whom"},
    same_prepositions={"upon": "on", "onto": "on", "amongst": "among", "towards": "toward"},
    deadline_prepositions={"until", "till"},
    prepositions={"about", "above", "across", "after", "against", "among", "around", "at", "before", "behind",
                  "between", "by", "during", "for", "from", "in", "inside", "into", "near", "of", "off", "on", "onto",
                  "out", "over", "through", "to", "toward", "towards", "under", "upon", "with", "within", "without"},
    conditional_subordinators={"if", "unless", "lest", "whether"},
    exceptive_subordinators={"unless"},
    modal_verbs={"must", "should", "could", "might", "may", "ought", "can"},
    future_auxiliaries={"will", "'ll", "shall", "wo", "would"},
    same_time_subordinators={"when", "as", "while", "whilst"},
    complement_subordinators={"for"},
    reciprocal_objects={"other", "another"},
    sequel_subordinators={"after", "following"},
    name_articles=("al", "el", "ad", "ar", "as", "ash", "az", "an"),
    compound_carrier_nouns={"program", "programme", "package", "scheme", "effort"},
    rise_is_bad_nouns={"inflation", "unemployment", "deficit", "debt", "price", "poverty", "violence", "tension",
                       "crime", "cost", "rate", "death", "casualty", "toll"},
    rise_is_good_nouns={"growth", "economy", "export", "investment", "output", "production", "income", "reserve",
                        "revenue", "employment", "wage", "trade", "gdp", "currency", "shilling", "rupee", "peso",
                        "naira", "rand", "lira"},
    rising_verbs={"rise", "grow", "increase", "climb", "jump", "soar", "surge", "accelerate", "expand", "recover",
                  "strengthen", "gain", "double", "rebound"},
    falling_verbs={"fall", "drop", "decline", "slow", "shrink", "decrease", "dip", "contract", "slump", "plunge",
                   "weaken", "halve", "tumble", "sink", "ease"},
    rivalry_modifiers={"rival", "warring", "opposing", "feuding", "competing"},
    aim_participles={"aim", "intend", "design", "mean", "calculate"},
    headline_passive_verbs={"kill", "slay", "murder", "slaughter", "maim", "shoot", "wound", "injure", "stab",
                            "behead", "lynch", "execute", "hang", "butcher",
                            "abduct", "kidnap", "arrest", "detain", "jail", "imprison", "sentence", "convict",
                            "charge", "deport", "expel", "free", "release", "rescue", "ambush", "attack",
                            "torture", "beat", "massacre", "capture", "seize", "gun", "hack", "burn", "bury",
                            "sack", "oust", "impeach", "indict", "summon", "evacuate", "displace"},
    # verbs
    statement_verbs={"say", "tell", "report", "announce", "add", "claim", "state", "confirm", "write", "explain",
                     "note", "insist", "allege", "acknowledge", "find", "show", "reveal", "quote", "cite", "estimate",
                     "warn"},
    aspectual_verbs={"begin", "start", "continue", "resume", "keep", "proceed", "go", "manage"},
    intent_target_prepositions={"on", "against", "at", "to"},
    adverb_particles={"down", "up", "out", "off", "back", "away", "over", "in"},
    standard_spelling=american,
    inflections=inflections,
    regular_form=regular_form,
    # actors
    person_pronouns={"he", "she", "him", "her", "his", "hers"},
    thing_pronouns={"it", "its"},
    group_pronouns={"they", "them", "their"},
    pair_nouns={"leader": "person", "president": "person", "minister": "person", "country": "country",
                "nation": "country", "side": "any", "government": "country", "neighbour": "country",
                "neighbor": "country", "state": "country"},
    pair_words={"two", "both"},
    country_nouns={"regime": "GOV", "country": ""},
    group_nouns={"group", "movement"},
    counterpart_nouns={"counterpart", "counterparts"},
    belonging_prepositions={"of", "in", "from"},
    origin_prepositions={"in", "from"},
    behind_prepositions={"from", "by", "with"},
    quantity_words={"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "tens", "scores", "million",
                    "millions", "group", "crowd", "crowds", "band", "unit", "number", "handful", "some", "many",
                    "most", "all", "several"},
    measure_nouns={"kilogram", "kilo", "kg", "tonne", "ton", "pound", "barrel", "litre", "liter", "gallon", "ounce",
                   "cache", "haul", "stockpile", "batch", "quantity", "amount", "truckload", "crate", "bag", "sack",
                   "package", "raft",
                   # bursts: 'fired a salvo of rockets at X', 'a hail of bullets', 'a barrage of criticism'
                   "salvo", "volley", "barrage", "hail", "flurry",
                   # parts of a whole: 'captured part of the city', 'opened its side of the crossing'
                   "part", "side", "section", "portion", "half", "rest", "remainder", "bulk", "stretch", "swathe",
                   "swath", "segment", "share",
                   # spans of time: 'held two days of talks', 'launched ten days of war games'
                   "day", "week", "month", "hour", "night", "weekend"},
    carrier_of_nouns={"message", "letter", "note", "expression", "gesture", "show", "display", "token", "sign",
                      "statement", "declaration", "pledge", "offer", "activity", "campaign", "policy", "act",
                      "programme", "program", "team"},
    collective_nouns={"group", "organisation", "organization", "association", "movement", "federation",
                      "coalition", "collective", "network", "body", "union", "alliance", "front", "committee"},
    sympathy_prefixes={"pro", "anti"},
    ethnic_modifiers={"ethnic"},
    naming_verbs={"call", "term", "dub", "label", "brand"},
    ditransitive_verbs={"give", "hand", "pass", "send", "offer", "show", "grant", "award", "lend", "sell", "supply",
                        "provide", "deliver", "promise", "owe", "leak", "slip", "feed"},
    press_addressees={"reporters", "reporter", "journalists", "journalist", "afp", "reuters", "ap", "bbc", "cnn",
                      "xinhua", "tass", "interfax", "anadolu", "dpa", "efe", "ansa", "media", "press"},
    regional_adjectives={"latin american", "south american", "central american", "north american", "african american",
                         "pan american", "anglo american"},
    # places
    locative_prepositions={"in", "near", "at", "outside", "around", "across", "inside", "on", "into", "over", "to",
                           "throughout", "off", "along", "towards", "toward", "within", "through"},
    target_prepositions={"on", "over", "to", "off", "along", "through"},
    place_nouns={"city", "town", "village", "region", "province", "district", "state", "area", "capital", "county",
                 "governorate", "suburb", "neighbourhood", "neighborhood", "camp", "port", "border", "enclave",
                 "strip", "island", "municipality", "prefecture", "valley", "oblast", "department", "territory",
                 "crossing"},
    region_nouns={"province", "state", "region", "governorate", "oblast", "prefecture"},
    area_nouns={"outskirts", "outskirt", "edge", "centre", "center", "heart", "suburbs", "suburb", "streets", "road",
                "north", "south", "east", "west", "part", "parts", "coast", "side", "vicinity"},
    recalled_place_nouns={"city", "town", "village", "district", "camp", "prison", "jail", "base", "hospital",
                          "market", "crossing", "port", "compound", "barracks", "outpost", "airport", "stadium",
                          "square", "suburb", "neighbourhood", "neighborhood", "enclave", "municipality", "scene",
                          "church", "mosque", "temple", "synagogue", "shrine", "school", "embassy", "consulate",
                          "hotel", "station"},
    recalled_people_nouns={"crowd", "mob", "protester", "demonstrator", "rioter", "marcher"},
    country_side_nouns={"side", "soil", "territory", "airspace", "waters"},
    capital_nouns={"capital"},
    city_part_nouns={"district", "suburb", "neighbourhood", "neighborhood", "quarter", "township", "borough",
                     "commune", "municipality"},
    route_nouns={"road", "highway", "motorway", "route", "bridge", "railway", "border", "frontier", "corridor",
                 "crossing", "checkpoint", "stretch"},
    destination_prepositions={"to", "toward", "towards"},
    topic_prepositions={"on", "over"},
    charge_prepositions={"of", "for", "about", "against", "over"},
    topic_nouns={"silence", "stance", "view", "policy", "talk", "negotiation", "debate", "dispute", "row", "tension",
                 "concern", "worry", "outrage", "anger", "criticism", "comment", "remark", "statement", "resolution",
                 "motion", "vote", "referendum", "report", "question", "inquiry", "probe", "investigation", "sanction",
                 "pressure", "deal", "agreement", "accord", "law", "bill", "decision", "ruling", "verdict", "plan",
                 "proposal", "demand", "appeal", "warning", "advice", "guidance", "feud", "quarrel", "difference",
                 "disagreement", "consultation", "briefing", "hearing"},

    taken_place_nouns={"siege", "blockade", "capture", "fall", "encirclement", "recapture", "occupation",
                       "evacuation"},
    whole_country_nouns={"country", "nation"},
    visit_verbs={"visit", "tour"},
    water_nouns={"sea", "ocean", "gulf", "strait", "straits"},
    feature_nouns={"delta", "valley", "river", "basin", "lake", "canal", "plateau", "highlands", "mountains",
                   "desert", "gulf", "bay", "port", "strait", "sea"},
    bare_infinitive_verbs={"let", "help"},
    amount_suffixes={"k", "m", "mn", "mln", "b", "bn", "bln", "tn", "trn"},
    meeting_nouns={"talks", "summit", "meeting", "conference", "negotiations"},
    meeting_prepositions={"after", "at", "during", "following"},
    recalled_event_nouns={"death", "killing", "murder", "assassination", "poisoning", "execution", "kidnapping",
                          "abduction", "disappearance", "detention", "arrest", "torture", "stabbing", "beheading",
                          "rape"},
    cause_prepositions={"after", "following", "over", "since", "before", "for", "about", "against"},
    cause_nouns={"connection", "response", "retaliation", "revenge", "reprisal"},
    # time
    weekdays=_WEEKDAYS,
    months=_MONTHS,
    month_abbreviations={"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sept": 9, "sep": 9,
                         "oct": 10, "nov": 11, "dec": 12},
    time_adverbs={"yesterday", "today", "tonight", "overnight"},
    time_nouns={"today", "tonight", "yesterday", "tomorrow", "morning", "evening", "night", "week", "month", "year",
                "day", "weekend", "afternoon"},
    time_counts={"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12},
    relative_time_words=("later", "earlier", "afterwards", "meanwhile", "then", "the same day", "that day",
                         "the same night", "that night"),
    time_modifiers={"last", "this", "next", "earlier", "later"},
    duration_prepositions={"since", "for", "until", "till"},
    duration_openers=("since", "for"),
    # numbers and deaths
    number_units={"zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                  "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
                  "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19},
    number_tens={"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                 "ninety": 90},
    number_multipliers={"hundred": 100, "thousand": 1000},
    vague_quantities={"several": 3, "a few": 3, "a dozen": 12, "dozens": 12, "scores": 20, "hundreds": 100,
                      "thousands": 1000, "tens of thousands": 10000},
    not_counts={"the", "his", "her", "their", "its", "people", "them", "him", "civilians", "soldiers", "and", "in",
                "on", "at", "by", "were", "was", "said", "when", "after", "who"},
    # violence
    attack_nouns={"attack", "assault", "strike", "airstrike", "raid", "ambush", "bombing", "bomb", "blast",
                  "explosion", "explosive", "ied", "mine", "landmine", "shelling", "shell", "bombardment", "barrage",
                  "rocket", "missile", "mortar", "grenade", "drone", "gunfire", "shooting", "shootout", "crossfire",
                  "offensive", "clash", "fighting", "firefight", "gunbattle", "gunfight", "skirmish", "massacre",
                  "onslaught", "incursion", "operation", "violence", "duel", "aggression", "battle", "hostility",
                  "combat"},
    fire_nouns={"fire", "round", "volley", "shot", "device"},
    weapon_words={"sniper", "rocket", "mortar", "artillery", "tank", "machine-gun", "gun", "automatic", "heavy",
                  "cannon", "rifle", "missile", "anti-aircraft", "small-arms", "enemy", "hostile", "explosive",
                  "incendiary"},
    means_nouns={"ammunition", "bullet", "round", "gas", "teargas", "force", "cannon", "baton", "truncheon", "shotgun",
                 "gun", "rifle", "grenade", "pellet", "weapon", "whip", "stick", "club", "dog", "bulldozer"},
    means_verbs={"use", "fire", "employ", "deploy", "unleash", "spray", "shoot", "lob", "turn", "bring"},
    tally_nouns={"number", "toll", "tally", "count"},
    remains_nouns={"body", "corpse", "remains"},
    crowd_numbers={"thousands", "hundreds", "tens", "dozens", "scores", "millions"},
    killing_verbs={"kill", "murder", "slay", "massacre", "slaughter", "assassinate", "execute", "behead", "lynch",
                   "decapitate", "butcher"},
    killing_phrases={("gun", "down"), ("cut", "down"), ("shoot", "dead"), ("gun", "dead")},
    unrealised_verbs={"attempt", "try", "plan", "plot", "seek", "threaten", "vow", "want", "intend", "aim", "fail",
                      "conspire", "scheme", "mean", "hope", "wish"},
    hyphen_abbreviations={"U.S.", "U.N.", "U.K.", "E.U."},
    hyphen_words={"led", "backed", "based", "brokered", "sponsored", "made", "funded", "trained", "allied", "run",
                  "owned", "mediated", "supported", "imposed", "supplied", "built", "drafted", "proposed",
                  "sanctioned"},
    background_nouns={"war", "coup", "uprising", "revolution", "invasion", "occupation", "conflict", "crisis",
                      "genocide", "riot", "unrest", "insurgency", "rebellion", "crackdown", "protest", "siege",
                      "election", "referendum", "deal", "agreement", "accord", "treaty", "ceasefire", "truce"},
    charge_words={"suspect", "suspected", "accuse", "accused", "convict", "convicted", "charge", "charged", "guilty",
                  "jail", "sentence", "arrest", "detain", "want", "wanted", "acquit", "indict", "try", "prosecute",
                  "imprison", "punish", "fine", "execute", "hang", "innocent", "acquittal", "conviction"},
    unrealised_nouns={"demand", "call", "request", "appeal", "proposal", "plan", "threat", "offer", "promise",
                      "admission", "acknowledgement", "acknowledgment", "apology",
                      "pledge", "bid", "attempt", "effort", "push", "fear", "hope", "expectation", "claim",
                      "allegation", "rumour", "rumor", "report", "suggestion", "idea", "possibility", "prospect",
                      "risk", "warning",
                      "ultimatum", "plot", "intention", "decision", "order", "vow", "readiness", "willingness",
                      "commitment", "agreement", "deal", "accusation", "charge", "suspicion", "speculation",
                      "concern", "insistence", "condition", "wish", "desire", "dream", "ambition", "scheme", "motion",
                      "resolution", "bill", "law", "measure", "initiative"},
    abstract_foes={"outbreak", "pandemic", "epidemic", "virus", "coronavirus", "disease", "cholera", "ebola",
                   "malaria", "covid", "covid-19", "infection", "wildfire", "blaze", "flood", "flooding",
                   "drought", "famine", "hunger", "poverty", "corruption", "inflation", "unemployment", "crime",
                   "climate", "change", "warming", "pollution", "smog", "locust", "pest", "addiction", "obesity",
                   "illiteracy", "misinformation", "disinformation", "fraud", "graft", "impunity", "cancer"},
    struggle_verbs={"fight", "combat", "battle", "tackle", "counter", "attack", "beat", "defeat", "crush", "eradicate",
                    "stamp", "crack", "wage", "confront", "curb", "contain", "stem", "halt", "hit", "target"},
    desire_verbs={"want", "expect", "wish", "prefer", "need"},
    command_verbs={"order", "instruct", "direct", "command", "tell", "require", "compel", "oblige", "obligate"},
    sending_verbs={"order", "send", "deploy", "dispatch", "command", "instruct", "mobilise", "mobilize",
                   "direct"},
    rejection_predicates={"unacceptable", "inadmissible", "unthinkable", "out of the question", "off the table",
                          "not on the table", "not an option", "no option", "not on the agenda", "a non-starter",
                          "a nonstarter"},
    optimism_words={"improve", "improvement", "better", "progress", "breakthrough", "optimistic", "hopeful",
                    "recover", "recovery", "rebound", "stabilise", "stabilize", "ease", "easing", "upbeat", "positive",
                    "promising", "constructive", "productive", "fruitful", "encouraging", "thaw"},
    pessimism_words={"worsen", "worse", "deteriorate", "deterioration", "dire", "grim", "bleak", "catastrophic",
                     "catastrophe", "collapse", "dangerous", "danger", "alarming", "perilous", "precarious",
                     "gloomy", "pessimistic", "spiral", "escalate", "escalation", "brink"},
    cessative_verbs={"stop", "cease", "quit", "halt", "end", "refrain", "abstain", "desist", "avoid", "give",
                     "forgo", "forego", "renounce"},
    counted_groups={"family", "group", "crowd", "people", "team", "unit", "convoy", "police", "staff", "crew"},
    addressee_prepositions=("on", "upon", "to"),
    held_nouns={"position", "positions", "post", "outpost", "base", "stronghold", "hideout", "camp", "leader",
                "leaders", "chief", "chiefs", "head", "heads", "official", "officials", "spokesman", "spokeswoman",
                "spokesperson", "representative", "representatives", "delegation", "delegate", "delegates",
                "member", "members", "figure", "figures", "commander", "commanders"},
    document_nouns={"statement", "resolution", "motion", "declaration", "communique", "communiqué", "letter",
                    "note", "message", "petition", "decree", "proclamation"},
    carrier_nouns={"plane", "aircraft", "airplane", "jet", "flight", "truck", "lorry", "vehicle", "convoy", "ship",
                   "vessel", "boat", "train", "helicopter", "container", "van", "barge", "tanker", "cargo"},
    carrying_verbs={"carry", "load", "laden", "pack", "fill", "bring", "transport", "bear", "contain"},
    deliberate_attack_nouns={"attack", "assault", "raid", "ambush", "strike", "airstrike", "bombing", "shelling",
                             "offensive", "massacre", "bombardment"},
    warning_verbs={"warn", "caution"},
    punishment_words={"consequence", "punishment", "price", "retaliation", "reprisal", "response", "revenge",
                      "vengeance", "retribution", "force", "action", "measure", "countermeasure", "sanction", "war",
                      "regret", "pay", "suffer", "punish", "tolerate", "allow", "permit", "respond", "react"},
    implicit_target_prepositions={"to", "with", "against", "toward", "towards"},
    direction_words={"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                     "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
                     "southeastern", "southwestern", "upper", "lower", "greater"},
    facility_nouns={"hospital", "market", "school", "mosque", "church", "temple", "synagogue", "shrine", "bus", "train",
                    "hotel", "checkpoint", "convoy", "base", "camp", "village", "station", "wedding", "funeral",
                    "prison", "jail", "embassy", "office", "court", "airport", "stadium", "restaurant", "cafe", "bar",
                    "shop", "mall", "house", "home", "bridge", "road", "highway", "port", "border", "city", "town",
                    "rally", "parade", "concert", "festival", "university", "college", "clinic", "compound",
                    "headquarters", "barracks", "outpost", "post", "factory", "mine", "field", "farm", "bank", "block",
                    "building", "tower", "warehouse", "depot", "plant", "monastery", "pagoda", "madrasa",
                    "madrassa", "seminary", "orphanage", "refinery", "dormitory", "hostel", "oilfield", "terminal"},
    accidental_modifiers={"domestic", "gas", "cylinder", "boiler", "coal", "factory", "chemical", "fireworks",
                          "firework", "transformer", "pipeline", "tanker", "mine", "industrial", "kitchen", "stove",
                          "plant", "refinery", "warehouse", "accidental"},
    disaster_nouns={"accident", "crash", "collision", "landslide", "mudslide", "flood", "flooding", "earthquake",
                    "quake", "storm", "cyclone", "hurricane", "typhoon", "tornado", "blaze", "wildfire", "stampede",
                    "collapse", "outbreak", "epidemic", "disease", "cholera", "virus", "heatwave", "avalanche",
                    "drought", "famine", "lightning", "tsunami", "eruption", "derailment", "capsizing", "fall",
                    "illness", "infection", "overdose", "drowning", "rain", "rains", "snow", "cold", "heat"},
    accident_verbs={"collapse", "crash", "capsize", "sink", "derail", "overturn", "drown", "erupt", "flood",
                    "topple", "plunge", "fall", "burn", "catch", "electrocute", "trample", "skid", "collide"},
    resultatives={"dead"},
    attack_prepositions={"in", "during", "by", "after", "from", "under", "amid", "following"},
    blame_verbs={"blame", "attribute", "pin"},
    suspicion_verbs={"suspect", "blame", "claim"},
    responsibility_nouns={"responsibility", "credit"},
    allegation_prepositions={"of", "for"},
    member_prepositions={"from"},
    affiliation_words={"linked", "link", "loyal", "affiliated", "affiliate", "allied", "ally", "aligned", "align",
                       "tied", "tie", "belonging", "belong"},
    blame_prepositions=("on", "to"),
    attribution_heads={"according"},
    # modal, deontic and conditional statements; copular predicates (issue 13, constructions 4 and 5)
    obligation_modals={"must", "should", "ought"},
    semi_modals={"have": "must", "need": "must"},
    expectation_modals={"should"},
    possibility_modals={"may", "could"},
    first_person_pronouns={"i", "we", "me", "us"},
    permission_verbs={"allow", "let", "permit"},
    # nominal events (issue 13, construction 2)
    time_spans={"day", "night", "hour", "week", "month", "year", "weekend", "decade", "minute"},
    grant_verbs={"give", "grant", "allow"},
    threat_clause_verbs={"pay", "face", "regret", "suffer"},
    rejecting_verbs={"veto", "reject", "block", "oppose", "denounce", "condemn", "dismiss", "criticise", "criticize",
                     "boycott", "ignore", "defy", "scrap", "withdraw", "annul", "overturn", "suspend"},
    reduced_passive_verbs={"fire", "launch", "impose", "perpetrate", "unleash", "drop", "plant", "detonate", "lob"},
    state_force_nouns={"airstrike", "strike", "shelling", "bombardment", "barrage", "offensive", "incursion", "raid",
                       "blockade", "invasion", "counteroffensive", "bombing"},
    descriptive_participles={"arm", "back", "link", "base", "ally", "affiliate", "align", "dress", "mask",
                             "disguise", "equip", "tie", "loyal", "connect", "associate", "inspire", "fund"},
    event_frames={"day": "same", "week": "same", "month": "same", "hour": "same", "night": "same",
                  "weekend": "same", "round": "same", "wave": "same", "series": "same", "spate": "same",
                  "string": "same", "flurry": "same", "resumption": "same", "continuation": "same", "renewal": "same",
                  "restart": "same", "start": "same", "beginning": "same", "launch": "same", "return": "same",
                  "escalation": "same", "intensification": "same", "expansion": "same", "approval": "same",
                  "imposition": "same", "suspension": "stop", "halt": "stop", "cancellation": "stop",
                  "postponement": "stop", "freeze": "stop", "freezing": "stop", "breakdown": "stop",
                  "collapse": "stop", "termination": "stop", "severance": "stop", "severing": "stop",
                  "cutoff": "stop", "cessation": "stop", "end": "stop"},
    event_frame_prepositions=("of", "to"),
    event_maker_prepositions=("by", "from"),
    event_qualifiers={"mass", "street", "fresh", "renewed", "new", "nationwide", "widespread", "large", "huge",
                      "massive", "violent", "peaceful", "weekend", "overnight", "night", "daily", "weekly", "sporadic",
                      "heavy", "fierce", "deadly", "bloody", "major", "minor", "rare", "further", "more",
                      "general", "national", "indefinite", "total", "partial", "all-out", "open-ended"},
    maker_participles=frozenset({"impose", "carry", "launch", "conduct", "stage", "mount", "wage", "hold", "make",
                                 "organize", "organise", "lead", "order", "level", "announce", "issue", "fire",
                                 "unleash", "perpetrate", "commit", "deliver", "extend", "offer", "provide", "call",
                                 "declare", "agree", "sign", "start", "begin", "initiate", "resume", "plan",
                                 "coordinate"}),
    event_target_prepositions=("with", "against", "on", "upon", "to", "toward", "towards", "at", "into", "for",
                               "of"),
    # text
    tokenizer_specials={"cannot", "gonna", "gotta", "wanna", "lemme"},
)
