"""Word lists the brief rules share: spelled-out numbers, praise, stop words, and who is asking."""

from __future__ import annotations

__all__ = [
           "ACTIVITY_WORDS",
           "ADJ",
           "AGENT_ENDINGS",
           "AGENT_SUFFIXES",
           "AGENT_WORDS",
           "BARE_SUPPLIERS",
           "FILLER",
           "GENERIC_CREW",
           "LIGHT_VERBS",
           "NOT_NEEDS",
           "NUMBER_RE",
           "NUMBER_WORDS",
           "PARTICIPLES",
           "PEOPLE_NOT_CREW",
           "PERSON_WORDS",
           "PLACE_HEADS",
           "QTY",
           "SENDER",
           "SERVICE_HEADS",
           "STOP",
           "WORK_PRODUCTS",
]

# Spelled-out counts as producers write them; "a few", "several" and "a handful" are three because
# that is what a crew sheet has to plan for, "a couple" two.
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "single": 1, "another": 1, "two": 2, "pair": 2, "couple": 2, "three": 3,
    "few": 3, "several": 3, "handful": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "dozen": 12, "thirty": 30, "forty": 40,
    "fifty": 50,
}
NUMBER_RE = r"(?:\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b"

# Praise and "more" between a number and a role qualify nothing: "an additional spark", "a good DoP".
FILLER = (r"(?:good|great|decent|reliable|keen|nice|lovely|solid|brilliant|talented|additional|extra|further|more"
          r"|other)")
STOP = (r"(?:a|an|the|and|or|but|with|for|to|of|in|on|at|by|from|as|is|are|be|been|was|were|will|would|can|could"
        r"|should|need|needs|needed|want|wants|wanted|looking|seeking|require|requires|required|hiring|book|after"
        r"|also|plus|some|any|all|our|your|their|my|his|her|its|we|us|you|they|i|it|this|that|these|those|who"
        r"|which|please|just|too|very|really|so|then|there|here|hi|hello|both|dear|x|still|ideally|maybe|couple"
        rf"|few|pair|each|per|someone|somebody|anyone|have|has|got|own|no|not|don't|\d+\w*|{FILLER}|{NUMBER_RE})")
ADJ = rf"(?<![\w'\u2019-])(?!{STOP}\b)[A-Za-z][\w'\u2019-]*"
QTY = (r"(?:\d+\s*-?ish\b|half\s+a\s+dozen|a\s+dozen|a\s+couple\s+of|couple\s+of|a\s+few|few|a\s+pair\s+of|pair\s+of"
       r"|a\s+handful\s+of|handful\s+of"
       rf"|(?:\d+|two|three|four|five)\s*(?:-|\u2013|to|or)\s*{NUMBER_RE}|{NUMBER_RE})")

# Who is asking: "we're a small indie ", "I am an " before a noun phrase that is the sender.
# One rule for needs ("We're a games studio") and places ("We're a Birmingham agency").
# "We're Paper Lantern, a small " names the firm first; "I'm a producer at a Derby " names where they work.
SENDER = (r"\b(?:we're|we\s+are|we\u2019re|I'm|I\u2019m|I\s+am|this\s+is)\s+"
          r"(?:(?-i:[A-Z][\w&'\u2019-]*)[ \t]*){0,3},?\s*(?:an?|the)\s+(?:[\w-]+\s+|\w+-){0,3}"
          r"(?:(?:at|with|for|from)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2})?$")

# Words for a kind of production that the taxonomy also reads as a supplier (outside broadcast
# facilities): as a verb or naming the event they say what the production does ("we're livestreaming
# three concerts"), so they are a need only as a thing asked for ("a livestream company").
ACTIVITY_WORDS = frozenset(["livestream", "livestreams", "livestreaming", "live stream", "live streams",
                            "live streaming", "outside broadcast", "outside broadcasts", "streaming"])

# Heads of noun phrases after "need" that are no supplier to find: the film office's own help,
# information, time. A phrase ending in one of these is not a need ("we need permission").
NOT_NEEDS = frozenset([
    "welcome", "appreciated", "helpful", "useful", "available", "great", "good", "ideal", "needed", "required",
    "essential", "please", "thanks",
    "advice", "answer", "answers", "approval", "availability", "budget", "budgets", "chat", "confirmation",
    "contact", "contacts", "date", "dates", "day", "days", "detail", "details", "email", "emails", "feedback",
    "guidance", "help", "hand", "heads-up", "idea", "ideas", "info", "information", "input", "insight", "know",
    "list", "lists", "look", "money", "number", "numbers", "okay", "ok", "opinion", "opinions", "parking",
    "permission", "permissions", "permit", "permits", "pointer", "pointers", "quote", "quotes", "quotation", "rate",
    "rates", "reply", "response", "recommendation", "recommendations", "lead", "leads", "suggestion", "suggestions",
    "sign-off", "steer", "support", "thing",
    "things", "time", "times", "tips", "week", "weeks", "month", "months", "while", "word", "words", "you", "it",
    "them", "us", "him", "her", "one", "ones", "some", "more", "lot", "lots", "bit", "everything", "anything",
    "something", "nothing", "way", "ways", "place", "places", "area", "areas", "shoot", "shoots", "film", "films",
    "project", "projects", "production", "productions", "brief", "briefs", "job", "jobs", "role", "roles", "work",
    "call", "calls", "meeting", "meetings", "everyone", "anyone", "everybody", "anybody", "all", "favour",
    "favours", "somewhere", "anywhere", "spot", "spots", "chance", "go", "look", "sense", "idea", "cover",
    "replacement", "replacements", "access",
    # terms of a post, said after it: "3 voices, recorded remotely, paid"
    "paid", "unpaid", "credited", "expenses", "negotiable", "remote", "remotely", "flexible", "tbc", "tba",
])
# Generic words for "some crew" with no role: one need, "crew (roles not given)".
GENERIC_CREW = frozenset([
    "crew", "crews", "team", "teams", "staff", "people", "hands", "freelancers", "freelance", "technicians",
])
# Heads that make an unrecognised phrase a supplier to keep as a free-text need even when
# nothing in the taxonomy is near: people (agent nouns) and things hired or done for you.
SERVICE_HEADS = frozenset([
    "hire", "rental", "rentals", "service", "services", "company", "companies", "firm", "firms", "agency",
    "agencies", "supplier", "suppliers", "provider", "providers", "studio", "studios", "unit", "units", "van",
    "vans", "truck", "trucks", "kit", "equipment", "gear", "facility", "facilities", "insurance", "catering",
    "licensing", "licence", "licences", "cover", "workshop", "workshops", "space", "spaces", "room", "rooms",
    "yard", "yards", "warehouse", "warehouses", "venue", "venues", "stage", "stages", "premises", "building",
    "buildings", "hall", "halls", "office", "offices", "house", "houses", "site", "sites",
])
AGENT_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants", "man", "men", "person")
AGENT_WORDS = frozenset([
    "guy", "guys", "gal", "bod", "bods", "model", "models", "specialist", "specialists", "chaperone", "chaperones",
    "op", "ops", "tech", "techs", "hand", "hands", "people", "crew", "artiste", "artistes", "guide", "guides",
    "double", "doubles",
])
# Everyday words for a person after a department's word: "a sound guy", "a lighting person", "the hair lady".
PERSON_WORDS = frozenset(["guy", "guys", "man", "men", "person", "people", "bloke", "blokes", "woman", "women",
                          "lady", "ladies", "bod", "bods", "gal", "folk", "folks"])
# A bare supplier word says nothing of what is needed; the task after it does ("a company to caption").
BARE_SUPPLIERS = frozenset([
    "company", "companies", "firm", "firms", "business", "businesses", "person", "someone", "somebody", "supplier",
    "suppliers", "provider", "providers", "individual", "individuals", "freelancer", "freelancers",
])

# What a production makes, delivers or is about, never whom it hires: "needs a soul-influenced
# score", "final deliverables are required", "a safety video filmed". A phrase with one of these
# heads is no free-text need (an alias that names a supplier, "drone footage", still reads).
WORK_PRODUCTS = frozenset([
    "score", "scores", "soundtrack", "video", "videos", "footage", "content", "deliverable", "deliverables",
    "cut", "cuts", "cutdown", "cutdowns", "cut-downs", "promo", "promos", "documentary", "documentaries", "doc",
    "docs", "series", "episode", "episodes", "advert", "adverts", "ad", "ads", "commercial", "commercials",
    "campaign", "campaigns", "short", "shorts", "feature", "features", "clip", "clips", "shot", "shots",
    "sequence", "sequences", "scene", "scenes", "interview", "interviews", "piece", "pieces", "edit", "edits",
    "programme", "programmes", "pilot", "story", "stories", "script", "scripts", "treatment", "pitch", "tape",
    "taster", "sizzle", "trailer", "trailers", "photos", "pictures", "images", "look", "style", "vibe", "feel",
    "session", "sessions", "recording", "recordings", "event", "events", "launch", "screening", "performance",
    # kinds of shot or scene: "plus some exteriors in Leek", "landscape at the lake" are filmed, not hired
    "interiors", "exteriors", "landscape", "landscapes", "scenery", "views", "cutaways", "b-roll", "gvs",
    "timelapse", "timelapses", "establishers", "version", "versions",
])
# People who appear in, take part in or are served by a production, never crew to hire:
# "help find contributors", "record ten interviewees", "a chaperone for the young cast members".
PEOPLE_NOT_CREW = frozenset([
    "contributor", "contributors", "interviewee", "interviewees", "participant", "participants", "resident",
    "residents", "member", "members", "public", "audience", "audiences", "viewer", "viewers", "guest", "guests",
    "customer", "customers", "client", "clients", "patient", "patients", "pupil", "pupils", "student", "students",
    "winner", "winners", "family", "families", "veteran", "veterans", "subject", "subjects", "case-study",
    "volunteer", "volunteers", "fan", "fans", "visitor", "visitors", "attendee", "attendees", "delegate",
    "delegates", "employee", "employees", "worker", "workers", "child", "children", "kid", "kids",
    "congregation", "players", "player", "son", "sons", "daughter", "daughters", "wife", "husband", "partner",
    "mum", "dad", "mother", "father", "friend", "friends", "neighbour", "neighbours", "grandchildren",
])
# Participles that end a phrase after "need": "a safety video filmed", "the wig made": the phrase
# before them is what is to be made, not a supplier ("need X filmed" asks for filming, read elsewhere).
PARTICIPLES = frozenset([
    "made", "done", "built", "shot", "cut", "sorted", "filmed", "edited", "recorded", "produced", "delivered",
    "booked", "arranged", "covered", "organised", "organized", "sourced", "printed", "designed", "fixed",
    "captured", "graded", "mixed", "written", "taken", "set", "ready", "finished", "completed",
])

# Suffixes English makes agent nouns with (edit -> editor, record -> recordist, cater -> caterer).
AGENT_SUFFIXES = ("or", "er", "r", "ist")
# Verbs that say nothing of a job: "someone to keep the audience entertained", "to sort the van", "to do hair".
LIGHT_VERBS = frozenset(["keep", "do", "sort", "get", "make", "help", "look", "go", "take", "be", "have", "come",
                         "give", "put", "run", "handle", "manage", "cover", "deal", "work", "bring", "see", "check"])
# Kinds of place: a phrase with one of these heads asked for, or that "we can use", is a filming location
# ("after a 1970s kitchen to film in", "a derelict factory we can hire").
PLACE_HEADS = frozenset([
    "house", "houses", "home", "homes", "farm", "farms", "farmhouse", "barn", "barns", "building", "buildings",
    "site", "sites", "pub", "pubs", "club", "clubs", "school", "schools", "church", "churches", "chapel", "hall",
    "halls", "field", "fields", "warehouse", "warehouses", "factory", "factories", "mill", "mills",
    "flat", "flats", "shop", "shops", "cafe", "café", "restaurant", "hotel", "garden", "gardens", "park",
    "street", "streets", "estate", "mansion", "manor", "cottage", "castle", "station", "yard", "car park",
    "garage", "hospital", "ward", "prison", "cell", "courtroom", "classroom", "gym", "pool", "woodland", "woods",
    "forest", "quarry", "lock", "bridge", "tunnel", "basement", "cellar", "rooftop", "roof", "apartment",
    "bungalow", "terrace", "venue", "venues", "location", "locations", "property", "interior", "premises",
    "properties", "stables", "kitchen", "kitchens", "bar", "bars", "nightclub", "theatre", "cinema", "library",
    "museum", "gallery", "shopfront", "lane", "alley", "road", "pottery", "potbank", "chippy", "unit", "units",
    "workshop", "shed", "hangar", "depot",
])
