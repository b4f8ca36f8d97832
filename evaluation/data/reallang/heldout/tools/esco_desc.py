import os
import pandas as pd, re, json
d = pd.read_csv(os.path.join(os.environ.get('ESCO_DATA', '/tmp/rl/esco'), 'occupations.csv'))
SPECIAL = {'3D animator': '3D animators are', '3D modeller': '3D modellers design'}
def split(text, label):
    rest = text[len(label):]
    if label in SPECIAL:
        i = rest.index(SPECIAL[label]); return rest[:i].strip(), rest[i:].strip()
    cap = label[0].upper() + label[1:]
    i = rest.find(cap)
    if i < 0:
        m = re.search(r'(?:^|\s)([A-Z][a-z])', rest); i = m.start(1)
    return rest[:i].strip(), rest[i:].strip()
def sentences(desc, k):
    ss = re.split(r'(?<=[.!?])\s+', desc.strip())
    return ' '.join(ss[:k])
def get(label):
    m = d[d.description.str.lower().str.startswith(label.lower() + ' ')]
    if len(m) == 0: return None
    row = m.iloc[0]
    alts, desc = split(row.description, label)
    return dict(uri=row.id, alts_joined=alts, desc=desc)
if __name__ == '__main__':
    import sys
    for l in sys.argv[1:]:
        g = get(l); print(l, '=>', sentences(g['desc'], 2) if g else None)
