"""Places by kind of language (issue 12, places that generalise), with briefs written here, none from a
judged set: venues named by a name and a venue head noun wherever the brief speaks of its shoot, "the
<Name>" after a place word in a sentence that films there, and places that are somewhere other than the
shoot however it is said (a firm's town after its name, where crew or kit come from, a supplier's base,
an office, a business the sender runs, another job, a licence or voices named after a place, a club or
paper named after a town, a past shoot said short, a surname that is also a place). Each case is one
kind: an example the parser must read and, beside it, a non-example it must not read so."""

from __future__ import annotations

import datetime as dt

import pytest

from matcher.briefs.parser import parse_brief

TODAY = dt.date(2027, 2, 3)


def shoot_places(text: str) -> list[str]:
    return [p.name for p in parse_brief(text, today=TODAY).locations if p.shoot]


KINDS = [
    # venues by a name and a head noun
    pytest.param("We hope to scan Dunmere Priory for a VFX shot, with aerials by drone in May. Need a drone op.",
                 ["Dunmere Priory"], id="a-name-with-a-strong-head-anywhere"),
    pytest.param("Need a gaffer for a music video at the Kestrel pub in Burslem on 4 May.",
                 ["the Kestrel pub", "Burslem"], id="the-name-before-a-lower-case-head"),
    pytest.param("Filming a wedding film at the old Minton site on Lowe Street, Longton in May. Need a runner.",
                 ["Minton site", "Lowe Street", "Longton"], id="a-name-with-an-everyday-head"),
    pytest.param("Promo shoot on 4 May for Hartshill Park bandstand + the Jubilee Buildings. Need 2 sparks.",
                 ["Hartshill Park bandstand", "the Jubilee Buildings"], id="a-town-name-with-a-head"),
    pytest.param("Promo for the Ashcombe School of Dance on 4 May: need a camera op.",
                 ["the Ashcombe School of Dance"], id="a-head-of-a-name"),
    pytest.param("We're filming a short at the Hotel Ravensdale on 4 May and need a focus puller.",
                 ["the Hotel Ravensdale"], id="the-name-after-a-filming-verb"),
    pytest.param("music vid for Hartshill Park bandstand on the 4th, need a spark", ["Hartshill Park bandstand"],
                 id="a-venue-in-a-sentence-with-an-informal-shoot-word"),
    pytest.param("A promo at our reception at the Hotel Ravensdale in Leek on 4 May. Need a DoP.",
                 ["the Hotel Ravensdale", "Leek"], id="a-head-first-name"),
    pytest.param("A travel series shot in the English Peak District on 4 May. Need a fixer.", ["Peak District"],
                 id="not-a-head-first-name"),
    pytest.param("I'm a second-year student at Keele University and want to film at Trentham Gardens on 4 May.",
                 ["Trentham Gardens"], id="where-the-writer-studies"),
    pytest.param("Need a runner at the moment for filming in Leek on 4 May.", ["Leek"], id="not-the-moment"),
    pytest.param("The theatre needs a spark for filming in Leek on 4 May.", ["Leek"], id="not-a-bare-common-noun"),
    pytest.param("Making a doc about the Regent Theatre panto, filming backstage in December. Need a camera op.",
                 ["Regent Theatre"], id="a-venue-named-as-a-topic-that-films-there"),
    pytest.param("A history film about the Regent Theatre and the canal; interviews in Leek on 4 May. Need sound.",
                 ["Leek"], id="a-venue-that-is-only-the-topic"),
    # lower-case places in informal text
    pytest.param("need a spark tmrw abbey hulton 8am-4pm, paid", ["Abbey Hulton"], id="a-lower-case-place-anywhere"),
    pytest.param("need a spark tmrw for a shoot, #bucknall", [], id="not-a-hashtag"),
    pytest.param("Location request\n---\nCompany: Ouzel TV, London\nFormat: drama\nArea: anywhere in Longton or Fenton"
                 "\nShoot window: May 2027\nCrew: a grip", ["Longton", "Fenton"],
                 id="a-forms-rule-line-is-no-signature"),
    # somewhere other than the shoot
    pytest.param("Shooting in Leek on 4 May, need a grip. Ouzel Pictures, Derby", ["Leek"], id="a-firms-town"),
    pytest.param("Filming at Fireclay Studios, Fenton on 4 May: need a gaffer.", ["Fireclay Studios", "Fenton"],
                 id="a-firms-town-where-the-shoot-is"),
    pytest.param("Shooting in Cheadle on 4 May; our DoP travels with us from Leeds. Need a spark.", ["Cheadle"],
                 id="crew-come-from"),
    pytest.param("Need a van to ship the lights from Longton to the set at Cheddleton on 4 May.", ["Cheddleton"],
                 id="kit-comes-from"),
    pytest.param("A doc following the lifeboat crew out of Whitby; we film in Leek on 4 May. Need a PD.", ["Leek"],
                 id="a-team-works-out-of"),
    pytest.param("Filming in Stone on 4 May. Caterers with a local base in Stafford preferred, please.",
                 ["Stone"], id="a-suppliers-base"),
    pytest.param("Need a coordinator from 4 May, office in Fenton; shoot in Hanley.", ["Hanley"],
                 id="an-office"),
    pytest.param("I own a little photo studio in Macclesfield. Shoot at Rudyard Lake on 4 May: need a DoP.",
                 ["Rudyard Lake"], id="the-senders-business"),
    pytest.param("Sadly she's booked on another shoot in Hull. Shoot at Biddulph Grange on 4 May needs a sound op.",
                 ["Biddulph Grange"], id="another-job"),
    pytest.param("Filming in Meir on 4 May. Need two chaperones (a Cheshire or Staffordshire licence).",
                 ["Meir"], id="a-licence"),
    pytest.param("Filming in Leek on 4 May with some Crewe United players. Need a camera op.", ["Leek"],
                 id="a-club"),
    pytest.param("Great gig in Audley last wk! now filming in Tunstall on 4 May, need a runner.",
                 ["Tunstall"], id="a-past-shoot-said-short"),
    pytest.param("Our gaffer, Pat Cheadle, has gone; need a gaffer for the shoot in Leek on 4 May.", ["Leek"],
                 id="a-surname"),
]


@pytest.mark.parametrize(("text", "places"), KINDS)
def test_places_by_kind_of_language(text: str, places: list[str]) -> None:
    assert shoot_places(text) == places
