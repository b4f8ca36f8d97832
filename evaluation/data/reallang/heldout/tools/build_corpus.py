"""Writes corpus.jsonl and profile_occupations.tsv (seeded, reproducible)."""
import json, random, re, sys, csv
from collections import defaultdict
import pandas as pd
sys.path.insert(0, __file__.rsplit('/', 1)[0])
import concepts as C

OUT = sys.argv[1]
REF = '/work/shared/reference/'
rng = random.Random(20270311)

def parse():
    con = {}
    for l in C.RAW.strip().split('\n'):
        cid, grp, n, credits, esco, alts, plain, equip, own = l.split('|')
        con[cid] = dict(cid=cid, grp=grp, n=int(n), credits=[x for x in credits.split(';') if x],
                        esco=esco, alts=[x for x in alts.split(';') if x], plain=plain,
                        equip=[x for x in equip.split(';') if x], own=[x for x in own.split(';') if x])
    fac = {}
    for l in C.FACILITIES.strip().split('\n'):
        cid, kind, n, plain, services, equip, fg = l.split('|')
        fac[cid] = dict(cid=cid, kind=kind, n=int(n), plain=plain, services=[x for x in services.split(';') if x],
                        equip=[x for x in equip.split(';') if x], facgroup=fg)
    cmain = [(l.split('|')[0], int(l.split('|')[1])) for l in C.COMPANY_MAIN.strip().split('\n')]
    return con, fac, cmain

con, fac, cmain = parse()

# ESCO skills per occupation: essential skill/competence, distinctive first
sk = pd.read_csv(REF + 'esco_screen_occupation_skills.csv')
cnt = sk.skill.value_counts()
esco_sk = defaultdict(list)
for occ, g in sk[sk.skill_type == 'skill/competence'].groupby('occupation'):
    g = g.assign(c=g.skill.map(cnt), e=(g.relation != 'essential').astype(int)).sort_values(['c', 'e'])
    esco_sk[occ] = [s for s in g.skill.tolist() if cnt[s] <= 30]

PLACES = [("Leek","ST13",53.1015,-2.0199),("Hanley","ST1",53.0252,-2.1746),("Stoke-on-Trent","ST4",52.9978,-2.1835),
 ("Longton","ST3",52.9811,-2.1228),("Newcastle-under-Lyme","ST5",53.0151,-2.2394),("Burslem","ST6",53.0565,-2.1921),
 ("Kidsgrove","ST7",53.0881,-2.2674),("Biddulph","ST8",53.1155,-2.1686),("Endon","ST9",53.0496,-2.1038),
 ("Cheadle","ST10",52.9885,-1.9661),("Cheddleton","ST11",52.9669,-2.0676),("Barlaston","ST12",52.9539,-2.1723),
 ("Uttoxeter","ST14",52.9035,-1.8694),("Stone","ST15",52.8984,-2.1514),("Stafford","ST16",52.8107,-2.1211),
 ("Penkridge","ST19",52.7162,-2.1453),("Eccleshall","ST21",52.8689,-2.2630),("Burntwood","WS7",52.6804,-1.9158),
 ("Cannock","WS11",52.6887,-2.0162),("Hednesford","WS12",52.7031,-2.0028),("Lichfield","WS13",52.6924,-1.8168),
 ("Rugeley","WS15",52.7587,-1.9199),("Burton upon Trent","DE14",52.8071,-1.6391),("Barton-under-Needwood","DE13",52.8074,-1.6884),
 ("Swadlincote","DE11",52.7730,-1.5567),("Matlock","DE4",53.1433,-1.5846),("Ripley","DE5",53.0565,-1.4255),
 ("Ashbourne","DE6",52.9632,-1.6688),("Bakewell","DE45",53.2142,-1.6775),("Belper","DE56",53.0214,-1.4772),
 ("Alfreton","DE55",53.0996,-1.3724),("Buxton","SK17",53.2471,-1.8846),("Macclesfield","SK11",53.2477,-2.1426),
 ("Bollington","SK10",53.2736,-2.1300),("Poynton","SK12",53.3501,-2.0180),("Glossop","SK13",53.4476,-1.9635),
 ("Crewe","CW1",53.0997,-2.4306),("Nantwich","CW5",53.0635,-2.5223),("Holmes Chapel","CW4",53.2040,-2.3409),
 ("Tarporley","CW6",53.1614,-2.6672),("Winsford","CW7",53.1908,-2.5273),("Northwich","CW8",53.2539,-2.5594),
 ("Middlewich","CW10",53.1889,-2.4486),("Sandbach","CW11",53.1433,-2.3653),("Congleton","CW12",53.1665,-2.2159),
 ("Alsager","ST7",53.0950,-2.3060)]

FIRST = """Amira Ben Callum Chloe Dev Ellie Fraser Grace Harvey Isla Jas Kieran Lauren Mo Niamh Owen Priya Rhys Sian Tom
Una Vikram Wren Yusuf Zara Alfie Beth Connor Daisy Euan Freya Gethin Hollie Imran Jade Kai Leah Marcus Nadia Ollie Poppy
Rob Saira Tariq Ursula Vince Will Abi Bryony Carys Dom Esme Femi Gemma Hamza Ivy Jack Kasia Lewis Mairead Nathan Orla
Paddy Rosa Stan Tilly Ade Bea Cal Dee Evie Finn Gina Hal Ines Jonah Kat Luca Mia Ned Pia Ray Sol Tess Zac Asha Bram
Cleo Dara Enzo Faye Gus Hana Ike Jude Lola Milo Noor Rafe Sana Theo Uma Vera""".split()
LAST = """Adeyemi Bagley Baxter Beech Bould Brindley Cartlidge Chell Clowes Colclough Deakin Dutton Edge Fenton Finney Goodwin
Hackney Hammersley Heath Hollins Hulme Ikin Jervis Kettle Lovatt Machin Mellor Moss Nixon Oakden Plant Poole Rhead Salt
Shenton Simcock Stubbs Tams Tatton Turnock Unwin Vyse Walley Wedgwood Whieldon Wood Yates Ahmed Begum Chauhan Dhillon
Edwards Fletcher Gill Hussain Iqbal Jones Kaur Lees Malik Nowak Okafor Patel Quinn Rahman Sharma Thompson Varley Wright
Zielinski Brough Cotton Dale Emery Ford Gibbs Hurst Ingham Jolley Kirk Lomas Mottram Needham Orme Pointon Redfern Sherratt
Torr Wardle""".split()
CO_A = """Trentside Moorland Kiln Lane Potbank Roaches Churnet Dove Valley Manifold Gritstone Saggar Marl Hill Bottle Oven
Wharf Street Canal Side Cloud End Mow Cop Hen Cloud Weaver Dane Bridge Peak Gate Cauldon Froghall Hartington Tittesworth
Etruria Jasper Longport Flint Mill Chatterley Silverdale Weston Coyney Copeland Minton Spode Goyt Derwent Wye Hope""".split('\n')
CO_A = [x for line in CO_A for x in line.split()]
CO_WORDS = ["Trentside","Moorland","Kiln Lane","Potbank","Roaches","Churnet","Dove Valley","Manifold","Gritstone","Saggar",
 "Marl Hill","Bottle Oven","Wharf Street","Canal Side","Cloud End","Hen Cloud","Weaver","Dane Bridge","Peak Gate","Cauldon",
 "Froghall","Etruria","Jasper","Longport","Flint Mill","Chatterley","Silverdale","Copeland","Goyt","Derwent","Wye","Hope Valley",
 "Tittesworth","Mow Cop","Cheshire Plain","Sandstone","Needwood","Cannock Chase","Staffs","Peakland","Shelton","Ironbridge Yard",
 "Brindley","Caldon","Rudyard","Winnats","Mam Tor","Kinder","Biddulph Grange","Trent & Mersey"]
TITLE_A = ["The Bottle Kiln","Marl Pit","Saggar Makers","Hollow Ground","Churnet Light","The Long Firing","Cold Clay",
 "Glaze","Ember Street","The Weaver's Daughter","Roaches","Slip House","Grit","Night Shift at Shelton","Kiln Fire",
 "The Last Placer","Copper Lustre","Wharf Lane","Dane Valley","Black Brook","The Crucible Year","Salt Glaze","Moorland Rain",
 "Kinder Low","The Lock Keeper","Burning Tide","Flint","Iron Sky","The Quiet Pit","Shale","Red Marl","Stone Circle",
 "Under Mow Cop","The Potter's Field","Winter Wakes","Fireclay","Chatterley Road","The Navigation","Ghosts of Longport",
 "Cobalt","Tunstall Nights","Hard Water","The Peak Road","Heathland","The Guillotine Lock","Blue Jasper","Northern Lights Over Leek",
 "Dark Peak","Green Bank","Silent Kilns","The Carrier","Limestone","Vale Road","Brine","Lantern Hill","Hearth"]
TYPES = {'film':['feature','short'],'tv':['series','series','documentary'],'commercials':['commercial'],
         'games':['game'],'animation':['animated series','feature'],'music videos':['music video'],'corporate':['corporate']}
GROUP_SECTORS = {'dir':['film','tv','commercials'],'prod':['film','tv'],'cast':['film','tv','commercials'],'write':['film','tv'],
 'cam':['film','tv','commercials','music videos'],'grip':['film','tv','commercials'],'elec':['film','tv','commercials'],
 'snd-prod':['film','tv','commercials'],'snd-post':['film','tv','games'],'music':['film','tv','games'],'edit':['film','tv','commercials'],
 'access':['tv','film'],'art':['film','tv','commercials'],'props':['film','tv','commercials'],'constr':['film','tv'],
 'costume':['film','tv'],'hmu':['film','tv','commercials'],'sfx':['film','tv','commercials'],'vfx':['film','tv','commercials','games'],
 'anim':['animation','tv','games','commercials'],'stunts':['film','tv'],'talent':['film','tv','commercials'],'facilities':['film','tv','commercials']}
PRODS = {'film':['indie features','low-budget features','BFI-backed short films','feature films'],
 'tv':['returning drama series','HETV drama','period drama','factual series','children\'s drama','continuing drama','documentaries'],
 'commercials':['commercials','branded content','car commercials'],'games':['game cinematics','AAA games','indie games'],
 'animation':['pre-school animated series','animated shorts','animated features'],'music videos':['music videos'],'corporate':['corporate films']}

used_names = set()
def person_name():
    while True:
        n = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if n not in used_names:
            used_names.add(n); return n

used_co = set()
def company_name(suffixes):
    while True:
        n = f"{rng.choice(CO_WORDS)} {rng.choice(suffixes)}"
        if n not in used_co:
            used_co.add(n); return n

def cap(s): return s[0].upper() + s[1:]
VERBS = set("""moulds ages alters animates applies arranges assembles backs bids books breaks builds buys casts certifies chaperones checks
cleans clears coaches combines conducts conforms controls cooks cues cuts delivers designs develops directs draws dresses drives dyes
edits finances finds finishes fires fits flies gives grades guards handles hands heads hires interprets issues keeps knots lays leads
learns lights loads looks maintains makes matches mixes moves negotiates operates orchestrates organises oversees paints performs
photographs places plans plays powers pre-rigs preps programs provides pulls pushes records renders researches rigs rotoscopes runs
scans schedules sculpts sees sets shapes shepherds shoots signs simulates slates sources splits stages stands strikes styles
supervises supplies supports swings syncs teaches touches tracks trains translates turns tutors voices works writes""".split())
def base(v):
    if v.endswith('ies'): return v[:-3] + 'y'
    if v.endswith(('ches', 'shes', 'sses', 'xes')): return v[:-2]
    return v[:-1]
def first_person(plain):
    return re.sub(r"(^|, | and | or )([a-z\-]+)", lambda m: m.group(1) + (base(m.group(2)) if m.group(2) in VERBS else m.group(2)), plain)
def article(w): return 'an' if w[0].lower() in 'aeiou' and not w.startswith('uni') else 'a'
def join_and(xs):
    xs = list(xs)
    return xs[0] if len(xs) == 1 else ', '.join(xs[:-1]) + ' and ' + xs[-1]

def neighbours(cid):
    close = []
    for l in C.CLOSE.strip().split('\n'):
        if l in C.SPOTCHECK_CLOSE: l = 'rigging-grip>grip' if l == 'rigging-grip=grip' else None
        if l is None: continue
        m = re.match(r'(.+?)([=>])(.+)', l); a, op, b = m.groups()
        if a == cid: close.append(b)
        if b == cid and op == '=': close.append(a)
    return close

def role_label(c, variant):
    if variant == 'credit' and c['credits']: return rng.choice(c['credits'])
    if variant == 'esco' and c['cid'] in C.ESCO_PRIMARY:
        return cap(C.ESCO_ROLE_LABEL.get(c['cid'], c['esco']))
    if c['alts']: return cap(rng.choice(c['alts']))
    return c['credits'][0]

def credits_for(role, sectors, k):
    out = []
    for _ in range(k):
        sec = rng.choice(sectors)
        typ = rng.choice(TYPES.get(sec, ['feature']))
        out.append({"title": rng.choice(TITLE_A), "year": rng.randint(2015, 2026), "role": role, "type": typ})
    return sorted(out, key=lambda x: -x['year'])

def skills_for(c, k):
    es = esco_sk.get(c['esco'], [])
    pick = []
    if es:
        top = es[:12]
        pick = rng.sample(top, min(len(top), rng.randint(2, 4)))
    own = rng.sample(c['own'], min(len(c['own']), rng.randint(1, 3)))
    return pick + own

OPEN = [
 "{Role} based in {town}, {years} years in the business.",
 "I'm {a} {role} living in {town} and working across the Midlands and the North West.",
 "{Role} from {town}. I've worked in the industry for {years} years.",
 "Freelance {role_l}, {town}-based, {years} years on set and in prep.",
 "Hi, I'm {first}. I work as {a} {role_l} and I'm based near {town}.",
 "{years} years as {a} {role_l}; home is {town}, but I travel for work.",
]
OPEN_PLAIN = [
 "Based in {town}. I {plain}.",
 "I'm {first}, from {town}: I {plain}.",
 "{years} years' experience. Day to day I {plain}.",
]
WORK = [
 "Most of my work is {prods} and {prods2}.",
 "Recent work includes {prods} and {prods2}.",
 "Credits span {prods}, {prods2} and the odd short.",
 "I've worked on {prods} as well as {prods2}.",
 "Mainly {prods}, with some {prods2} between jobs.",
]
SKILLS_V = ["I can {v}.", "Happy to {v}.", "Day to day I {v}.", "Experienced: I {v}."]
SKILLS_N = ["Strong on {n}.", "Specialisms: {n}.", "Known for {n}.", "Comfortable with {n}."]
SECOND = [
 "I also work as {a2} {role2_l}.", "I step up as {a2} {role2_l} on smaller jobs.", "Also available as {a2} {role2_l}.",
]
CLOSE_S = [
 "Full driving licence, own car.", "Happy to travel and stay away.", "Available for dailies and full runs.",
 "DBS checked.", "Own kit, fully insured.", "Can recommend a team.", "Keen to work on more local productions.", "",
]

profiles, occ_rows = [], []
pid = 0
def new_id():
    global pid; pid += 1; return f"rl-{pid:04d}"

def place():
    return rng.choice(PLACES)

def loc(p):
    town, dist, lat, lon = p
    j = lambda: round(rng.uniform(-0.01, 0.01), 4)
    return {"town": town, "postcode": dist, "lat": round(lat + j(), 4), "lon": round(lon + j(), 4)}

def freelancer(c, variant, second=None):
    name = person_name(); first = name.split()[0]
    p = place(); town = p[0]
    role = role_label(c, variant)
    years = rng.choice([3, 4, 5, 6, 8, 10, 12, 15, 18, 20, 25])
    sectors = GROUP_SECTORS[c['grp']][:]
    rng.shuffle(sectors); sectors = sectors[:rng.randint(1, len(sectors))]
    prodpool = [x for s in sectors for x in PRODS.get(s, [])]
    prods = rng.sample(prodpool, 2) if len(prodpool) >= 2 else prodpool * 2
    sks = skills_for(c, 4)
    roles = [role]
    # summary
    parts = []
    if variant == 'plain':
        parts.append(rng.choice(OPEN_PLAIN).format(town=town, first=first, plain=first_person(c['plain']), years=years))
        headline = cap(c['plain'])
        if rng.random() < 0.5: headline = headline.split(',')[0]
    else:
        rl = role if (role[:2].isupper() or variant == 'credit') else role[0].lower() + role[1:]
        parts.append(rng.choice(OPEN).format(Role=role, role=rl, role_l=rl, a=article(role), town=town, years=years, first=first))
        parts.append("I " + first_person(c['plain']) + ".")
        headline = f"{role} \u2014 " + ", ".join(prods)
    parts.append(rng.choice(WORK).format(prods=prods[0], prods2=prods[1]))
    skl = [s for s in sks]
    ev = [x for x in skl if x not in c['own']]; ow = [x for x in skl if x in c['own']]
    if ev: parts.append(rng.choice(SKILLS_V).format(v=join_and(ev[:3])))
    if ow: parts.append(rng.choice(SKILLS_N).format(n=join_and(ow)))
    if second is not None:
        c2 = con[second]
        r2 = role_label(c2, rng.choice(['credit', 'alt']))
        roles.append(r2)
        parts.append(rng.choice(SECOND).format(a2=article(r2), role2_l=r2 if r2[:2].isupper() else r2[0].lower()+r2[1:]))
    parts.append(rng.choice(CLOSE_S))
    summary = ' '.join(x for x in parts if x)
    cr = credits_for(role, sectors, rng.randint(1, 4))
    rate = rng.choice([180, 220, 250, 280, 300, 350, 400, 450, 500, 600])
    prof = {"id": new_id(), "kind": "freelancer", "name": name, "headline": headline, "summary": summary,
            "roles": roles, "skills": skl, "equipment": rng.sample(c['equip'], min(len(c['equip']), rng.randint(0, 2))),
            "sectors": sectors, "languages": ["English"] + (["Welsh"] if rng.random() < 0.04 else []) + (["Polish"] if rng.random() < 0.03 else []),
            "credits": cr, "location": loc(p), "travel_radius_km": rng.choice([30, 50, 80, 100, 150, 250]),
            "day_rate_gbp": {"min": rate, "max": rate + rng.choice([0, 50, 100])},
            "contact": {"email": f"{name.lower().replace(' ', '.')}@example.com", "phone": None, "website": None},
            "visibility": rng.choice(["public", "public", "members"])}
    profiles.append(prof)
    occ_rows.append((prof['id'], 'freelancer', c['cid'], second or '', variant, role))

VARIANTS = ['credit', 'esco', 'alt', 'plain']
for cid, c in con.items():
    vs = [v for v in VARIANTS if (v != 'credit' or c['credits']) and (v != 'esco' or cid in C.ESCO_PRIMARY)]
    rng.shuffle(vs)
    nb = neighbours(cid)
    for i in range(c['n']):
        v = vs[i % len(vs)]
        second = rng.choice(nb) if nb and rng.random() < 0.25 else None
        freelancer(c, v, second)

FAC_SUFFIX = {'camera-hire': ['Camera Hire', 'Cameras', 'Camera Rental'], 'lighting-hire': ['Lighting', 'Lighting Hire', 'Lamps & Power'],
 'grip-hire': ['Grip Hire', 'Grips'], 'post-house': ['Post', 'Post Production', 'Pictures'], 'audio-post': ['Sound', 'Audio Post', 'Dubbing'],
 'vfx-studio': ['VFX', 'Visual Effects', 'Digital'], 'animation-studio': ['Animation', 'Animation Studio', 'Motion'],
 'costume-hire': ['Costume Hire', 'Costumiers', 'Wardrobe'], 'props-hire': ['Prop Hire', 'Props', 'Prop House'],
 'studio-stages': ['Studios', 'Film Studios', 'Stages'], 'unit-facilities': ['Facilities', 'Location Facilities', 'Unit Services']}
FAC_FAC = {'camera-hire': ['prep bays', 'lens test projector'], 'lighting-hire': ['generator yard', 'prep warehouse'], 'grip-hire': ['prep warehouse'],
 'post-house': ['grading theatre', 'offline suites', 'online suite'], 'audio-post': ['Dolby Atmos dubbing theatre', 'foley stage', 'ADR booth'],
 'vfx-studio': ['render farm', 'review theatre'], 'animation-studio': ['stop-motion stage', 'animation floor'], 'costume-hire': ['fitting rooms', 'costume store'],
 'props-hire': ['prop warehouse', 'loading bay'], 'studio-stages': ['sound stages', 'workshops', 'production offices', 'car park for unit base'],
 'unit-facilities': ['honeywagons', 'dining buses', 'artist trailers']}
FAC_OPEN = ["Based in {town}, {Name} is {a} {plain}.", "We are {a} {plain}, based in {town} and serving productions across Staffordshire, Cheshire and Derbyshire.",
            "Family-run {plain} on the edge of {town}.", "{Name}: {plain}. Based in {town} since {year}."]
for fid, f in fac.items():
    for i in range(f['n']):
        p = place(); name = company_name(FAC_SUFFIX[fid])
        svc_labels = []
        for s in f['services']:
            c = con[s]; svc_labels.append(role_label(c, rng.choice(['credit', 'alt', 'esco'])))
        k = len(f['services'])
        svc_take = rng.sample(range(k), rng.randint(min(k, 2), k)) if k else []
        svcs = [f['services'][j] for j in sorted(svc_take)]
        svl = [svc_labels[j] for j in sorted(svc_take)]
        parts = [rng.choice(FAC_OPEN).format(Name=name, a=article(f['plain']), plain=f['plain'], town=p[0], year=rng.randint(1988, 2021))]
        if svl: parts.append(f"Our team covers {join_and([x[0].lower()+x[1:] if not x[:2].isupper() else x for x in svl])}.")
        parts.append(rng.choice(["We work on features, HETV and commercials.", "Clients include drama series, indie features and commercials.",
                                 "Regular suppliers to regional drama, factual and commercials.", "Day and weekly rates; ask about long-form deals."]))
        prof = {"id": new_id(), "kind": f['kind'], "name": name, "headline": cap(f['plain']), "summary": ' '.join(parts),
                "roles": svl if svl else [cap(f['plain'].split(':')[0])], "skills": [], "equipment": rng.sample(f['equip'], min(len(f['equip']), rng.randint(1, 3))),
                "facilities": rng.sample(FAC_FAC[fid], rng.randint(1, len(FAC_FAC[fid]))),
                "sectors": rng.sample(['film', 'tv', 'commercials', 'games', 'animation'], 3), "languages": ["English"],
                "credits": credits_for(svl[0] if svl else 'Facilities', ['film', 'tv', 'commercials'], rng.randint(1, 3)),
                "location": loc(p), "travel_radius_km": rng.choice([100, 150, 250, 400]),
                "company": {"number": f"{rng.randint(10000000, 15999999)}", "founded": rng.randint(1988, 2022), "employees": rng.choice([3, 5, 8, 12, 20, 35]), "stage": "established"},
                "contact": {"email": f"hello@{name.lower().replace(' ', '').replace('&','and')}.example.com", "phone": None, "website": None},
                "visibility": "public"}
        profiles.append(prof)
        occ_rows.append((prof['id'], f['kind'], fid, ';'.join(svcs), 'facility', ''))

CM_SUFFIX = {'casting-director': ['Casting'], 'caterer': ['Location Catering', 'Film Catering', 'Kitchen'], 'security': ['Security', 'Site Security'],
 'transport-coordinator': ['Film Transport', 'Unit Transport'], 'stunt-coordinator': ['Stunts', 'Action Unit'], 'sfx-supervisor': ['SFX', 'Special Effects'],
 'drone-pilot': ['Aerial', 'Drones'], 'location-manager': ['Locations', 'Location Services'], 'subtitler': ['Subtitles', 'Access Services'],
 'set-medic': ['Medical', 'Event Medics'], 'animal-wrangler': ['Animals', 'Animal Actors'], 'film-lab': ['Film Lab'], 'prosthetics': ['Creature Effects', 'Prosthetics'],
 'marine-coordinator': ['Marine', 'Water Safety'], 'sfx-tech': ['Effects', 'Atmospherics'], 'dit': ['Data', 'Digital Dailies']}
for cid, n in cmain:
    c = con[cid]
    for i in range(n):
        p = place(); name = company_name(CM_SUFFIX[cid])
        r = role_label(c, rng.choice(['credit', 'alt', 'esco']))
        plain = c['plain']
        # company voice: "we ..."
        parts = [f"{name} is a {p[0]}-based company: we {first_person(plain)}.",
                 rng.choice(["Working with drama, features and commercials since {y}.".format(y=rng.randint(1995, 2020)),
                             "A small team with a big book of regional productions.", "Fully insured; risk assessments supplied."])]
        sks = skills_for(c, 3)
        ev = [x for x in sks if x not in c['own']]; ow = [x for x in sks if x in c['own']]
        if ev: parts.append("We " + join_and(ev[:3]) + ".")
        if ow: parts.append("Services: " + join_and(ow) + ".")
        prof = {"id": new_id(), "kind": "company", "name": name, "headline": f"{r} for film and TV",
                "summary": ' '.join(parts), "roles": [r], "skills": sks, "equipment": rng.sample(c['equip'], min(len(c['equip']), rng.randint(0, 2))),
                "sectors": GROUP_SECTORS[c['grp']][:2], "languages": ["English"],
                "credits": credits_for(r, ['film', 'tv'], rng.randint(1, 3)), "location": loc(p), "travel_radius_km": rng.choice([100, 200, 400]),
                "company": {"number": f"{rng.randint(10000000, 15999999)}", "founded": rng.randint(1995, 2022), "employees": rng.choice([2, 4, 6, 10, 25]), "stage": "established"},
                "contact": {"email": f"office@{name.lower().replace(' ', '')}.example.com", "phone": None, "website": None},
                "visibility": "public"}
        profiles.append(prof)
        occ_rows.append((prof['id'], 'company', cid, '', 'company-main', r))

# shuffle order so ids are not grouped by occupation
order = list(range(len(profiles))); rng.shuffle(order)
remap = {}
for new_i, old_i in enumerate(order):
    remap[profiles[old_i]['id']] = f"rl-{new_i+1:04d}"
for p in profiles: p['id'] = remap[p['id']]
occ_rows = [(remap[r[0]],) + r[1:] for r in occ_rows]
profiles.sort(key=lambda p: p['id']); occ_rows.sort()
with open(OUT + '/corpus.jsonl', 'w') as f:
    for p in profiles: f.write(json.dumps(p, ensure_ascii=False) + '\n')
with open(OUT + '/profile_occupations.tsv', 'w') as f:
    f.write('corpus-id\tkind\tmain_occupation\tsecondary_or_services\twording\trole_as_written\n')
    for r in occ_rows: f.write('\t'.join(r) + '\n')
print(len(profiles), sum(p['kind'] != 'freelancer' for p in profiles))
