"""Shared helpers for the held-out judge: corpus loading and distances (standard library only)."""
import json, math, os
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, '..', '..', '..', '..', 'matcher', 'data', 'demo', 'cluster.jsonl')
P = [json.loads(l) for l in open(CORPUS)]
BY = {p['id']: p for p in P}
def km(a, b):
    la, lb = a.get('location') or {}, b.get('location') or {}
    if 'lat' not in la or 'lat' not in lb: return None
    R = 6371.0
    p1, p2 = math.radians(la['lat']), math.radians(lb['lat'])
    dp = p2 - p1; dl = math.radians(lb['lon'] - la['lon'])
    h = math.sin(dp/2)**2 + math.cos(p1)*math.cos(p2)*math.sin(dl/2)**2
    return 2*R*math.asin(math.sqrt(h))
STOKE = {'location': {'lat': 53.0027, 'lon': -2.1794}}
def text(p):
    return ' '.join([p.get('headline',''), p.get('summary',''), ' '.join(p.get('roles',[])), ' '.join(p.get('skills',[])),
                     ' '.join(p.get('equipment',[])), ' '.join(p.get('facilities',[])), ' '.join(p.get('sectors',[])),
                     ' '.join(c['title']+' '+c.get('role','')+' '+c.get('type','') for c in p.get('credits',[]))]).lower()

import re
CATS = [  # (category, regex on a role title), first match wins per role
    ('drone', r'drone|aerial'),
    ('steadicam', r'steadicam'),
    ('camera_assist', r'1st ac|2nd ac|focus puller|clapper|camera assistant|camera trainee|^dit$|digital imaging|data wrangler'),
    ('dop', r'^dop$|director of photography|cinematographer|lighting camera'),
    ('camera', r'camera op|shooter'),
    ('sound_prod', r'sound recordist|production sound|boom|sound assistant'),
    ('sound_post', r'sound designer|re-recording|dialogue editor|sound editor|foley'),
    ('music', r'composer|music supervisor'),
    ('writer', r'writer|script|story editor|narrative designer'),
    ('grade', r'colourist|grader'),
    ('finishing', r'online editor|finishing|post production supervisor|post producer'),
    ('edit', r'editor|edit assistant'),
    ('gaffer', r'^gaffer'),
    ('lighting', r'spark|best boy|best person|lighting|rigging electrician|genny|generator|^rigger$'),
    ('grip', r'grip'),
    ('ad', r'\bad\b|assistant director|3rd ad|floor runner'),
    ('runner', r'runner'),
    ('accounts', r'accountant'),
    ('games_prod', r'games producer'),
    ('line_producer', r'line producer|production manager|unit manager'),
    ('coord', r'coordinator|secretary|production assistant'),
    ('production_design', r'production designer|art director|set decorator|set dresser|art dep|art dept'),
    ('selfshoot', r'self-shooting|shooting director|shooting producer'),
    ('director', r'director'),
    ('producer', r'producer'),
    ('stunts', r'stunt'),
    ('continuity', r'continuity'),
    ('costume', r'costume|wardrobe|cutter'),
    ('hmu', r'make-up|hair|prosthetic'),
    ('locations', r'location (manager|scout|finder|assistant)|supervising location|assistant location|unit base'),
    ('catering', r'chef|caterer|catering'),
    ('transport', r'driver|facilities op'),
    ('props', r'prop|buyer'),
    ('construction', r'construction|carpenter|chippie|scenic'),
    ('anim2d', r'2d animator|animator \(2d\)|storyboard'),
    ('anim3d', r'3d animator|animator \(3d\)|cg animator|character animator|rigger|rigging td|cg generalist|3d modeller'),
    ('motion', r'motion|graphic designer'),
    ('vfx', r'vfx|compositor|roto'),
    ('concept', r'concept'),
    ('games_prog', r'programmer|developer'),
    ('games_art', r'3d artist|2d game artist|environment artist|character artist|tech(nical)? artist'),
    ('games_design', r'game designer|gameplay designer|level designer'),
    ('qa', r'\bqa\b'),
]
def cats_of_role(r):
    rl = r.lower()
    for c, rx in CATS:
        if re.search(rx, rl): return c
    return 'other'
def cats(p):
    return [cats_of_role(r) for r in p.get('roles', [])]
FL = [p for p in P if p['kind'] == 'freelancer']
def show(member_id, want, maxkm=999, extra=None):
    m = BY[member_id]
    rows = []
    for p in FL:
        cs = cats(p)
        if not set(cs) & set(want): continue
        d = km(m, p)
        if d is not None and d > maxkm: continue
        rows.append((d if d is not None else 9999, p))
    rows.sort(key=lambda x: x[0])
    for d, p in rows:
        cr = p.get('credits', [])
        ty = sorted(set(c.get('type','') for c in cr))
        print(f"{p['id']} {d:5.0f} {(p.get('location') or {}).get('town','NA'):12.12} | {', '.join(p.get('roles',[]))[:60]:60} | {', '.join(p.get('skills',[]))[:50]:50} | {len(cr)}cr {','.join(ty)[:60]}")
