"""Kitchen Table planner: from a person's answers to a costed, checkable support plan.

    profile (dict or Profile) ─┐
    rate card (RateCard) ──────┼─► draft_plan(...) ─► Plan ─► render_json / render_html /
    plan_id, created_at ───────┘                             render_text / render_sms

Pure Python: no clock, no network, no files (apart from `load_rate_card`, which reads the
packaged or a council's YAML once, and the packaged templates). Safe to call from the chat,
web pages, the command line (`python -m planner draft PROFILE.json`) and tests.

    from planner import draft_plan, load_rate_card, plan_to_dict
    plan = draft_plan(profile_dict, load_rate_card(), plan_id="p-1", created_at=now_utc)
    plan_to_dict(plan)   # the CONTRACT.md section 4 shape
"""

from planner.checks import check_plan
from planner.directory import Directory, DirectoryCost, DirectoryService, DirectorySession
from planner.draft import draft_plan
from planner.models import (
    CHOICE_CODES,
    NEED_AREAS,
    BottomLine,
    Concern,
    Dream,
    Money,
    Need,
    Person,
    Profile,
    describe_errors,
)
from planner.plan import (
    REASON_CODES,
    SECTION_KEYS,
    SUPPORT_KINDS,
    Action,
    BrokerAdvice,
    BrokerReason,
    CostLine,
    Costs,
    DecisionHelp,
    DirectPayment,
    EmergencyStep,
    LocalServices,
    NeedRow,
    Plan,
    Readiness,
    Review,
    Risk,
    Safeguarding,
    Section,
    Support,
    SupportOption,
    Unmet,
)
from planner.rates import Figure, RateCard, RateCardError, default_rate_card, load_rate_card
from planner.readiness import READINESS_CODES
from planner.render import (
    READINESS_LABELS,
    SMS_LIMIT,
    is_gsm7,
    plan_to_dict,
    render_html,
    render_json,
    render_sms,
    render_text,
)
from planner.vocabulary import BOTTOM_LINE_TAGS

__all__ = [
    "BOTTOM_LINE_TAGS",
    "CHOICE_CODES",
    "NEED_AREAS",
    "READINESS_CODES",
    "READINESS_LABELS",
    "REASON_CODES",
    "SECTION_KEYS",
    "SMS_LIMIT",
    "SUPPORT_KINDS",
    "Action",
    "BottomLine",
    "BrokerAdvice",
    "BrokerReason",
    "Concern",
    "CostLine",
    "Costs",
    "DecisionHelp",
    "DirectPayment",
    "Directory",
    "DirectoryCost",
    "DirectoryService",
    "DirectorySession",
    "Dream",
    "EmergencyStep",
    "Figure",
    "LocalServices",
    "Money",
    "Need",
    "NeedRow",
    "Person",
    "Plan",
    "Profile",
    "RateCard",
    "RateCardError",
    "Readiness",
    "Review",
    "Risk",
    "Safeguarding",
    "Section",
    "Support",
    "SupportOption",
    "Unmet",
    "check_plan",
    "default_rate_card",
    "describe_errors",
    "draft_plan",
    "is_gsm7",
    "load_rate_card",
    "plan_to_dict",
    "render_html",
    "render_json",
    "render_sms",
    "render_text",
]

__version__ = "0.1.0"
