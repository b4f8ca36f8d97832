"""The judge's reading of every company in the demo corpus (step 2).

One main-business class per company, from its headline and summary (not from its sector tags
alone), plus facts the profile shows only in prose. Written by the independent judge after
reading all 172 company profiles; used by judge.py.
"""

# main business -> company ids
CLASSES = {
    # own-IP game developers
    "games-studio": ["co-saggar-knight-games", "co-kilnborn-interactive", "co-tea-break-studios",
                     "co-moorland-drift-games", "co-fettle-and-forge", "co-potbank-panic-ltd",
                     "co-lockkeeper-games", "co-bottle-oven-games", "co-glaze-runner-studio",
                     "co-hedgerow-heroes-games", "co-colliery-nights-ltd", "co-slipcast-studios",
                     "co-roaches-reach-games", "co-spinning-jenny-games", "co-eighth-floor-games",
                     "co-tilemakers-co-op"],
    # work for other studios: co-dev, porting, art outsourcing, QA
    "games-services": ["co-marlstone-games", "co-redshift-pixel", "co-byte-bank-qa"],
    # game-engine simulation / training software for industry (also VR training)
    "serious-games": ["co-harecastle-interactive"],
    # animation studios that own (or co-own) series IP
    "animation-ip": ["co-clayhand-animation", "co-pip-and-kiln", "co-tiny-kiln-studio",
                     "co-marl-valley-studios", "co-canal-critter-co", "co-lantern-fish-animation"],
    # animation for hire: motion design, service work, stop-motion ads, boards/previs
    "animation-service": ["co-glazeworks-motion", "co-scribble-and-slip", "co-otter-lane-animation",
                          "co-bright-marl-studio", "co-pencil-and-pot-studio", "co-oddfellows-animation"],
    "vfx": ["co-etruria-vfx", "co-pixel-kiln", "co-smoke-and-mirrors-digital", "co-greenscreen-garage",
            "co-nightjar-vfx"],
    "virtual-production": ["co-virtual-works-stoke"],
    "post-picture": ["co-trent-post", "co-glasshouse-grade", "co-cutting-room-north", "co-leek-online",
                     "co-frame-and-forge-post"],
    "post-sound": ["co-tunstall-sound", "co-longton-audio", "co-soundhouse-stafford", "co-echo-valley-audio"],
    "immersive": ["co-hollow-reality", "co-volumetric-stoke", "co-immerse-midlands", "co-peaklight-xr",
                  "co-spatial-kiln"],
    # scripted film/TV producers (drama, comedy, features, shorts)
    "drama": ["co-saggar-house-pictures", "co-churnet-valley-films", "co-redbrick-north-productions",
              "co-moorland-light-pictures", "co-bottle-oven-films", "co-five-spires-films",
              "co-tinderbox-drama", "co-wharf-lane-pictures", "co-sixtown-drama",
              "co-trent-mersey-productions", "co-hollins-street-films", "co-foxglove-pictures"],
    "documentary": ["co-wildmoor-docs", "co-potworks-documentary", "co-hillside-factual", "co-marlpit-docs",
                    "co-kingfisher-lane-factual", "co-roaches-edge-films", "co-halfpenny-bridge-films",
                    "co-tin-chapel-media", "co-northern-quarter-factual"],
    # corporate, commercials, branded, content, social, events-video production companies
    "corporate": ["co-kiln-pictures", "co-trent-vale-media", "co-marl-and-pike", "co-bluebrick-films",
                  "co-five-towns-creative", "co-oatcake-and-ink", "co-churnet-lens", "co-stafford-frame",
                  "co-saltbox-studio", "co-greenhead-productions", "co-tame-valley-video",
                  "co-brewhouse-films", "co-hedgerow-media", "co-chase-creative-video",
                  "co-potter-s-wheel-productions", "co-ridgeback-video", "co-longport-pictures",
                  "co-wharfside-film-co", "co-plantpot-creative", "co-northwood-visuals",
                  "co-moorside-films", "co-fireclay-studios", "co-swan-bank-media", "co-bagnall-brothers",
                  "co-park-terrace-films", "co-lamplight-media", "co-cobridge-creative",
                  "co-coyney-hill-media", "co-copeland-street-films", "co-hem-heath-productions",
                  "co-stone-circle-media", "co-meir-visuals", "co-harecastle-films", "co-lantern-yard-media"],
    "locations": ["co-potteries-locations", "co-moorland-recce", "co-staffs-film-liaison-services",
                  "co-heritage-locations-midlands", "co-unit-base-solutions"],
    "costume": ["co-threadneedle-costume-hire", "co-button-and-bobbin", "co-mother-town-costume",
                "co-stitch-in-time-costume", "co-fleece-and-felt-makers"],
    "talent": ["co-clayworks-talent", "co-fivetown-extras", "co-kiln-voices", "co-limelight-young-performers",
               "co-midlands-models-and-presenters"],
    "casting": ["co-castwell", "co-north-staffs-casting", "co-spiral-casting", "co-kidsgrove-casting-collective"],
    "equipment-hire": ["co-potteries-camera-hire", "co-lensmith-rentals", "co-sparks-and-sons-lighting",
                       "co-chase-grip-and-electric"],
    "aerial": ["co-skyward-staffs", "co-moorland-aerial", "co-fpv-north", "co-trentside-drones",
               "co-hawkeye-aerial-media", "co-chase-skies", "co-peak-survey-aerial"],
    "training": ["co-crew-up-staffs", "co-kiln-academy", "co-set-safe-training", "co-moorlands-film-school",
                 "co-trent-edit-school", "co-access-all-crews", "co-midlands-stunt-academy",
                 "co-crewe-screen-skills"],
    "events": ["co-livewire-events", "co-potteries-ppu", "co-stageside-productions", "co-stream-north-staffs",
               "co-lichfield-live", "co-bright-spark-events", "co-moorland-marquee-media",
               "co-esports-arena-productions", "co-crewe-live-video", "co-fenton-stage-and-screen",
               "co-canal-street-events", "co-westport-broadcast"],
    "music": ["co-slipway-music", "co-kilnsong", "co-brass-band-records", "co-trent-tunes-library",
              "co-northern-clearances", "co-saggar-sound-studio", "co-chapel-studios-audio",
              "co-moor-music-services"],
    "exhibition": ["co-albion-picturehouse", "co-five-towns-short-film-festival", "co-trentside-distribution",
                   "co-pop-up-pictures-staffs"],
    "catering": ["co-oatcake-kitchen-catering", "co-moorland-mess"],
    "photography": ["co-shelton-stills"],
}

CLASS_OF = {cid: cls for cls, ids in CLASSES.items() for cid in ids}

# Facts shown only in the prose of a profile (used where the company facts lack them).
# town: where the headline/summary places a company that has no location
PROSE_TOWN = {"co-chase-creative-video": "Cannock"}          # "Corporate and education films, Cannock Chase"
PROSE_EMPLOYEES = {"co-marlstone-games": 35, "co-bluebrick-films": 12, "co-greenhead-productions": 14,
                   "co-hem-heath-productions": 10, "co-immerse-midlands": 20}
PROSE_FOUNDED = {"co-bluebrick-films": 2009, "co-greenhead-productions": 2007}
PROSE_OWN_IP = {"co-trent-tunes-library"}                    # owns a 4,000-track library

# Notes from the reading (inconsistencies a judge should know about)
NOTES = {
    "co-bottle-oven-games": "facts say seed; summary says 'raising pre-seed under SEIS'",
    "co-eighth-floor-games": "summary calls itself 'Eighth Wonder'; Birmingham HQ, QA team in Stafford",
    "co-five-spires-films": "eis false for the company; summary offers EIS-backed single-picture SPVs",
    "co-moorland-drift-games": "follow-up has publisher funding; still raising £100-150k",
    "co-slipcast-studios": "no location ('city centre and remote')",
    "co-glasshouse-grade": "no location",
    "co-fpv-north": "no location",
    "co-hem-heath-productions": "raising £225k+ with no stage or scheme facts",
    "co-immerse-midlands": "raising £500k+ with no stage, scheme or IP facts",
    "co-tunstall-sound": "raising £45-100k with no stage or scheme facts",
    "co-foxglove-pictures": "Manchester HQ with a small Stoke satellite office",
    "co-lantern-fish-animation": "series A stage, no raise shown, Macclesfield (Cheshire)",
    "co-cobridge-creative": "makes trailers and launch content for games studios (service, no IP)",
    "co-longport-pictures": "commercials and music videos; building a slate of shorts",
}
