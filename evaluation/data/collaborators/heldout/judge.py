"""The independent judge's per-case decisions for the fresh held-out part.

Companies and facilities: explicit grades, read one by one (anything not listed is 0).
Freelancers: a written rule per case (role category -> base grade; role-title overrides; skill
bonuses), then distance and evidence adjustments, then explicit overrides after reading the
output.  `python judge.py` rewrites qrels.tsv; `python judge.py show <case>` prints one case's
freelancer grades for review.
Rules follow guidelines.md: investors never graded; the member / named bidder never graded."""
import json, os, sys
from lib import P, BY, FL, km, cats, cats_of_role

HERE = os.path.dirname(os.path.abspath(__file__))
Q = {json.loads(l)['_id']: json.loads(l) for l in open(os.path.join(HERE, 'queries.jsonl'))}

def g(s):
    """'id:grade id:grade ...' -> dict; ids are written without the co-/fa- prefix when unambiguous."""
    out = {}
    for tok in s.split():
        k, v = tok.rsplit(':', 1)
        if k not in BY:
            for pre in ('co-', 'fa-', 'fl-'):
                if pre + k in BY: k = pre + k; break
        assert k in BY, k
        assert BY[k]['kind'] != 'investor', k
        out[k] = int(v)
    return out

def frule(ref, spec, physical=True, near=40, types=None, min_credits3=1, nolocation_cap=2):
    """Freelancer rule.  spec keys: a role category (see lib.CATS), 'role:<substring of a role title>'
    (overrides the category for that role), or 'skill:<skill>' (a grade for having that skill).
    Per role: grade from its role key if any, else its category; a grade 2 or 3 from a role that is not
    the freelancer's first role is lowered by one (secondary role); a 3 needs at least min_credits3 credits of the
    given types (else 2); 'skill:<skill>@cat1,cat2' counts the skill only for freelancers in those categories.  Physical work: over `near` km -1, over 80 km -2, no location capped at
    nolocation_cap.  Best over roles and skills."""
    out = {}
    for p in FL:
        best = 0
        roles = p.get('roles', [])
        for i, r in enumerate(roles):
            rl = r.lower(); gr = None
            for k, v in spec.items():
                if k.startswith('role:') and k[5:].lower() in rl:
                    gr = v if gr is None else max(gr, v)
            if gr is None:
                gr = spec.get(cats_of_role(r), 0)
            if i > 0 and gr >= 2: gr -= 1
            best = max(best, gr)
        sk = set(s.lower() for s in p.get('skills', []))
        for k, v in spec.items():
            if k.startswith('skill:'):
                name, _, only = k[6:].partition('@')
                if name.lower() in sk and (not only or set(only.split(',')) & set(cats(p))):
                    best = max(best, v)
        if best == 0: continue
        if best == 3 and types is not None:
            n = sum(1 for c in p.get('credits', []) if c.get('type') in types)
            if n < min_credits3: best = 2
        if physical:
            d = km(ref, p) if ref is not None else None
            if d is None: best = min(best, nolocation_cap)
            elif d > 80: best -= 2
            elif d > near: best -= 1
        if best > 0: out[p['id']] = best
    return out

DRAMA = {'feature', 'tv drama', 'short'}
DOC = {'documentary'}
ANIM = {'animation series', 'short', 'animation'}
GAME = {'game'}
def pt(lat, lon): return {'location': {'lat': lat, 'lon': lon}}

CASES = {}   # case id -> dict of grades (companies, facilities, freelancers)
def case(cid, companies, fl=None, override=None):
    q = Q[cid.split('#')[0]]
    d = {}
    if fl: d.update(fl)
    d.update(g(companies))
    if override: d.update(g(override))
    d = {k: v for k, v in d.items() if v > 0}
    excl = {q.get('profile_id')}
    for k in list(d):
        if k in excl or BY[k]['kind'] == 'investor': del d[k]
    CASES[cid] = d

M = lambda cid: BY[Q[cid]['profile_id']]

# ---------------------------------------------------------------- complementary
# hc01 Glazeworks Motion: 8-person motion design / 3D / titles / explainers studio, Newcastle.
# Lacks: sound design, music and voice-over for idents and explainers (central, remote-capable);
# live-action production for campaigns; 2D character animation and storyboards; some compositing.
case('hc01', '''kilnsong:3 kiln-voices:3 soundhouse-stafford:3 tunstall-sound:3
  longton-audio:2 echo-valley-audio:2 trent-tunes-library:2 slipway-music:2 saggar-sound-studio:2 clayworks-talent:2
  potteries-dubbing-theatre:1 chapel-studios-audio:1 northern-clearances:1 moor-music-services:1
  fireclay-studios:2 marl-and-pike:2 hem-heath-productions:2 saltbox-studio:1 kiln-pictures:1 trent-vale-media:1
  potter-s-wheel-productions:1 bluebrick-films:1 brewhouse-films:1 longport-pictures:1 greenhead-productions:1 stafford-frame:1
  chroma-box-stoke:1 stafford-screen-studio:1 greenscreen-garage:1
  etruria-vfx:1 pixel-kiln:1 smoke-and-mirrors-digital:1 virtual-works-stoke:1
  otter-lane-animation:2 pencil-and-pot-studio:2 scribble-and-slip:1 bright-marl-studio:1
  trent-post:1 glasshouse-grade:1 leek-online:1''',
  frule(None, {'sound_post': 2, 'music': 2, 'role:music supervisor': 1, 'anim2d': 1, 'vfx': 1}, physical=False))

# hc02 Trent Mersey Productions: 4-person period drama producer / line producer, Stone. Brings period
# crew and heritage locations to larger producers. Lacks everything physical a period unit needs:
# camera, lighting, sound post, picture post, VFX, costume, props, construction, studio, casting,
# crowd, catering, vehicles, unit base; also larger co-producers.
case('hc02', '''potteries-camera-hire:3 lensmith-rentals:2 sparks-and-sons-lighting:3 chase-grip-and-electric:2
  tunstall-sound:3 potteries-dubbing-theatre:3 echo-valley-audio:2 soundhouse-stafford:1 frame-and-forge-post:2
  trent-post:3 shelton-grade-suite:2 glasshouse-grade:2 leek-online:2 kiln-edit-rooms:2 leek-mill-edit-loft:1 cutting-room-north:1
  etruria-vfx:3 pixel-kiln:2 nightjar-vfx:1 virtual-works-stoke:1
  threadneedle-costume-hire:3 wardrobe-warehouse-longton:3 button-and-bobbin:2 stitch-in-time-costume:2 mother-town-costume:1 fleece-and-felt-makers:1
  the-prop-shed:3 chatterley-scenic-workshop:3 etruria-stage:3 the-marl-works-studio:1 longton-gasworks-warehouse:1 moorland-road-drill-hall:1
  north-staffs-casting:3 castwell:2 kidsgrove-casting-collective:2 spiral-casting:1 clayworks-talent:2 fivetown-extras:3 limelight-young-performers:1
  oatcake-kitchen-catering:3 hot-plate-location-catering:3 feast-on-location:2 moorland-mess:1 bacon-butty-bus:1 chaiwala-on-set:1
  trent-film-facilities:3 moorland-welfare-units:2 midlands-minibus-and-crew-transport:2
  blurton-showground-unit-base:2 newcastle-town-car-park-bookings:1 chase-business-park-unit-base:1 unit-base-solutions:2
  staffs-film-liaison-services:2 potteries-locations:1 heritage-locations-midlands:1 moorland-recce:1
  portland-wharf-pottery:2 caldon-mill:2 brindley-colliery-heritage-site:2 shelton-street-victorian-school:2 glebe-street-assembly-rooms:2
  eastgate-bridewell:2 fernlea-house-and-glasshouses:2 harecastle-canal-basin:2 burton-brewery-yard:2 wycliffe-street-market-hall:1
  hollybrook-reservoir-boathouse:1 roaches-farm:1 harecastle-edge-quarry:1 cannock-chase-forest-lodge:1 dovebank-equestrian-centre:1
  slipway-music:2 chapel-studios-audio:2 brass-band-records:1 moor-music-services:1 northern-clearances:1
  stone-chapel-rehearsal-space:1 hanley-rehearsal-rooms:1 shelton-stills:1 set-safe-training:1 access-all-crews:1 midlands-stunt-academy:1
  trentside-distribution:1 foxglove-pictures:2 bottle-oven-films:2 saggar-house-pictures:1 churnet-valley-films:1''',
  frule(M('hc02'), {'dop': 3, 'gaffer': 3, 'role:production designer': 3, 'production_design': 2, 'role:art dept trainee': 1,
                    'role:costume designer': 3, 'costume': 2, 'role:costume assistant': 1,
                    'role:hod': 3, 'role:make-up designer': 3, 'hmu': 2, 'role:trainee': 1,
                    'sound_prod': 1, 'role:sound recordist': 3, 'role:production sound mixer': 3,
                    'ad': 1, 'role:1st ad': 3, 'role:first assistant director': 3, 'role:2nd ad': 2, 'role:second assistant': 2,
                    'edit': 2, 'role:assistant editor': 1, 'role:edit assistant': 1, 'role:video editor': 1,
                    'camera': 2, 'role:lighting camera': 2, 'camera_assist': 1, 'role:focus puller': 2, 'role:1st ac': 2, 'steadicam': 2, 'grip': 2, 'lighting': 1, 'role:best boy': 2,
                    'grade': 2, 'finishing': 1, 'sound_post': 2, 'music': 2, 'vfx': 2, 'props': 2, 'construction': 2,
                    'role:carpenter': 1, 'role:chippie': 1, 'continuity': 2, 'stunts': 2, 'locations': 1,
                    'role:supervising location manager': 2, 'role:location manager': 2, 'accounts': 2},
        types=DRAMA))

# hc03 Kingfisher Lane Factual: 6-person history/education documentary producer, Stafford; has a
# researcher, a self-shooting PD and an archive producer.  Lacks: edit and post, sound post and
# narration, music, aerials, graphics/animation for schools series, kit, presenters, distribution.
case('hc03', '''trent-post:3 cutting-room-north:3 shelton-grade-suite:2 glasshouse-grade:2 leek-online:2 frame-and-forge-post:2
  kiln-edit-rooms:2 leek-mill-edit-loft:2
  tunstall-sound:3 soundhouse-stafford:3 echo-valley-audio:2 potteries-dubbing-theatre:2 kiln-voices:2
  trent-tunes-library:3 brass-band-records:2 kilnsong:2 slipway-music:2 northern-clearances:2 saggar-sound-studio:1 chapel-studios-audio:1
  skyward-staffs:3 hawkeye-aerial-media:2 moorland-aerial:2 chase-skies:2 trentside-drones:1 peak-survey-aerial:1 fpv-north:1
  marl-valley-studios:3 scribble-and-slip:2 plantpot-creative:2 glazeworks-motion:2 otter-lane-animation:1 pixel-kiln:1 oatcake-and-ink:1
  copeland-street-films:1 hollow-reality:2 volumetric-stoke:1 peaklight-xr:1 smoke-and-mirrors-digital:1 etruria-vfx:1
  clayworks-talent:2 midlands-models-and-presenters:1 potteries-camera-hire:2 lensmith-rentals:1 sparks-and-sons-lighting:1
  chase-grip-and-electric:1 stafford-screen-studio:2 trentside-distribution:3 staffs-film-liaison-services:1 meir-visuals:1
  coyney-hill-media:2''',
  frule(M('hc03'), {'role:sound recordist': 3, 'role:production sound mixer': 2, 'sound_prod': 1,
                    'dop': 2, 'camera': 2, 'drone': 2, 'edit': 3, 'role:assistant editor': 1, 'role:edit assistant': 1,
                    'grade': 2, 'finishing': 2, 'sound_post': 2, 'music': 2, 'motion': 2,
                    'selfshoot': 1, 'skill:archive research': 1},
        types=DOC))

def show(cid, minv=1):
    q = Q[cid.split('#')[0]]
    ref = BY.get(q.get('profile_id')) if q.get('profile_id') else None
    for k, v in sorted(CASES[cid].items(), key=lambda x: (-x[1], x[0])):
        p = BY[k]
        if p['kind'] != 'freelancer' or v < minv: continue
        d = km(ref, p) if ref else km({'location': {'lat': 53.0027, 'lon': -2.1794}}, p)
        ty = sorted(set(c.get('type', '') for c in p.get('credits', [])))
        print(v, k, '%4s' % ('NA' if d is None else '%.0f' % d), (p.get('location') or {}).get('town', 'NA')[:10],
              '|', ', '.join(p.get('roles', []))[:55], '|', ', '.join(p.get('skills', []))[:45], '|', len(p.get('credits', [])), ','.join(ty)[:50])

# hc04 Colliery Nights: 6-person Unreal horror studio, Cannock, own IP, sequel in production, licensing
# the first game to TV.  Has audio design in-house.  Lacks: art outsourcing, concept art, character
# animation, QA, porting, trailers/cinematics, voice, music, a publisher; for the TV licence, a genre
# drama producer.
case('hc04', '''redshift-pixel:3 tilemakers-co-op:2 marlstone-games:3 byte-bank-qa:3 cobridge-creative:3 lantern-fish-animation:2
  saggar-sound-studio:2 longton-audio:2 kiln-voices:2 clayworks-talent:2 soundhouse-stafford:2 volumetric-stoke:2 peak-survey-aerial:1
  spinning-jenny-games:2 eighth-floor-games:1 potbank-panic-ltd:1 five-spires-films:2 bottle-oven-films:1 foxglove-pictures:1
  saggar-house-pictures:1 nightjar-vfx:1 kiln-academy:1 brindley-colliery-heritage-site:1 tunstall-sound:1''',
  frule(M('hc04'), {'concept': 3, 'anim3d': 2, 'games_art': 2, 'role:environment artist': 3, 'role:character artist': 2,
                    'writer': 1, 'role:narrative designer': 2, 'skill:writing for games@writer': 2, 'skill:narrative design@writer': 2,
                    'music': 2, 'sound_post': 1, 'skill:wwise@sound_post': 2, 'qa': 2, 'games_design': 1, 'role:level designer': 2,
                    'games_prog': 1, 'games_prod': 1, 'motion': 1, 'storyboard': 0},
        physical=False, types=GAME))

# hc05 Marl & Pike: two-director commercials / branded documentary outfit, Burslem; food, drink,
# outdoor brands; real people; crews up locally.  Lacks: street casting, kit, crew heads, post, sound,
# music, aerials, studio, locations, stills.
case('hc05', '''castwell:3 spiral-casting:2 north-staffs-casting:2 kidsgrove-casting-collective:2 fivetown-extras:1 clayworks-talent:1
  midlands-models-and-presenters:1 potteries-camera-hire:3 lensmith-rentals:2 sparks-and-sons-lighting:3 chase-grip-and-electric:2
  trent-post:3 shelton-grade-suite:3 glasshouse-grade:2 cutting-room-north:2 kiln-edit-rooms:2 leek-mill-edit-loft:1 leek-online:2
  frame-and-forge-post:1 tunstall-sound:3 soundhouse-stafford:2 longton-audio:2 echo-valley-audio:1 potteries-dubbing-theatre:2
  kilnsong:3 slipway-music:2 trent-tunes-library:2 northern-clearances:1 brass-band-records:1 chapel-studios-audio:1 moor-music-services:1
  moorland-aerial:3 skyward-staffs:2 fpv-north:2 roaches-edge-films:2 chase-skies:1 hawkeye-aerial-media:1
  the-marl-works-studio:2 etruria-stage:1 chroma-box-stoke:1 potter-s-wheel-productions:1 fireclay-studios:1
  potteries-locations:2 moorland-recce:2 staffs-film-liaison-services:1 oatcake-kitchen-catering:1 moorland-mess:1 bacon-butty-bus:1
  pixel-kiln:2 etruria-vfx:1 glazeworks-motion:2 shelton-stills:2 redbrick-north-productions:1 the-prop-shed:1
  brewhouse-films:1 saltbox-studio:1''',
  frule(M('hc05'), {'dop': 3, 'camera': 2, 'camera_assist': 1, 'role:focus puller': 2, 'role:1st ac': 2, 'steadicam': 2,
                    'gaffer': 3, 'lighting': 1, 'role:best boy': 2, 'grip': 2,
                    'sound_prod': 1, 'role:sound recordist': 3, 'role:production sound mixer': 3,
                    'edit': 3, 'role:assistant editor': 1, 'role:edit assistant': 1, 'grade': 3, 'finishing': 1,
                    'sound_post': 2, 'music': 2, 'motion': 1, 'vfx': 1, 'line_producer': 2, 'producer': 1,
                    'hmu': 2, 'role:trainee': 1, 'costume': 1, 'production_design': 2, 'props': 1, 'drone': 2,
                    'locations': 2, 'skill:food styling': 2, 'role:1st ad': 2, 'role:first assistant director': 2},
        types={'commercial', 'documentary'}))

# hc06 Scribble & Slip: 4-person hand-drawn 2D studio, Leek: animated documentary, music videos,
# charities.  Lacks: sound design/mix, music, voices, compositing/cleanup, finishing, and the
# documentary and music-video producers who commission animated sequences.
case('hc06', '''echo-valley-audio:3 tunstall-sound:3 soundhouse-stafford:2 longton-audio:2 potteries-dubbing-theatre:2
  kilnsong:3 saggar-sound-studio:3 slipway-music:2 chapel-studios-audio:2 brass-band-records:1 trent-tunes-library:1 moor-music-services:1
  kiln-voices:3 clayworks-talent:2 pixel-kiln:2 otter-lane-animation:2 leek-online:2 trent-post:1 shelton-grade-suite:1 leek-mill-edit-loft:1
  potworks-documentary:2 wildmoor-docs:2 marlpit-docs:2 kingfisher-lane-factual:2 hillside-factual:2 tin-chapel-media:2
  halfpenny-bridge-films:1 northern-quarter-factual:1 roaches-edge-films:1 longport-pictures:2 wharfside-film-co:2
  lantern-yard-media:1 pencil-and-pot-studio:1 five-towns-short-film-festival:1 scribble-and-slip:0''',
  frule(M('hc06'), {'sound_post': 2, 'music': 3, 'role:music supervisor': 1, 'vfx': 1, 'role:compositor': 2,
                    'finishing': 1, 'edit': 1, 'role:assistant editor': 0, 'role:edit assistant': 0, 'selfshoot': 1},
        physical=False, types={'animation series', 'short', 'documentary', 'music video', 'feature'}))

# hc07 Sparks & Sons Lighting: lighting and grip hire with crew, Fenton.  Complemented by the
# productions that book it, studios without lighting, a camera house for joint packages, and the
# owner-operator gaffers, sparks and grips it crews jobs with; IPAF/safety training.
case('hc07', '''saggar-house-pictures:3 bottle-oven-films:3 redbrick-north-productions:3 trent-mersey-productions:3
  churnet-valley-films:2 wharf-lane-pictures:2 foxglove-pictures:2 moorland-light-pictures:2 five-spires-films:2
  hollins-street-films:1 sixtown-drama:1 tinderbox-drama:1
  fireclay-studios:2 marl-and-pike:2 longport-pictures:2 potter-s-wheel-productions:2 hem-heath-productions:2
  brewhouse-films:1 bagnall-brothers:1 greenhead-productions:1 saltbox-studio:1 kiln-pictures:1
  etruria-stage:3 the-marl-works-studio:2 chroma-box-stoke:1 stafford-screen-studio:1 longton-gasworks-warehouse:1
  potteries-camera-hire:3 lensmith-rentals:2 set-safe-training:2 trent-film-facilities:1 westport-broadcast:1
  stageside-productions:1 livewire-events:1 virtual-works-stoke:1 potteries-locations:1''',
  frule(M('hc07'), {'gaffer': 3, 'lighting': 2, 'grip': 2, 'role:key grip': 3, 'dop': 2, 'role:lighting camera': 1,
                    'line_producer': 1},
        types=DRAMA | {'commercial', 'music video'}))

# hc08 Shelton Grade Suite: Resolve grading suite, with or without colourist, Hanley.  Complemented by
# freelance colourists who dry-hire, edit houses and onliners without a grade room, sound post for a
# finishing package, post supervisors who book suites, and the productions that need a grade.
case('hc08', '''cutting-room-north:3 kiln-edit-rooms:3 leek-online:2 leek-mill-edit-loft:1 tunstall-sound:2
  potteries-dubbing-theatre:2 echo-valley-audio:1 etruria-vfx:1 pixel-kiln:1 potteries-camera-hire:1
  saggar-house-pictures:2 bottle-oven-films:2 redbrick-north-productions:2 wharf-lane-pictures:2 moorland-light-pictures:2
  churnet-valley-films:2 trent-mersey-productions:2 sixtown-drama:1 five-spires-films:1 foxglove-pictures:1 hollins-street-films:1
  potworks-documentary:2 wildmoor-docs:2 hillside-factual:2 marlpit-docs:2 kingfisher-lane-factual:2 roaches-edge-films:1
  tin-chapel-media:1 marl-and-pike:2 longport-pictures:2 hem-heath-productions:1 potter-s-wheel-productions:1
  brewhouse-films:1 kiln-pictures:1 northwood-visuals:1''',
  frule(M('hc08'), {'grade': 3, 'finishing': 2, 'role:post production supervisor': 2, 'role:post producer': 2,
                    'role:film editor': 1, 'role:offline editor': 1, 'dop': 1, 'role:dit': 1, 'role:digital imaging': 1},
        types=DRAMA | DOC | {'commercial', 'music video'}))

# hc09 Hollinshead Hall Estate: Georgian house and parkland with hardstanding for a unit base, Stone.
# Complemented by the period-drama and genre producers who shoot there, the location agencies who
# market it, permits, unit-base management, catering and facilities vehicles, and location managers.
case('hc09', '''trent-mersey-productions:3 bottle-oven-films:3 redbrick-north-productions:3 saggar-house-pictures:2
  foxglove-pictures:2 churnet-valley-films:2 five-spires-films:2 wharf-lane-pictures:1 moorland-light-pictures:1
  tinderbox-drama:1 hollins-street-films:1 sixtown-drama:1 fireclay-studios:1 marl-and-pike:1 potter-s-wheel-productions:1
  stone-circle-media:2 heritage-locations-midlands:3 potteries-locations:3 moorland-recce:2 staffs-film-liaison-services:2
  unit-base-solutions:2 hot-plate-location-catering:1 oatcake-kitchen-catering:1 feast-on-location:1
  trent-film-facilities:1 moorland-welfare-units:1 canal-street-events:1 northwood-visuals:1 moorside-films:1''',
  frule(M('hc09'), {'locations': 3, 'role:location assistant': 2, 'role:unit base manager': 2, 'role:location caterer': 0,
                    'role:production manager': 1, 'role:line producer': 1},
        types=DRAMA | {'commercial'}))

# hc10 Spatial Kiln: 5 Unity developers + clinical advisor, VR training for manufacturing and NHS,
# Newcastle.  Lacks: 3D art and scanning of real equipment, character animation, voice-over, sound,
# filming of real settings, QA/accessibility testing.
case('hc10', '''volumetric-stoke:3 tilemakers-co-op:3 redshift-pixel:2 peak-survey-aerial:1 kiln-voices:3 soundhouse-stafford:3
  clayworks-talent:2 longton-audio:2 saggar-sound-studio:2 tunstall-sound:1 byte-bank-qa:2 access-all-crews:1 marlstone-games:1
  lantern-fish-animation:2 oddfellows-animation:2 glazeworks-motion:1 pixel-kiln:1 lamplight-media:2 kiln-pictures:2
  tame-valley-video:1 stafford-frame:1 harecastle-films:1 harecastle-interactive:1 virtual-works-stoke:1 immerse-midlands:1
  kiln-academy:1 set-safe-training:1''',
  frule(M('hc10'), {'games_art': 2, 'anim3d': 2, 'role:character animator': 2, 'concept': 1, 'sound_post': 1,
                    'skill:wwise@sound_post': 2, 'music': 1, 'games_design': 1, 'writer': 0, 'role:narrative designer': 1,
                    'qa': 2, 'motion': 1, 'games_prog': 1, 'skill:vr@games_art,anim3d,games_design,games_prog': 2},
        physical=False))

# hc11 fl-0301 Mark Clowes: sound recordist with own kit, Newcastle-under-Lyme; feature, TV drama and
# documentary credits.  Needs around him: a boom op / sound assistant, camera crews he works beside,
# post sound he hands over to, and above all the producers and production managers who hire recordists.
case('hc11', '''saggar-house-pictures:3 bottle-oven-films:3 redbrick-north-productions:3 trent-mersey-productions:3
  hillside-factual:3 churnet-valley-films:2 wharf-lane-pictures:2 moorland-light-pictures:2 foxglove-pictures:2
  five-spires-films:1 sixtown-drama:1 hollins-street-films:1 tinderbox-drama:1
  wildmoor-docs:2 potworks-documentary:2 kingfisher-lane-factual:2 marlpit-docs:1 roaches-edge-films:1 tin-chapel-media:1
  halfpenny-bridge-films:1 northern-quarter-factual:1 marl-and-pike:2 fireclay-studios:2 longport-pictures:1 brewhouse-films:1
  hem-heath-productions:1 kiln-pictures:1 bluebrick-films:1 trent-vale-media:1 lamplight-media:1 westport-broadcast:1
  tunstall-sound:1 potteries-dubbing-theatre:1 potteries-camera-hire:1''',
  frule(M('hc11'), {'role:boom': 3, 'role:sound assistant': 2, 'dop': 2, 'camera': 1, 'sound_post': 1,
                    'role:re-recording mixer': 2, 'role:dialogue editor': 2, 'line_producer': 2, 'role:unit manager': 1,
                    'selfshoot': 2, 'role:producer': 1, 'coord': 1, 'role:production assistant': 0, 'role:production secretary': 0},
        types=DRAMA | DOC))

# hc12 fl-0214 Toby Bailey: costume designer / supervisor, Hanley; drama and music videos; period,
# tailoring, millinery.  Needs: costume stock (hire houses), makers and a workroom, the costume crew
# (supervisors, makers, standbys, breakdown), hair and make-up counterparts, designers/art
# departments, and the drama and music-video producers who hire a designer.
case('hc12', '''threadneedle-costume-hire:3 wardrobe-warehouse-longton:3 button-and-bobbin:3 stitch-in-time-costume:2
  fleece-and-felt-makers:2 mother-town-costume:1 fivetown-extras:1
  saggar-house-pictures:3 bottle-oven-films:3 trent-mersey-productions:3 redbrick-north-productions:3 churnet-valley-films:2
  wharf-lane-pictures:2 moorland-light-pictures:2 foxglove-pictures:2 five-spires-films:2 sixtown-drama:1 hollins-street-films:1
  tinderbox-drama:1 longport-pictures:2 bright-marl-studio:1 fireclay-studios:1 marl-and-pike:1 clayhand-animation:1''',
  frule(M('hc12'), {'costume': 2, 'role:costume designer': 0, 'role:costume supervisor': 3, 'role:costume maker': 3, 'role:cutter': 3, 'role:costume assistant': 1, 'hmu': 1, 'role:hod': 2,
                    'role:make-up designer': 2, 'role:make-up hod': 2, 'role:production designer': 2, 'production_design': 1,
                    'line_producer': 1}, types=DRAMA | {'music video'}))

# hc13 fl-0557 Luke Tunnicliffe: 2D animator / motion graphics / storyboards, Newcastle; corporate and
# short credits.  Needs: the animation studios and producers who hire 2D animators and storyboard
# artists, and sound and music to finish his own pieces.
case('hc13', '''pip-and-kiln:3 clayhand-animation:3 tiny-kiln-studio:2 otter-lane-animation:2 scribble-and-slip:2
  plantpot-creative:2 oatcake-and-ink:2 glazeworks-motion:2 marl-valley-studios:2 pencil-and-pot-studio:2 oddfellows-animation:1
  lamplight-media:1 copeland-street-films:1 canal-critter-co:1 lantern-fish-animation:1 cobridge-creative:1 greenhead-productions:1
  pixel-kiln:1 kiln-pictures:1 stafford-frame:1 bluebrick-films:1 livewire-events:1 glaze-runner-studio:1 hedgerow-heroes-games:1
  echo-valley-audio:2 saggar-sound-studio:2 kilnsong:1 slipway-music:1 tunstall-sound:1 kiln-voices:1 kiln-academy:1''',
  frule(M('hc13'), {'sound_post': 2, 'music': 2, 'role:music supervisor': 1, 'role:director': 1, 'role:animation': 0},
        physical=False))

# ---------------------------------------------------------------- similar
# hs01 Tame Valley Video: 4-person B2B corporate producer, Tamworth (M42/A5): health and safety,
# recruitment, case studies, trade-show loops for logistics and manufacturing.
case('hs01', '''chase-creative-video:2 greenhead-productions:2 kiln-pictures:2 stafford-frame:2 bluebrick-films:2 harecastle-films:2
  bright-spark-events:1 brewhouse-films:1 trent-vale-media:1 ridgeback-video:1 saltbox-studio:1 lamplight-media:1
  hem-heath-productions:1 potter-s-wheel-productions:1 fireclay-studios:1 oatcake-and-ink:1 copeland-street-films:1
  five-towns-creative:1 park-terrace-films:1 moorside-films:1 meir-visuals:1 hedgerow-media:1 stone-circle-media:0''')

# hs02 Canal Critter Co.: 12-person CG pre-school IP studio (own series, licensing), Stoke.
case('hs02', '''lantern-fish-animation:3 pip-and-kiln:3 clayhand-animation:2 tiny-kiln-studio:2 oddfellows-animation:2
  marl-valley-studios:1 otter-lane-animation:1 glazeworks-motion:1 hedgerow-heroes-games:1''')

# hs03 Glaze Runner Studio: 7-person mobile/PC arcade game studio, seed stage, Unity, Hanley.
case('hs03', '''lockkeeper-games:3 tea-break-studios:3 potbank-panic-ltd:2 slipcast-studios:2 kilnborn-interactive:2
  saggar-knight-games:2 moorland-drift-games:2 fettle-and-forge:2 bottle-oven-games:2 hedgerow-heroes-games:2
  colliery-nights-ltd:2 tilemakers-co-op:2 spinning-jenny-games:2 roaches-reach-games:1 eighth-floor-games:1
  marlstone-games:1 harecastle-interactive:1''')

# hs04 Skyward Staffs: 3 licensed pilots, broadcast aerials plus inspection and mapping, Stafford.
case('hs04', '''hawkeye-aerial-media:3 peak-survey-aerial:2 trentside-drones:2 moorland-aerial:2 chase-skies:2 fpv-north:2
  ridgeback-video:1 churnet-lens:1 hedgerow-media:1 northwood-visuals:1''',
  frule(M('hs04'), {'drone': 1}, physical=False))

# hs05 Kiln Edit Rooms: three dry-hire edit suites, Newcastle-under-Lyme.
case('hs05', '''leek-mill-edit-loft:3 cutting-room-north:2 trent-post:2 bluebrick-films:1 shelton-grade-suite:1
  frame-and-forge-post:1 leek-online:1''')

# hs06 Oatcake Kitchen Catering: two catering trucks, drama and commercials, Stoke.
case('hs06', '''hot-plate-location-catering:3 feast-on-location:3 moorland-mess:2 chaiwala-on-set:2 bacon-butty-bus:1''',
  frule(M('hs06'), {'role:location caterer': 2, 'role:unit chef': 1}))

# hs07 fl-0213 Dean Adderley: film editor (drama, documentary, commercials, social cut-downs), own
# edit kit, Hanley.
case('hs07', '''cutting-room-north:1 trent-post:1''',
  frule(M('hs07'), {'edit': 3, 'role:video editor': 2, 'role:assistant editor': 1, 'role:edit assistant': 1,
                    'finishing': 1, 'role:online editor': 2, 'role:finishing editor': 2},
        types=DRAMA | DOC | {'commercial', 'music video'}, min_credits3=3))

# ---------------------------------------------------------------- consortium (judged per need)
STAFFS_TOWNS = {'Stoke', 'Hanley', 'Burslem', 'Tunstall', 'Longton', 'Fenton', 'Newcastle-under-Lyme', 'Stafford',
                'Leek', 'Lichfield', 'Burton upon Trent', 'Stone', 'Tamworth', 'Cannock', 'Uttoxeter', 'Rugeley',
                'Kidsgrove', 'Cheadle', 'Biddulph'}
def staffs_cap(d, cap=1):
    """A call limited to Staffordshire suppliers: anyone outside it (or with no location) is at most `cap`."""
    return {k: (v if (BY[k].get('location') or {}).get('town') in STAFFS_TOWNS else min(v, cap)) for k, v in d.items()}
def need(cid, companies, fl=None, cap_staffs=False):
    case(cid, companies, fl)
    if cap_staffs: CASES[cid] = staffs_cap(CASES[cid])

STAFFORD = pt(52.8060, -2.1170)       # hn01 closed rural roads in the county; bidder in Stafford
# hn01 SCC road-safety reconstructions (bidder Stafford Frame; Staffordshire suppliers only)
need('hn01#1', 'midlands-stunt-academy:1 bagnall-brothers:1',
     frule(STAFFORD, {'role:stunt coordinator': 3, 'stunts': 1, 'skill:precision driving@stunts': 2}, types=DRAMA), cap_staffs=True)
need('hn01#2', '''staffs-film-liaison-services:3 potteries-locations:2 unit-base-solutions:1 moorland-recce:1''',
     frule(STAFFORD, {'skill:traffic management': 2, 'role:location manager': 1, 'role:supervising location manager': 1,
                      'skill:location permissions@locations,line_producer': 1}), cap_staffs=True)
need('hn01#3', '''north-staffs-casting:3 castwell:3 kidsgrove-casting-collective:2 clayworks-talent:2 limelight-young-performers:1
     spiral-casting:1 fivetown-extras:1 sixtown-drama:1''', cap_staffs=True)
need('hn01#4', 'bagnall-brothers:3 potteries-camera-hire:1 chase-grip-and-electric:1 sparks-and-sons-lighting:1',
     frule(STAFFORD, {'skill:tracking vehicle work@grip': 2, 'skill:tracking vehicle work@camera,dop,camera_assist,lighting,gaffer,steadicam': 1}),
     cap_staffs=True)
need('hn01#5', 'meir-visuals:2 leek-online:1 trent-post:1 five-towns-creative:1',
     {**frule(None, {'skill:subtitling': 1}, physical=False), 'fl-0002': 2}, cap_staffs=True)

KIDSGROVE = pt(53.0870, -2.2380)      # hn02 canals around Harecastle; bidder Harecastle Films
# hn02 broadcaster history series on the canals (bidder Harecastle Films)
need('hn02#1', 'clayworks-talent:2 midlands-models-and-presenters:1')
need('hn02#2', 'potworks-documentary:3 kingfisher-lane-factual:2 tin-chapel-media:1 northern-clearances:1 coyney-hill-media:1',
     frule(None, {'skill:archive research': 2}, physical=False))
need('hn02#3', '''skyward-staffs:3 moorland-aerial:3 hawkeye-aerial-media:3 chase-skies:2 trentside-drones:2 peak-survey-aerial:2
     fpv-north:2 churnet-lens:2 ridgeback-video:1 northwood-visuals:1''',
     frule(KIDSGROVE, {'drone': 3}, types=DOC | {'tv drama', 'feature'}, min_credits3=2))
need('hn02#4', '''etruria-vfx:3 nightjar-vfx:2 smoke-and-mirrors-digital:2 hollow-reality:2 lantern-fish-animation:2
     pixel-kiln:1 volumetric-stoke:1 virtual-works-stoke:1 glazeworks-motion:1 peak-survey-aerial:1 frame-and-forge-post:1''',
     frule(None, {'role:cg generalist': 2, 'role:3d modeller': 1, 'role:vfx supervisor': 1, 'role:compositor': 1,
                  'role:vfx compositor': 1}, physical=False))
need('hn02#5', '''trent-post:3 frame-and-forge-post:2 leek-online:2 shelton-grade-suite:2 glasshouse-grade:2''',
     frule(None, {'finishing': 2, 'role:post production supervisor': 1, 'role:post producer': 1, 'grade': 2,
                  'skill:broadcast deliverables@edit': 1}, physical=False))
need('hn02#6', '''slipway-music:3 chapel-studios-audio:2 kilnsong:2 saggar-sound-studio:2 trent-tunes-library:2
     brass-band-records:1 moor-music-services:1''',
     frule(None, {'role:composer': 3, 'role:film composer': 3, 'role:music supervisor': 0}, physical=False,
           types=DOC | {'tv drama', 'feature', 'animation series'}))

# hn03 games publisher incubator (bidder Tea Break Studios)
need('hn03#1', 'volumetric-stoke:2 virtual-works-stoke:1 lantern-fish-animation:1')
need('hn03#2', '''kiln-voices:3 soundhouse-stafford:2 clayworks-talent:2 longton-audio:2 tunstall-sound:1 saggar-sound-studio:1''',
     frule(None, {'role:dialogue editor': 1}, physical=False))
need('hn03#3', '''tilemakers-co-op:2 redshift-pixel:2 pencil-and-pot-studio:1 shelton-stills:1''',
     frule(None, {'concept': 3, 'role:2d game artist': 3, 'role:storyboard & concept': 2, 'role:character artist': 2,
                  'role:graphic designer': 1}, physical=False, types=GAME))
need('hn03#4', 'saggar-sound-studio:3 longton-audio:2',
     frule(None, {'music': 1, 'role:composer': 2, 'role:music supervisor': 0, 'skill:wwise@music': 3, 'skill:fmod@music': 3,
                  'skill:wwise@sound_post': 2, 'skill:fmod@sound_post': 2}, physical=False, types=GAME))
need('hn03#5', 'byte-bank-qa:3 marlstone-games:2 eighth-floor-games:1',
     frule(None, {'qa': 2}, physical=False))

NEWCASTLE = pt(53.0120, -2.2270)      # hn04 theatre in Newcastle-under-Lyme
# hn04 theatre capture and streaming (no bidder)
need('hn04#1', '''fenton-stage-and-screen:3 livewire-events:2 potteries-ppu:2 lichfield-live:2 crewe-live-video:2
     westport-broadcast:1 stream-north-staffs:1 esports-arena-productions:1 lantern-yard-media:1''',
     frule(NEWCASTLE, {'skill:multicam@camera,dop': 1}))
need('hn04#2', '''fenton-stage-and-screen:3 livewire-events:3 stream-north-staffs:2 crewe-live-video:2 lichfield-live:2
     swan-bank-media:1 stafford-frame:1 coyney-hill-media:1 esports-arena-productions:1 potteries-ppu:1''')
need('hn04#3', 'meir-visuals:1 access-all-crews:1',
     frule(None, {'skill:subtitling': 1}, physical=False))
need('hn04#4', '''lantern-yard-media:3 trent-vale-media:2 five-towns-creative:2 fenton-stage-and-screen:2 canal-street-events:1
     oatcake-and-ink:1 longport-pictures:1''',
     frule(None, {'skill:social cut-downs@edit,finishing,grade': 2, 'skill:promos@edit,finishing': 2, 'edit': 1,
                  'role:assistant editor': 0, 'role:edit assistant': 0}, physical=False))
need('hn04#5', 'shelton-stills:3 five-towns-creative:2 fireclay-studios:1 stone-circle-media:1 northwood-visuals:1')

MOORLANDS = pt(53.1000, -1.9800)      # hn05 Moorlands roads (Leek/Peak fringe)
# hn05 car launch film (agency brief, no bidder)
need('hn05#1', 'bagnall-brothers:3 fpv-north:1',
     frule(MOORLANDS, {'skill:tracking vehicle work@grip': 2, 'skill:tracking vehicle work@camera,dop,camera_assist': 1,
                       'skill:remote heads@grip': 1}))
need('hn05#2', '''the-marl-works-studio:3 etruria-stage:2 potter-s-wheel-productions:1 fireclay-studios:1 hem-heath-productions:1
     stafford-screen-studio:1 chroma-box-stoke:1 longton-gasworks-warehouse:1''')
need('hn05#3', '''smoke-and-mirrors-digital:3 etruria-vfx:2 glazeworks-motion:2 pixel-kiln:1 lantern-fish-animation:1
     nightjar-vfx:1 virtual-works-stoke:1''',
     frule(None, {'role:cg generalist': 2, 'role:3d modeller': 1, 'role:vfx supervisor': 1}, physical=False))
need('hn05#4', 'midlands-models-and-presenters:3 clayworks-talent:3')
need('hn05#5', '''kilnsong:3 trent-tunes-library:2 slipway-music:2 northern-clearances:2 chapel-studios-audio:1
     moor-music-services:1 saggar-sound-studio:1''',
     frule(None, {'role:composer': 2, 'role:film composer': 2, 'role:music supervisor': 1}, physical=False))

UTTOXETER = pt(52.8990, -1.8650)      # hn06 county show
# hn06 county show screens and video (bidder Hedgerow Media)
need('hn06#1', 'moorland-marquee-media:3 stageside-productions:3 bright-spark-events:1 livewire-events:1')
need('hn06#2', '''potteries-ppu:3 moorland-marquee-media:3 livewire-events:2 westport-broadcast:2 crewe-live-video:2
     lichfield-live:1 stream-north-staffs:1 esports-arena-productions:1 park-terrace-films:1 bright-spark-events:1''',
     frule(UTTOXETER, {'skill:multicam@camera,dop': 1, 'skill:live events@camera': 1}))
need('hn06#3', '''hawkeye-aerial-media:3 skyward-staffs:2 trentside-drones:2 chase-skies:2 moorland-aerial:1 peak-survey-aerial:1
     fpv-north:1 churnet-lens:1''',
     frule(UTTOXETER, {'drone': 1}))
need('hn06#4', '''livewire-events:3 stream-north-staffs:2 crewe-live-video:2 potteries-ppu:2 moorland-marquee-media:2 lichfield-live:2
     stafford-frame:1 swan-bank-media:1 esports-arena-productions:1 coyney-hill-media:1 fenton-stage-and-screen:1 bright-spark-events:1''')
need('hn06#5', '''bright-spark-events:3 trent-vale-media:2 canal-street-events:2 park-terrace-films:1 five-towns-creative:1
     churnet-lens:1''',
     frule(UTTOXETER, {'skill:social cut-downs@edit,finishing,grade,selfshoot': 2, 'skill:live events@edit': 1}))

QUARRY = BY['fa-harecastle-edge-quarry']
# hn07 folk horror short (bidder Moorland Light Pictures)
need('hn07#1', 'sparks-and-sons-lighting:3 chase-grip-and-electric:2',
     frule(QUARRY, {'gaffer': 3, 'role:genny': 2, 'role:generator': 2, 'lighting': 1, 'skill:night shoots@gaffer': 3},
           types=DRAMA))
need('hn07#2', 'fleece-and-felt-makers:1 fl-0059:1',
     frule(QUARRY, {'role:prosthetic': 3, 'role:sfx make-up': 3, 'skill:prosthetics@hmu': 2,
                    'skill:casualty and injury effects@hmu': 2, 'role:hod': 1, 'role:make-up designer': 1}, types=DRAMA))
need('hn07#3', 'nightjar-vfx:3 etruria-vfx:2 pixel-kiln:1 smoke-and-mirrors-digital:1 frame-and-forge-post:1',
     frule(None, {'role:vfx supervisor': 2, 'role:on-set vfx': 2, 'role:compositor': 1, 'role:cg generalist': 1},
           physical=False))
need('hn07#4', 'midlands-stunt-academy:1',
     frule(QUARRY, {'role:stunt coordinator': 3, 'stunts': 1, 'skill:high falls@stunts': 2}, types=DRAMA))
need('hn07#5', 'harecastle-edge-quarry:3 moorland-recce:2 potteries-locations:2 roaches-farm:1 brindley-colliery-heritage-site:1',
     frule(QUARRY, {'role:location manager': 1, 'role:location scout': 1, 'role:location finder': 1,
                    'role:supervising location manager': 1}))
need('hn07#6', 'tunstall-sound:3 potteries-dubbing-theatre:3 echo-valley-audio:2 longton-audio:2 soundhouse-stafford:1 frame-and-forge-post:1',
     frule(None, {'role:re-recording mixer': 2, 'role:sound designer': 2, 'role:sound editor': 1, 'role:dialogue editor': 1,
                  'role:foley': 1}, physical=False))

STOKE_C = pt(53.0250, -2.1800)        # hn08 delivery within Stoke-on-Trent
# hn08 council new-entrant bootcamp (no bidder; delivery in Stoke-on-Trent)
need('hn08#1', 'set-safe-training:3 crew-up-staffs:1 crewe-screen-skills:1')
need('hn08#2', 'trent-edit-school:3 crew-up-staffs:1 moorlands-film-school:1 crewe-screen-skills:1 kiln-edit-rooms:1 kiln-academy:1')
need('hn08#3', '''crew-up-staffs:3 potteries-camera-hire:2 sparks-and-sons-lighting:2 moorlands-film-school:2 crewe-screen-skills:1
     chase-grip-and-electric:1 lensmith-rentals:1''')
need('hn08#4', '''redbrick-north-productions:3 sixtown-drama:3 saggar-house-pictures:2 bottle-oven-films:2 hillside-factual:2
     wharf-lane-pictures:2 clayhand-animation:2 pip-and-kiln:2 kiln-pictures:2 pixel-kiln:2 harecastle-films:1 potworks-documentary:1
     trent-vale-media:1 livewire-events:1 etruria-vfx:1 trent-post:1 fireclay-studios:1 saggar-knight-games:1 crewe-screen-skills:1
     spinning-jenny-games:1 canal-critter-co:1 bluebrick-films:1''')
need('hn08#5', 'access-all-crews:3 kidsgrove-casting-collective:2',
     {p['id']: 1 for p in FL if ('BSL' in p.get('skills', []) or 'BSL' in p.get('languages', []))
      and (km(STOKE_C, p) or 999) <= 40})

# hn09 children's science series (no bidder; regional production)
need('hn09#1', '''chroma-box-stoke:3 stafford-screen-studio:3 the-marl-works-studio:3 greenscreen-garage:2 potter-s-wheel-productions:2
     etruria-stage:1 stafford-frame:1 fireclay-studios:1 hem-heath-productions:1 virtual-works-stoke:1''')
need('hn09#2', '''limelight-young-performers:3 north-staffs-casting:2 castwell:2 kidsgrove-casting-collective:2 clayworks-talent:1
     midlands-models-and-presenters:1''',
     frule(STOKE_C, {'skill:chaperone licence': 1}))
need('hn09#3', '''plantpot-creative:3 glazeworks-motion:3 marl-valley-studios:3 pip-and-kiln:2 oatcake-and-ink:2 oddfellows-animation:2
     otter-lane-animation:2 tiny-kiln-studio:2 scribble-and-slip:1 clayhand-animation:1 lamplight-media:1 copeland-street-films:1
     cobridge-creative:1 pixel-kiln:1''',
     frule(None, {'anim2d': 2, 'role:storyboard': 1, 'role:motion graphics': 1, 'role:motion designer': 1}, physical=False))
need('hn09#4', 'slipway-music:3 saggar-sound-studio:3 kilnsong:2 trent-tunes-library:2 chapel-studios-audio:1',
     frule(None, {'role:composer': 3, 'role:film composer': 3, 'role:music supervisor': 0}, physical=False,
           types={'animation series', 'tv drama'}))
need('hn09#5', '''tunstall-sound:3 potteries-dubbing-theatre:3 echo-valley-audio:3 longton-audio:2 frame-and-forge-post:2
     soundhouse-stafford:1''',
     frule(None, {'role:re-recording mixer': 2, 'role:dialogue editor': 1, 'role:sound designer': 1}, physical=False))

CALDON = pt(53.0400, -1.9700)         # hn10 Froghall-Cheddleton
# hn10 AR heritage trail on the Caldon Canal (no bidder; North Staffs preferred)
need('hn10#1', '''peaklight-xr:3 hollow-reality:3 spatial-kiln:1 immerse-midlands:1 harecastle-interactive:1 tilemakers-co-op:1
     marl-valley-studios:1''',
     frule(None, {'role:unity developer': 1}, physical=False))
need('hn10#2', 'volumetric-stoke:3 peak-survey-aerial:3 skyward-staffs:2 trentside-drones:1 hollow-reality:1')
need('hn10#3', 'peaklight-xr:1',
     {**frule(CALDON, {'writer': 2, 'role:script editor': 1, 'role:story editor': 1, 'role:narrative designer': 1}, near=40),
      **{p['id']: 3 for p in FL if p.get('roles', [''])[0] == 'Writer' and (km(CALDON, p) or 999) <= 40}})
need('hn10#4', 'kiln-voices:3 clayworks-talent:3 soundhouse-stafford:2 midlands-models-and-presenters:1')
need('hn10#5', '''scribble-and-slip:3 plantpot-creative:2 oatcake-and-ink:2 marl-valley-studios:2 pip-and-kiln:1 otter-lane-animation:1
     glazeworks-motion:1 oddfellows-animation:1''',
     frule(None, {'anim2d': 2, 'role:storyboard': 1, 'concept': 1}, physical=False))

# ---------------------------------------------------------------- output
def main():
    rows = []
    for cid in sorted(CASES, key=lambda c: (c[:2] != 'hc', c[:2] != 'hs', c)):
        for k, v in sorted(CASES[cid].items(), key=lambda x: (-x[1], x[0])):
            assert 1 <= v <= 3
            rows.append((cid, k, v))
    with open(os.path.join(HERE, 'qrels.tsv'), 'w') as f:
        f.write('query-id\tcorpus-id\tscore\n')
        for r in rows: f.write('%s\t%s\t%d\n' % r)
    print(len(rows), 'judgements')

if __name__ == '__main__':
    if len(sys.argv) > 2 and sys.argv[1] == 'show': show(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    else: main()
