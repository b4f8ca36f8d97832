"""Screen-role taxonomy: canonical crew roles and facility classes, and the words people use for them.

Data: ``matcher/data/taxonomy/`` (roles, departments, and ``language.json`` with the word lists the
rules below use; sources and licences in SOURCE.md). ``resolve`` normalises one role string from a
profile or credit; ``mentions`` finds every role named in free text. Rules, chosen for precision:

* Words are compared lower-cased with "&" as "and", spelling variants folded (1st/first, asst,
  color/colour...), and hyphenated words the aliases spell as one word joined ("make-up", "co-ordinator").
* An alias word with capitals in the data (AD, DP, DIT, AC, SFX, VFX, SA, DoP) matches only those
  capitals, optionally plural ("ADs"): "ad", "Ad" and "dp" never fire. Multi-word aliases that carry
  their own context ("vfx supervisor") are written in lower case and match in any case.
* A role's ``resolve_only`` aliases are everyday words ("camera", "sound", "post", "crowd", "extra",
  "story") that name it only as a whole role string: resolve() accepts them, mentions() never fires.
* ``not_roles`` phrases ("managing director", "in post", "runner up", "AC power") match like aliases
  and swallow their words, so the alias inside cannot fire.
* ``name_like`` aliases double as surnames ("driver", "carpenter"); they do not fire when capitalised
  straight after another capitalised word ("Minnie Driver").
* A match spans no punctuation but "-" and "/" (and "." after an abbreviation such as "Asst.");
  the leftmost, then longest, match wins, and matches never overlap.
* resolve() tries the whole term, then without brackets, the bracketed and separated parts ("1st AC /
  Focus Puller" -> the first part that resolves), each also with plurals singularised, spaces dropped and
  grade qualifiers ("senior", "second unit") removed; last, the first mention() in the term. Else None.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Iterable, Mapping, NamedTuple

__all__ = ["Department", "Mention", "Role", "Taxonomy", "TaxonomyError", "load_taxonomy"]

DATA_DIR = Path(__file__).parent / "data" / "taxonomy"
KINDS = ("crew", "facility")

_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?|&")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_BRACKETS = re.compile(r"\(([^)]*)\)|\[([^\]]*)\]")
_SEPARATORS = re.compile(r"\s*(?:/|,|;|\||\+|&|\band\b|\s[-–]\s)\s*", re.IGNORECASE)
_END = None  # trie key of a terminal; its value is a role id, or "" for a not-a-role phrase


@dataclass(frozen=True)
class Department:
    id: str
    label: str
    kind: str  # "crew" | "facility"


@dataclass(frozen=True)
class Role:
    id: str
    label: str
    department: str
    kind: str
    aliases: tuple[str, ...]
    related: tuple[str, ...]
    description: str
    esco: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    # A more specific kind of another class ("a studio with a green screen" asks for the green
    # screen studio; "a unit base with catering" asks for two things).
    kind_of: str | None = None


@dataclass(frozen=True)
class Mention:
    role: Role
    start: int
    end: int
    surface: str
    # How sure the reading is (1.0: an alias matched as written). Ranking scales a role's boost
    # by it and the page shows a guess as a guess; ``how`` says what the reading rests on
    # ("alias", "stemmed", "embedding", ...).
    confidence: float = 1.0
    how: str = "alias"


class TaxonomyError(ValueError):
    """The taxonomy data is inconsistent: unknown ids, clashing aliases, empty departments."""


class _Word(NamedTuple):
    raw: str
    keys: tuple[str, ...]  # normalised form, then exact-case forms if the word has capitals
    start: int
    end: int
    glued: bool  # joined to the previous word by nothing but spaces, "-" or "/"


def _singular(word: str) -> str:
    if word.endswith("men") and len(word) > 4:
        return word[:-3] + "man"
    if len(word) < 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-2] if word.endswith(("ches", "shes", "xes", "zes", "sses")) else word[:-1]


def _plurals(word: str) -> tuple[str, ...]:
    if word.endswith("man"):
        return (word[:-3] + "men",)
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return (word[:-1] + "ies", word + "s")
    if word.endswith(("ch", "sh", "x", "z", "ss", "us")):
        return (word + "es",)
    return () if word.endswith("s") else (word + "s",)


class Taxonomy:
    def __init__(self, departments: Iterable[Department], roles: Iterable[Role], *,
                 resolve_only: Iterable[str] = (), language: Mapping[str, Any] | None = None):
        departments, roles, language = list(departments), list(roles), language or {}
        self.departments: Mapping[str, Department] = MappingProxyType({d.id: d for d in departments})
        self.roles: Mapping[str, Role] = MappingProxyType({r.id: r for r in roles})
        self._validate(departments, roles)
        self._spelling: dict[str, str] = dict(language.get("spelling", {}))
        self._abbreviations = set(language.get("abbreviations", ()))
        # Hyphenated words that aliases spell as one word ("makeup", "coordinator") are joined, not split.
        self._compounds = {w.lower() for r in roles for a in r.aliases for w in a.split() if w.isalnum()}
        self._cache: dict[str, tuple[str, ...]] = {}
        self._name_like = {self._word_keys(w)[0] for w in language.get("name_like", ())}
        qualifiers = sorted({re.escape(" ".join(self._tokens(q))) for q in language.get("qualifiers", ())}, key=len)
        self._qualifiers = re.compile(rf"\b(?:{'|'.join(reversed(qualifiers))})\b") if qualifiers else None
        self._heads = self._job_nouns(roles)
        self._keys: dict[str, str] = {}
        self._compact: dict[str, str | None] = {}
        self._trie: dict = {}
        quiet = set(resolve_only)
        for role in roles:
            for form in (*role.aliases, _BRACKETS.sub(" ", role.label), role.id.replace("-", " ")):
                self._add_key(form, role.id)
            for alias in role.aliases:
                if alias not in quiet:
                    self._add_phrase(alias, role.id)
        for phrase in language.get("not_roles", ()):
            self._add_phrase(phrase, "")

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Taxonomy:
        """Build from plain data shaped like the JSON files: {"departments", "roles", "language"}."""
        try:
            departments = [Department(**d) for d in data["departments"]]
            kinds = {d.id: d.kind for d in departments}
            roles = [Role(id=r["id"], label=r["label"], department=r["department"],
                          kind=kinds.get(r["department"], "?"),
                          aliases=tuple(r["aliases"]) + tuple(r.get("resolve_only", ())),
                          related=tuple(r.get("related", ())), description=r.get("description", ""),
                          esco=tuple(r.get("esco", ())), skills=tuple(r.get("skills", ())),
                          kind_of=r.get("kind_of"))
                     for r in data["roles"]]
            quiet = [a for r in data["roles"] for a in r.get("resolve_only", ())]
        except (KeyError, TypeError) as exc:
            raise TaxonomyError(f"malformed taxonomy data: {exc!r}") from exc
        return cls(departments, roles, resolve_only=quiet, language=data.get("language"))

    def _validate(self, departments: list[Department], roles: list[Role]) -> None:
        problems = [f"department {d.id!r} has kind {d.kind!r}, not one of {KINDS}"
                    for d in departments if d.kind not in KINDS]
        for what, ids in (("department", [d.id for d in departments]), ("role", [r.id for r in roles])):
            problems += [f"duplicate {what} id {i!r}" for i in sorted({i for i in ids if ids.count(i) > 1})]
        for role in roles:
            where = f"role {role.id!r}"
            if not _SLUG.fullmatch(role.id):
                problems.append(f"{where}: id is not a lower-case slug")
            if role.department not in self.departments:
                problems.append(f"{where}: unknown department {role.department!r}")
            elif role.kind != self.departments[role.department].kind:
                problems.append(f"{where}: kind {role.kind!r} differs from its department's")
            if not role.aliases or not all(_WORD.search(a) for a in role.aliases):
                problems.append(f"{where}: no aliases, or a blank one")
            problems += [f"{where}: related id {rel!r} does not exist" for rel in role.related if rel not in self.roles]
            problems += [f"{where}: relates to itself" for rel in role.related if rel == role.id]
            if role.kind_of is not None and (role.kind_of == role.id or role.kind_of not in self.roles):
                problems.append(f"{where}: kind_of {role.kind_of!r} is not another role")
        used = {r.department for r in roles}
        problems += [f"department {d!r} has no roles" for d in self.departments if d not in used]
        if problems:
            raise TaxonomyError("invalid taxonomy: " + "; ".join(problems))

    def _word_keys(self, raw: str) -> tuple[str, ...]:
        if (keys := self._cache.get(raw)) is None:
            word = raw.lower().replace("’", "'")
            word = (word[:-2] if word.endswith("'s") else word).replace("'", "")
            keys = (self._spelling.get(word, word),)
            if any(c.isupper() for c in raw):  # acronyms match their capitals exactly, plural allowed
                plural = raw.endswith("s") and sum(c.isupper() for c in raw) >= 2
                keys += ("=" + raw, "=" + raw[:-1]) if plural else ("=" + raw,)
            if len(self._cache) > 50_000:  # bound the memory unusual input can take
                self._cache.clear()
            self._cache[raw] = keys
        return keys

    def _words(self, text: str) -> list[_Word]:
        words: list[_Word] = []
        for match in _WORD.finditer(text):
            raw, start, end = match.group(), match.start(), match.end()
            if words and text[words[-1].end:start] == "-" and (words[-1].raw + raw).lower() in self._compounds:
                prev = words.pop()
                words.append(_Word(prev.raw + raw, self._word_keys(prev.raw + raw), prev.start, end, prev.glued))
                continue
            glue = text[words[-1].end:start].strip(" \t\u00a0'’") if words else None
            glued = glue in ("", "-", "/") or (glue == "." and words[-1].raw.lower() in self._abbreviations)
            words.append(_Word(raw, self._word_keys(raw), start, end, glued))
        return words

    def _job_nouns(self, roles: list[Role]) -> set[str]:
        """Words that end aliases of several roles ("assistant", "coordinator", "editor")."""
        enders: dict[str, set[str]] = {}
        for role in roles:
            for alias in role.aliases:
                enders.setdefault(self._tokens(alias)[-1], set()).add(role.id)
        return {word for word, ids in enders.items() if len(ids) >= 3 and len(word) > 2}

    def _tokens(self, text: str) -> list[str]:
        """Case-, spelling- and plural-folded words: the form resolve() compares."""
        return [_singular(w.keys[0]) for w in self._words(text)]

    def _add_key(self, form: str, role_id: str) -> None:
        tokens = self._tokens(form)
        spaced, compact = " ".join(tokens), "".join(tokens)
        if self._keys.setdefault(spaced, role_id) != role_id:
            raise TaxonomyError(f"alias {form!r} of {role_id!r} clashes with {self._keys[spaced]!r}")
        if self._compact.setdefault(compact, role_id) != role_id:
            self._compact[compact] = None  # ambiguous once spaces are dropped: the fallback must not guess

    def _add_phrase(self, phrase: str, target: str) -> None:
        keys = ["=" + w.raw if len(w.keys) > 1 else w.keys[0] for w in self._words(phrase)]
        for last in (keys[-1], *([] if keys[-1].startswith("=") else _plurals(keys[-1]))):
            node = self._trie
            for key in (*keys[:-1], last):
                node = node.setdefault(key, {})
            if node.setdefault(_END, target) != target:
                mine, theirs = target or "not a role", node[_END] or "not a role"
                raise TaxonomyError(f"phrase {phrase!r} ({mine}) clashes with {theirs!r}")

    def _lookup(self, term: str) -> Role | None:
        tokens = self._tokens(term)
        stripped = self._qualifiers.sub(" ", " ".join(tokens)).split() if self._qualifiers else tokens
        for toks in (tokens, stripped):
            hit = (self._keys.get(" ".join(toks)) or self._compact.get("".join(toks))) if toks else None
            if hit:
                return self.roles[hit]
        return None

    def resolve(self, term: str) -> Role | None:
        """The role one profile/credit string names ("Gaffer", "1st AC / Focus Puller"), or None."""
        if not term or not term.strip():
            return None
        bare = _BRACKETS.sub(" ", term)
        parts = [g for match in _BRACKETS.finditer(term) for g in match.groups() if g] + _SEPARATORS.split(bare)
        for candidate in (term, bare, *parts):
            if role := self._lookup(candidate):
                return role
        # Last, a role named inside a longer string ("Gaffer based in Leek"), unless a job noun follows
        # it ("Actor's Assistant", "Camera Department Manager"): then it only qualifies another role.
        found = self.mentions(term)
        after = [w for w in self._words(term) if found and w.start >= found[0].end][:1]
        if not found or (after and after[0].glued and _singular(after[0].keys[0]) in self._heads):
            return None
        return found[0].role

    def _longest(self, words: list[_Word], i: int) -> tuple[int, str] | None:
        best, stack = None, [(self._trie, i)]
        while stack:
            node, j = stack.pop()
            if j > i and _END in node and (best is None or j > best[0]):
                best = (j, node[_END])
            if j < len(words) and (j == i or words[j].glued):
                stack.extend((node[k], j + 1) for k in words[j].keys if k in node)
        return best

    def _is_surname(self, words: list[_Word], i: int) -> bool:
        word = words[i]
        return (word.keys[0] in self._name_like and word.raw[0].isupper() and word.raw[1:].islower()
                and i > 0 and word.glued and words[i - 1].raw[0].isupper())

    def mentions(self, text: str) -> list[Mention]:
        """Every role or facility named in free text, in text order, leftmost-longest and non-overlapping."""
        words, found, i = self._words(text), [], 0
        while i < len(words):
            hit = self._longest(words, i)
            if hit is None or (hit[0] == i + 1 and hit[1] and self._is_surname(words, i)):
                i += 1
                continue
            end, target = hit
            if target:
                start, stop = words[i].start, words[end - 1].end
                found.append(Mention(self.roles[target], start, stop, text[start:stop]))
            i = end
        return found

    def department_of(self, role_id: str) -> Department:
        return self.departments[self.roles[role_id].department]

    def roles_in(self, department_id: str) -> list[Role]:
        if department_id not in self.departments:
            raise KeyError(department_id)
        return [r for r in self.roles.values() if r.department == department_id]

    def same_department(self, a_id: str, b_id: str) -> bool:
        return self.roles[a_id].department == self.roles[b_id].department

    def normalise(self, terms: Iterable[str]) -> tuple[list[str], list[str]]:
        """(resolved role ids, unresolved terms), each in input order without duplicates."""
        resolved: dict[str, None] = {}
        unresolved: dict[str, None] = {}
        for term in terms:
            if role := self.resolve(term):
                resolved[role.id] = None
            elif term and term.strip():
                unresolved[term.strip()] = None
        return list(resolved), list(unresolved)


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    """The shipped taxonomy, loaded and validated once."""
    def read(name: str) -> Any:
        return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))

    return Taxonomy.from_data({"departments": read("departments.json"),
                               "roles": read("crew_roles.json") + read("facility_roles.json"),
                               "language": read("language.json")})
