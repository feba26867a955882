"""One event to line up, each a lesser reason for a broker (fourteenth session: panel 12 read
by kind; weighed by planner.broker_reasons through planner.broker_more).

    the council starts paying   care the person has paid for themselves, now that their
                                savings are under the limit, paid by the council from now on:
                                the same provider and workers kept at the council's rate, and
                                the person's contribution checked (complex_plan, 1; someone
                                close who runs the money can do it)
                                (not when the words say the provider has already agreed to
                                carry on at the council's rate, with no doubt left: nothing is
                                left to line up; fifteenth session)
    a planned stay in hospital  an operation booked or wanted, when the person lives alone and
                                needs help at home after it: things to line up at once (the
                                home, a pet, medicines, help after) (complex_plan, 1)
    a dog trained to help       the budget asked to pay a charity to train an assistance dog
                                (to alert to seizures or hypos, to fetch help), often to need
                                fewer visits in time: the council must agree it, so the case
                                is written down (the need it meets, the cost, what happens if
                                the training does not work) (complex_plan, 1; fifteenth
                                session). A leisure pass or a laptop is an ordinary purchase.
    care stopped for now        the provider has stopped or suspended the visits until
                                something at home is put right (pests, the home unsafe): the
                                fix and the restart to line up in order (complex_plan, 1;
                                fifteenth session)

Help at home for a short time after a hospital stay is reablement, free (planner.reablement).
"""

from __future__ import annotations

import re

from planner.models import Profile
from planner.reablement import after_a_stay

__all__ = ["care_paused", "council_starts_paying", "dog_trained", "planned_stay"]

#: care paid for by the person themselves ("paid Brightside myself", "a self-funder")
_SELF_PAID = re.compile(
    r"\b(self[- ]fund\w*|(paid|paying|pays|paid for|funded) [^.]{0,40}?\b(myself|himself|herself|"
    r"themselves|ourselves)|(out of|from) (my|his|her|their|our) own (pocket|savings|money))\b",
    re.I,
)
#: ... and the council paying from now on: savings under the limit, or the council taking over
_COUNCIL_PAYS = re.compile(
    r"\b((savings|capital|money)\b[^.]{0,40}?\b(under|below|fallen|dropped|run (out|down)|"
    r"nearly gone|gone)|(upper )?capital limit|council\b[^.]{0,40}?\b(will|is going to|has "
    r"agreed to|starts?|take over) (to )?(fund|pay\w*|paying for))\b",
    re.I,
)
#: an operation or a stay in hospital to come
_PLANNED = re.compile(
    r"\b((booked|listed|due|waiting|going) (in )?(for|to have) (an? |my |his |her )?"
    r"(\w+ )?(operation|op|surgery|replacement)|"
    r"(operation|surgery|replacement|admission)\b[^.]{0,30}?\b(in|on|booked for|planned for|"
    r"next) (january|february|march|april|may|june|july|august|september|october|november|"
    r"december|the \w+|\d)|"
    r"(want|wants|plan|plans|going) to operate|"
    r"(put|putting) (it|the operation|the op) off|cancelled (it|the operation|the op))",
    re.I,
)
#: the provider has already agreed to carry on at the council's rate ...
_AGREED = re.compile(
    r"\b(agreed|(says|said) (they|it|she|he) ('ll|will))\b[^.]{0,60}?\b(council'?s rate|"
    r"same rate|carry on|keep\w*|stay\w*)\b",
    re.I,
)
#: ... with no doubt left in the same sentence
_DOUBT = re.compile(r"\b(but|don'?t know|not sure|whether|unless|might not|may not)\b", re.I)
#: the provider has stopped the visits for now, until something is put right
_PAUSED = re.compile(
    r"\b(stopped|suspended|paused|halted|cancelled)\b[^.]{0,40}?\b(calls?|visits?|care)\b"
    r"[^.]{0,40}?\buntil\b|\b(calls?|visits?|care)\b[^.]{0,20}?\b(stopped|suspended|paused)"
    r"\b[^.]{0,20}?\buntil\b",
    re.I,
)
#: a dog trained to help: "my seizure response dog", "train my spaniel to smell a hypo"
_HELPER_DOG = re.compile(
    r"\b((assistance|alert|response|seizure|hearing|guide|detection|medical) dogs?|"
    r"train\w*\b[^.]{0,40}?\b(dogs?|pupp(y|ies)|spaniel|labrador|retriever|poodle|collie))\b",
    re.I,
)
#: ... paid from the budget, in the person's words
_FROM_BUDGET = re.compile(
    r"\b(my|the|our|his|her|their) (personal )?(budget|direct payment)\b[^.]{0,30}?\bpay|"
    r"\bpay\w*\b[^.]{0,30}?\b(from|out of|with) (my|the|our|his|her|their) (personal )?"
    r"(budget|direct payment)\b",
    re.I,
)
_ALONE = re.compile(r"\b(live|lives|living) (on (my|his|her|their) own|alone)\b", re.I)


def council_starts_paying(profile: Profile) -> str:
    """The words that say the council takes over paying for care the person paid for."""
    now = "\n".join([profile.typical_week, *profile.current_support])
    paid = _SELF_PAID.search(now)
    council = _COUNCIL_PAYS.search(profile.typical_week)
    if not (paid and council) or profile.budget_management == "direct_payment":
        return ""
    sentences = re.split(r"(?<=[.!?])\s+", profile.typical_week)
    if any(_AGREED.search(s) and not _DOUBT.search(s) for s in sentences):
        return ""  # the provider has already agreed: only who pays changes
    return f'"{paid.group(0)}"; "{council.group(0)}"'


def planned_stay(profile: Profile) -> str:
    """The words of a planned stay in hospital, with help needed after it, for someone who
    lives alone ("" if none)."""
    stay = _PLANNED.search(profile.typical_week)
    after = [n.text for n in profile.support_needs if after_a_stay(n)]
    if not (stay and after and _ALONE.search(profile.typical_week)):
        return ""
    return f'"{stay.group(0)}"; "{after[0]}"'


def care_paused(profile: Profile) -> str:
    """The words that say the provider has stopped the visits until something is put right
    ("" if none)."""
    for line in [profile.typical_week, *profile.current_support]:
        if found := _PAUSED.search(line):
            return f'"{found.group(0)}"'
    return ""


def dog_trained(profile: Profile) -> str:
    """The words that ask the budget to pay for training an assistance dog ("" if none)."""
    words = "\n".join([profile.typical_week, *(d.text for d in profile.dreams)])
    words += "\n" + "\n".join(n.text for n in profile.support_needs)
    dog, budget = _HELPER_DOG.search(words), _FROM_BUDGET.search(words)
    if not (dog and budget):
        return ""
    return f'"{dog.group(0)}"; "{budget.group(0)}"'
