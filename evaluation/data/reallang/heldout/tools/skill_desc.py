import os
import pandas as pd, re
d = pd.read_csv(os.path.join(os.environ.get('ESCO_DATA', '/tmp/rl/esco'), 'skills.csv'))
low = d.description.str.lower()
def get(label):
    m = d[low.str.startswith(label.lower() + ' ')]
    if len(m) == 0: return None
    for _, row in m.iterrows():
        rest = row.description[len(label):]
        mm = re.search(r'(?:^|\s)([A-Z][a-z])', rest)
        if mm: return row.id, rest[mm.start(1):].strip()
    return None
if __name__ == '__main__':
    import sys
    sys.path.insert(0, '/tmp/rl/tools'); import queries_spec as Q
    for l in Q.SKILL_DESCS.strip().split('\n'):
        lab = l.split('|')[0]; g = get(lab); print(lab, '=>', g[1] if g else None)
