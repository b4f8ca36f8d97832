"""Needs a person reads that the parser used to miss, by kind (issue 12): a stay asked for, kit hired
with its operator, a count said after the role, a request worded loosely. Sentences written here,
none taken from a judged set; each row names its rule, and non-examples sit beside the examples.
Read with the product's encoder, as the service reads briefs."""

from __future__ import annotations

import datetime as dt

import pytest

from models.brief import Brief

TODAY = dt.date(2027, 2, 3)  # a Wednesday


def needs(brief: Brief) -> list[tuple[str | None, int]]:
    return [(n.role, n.quantity) for n in brief.needs]


@pytest.mark.parametrize(("rule", "text", "expected"), [
    # a place for the crew to stay, asked for, is crew accommodation; a hotel to film in is a location
    ("lodging", "Filming at the canal for three days. Can you point us to a guest house near Etruria for six of "
     "us? We also need a runner.", [("crew-accommodation", 1), ("runner", 1)]),
    ("lodging", "we're driving up from Exeter, somewhere to stay that's cheap would be ace, plus a spark",
     [("crew-accommodation", 1), ("electrician", 1)]),
    ("lodging, filmed", "Need a location: a tired seaside-style hotel to film in, and a grip.",
     [("filming-location", 1), ("grip", 1)]),
    ("lodging, provided", "Paid job, accommodation provided. Looking for a focus puller for two weeks.",
     [("first-assistant-camera", 1)]),
    ("lodging, a name", "Shooting at the Regent Hotel ballroom; we need a gaffer.", [("gaffer", 1)]),
    # kit hired with the person who runs it: the hire and its operator
    ("kit with operator", "For the night scene we'd like a 100kVA generator with operator and a cherry picker.",
     [("generator-hire", 1), ("generator-operator", 1), ("mewp-hire", 1)]),
    ("kit with operator", "Still looking for a Technocrane plus an experienced tech for Friday.",
     [("grip-hire", 1), ("crane-technician", 1)]),
    ("kit with a driver", "We need a camera car with driver for the chase.", [("tracking-vehicle-hire", 1)]),
    # a count said after the role: hedged, corrected in speech, or "-ish"
    ("count after", "We need ushers, maybe four, and a runner.", [(None, 4), ("runner", 1)]),
    ("count corrected", "yeah so a boom op, um, two actually, for the Sunday", [("boom-operator", 2)]),
    ("count -ish", "Looking for 30ish supporting artists for a market scene in Leek.", [("supporting-artist", 30)]),
    # loosely worded requests: dropped letters, what is missing, what would be welcome
    ("asks, dropped g", "lookin for a spark this weekend in Burslem, cash on the day, bit last minute sorry",
     [("electrician", 1)]),
    ("asks, missing", "Quiz recording next month at a theatre in Hanley. What we're missing is a floor manager.",
     [("floor-manager", 1)]),
    ("asks nothing", "Lovely to see so many of you at the screening on Friday night at the Leek arts centre.", []),
    # a task asked of a person names a crew role: of the kit it runs, never the hire company itself
    ("a person for kit", "Music video next week at a mill: we need someone to run the haze machine.",
     [("sfx-technician", 1)]),
    ("a person who knows", "Need somebody who knows live streaming for our concert in Leek.",
     [("livestream-technician", 1)]),
    ("a person for kit", "Could you find somebody to fly the drone over the market on Sunday?",
     [("drone-filming", 1)]),  # the drone is what they fly, not the production's own drone
    ("a service stays", "Short film in Stone. We also need someone to advise on release forms and consent.",
     [("media-legal", 1)]),
    # a department's everyday word and a word for a person: that department's crew
    ("department person", "We need please one local fixer and a sound bloke with his own kit.",
     [("fixer", 1), ("production-sound-mixer", 1)]),
    ("department person", "We need a good hair person for the shoot.", [("hair-stylist", 1)]),
    ("department person, not a department", "Need a delivery man to collect the props van.",
     [(None, 1)]),  # "delivery" names no department: read as a phrase
    ("joined task", "need a gaffer + someone for hair n make up \U0001f64f cheers", [("gaffer", 1),
                                                                                ("make-up-artist", 1)]),
    # a list item after a camera's model name is no person's job title
    ("not a title", "We're looking for:\n- a 1st AC used to a Sony Venice\n- HMUA for all 5 days",
     [("first-assistant-camera", 1), ("make-up-artist", 1)]),
    # grades: after a role's team, and an entry grade placed in a department
    ("team grades", "For the night shoot we'd like a local AD team (1st and 2nd) and a unit medic.",
     [("first-assistant-director", 1), ("second-assistant-director", 1), ("unit-medic", 1)]),
    ("grade in a department", "Still short: a trainee for the camera dept and an assistant in the art department.",
     [("camera-trainee", 1), ("art-department-assistant", 1)]),
    ("grade in a department, not", "We need a trainee for the day on Friday.", [(None, 1)]),
    # a number before a unit of size is no count
    ("size, not count", "Need a 12 seat minibus and a 3 bay artiste trailer for the unit.", [("unit-transport", 1),
                                                                                   ("facilities-vehicles", 1)]),
    # a crew table pasted from a spreadsheet: the posts still open, counted, read with their department
    ("crew table", "Dept\tRole\tQty\tStatus\tNotes\nCamera\tDoP\t1\tCONFIRMED\tSam\n"
     "Camera\tFocus puller\t1\tNEEDED\tknows the Venice\nLighting\tSpark\t3\tNEEDED\t\n"
     "Sound\tMixer\t1\tBOOKED\t\nSound\tBoom op\t1\tTBC\t\nCatering\tLunch\t40\tNEEDED\tveggie\n"
     "Shooting at a farm near Cheadle from 4 to 6 March.",
     [("first-assistant-camera", 1), ("electrician", 3), ("boom-operator", 1), ("catering", 1)]),
    ("crew table, pipes", "Hello, here is where our crew list stands for the shoot in Leek next week:\n"
     "Role | Qty | Status\nGaffer | 1 | booked\nGrip | 2 | open\nRunner | 3 |\nThanks for any help finding people!",
     [("grip", 2), ("runner", 3)]),
    ("not a table", "We need a gaffer | two sparks | a runner, for Friday in Stone.",
     [("gaffer", 1), ("electrician", 2), ("runner", 1)]),
    # room for the trucks is a unit base; a gerund asked of a person is that craft's doer
    ("park vehicles", "We'll need space to park 5 trucks near the mill, and a runner.",
     [("unit-base", 1), ("runner", 1)]),
    ("park vehicles, not", "Is there somewhere to park the car near the library? We need a runner.", [("runner", 1)]),
    ("gerund", "Anyone available to do a day of data wrangling next week?", [("data-wrangler", 1)]),
    # items bulleted under a heading that says the posts are still open
    ("open posts", "UNIT LIST\nPOSTS STILL TBC (via the office):\n- Security overnight\n- Catering for 30",
     [("security-guard", 1), ("catering", 1)]),
    ("a dash is no bullet", "EXTRAS WANTED - radio drama pilot in Hanley, 20 needed, must be free all week.",
     [("supporting-artist", 1)]),
    # a message forwarded below the sender's note is the request; its header lines are no need
    ("forwarded", "Could you help with these? Thanks, Abi\n\n---------- Forwarded message ----------\n"
     "From: Tom Hale, Creative Director, Wren Studio\nSubject: bakery shoot\n\nHi Abi,\n- a home economist\n"
     "- a DIT for tethered stills\nTom", [("food-stylist", 1), ("digital-imaging-technician", 1)]),
    # casting by voices: "we need 3 voices" counts the voice artists of the heading
    ("voices", "VOICE ARTISTS WANTED for a puzzle game. We need 3 voices, recorded remotely, paid.",
     [("voice-artist", 3)]),
    # spoken repairs: a role taken back is no need; "our spark's booked" covers the spark only
    ("taken back", "so what we want is a, a focus puller, no sorry, a loader, the focus puller's fine",
     [("second-assistant-camera", 1)]),
    ("not taken back", "Need a runner, sorry for the short notice, for Saturday in Leek.", [("runner", 1)]),
    # a list goes on past a bracket that ends an item; a hedge after a need is no part of it
    ("bracket in a list", "We're hiring:\n- 2 layout artists (Harmony)\n- a background artist, remote\n- a runner",
     [("layout-artist", 2), ("background-artist", 1), ("runner", 1)]),
    ("bracket, a statement", "Need marshals (x4), introduction to the landowner would help too.",
     [("location-marshal", 4)]),
    ("hedge after", "for the party we need a magician maybe, do you know one?", [(None, 1)]),
    ("preposition", "We'd love a spark. Also for 30 if the lunch runs over.", [("electrician", 1)]),
    # a brief in Welsh: the crew words its asking sentences name, mutated or not; who comes with them is no need
    ("Welsh", "Bore da! Rydyn ni angen golygydd a dau drydanwr ar gyfer ffilm fer. Mae'r cynhyrchydd yn dod "
     "gyda ni.", [("editor", 1), ("electrician", 2)]),
    # speech fillers and hedges are no need of their own
    ("filler", "Could you recommend a few? Er, a runner would be good too.", [("runner", 1)]),
])
def test_needs_read(read, rule: str, text: str, expected: list[tuple[str | None, int]]) -> None:
    assert needs(read(text)) == expected, rule
