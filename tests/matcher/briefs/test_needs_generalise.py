"""Issue 12, needs that generalise: each kind of miss read on an independent judged part, by its rule
about language, with sentences written here (none taken from a judged set). Each row names its rule;
the non-examples (what the rule must leave alone) sit beside the examples. Read with the product's
encoder, as the service reads briefs."""

from __future__ import annotations

import datetime as dt

import pytest

from matcher.briefs.parser import _body
from matcher.briefs.trades import trade_of
from matcher.taxonomy import load_taxonomy
from models.brief import Brief

TODAY = dt.date(2027, 2, 3)  # a Wednesday


def roles(brief: Brief) -> list[str | None]:
    return [n.role for n in brief.needs]


@pytest.mark.parametrize(("rule", "text", "expected"), [
    # a business named by its trade is that facility class, whatever person word the trade holds
    ("trade", "Could you recommend a payroll supplier? We also need a clearances firm and an insurance broker.",
     ["production-payroll", "media-legal", "production-insurance"]),
    ("trade", "Indie game team looking for a localisation partner and a QA supplier for our launch.",
     ["games-qa-service"]),  # one class asked for twice is one need
    ("trade", "We're after an SFX company and a stunt team for the fight at the quarry.",
     ["sfx-company", "stunt-performer"]),
    ("trade, a name", "Dear Film Office Leek team, we need a runner on Friday.", ["runner"]),
    ("trade, our own", "Our comms team will film it; we need a drone operator for an hour.", ["drone-pilot"]),
    ("a team of people", "We need an editing team and a make-up team for the festival week.",
     [None]),  # crew, as written: neither an edit suite nor a make-up truck
    # a brief of a dozen words or more that asks for nothing has no need
    ("asks nothing", "Heads up: the towpath by Etruria will be closed on Friday while a crew films there. "
     "Marshals will direct walkers.", []),
    ("asks nothing", "All sorted now thanks, we booked a gaffer and found a unit base ourselves in the end!", []),
    ("asks nothing", "im a camera op from Leek just back from uni, happy to help out on anything going", []),
    ("asks", "Gaffer, two sparks, Stone, Thursday", ["gaffer", "electrician"]),
    ("asks by its opening", "Sound recordist for corporate interviews at the Potteries Museum on Tuesday 9 March, "
     "half day, cash", ["production-sound-mixer"]),
    # experience and hyphenated adjectives are no need
    ("experience", "Need a make-up artist with some prosthetics/gore experience for a horror short.",
     ["make-up-artist"]),
    ("compound modifier", "Presenter-led cookery pilot at a Leek farm: we need a home economist and a runner.",
     ["food-stylist", "runner"]),
    # negation and a vacancy still open
    ("negated phrase", "Two radio mics and a boom kit to hire for Tuesday please, no op needed.",
     ["sound-equipment-hire"]),
    ("still no", "Shoot's on Monday and still no focus puller - anyone free?", ["first-assistant-camera"]),
    # a light verb's bare agent names no doer; a task's verb does
    ("task", "We need someone to run the lighting desk at the gig if ours is off sick.", ["lighting-desk-operator"]),
    ("task", "Looking for someone to film the prize-giving and cut a short recap.", ["camera-operator"]),
    # two role words the taxonomy knows as one job are one need; a bare op after its kit operates it
    ("one job", "Need hair + make-up for four dancers on Saturday in Hanley.", ["make-up-artist"]),
    ("kit operator", "Drone + op needed Sunday at the depot, 6pm to dusk.", ["drone-filming", "drone-pilot"]),
    # counts placed in departments where placements are offered
    ("placed in", "We're offering three paid placements on our drama: 2 in the camera department and 1 in the "
     "art department.", ["camera-trainee", "art-department-assistant"]),
    # whom a film is about or for, and what the production already has
    ("subject", "Making a recruitment video for paramedics at the ambulance station; we need a sound recordist.",
     ["production-sound-mixer"]),
    ("covered", "Catering provided by the venue. The band and crew are our own. We need a stills photographer.",
     ["stills-photographer"]),
    ("sender", "Bramble (animation studio, Leek) is hiring two compositors for a ten-week job.", ["compositor"]),
    # questions about what is allowed or required ask the office, not for a supplier
    ("permission", "Quick one - do you know if we can fly a drone above Westport Lake on Sunday for a promo?", []),
    ("allowed", "Shooting stills by the canal next week. Is tripod use allowed on the towpath?", []),
    ("required", "Do we need a licence for filming a school play with under-tens in Cheadle next month?", []),
    # what the sender does, offers or stocks, and people to meet, are no needs
    ("sender does", "Kestrel Vision is providing outside broadcast for the cup final; we need two riggers.",
     ["rigger"]),
    ("offer", "Hello! We're a new kit house in Fenton and we stock Alexa Minis and LED panels; happy to help any "
     "productions that come your way.", []),
    ("social", "Our winter social is on Friday at the Leopard: come along to meet local crew and editors, all "
     "welcome.", []),
    # what a place asked for will become, a verb after 'to', and an adjective that opens a phrase
    ("becomes", "We'd love an empty shop we could turn into a pop-up studio for two weeks in March.",
     ["filming-location"]),
    ("verb", "We need a production company to film and livestream the carol concert at the minster.",
     ["production-company"]),
    ("placing adjective", "Could you help us with finding a local falconry handler for a day at the castle?",
     ["animal-wrangler"]),  # read (a guess), no longer dropped because it opens with 'local'
    ("not a need", "Any leads welcome! We need a puppet maker for eight weeks.", ["puppet-maker"]),
    # post and live sound words
    ("vocabulary", "Need a mix engineer for the final audio and a stream engineer for the gig.",
     ["re-recording-mixer", "livestream-technician"]),
    # a hedge keeps a list; a tender's lots name their suppliers, under the framework's title
    ("hedged list", "Could use a best boy, three sparks and possibly a genny for the night shoot.",
     ["best-boy-electric", "electrician", "generator-hire"]),
    ("lots", "Invitation to Tender: Framework for Film and Media Services\nLot 1: Drone and aerial filming.\n"
     "Lot 2: Subtitling and captioning.\nReturns by 3 March.", ["drone-filming", "subtitling-service"]),
    # one person under two names: a hyphenated pair of jobs, and alternatives with adjectives between them
    ("hyphenated jobs", "Looking for a shooter-editor for a charity promo in Stone next week.", ["camera-operator"]),
    ("either", "We'd welcome a production company or an experienced freelance filmmaker for the series.",
     ["production-company"]),
    # kit held by a person, listed with other kit after 'with'
    ("kit held", "Roles: camera op with C70 + prime lenses, and a sound recordist.",
     ["camera-operator", "production-sound-mixer"]),
    # who fills a role is said after it
    ("filled", "Cookery show for kids at a farm near Leek. The presenters are two teenagers, so we need a chaperone.",
     ["chaperone"]),
    # a task times the people it is done for; a statement that something remains
    ("served", "Hair stylist wanted Sunday, braids x 4 dancers, Leek.", ["hair-stylist"]),
    ("statement", "Please note the car park will be closed on Friday while filming takes place; spaces for disabled "
     "drivers remain available by the gate.", []),
    # words after a head describe it: "children aged 8-10" are children, whom no one hires as crew here
    ("describing", "We need 20 supporting artists, plus 4 children aged 8-10, for a school scene in Leek.",
     ["supporting-artist"]),
])
def test_needs_by_rule(read, rule: str, text: str, expected: list[str]) -> None:
    assert roles(read(text)) == expected, rule


def test_the_kit_operator_and_the_counts_placed_in_departments_carry_their_numbers(read) -> None:
    brief = read("We're offering paid trainee placements: 3 in the locations department, one in the production "
                 "office.")
    assert [(n.role, n.quantity) for n in brief.needs] == [("location-assistant", 3), ("production-assistant", 1)]


@pytest.mark.parametrize(("words", "expected"), [
    ("payroll", "production-payroll"),
    ("legal/clearances", "media-legal"),
    ("QA and localisation", "games-qa-service"),
    ("local", None),  # no trade word
    ("sound", None),  # several classes hold it equally: a tie says nothing
    ("payroll widgets", None),  # a trade word no class holds: the class is not named
])
def test_a_trade_is_the_one_class_holding_most_of_its_words(words: str, expected: str | None) -> None:
    found = trade_of(words, load_taxonomy())
    assert (found.id if found else None) == expected


def test_a_forwarded_message_after_the_sign_off_is_read() -> None:
    text = ("Can you ask the office about this? Cheers, Jo\n\n> Hi Jo, we'll need a scenic painter for the set.\n"
            "> Thanks, Sam\n> Sam Reid | Designer | 2 Mill Lane, Derby")
    body = _body(text)
    assert "scenic painter" in body and "Mill Lane" not in body
