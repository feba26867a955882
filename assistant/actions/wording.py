"""What the custom actions say, in one place. Plain English: short sentences, reading age about 9.

Questions themselves are Rasa responses (assistant/rasa_side/domain/journey.yml). These are the
sentences
actions compose: kind re-asks, reasons for asking, safeguarding signposts and the plan summary.
Where a text message needs shorter wording, the "sms" entry is used.
"""

from __future__ import annotations

from typing import Any

WORDS: dict[str, dict[str, str]] = {
    "welcome": {
        "web": "Hello. I'm Kitchen Table. I help people plan how to use their personal budget for "
        "care and support. I am not the council. I give advice, but you make the choices.",
    },
    "how_answers_used": {
        "web": "I will ask about your life, the people in it and what matters to you. I use your "
        "answers to draft your support plan. I keep them so you can stop and come back later. "
        "Nobody else sees them unless you choose to share them.",
    },
    "welcome_back": {"web": "Hello again. Let's carry on where we were."},
    # the safety check (assistant/safety) and a false alarm taken back
    "safety_safe": {
        "web": "Thank you for telling me. I'm glad you are safe. If that changes, call 999, or "
        "Samaritans on 116 123. Let's carry on.",
        "sms": "Thank you. I'm glad you are safe. If that changes, call 999 or Samaritans on "
        "116 123. Let's carry on.",
    },
    "safety_numbers": {
        "web": "Here are the numbers. In danger now: call 999. Samaritans, to talk at any time: "
        "116 123, free. Urgent mental health help: NHS 111, option 2. If someone is hurting "
        "you: ring your council and ask for adult safeguarding. You can use them at any time. "
        "Let's carry on when you are ready.",
        "sms": "In danger now: 999. Samaritans: 116 123, free, any time. Urgent mental health "
        "help: NHS 111, option 2. If someone is hurting you: ring your council, ask for adult "
        "safeguarding.",
    },
    "safety_again": {
        "web": "Sorry, I want to be sure. Are you safe right now? You can say I'm safe, or I need "
        "help.",
    },
    "concern_withdrawn": {
        "web": "Thank you for telling me, and sorry I got that wrong. I have taken that note out "
        "of your answers and your plan. If you ever do need help, call Samaritans on 116 123.",
        "sms": "Thank you, and sorry I got that wrong. I have taken that note out of your "
        "answers and plan. Samaritans: 116 123 if you ever need it.",
    },
    "nothing_to_withdraw": {
        "web": "Thank you. I have not noted anything to worry about. Let's carry on.",
    },
    "consent_thanks": {"web": "Thank you. Let's start."},
    "consent_needed": {
        "web": "I need a yes or a no here. Saying yes means I can use your answers to draft your "
        "plan. Saying no is fine too.",
    },
    "consent_declined": {
        "web": "That's fine. You are in charge. I won't use your answers to make a plan. If you "
        "change your mind, just say hello and we can begin.",
    },
    "answering_for_again": {
        "web": "Sorry, I didn't catch that. Are you answering for yourself, or for someone else?"
    },
    "name_again": {
        "web": "Sorry, I didn't catch a name there. Just the name to use is fine, like Sam."
    },
    "relationship": {
        "web": "Sorry, I didn't catch that. You could say, for example, her son, his wife, or "
        "support worker."
    },
    "qualities_again": {
        "web": "Sorry, I didn't catch that. A few words is fine, like kind, funny, good cook."
    },
    "free_text_again": {
        "web": "Sorry, I didn't understand that. Could you say it another way? A few words is fine."
    },
    "dont_know": {
        "web": "That's OK. A few words or a guess is fine. Or say skip, and we can come back to "
        "it later.",
    },
    "said_before": {
        "web": "Sorry, I may have missed it. Could you tell me again, in a few words? Or say "
        "skip to come back to it later.",
    },
    "people_mentioned": {
        "web": "You mentioned {them}. Who are the people in {whose} life, and what does each "
        "one help with? Include {them} if they help. If that is everyone, say that's all.",
        "sms": "You mentioned {them}. Who else is in {whose} life, and what do they help with? "
        "If that is everyone, say that's all.",
    },
    "people_again": {
        "web": "Sorry, I didn't catch who that is. You could say, for example: my sister Jo helps "
        "with shopping. If there is nobody, just say nobody."
    },
    "no_people": {"web": "Thank you for telling me. We will think about that in the plan."},
    "needs_again": {
        "web": "Sorry, I'm not sure what help that is. Could you say what it is for? For example: "
        "washing, meals, tablets, getting out, or help at night."
    },
    "bottom_lines_again": {
        "web": "Sorry, I didn't catch that. You could say: I must keep my dog. Or: never a male "
        "carer. If there is nothing, just say none."
    },
    "budget_again": {
        "web": "Sorry, I didn't catch an amount. You could say, for example: £320 a week, or "
        "£16,000 a year. If you don't know, say not sure."
    },
    "budget_unknown": {
        "web": "That's OK. I will still cost the plan. You can add the budget later, when you "
        "know it."
    },
    "budget_assumed": {
        "web": "I have taken that as {period}. If that is wrong, say change my budget.",
    },
    "choose_one": {"web": "Sorry, I didn't catch that. Please choose one of these."},
    "summary_yes_no": {
        "web": "Is the summary right? Say yes to draft your plan, or no to change something."
    },
    "which_part": {"web": "Sorry, which part? Please choose one of these."},
    "change_this": {"web": "OK. Let's change that."},
    "carry_on_yes_no": {"web": "Would you like to carry on now? Please say yes or no."},
    "carry_on": {"web": "OK, let's carry on."},
    "stop_for_now": {
        "web": "That's OK. I have saved everything. Come back when you are ready. This is the "
        "question we will start with:",
    },
    "restart_yes_no": {"web": "Do you want to start again? Please say yes or no."},
    "erase_yes_no": {
        "web": "Do you want me to delete everything? Please say yes or no.",
    },
    "erased": {
        "web": "Done. I have deleted everything you told me: your answers, your plan and our "
        "chat. Anyone you shared your plan with can no longer see it. If you want to start "
        "again, just say hello.",
        "sms": "Done. I have deleted everything you told me. Text hello to start again.",
    },
    "erase_kept": {"web": "OK. I have not deleted anything. Let's carry on."},
    "restarted": {"web": "OK. Your answers are cleared. Let's start again."},
    "hours_unknown": {
        "web": "That's fine. I'll mark the hours we don't know yet as not known. The plan will "
        "say its cost is not complete until they are added.",
    },
    "leave_for_now": {
        "web": "I'm sorry, I still didn't understand. That's my fault, not yours. Let's leave "
        "that one for now. At the end you can add it: just say change, and the part. Here is "
        "the next question.",
        "sms": "Let's leave that one for now. You can add it at the end. Next question:",
    },
    "two_tries": {
        "web": "I'm sorry, I still didn't understand. That's my fault, not yours. I ask this to "
        "make your plan fit you. You can try again in your own words, or skip it and come back "
        "to it later.",
        "sms": "Sorry, I still didn't understand. Try again in your own words, or skip it and "
        "come back later.",
    },
    "skipped": {
        "web": "OK, we'll skip that one. You can come back to it at the end.",
    },
    "cannot_skip": {
        "web": "I need an answer to this one to make your plan. A short answer is fine.",
    },
    "nothing_to_skip": {"web": "There is no question to skip just now."},
    "go_back": {"web": "OK, let's go back."},
    "you_said": {"web": "Before, you said: {answer}"},
    "first_question": {"web": "This is the first question, so there is nothing before it."},
    "change_which": {
        "web": "Which part would you like to change? You can choose it at the end, when I show "
        "you a summary. Or say, for example: change my budget."
    },
    "change_field": {"web": "OK. Let's change that."},
    "changed_to": {"web": "OK. I have changed that to {answer}."},
    "already": {"web": "Your plan already says {answer}. Nothing needs to change."},
    "add_to": {"web": "OK. What would you like to add? I will keep what you said before."},
    "nothing_to_change": {
        "web": "You haven't answered that yet. We will get to it soon.",
    },
    "ask_for_person": {
        "web": "You can talk to a person. An independent support broker can help you plan. Your "
        "council's adult social care team can also help: ring the number on your council's "
        "website. I have noted that you would like a person. When your plan is drafted, I can "
        "show you brokers to choose from.",
        "sms": "You can talk to a person. Ring your council's adult social care team. I have "
        "noted that you want a person. When your plan is ready I can show you brokers.",
    },
    "why_general": {
        "web": "I ask about your life so your plan fits you, not the other way round. You can "
        "skip any question.",
    },
    "plan_ready": {"web": "Your draft plan is ready."},
    "plan_unchanged": {"web": "Your plan is ready. Nothing has changed since I drafted it."},
    "brokers_intro": {
        "web": "These independent brokers are on the register and know about plans like yours. "
        "They are in a random order. You choose if you want one, and who. Nothing is shared "
        "unless you choose to share it, on your plan page.",
    },
    "plan_failed": {
        "web": "Sorry, I could not draft your plan just now. Your answers are safe. Please say "
        "hello to try again in a little while.",
    },
}

# Why each question is asked: a specific, honest reason (the "why do you ask?" answer).
WHY: dict[str, str] = {
    "consent": "I need your OK because your answers are about your life and health. I only use "
    "them to draft your plan. Nobody else sees them unless you choose to share them.",
    "answering_for": "So I know whose plan this is, and can ask the questions the right way.",
    "preferred_name": "So I can use the right name. The plan is about a person, not a number. A "
    "nickname is fine.",
    "answering_relationship": "So the plan says who helped to write it. The council will want "
    "to know that.",
    "admired_qualities": "A good plan starts with what is good about a person, not only what "
    "they find hard. It helps anyone who supports you to know you.",
    "typical_week": "So the plan fits around the life you have now, and keeps the good parts.",
    "people": "Family, friends and neighbours are part of your support. I ask so the plan counts "
    "their help and does not ask too much of them.",
    "current_support": "So the plan knows what already works, and what needs to change.",
    "important_to": "The council asks what is important to you. It is the first thing a plan "
    "must answer.",
    "support_needs": "So I can cost the help you need. How often and how long tells me how many "
    "hours to plan for.",
    "dreams": "The council asks what you want to change or achieve. The plan should help you do "
    "it, not only keep you safe.",
    "bottom_lines": "So the plan never breaks a rule that matters to you. Every option I suggest "
    "will keep to it.",
    "budget_amount": "So I can check the plan fits the money. If you don't know it yet, you can "
    "skip this.",
    "budget_management": "There are different ways to manage a budget. Each gives you a "
    "different amount of control and work.",
    "employer_choice": "Employing your own staff gives you more control but more jobs to do. An "
    "agency does those jobs but costs more. I ask so I cost the right one.",
    "plan_voice": "Some people like their plan to speak as them. Others like it written about "
    "them. Either is fine with the council.",
    "confirm_summary": "I only draft your plan once you say your answers are right. You are in "
    "charge.",
    "carry_on": "You told me something important. You decide if we carry on now or later.",
    "restart_confirm": "Starting again clears your answers, so I check first.",
    "erase_confirm": "Deleting cannot be undone, so I check first.",
    "review_change": "So I know which answer to ask again.",
}


def say(key: str, channel: str | None = None) -> str:
    """The wording for `key`, in its text-message form when the channel is SMS and one exists."""
    entry = WORDS[key]
    if channel == "sms" and "sms" in entry:
        return entry["sms"]
    return entry["web"]


def show(value: Any) -> str:
    """A stored answer, in words, for "before, you said ..."."""
    if isinstance(value, list):
        parts = [show(v) for v in value]
        return "; ".join(p for p in parts if p) or "nothing"
    if isinstance(value, dict):
        if "amount" in value:
            return f"£{float(value['amount']):,.2f} a {value.get('period', 'week')}".replace(
                "a four_weeks", "every 4 weeks"
            )
        return str(value.get("text") or value.get("name") or "")
    return str(value).replace("_", " ")
