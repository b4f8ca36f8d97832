#!/usr/bin/env python3
"""Collaborator judging: the independent judge's per-case decisions (explicit grades, and rules for
freelancer groups read and reviewed case by case). `python judge.py` writes dev/ and heldout/ qrels.tsv."""
# Per-case decisions of the independent judge (written after reading the candidates).
# J[qid][profile_id] = grade 1-3; anything absent is 0.
J = {}
def put(q, grade, ids):
    d = J.setdefault(q, {})
    for i in ids.split():
        assert i not in d, (q, i)
        d[i] = grade

# cc01 Clayhand Animation (Burslem; stop-motion + 2D children's series, 22 staff, puppet workshop).
# Gaps: audio post and mix, voices, music, VFX cleanup/rig removal, grade/online, writers, boards.
put('cc01', 3, "co-echo-valley-audio co-tunstall-sound co-longton-audio co-kiln-voices co-clayworks-talent "
               "co-slipway-music co-saggar-sound-studio co-etruria-vfx "
               "fl-0114 fl-0449 fl-0088 fl-0307 fl-0534 fl-0077 fl-0520")
put('cc01', 2, "fa-potteries-dubbing-theatre co-soundhouse-stafford co-chapel-studios-audio co-kilnsong "
               "co-pixel-kiln co-glasshouse-grade co-trent-post co-leek-online co-pencil-and-pot-studio "
               "fl-0326 fl-0351 fl-0419 fl-0178 fl-0067 fl-0153 fl-0008 "
               "fl-0446 fl-0385 fl-0615 fl-0573 fl-0150 "
               "fl-0637 fl-0454 fl-0133 fl-0362 fl-0606 fl-0091 fl-0396 "
               "fl-0063 fl-0101 fl-0608 fl-0189 fl-0355 fl-0448 fl-0159")
put('cc01', 1, "co-brass-band-records co-trent-tunes-library co-moor-music-services co-northern-clearances "
               "co-greenscreen-garage co-nightjar-vfx fa-shelton-grade-suite co-frame-and-forge-post "
               "co-fleece-and-felt-makers co-otter-lane-animation co-lantern-fish-animation co-kiln-academy "
               "co-limelight-young-performers "
               "fl-0202 fl-0349 fl-0205 fl-0619 fl-0521 fl-0420 "
               "fl-0006 fl-0093 fl-0359 fl-0625 "
               "fl-0151 fl-0223 fl-0463 fl-0554 fl-0572")

# cc02 Tiny Kiln Studio (Stoke; 3-person 2D pre-school start-up pitching to broadcasters).
# Gaps: sound, voices, music, deliverables/grade, writers for pre-school, production experience.
put('cc02', 3, "co-echo-valley-audio co-tunstall-sound co-longton-audio co-kiln-voices co-clayworks-talent "
               "co-saggar-sound-studio co-slipway-music "
               "fl-0114 fl-0449 fl-0088 fl-0307 fl-0534 fl-0077 fl-0520")
put('cc02', 2, "fa-potteries-dubbing-theatre co-soundhouse-stafford co-chapel-studios-audio co-kilnsong "
               "co-glasshouse-grade co-leek-online co-pencil-and-pot-studio "
               "fl-0326 fl-0351 fl-0419 fl-0178 fl-0067 fl-0153 fl-0008 "
               "fl-0446 fl-0385 fl-0615 fl-0573 fl-0150 "
               "fl-0063 fl-0101 fl-0608 fl-0189 fl-0355 fl-0448 fl-0159 "
               "fl-0151 fl-0223 fl-0463 fl-0554 fl-0572")
put('cc02', 1, "co-brass-band-records co-trent-tunes-library co-moor-music-services co-northern-clearances "
               "co-etruria-vfx co-pixel-kiln co-trent-post fa-shelton-grade-suite co-otter-lane-animation "
               "co-clayhand-animation co-pip-and-kiln co-canal-critter-co co-bottle-oven-films co-kiln-academy "
               "fl-0202 fl-0349 fl-0205 fl-0420 "
               "fl-0454 fl-0606 fl-0362 "
               "fl-0170 fl-0335 fl-0462 fl-0111")

# cc03 Saggar Knight Games (Hanley; 18 Unity devs, tactics series, ports and self-publishes).
# Gaps: music and audio implementation, QA/localisation, voices, trailers, art outsourcing, cinematics.
put('cc03', 3, "co-byte-bank-qa co-saggar-sound-studio co-longton-audio co-cobridge-creative co-kiln-voices "
               "fl-0419 fl-0114 fl-0178 fl-0067 fl-0534 fl-0077")
put('cc03', 2, "co-redshift-pixel co-marlstone-games co-tilemakers-co-op co-slipway-music co-clayworks-talent "
               "co-lantern-fish-animation "
               "fl-0008 fl-0326 fl-0088 fl-0307 fl-0449 fl-0520 fl-0446 fl-0385 "
               "fl-0090 fl-0561 fl-0177 fl-0395 fl-0305 fl-0026")
put('cc03', 1, "co-kilnsong co-moor-music-services co-chapel-studios-audio co-brass-band-records "
               "co-midlands-models-and-presenters co-fivetown-extras co-potbank-panic-ltd co-kiln-academy "
               "co-esports-arena-productions co-volumetric-stoke co-echo-valley-audio co-tunstall-sound "
               "fl-0153 fl-0351 fl-0202 fl-0349 fl-0615 fl-0573 fl-0619 fl-0150")

# cc04 Lockkeeper Games (Stone; 4-person Unity puzzle studio, mobile and Switch).
# Gaps: music/audio, QA and localisation, trailers, porting and co-dev capacity, art outsourcing.
put('cc04', 3, "co-saggar-sound-studio co-longton-audio co-byte-bank-qa co-cobridge-creative "
               "fl-0067 fl-0114 fl-0178 fl-0419 fl-0534 fl-0305")
put('cc04', 2, "co-marlstone-games co-redshift-pixel co-tilemakers-co-op co-slipcast-studios co-slipway-music "
               "fl-0008 fl-0326 fl-0088 fl-0307 fl-0449 fl-0077 fl-0520 fl-0446 fl-0385 "
               "fl-0090 fl-0561 fl-0177 fl-0395 fl-0026 fl-0463")
put('cc04', 1, "co-kilnsong co-moor-music-services co-brass-band-records co-kiln-voices co-midlands-models-and-presenters "
               "co-spinning-jenny-games co-potbank-panic-ltd co-kiln-academy co-echo-valley-audio "
               "fl-0153 fl-0351 fl-0202 fl-0349 fl-0150")

# cc05 Kiln Pictures (Hanley; 9-person corporate video: recruitment, training, brand films; has shooters,
# an editor and a producer). Gaps: motion graphics/animation, drone, studio, voice-over, music, sound
# recording and mix, grade, multilingual versions.
put('cc05', 3, "co-glazeworks-motion fa-chroma-box-stoke co-kiln-voices co-soundhouse-stafford co-skyward-staffs "
               "co-fpv-north co-trent-tunes-library")
put('cc05', 2, "co-plantpot-creative co-moorland-aerial co-chase-skies co-hawkeye-aerial-media fa-the-marl-works-studio "
               "fa-stafford-screen-studio co-clayworks-talent co-midlands-models-and-presenters co-kilnsong co-slipway-music "
               "co-tunstall-sound fa-shelton-grade-suite co-meir-visuals co-potteries-camera-hire co-pixel-kiln "
               "fl-0205 fl-0397 fl-0194 fl-0349 fl-0592 fl-0010 fl-0301 fl-0555 fl-0504 fl-0599 fl-0576 fl-0450 "
               "fl-0616 fl-0198 fl-0270 fl-0248 fl-0615 fl-0422 "
               "fl-0490 fl-0375 fl-0557 fl-0575 fl-0188 fl-0426 fl-0409 fl-0132 fl-0620 fl-0218 fl-0418 "
               "fl-0373 fl-0374 fl-0528 fl-0034 fl-0105 fl-0251 fl-0495 fl-0492 fl-0623 fl-0027 fl-0403 fl-0579 fl-0377")
put('cc05', 1, "co-oatcake-and-ink co-trentside-drones co-ridgeback-video co-northwood-visuals co-churnet-lens "
               "co-hedgerow-media co-peak-survey-aerial co-potter-s-wheel-productions co-fireclay-studios "
               "co-saggar-sound-studio co-longton-audio co-trent-post co-glasshouse-grade co-livewire-events "
               "co-stream-north-staffs co-bright-spark-events co-sparks-and-sons-lighting co-chase-grip-and-electric "
               "co-castwell co-access-all-crews co-smoke-and-mirrors-digital co-shelton-stills co-greenscreen-garage "
               "fl-0152 fl-0123 fl-0209 fl-0421 fl-0619 fl-0521 fl-0041 "
               "fl-0311 fl-0256 fl-0055 fl-0582")

# ---- rules for freelancer groups (applied after the explicit lists; never overwrite an explicit grade)
import json as _json, math as _math, re as _re, os as _os
_CORPUS = _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), '../../../../matcher/data/demo/cluster.jsonl')
if not _os.path.exists(_CORPUS):
    _CORPUS = '/work/wt/judge-collab/matcher/data/demo/cluster.jsonl'
_P = [_json.loads(l) for l in open(_CORPUS)]
_BY = {p['id']: p for p in _P}
def _km(a, b):
    A, B = _BY[a].get('location') or {}, _BY[b].get('location') or {}
    if A.get('lat') is None or B.get('lat') is None: return None
    p1, p2 = _math.radians(A['lat']), _math.radians(B['lat'])
    h = _math.sin((p2-p1)/2)**2 + _math.cos(p1)*_math.cos(p2)*_math.sin(_math.radians(B['lon']-A['lon'])/2)**2
    return 2*6371*_math.asin(_math.sqrt(h))
RULES = []
ED = r'(?<!script )(?<!story )(?<!dialogue )(?<!sound )editor'   # picture editors, not script or sound editors
def rule(q, grade, ref, roles, maxkm=None, minkm=None, skills=None, credit_types=None, unknown_loc=False):
    """Freelancers whose roles match `roles` (regexes), optionally within maxkm of ref, with one of
    `skills` (regexes on skills) or a credit of one of `credit_types`: grade, unless already graded."""
    RULES.append((q, grade, ref, roles, maxkm, minkm, skills, credit_types, unknown_loc))
def _apply_rules():
    for q, grade, ref, roles, maxkm, minkm, skills, ctypes, unknown_loc in sorted(RULES, key=lambda r: -r[1]):
        d = J.setdefault(q, {})
        for p in _P:
            if p['kind'] != 'freelancer' or p['id'] in d or p['id'] == ref: continue
            rs = ' | '.join(p.get('roles') or []).lower()
            if not any(_re.search(r, rs) for r in roles): continue
            km = _km(ref, p['id']) if ref else None
            if km is None and ref and not unknown_loc: continue
            if km is not None and maxkm is not None and km > maxkm: continue
            if km is not None and minkm is not None and km <= minkm: continue
            if skills or ctypes:
                sk = ' | '.join(p.get('skills') or []).lower()
                ok = bool(skills) and any(_re.search(s, sk) for s in skills)
                ok = ok or bool(ctypes) and any((c.get('type') in ctypes) for c in p.get('credits') or [])
                if not ok: continue
            d[p['id']] = grade

# cc06 Wildmoor Docs (Leek; 4-person natural history and observational documentary).
# Gaps: aerials, post (edit base, grade, online), sound post, music, narration, distribution, recordists.
put('cc06', 3, "co-moorland-aerial fa-leek-mill-edit-loft co-cutting-room-north co-trent-post co-leek-online "
               "fa-potteries-dubbing-theatre co-tunstall-sound co-echo-valley-audio co-slipway-music")
put('cc06', 2, "co-hawkeye-aerial-media co-skyward-staffs co-chase-skies co-peak-survey-aerial fa-kiln-edit-rooms "
               "fa-shelton-grade-suite co-glasshouse-grade co-soundhouse-stafford co-longton-audio co-saggar-sound-studio "
               "co-kilnsong co-trent-tunes-library co-kiln-voices co-scribble-and-slip co-trentside-distribution "
               "co-potteries-camera-hire co-moorland-recce")
put('cc06', 1, "co-fpv-north co-trentside-drones co-churnet-lens co-roaches-edge-films co-frame-and-forge-post "
               "co-brass-band-records co-chapel-studios-audio co-moor-music-services co-northern-clearances "
               "co-clayworks-talent co-marl-valley-studios co-otter-lane-animation co-albion-picturehouse "
               "co-lensmith-rentals co-moorland-mess co-potworks-documentary")
rule('cc06', 2, 'co-wildmoor-docs', [r'sound recordist', r'production sound mixer'], maxkm=40)
rule('cc06', 1, 'co-wildmoor-docs', [r'sound recordist', r'production sound mixer', r'boom op'], maxkm=80)
rule('cc06', 2, 'co-wildmoor-docs', [ED, r'colourist', r'grader'], maxkm=40, skills=[r'documentary'], credit_types=['documentary'])
rule('cc06', 1, 'co-wildmoor-docs', [ED, r'colourist', r'grader'], maxkm=40)
rule('cc06', 2, 'co-wildmoor-docs', [r'drone', r'aerial'], maxkm=40)
rule('cc06', 2, None, [r'composer'])
rule('cc06', 2, 'co-wildmoor-docs', [r're-recording', r'sound designer', r'sound editor', r'foley'], maxkm=60)
rule('cc06', 1, 'co-wildmoor-docs', [r'dop', r'director of photography', r'cinematographer', r'camera op'], maxkm=40,
     skills=[r'underwater', r'observational documentary'])

# cc07 Saggar House Pictures (Hanley; 4-person drama producer, features and TV drama in development).
# Gaps: everything below the line: kit, studio, post, casting, locations, unit base, catering, costume,
# props, construction, VFX, music; and heads of department.
put('cc07', 3, "co-potteries-camera-hire co-sparks-and-sons-lighting co-chase-grip-and-electric co-castwell "
               "co-north-staffs-casting co-trent-post co-tunstall-sound fa-potteries-dubbing-theatre fa-etruria-stage "
               "co-potteries-locations fa-chatterley-scenic-workshop fa-the-prop-shed co-threadneedle-costume-hire")
put('cc07', 2, "fa-wardrobe-warehouse-longton co-lensmith-rentals co-unit-base-solutions fa-blurton-showground-unit-base "
               "fa-newcastle-town-car-park-bookings fa-moorlands-auction-yard co-oatcake-kitchen-catering "
               "fa-hot-plate-location-catering fa-bacon-butty-bus fa-feast-on-location fa-chaiwala-on-set "
               "fa-trent-film-facilities fa-midlands-minibus-and-crew-transport co-stitch-in-time-costume co-mother-town-costume "
               "co-etruria-vfx co-pixel-kiln co-glasshouse-grade fa-shelton-grade-suite co-leek-online co-cutting-room-north "
               "fa-kiln-edit-rooms co-longton-audio co-soundhouse-stafford co-slipway-music co-northern-clearances "
               "co-clayworks-talent co-fivetown-extras co-kidsgrove-casting-collective co-staffs-film-liaison-services "
               "co-heritage-locations-midlands co-moorland-recce fa-shelton-street-victorian-school fa-hanley-rehearsal-rooms "
               "fa-the-marl-works-studio co-trentside-distribution co-shelton-stills co-redbrick-north-productions")
put('cc07', 1, "fa-chase-business-park-unit-base fa-burton-brewery-yard co-moorland-mess fa-moorland-welfare-units "
               "co-button-and-bobbin co-fleece-and-felt-makers co-greenscreen-garage co-nightjar-vfx co-frame-and-forge-post "
               "fa-leek-mill-edit-loft co-echo-valley-audio co-saggar-sound-studio co-kilnsong co-moor-music-services "
               "co-trent-tunes-library co-chapel-studios-audio co-brass-band-records co-limelight-young-performers "
               "co-spiral-casting fa-portland-wharf-pottery fa-caldon-mill fa-hollinshead-hall-estate "
               "fa-brindley-colliery-heritage-site fa-hollybrook-reservoir-boathouse fa-roaches-farm fa-glebe-street-assembly-rooms "
               "fa-longton-gasworks-warehouse fa-harecastle-canal-basin fa-cannock-chase-forest-lodge fa-anker-riverside-gardens "
               "fa-dovebank-equestrian-centre fa-fernlea-house-and-glasshouses fa-eastgate-bridewell fa-harecastle-edge-quarry "
               "fa-wycliffe-street-market-hall fa-moorland-road-drill-hall fa-stone-chapel-rehearsal-space "
               "fa-albion-picturehouse-screening-room co-albion-picturehouse co-five-towns-short-film-festival "
               "co-midlands-stunt-academy co-crew-up-staffs co-set-safe-training co-access-all-crews "
               "co-moorland-aerial co-fpv-north co-hawkeye-aerial-media co-bottle-oven-films co-foxglove-pictures")
HOD = [r'\bdop\b', r'director of photography', r'cinematographer', r'production designer', r'costume designer',
       r'hod hair', r'make-up hod', r'hair & make-up designer', r'^1st ad|\| 1st ad|first assistant director',
       r'line producer', r'production manager', r'\bgaffer\b', r'production sound mixer', r'sound recordist',
       r'location manager', r'(?<!assistant )(?<!online )(?<!offline )film editor|^editor|\| editor', r'composer',
       r'production accountant', r'stunt coordinator', r'vfx supervisor', r'key grip', r'art director', r'script editor']
rule('cc07', 2, 'co-saggar-house-pictures', HOD, maxkm=40, credit_types=['feature', 'tv drama'])
rule('cc07', 1, 'co-saggar-house-pictures', HOD, maxkm=40)

# cc08 Trent Post (Hanley; picture post: offline, grade, online). Gaps: audio post, VFX, titles/motion
# graphics, music; and the long-form productions that bring the work.
put('cc08', 3, "co-tunstall-sound fa-potteries-dubbing-theatre co-longton-audio co-etruria-vfx co-pixel-kiln")
put('cc08', 2, "co-echo-valley-audio co-soundhouse-stafford co-nightjar-vfx co-glazeworks-motion "
               "co-bottle-oven-films co-churnet-valley-films co-saggar-house-pictures co-wharf-lane-pictures co-sixtown-drama "
               "co-trent-mersey-productions co-redbrick-north-productions co-moorland-light-pictures co-hollins-street-films "
               "co-foxglove-pictures co-hillside-factual co-marlpit-docs co-potworks-documentary co-wildmoor-docs "
               "co-kingfisher-lane-factual")
put('cc08', 1, "co-frame-and-forge-post co-smoke-and-mirrors-digital co-greenscreen-garage co-virtual-works-stoke "
               "co-slipway-music co-trent-tunes-library fa-albion-picturehouse-screening-room co-meir-visuals "
               "co-tinderbox-drama co-five-spires-films co-tin-chapel-media co-roaches-edge-films co-halfpenny-bridge-films "
               "co-northern-quarter-factual co-pip-and-kiln co-clayhand-animation co-canal-critter-co")
rule('cc08', 2, 'co-trent-post', [r're-recording', r'sound designer', r'sound editor', r'dialogue editor', r'foley'], maxkm=40)
rule('cc08', 2, 'co-trent-post', [r'compositor', r'vfx', r'roto'], maxkm=40)
rule('cc08', 1, 'co-trent-post', [r'\bdit\b', r'digital imaging', r'data wrangler'], maxkm=40)
rule('cc08', 1, None, [r'composer'])

# cc09 Tunstall Sound (Tunstall; audio post: dialogue, sound design, 5.1 mixes, Foley pit, voice booth).
# Gaps: picture post partners, music, voices; and the docs, shorts, animation and drama that need mixes.
put('cc09', 3, "co-trent-post co-slipway-music")
put('cc09', 2, "co-cutting-room-north co-glasshouse-grade fa-shelton-grade-suite fa-kiln-edit-rooms co-leek-online "
               "co-saggar-sound-studio co-kilnsong co-trent-tunes-library co-chapel-studios-audio co-kiln-voices co-clayworks-talent "
               "co-saggar-house-pictures co-bottle-oven-films co-churnet-valley-films co-wharf-lane-pictures co-sixtown-drama "
               "co-trent-mersey-productions co-redbrick-north-productions co-moorland-light-pictures co-hollins-street-films "
               "co-foxglove-pictures co-five-spires-films co-hillside-factual co-marlpit-docs co-potworks-documentary "
               "co-wildmoor-docs co-kingfisher-lane-factual co-clayhand-animation co-pip-and-kiln co-canal-critter-co "
               "co-tiny-kiln-studio co-scribble-and-slip co-bright-marl-studio")
put('cc09', 1, "co-frame-and-forge-post fa-leek-mill-edit-loft co-moor-music-services co-brass-band-records co-northern-clearances "
               "fa-potteries-dubbing-theatre co-longton-audio co-tin-chapel-media co-roaches-edge-films co-halfpenny-bridge-films "
               "co-northern-quarter-factual co-lantern-fish-animation co-marl-valley-studios co-otter-lane-animation "
               "co-oddfellows-animation")
rule('cc09', 2, None, [r'composer'])
rule('cc09', 1, 'co-tunstall-sound', [r'foley'], maxkm=60, unknown_loc=True)

# cc10 Potteries Camera Hire (Stoke; camera, lens and small grip hire, 3 staff). Complemented by lighting
# hire (joint packages), studios, the camera crews who spec and prep kit, and the productions that hire.
put('cc10', 3, "co-sparks-and-sons-lighting")
put('cc10', 2, "co-chase-grip-and-electric fa-etruria-stage fa-the-marl-works-studio "
               "co-saggar-house-pictures co-churnet-valley-films co-bottle-oven-films co-wharf-lane-pictures co-sixtown-drama "
               "co-trent-mersey-productions co-redbrick-north-productions co-moorland-light-pictures co-hollins-street-films "
               "co-foxglove-pictures co-five-spires-films co-hillside-factual")
put('cc10', 1, "fa-chroma-box-stoke fa-stafford-screen-studio co-crew-up-staffs co-trent-post "
               "co-marl-and-pike co-longport-pictures co-fireclay-studios co-greenhead-productions co-hem-heath-productions "
               "co-potter-s-wheel-productions co-kiln-pictures co-bluebrick-films co-wildmoor-docs co-kingfisher-lane-factual "
               "co-marlpit-docs co-potworks-documentary co-tinderbox-drama co-northern-quarter-factual")
CAM_KEY = [r'\bdop\b', r'director of photography', r'cinematographer', r'1st ac', r'focus puller', r'\bdit\b',
           r'digital imaging']
rule('cc10', 2, 'co-potteries-camera-hire', CAM_KEY, maxkm=40)
rule('cc10', 1, 'co-potteries-camera-hire', CAM_KEY + [r'camera op', r'steadicam', r'2nd ac', r'clapper', r'key grip'], maxkm=60)

# cc11 Etruria Stage (Stoke; 600 sq m sound stage with offices, make-up rooms, parking for 30).
# Complemented by lighting/grip and camera hire, construction, props, costume, catering, vehicles,
# virtual production, and the drama productions and servicing companies that bring shoots.
put('cc11', 3, "co-sparks-and-sons-lighting co-potteries-camera-hire fa-chatterley-scenic-workshop fa-the-prop-shed "
               "co-redbrick-north-productions")
put('cc11', 2, "co-chase-grip-and-electric co-threadneedle-costume-hire fa-wardrobe-warehouse-longton "
               "fa-hot-plate-location-catering co-oatcake-kitchen-catering fa-bacon-butty-bus fa-feast-on-location "
               "fa-chaiwala-on-set fa-trent-film-facilities co-virtual-works-stoke "
               "co-foxglove-pictures co-bottle-oven-films co-wharf-lane-pictures co-saggar-house-pictures "
               "co-churnet-valley-films co-trent-mersey-productions co-hollins-street-films co-five-spires-films "
               "co-sixtown-drama co-moorland-light-pictures")
put('cc11', 1, "co-lensmith-rentals co-moorland-mess fa-blurton-showground-unit-base co-stitch-in-time-costume "
               "co-mother-town-costume co-etruria-vfx co-marl-and-pike co-longport-pictures co-fireclay-studios "
               "co-greenhead-productions co-hem-heath-productions co-potteries-locations co-midlands-stunt-academy "
               "co-set-safe-training co-tinderbox-drama")
rule('cc11', 1, 'fa-etruria-stage', [r'rigging electrician', r'lighting rigger', r'^rigger|\| rigger'], maxkm=30)

# cc12 Portland Wharf Pottery (Burslem; working Victorian potbank location, parking for 12 vehicles).
# Complemented by location managers and permit services, unit bases (it has little parking), catering,
# welfare and vehicles, and the period productions that would shoot there.
put('cc12', 3, "co-potteries-locations co-trent-mersey-productions fa-newcastle-town-car-park-bookings")
put('cc12', 2, "co-heritage-locations-midlands co-staffs-film-liaison-services co-unit-base-solutions "
               "fa-blurton-showground-unit-base fa-bacon-butty-bus co-oatcake-kitchen-catering fa-hot-plate-location-catering "
               "fa-chaiwala-on-set fa-moorland-welfare-units fa-trent-film-facilities co-bottle-oven-films "
               "co-saggar-house-pictures co-churnet-valley-films co-redbrick-north-productions co-foxglove-pictures "
               "fl-0361 fl-0231 fl-0337")
put('cc12', 1, "fa-moorlands-auction-yard co-moorland-mess fa-feast-on-location co-moorland-recce co-wharf-lane-pictures "
               "co-hollins-street-films co-five-spires-films co-potworks-documentary co-kingfisher-lane-factual "
               "co-harecastle-films fa-the-prop-shed co-threadneedle-costume-hire "
               "fl-0140 fl-0319 fl-0035 fl-0590 fl-0291 fl-0536 fl-0341")

# cc13 Chroma Box Stoke (Hanley; pre-lit green cyc with technician; presenter pieces, e-learning, VFX plates).
# Complemented by keying/compositing, real-time backgrounds, presenters, camera kit, make-up, and the
# corporate, e-learning and music video producers who book it.
put('cc13', 3, "co-pixel-kiln")
put('cc13', 2, "co-etruria-vfx co-virtual-works-stoke co-midlands-models-and-presenters co-clayworks-talent "
               "co-potteries-camera-hire co-kiln-pictures co-trent-vale-media co-bluebrick-films co-oatcake-and-ink "
               "co-lamplight-media co-longport-pictures")
put('cc13', 1, "co-smoke-and-mirrors-digital co-nightjar-vfx co-five-towns-creative co-copeland-street-films "
               "co-chase-creative-video co-plantpot-creative co-meir-visuals co-cobridge-creative co-swan-bank-media "
               "co-greenhead-productions co-bright-marl-studio co-livewire-events co-potteries-ppu co-esports-arena-productions "
               "co-kiln-voices co-glazeworks-motion")
rule('cc13', 2, 'fa-chroma-box-stoke', [r'compositor', r'vfx', r'roto'], maxkm=20)
rule('cc13', 1, 'fa-chroma-box-stoke', [r'make-up', r'hair'], maxkm=15)

# cc14 Hollow Reality (Hanley; 8-person VR/AR studio for museums and heritage, Unity/Unreal).
# Gaps: 3D capture, spatial audio and music, archive and heritage research, voices, writers, 3D art
# capacity, projection mapping.
put('cc14', 3, "co-volumetric-stoke co-peak-survey-aerial co-longton-audio co-potworks-documentary")
put('cc14', 2, "co-saggar-sound-studio co-kingfisher-lane-factual co-kiln-voices co-clayworks-talent co-soundhouse-stafford "
               "co-redshift-pixel "
               "fl-0151 fl-0322 fl-0633 fl-0355 fl-0325 fl-0189")
put('cc14', 1, "co-tunstall-sound co-slipway-music co-harecastle-films co-heritage-locations-midlands co-immerse-midlands "
               "co-lantern-fish-animation co-oddfellows-animation co-churnet-lens co-brass-band-records co-tin-chapel-media "
               "co-tilemakers-co-op co-access-all-crews "
               "fl-0463 fl-0312 fl-0101 fl-0223")
rule('cc14', 2, None, [r'composer', r'sound designer', r'foley'], skills=[r'wwise', r'fmod', r'atmos'])
rule('cc14', 1, None, [r'composer'])
rule('cc14', 1, 'co-hollow-reality', [r'3d modeller', r'3d artist', r'cg generalist', r'environment artist'], maxkm=30)

# cc15 Livewire Events (Hanley; livestreams, conferences and hybrid events with PPU, vision mixing, graphics).
# Gaps: staging, lighting, PA and LED screens; presenters; motion graphics; captions; venues.
put('cc15', 3, "co-stageside-productions co-midlands-models-and-presenters")
put('cc15', 2, "co-moorland-marquee-media co-clayworks-talent co-glazeworks-motion")
put('cc15', 1, "co-bright-spark-events co-access-all-crews co-meir-visuals co-trent-vale-media co-skyward-staffs "
               "fa-chroma-box-stoke co-westport-broadcast co-trent-tunes-library fa-minster-pool-hall "
               "fa-wycliffe-street-market-hall co-hawkeye-aerial-media")
rule('cc15', 1, 'co-livewire-events', [r'lighting technician', r'spark', r'rigger', r'gaffer', r'electrician'], maxkm=40,
     skills=[r'live events'])

# cc16 Castwell (Hanley; 2-person casting director, street casting, self-tapes). Complemented by talent
# agencies, audition and rehearsal space, access coordination, and the productions that need casting.
put('cc16', 3, "co-clayworks-talent co-marl-and-pike")
put('cc16', 2, "fa-hanley-rehearsal-rooms co-fivetown-extras co-limelight-young-performers co-midlands-models-and-presenters "
               "co-access-all-crews co-longport-pictures co-sixtown-drama co-moorland-light-pictures co-saggar-house-pictures "
               "co-bottle-oven-films co-churnet-valley-films co-wharf-lane-pictures co-trent-mersey-productions "
               "co-redbrick-north-productions co-foxglove-pictures")
put('cc16', 1, "fa-stone-chapel-rehearsal-space fa-moorland-road-drill-hall co-kiln-voices co-kidsgrove-casting-collective "
               "co-brewhouse-films co-greenhead-productions co-hem-heath-productions co-fireclay-studios co-kingfisher-lane-factual "
               "co-potworks-documentary co-hillside-factual co-hollins-street-films co-five-spires-films co-tinderbox-drama "
               "co-shelton-stills")

# cc17 Hillside Factual (Newcastle-under-Lyme; factual TV, 9 staff rising to 40 in production).
# Gaps: edit base and post, audio post, music and clearances, aerials, kit, archive, graphics, trainees;
# the freelance shooting PDs, editors and recordists it crews up with.
put('cc17', 3, "co-cutting-room-north co-trent-post fa-kiln-edit-rooms co-tunstall-sound")
put('cc17', 2, "co-leek-online co-glasshouse-grade fa-shelton-grade-suite fa-leek-mill-edit-loft fa-potteries-dubbing-theatre "
               "co-echo-valley-audio co-soundhouse-stafford co-longton-audio co-trent-tunes-library co-brass-band-records "
               "co-slipway-music co-northern-clearances co-moorland-aerial co-skyward-staffs co-hawkeye-aerial-media "
               "co-potteries-camera-hire co-potworks-documentary co-glazeworks-motion co-crew-up-staffs co-castwell")
put('cc17', 1, "co-frame-and-forge-post co-kilnsong co-saggar-sound-studio co-chase-skies co-fpv-north co-lensmith-rentals "
               "co-crewe-screen-skills co-access-all-crews co-north-staffs-casting co-potteries-ppu co-kiln-voices "
               "co-staffs-film-liaison-services")
rule('cc17', 2, 'co-hillside-factual', [r'self-shooting', r'shooting director', r'shooting producer', r'producer / director',
                                        r'producer/director'], maxkm=40, unknown_loc=True)
rule('cc17', 2, 'co-hillside-factual', [ED, r'colourist', r'grader'], maxkm=40, skills=[r'documentary'], credit_types=['documentary'])
rule('cc17', 1, 'co-hillside-factual', [ED, r'colourist', r'grader'], maxkm=40)
rule('cc17', 2, 'co-hillside-factual', [r'sound recordist', r'production sound mixer'], maxkm=40)
rule('cc17', 1, 'co-hillside-factual', [r'camera op', r'\bdop\b', r'director of photography', r'cinematographer'], maxkm=40,
     skills=[r'observational documentary'])
rule('cc17', 1, 'co-hillside-factual', [r'production manager', r'production coordinator', r'line producer'], maxkm=40,
     skills=[r'documentary'])

# cc18 fl-0222, Director of Photography (Longton; period drama, shorts, commercials, music videos).
# Complemented by a gaffer, camera team, grip, DIT, colourist, kit houses, and the producers who hire DoPs.
put('cc18', 3, "co-potteries-camera-hire co-sparks-and-sons-lighting co-chase-grip-and-electric")
put('cc18', 2, "co-lensmith-rentals fa-shelton-grade-suite co-glasshouse-grade co-trent-post "
               "co-trent-mersey-productions co-saggar-house-pictures co-bottle-oven-films co-churnet-valley-films "
               "co-wharf-lane-pictures co-hollins-street-films co-redbrick-north-productions co-moorland-light-pictures "
               "co-foxglove-pictures co-marl-and-pike co-longport-pictures")
put('cc18', 1, "fa-etruria-stage fa-the-marl-works-studio co-sixtown-drama co-five-spires-films co-fireclay-studios "
               "co-greenhead-productions co-brewhouse-films co-hem-heath-productions co-tinderbox-drama")
rule('cc18', 3, 'fl-0222', [r'\bgaffer\b'], maxkm=40, skills=[r'period drama', r'hetv', r'practicals and period'])
rule('cc18', 2, 'fl-0222', [r'\bgaffer\b'], maxkm=60)
rule('cc18', 2, 'fl-0222', [r'1st ac', r'focus puller', r'key grip', r'\bdit\b', r'digital imaging'], maxkm=40)
rule('cc18', 2, 'fl-0222', [r'colourist', r'grader'], maxkm=40, credit_types=['feature', 'tv drama', 'short', 'commercial', 'music video'])
rule('cc18', 1, 'fl-0222', [r'colourist', r'grader', r'2nd ac', r'clapper', r'steadicam', r'best boy', r'dolly grip',
                            r'\bgrip\b', r'data wrangler'], maxkm=40)

# cc19 fl-0114, composer and music supervisor (Tunstall; brass band writing, orchestration; feature, game
# and animation series credits). Complemented by recording studios, brass bands and session players,
# mixers, game audio implementation, and the animation, games, film and documentary producers who hire.
put('cc19', 3, "co-slipway-music co-chapel-studios-audio co-brass-band-records co-moor-music-services co-pip-and-kiln")
put('cc19', 2, "co-tunstall-sound co-longton-audio co-echo-valley-audio co-clayhand-animation co-canal-critter-co "
               "co-tiny-kiln-studio co-hedgerow-heroes-games co-moorland-drift-games co-saggar-knight-games "
               "co-kilnborn-interactive co-tea-break-studios co-lockkeeper-games co-hollins-street-films "
               "co-saggar-house-pictures co-wharf-lane-pictures co-churnet-valley-films co-bottle-oven-films "
               "co-moorland-light-pictures co-potworks-documentary co-kingfisher-lane-factual co-wildmoor-docs co-marlpit-docs")
put('cc19', 1, "co-northern-clearances fa-potteries-dubbing-theatre co-saggar-sound-studio co-lantern-fish-animation "
               "co-marl-valley-studios co-scribble-and-slip co-bright-marl-studio co-potbank-panic-ltd co-colliery-nights-ltd "
               "co-glaze-runner-studio co-slipcast-studios co-fettle-and-forge co-roaches-reach-games co-bottle-oven-games "
               "co-spinning-jenny-games co-eighth-floor-games co-trent-mersey-productions co-five-spires-films "
               "co-foxglove-pictures co-sixtown-drama co-hillside-factual co-tin-chapel-media co-soundhouse-stafford")

# cc20 fl-0607, game programmer and technical artist (Hanley; Unreal/C++, Godot, mobile, console).
# Complemented by the studios and real-time/immersive companies that hire programmers, near them.
put('cc20', 3, "co-kilnborn-interactive co-marlstone-games")
put('cc20', 2, "co-tea-break-studios co-saggar-knight-games co-moorland-drift-games co-fettle-and-forge co-potbank-panic-ltd "
               "co-harecastle-interactive co-glaze-runner-studio co-colliery-nights-ltd co-roaches-reach-games "
               "co-spinning-jenny-games co-tilemakers-co-op co-hollow-reality co-virtual-works-stoke")
put('cc20', 1, "co-lockkeeper-games co-bottle-oven-games co-hedgerow-heroes-games co-slipcast-studios co-eighth-floor-games "
               "co-spatial-kiln co-volumetric-stoke co-peaklight-xr co-immerse-midlands co-kiln-academy")
rule('cc20', 1, 'fl-0607', [r'games producer'], maxkm=30)

# ---------------- similar ----------------
# cs01 Bluebrick Films (Newcastle-under-Lyme; 12-person corporate, internal comms, training, idents, since 2009).
put('cs01', 3, "co-kiln-pictures co-greenhead-productions co-hem-heath-productions")
put('cs01', 2, "co-stafford-frame co-trent-vale-media co-potter-s-wheel-productions co-fireclay-studios co-tame-valley-video "
               "co-chase-creative-video co-oatcake-and-ink co-lamplight-media co-copeland-street-films")
put('cs01', 1, "co-five-towns-creative co-saltbox-studio co-brewhouse-films co-hedgerow-media co-ridgeback-video "
               "co-wharfside-film-co co-moorside-films co-park-terrace-films co-harecastle-films co-meir-visuals "
               "co-stone-circle-media co-churnet-lens co-marl-and-pike co-bagnall-brothers co-plantpot-creative "
               "co-lantern-yard-media")

# cs02 Pip & Kiln (Hanley; 14-person 2D children's animation, own IP sold to 11 territories, licensing).
put('cs02', 3, "co-clayhand-animation co-canal-critter-co")
put('cs02', 2, "co-tiny-kiln-studio co-lantern-fish-animation co-marl-valley-studios co-otter-lane-animation")
put('cs02', 1, "co-oddfellows-animation co-scribble-and-slip co-bright-marl-studio co-glazeworks-motion")

# cs03 Kilnborn Interactive (Stoke; 11-person Unreal studio, narrative action, own IP, ex-AAA).
put('cs03', 3, "co-saggar-knight-games co-colliery-nights-ltd co-spinning-jenny-games")
put('cs03', 2, "co-moorland-drift-games co-tea-break-studios co-eighth-floor-games")
put('cs03', 1, "co-potbank-panic-ltd co-glaze-runner-studio co-lockkeeper-games co-hedgerow-heroes-games co-slipcast-studios "
               "co-bottle-oven-games co-fettle-and-forge co-roaches-reach-games co-tilemakers-co-op co-marlstone-games "
               "co-harecastle-interactive")

# cs04 Cutting Room North (Newcastle-under-Lyme; four edit suites, editors or dry hire, documentary and factual).
put('cs04', 3, "fa-kiln-edit-rooms co-trent-post")
put('cs04', 2, "fa-leek-mill-edit-loft co-frame-and-forge-post")
put('cs04', 1, "co-bluebrick-films co-leek-online fa-shelton-grade-suite co-glasshouse-grade")
rule('cs04', 1, 'co-cutting-room-north', [ED], maxkm=40, skills=[r'documentary'], credit_types=['documentary'])

# cs05 Moorland Aerial (Leek; one-person drone cinematographer, Peak and Moorlands, tourism, adventure, drama).
put('cs05', 3, "fl-0403")
put('cs05', 2, "co-skyward-staffs co-chase-skies co-hawkeye-aerial-media co-fpv-north "
               "fl-0528 fl-0579 fl-0373 fl-0492 fl-0374 fl-0027 fl-0105 fl-0623")
put('cs05', 1, "co-trentside-drones co-peak-survey-aerial co-churnet-lens co-hedgerow-media co-ridgeback-video "
               "co-northwood-visuals fl-0495 fl-0034 fl-0251 fl-0377")

# cs06 Moorlands Auction Yard (Leek; fenced unit base for 25 vehicles, mess room, water; Moorlands shoots).
put('cs06', 3, "fa-newcastle-town-car-park-bookings")
put('cs06', 2, "fa-chase-business-park-unit-base fa-burton-brewery-yard fa-blurton-showground-unit-base co-unit-base-solutions")
put('cs06', 1, "fa-dovebank-equestrian-centre fa-hollinshead-hall-estate")

# cs07 Potworks Documentary (Stoke; 3-person social history and archive documentaries; broadcast, museum, community).
put('cs07', 3, "co-kingfisher-lane-factual co-tin-chapel-media")
put('cs07', 2, "co-halfpenny-bridge-films co-marlpit-docs")
put('cs07', 1, "co-wildmoor-docs co-hillside-factual co-northern-quarter-factual co-harecastle-films co-moorside-films "
               "co-wharfside-film-co")

# cs08 Five Spires Films (Lichfield; 3-person genre feature producer: horror, thriller, folk horror; international sales).
put('cs08', 3, "co-hollins-street-films")
put('cs08', 2, "co-wharf-lane-pictures co-saggar-house-pictures co-churnet-valley-films co-trent-mersey-productions "
               "co-redbrick-north-productions")
put('cs08', 1, "co-moorland-light-pictures co-bottle-oven-films co-foxglove-pictures co-tinderbox-drama")

# cs09 fl-0265, stunt coordinator and stunt performer/driver (Hanley; JISC, precision driving, HETV credits).
put('cs09', 3, "fl-0600")
put('cs09', 2, "fl-0379 fl-0078 fl-0082 fl-0609")
put('cs09', 1, "co-midlands-stunt-academy")

# cs10 fl-0231, supervising location manager, scout and unit manager (Fenton; five HETV credits).
put('cs10', 3, "fl-0361")
put('cs10', 2, "fl-0337 fl-0291 fl-0536 fl-0532 fl-0341 fl-0319 fl-0035 fl-0140 fl-0590 "
               "co-potteries-locations co-moorland-recce co-heritage-locations-midlands")
put('cs10', 1, "fl-0168 fl-0264 fl-0271 fl-0621 fl-0087 fl-0043 co-staffs-film-liaison-services co-unit-base-solutions")

# ---------------- consortium needs (query id '<case>#<n>') ----------------
# cn01 pre-school 2D series commission; bidder Tiny Kiln Studio (never graded).
put('cn01#1', 3, "co-otter-lane-animation co-clayhand-animation")
put('cn01#1', 2, "co-pip-and-kiln co-oddfellows-animation")
put('cn01#1', 1, "co-canal-critter-co co-lantern-fish-animation co-scribble-and-slip co-marl-valley-studios co-plantpot-creative "
                 "co-glazeworks-motion")
rule('cn01#1', 1, None, [r'2d animator', r'animator \(2d\)', r'character animator'], skills=[r"children's tv", r'toon boom'],
     credit_types=['animation series'])
put('cn01#2', 3, "co-kiln-voices co-clayworks-talent")
put('cn01#2', 2, "co-soundhouse-stafford co-tunstall-sound")
put('cn01#2', 1, "co-midlands-models-and-presenters co-limelight-young-performers fa-potteries-dubbing-theatre")
put('cn01#3', 3, "co-saggar-sound-studio co-slipway-music fl-0114 fl-0449 fl-0088 fl-0307")
put('cn01#3', 2, "co-kilnsong")
put('cn01#3', 1, "co-chapel-studios-audio co-trent-tunes-library co-brass-band-records")
rule('cn01#3', 2, None, [r'composer'])
put('cn01#4', 3, "co-echo-valley-audio co-tunstall-sound co-longton-audio fl-0534 fl-0077")
put('cn01#4', 2, "fa-potteries-dubbing-theatre co-frame-and-forge-post fl-0520 fl-0573")
put('cn01#4', 1, "co-soundhouse-stafford fl-0449 fl-0178 fl-0615 fl-0446 fl-0385 fl-0150")
put('cn01#5', 3, "co-pencil-and-pot-studio")
rule('cn01#5', 2, None, [r'storyboard'], skills=[r"children's tv"], credit_types=['animation series'])
rule('cn01#5', 1, None, [r'storyboard'])

# cn02 Stoke-on-Trent council ITQ, recruitment campaign; suppliers must be based in Staffordshire (outside: at most 1).
put('cn02#1', 3, "co-kiln-pictures co-tame-valley-video co-stafford-frame")
put('cn02#1', 2, "co-bluebrick-films co-greenhead-productions co-trent-vale-media co-chase-creative-video co-five-towns-creative "
                 "co-oatcake-and-ink co-potter-s-wheel-productions co-fireclay-studios co-hem-heath-productions "
                 "co-copeland-street-films co-brewhouse-films")
put('cn02#1', 1, "co-meir-visuals co-wharfside-film-co co-moorside-films co-harecastle-films co-saltbox-studio co-lamplight-media "
                 "co-park-terrace-films co-hedgerow-media co-ridgeback-video co-lantern-yard-media co-cobridge-creative "
                 "co-marl-and-pike co-longport-pictures")
put('cn02#2', 2, "co-meir-visuals co-access-all-crews "
                 "fl-0002 fl-0004 fl-0028 fl-0053 fl-0095 fl-0195 fl-0221 fl-0254 fl-0363 fl-0411 fl-0423 fl-0589")
put('cn02#2', 1, "co-kidsgrove-casting-collective fl-0155 fl-0183 fl-0389 fl-0464 fl-0631 fl-0635")
put('cn02#3', 3, "co-skyward-staffs co-moorland-aerial co-hawkeye-aerial-media")
put('cn02#3', 2, "co-chase-skies co-trentside-drones co-churnet-lens co-ridgeback-video co-northwood-visuals "
                 "fl-0374 fl-0528 fl-0034 fl-0251 fl-0495 fl-0492 fl-0623 fl-0403 fl-0579 fl-0377")
put('cn02#3', 1, "co-fpv-north co-peak-survey-aerial co-hedgerow-media fl-0373 fl-0105 fl-0027")
put('cn02#4', 3, "co-glazeworks-motion")
put('cn02#4', 2, "co-greenhead-productions co-oatcake-and-ink co-plantpot-creative co-cobridge-creative co-pixel-kiln "
                 "fl-0490 fl-0375 fl-0557 fl-0575 fl-0188 fl-0426 fl-0409 fl-0132 fl-0218")
put('cn02#4', 1, "fl-0620 fl-0418 fl-0311 fl-0055")
put('cn02#5', 3, "co-livewire-events co-stafford-frame co-stream-north-staffs")
put('cn02#5', 2, "co-potteries-ppu co-bright-spark-events co-fenton-stage-and-screen co-lichfield-live co-swan-bank-media")
put('cn02#5', 1, "co-esports-arena-productions co-crewe-live-video co-coyney-hill-media co-moorland-marquee-media "
                 "co-westport-broadcast co-trent-vale-media")

# cn03 heritage immersive call ('The Last Firing'); no bidder; lead Staffordshire-based, partners anywhere.
put('cn03#1', 3, "co-hollow-reality")
put('cn03#1', 2, "co-peaklight-xr co-immerse-midlands co-spatial-kiln co-virtual-works-stoke")
put('cn03#1', 1, "co-harecastle-interactive co-oddfellows-animation co-volumetric-stoke")
rule('cn03#1', 1, None, [r'programmer', r'technical artist', r'tech artist', r'unity developer', r'game designer'], skills=[r'\bvr\b'])
put('cn03#2', 3, "co-volumetric-stoke co-peak-survey-aerial")
rule('cn03#2', 1, None, [r'vfx supervisor'], skills=[r'on-set data capture'])
put('cn03#3', 3, "co-potworks-documentary co-tin-chapel-media")
put('cn03#3', 2, "co-kingfisher-lane-factual")
put('cn03#3', 1, "co-harecastle-films fl-0024 fl-0258 fl-0445 fl-0581")
put('cn03#4', 3, "co-longton-audio")
put('cn03#4', 2, "co-saggar-sound-studio co-slipway-music fa-potteries-dubbing-theatre")
put('cn03#4', 1, "co-tunstall-sound co-kilnsong co-brass-band-records")
rule('cn03#4', 2, None, [r'composer', r'sound designer'], skills=[r'wwise', r'fmod', r'atmos'])
rule('cn03#4', 1, None, [r'composer'])
put('cn03#5', 3, "co-immerse-midlands")
put('cn03#5', 1, "co-stageside-productions co-pop-up-pictures-staffs co-virtual-works-stoke co-glazeworks-motion")

# cn04 console publishing call; bidder Fettle & Forge (Godot roguelike, 3 people).
put('cn04#1', 3, "co-marlstone-games fl-0279 fl-0607")
put('cn04#1', 2, "co-tilemakers-co-op fl-0017 fl-0219")
put('cn04#1', 1, "co-saggar-knight-games co-potbank-panic-ltd fl-0388 fl-0503")
put('cn04#2', 3, "co-byte-bank-qa")
put('cn04#2', 2, "co-marlstone-games fl-0026 fl-0305 fl-0395 fl-0561")
put('cn04#2', 1, "co-eighth-floor-games fl-0090 fl-0177")
put('cn04#3', 3, "co-byte-bank-qa")
put('cn04#3', 1, "fl-0026")
put('cn04#4', 3, "co-saggar-sound-studio co-longton-audio")
put('cn04#4', 2, "co-slipway-music")
put('cn04#4', 1, "co-kilnsong co-chapel-studios-audio co-moor-music-services")
put('cn04#4', 3, "fl-0067 fl-0178")   # composers with middleware skills and game credits
rule('cn04#4', 2, None, [r'composer', r'sound designer', r'foley'], skills=[r'wwise', r'fmod'])
rule('cn04#4', 2, None, [r'composer', r'sound designer', r'sound editor'], credit_types=['game'])
rule('cn04#4', 1, None, [r'composer'])
put('cn04#5', 3, "co-cobridge-creative")
put('cn04#5', 2, "co-glazeworks-motion co-lantern-fish-animation fl-0620")
rule('cn04#5', 1, None, [r'motion graphics', r'motion designer'])

# cn05 brewery commercial brief (Burton); no bidder.
put('cn05#1', 3, "co-brewhouse-films")
put('cn05#1', 2, "fl-0100 fl-0190 fl-0226 fl-0392 fl-0410 fl-0467 fl-0632")
put('cn05#1', 1, "co-saltbox-studio co-smoke-and-mirrors-digital fl-0027 fl-0187 fl-0280 fl-0377 fl-0491 fl-0566 fl-0603 fl-0623 "
                 "fl-0160 fl-0112")
put('cn05#2', 3, "co-castwell co-spiral-casting")
put('cn05#2', 1, "co-north-staffs-casting co-kidsgrove-casting-collective co-fivetown-extras")
put('cn05#3', 3, "fa-burton-brewery-yard")
put('cn05#3', 2, "co-heritage-locations-midlands")
put('cn05#3', 1, "fa-portland-wharf-pottery co-potteries-locations co-unit-base-solutions fl-0291 fl-0536")
put('cn05#4', 3, "co-trentside-drones")
put('cn05#4', 2, "co-skyward-staffs co-hawkeye-aerial-media co-chase-skies co-fpv-north co-moorland-aerial")
put('cn05#4', 1, "co-peak-survey-aerial co-churnet-lens co-ridgeback-video co-northwood-visuals")
rule('cn05#4', 1, None, [r'drone', r'aerial camera'])
put('cn05#5', 3, "co-kilnsong")
put('cn05#5', 2, "co-trent-tunes-library co-slipway-music fl-0008 fl-0202 fl-0307")
put('cn05#5', 1, "co-brass-band-records co-saggar-sound-studio")
rule('cn05#5', 1, None, [r'composer'])
put('cn05#6', 3, "co-glasshouse-grade fa-shelton-grade-suite co-trent-post")
put('cn05#6', 2, "co-frame-and-forge-post")
put('cn05#6', 1, "co-fireclay-studios fa-leek-mill-edit-loft")
put('cn05#6', 1, "fl-0083 fl-0612 fl-0539")   # data wranglers who also grade
rule('cn05#6', 2, None, [r'colourist', r'grader'])

# cn06 period drama regional base ('The Throwers'); bidder Bottle Oven Films.
put('cn06#1', 3, "fa-etruria-stage")
put('cn06#1', 2, "fa-the-marl-works-studio")
put('cn06#1', 1, "fa-longton-gasworks-warehouse fa-moorland-road-drill-hall")
put('cn06#2', 3, "fa-chatterley-scenic-workshop")
put('cn06#2', 2, "fl-0342 fl-0611 fl-0516 fl-0530 fl-0252 fl-0406 fl-0240 fl-0138")
put('cn06#2', 1, "fa-moorland-road-drill-hall fa-longton-gasworks-warehouse fl-0622 fl-0542 fl-0393 fl-0003 fl-0524")
put('cn06#3', 3, "co-threadneedle-costume-hire fa-wardrobe-warehouse-longton")
put('cn06#3', 2, "co-stitch-in-time-costume co-button-and-bobbin")
put('cn06#3', 1, "co-mother-town-costume co-fleece-and-felt-makers fl-0214 fl-0048")
put('cn06#4', 3, "fa-the-prop-shed")
put('cn06#4', 2, "fl-0141 fl-0121 fl-0365 fl-0049 fl-0457 fl-0175")
put('cn06#4', 1, "fl-0465 fl-0030 fl-0216 fl-0350 fl-0540 fl-0507 fl-0253 fl-0364 fl-0172 fl-0167 fl-0211 fl-0227 fl-0199")
put('cn06#5', 3, "fa-trent-film-facilities")
put('cn06#5', 2, "fa-moorland-welfare-units")
put('cn06#5', 1, "fa-midlands-minibus-and-crew-transport fl-0617")
put('cn06#6', 3, "fa-hot-plate-location-catering fa-feast-on-location co-oatcake-kitchen-catering")
put('cn06#6', 2, "fa-chaiwala-on-set")
put('cn06#6', 1, "fa-bacon-butty-bus co-moorland-mess fl-0564 fl-0470 fl-0018 fl-0586 fl-0447")
put('cn06#7', 3, "fa-portland-wharf-pottery")
put('cn06#7', 2, "co-potteries-locations")
put('cn06#7', 1, "co-heritage-locations-midlands")

# cn07 feature documentary fund; bidder Marlpit Docs (self-shooting).
put('cn07#1', 3, "co-potworks-documentary")
put('cn07#1', 2, "co-kingfisher-lane-factual")
put('cn07#1', 1, "fl-0024 fl-0258 fl-0445 fl-0581")
put('cn07#2', 3, "co-cutting-room-north co-trent-post")
put('cn07#2', 2, "fa-kiln-edit-rooms fa-leek-mill-edit-loft")
put('cn07#2', 1, "co-frame-and-forge-post")
rule('cn07#2', 2, 'co-marlpit-docs', [ED], maxkm=40, skills=[r'documentary'], credit_types=['documentary'])
rule('cn07#2', 1, 'co-marlpit-docs', [ED], maxkm=40)
put('cn07#3', 3, "co-trent-post co-glasshouse-grade fa-shelton-grade-suite")
put('cn07#3', 2, "co-frame-and-forge-post")
put('cn07#3', 1, "fa-leek-mill-edit-loft co-leek-online fl-0083 fl-0612 fl-0539")
rule('cn07#3', 2, None, [r'colourist', r'grader'])
put('cn07#4', 3, "fa-potteries-dubbing-theatre co-longton-audio")
put('cn07#4', 2, "co-frame-and-forge-post co-tunstall-sound co-echo-valley-audio fl-0520 fl-0534 fl-0573 fl-0077")
put('cn07#4', 1, "co-soundhouse-stafford")
put('cn07#5', 3, "co-slipway-music co-saggar-sound-studio fl-0008 fl-0088 fl-0419")
put('cn07#5', 2, "co-kilnsong")
put('cn07#5', 1, "co-brass-band-records co-chapel-studios-audio co-trent-tunes-library")
rule('cn07#5', 2, None, [r'composer'])
put('cn07#6', 3, "co-trentside-distribution")
put('cn07#6', 1, "co-albion-picturehouse")

# cn08 NHS trust tender, VR patient-handling training; no bidder.
put('cn08#1', 3, "co-spatial-kiln co-harecastle-interactive")
put('cn08#1', 2, "co-hollow-reality")
put('cn08#1', 1, "co-virtual-works-stoke co-immerse-midlands co-oddfellows-animation co-marl-valley-studios co-marlstone-games")
rule('cn08#1', 1, None, [r'programmer', r'unity developer', r'technical artist'], skills=[r'\bvr\b'])
put('cn08#2', 3, "co-lamplight-media")
put('cn08#2', 2, "co-copeland-street-films co-stafford-frame co-halfpenny-bridge-films")
put('cn08#2', 1, "co-kiln-pictures co-bluebrick-films co-wharfside-film-co")
put('cn08#3', 3, "co-lantern-fish-animation co-oddfellows-animation")
put('cn08#3', 2, "co-canal-critter-co co-glazeworks-motion co-lamplight-media")
rule('cn08#3', 2, None, [r'3d animator', r'cg animator', r'animator \(3d\)', r'character rigger', r'rigging td'])
rule('cn08#3', 1, None, [r'3d modeller', r'cg generalist'])
put('cn08#4', 2, "co-kiln-voices co-clayworks-talent co-meir-visuals co-soundhouse-stafford co-midlands-models-and-presenters")
put('cn08#5', 3, "co-access-all-crews")
put('cn08#5', 2, "co-kidsgrove-casting-collective fl-0561")
rule('cn08#5', 1, None, [r'game designer', r'gameplay designer', r'qa', r'games producer', r'level designer'], skills=[r'accessibility'])

# cn09 'Summer Screens' outdoor cinema RFQ (south Staffordshire); no bidder.
put('cn09#1', 3, "co-pop-up-pictures-staffs")
put('cn09#1', 2, "co-moorland-marquee-media co-stageside-productions")
put('cn09#2', 3, "co-five-towns-short-film-festival co-albion-picturehouse")
put('cn09#2', 2, "fa-stafford-arts-screen")
put('cn09#2', 1, "co-trentside-distribution fa-minster-pool-hall co-pop-up-pictures-staffs co-moorland-light-pictures")
put('cn09#3', 3, "co-stageside-productions")
put('cn09#3', 2, "co-bright-spark-events")
put('cn09#3', 1, "co-livewire-events co-lichfield-live co-moorland-marquee-media co-pop-up-pictures-staffs")
put('cn09#4', 3, "co-canal-street-events co-lantern-yard-media")
put('cn09#4', 2, "co-bright-spark-events co-trent-vale-media")
put('cn09#4', 1, "co-park-terrace-films co-livewire-events co-moorland-marquee-media co-five-towns-creative co-hedgerow-media "
                 "co-meir-visuals co-chase-skies")

# cn10 music video brief (Stoke band, about £12k); no bidder.
put('cn10#1', 3, "co-bright-marl-studio")
put('cn10#1', 2, "co-clayhand-animation")
put('cn10#1', 1, "co-scribble-and-slip co-fleece-and-felt-makers fl-0005 fl-0285 fl-0394 fl-0559 fl-0583 fl-0409 fl-0418")
put('cn10#2', 3, "fa-chroma-box-stoke co-greenscreen-garage")
put('cn10#2', 2, "fa-stafford-screen-studio")
put('cn10#2', 1, "fa-the-marl-works-studio")
put('cn10#3', 3, "co-greenscreen-garage co-pixel-kiln fl-0362 fl-0606")
put('cn10#3', 2, "co-etruria-vfx fl-0637 fl-0133 fl-0454 fl-0006 fl-0093 fl-0396 fl-0625")
put('cn10#3', 1, "co-smoke-and-mirrors-digital co-nightjar-vfx fl-0091")
put('cn10#4', 3, "fl-0007 fl-0064 fl-0100 fl-0222 fl-0236 fl-0347 fl-0410 fl-0593 fl-0601")
put('cn10#4', 2, "fl-0046 fl-0061 fl-0076 fl-0118 fl-0125 fl-0144 fl-0190 fl-0260 fl-0280 fl-0407 fl-0461 fl-0467 fl-0471 "
                 "fl-0553 fl-0613 fl-0632")
put('cn10#4', 1, "fl-0045 fl-0226 fl-0392 fl-0398 fl-0473 fl-0480 fl-0597 fl-0630 co-potteries-camera-hire")
put('cn10#5', 3, "co-mother-town-costume")
put('cn10#5', 2, "co-threadneedle-costume-hire fa-wardrobe-warehouse-longton")
put('cn10#5', 1, "co-stitch-in-time-costume fl-0214 fl-0569 fl-0292 fl-0129 fl-0048")

# cn11 observational sports documentary in Tunstall; bidder Northern Quarter Factual (Manchester).
put('cn11#1', 3, "co-potteries-ppu")
put('cn11#1', 2, "co-westport-broadcast co-livewire-events")
put('cn11#1', 1, "co-esports-arena-productions co-crewe-live-video co-moorland-marquee-media co-hawkeye-aerial-media "
                 "co-park-terrace-films co-stream-north-staffs")
SSPD = [r'self-shooting', r'shooting director', r'shooting producer', r'producer / director', r'producer/director']
rule('cn11#2', 3, 'co-tunstall-sound', SSPD, maxkm=40, skills=[r'documentary'])   # documentary as a stated skill
rule('cn11#2', 2, 'co-tunstall-sound', SSPD, maxkm=40)
rule('cn11#2', 1, 'co-tunstall-sound', SSPD, unknown_loc=True)
put('cn11#2', 1, "co-marlpit-docs")
put('cn11#2', 2, "fl-0183")   # documentary skill, but says they work mostly on music videos
rule('cn11#3', 3, 'co-tunstall-sound', [r'sound recordist', r'production sound mixer'], maxkm=40, skills=[r'documentary'],
     credit_types=['documentary'])
rule('cn11#3', 2, 'co-tunstall-sound', [r'sound recordist', r'production sound mixer'], maxkm=40)
rule('cn11#3', 1, 'co-tunstall-sound', [r'sound recordist', r'production sound mixer', r'boom op'], unknown_loc=True)
put('cn11#4', 3, "co-skyward-staffs co-hawkeye-aerial-media")
put('cn11#4', 2, "co-moorland-aerial co-fpv-north co-chase-skies "
                 "fl-0374 fl-0528 fl-0034 fl-0251 fl-0495 fl-0492 fl-0623 fl-0403 fl-0579 fl-0377")
put('cn11#4', 1, "co-trentside-drones co-peak-survey-aerial co-ridgeback-video co-churnet-lens fl-0373 fl-0105 fl-0027")
put('cn11#5', 3, "co-cutting-room-north co-trent-post")
put('cn11#5', 2, "fa-kiln-edit-rooms fa-leek-mill-edit-loft")
put('cn11#5', 1, "co-bluebrick-films")
rule('cn11#5', 2, 'co-tunstall-sound', [ED], maxkm=30, skills=[r'documentary'], credit_types=['documentary'])
rule('cn11#5', 1, 'co-tunstall-sound', [ED], maxkm=30)

# cn12 museum commission, animated documentary shorts ('Women of the Works'); no bidder.
put('cn12#1', 3, "co-scribble-and-slip")
put('cn12#1', 2, "co-marl-valley-studios co-otter-lane-animation")
put('cn12#1', 1, "co-pip-and-kiln co-clayhand-animation co-plantpot-creative co-oddfellows-animation co-bright-marl-studio "
                 "co-pencil-and-pot-studio")
rule('cn12#1', 2, None, [r'2d animator', r'animator \(2d\)', r'character animator'], skills=[r'tvpaint'])
rule('cn12#1', 1, None, [r'2d animator', r'animator \(2d\)', r'character animator'])
put('cn12#2', 3, "co-tin-chapel-media")
put('cn12#2', 2, "co-potworks-documentary")
put('cn12#2', 1, "co-brass-band-records co-kingfisher-lane-factual co-wharfside-film-co co-coyney-hill-media")
rule('cn12#2', 2, 'co-potworks-documentary', [r'sound recordist', r'production sound mixer'], maxkm=40, skills=[r'documentary'],
     credit_types=['documentary'])
rule('cn12#2', 1, 'co-potworks-documentary', [r'sound recordist', r'production sound mixer'], maxkm=40)
put('cn12#3', 3, "co-potworks-documentary")
put('cn12#3', 2, "co-kingfisher-lane-factual")
put('cn12#3', 1, "co-coyney-hill-media fl-0024 fl-0258 fl-0445 fl-0581")
put('cn12#4', 3, "co-brass-band-records co-slipway-music fl-0067 fl-0114 fl-0153 fl-0307 fl-0326")
put('cn12#4', 2, "co-moor-music-services")
put('cn12#4', 1, "co-chapel-studios-audio co-kilnsong co-saggar-sound-studio")
rule('cn12#4', 1, None, [r'composer'])
put('cn12#5', 3, "co-kiln-voices co-clayworks-talent")
put('cn12#5', 1, "co-soundhouse-stafford co-midlands-models-and-presenters")

# cn13 housebuilder launch film; bidder Northwood Visuals (property film, stills, drone).
put('cn13#1', 3, "co-midlands-models-and-presenters co-clayworks-talent")
put('cn13#2', 3, "co-smoke-and-mirrors-digital")
put('cn13#2', 2, "co-etruria-vfx co-nightjar-vfx co-glazeworks-motion")
put('cn13#2', 1, "co-pixel-kiln co-virtual-works-stoke co-lantern-fish-animation fl-0315 fl-0394 fl-0132 fl-0188 fl-0218 "
                 "fl-0575 fl-0620")
put('cn13#3', 3, "co-fpv-north")
put('cn13#3', 1, "co-skyward-staffs co-moorland-aerial co-chase-skies co-trentside-drones co-hawkeye-aerial-media")
rule('cn13#3', 1, None, [r'drone pilot'])
put('cn13#4', 3, "co-glasshouse-grade fa-shelton-grade-suite co-trent-post")
put('cn13#4', 2, "co-frame-and-forge-post")
put('cn13#4', 1, "co-fireclay-studios fa-leek-mill-edit-loft fl-0083 fl-0612 fl-0539")
rule('cn13#4', 2, None, [r'colourist', r'grader'])
put('cn13#5', 3, "co-trent-tunes-library co-kilnsong")
put('cn13#5', 2, "co-slipway-music co-northern-clearances fl-0008 fl-0202 fl-0307")
put('cn13#5', 1, "co-saggar-sound-studio co-brass-band-records")
rule('cn13#5', 2, None, [r'music supervisor'], skills=[r'library music', r'music clearance'])
rule('cn13#5', 1, None, [r'composer'])

# cn14 rail training simulation tender; bidder Harecastle Interactive.
put('cn14#1', 3, "co-volumetric-stoke co-peak-survey-aerial")
rule('cn14#1', 1, None, [r'vfx supervisor'], skills=[r'on-set data capture'])
put('cn14#2', 3, "co-redshift-pixel co-marlstone-games")
put('cn14#2', 2, "co-tilemakers-co-op fl-0494")
put('cn14#2', 1, "co-moorland-drift-games")
rule('cn14#2', 2, None, [r'3d artist', r'environment artist'])
rule('cn14#2', 1, None, [r'character artist', r'3d modeller', r'cg generalist'])
put('cn14#3', 3, "co-soundhouse-stafford co-kiln-voices")
put('cn14#3', 2, "co-clayworks-talent co-tunstall-sound")
put('cn14#3', 1, "co-longton-audio fa-potteries-dubbing-theatre co-midlands-models-and-presenters")
put('cn14#4', 3, "co-byte-bank-qa fl-0561")
put('cn14#4', 2, "co-marlstone-games fl-0026 fl-0177 fl-0090 fl-0305 fl-0395")
put('cn14#4', 1, "co-eighth-floor-games co-access-all-crews")
put('cn14#5', 3, "co-longton-audio")
put('cn14#5', 2, "co-tunstall-sound")
put('cn14#5', 1, "co-saggar-sound-studio")
rule('cn14#5', 2, None, [r'sound designer'])
rule('cn14#5', 1, None, [r'foley'])

# cn15 police procedural servicing call (Stafford); bidder Redbrick North Productions.
put('cn15#1', 3, "co-potteries-camera-hire co-lensmith-rentals")
put('cn15#2', 3, "co-sparks-and-sons-lighting co-chase-grip-and-electric")
rule('cn15#2', 2, 'co-stafford-frame', [r'\bgaffer\b', r'key grip'], maxkm=40)
rule('cn15#2', 1, 'co-stafford-frame', [r'spark', r'best boy', r'lighting technician', r'electrician', r'\bgrip\b',
                                        r'genny op', r'generator operator'], maxkm=40)
put('cn15#3', 3, "co-fivetown-extras")
put('cn15#3', 1, "co-clayworks-talent co-midlands-models-and-presenters co-limelight-young-performers co-north-staffs-casting "
                 "co-castwell co-spiral-casting")
put('cn15#4', 3, "fa-feast-on-location fa-hot-plate-location-catering co-oatcake-kitchen-catering")
put('cn15#4', 2, "fa-chaiwala-on-set")
put('cn15#4', 1, "fa-bacon-butty-bus co-moorland-mess fl-0564 fl-0470 fl-0018 fl-0586 fl-0447")
put('cn15#5', 3, "fa-trent-film-facilities")
put('cn15#5', 2, "fa-moorland-welfare-units")
put('cn15#5', 1, "fa-midlands-minibus-and-crew-transport fl-0617")
put('cn15#6', 3, "co-stitch-in-time-costume")
put('cn15#6', 1, "co-threadneedle-costume-hire fa-wardrobe-warehouse-longton co-fivetown-extras")
put('cn15#7', 3, "fl-0265")
put('cn15#7', 2, "fl-0600 fl-0082")
put('cn15#7', 1, "fl-0379 fl-0078 fl-0609 co-midlands-stunt-academy")


def write_qrels():
    """Apply the rules and write dev/qrels.tsv and heldout/qrels.tsv next to this file's folder."""
    _apply_rules()
    here = _os.path.dirname(_os.path.abspath(__file__))
    base = _os.path.dirname(here) if _os.path.basename(here) == 'heldout' else '/work/wt/judge-collab/evaluation/data/collaborators'
    for part in ('dev', 'heldout'):
        qids = [_json.loads(l)['_id'] for l in open(_os.path.join(base, part, 'queries.jsonl'))]
        rows = []
        for qid in qids:
            keys = sorted([k for k in J if k == qid or k.startswith(qid + '#')],
                          key=lambda k: (k.split('#')[0], int(k.split('#')[1]) if '#' in k else 0))
            assert keys, qid
            for k in keys:
                for pid, g in sorted(J[k].items(), key=lambda kv: (-kv[1], kv[0])):
                    assert pid in _BY and _BY[pid]['kind'] != 'investor' and 1 <= g <= 3
                    rows.append(f"{k}\t{pid}\t{g}")
        with open(_os.path.join(base, part, 'qrels.tsv'), 'w') as f:
            f.write("query-id\tcorpus-id\tscore\n" + "\n".join(rows) + "\n")
        print(part, len(qids), 'queries', len(rows), 'judgements')


if __name__ == '__main__':
    write_qrels()
