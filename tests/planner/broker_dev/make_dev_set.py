import json, os, sys
OUT = sys.argv[1]
os.makedirs(OUT + "/profiles", exist_ok=True); os.makedirs(OUT + "/verdicts", exist_ok=True)

def P(name, rel, helps, hours, cont=True):
    return {"name": name, "relationship": rel, "helps_with": helps, "hours_per_week": hours, "can_continue": cont}

def N(i, area, text, hours=None, times=None):
    return {"id": f"n{i}", "area": area, "text": text, "hours_per_week": hours, "times": times}

def D(i, text, tags):
    return {"id": f"d{i}", "text": text, "tags": tags}

def B(i, text, kind, about):
    return {"id": f"b{i}", "text": text, "kind": kind, "about": about}

CASES = []
def case(id, level, why, *, name, week, people, needs, important, admired, budget, mgmt, emp,
         current=(), dreams=(), bottom=(), answering=None, concerns=(), postcode="LS6", voice=None):
    prof = {"consent": True, "preferred_name": name,
            "answering_for": "someone_else" if answering else "self"}
    if answering:
        prof["answering_relationship"] = answering
    prof.update({"admired_qualities": list(admired), "typical_week": week, "people": list(people),
                 "current_support": list(current), "important_to": list(important),
                 "support_needs": list(needs), "dreams": list(dreams), "bottom_lines": list(bottom),
                 "budget_amount": {"amount": float(budget[0]), "period": budget[1]},
                 "budget_management": mgmt, "employer_choice": emp,
                 "plan_voice": voice or ("third_person" if answering else "first_person"),
                 "confirm_summary": True, "postcode_district": postcode, "concerns": []})
    text = json.dumps(prof)
    for code, ev in concerns:
        assert ev in text, (id, ev)
        prof["concerns"].append({"code": code, "evidence": ev})
    CASES.append((id, prof, {"id": id, "broker_level": level, "broker_why": why}))

# ---------------- none ----------------
case("bd-01-rita", "none",
     "She knows what she wants: a cleaner and a food delivery. Two ordinary services, well inside the budget; she can arrange them herself.",
     name="Rita", postcode="WF1",
     week="I am 68 and I live on my own in Wakefield. My arthritis is bad in my hands and hips now, so I can't hoover or carry shopping up the hill. I still cook, wash and dress myself. My daughter Carol pops in on Sundays.",
     people=[P("Carol", "daughter", ["household", "social_life"], 3)],
     needs=[N(1, "household", "Someone to hoover, mop and change the bed", 2, "Tuesday mornings"),
            N(2, "shopping", "Getting the weekly food shop home", 1, "weekly")],
     important=["Staying in my own house", "Keeping my kitchen my own"],
     admired=["Makes the best parkin in the street", "Always remembers birthdays"],
     dreams=[D(1, "Get back to the knit and natter group at the library", ["knitting", "social"])],
     budget=(90, "week"), mgmt="direct_payment", emp="use_agency")

case("bd-02-owen", "none",
     "A first-time employer, but he runs his own business and already does payroll for two staff. One PA for six hours, in budget, with a payroll service: he does not need a broker.",
     name="Owen", postcode="BS5",
     week="I'm 36, I have muscular dystrophy and use a power chair. I run a bike repair shop in Easton with two staff, so I already do contracts and payroll. I want to hire my own PA for six hours a week to drive me to the wholesaler and help with heavy jobs at home. My partner Jo helps in the evenings.",
     people=[P("Jo", "partner", ["personal_care", "meals", "household"], 15)],
     current=["Wheelchair service"],
     needs=[N(1, "community_access", "A driver and a pair of hands for trips to the wholesaler and the bank", 3, "Monday mornings"),
            N(2, "household", "Help with heavy jobs at home: bins, laundry, lifting", 3, "Thursday afternoons")],
     important=["Keeping the shop going", "Choosing who helps me"],
     admired=["Can fix anything with two wheels", "Patient teacher"],
     bottom=[B(1, "I choose and employ my own PA", "must", "control")],
     budget=(130, "week"), mgmt="direct_payment", emp="employ_pa")

case("bd-03-margaret", "none",
     "Her care has run well for three years; she only wants to swap one call for a lunch club. A simple change to a working plan.",
     name="Margaret", postcode="NE29",
     week="I'm 80 and live alone in North Shields. The agency has come every morning for three years to help me wash and dress and I'm very happy with them. On Tuesdays I would rather go to the lunch club at the church hall than have the midday call. My son Paul lives ten minutes away.",
     people=[P("Paul", "son", ["shopping", "money_admin"], 4)],
     current=["Agency calls every morning, 45 minutes", "Midday call on Tuesdays"],
     needs=[N(1, "personal_care", "Help to wash and dress every morning", 5.25, "8am daily"),
            N(2, "social_life", "Go to the Tuesday lunch club instead of the midday call", 3, "Tuesdays 12pm to 3pm")],
     important=["My regular carers", "Company on a Tuesday"],
     admired=["Sharp at cards", "Knows everyone at church"],
     bottom=[B(1, "Keep the same agency", "must", "continuity")],
     budget=(220, "week"), mgmt="council_managed", emp="use_agency")

case("bd-04-ahmed", "none",
     "His wife helps well and wants to keep doing it; he needs a bath visit twice a week and a short sitter so she can go to her class. Small, clear and in budget.",
     name="Ahmed", postcode="B11",
     week="I'm 45 and have MS. I live with my wife Samina and our two teenagers in Sparkhill. Samina helps me most days and is happy to, but I need a proper bath twice a week with a hoist and she can't lift me. On Fridays she goes to her Arabic class and I'd like someone with me then.",
     people=[P("Samina", "wife", ["personal_care", "meals", "medication"], 20),
             P("Bilal", "son, 17", ["shopping"], 2)],
     current=["MS nurse", "Hoist from the occupational therapist"],
     needs=[N(1, "personal_care", "Help with a bath using the hoist", 2, "Mondays and Thursdays"),
            N(2, "carer_break", "Someone with me on Friday mornings so Samina can go to her class", 3, "Fridays 9am to 12pm")],
     important=["My family", "Friday prayers when I can"],
     admired=["Good listener", "Makes everyone laugh"],
     bottom=[B(1, "A male carer for the bath", "must", "personal_care")],
     budget=(200, "week"), mgmt="direct_payment", emp="use_agency")

case("bd-05-joyce", "none",
     "Her husband is typing, but Joyce is part of it and agrees. Three shower visits a week through the council: a broker would add nothing.",
     name="Joyce", answering="husband", postcode="DE22",
     week="Joyce is 74 and had a stroke in the spring. She is home now and walking with a frame. I do the cooking and the house. She wants a woman to help her shower three times a week, because I'm frightened of her slipping. Joyce is sitting with me and says that's right.",
     people=[P("Alan", "husband", ["meals", "household", "shopping", "medication"], 25)],
     current=["Community physio, weekly"],
     needs=[N(1, "personal_care", "Help to shower safely", 2.25, "Monday, Wednesday, Friday mornings")],
     important=["Being home with Alan", "Her garden"],
     admired=["Determined", "Green fingers"],
     bottom=[B(1, "Only a woman helps her shower", "must", "personal_care")],
     budget=(90, "week"), mgmt="council_managed", emp="use_agency")

case("bd-06-pete", "none",
     "Only his brother is named, but he is clear, capable and wants two simple things: hot meals and a cleaner. Few people is not a reason on its own when the plan is this simple.",
     name="Pete", postcode="S72",
     week="I'm 58, I was a miner and now I've got COPD. I live on my own in Grimethorpe. I get out of breath cooking and cleaning, but I can wash and dress. My brother Terry rings every night. I go to the club on a Saturday.",
     people=[P("Terry", "brother", ["shopping"], 2)],
     current=["Breathing clinic"],
     needs=[N(1, "meals", "A hot meal in the middle of the day", None, "daily"),
            N(2, "household", "Help with cleaning and the washing", 2, "once a week")],
     important=["My independence", "The club on a Saturday"],
     admired=["Loyal", "Good with pigeons"],
     budget=(80, "week"), mgmt="direct_payment", emp="use_agency")

case("bd-07-sofia", "none",
     "She already employs Jess and it works. Moving two hours from shopping to a pottery class is her call to make.",
     name="Sofia", postcode="M20",
     week="I'm 27 and autistic. I employ my PA Jess for eight hours a week and it works well. I want to use two of her hours for a pottery class on Wednesdays instead of the big shop, because I now get my shopping delivered.",
     people=[P("Mum", "mum", ["money_admin"], 1)],
     current=["PA Jess, 8 hours a week, paid from my direct payment"],
     needs=[N(1, "community_access", "Jess comes with me to pottery", 2, "Wednesdays 6pm to 8pm"),
            N(2, "household", "Help to plan meals, cook and keep the flat tidy", 6, "weekday evenings")],
     important=["Routine", "Jess, because I trust her"],
     admired=["Honest", "Brilliant with colour"],
     bottom=[B(1, "Keep Jess", "must", "continuity")],
     budget=(150, "week"), mgmt="direct_payment", emp="employ_pa")

case("bd-08-harold", "none",
     "Telecare, a pill dispenser and meals for a man whose daughter already handles his money. Ordinary answers, well inside the budget.",
     name="Harold", answering="daughter", postcode="EX4",
     week="Dad is 90, sharp as ever, and lives alone in Exeter. He forgets his tablets sometimes and had a fall in the garden last month. I look after his bills and visit twice a week. He wants to stay put and doesn't want carers in every day.",
     people=[P("Linda", "daughter", ["money_admin", "shopping"], 5)],
     needs=[N(1, "medication", "Reminders to take his tablets", None, "morning and evening"),
            N(2, "health", "A way to call for help if he falls", None, None),
            N(3, "meals", "A hot meal delivered most days", None, "lunchtime")],
     important=["Staying in his house", "The cricket on the radio"],
     admired=["Sharp as a tack", "Kind"],
     bottom=[B(1, "No carers in every day", "must_not", "personal_care")],
     budget=(70, "week"), mgmt="council_managed", emp="use_agency")

case("bd-09-kim", "none",
     "An individual service fund that has worked for years; she wants to add swimming. Her provider and sister already do the rest well.",
     name="Kim", postcode="L15",
     week="I'm 50 and have a learning disability. I live in my own flat in Wavertree. My support team from Oak Tree come every weekday for two hours and they're good. I want to go swimming on Saturdays. My sister Jan helps me with my bank.",
     people=[P("Jan", "sister", ["money_admin", "social_life"], 3)],
     current=["Oak Tree support, 10 hours a week, individual service fund"],
     needs=[N(1, "household", "Help with cooking, cleaning and letters", 10, "weekdays 4pm to 6pm"),
            N(2, "community_access", "Someone to go swimming with me", 2, "Saturday mornings")],
     important=["My flat", "My friends at the disco"],
     admired=["Big smile", "Good at remembering names"],
     dreams=[D(1, "Swim a length without stopping", ["swimming", "exercise"])],
     bottom=[B(1, "Keep Oak Tree", "must", "continuity")],
     budget=(330, "week"), mgmt="individual_service_fund", emp="use_agency")

case("bd-10-aled", "none",
     "Three daughters share a rota and are happy to keep going. He needs one thing: help to shower. Family helping well is a strength, not a gap.",
     name="Aled", postcode="CH7",
     week="I'm 83 and live in Mold near my three daughters. They take turns with my meals, shopping and washing, and they say they're fine to carry on. I can't get in the shower on my own since my heart op, and I'd rather a carer did that than the girls.",
     people=[P("Bethan", "daughter", ["meals", "shopping"], 6),
             P("Ceri", "daughter", ["household"], 4),
             P("Non", "daughter", ["medication", "money_admin"], 3)],
     needs=[N(1, "personal_care", "Help to shower", 1.5, "Tuesday and Friday mornings")],
     important=["Chapel on Sunday", "My grandchildren"],
     admired=["Beautiful tenor voice", "Gentle"],
     budget=(70, "week"), mgmt="council_managed", emp="use_agency")

# ---------------- optional ----------------
case("bd-11-tom", "optional",
     "First-time employer of two PAs for 25 hours, no employing experience in the family. Perfectly doable with a payroll service and the council's DP team; a broker may help with recruitment if he wants.",
     name="Tom", postcode="NG7",
     week="I'm 22 and broke my neck diving last year. I'm living with my mum in Nottingham, who works full time. I want to employ my own PAs for mornings and a couple of evenings, so I can get back to uni. Neither of us has ever employed anyone.",
     people=[P("Mum", "mum", ["personal_care", "meals"], 12)],
     current=["District nurse twice a week", "Agency calls from the hospital discharge, ending soon"],
     needs=[N(1, "personal_care", "Help to get up, wash, dress and do my bowel routine", 17.5, "7am to 9.30am daily"),
            N(2, "community_access", "Help to get to uni and around campus", 7.5, "three afternoons")],
     important=["Finishing my degree", "Seeing my mates"],
     admired=["Funny", "Doesn't give up"],
     dreams=[D(1, "Finish my sports science degree", ["university", "study"])],
     bottom=[B(1, "I choose my own PAs", "must", "control")],
     budget=(480, "week"), mgmt="direct_payment", emp="employ_pa")

case("bd-12-bev", "optional",
     "The plan fits, but everything rests on Ray: nights, lifting and medicines, and he is 70 with a bad back. A broker could help build a back-up if they want; the plan itself is fine.",
     name="Bev", postcode="PL4",
     week="I'm 61 with heart failure and bad knees. My partner Ray does nearly everything: he helps me up at night, lifts me in and out of bed and does my tablets. He says he's fine, but he's 70 and his back is bad. We'd like a carer three mornings a week so Ray can have a lie-in and go to the allotment.",
     people=[P("Ray", "partner", ["personal_care", "medication", "night_support", "meals", "household"], 45)],
     current=["Heart failure nurse"],
     needs=[N(1, "personal_care", "Help to wash and dress", 3, "Mon, Wed, Fri mornings"),
            N(2, "carer_break", "Ray has a morning off at the allotment", None, "three mornings")],
     important=["Ray", "Our dog Biscuit"],
     admired=["Never moans", "Brilliant at quizzes"],
     budget=(130, "week"), mgmt="direct_payment", emp="use_agency")

case("bd-13-nadia", "optional",
     "Two friends want to pool a few hours to share a PA for the gym and the cinema. Pooling is simple at this size, and both have families helping, but an agreement about sharing helps; a broker is a choice, not a need.",
     name="Nadia", postcode="LE2",
     week="I'm 25, I have Down's syndrome and live with my mum and dad in Leicester. My best friend Grace has a budget too. We want to share a PA on Saturdays to go to the gym and the cinema together, and split the cost. My mum helps me with my money.",
     people=[P("Mum", "mum", ["money_admin", "meals", "personal_care"], 15),
             P("Grace", "best friend", ["social_life"], None)],
     current=["College three days a week"],
     needs=[N(1, "community_access", "A PA shared with Grace for the gym and the cinema", 4, "Saturdays 12pm to 4pm")],
     important=["Grace", "Dancing", "Being grown up"],
     admired=["Kind", "Great dancer"],
     dreams=[D(1, "Go to the cinema without mum", ["independence", "friends"])],
     bottom=[B(1, "Go with Grace", "must", "friendship")],
     budget=(60, "week"), mgmt="direct_payment", emp="employ_pa")

case("bd-14-daniel", "optional",
     "His mum manages his money well and the plan works. She is 74 and worried about the future; a broker could help plan for when she can't, if they want.",
     name="Daniel", answering="mum", postcode="CV2",
     week="Daniel is 38 and has a learning disability. He lives with me in Coventry. I look after his money and his direct payment and I employ his PA Kev for 12 hours a week. It all works. I'm 74 now and I worry who will do it when I can't. Daniel wants to add a Wednesday at the allotment project.",
     people=[P("Sheila", "mum", ["money_admin", "meals", "medication", "household"], 30),
             P("Kev", "PA", ["community_access"], 12)],
     current=["PA Kev, 12 hours a week"],
     needs=[N(1, "community_access", "Kev takes him out for football, the shops and the bus", 12, "weekdays"),
            N(2, "work_or_learning", "A day at the allotment project", 5, "Wednesdays")],
     important=["Coventry City", "His mum", "Kev"],
     admired=["Cheerful", "Knows every bus route"],
     bottom=[B(1, "Keep Kev", "must", "continuity")],
     budget=(300, "week"), mgmt="direct_payment", emp="employ_pa")

case("bd-15-rob", "optional",
     "A farm cottage in Northumberland that agencies will not reach. A local PA and mileage make the plan work; a broker who knows rural options may help find someone.",
     name="Rob", postcode="NE48",
     week="I'm 45 with MS, living in a farm cottage eight miles outside Bellingham. My wife works in Hexham all day. The agencies say they won't come out this far. I need help at lunchtime and to get to physio in Hexham.",
     people=[P("Claire", "wife", ["personal_care", "meals", "household"], 20)],
     current=["MS nurse, by phone"],
     needs=[N(1, "personal_care", "Help with lunch and the toilet in the middle of the day", 7, "12pm to 1pm daily"),
            N(2, "health", "A lift to physio in Hexham", 3, "Tuesdays")],
     important=["Living on the farm", "My wife's job"],
     admired=["Knows every bird by its call", "Stubborn"],
     budget=(260, "week"), mgmt="direct_payment", emp="employ_pa")

case("bd-16-jade", "optional",
     "Moving from children's services at 18, with parents who are on her side and a modest plan for college and evenings. A first direct payment; a broker is useful but not needed.",
     name="Jade", postcode="SO16",
     week="I'm 17, I'll be 18 in March, and I'm autistic. I live with my mum and dad in Southampton. Children's services paid for a youth club worker. Now adult services are doing my plan. I want a PA of my own age for Thursday evenings and help getting to college on the bus.",
     people=[P("Mum", "mum", ["money_admin", "meals", "personal_care"], 10),
             P("Dad", "dad", ["community_access"], 4)],
     current=["Youth club worker, ending at 18", "College support from the college"],
     needs=[N(1, "social_life", "A PA to go out with on Thursday evenings", 4, "Thursdays 6pm to 10pm"),
            N(2, "work_or_learning", "Travel training to get the bus to college on my own", 3, "weekday mornings, for a term")],
     important=["Drawing", "My cat", "Not being treated like a kid"],
     admired=["Funny", "Great at manga drawing"],
     dreams=[D(1, "Go to college on the bus on my own", ["independence", "travel"])],
     budget=(120, "week"), mgmt="direct_payment", emp="employ_pa")

case("bd-17-priya", "optional",
     "A confident first-time employer of a team of three PAs with some sleep-ins. She can do it with a payroll service; a broker could help set up the rota if she wants.",
     name="Priya", postcode="HA1",
     week="I'm 40 and have MS. I live with my husband in Harrow; he works long shifts. I want to stop the agency, because I get a different face every day, and employ three PAs of my own, including two sleep-in nights a week when he's on nights. I'm organised, I used to manage a pharmacy.",
     people=[P("Raj", "husband", ["personal_care", "meals", "night_support"], 20)],
     current=["Agency calls, morning and evening"],
     needs=[N(1, "personal_care", "Help to get up, wash, dress and get to bed", 21, "mornings and evenings"),
            N(2, "night_support", "Someone sleeping in when Raj is on nights", None, "two nights a week"),
            N(3, "household", "Help with meals and the house", 7, "weekdays")],
     important=["The same faces", "Running my own home"],
     admired=["Organised", "Generous"],
     bottom=[B(1, "Only women for personal care", "must", "personal_care")],
     budget=(900, "week"), mgmt="direct_payment", emp="employ_pa")

case("bd-18-cyril", "optional",
     "His wife died six months ago and did everything; his daughter has stepped in well and the plan is small. Bereavement is a reason to offer help, not to impose it.",
     name="Cyril", postcode="IP4",
     week="I'm 77 and my sight is going. My wife Rose died in June; she did all the reading, the money and the cooking. My daughter Helen lives round the corner and now does my post and bills. I'd like someone to help me cook twice a week and read me the paper.",
     people=[P("Helen", "daughter", ["money_admin", "shopping"], 5)],
     current=["Sight loss worker came once"],
     needs=[N(1, "meals", "Help to cook a proper meal", 3, "Tuesdays and Fridays"),
            N(2, "communication", "Someone to read the paper and letters to me", 2, "twice a week")],
     important=["Rose's garden", "The football results"],
     admired=["Dry humour", "Good with his hands"],
     budget=(140, "week"), mgmt="direct_payment", emp="use_agency")

case("bd-19-jim", "optional",
     "Early dementia, but his wife knows him best and helps him decide; the plan is two afternoons at a men's group. Capacity is a reason to check, and here an appropriate person is already there.",
     name="Jim", answering="wife", postcode="CA2",
     week="Jim is 71 and has early Alzheimer's. He gets muddled with money and dates now, but he knows what he likes. We live in Carlisle. I'd like him to go to the Men's Shed two afternoons a week with someone, and I'd get a break.",
     people=[P("Mary", "wife", ["money_admin", "meals", "medication", "personal_care"], 40)],
     current=["Memory clinic"],
     needs=[N(1, "community_access", "Someone to go with him to the Men's Shed", 6, "Tuesday and Thursday afternoons"),
            N(2, "carer_break", "A break for Mary", None, "two afternoons")],
     important=["Woodwork", "Mary"],
     admired=["Made all our furniture", "Gentle"],
     budget=(200, "week"), mgmt="direct_payment", emp="use_agency",
     concerns=[("capacity", "He gets muddled with money and dates now")])

case("bd-20-george", "optional",
     "A large budget and a team of PAs, but it has worked for ten years and he is only adding a hydrotherapy session. A broker could help with the renewal if he wants; recommending one would impose help on a system that works.",
     name="George", postcode="TN1",
     week="I'm 52 with a high spinal injury from a rugby accident twenty years ago. I live in Tunbridge Wells and employ five PAs round the clock, with my wife Sue doing the payroll. It has worked for ten years. I want to add a hydrotherapy session each week.",
     people=[P("Sue", "wife", ["money_admin", "social_life"], 10)],
     current=["Five PAs, 24-hour support", "Payroll service"],
     needs=[N(1, "personal_care", "Help with all personal care, transfers and eating", 84, "daytime, every day"),
            N(2, "night_support", "Someone sleeping in to turn me", None, "every night"),
            N(3, "health", "Hydrotherapy with a PA", 2, "Wednesday mornings")],
     important=["My PA team", "Watching rugby", "My wife"],
     admired=["Leader", "Always calm"],
     bottom=[B(1, "Keep my own PA team", "must", "control")],
     budget=(72000, "year"), mgmt="direct_payment", emp="employ_pa")

case("bd-21-lily", "optional",
     "She must move from a second-floor flat she cannot leave, but she is capable and her partner helps. A housing specialist broker might speed it up; she can also do this with the council's housing team.",
     name="Lily", postcode="BN3",
     week="I'm 35 and use a wheelchair since a car crash. We live on the second floor in Hove with no lift, so I only go out when my partner Dan carries me down. I want to move to a ground-floor flat. Inside I manage with a carer in the morning.",
     people=[P("Dan", "partner", ["mobility", "meals", "household"], 15)],
     current=["Agency morning call"],
     needs=[N(1, "personal_care", "Help to wash and dress in the morning", 7, "8am daily"),
            N(2, "housing", "A move to an accessible ground-floor flat", None, None)],
     important=["Getting out on my own", "Dan"],
     admired=["Brave", "Brilliant photographer"],
     dreams=[D(1, "Go to the beach on my own", ["independence", "outdoors"])],
     budget=(260, "week"), mgmt="direct_payment", emp="use_agency")

# ---------------- recommended ----------------
case("bd-22-thornbury", "recommended",
     "Three people want to pool their budgets to run a small day service of their own with shared staff. Pooling at this size needs an agreement, a rota and a way out for each person: skilled, independent help.",
     name="Ben", answering="dad", postcode="BS35",
     week="Ben is 30 with a learning disability. He and two friends, Callum and Asha, want to leave the big day centre and pool their budgets to rent a room and employ two workers for a gardening and café project five days a week. We parents would need to run it between us.",
     people=[P("Dad", "dad", ["money_admin", "meals"], 10), P("Callum", "friend", ["social_life"], None)],
     current=["Day centre five days"],
     needs=[N(1, "work_or_learning", "A day project with his friends: gardening and a café", 30, "weekdays 9am to 3pm")],
     important=["His friends", "Growing things"],
     admired=["Hard worker", "Kind to animals"],
     dreams=[D(1, "Run a café with friends", ["work", "friends"])],
     budget=(600, "week"), mgmt="direct_payment", emp="employ_pa")

case("bd-23-ruth", "recommended",
     "Her mother manages her money and wants the day centre stopped; Ruth wants to keep going. Disagreement between a learning-disabled adult and the parent who manages her money needs someone independent.",
     name="Ruth", answering="mum", postcode="WV3",
     week="Ruth is 32 and has a learning disability. She lives with me in Wolverhampton and I manage her money. I want to stop the day centre and use the money for a PA, because I think the centre isn't doing her any good. Ruth says she wants to keep going because her friends are there.",
     people=[P("Carol", "mum", ["money_admin", "meals", "personal_care"], 30)],
     current=["Day centre three days a week"],
     needs=[N(1, "social_life", "Time with friends and activities in the day", 18, "three days a week"),
            N(2, "personal_care", "Prompts to wash and dress", 3.5, "mornings")],
     important=["Her friends at the centre", "Music"],
     admired=["Loves to sing", "Caring"],
     budget=(300, "week"), mgmt="direct_payment", emp="not_sure",
     concerns=[("conflict", "Ruth says she wants to keep going because her friends are there")])

case("bd-24-maggie", "recommended",
     "Assessed for 21 hours but the budget buys about half of that at the rates agencies charge out here. A plan that cannot meet the needs means challenging the amount; a broker should help.",
     name="Maggie", postcode="TR20",
     week="I'm 84 and live alone near Penzance. I need help getting up, lunch and getting to bed. The council said 21 hours a week but the budget they gave me won't pay an agency for that. My son is in London.",
     people=[P("Steve", "son, London", ["money_admin"], 1)],
     current=["Pendant alarm"],
     needs=[N(1, "personal_care", "Help to get up, washed and dressed", 7, "8am daily"),
            N(2, "meals", "Lunch made", 7, "12pm daily"),
            N(3, "personal_care", "Help to get to bed", 7, "8pm daily")],
     important=["My bungalow", "The sea"],
     admired=["Fierce", "Funny"],
     budget=(350, "week"), mgmt="direct_payment", emp="use_agency")

case("bd-25-colm", "recommended",
     "Hoarding and self-neglect: he has sent workers away before and will only let in someone he comes to trust, at his pace. Few people, a fragile start and a risk of eviction: a trusted, independent person should lead.",
     name="Colm", answering="housing officer", postcode="LS11",
     week="Colm is 66 and lives alone in a housing association flat in Beeston. The flat is full of papers and bags and he can't reach the cooker or the bath. He has sent workers away before. He says he might let one person in if they don't rush him. There is a risk of eviction. His nephew visits now and then.",
     people=[P("Declan", "nephew", ["shopping"], 1)],
     current=["GP, rarely"],
     needs=[N(1, "household", "Someone he trusts to sort the flat with him, bit by bit", 4, "twice a week"),
            N(2, "personal_care", "Help to get the bath working and use it", 1, "weekly"),
            N(3, "housing", "Keep his tenancy", None, None)],
     important=["His papers", "Being left in peace"],
     admired=["Knows a lot about history", "Polite"],
     budget=(120, "week"), mgmt="council_managed", emp="use_agency")

case("bd-26-ivy", "recommended",
     "Her son is pushing for a care home and she wants to stay at home. Conflict between the person and family about where she lives needs independent help on her side.",
     name="Ivy", postcode="DN4",
     week="I'm 87 and live in my house in Doncaster. I fell twice this year. My son Gordon says I should go in a home and he's been to look at some. I don't want to. I'd manage with help in the mornings and evenings and a button to press.",
     people=[P("Gordon", "son", ["shopping", "money_admin"], 3)],
     current=["Pendant alarm"],
     needs=[N(1, "personal_care", "Help to wash and dress", 5, "mornings"),
            N(2, "personal_care", "Help to get ready for bed", 3.5, "evenings"),
            N(3, "health", "Falls sensors and a button to press", None, None)],
     important=["My own house", "My cat"],
     admired=["Independent", "Great baker"],
     bottom=[B(1, "I will not go into a care home", "must_not", "housing")],
     budget=(300, "week"), mgmt="council_managed", emp="use_agency",
     concerns=[("conflict", "My son Gordon says I should go in a home")])

case("bd-27-reece", "recommended",
     "Leaving children's services with a severe learning disability, epilepsy and a large budget, and moving out of the family home within the year. Many parts that must all work: a broker should help.",
     name="Reece", answering="mum", postcode="WS1",
     week="Reece is 18 and has a severe learning disability and epilepsy. He doesn't speak. He's leaving his special school and children's services this summer. We want him to move into his own place with support within a year, and find something for his days.",
     people=[P("Mum", "mum", ["personal_care", "meals", "medication", "night_support"], 50),
             P("Dad", "dad", ["mobility", "community_access"], 10)],
     current=["Special school, ending in July", "Children's short breaks"],
     needs=[N(1, "personal_care", "Help with all personal care", 14, "daily"),
            N(2, "community_access", "Days out and activities with one-to-one support", 30, "weekdays"),
            N(3, "night_support", "Someone there at night for seizures", None, "every night"),
            N(4, "housing", "His own home with support", None, None)],
     important=["Music", "Swings", "Mum"],
     admired=["Gorgeous laugh", "Loves everyone"],
     budget=(65000, "year"), mgmt="direct_payment", emp="not_sure",
     concerns=[("communication", "He doesn't speak")])

case("bd-28-edna", "recommended",
     "Her husband did all her care and died last month; she has early dementia, lives alone now and her only daughter is abroad. The main carer is gone and few people are left: she needs someone on her side.",
     name="Edna", answering="neighbour", postcode="HU5",
     week="Edna is 82 and has early dementia. Her husband Bill did everything for her and he died last month. She's on her own now and not eating properly. Her daughter lives in Spain. I'm her neighbour and I pop in, but I can't do more.",
     people=[P("Sandra", "neighbour", ["shopping"], 2), P("Julie", "daughter, in Spain", [], None)],
     current=["Nothing yet"],
     needs=[N(1, "meals", "Help to make meals", 7, "daily"),
            N(2, "medication", "Tablets given", 3.5, "morning and evening"),
            N(3, "money_admin", "Bills and letters", 1, "weekly")],
     important=["Bill's photos", "Her house"],
     admired=["Warm", "Loves dancing"],
     budget=(250, "week"), mgmt="council_managed", emp="use_agency",
     concerns=[("capacity", "Edna is 82 and has early dementia")])

case("bd-29-ola", "recommended",
     "He asks for a person to help him sort it out. When someone asks for a broker, that is a reason in itself.",
     name="Ola", postcode="SE15",
     week="I'm 55 and have diabetes and sight loss. I live alone in Peckham. The forms and the choices are too much for me. I want someone to sit down with me and help me sort it all out.",
     people=[P("Tunde", "brother", ["shopping"], 2)],
     needs=[N(1, "household", "Help with cleaning and laundry", 3, "weekly"),
            N(2, "money_admin", "Help with letters and bills", 1, "weekly"),
            N(3, "community_access", "Someone to go with me to new places", 3, "weekly")],
     important=["Church", "My independence"],
     admired=["Great cook", "Generous"],
     budget=(200, "week"), mgmt="not_sure", emp="not_sure",
     concerns=[("asked_for_person", "I want someone to sit down with me and help me sort it all out")])

case("bd-30-kath", "recommended",
     "A learning disability, no family, and a support worker answering for her. Nobody appropriate to help her decide: she needs an advocate and an independent broker.",
     name="Kath", answering="support worker", postcode="DL1",
     week="Kath is 60 and has a learning disability. She has no family left. She finds it hard to understand choices and letters, and she says yes to anything. She lives alone in a council flat in Darlington. I'm her support worker from the day service.",
     people=[P("Pam", "support worker", ["community_access"], 6)],
     current=["Day service two days"],
     needs=[N(1, "household", "Help with cooking and cleaning", 5, "weekdays"),
            N(2, "money_admin", "Help with money and letters", 2, "weekly"),
            N(3, "social_life", "Getting out to clubs", 6, "two days")],
     important=["Her budgie", "Bingo"],
     admired=["Kind", "Loves to chat"],
     budget=(280, "week"), mgmt="council_managed", emp="use_agency",
     concerns=[("capacity", "She finds it hard to understand choices and letters, and she says yes to anything")])

case("bd-31-sue", "recommended",
     "Two carers for every call with a hoist, tube feeding and district nurses: health and care must run together and the whole fails if one part fails. A broker should help coordinate.",
     name="Sue", answering="husband", postcode="NR3",
     week="Sue is 64 with advanced MS. She's fed by a tube, needs the hoist and two carers for every move, and the district nurses come daily. I can't lift her any more. We want to keep her at home.",
     people=[P("Keith", "husband", ["meals", "medication", "household", "health"], 40)],
     current=["District nurses daily", "Agency calls, two carers"],
     needs=[N(1, "personal_care", "Two carers with the hoist, four times a day", 28, "7am, 12pm, 5pm, 9pm"),
            N(2, "health", "Tube feeding and care of the tube", 7, "daily"),
            N(3, "night_support", "Turning at night", None, "nightly")],
     important=["Being at home", "Keith", "Radio 4"],
     admired=["Brave", "Sharp wit"],
     budget=(1200, "week"), mgmt="council_managed", emp="use_agency")

case("bd-32-phil", "recommended",
     "His wife has said she cannot do the nights any more. When the main carer cannot keep going, the plan has to replace her work and plan for the future: a broker should help.",
     name="Phil", answering="wife", postcode="SR5",
     week="Phil is 80 with Parkinson's and dementia. He's up four or five times a night and I do it all. I'm 79 and I can't keep going with the nights. The days I can still manage with help.",
     people=[P("Brenda", "wife", ["personal_care", "meals", "medication", "night_support"], 70, False)],
     needs=[N(1, "night_support", "Someone to help him at night", None, "every night"),
            N(2, "personal_care", "Help to wash and dress", 7, "mornings")],
     important=["His wife", "Brass band music"],
     admired=["Loving", "Musical"],
     budget=(600, "week"), mgmt="council_managed", emp="use_agency")

# ---------------- urgent ----------------
case("bd-33-beth", "urgent",
     "Her grandson takes her pension and shouts at her: an open financial and psychological abuse concern. The safeguarding referral comes first, today.",
     name="Beth", answering="friend", postcode="WN1",
     week="Beth is 81 and lives in Wigan. Her grandson Liam moved in last year. He takes her pension card and she has no money for food. He shouts at her if she asks. She needs help with shopping and cleaning.",
     people=[P("Liam", "grandson", ["money_admin"], None), P("Sheila", "friend", ["shopping"], 2)],
     needs=[N(1, "shopping", "Help with food shopping", 2, "weekly"),
            N(2, "household", "Help with cleaning", 2, "weekly")],
     important=["Her friends at church", "Her own money"],
     admired=["Kind", "Good singer"],
     budget=(100, "week"), mgmt="direct_payment", emp="use_agency",
     concerns=[("safeguarding", "He takes her pension card and she has no money for food")])

case("bd-34-mo", "urgent",
     "He says he has been thinking of ending his life. Crisis help comes first, today; the plan comes after.",
     name="Mo", postcode="BD8",
     week="I'm 44, I lost my leg last year and my job. I live alone in Bradford. Some days I think everyone would be better off without me. I need help with shopping and getting out.",
     people=[P("Yasmin", "sister", ["shopping"], 2)],
     needs=[N(1, "shopping", "Help with shopping", 2, "weekly"),
            N(2, "community_access", "Help getting out", 3, "weekly")],
     important=["My kids", "Cricket"],
     admired=["Funny", "Loyal"],
     budget=(120, "week"), mgmt="direct_payment", emp="use_agency",
     concerns=[("crisis", "Some days I think everyone would be better off without me")])

for id, prof, verd in CASES:
    json.dump(prof, open(f"{OUT}/profiles/{id}.json", "w"), indent=2, ensure_ascii=False)
    open(f"{OUT}/profiles/{id}.json", "a").write("\n")
    json.dump(verd, open(f"{OUT}/verdicts/{id}.json", "w"), indent=2, ensure_ascii=False)
    open(f"{OUT}/verdicts/{id}.json", "a").write("\n")
from collections import Counter
print(len(CASES), Counter(v["broker_level"] for _, _, v in CASES))
