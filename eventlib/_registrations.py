"""The built-in extensions, registered as a plug-in's entry points are (read when the registry is first used).

Each is named by ``module:attribute`` and imported only when it is first looked up, so that
registering costs nothing and no module here imports one that imports the registry back.
"""

from __future__ import annotations

from .registry import Loader, registry

registry.rulesets.declare("cameo.core.v1", "eventlib._builtin:core_rules")
registry.rulesets.declare("cameo.constructions.v1", "eventlib._builtin:construction_rules")
registry.rulesets.declare("cameo.nominal.v1", "eventlib._builtin:nominal_rules")
registry.rulesets.declare("cameo.statements.v1", "eventlib._builtin:statement_rules")
registry.actors.declare("builtin.v1", "eventlib._builtin:core_actors")

registry.rule_types.declare("verb", "eventlib.rules.ruleset:Rule")
registry.rule_types.declare("casualty", "eventlib.rules.casualty:CasualtyRule")
registry.rule_types.declare("nominal", "eventlib.rules.nominal:NominalRule")
registry.rule_types.declare("reciprocal", "eventlib.rules.reciprocal:ReciprocalRule")
registry.rule_types.declare("petrarch-pattern", "eventlib.rules.petrarch.verbs:PatternRule")
registry.rule_types.declare("obligation", "eventlib.rules.statements:ObligationRule")
registry.rule_types.declare("copular", "eventlib.rules.statements:CopularRule")

registry.languages.declare("en", "eventlib.lang.en:ENGLISH")

registry.schemas.declare("cameo", "eventlib.io.schema:CAMEO")
registry.schemas.declare("acled", "eventlib.io.acled:ACLED")

registry.formats.declare("csv", "eventlib.io.outputs:CsvFormat")
registry.formats.declare("jsonl", "eventlib.io.outputs:JsonlFormat")
registry.formats.declare("parquet", "eventlib.io.outputs:ParquetFormat")


@registry.loaders.register("petrarch")
def petrarch() -> Loader:
    """TABARI / PETRARCH files: ``petrarch:VERBS`` as a rule set, ``petrarch:ACTORS``, ``petrarch:DISCARDS``."""
    from .rules.petrarch import dictionaries, verbs

    return Loader("TABARI / PETRARCH dictionary", rulesets=verbs.load_verbs, actors=dictionaries.load_actors,
                  discards=dictionaries.load_discards)


@registry.loaders.register("petrarch-agents")
def petrarch_agents() -> Loader:
    """A TABARI / PETRARCH agents file (roles such as ``[~GOV]``): ``petrarch-agents:AGENTS``."""
    from .rules.petrarch import dictionaries

    return Loader("TABARI / PETRARCH dictionary", actors=dictionaries.load_agents)
