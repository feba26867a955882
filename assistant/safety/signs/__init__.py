"""The warning signs a skilled listener knows, as patterns over repaired text.

Each family is named, and docs/SAFETY.md gives its source. Text reaches these patterns already
lower-cased, with text-speak written out and safety-word typos repaired (`normalise`).

    strong crisis signs       -> act at once (a plan, a means with intent, acting now, ...)
    weak crisis signs         -> ask "are you safe?" unless something explains them away
    strong safeguarding signs -> act at once (an event of abuse or neglect, in everyday words)
    weak safeguarding signs   -> ask
    what counts against       -> an idiom, history that is clearly over, a service named in
                                 "what help do you get now", a fear named as a bottom line

Sources (docs/SAFETY.md): NHS "Help for suicidal thoughts" (warning signs), Samaritans "Signs
someone may be struggling", the American Association of Suicidology's IS PATH WARM mnemonic,
Care and support statutory guidance 14.17 (types of abuse and neglect) and SCIE's "Types and
indicators of abuse".

The families, one module per kind, and how they come together:

    signs/
      words.py            the word classes the families share; any_of, widened
      crisis_means.py     means, self-harm             ┐
      crisis_intent.py    plan, intent, burden, goodbye ├─ crisis.py: CRISIS_STRONG, CRISIS_WEAK
      crisis_finality.py  finality, attempt, reported  │
      emergencies.py      acting now, emergency        ┘
      abuse.py            financial, sexual, ... ┐
      neglect.py          slavery, neglect, ...  ┴─ safeguarding.py: SAFEGUARDING_STRONG, _WEAK
      idioms.py, explained.py   what counts against (why_damped)
      normalise.py        text as the patterns read it
      reading.py          read_signs, damped_at: the families over a message, sentence by sentence
"""

from __future__ import annotations

from assistant.safety.signs.crisis import CRISIS_STRONG, CRISIS_WEAK
from assistant.safety.signs.explained import why_damped
from assistant.safety.signs.normalise import NORMALISE_KEY, normalise
from assistant.safety.signs.reading import Signs, damped_at, read_signs
from assistant.safety.signs.safeguarding import SAFEGUARDING_STRONG, SAFEGUARDING_WEAK

__all__ = [
    "CRISIS_STRONG",
    "CRISIS_WEAK",
    "NORMALISE_KEY",
    "SAFEGUARDING_STRONG",
    "SAFEGUARDING_WEAK",
    "Signs",
    "damped_at",
    "normalise",
    "read_signs",
    "why_damped",
]
