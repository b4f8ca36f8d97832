"""Writes heldout/queries.jsonl: the 30 fresh held-out cases as the independent author wrote them.
Members were chosen by hand (none used in dev/queries.jsonl, as member or as named bidder);
the opportunities are new texts written for this set."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
COMP = ['co-glazeworks-motion', 'co-trent-mersey-productions', 'co-kingfisher-lane-factual',
        'co-colliery-nights-ltd', 'co-marl-and-pike', 'co-scribble-and-slip', 'co-sparks-and-sons-lighting',
        'fa-shelton-grade-suite', 'fa-hollinshead-hall-estate', 'co-spatial-kiln',
        'fl-0301', 'fl-0214', 'fl-0557']
SIM = ['co-tame-valley-video', 'co-canal-critter-co', 'co-glaze-runner-studio', 'co-skyward-staffs',
       'fa-kiln-edit-rooms', 'co-oatcake-kitchen-catering', 'fl-0213']
CONS = [
 ('co-stafford-frame',
  "Staffordshire County Council - Road Safety Partnership. Invitation to Quote SCC/RS/27-014: 'Arrive Alive' young driver films. "
  "We are commissioning three short drama-reconstruction films (3-4 minutes each) for use in sixth forms and colleges, showing the "
  "moments before and after a crash caused by distraction. The films will be shot on closed rural roads in the county and must be "
  "performed safely: the supplier must provide a qualified stunt coordinator and precision driving, and arrange the road closures and "
  "traffic management with the highways authority. Cast should be young actors aged 17-24 who look their age. A camera tracking "
  "vehicle or car rig is expected for the driving scenes. Each film needs a subtitled version and versions with Urdu and Polish "
  "subtitles for community groups. Budget: up to GBP 38,000 ex VAT for all three films. Suppliers or lead contractors must be based in "
  "Staffordshire. Quotes by 29 January 2027; filming in April 2027 (Easter holidays). Lead bidder: Stafford Frame, who will produce and "
  "edit in-house.",
  ['stunt coordinator and precision driving', 'road closures and traffic management', 'casting young actors aged 17-24',
   'car-to-car tracking vehicle or car rig', 'subtitles including Urdu and Polish versions']),
 ('co-harecastle-films',
  "Broadcaster commission (history and learning strand): 'Cut Through: The Canals That Made the Midlands', 3 x 60' for a national "
  "broadcaster's history slot, with an online learning package for schools. Harecastle Films, Kidsgrove, holds the development deal and "
  "will self-shoot the industrial and underwater-adjacent sequences itself. For the production it needs a presenter with broadcast "
  "history experience, archive research and clearance of film and photographic archive, drone aerials along the Trent & Mersey and "
  "Caldon canals, CGI reconstructions of canal and tunnel construction in the 1770s, an online edit, grade and broadcast deliverables "
  "to the broadcaster's technical spec, and an original score. Budget GBP 165k per hour. Delivery for transmission autumn 2027.",
  ['presenter with history broadcasting experience', 'archive research and clearance', 'drone aerials along the canals',
   'CGI reconstructions of 18th-century construction', 'online edit, grade and broadcast deliverables', 'original score']),
 ('co-tea-break-studios',
  "Games publisher call: 'Cosy Quarter' incubation programme, round 3. A UK indie publisher invites small studios with a playable "
  "prototype to bid for up to GBP 120,000 to take a cosy or management game to vertical slice in six months. Applicants must show "
  "how they will deliver: performance capture for character animation, a voiced cast with recording, 2D key art and concept art for "
  "marketing and store pages, adaptive music implemented in middleware (Wwise or FMOD), and external playtesting and QA. Lead "
  "applicant: Tea Break Studios (Newcastle-under-Lyme, Unity, six staff) with its canal boat hire management prototype. Deadline "
  "28 February 2027.",
  ['motion or performance capture', 'voice cast and voice recording', '2D key art and concept art', 'adaptive music with Wwise or FMOD',
   'external playtesting and QA']),
 (None,
  "Invitation to tender: digital capture of 'The Clayhanger Plays'. A producing theatre in Newcastle-under-Lyme is touring a new "
  "trilogy in spring 2027 and wants each play captured live in front of an audience for streaming to schools and a paid online "
  "season. Requirements: unobtrusive multi-camera capture of a theatre-in-the-round performance; live streaming with ticketed "
  "access; captioned and audio-described versions; a 60-second trailer and social cut-downs for each play; and production stills "
  "from the dress rehearsals. Budget up to GBP 24,000. Suppliers may bid alone or as a consortium. Returns by 15 January 2027.",
  ['multi-camera theatre capture', 'ticketed live streaming', 'captions and audio description', 'trailers and social cut-downs',
   'production stills photography']),
 (None,
  "Agency brief: launch film for the new all-electric 'Moorland' SUV from a Midlands car dealer group. We want a 60-second hero film "
  "and 6 x 15-second cut-downs for social and dealership screens. Treatment: the car driving the Moorlands roads at dawn, shot "
  "car-to-car with an arm rig, intercut with studio beauty shots on a white cove and a CGI 'x-ray' of the battery and drivetrain. A "
  "presenter fronts the social versions. Budget GBP 85k all-in, shoot May 2027, delivery June 2027. Please tell us who your "
  "tracking vehicle supplier, studio and CGI partner are.",
  ['car-to-car tracking with an arm rig', 'drive-in studio with white cove', 'CGI of the car and its battery', 'presenter for social versions',
   'music for the hero film']),
 ('co-hedgerow-media',
  "Event coverage tender: Uttoxeter & District County Show, 3-4 July 2027. The show society seeks a lead contractor for screen and "
  "video services: big screens at the main ring and the livestock ring; live multi-camera coverage of the main ring programme with "
  "commentary fed to the screens; a tethered or drone aerial camera for the grand parade; a web livestream of the main ring; and "
  "same-day highlights films for social media each evening. Hedgerow Media (Uttoxeter) is forming a consortium to bid and will "
  "produce the highlights itself. Budget GBP 30,000 for both days. Tender closes 12 March 2027.",
  ['mobile LED big screens', 'live multi-camera ring coverage', 'tethered drone aerial camera', 'web livestream', 'same-day highlights edits']),
 ('co-moorland-light-pictures',
  "Screen agency short film fund (West Midlands, 2027 round): up to GBP 25,000 for a live-action short by an emerging writer-director. "
  "Moorland Light Pictures is applying with 'Edge', a 12-minute folk horror set over one night in a disused gritstone quarry. The "
  "application must name the key partners: night exterior lighting with generator and crew, a prosthetics and SFX make-up artist for "
  "the creature, creature VFX for three shots, a stunt coordinator for a fall sequence, a quarry location with access for a small "
  "unit, and sound design and a final mix. Applicants must be based in the West Midlands. Deadline 3 February 2027.",
  ['night exterior lighting with generator and crew', 'prosthetics and SFX make-up', 'creature VFX', 'stunt coordinator for a fall',
   'disused quarry location', 'sound design and final mix']),
 (None,
  "Stoke-on-Trent City Council, Adult and Community Learning: 'Screen Ready 2027' new entrant bootcamp, call for delivery partners. "
  "Funded places for 20 unemployed adults over 12 weeks. Partners are sought to deliver: production health and safety and first aid "
  "certification; edit software training in Avid and Resolve; hands-on camera and lighting workshops with professional kit; paid "
  "placements on live productions in the city; and access and inclusion support for disabled and neurodivergent learners. Delivery "
  "must take place within Stoke-on-Trent. Contract value GBP 60,000. Expressions of interest by 22 January 2027.",
  ['health and safety and first aid certification', 'Avid and Resolve edit training', 'camera and lighting workshops with kit',
   'paid placements on live productions', 'access and inclusion support']),
 (None,
  "Children's broadcaster commission: 'Kiln Lab', 10 x 11' science series for 6-9 year olds, mixing a young presenter team in a "
  "studio with animated explanations. The commission requires a green screen or cyc studio for four weeks, casting of child "
  "presenters with licensing and chaperones, 2D animated explainer inserts (about 3 minutes per episode), a composer for the theme "
  "and underscore, and a broadcast audio mix. Regional production is a condition: at least 70% of spend outside London. Budget "
  "GBP 48k per episode. Pitches by 5 March 2027.",
  ['green screen or cyc studio', 'child presenter casting, licensing and chaperones', '2D animated explainer inserts',
   'composer for theme and underscore', 'broadcast audio mix']),
 (None,
  "Heritage fund brief: 'Caldon Voices' AR trail. A canal trust seeks a team to create a 6 km augmented-reality trail along the "
  "Caldon Canal from Froghall to Cheddleton, revealing the lost limestone industry. Needs: AR app design and build for phones; 3D "
  "scans and photogrammetry of the wharves, kilns and a restored boat; short stories written by a local writer; recorded narration "
  "and character voices; and illustrated 2D animation overlays. The trust prefers North Staffordshire partners. Budget GBP 55,000; "
  "launch summer 2027.",
  ['AR app design and build', '3D scanning and photogrammetry', 'local writer for short stories', 'narration and character voices',
   'illustrated 2D animation overlays']),
]
rows = []
for i, m in enumerate(COMP, 1):
    rows.append({'_id': f'hc{i:02d}', 'mode': 'collaborator', 'profile_id': m, 'relation': 'complementary'})
for i, m in enumerate(SIM, 1):
    rows.append({'_id': f'hs{i:02d}', 'mode': 'collaborator', 'profile_id': m, 'relation': 'similar'})
for i, (bid, text, needs) in enumerate(CONS, 1):
    r = {'_id': f'hn{i:02d}', 'mode': 'collaborator', 'text': text}
    if bid: r['profile_id'] = bid
    r['needs'] = needs
    r['metadata'] = {'needs': [{'label': n, 'role': None} for n in needs], 'author': 'independent'}
    rows.append(r)
if __name__ == '__main__':
    with open(os.path.join(HERE, 'queries.jsonl'), 'w') as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(rows), 'cases')
