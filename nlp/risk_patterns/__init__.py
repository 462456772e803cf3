"""The safeguarding screen's cue lists, written in a small pattern language.

A pattern is a space-separated list of slots matched against normalised lower-case tokens:

- `word`, `a|b|c`        one token, one of the alternatives
- `~verb`                any inflection of a verb or noun (hit, hits, hitting, hitted…)
- `@SET`                 any word of a named set in `lexicon.WORD_SETS` (sets may use `~`)
- `slot?`                the slot is optional
- `*N`                   a gap of 0..N tokens that does not cross a sentence end
- `{MACRO}`              expands into one pattern per alternative in `lexicon.MACROS`
- `<!a|b` (first slot)   the token before the match must not be one of these
- `!a|b` (last slot)     the token after the match must not be one of these

A cue's id ("self_harm:cutting") is what alerts and logs carry, never the user's text.
"""

from __future__ import annotations

from nlp.risk_patterns import (
    abuse,
    acts,
    broad,
    broad_exploit,
    concern,
    exploitation,
    farewell,
    harm,
    hints,
    implied,
    indirect,
    needs,
    plainly,
    sideways,
    traces,
    understated,
    unsaid,
    veiled,
    veiled_exploit,
)
from nlp.risk_patterns.cue import Cue

CUES: tuple[Cue, ...] = (
    harm.CUES
    + abuse.CUES
    + exploitation.CUES
    + needs.CUES
    + indirect.CUES
    + implied.CUES
    + veiled.CUES
    + veiled_exploit.CUES
    + understated.CUES
    + farewell.CUES
    + plainly.CUES
    + acts.CUES
    + sideways.CUES
    + traces.CUES
    + unsaid.CUES
    + hints.CUES
    + broad.CUES
    + broad_exploit.CUES
    + concern.CUES
)

__all__ = ["CUES", "Cue"]
