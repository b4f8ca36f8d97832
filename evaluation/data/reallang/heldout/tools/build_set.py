"""Queries, relations.tsv, qrels (dev/heldout). Seeded and reproducible."""
import json, random, re, sys, csv, os
from collections import defaultdict, Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import concepts as C, queries_spec as Q, briefs_spec as B, close_reasons as CR
import esco_desc, skill_desc

OUT = sys.argv[1]
STAGE = sys.argv[2]  # 'queries' (queries + relations only) or 'qrels'
rng = random.Random(424242)
GROUP_LABEL = {'dir': 'directing', 'prod': 'production', 'cast': 'casting', 'write': 'writing', 'cam': 'camera', 'grip': 'grip',
 'elec': 'lighting (electrical)', 'snd-prod': 'production sound', 'snd-post': 'post-production sound', 'music': 'music',
 'edit': 'editing and picture post', 'art': 'art department', 'props': 'props and set dressing', 'constr': 'construction',
 'costume': 'costume', 'hmu': 'hair and make-up', 'sfx': 'special (physical) effects', 'vfx': 'visual effects', 'anim': 'animation',
 'stunts': 'stunts and action', 'talent': 'performance support', 'facilities': 'unit facilities', 'access': 'access services'}

con = {}
for l in C.RAW.strip().split('\n'):
    p = l.split('|'); con[p[0]] = dict(grp=p[1], credits=p[3], esco=p[4])
fac = {}
for l in C.FACILITIES.strip().split('\n'):
    cid, kind, n, plain, services, equip, fg = l.split('|')
    fac[cid] = dict(services=[x for x in services.split(';') if x], facgroup=fg, plain=plain)

close = defaultdict(dict)  # close[a][b] = reason (query a, profile b)
for l in C.CLOSE.strip().split('\n'):
    a, op, b = re.match(r'(.+?)([=>])(.+)', l).groups()
    close[a][b] = CR.R[l]
    if op == '=': close[b][a] = CR.R[l]
rel1 = defaultdict(set)
for l in C.REL.strip().split('\n'):
    a, b = l.split('~'); rel1[a].add(b); rel1[b].add(a)

def concept_rel(c):
    r = {c: (3, 'same occupation')}
    for b, why in close[c].items(): r.setdefault(b, (2, why))
    g = con[c]['grp']
    if g not in C.NO_GROUP_DEFAULT:
        for b, v in con.items():
            if v['grp'] == g and b not in r: r[b] = (1, f"same department ({GROUP_LABEL[g]}), different job")
    for b in rel1[c]:
        if b not in r: r[b] = (1, 'related craft: ' + GROUP_LABEL[con[b]['grp']] if con[b]['grp'] != g else 'related craft')
    return r

OV_REASON = {3: "this query's wording asks for this occupation's core work", 2: "does the asked-for work as a substantial part, judged for this wording",
             1: "adjacent work, judged for this wording", 0: "not what this wording asks for"}

def occ_rel(expr):
    """expr: 'a+b' or 'a+b[x:2,y:1]' -> {profile occupation: (grade, reason)} including facilities"""
    m = re.match(r'([^\[]+)(?:\[(.*)\])?$', expr)
    members = m.group(1).split('+'); ov = m.group(2) or ''
    r = {}
    for c in members:
        for b, (g, why) in concept_rel(c).items():
            if b not in r or g > r[b][0]: r[b] = (g, why if len(members) == 1 or g < 3 else 'one of the occupations the query names')
    for kv in [x for x in ov.split(',') if x]:
        k, v = kv.split(':'); r[k] = (int(v), OV_REASON[int(v)])
    # facilities: services rule and facgroup default
    for f, fv in fac.items():
        best = (0, '')
        for s in fv['services']:
            g = r.get(s, (0, ''))[0]
            gg = 2 if g == 3 else (1 if g == 2 else 0)
            if gg > best[0]: best = (gg, f"offers {s} among its services ({'the asked-for work' if g == 3 else 'a close occupation'})")
        if best[0] < 1:
            if fv['facgroup'] and any(con[c]['grp'] == fv['facgroup'] for c in members):
                best = (1, f"company or facility working in the {GROUP_LABEL[fv['facgroup']]} department, not this job as such")
            elif any(c in C.FAC_REL.get(f, []) for c in members):
                best = (1, 'facility that serves this job')
        if best[0] > 0: r['facility:' + f] = best
    return {k: v for k, v in r.items() if v[0] > 0}

def expr_of(occ, ov):
    return occ + (f'[{ov}]' if ov else '')

# ---------- queries ----------
queries = []  # dict(family, text, expr, source, meta)
tdept = {}
for row in csv.DictReader(open('/work/shared/reference/film_credit_jobs.csv')): tdept.setdefault(row['job'], row['department'])
TMDB_JOBS_DEPT = {'Loop Group Coordinator': 'Sound', 'Foley Artist': 'Sound', 'ADR Mixer': 'Sound', 'Foley Mixer': 'Sound', 'Audio Post Coordinator': 'Sound',
 'Matte Painter': 'Visual Effects', 'Digital Compositor': 'Visual Effects', 'Rotoscoping Artist': 'Visual Effects', 'Second Unit Director': 'Directing'}
def src_meta(text, src):
    if src == 'tmdb5000': return {'source': 'tmdb-credits', 'detail': f"TMDb credited job (department {tdept[text]}), /work/shared/reference/film_credit_jobs.csv"}
    if src == 'tmdbjobs': return {'source': 'tmdb-jobs', 'detail': f"TMDb configuration/jobs list (department {TMDB_JOBS_DEPT[text]})"}
    if src in ('esco-pref', 'esco-alt'):
        return {'source': src, 'detail': 'ESCO occupation ' + ('preferred' if src == 'esco-pref' else 'alternative') + ' label'}
    if src == 'esco-skill': return {'source': 'esco-skill', 'detail': 'ESCO skill preferred label (esco_screen_occupation_skills.csv)'}
    return {'source': src}

titles = [l.split('|') for l in Q.TITLES.strip().split('\n')]
keep = set(rng.sample(range(len(titles)), 150))
for i, (text, occ, src, ov) in enumerate(titles):
    if i not in keep: continue
    queries.append(dict(family='title', text=text, expr=expr_of(occ, ov), meta=src_meta(text, src)))
for l in Q.DESCRIPTIONS.strip().split('\n'):
    label, k, occ, src, ov = l.split('|')
    g = esco_desc.get(label)
    text = esco_desc.sentences(g['desc'], int(k))
    queries.append(dict(family='description', text=text, expr=expr_of(occ, ov),
                        meta={'source': 'esco-description', 'detail': f'ESCO occupation "{label}", first {k} sentence(s) of its description', 'esco_uri': g['uri']}))
import pandas as pd
occs = pd.read_csv(os.path.join(os.environ.get('ESCO_DATA', '/tmp/rl/esco'), 'occupations.csv'))
for l in Q.ISCO.strip().split('\n'):
    code, k, occ, src, ov = l.split('|')
    row = occs[occs.id == f'http://data.europa.eu/esco/isco/{code}'].iloc[0]
    m = re.match(r'(.+?)  (.*)$', row.description, re.S)
    text = esco_desc.sentences(m.group(2), int(k))
    queries.append(dict(family='description', text=text, expr=expr_of(occ, ov),
                        meta={'source': 'isco-description', 'detail': f'ISCO-08 unit group {code[1:]} "{m.group(1)}" description as carried in ESCO, first {k} sentence(s)', 'esco_uri': row.id}))
for l in Q.TASKS.strip().split('\n'):
    text, occ, src, ov = l.split('|')
    if text.startswith('='):
        a, b = text[1:].split(';'); text = f'someone to {a} and {b}'; labels = [a, b]
        meta = {'source': 'esco-skill', 'detail': 'two ESCO skill preferred labels of one occupation, joined as "someone to X and Y"'}
    else:
        meta = src_meta(text, src); labels = [text]
    queries.append(dict(family='task', text=text, expr=expr_of(occ, ov), meta=meta, skills=labels))
for l in Q.SKILL_DESCS.strip().split('\n'):
    label, occ, ov = l.split('|')
    uri, desc = skill_desc.get(label)
    k = 1 if label in ('create lifecasts',) else 2
    text = esco_desc.sentences(desc, k)
    queries.append(dict(family='task', text=text, expr=expr_of(occ, ov), skills=[label],
                        meta={'source': 'esco-skill-description', 'detail': f'ESCO skill "{label}", description (first {k} sentence(s))', 'esco_uri': uri}))

rng.shuffle(queries)
for i, q in enumerate(queries): q['_id'] = f'rq-{i+1:04d}'
briefs = []
for i, l in enumerate(B.BRIEFS.strip().split('\n')):
    text, needs = l.split(' ## ')
    nd = []
    for n in needs.split(' | '):
        ph, occ, src, ov = n.split('~')
        nd.append(dict(phrase=ph, expr=expr_of(occ, ov), meta=src_meta(ph, src), skills=[ph] if src == 'esco-skill' else []))
    briefs.append(dict(_id=f'rb-{i+1:03d}', text=text, needs=nd))

# split, stratified by family
split = {}
fams = defaultdict(list)
for q in queries: fams[q['family']].append(q['_id'])
fams['brief'] = [b['_id'] for b in briefs]
for f, ids in fams.items():
    ids = sorted(ids); rng.shuffle(ids)
    ndev = round(len(ids) * 0.4)
    for j, x in enumerate(ids): split[x] = 'dev' if j < ndev else 'heldout'

# relations
exprs = sorted({q['expr'] for q in queries} | {n['expr'] for b in briefs for n in b['needs']})
relrows = []
for e in exprs:
    for po, (g, why) in sorted(occ_rel(e).items(), key=lambda x: (-x[1][0], x[0])):
        relrows.append((e, po, g, why))

def write_queries():
    for part in ('dev', 'heldout'):
        os.makedirs(f'{OUT}/{part}', exist_ok=True)
        with open(f'{OUT}/{part}/queries.jsonl', 'w') as f:
            for q in sorted(queries, key=lambda q: q['_id']):
                if split[q['_id']] != part: continue
                meta = {'family': q['family'], **q['meta'], 'occupation': q['expr']}
                f.write(json.dumps({'_id': q['_id'], 'text': q['text'], 'mode': 'search', 'metadata': meta}, ensure_ascii=False) + '\n')
            for b in briefs:
                if split[b['_id']] != part: continue
                needs_meta = [{'need': j + 1, 'phrase': n['phrase'], **n['meta'], 'occupation': n['expr']} for j, n in enumerate(b['needs'])]
                f.write(json.dumps({'_id': b['_id'], 'text': b['text'], 'mode': 'brief', 'needs': [n['phrase'][0].lower() + n['phrase'][1:] if not n['phrase'][:2].isupper() else n['phrase'] for n in b['needs']],
                                    'metadata': {'family': 'brief', 'source': 'assembled by the set author from the title and task phrases named per need', 'needs': needs_meta}}, ensure_ascii=False) + '\n')
    with open(f'{OUT}/relations.tsv', 'w') as f:
        f.write('query_occupation\tprofile_occupation\tgrade\treason\n')
        for r in relrows: f.write('\t'.join(map(str, r)) + '\n')

if STAGE == 'queries':
    write_queries()
    c = Counter((q['family'], split[q['_id']]) for q in queries) + Counter(('brief', split[b['_id']]) for b in briefs)
    print(sorted(c.items())); print(len(relrows), 'relation rows,', len(exprs), 'query occupations')
    sys.exit()

# ---------- qrels ----------
profs = list(csv.DictReader(open(f'{OUT}/profile_occupations.tsv'), delimiter='\t'))

relcache = {}
def grade(expr, p):
    if expr not in relcache: relcache[expr] = occ_rel(expr)
    r = relcache[expr]
    if p['wording'] == 'facility':
        g = 0
        for s in [x for x in p['secondary_or_services'].split(';') if x]:
            gs = r.get(s, (0,))[0]; g = max(g, 2 if gs == 3 else (1 if gs == 2 else 0))
        fv = fac[p['main_occupation']]
        if g < 1:
            members = re.match(r'([^\[]+)', expr).group(1).split('+')
            if (fv['facgroup'] and any(con[c]['grp'] == fv['facgroup'] for c in members)) or any(c in C.FAC_REL.get(p['main_occupation'], []) for c in members):
                g = 1
        return g
    g = r.get(p['main_occupation'], (0,))[0]
    s = p['secondary_or_services']
    if s:
        gs = r.get(s, (0,))[0]; g = max(g, 2 if gs == 3 else (1 if gs == 2 else 0))
    return g
overrides = {}
corpus = {json.loads(l)['id']: json.loads(l) for l in open(f'{OUT}/corpus.jsonl')}
pocc = {p['corpus-id']: p for p in profs}
ovrows = []
# (a) spot-check rule for task queries worded as ESCO skills: a profile whose own skills list names the asked task
units = [(q['_id'], q['expr'], q.get('skills', [])) for q in queries] + \
        [(f"{b['_id']}#{j+1}", n['expr'], n['skills']) for b in briefs for j, n in enumerate(b['needs'])]
def base_grade(expr, pid): return grade(expr, pocc[pid])
for qid, expr, sks in units:
    if not sks: continue
    for pid, p in corpus.items():
        have = [s for s in sks if s in p.get('skills', [])]
        if not have: continue
        g0 = base_grade(expr, pid)
        g = 2 if (len(have) == len(sks) and g0 >= 1) else 1
        if g > g0:
            ovrows.append((qid, pid, g, f"profile lists the asked task(s) {have} among its skills (occupation alone gives {g0})"))
# (b) manual spot-check overrides, read from overrides_manual.tsv
man = f'{OUT}/overrides_manual.tsv'
if os.path.exists(man):
    for r in csv.DictReader(open(man), delimiter='\t'):
        ovrows.append((r['query-id'], r['corpus-id'], int(r['grade']), r['reason']))
for qid, pid, g, why in ovrows: overrides[(qid, pid)] = g
with open(f'{OUT}/overrides.tsv', 'w') as f:
    f.write('query-id\tcorpus-id\tgrade\treason\n')
    for r in ovrows: f.write('\t'.join(map(str, r)) + '\n')
print(len(ovrows), 'overrides')
rows = {'dev': [], 'heldout': []}
for q in queries:
    for p in profs:
        g = overrides.get((q['_id'], p['corpus-id']), grade(q['expr'], p))
        if g > 0: rows[split[q['_id']]].append((q['_id'], p['corpus-id'], g))
for b in briefs:
    for j, n in enumerate(b['needs']):
        qid = f"{b['_id']}#{j+1}"
        for p in profs:
            g = overrides.get((qid, p['corpus-id']), grade(n['expr'], p))
            if g > 0: rows[split[b['_id']]].append((qid, p['corpus-id'], g))
for part in rows:
    with open(f'{OUT}/{part}/qrels.tsv', 'w') as f:
        f.write('query-id\tcorpus-id\tscore\n')
        for r in rows[part]: f.write(f'{r[0]}\t{r[1]}\t{r[2]}\n')
    print(part, len(rows[part]), Counter(r[2] for r in rows[part]))
