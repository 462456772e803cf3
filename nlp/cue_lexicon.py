"""Hand-written cue phrases for themes, intent and sentiment, in plain lower-case English.

Phrases are normalised (text-speak spelled out) and lemmatised the same way as messages, so
"pocket money" also matches "pocket moneys"; text-speak such as "sw" or "PA" is already
spelled out by `nlp.textspeak`. A cue is a hint the trained model weighs; a *strong* cue is
so specific that it adds its theme on its own (see `nlp.themes`).
"""

from __future__ import annotations

# Strong cues: unambiguous, specific to one theme.
STRONG_THEME_CUES: dict[str, tuple[str, ...]] = {
    "social_worker": (
        "social worker", "sosial worker", "socal worker", "personal adviser",
        "personal advisor", "independent reviewing officer", "leaving care worker",
    ),
    "home_placement": (
        "foster carer", "foster mum", "foster dad", "foster home", "foster placement",
        "foster brother", "foster sister", "children's home", "kids home", "house rule",
    ),
    "education": (
        "school", "uni", "teacher", "exam", "gcse", "a level", "homework", "coursework",
        "pep", "excluded from school", "exclusion", "tutor", "virtual school", "sixth form",
        "detention", "dissertation", "ehcp",
    ),
    "health_wellbeing": (
        "camhs", "doctor", "gp", "dentist", "hospital", "counsellor", "counselling",
        "therapist", "therapy", "mental health", "medication", "anxiety", "depression",
        "optician", "nurse", "panic attack", "self harm",
    ),
    "voice_rights": (
        "advocate", "advocacy", "care plan", "lac review", "my review", "review meeting",
        "cicc", "children in care council", "complaint", "complain", "have a say",
        "listen to me", "nobody listens", "panel", "judge",
    ),
    "identity_history": (
        "life story", "my file", "why i am in care", "why i was taken into care", "religion",
        "culture", "church", "mosque", "heritage", "pronoun", "baby photo", "memory box",
        "my surname", "my hair", "birth mum", "birth dad", "birth family", "birth parent",
        "my records", "where i come from", "deed poll", "change my name", "asylum",
        "unaccompanied", "pride", "gay", "trans", "racism", "racist",
    ),
    "leaving_care": (
        "pathway plan", "staying put", "local offer", "leaving care", "setting up home",
        "leaving care team", "independence course", "care leavers forum",
    ),
    "housing": (
        "tenancy", "rent", "hostel", "supported accommodation", "supported lodgings",
        "semi independent", "homeless", "evict", "landlord", "housing officer",
        "council housing", "supported housing", "housing list", "my flat", "council flat",
        "b&b", "bidding", "sofa surfing",
    ),
    "money": (
        "pocket money", "allowance", "bursary", "grant", "universal credit", "benefit",
        "debt", "savings", "junior isa", "£", "overdraft", "bank account", "bailiff",
        "payday", "council tax", "student finance", "food bank", "bus pass",
    ),
    "work_training": (
        "job", "apprenticeship", "traineeship", "work experience", "cv", "employer",
        "internship", "career", "national insurance", "payslip", "jobcentre",
        "zero hours", "work coach",
    ),
    "activities": (
        "football", "club", "hobby", "gym", "boxing", "cubs", "scouts", "brownies",
        "beavers", "camping", "cinema", "duke of edinburgh", "karate", "gymnastics",
        "guitar", "youth club", "youth centre", "sports day", "netball", "horse riding",
        "theme park", "bouncy castle", "trampolining",
    ),
    "privacy_stigma": (
        "care kid", "foster kid", "lac kid", "in front of everyone", "everyone knows",
        "treated differently", "stigma", "privacy", "my business", "confidential",
        "care rat", "dbs", "risk assessment", "treat me different", "like everyone else",
    ),
    "digital": (
        "laptop", "internet", "snapchat", "instagram", "whatsapp", "online", "the bot",
        "data", "voice note", "group chat", "facebook",
    ),
}  # fmt: skip

# Weaker hints: common words the model may or may not trust for the theme.
THEME_HINTS: dict[str, tuple[str, ...]] = {
    "social_worker": ("worker", "visit", "ring me", "text back", "new worker", "iro"),
    "home_placement": (
        "carer", "placement", "staff", "my room", "bedroom", "move", "house", "home",
        "bedtime", "curfew", "keyworker", "key worker", "foster family", "residential",
    ),
    "family_friends": (
        "mum", "dad", "brother", "sister", "nan", "gran", "grandma", "grandad", "aunt",
        "uncle", "cousin", "family", "contact", "friend", "mate", "sleepover", "sibling",
        "baby", "boyfriend", "girlfriend", "auntie", "nephew", "niece", "adopted",
    ),
    "education": (
        "class", "maths", "english", "reading", "teach", "learn", "study", "college",
        "university", "year <num>", "lesson",
    ),
    "health_wellbeing": (
        "sad", "lonely", "anxious", "depressed", "sick", "ill", "poorly", "tooth", "teeth",
        "sleep", "eat", "feel", "cry", "stress", "hurt", "glasses", "health",
    ),
    "safety": (
        "safe", "unsafe", "bully", "scared", "police", "run away", "threaten",
        "stab", "knife", "hit me", "groom", "exploit", "stranger", "older guy", "older man",
        "go missing", "reported missing",
    ),
    "voice_rights": ("meeting", "review", "decision", "decide", "say", "listen", "right"),
    "identity_history": (
        "language", "name", "black", "mixed race", "muslim", "adopt", "speak", "marry",
        "wedding", "engaged", "passport", "birth certificate", "how i look", "religion",
    ),
    "leaving_care": (
        "independence", "leave care", "turn 18", "after 18", "when i am 18", "care leaver",
        "care experienced",
    ),
    "housing": (
        "flat", "accommodation", "move out", "deposit", "bill", "live", "place", "housing",
    ),
    "money": (
        "money", "pay", "paid", "cost", "afford", "wage", "cash", "fund", "pound", "budget",
        "broke", "loan", "who pays",
    ),
    "work_training": (
        "work", "training", "course", "volunteer", "shift", "manager", "interview",
    ),
    "activities": (
        "play", "game", "sport", "park", "party", "birthday", "fun", "bored", "trip",
        "holiday", "swimming", "dance", "drama", "bike", "film", "library", "team", "art",
        "xbox", "fifa", "trampoline", "music", "weekend", "christmas",
    ),
    "privacy_stigma": (
        "know", "private", "embarrass", "different", "normal", "tell anyone", "found out",
        "find out", "in care", "secret", "label", "treat",
    ),
    "digital": (
        "game", "message", "text", "post", "xbox", "phone", "wifi", "tablet", "tiktok",
        "app", "charger", "computer",
    ),
}  # fmt: skip

INTENT_CUES: dict[str, tuple[str, ...]] = {
    "question": (
        "?", "how do i", "how can i", "how much", "how long", "what is", "when is", "when can",
        "where do", "who do i", "can i", "am i allowed", "is it", "is there", "do i", "will i",
        "what happen", "why do", "what do", "who decide",
    ),
    "idea": (
        "should", "there should be", "it would be good", "would be nice", "would be better",
        "could we", "can we have", "why not", "idea", "suggest", "you could", "we need",
        "would love", "what if we", "it would help",
    ),
    "compliment": (
        "thank", "thanks", "thank you", "cheers", "brilliant", "amazing", "the best",
        "well done", "grateful", "appreciate", "shout out", "lovely", "so kind", "respect",
        "is great", "really helped",
    ),
    "complaint": (
        "not fair", "unfair", "never", "again", "still", "keep", "complain", "rubbish",
        "useless", "ignore", "cancel", "not acceptable", "fed up", "sick of", "not allowed",
        "nobody told", "no answer", "waiting", "months", "want it changed", "sort it",
    ),
    "advocacy": (
        "advocate", "advocacy", "speak for me", "speak up for me", "help me say",
        "help me speak", "come with me", "help me complain", "help to complain",
        "on my side", "help me at my", "someone to help me",
    ),
    "worry": (
        "worried", "worry", "scared", "afraid", "frightened", "nervous", "anxious",
        "not feel safe", "unsafe", "terrified", "panic", "stressed", "can not sleep",
        "what if", "help me", "do not know what to do",
    ),
    # Not an intent: asking for something. With an advocacy cue it means advocacy.
    "request": (
        "can i get", "can i have", "could i have", "could i get", "i want", "i need",
        "i would like", "please", "can someone", "can you get", "can i speak",
    ),
}  # fmt: skip

SENTIMENT_CUES: dict[str, tuple[str, ...]] = {
    "positive": (
        "good", "great", "love", "like", "happy", "nice", "kind", "best", "brilliant",
        "amazing", "proud", "excited", "helpful", "fun", "glad", "lovely", "sound",
        "better", "enjoy", "thank", "finally", "yay", "sorted", "help", "safe", "lol",
        "actually", "favourite", "cool", "awesome", "massive help",
    ),
    "negative": (
        "sad", "hate", "bad", "unfair", "not fair", "angry", "upset", "scared", "worried",
        "lonely", "bored", "awful", "horrible", "rubbish", "worst", "miss", "cry", "hurt",
        "stress", "annoy", "nobody", "ignore", "cancel", "not like", "never", "fed up",
        "sick of", "useless", "alone", "terrified", "can not", "not allowed", "pointless",
    ),
    "contrast": ("but", "though", "although", "however", "still", "even though", "except"),
    "negation": ("not", "no", "never", "nobody", "nothing"),
}  # fmt: skip
