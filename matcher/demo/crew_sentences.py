"""Body sentences of freelancer summaries, by topic, in the first and third person.

Each topic is a pair (first person, third person). Third-person templates use {they}, {them},
{their} and {their_cap}; sentence starts are capitalised afterwards.
"""

from __future__ import annotations

__all__ = ["TOPICS"]

EXPERIENCE = (
    (
        "I've been doing this for {years_w} years, mostly {work}.",
        "Most of my work is {work}, with some {genre} thrown in.",
        "Over {years_w} years I've worked on {genres}.",
        "I cut my teeth on {genre} and moved into {genre_b} around {mid_year}.",
        "These days it's mostly {genres}.",
        "I've worked on everything from {genre} to {genre_b}.",
        "The bulk of my work is {genre}, but I love {genre_one} when one comes along.",
        "I've been freelance since {since}.",
        "Before going freelance I spent {staff_years} years on staff at a production company in {town2}.",
        "I started out {start_story}.",
        "My background is {background}, which comes in handy more often than you'd think.",
        "I've been {a_role} for {years_w} years and {a_role2} for a few of those.",
    ),
    (
        "{they} has worked on {genres} for {years_w} years.",
        "Most of {their} work is {work}.",
        "{they} started out {start_story}.",
        "{first} has been freelance since {since}.",
        "{their_cap} experience runs from {genre} to {genre_b}.",
        "{they}'s spent the last few years {work}.",
        "Before going freelance {they} spent {staff_years} years on staff in {town2}.",
    ),
)

CREDITS = (
    (
        "Recent credits include {credit} ({credit_year}).",
        "Most recently I worked on {credit}.",
        "Credits include {credit} and {credit_old}.",
        "I was {credit_role_a} on {credit}, {credit_kind_one} from {credit_year}.",
        "You'll find me in the credits of {credit} ({credit_kind}, {credit_year}).",
        "{credit} ({credit_year}) is probably the one people know.",
        "My last big job was {credit}, as {credit_role_a}.",
        "Proudest credit: {credit}.",
        "I worked on {credit_old} back in {credit_old_year} and {credit} more recently.",
        "Highlights: {credit_list}.",
        "A few things I've done: {credit_list}.",
        "If you saw {credit}, you've seen my work.",
    ),
    (
        "{their_cap} credits include {credit_list}.",
        "{they} most recently worked on {credit}.",
        "Recent work includes {credit} ({credit_kind}, {credit_year}).",
        "{first} was {credit_role_a} on {credit}.",
        "{first}'s work includes {credit_old} and, more recently, {credit}.",
    ),
)

KIT = (
    (
        "I own {kit}.",
        "I've got my own kit: {kit}.",
        "Kit-wise I run {kit}.",
        "I can bring {kit} if it helps the budget.",
        "My kit list includes {kit}, and I'm happy to quote with or without it.",
        "Own {kit1}, plus the usual bits and pieces.",
        "I've invested in {kit} so small productions don't have to hire.",
        "Everything's insured, including {kit}.",
        "I'll bring {kit1} as standard.",
    ),
    (
        "{first} owns {kit}.",
        "{they} can supply {kit}.",
        "{their_cap} own kit includes {kit}.",
    ),
)

SKILLS = (
    (
        "I'm good at {good_at}.",
        "Specialisms: {skills}.",
        "People tend to book me for {good_at}.",
        "My thing is {good_at}.",
        "Particular strengths: {skills}.",
        "I've got a lot of experience with {skills}.",
        "Anything involving {skill}, I'm in.",
        "I pride myself on {good_at}.",
        "Strong on {skills}.",
        "Tickets: {tickets}.",
        "Paperwork's all current: {tickets}.",
        "I hold the usual tickets ({tickets}).",
    ),
    (
        "{they}'s known for {good_at}.",
        "{their_cap} skills include {skills}.",
        "Producers book {them} for {good_at}.",
        "{they} is particularly strong on {skills}.",
        "Tickets: {tickets}.",
        "{their_cap} tickets are current: {tickets}.",
    ),
)

TRAVEL = (
    (
        "Happy to travel up to about {miles} miles from {town}.",
        "I'm on the edge of {area}, so the M6, A50 and A500 are all close.",
        "Based in {town} but I work all over {wide}.",
        "Local to {town}, so no hotel costs on North Staffs jobs.",
        "I'll happily travel, but I love a job I can get home from.",
        "Manchester and Birmingham are both about an hour away, so I work in both regularly.",
        "Usually within {miles} miles of home, further for the right job.",
        "Full licence and my own car, so early calls and remote locations are fine.",
    ),
    (
        "{they} travels up to {miles} miles from {town}.",
        "{first} covers {area} and the surrounding counties.",
        "{they} drives and is happy with remote locations.",
    ),
)

UK_WIDE = (
    ("I'll travel anywhere in the UK if accommodation's covered.", "Will travel UK-wide; I've got a passport too."),
    ("{they}'ll travel anywhere in the UK.", "{first} works UK-wide."),
)

AVAILABILITY = (
    (
        "I'm usually booked up through the summer, so get in early for June to August.",
        "I tend to have more gaps in the winter.",
        "Currently taking bookings from {month}.",
        "Best way to check availability is a quick message.",
        "My diary is fairly up to date here, but message me to be sure.",
        "I'm on a long job for part of next year, but I've got gaps around {month}.",
        "Available for day jobs as well as longer contracts.",
        "I can usually turn round a quote the same day.",
        "Short notice is fine; I've done plenty of next-day bookings.",
        "I keep school holidays clear where I can, so ask early for those.",
    ),
    (
        "{they}'s available from {month}.",
        "{first} takes day bookings as well as longer contracts.",
        "{their_cap} diary fills up over the summer, so book early.",
    ),
)

STYLE = (
    (
        "I'm big on {habit}.",
        "I work quietly and I don't flap.",
        "I like to be part of the conversation early.",
        "Calm under pressure, and I always bring snacks.",
        "I'm happiest {place}.",
        "I genuinely enjoy working with new entrants, and I often take on trainees.",
        "I'll muck in wherever I'm needed.",
        "You'll usually find me {habit}.",
        "I'm known for {habit}.",
        "I'd rather ask a daft question early than make an expensive mistake late.",
    ),
    (
        "{they}'s big on {habit_third}.",
        "Crews describe {them} as calm and reliable.",
        "{they} enjoys mentoring trainees.",
        "{first} is happiest {place}.",
    ),
)

STEP = (
    (
        "I also work as {a_role2} on smaller jobs.",
        "On lower-budget jobs I'll step up to {role2}.",
        "I'm happy to step down to {role2} on bigger productions.",
        "When I'm not booked as {a_role}, I'm usually working as {a_role2}.",
        "I also take {role2} work, especially in the quieter months.",
        "Second string: {role2}.",
        "I also do {role3} work now and then.",
    ),
    (
        "{they} also works as {a_role2}.",
        "{first} steps up as {role2} on smaller shoots.",
    ),
)

LANGUAGES = (
    ("I speak {lang} as well as English.", "Fluent in {lang}, which helps with contributors.",
     "I can work in {lang} too."),
    ("{they} speaks {lang}.", "{first} also works in {lang}."),
)

# Style sentences that only make sense for people who work on a set or location.
STYLE_ON_SET = (
    (
        "I'm relaxed, but I take safety seriously.",
        "On set I'm known for {habit}.",
        "Good communication matters more to me than anything on the kit list.",
        "First to the truck, last to leave the location.",
    ),
    (
        "{first} is relaxed on set but serious about safety.",
        "On set {they}'s known for {habit_third}.",
    ),
)

PERSONAL = (
    ("{personal}",),
    ("{personal_third}",),
)

CLOSERS = (
    (
        "Drop me a message and I'll send over a showreel.",
        "Get in touch for a CV or a chat.",
        "Always happy to chat about a project, even if it's at an early stage.",
        "Showreel and references on request.",
        "Give us a shout.",
        "If it's a good story, I'm interested.",
        "Feel free to call; I'd rather talk than email.",
        "Happy to do a call before you book.",
    ),
    (
        "CV and showreel on request.",
        "{first} is happy to chat about projects at any stage.",
        "Contact {them} directly for a CV.",
    ),
)

TOPICS = {
    "experience": EXPERIENCE,
    "credits": CREDITS,
    "kit": KIT,
    "skills": SKILLS,
    "travel": TRAVEL,
    "uk_wide": UK_WIDE,
    "availability": AVAILABILITY,
    "style": STYLE,
    "style_on_set": STYLE_ON_SET,
    "step": STEP,
    "languages": LANGUAGES,
    "personal": PERSONAL,
    "closer": CLOSERS,
}
