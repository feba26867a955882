"""Everyday sayings whose words sound like harm ("living on the edge", "my jaw hit the floor",
"bite the bullet", "drowning in paperwork"), found in the fifteenth session.

The classifier reads words, not sayings: "edge", "floor", "bullet" and "drowning" pull it towards
a crisis whatever they are part of. Where a message holds one of these sayings and no warning
sign at all, the classifier alone does not signpost, and it asks only when it is quite sure
(`decision.py`). They are kept apart from `idioms.py`, which explains a warning sign away in its
sentence: a saying here never explains a sign away, so a crisis told beside one is read as before.

Each saying is one that is never said of a risk to life or of harm done, whoever says it; sayings
that can be ("at the end of my rope", "hanging by a thread", "at death's door", "throw in the
towel", "pull the plug") are left out on purpose."""

from __future__ import annotations

from assistant.safety.signs.words import any_of

__all__ = ["SAYINGS"]

SAYINGS = any_of(
    # the edge, the ends and the world
    r"\bliv(?:e|es|ing|ed)\s+(?:\w+\s+)?on\s+the\s+edge\b(?![^.!?]{0,30}\b(?:of\s+(?:the\s+)?"
    r"(?:cliff|bridge|roof|platform|building|car\s+park)))",
    r"\bon\s+the\s+edge\s+of\s+(?:my|our|your|his|her)\s+seats?\b|\bcutting[\s-]edge\b|\btake\s+"
    r"the\s+edge\s+off\b|\btook\s+the\s+edge\s+off\b|\btakes\s+the\s+edge\s+off\b",
    r"\b(?:to|go\s+to)\s+the\s+ends?\s+of\s+the\s+earth\b|\bnot\s+the\s+end\s+of\s+the\s+world\b",
    # shock and surprise
    r"\bjaw\s+(?:\w+\s+)?(?:hit|dropped\s+to|on)\s+the\s+floor\b|\bjaw\s+dropped\b|\bfloored\s+me\b|"
    r"\bknocked\s+(?:me|us|him|her)\s+for\s+six\b|\bblew\s+my\s+mind\b|\bgobsmacked\b|\bfell\s+off\s+"
    r"my\s+chair\b",
    r"\b(?:scared|frightened)\s+the\s+(?:life|living\s+daylights)\s+out\s+of\b|\b(?:nearly\s+|almost\s+)?"
    r"gave\s+(?:me|us|him|her)\s+a\s+heart\s+attack\b|\bheart\s+in\s+my\s+mouth\b|\bage[ds]?\s+(?:me\s+)?"
    r"(?:ten|twenty|\d+)\s+years\b|\btook\s+years\s+off\s+(?:my|his|her)\s+life\b",
    # guns, bullets and shots
    r"\bbit(?:e|ing)?\s+the\s+bullet\b|\bdodged\s+a\s+bullet\b|\bsweating\s+bullets\b|\bjump(?:ed|"
    r"ing)?\s+the\s+gun\b|\bstick(?:ing)?\s+to\s+(?:my|his|her|our|your)\s+guns\b|\bbig\s+guns\b|"
    r"\bgreat\s+guns\b",
    r"\bshoot(?:ing)?\s+the\s+breeze\b|\bshot\s+in\s+the\s+dark\b|\bcall(?:s|ing)?\s+the\s+shots\b|"
    r"\b(?:give|gave|have|had)\s+it\s+a\s+(?:good\s+)?shot\b|\blong\s+shot\b|\bbig\s+shot\b|\bshoot\s+"
    r"for\s+the\s+(?:moon|stars)\b|\bfire\s+away\b|\bfired\s+up\b|\bhold\s+fire\b|\bplaying\s+with\s+"
    r"fire\b",
    # burying, drowning, burning
    r"\bbur(?:y|ied|ying)\s+the\s+hatchet\b|\bbur(?:y|ied|ying)\s+(?:my|his|her|our)\s+heads?\s+in\s+"
    r"the\s+sand\b|\b(?:buried|drowning|swamped|snowed\s+under)\s+(?:in|under|with)\s+(?:\w+\s+)?"
    r"(?:paperwork|forms|letters|emails|post|washing|work|bills|admin|laundry|ironing|toys)\b",
    r"\bburn(?:ing|t|ed)?\s+the\s+candle\s+at\s+both\s+ends\b|\bburn(?:ing|t|ed)?\s+the\s+midnight\s+"
    r"oil\b|\bburnt\s+to\s+a\s+crisp\b|\bburn\s+a\s+hole\s+in\s+(?:my|his|her)\s+pocket\b",
    # the dead and the grave said of tiredness, age and things
    r"\b(?:risen|rose|raised|back|come\s+back)\s+from\s+the\s+dead\b|\bflog\w*\s+a\s+dead\s+horse\b|"
    r"\bwouldn't\s+be\s+seen\s+dead\b|\bturn(?:ing|s)?\s+in\s+(?:his|her|their)\s+graves?\b|\bnail\s+"
    r"in\s+the\s+coffin\b|\bone\s+foot\s+in\s+the\s+grave\b(?![^.!?]{0,30}\b(?:and\s+(?:the\s+other|"
    r"ready)|want))",
    r"\btreat\w*\s+(?:me|us|him|her)\s+(?:like|as\s+if)\s+(?:i'm|i\s+am|i\s+was|he's|she's|we're)\s+"
    r"(?:already\s+)?(?:dead|in\s+(?:my|his|her|the)\s+(?:coffin|grave|box))\b",
    # bodies, legs and guts
    r"\b(?:on\s+(?:its|their|his|her|my)\s+last\s+legs)\b|\bcost\w*\s+an\s+arm\s+and\s+a\s+leg\b|"
    r"\bbreak\s+a\s+leg\b|\bpull(?:ing)?\s+(?:my|your|his|her)\s+leg\b",
    r"\bgut\s+(?:feeling|instinct|reaction)\b|\bbust\s+a\s+gut\b|\bhates?\s+(?:my|his|her|their)\s+"
    r"guts\b|\bgut(?:ted|ting)?\s+(?:the|them|a|my)\s+(?:fish|trout|salmon|mackerel|catch|rabbits?|"
    r"chicken|pheasants?)\b|\bgut\s+them\s+myself\b",
    r"\bin\s+stitches\b|\bblood\s+(?:out\s+of|from)\s+a\s+stone\b|\bmy\s+blood\s+boil\b|\bmakes?\s+"
    r"my\s+blood\s+boil\b|\bbled\s+(?:me|us)\s+dry\b|\bbleeding\s+(?:me|us)\s+dry\b",
    # cuts and slack
    r"\bcut\s+(?:me|him|her|them|us)\s+some\s+slack\b|\bcut(?:ting)?\s+corners\b|\bcut(?:ting)?\s+"
    r"it\s+fine\b|\bcut\s+to\s+the\s+chase\b|\bcut\s+and\s+dried\b|\bcuts\s+both\s+ways\b|\bcut\s+"
    r"(?:the|off\s+the)\s+(?:power|electric\w*|mains|water|gas)\b",
    # weather, feelings and fun
    r"\bover\s+the\s+moon\b|\bon\s+cloud\s+nine\b|\bunder\s+the\s+weather\b|\blike\s+a\s+(?:kid|"
    r"child)\s+(?:at|on)\s+christmas\b|\bi'm\s+game\b|\bcount\s+me\s+in\b|\bgo\s+down\s+a\s+bomb\b|"
    r"\bcost\w*\s+a\s+bomb\b|\bdaylight\s+robbery\b",
)
