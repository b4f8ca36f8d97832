"""Biographical colour for freelancer profiles: backgrounds, how people got in, where they are from,
life outside work."""

from __future__ import annotations

__all__ = ["BACKGROUNDS", "FORMER", "ORIGINS", "PERSONAL", "START_STORIES", "TERSE_BITS"]

BACKGROUNDS = (
    "theatre", "photography", "fine art", "local radio", "journalism", "the army", "engineering", "catering",
    "retail", "music", "graphic design", "architecture", "teaching", "live events", "the ceramics industry",
    "web design", "youth work", "wedding videography", "stage management", "carpentry", "nursing",
)

FORMER = (
    "potter", "teacher", "engineer", "chef", "squaddie", "journalist", "stage manager", "session drummer",
    "mould maker", "retail manager", "bus driver", "electrician", "lab technician", "barista", "roofer",
)

START_STORIES = (
    "as a runner on a drama that came to Stoke",
    "in theatre, rigging lights at the Victoria Hall",
    "making skate videos with mates in Hanley Park",
    "in a camera rental house in Manchester",
    "on a media course at college and never really stopped",
    "assisting a wedding videographer at weekends",
    "in the scene dock of a touring theatre company",
    "in regional TV news",
    "on student films while studying in Stoke",
    "on a ScreenSkills trainee scheme",
    "in a pottery decorating shop, which explains a lot",
    "by blagging my way onto a music video",
    "as a spark's mate on live events",
    "on community film projects in Burslem",
)

ORIGINS = {
    "english": ("Derby", "Leicester", "Bolton", "Shrewsbury", "Nottingham", "Sheffield", "Coventry", "Norfolk"),
    "pakistani_kashmiri": ("Bradford", "Birmingham", "Mirpur", "Oldham", "Manchester"),
    "indian_punjabi_gujarati": ("Leicester", "Wolverhampton", "Birmingham", "Punjab", "Coventry"),
    "polish": ("Kraków", "Gdańsk", "Łódź", "Poznań", "Wrocław"),
    "caribbean": ("Birmingham", "Wolverhampton", "Nottingham", "Kingston", "London"),
    "irish": ("Cork", "Dublin", "Galway", "Belfast", "Limerick"),
    "welsh": ("Wrexham", "Cardiff", "Bangor", "Aberystwyth", "Swansea"),
    "scottish": ("Glasgow", "Edinburgh", "Aberdeen", "Dundee"),
    "west_african": ("Lagos", "Accra", "Manchester", "London"),
    "chinese_hongkong": ("Hong Kong", "Guangzhou", "Liverpool", "Manchester"),
    "eastern_european": ("Cluj", "Vilnius", "Bratislava", "Iași"),
    "italian": ("Bedford", "Naples", "Turin", "Bologna"),
}

# (first person, third person with {first}/{they}/{their})
PERSONAL = (
    ("When I'm not working I'm usually walking the dog on the Roaches.",
     "Off set, {first} is usually walking the dog on the Roaches."),
    ("Lifelong Stoke City fan, so I know all about disappointment.", "{first} is a lifelong Stoke City fan."),
    ("Port Vale season ticket holder; home games are the only thing I'll move a job for.",
     "{first} is a Port Vale season ticket holder."),
    ("I'm a parent of two, so I plan my diary carefully.",
     "{they}'s a parent of two and plans {their} diary carefully."),
    ("Outside work I play cornet in a brass band.", "Outside work {first} plays cornet in a brass band."),
    ("I also help run a monthly film club in {town}.", "{first} also helps run a film club in {town}."),
    ("I volunteer with a youth film scheme at weekends.", "{they} volunteers with a youth film scheme at weekends."),
    ("Tea, two sugars, in case you were wondering.", "{first} takes tea with two sugars, apparently."),
    ("I make pots at weekends. It's a Stoke thing.", "At weekends {first} makes pots, as you do in Stoke."),
    ("I'm a keen fell runner, so cold moorland shoots don't scare me.", "{first} is a keen fell runner."),
    ("I've lived on a narrowboat on the Caldon for six years.", "{first} lives on a narrowboat on the Caldon Canal."),
    ("Oatcake connoisseur. Ask me for recommendations.", "{first} has strong opinions about oatcakes."),
    ("I mentor young people through a local screen skills programme.",
     "{they} mentors new entrants through a local screen skills programme."),
    ("I'm a carer at home, so I prefer jobs within an hour's drive.",
     "{first} is a carer and prefers jobs close to home."),
    ("I did a stint in the ceramics industry before film, and it still shapes how I work.",
     "{first} worked in ceramics before film."),
)

# Shorthand fragments, one group per topic; a terse profile uses at most one from each group.
TERSE_BITS = (
    ("{years}+ yrs.", "Since {since}.", "{years} years in."),
    ("Own kit: {kit_raw}.", "Kit: {kit_raw}.", "Can supply {kit1_raw}."),
    ("Credits: {credit_list}.", "Recent: {credit} ({credit_year}).", "Last job: {credit}."),
    ("{skills}.", "Specialisms: {skills}."),
    ("Tickets: {tickets}.", "{tickets}."),
    ("Travel: up to {miles} miles.", "Will travel.", "UK-wide.", "Happy to travel."),
    ("Available from {month}.", "Free from {month}.", "DM for diary."),
    ("Also {role2}.", "Steps up to {role2}."),
    ("Speaks {lang}.", "{lang} speaker."),
    ("Rates on request.", "Call or text.", "Email's best."),
    ("Good at {good_at}.",),
    ("Based {district}.", "{area}."),
    ("Mostly {genres}.", "{genres}."),
)
