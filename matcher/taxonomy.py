"""Screen-role taxonomy: canonical crew roles and facility classes, and the words people use for them.

Data: ``matcher/data/taxonomy/`` (roles filed with where each alias came from, departments, and
``language.json`` with the word lists the rules below use; sources and licences in SOURCE.md; the
records and provenance in ``matcher.taxonomy_data``, word folding in ``matcher.taxonomy_words``).
``resolve`` normalises one role string from a profile or credit; ``mentions`` finds every role named
in free text, each with a confidence (the scale is documented on ``Mention``). Rules, chosen for
precision:

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
* A more specific name than the taxonomy knows is not read as the general role with full
  confidence: an alias after a modifier that is no known qualifier ("dialogue" in an unknown
  "dialogue mixer") heads a longer name (0.6); an alias followed by a job noun ("loop group
  coordinator") only modifies another job (0.4). A word before "/" is another name, not a
  modifier ("a prop stylist/set dresser").
* resolve() tries the whole term, then without brackets, the bracketed and separated parts ("1st AC /
  Focus Puller" -> the first part that resolves), each also with plurals singularised, spaces dropped and
  grade qualifiers ("senior", "second unit") removed; last, the first full-confidence mention() in the
  term, unless a job noun follows it. Else None.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from matcher.taxonomy_data import KINDS, Department, Mention, Role, TaxonomyError, read_roles, validate
from matcher.taxonomy_words import Word, WordReader, plurals, singular

__all__ = ["DATA_DIR", "KINDS", "Department", "Mention", "Role", "Taxonomy", "TaxonomyError", "load_taxonomy"]

DATA_DIR = Path(__file__).parent / "data" / "taxonomy"

_BRACKETS = re.compile(r"\(([^)]*)\)|\[([^\]]*)\]")
_SEPARATORS = re.compile(r"\s*(?:/|,|;|\||\+|&|\band\b|\s[-\u2013]\s)\s*", re.IGNORECASE)
_END = None  # trie key of a terminal; its value is a role id, or "" for a not-a-role phrase
_ADJECTIVE_ENDINGS = ("ing", "ed", "ly", "ful", "ous", "ive", "ish", "less", "able", "ible", "ese", "ian")
HEAD_OF_LONGER_NAME, MODIFIES_ANOTHER_JOB = 0.6, 0.4


class Taxonomy:
    def __init__(self, departments: Iterable[Department], roles: Iterable[Role], *,
                 resolve_only: Iterable[str] = (), language: Mapping[str, Any] | None = None):
        departments, roles, language = list(departments), list(roles), language or {}
        self.departments: Mapping[str, Department] = MappingProxyType({d.id: d for d in departments})
        self.roles: Mapping[str, Role] = MappingProxyType({r.id: r for r in roles})
        validate(departments, roles)
        compounds = {w.lower() for r in roles for a in r.aliases for w in a.split() if w.isalnum()}
        self._reader = WordReader(language.get("spelling", {}), language.get("abbreviations", ()), compounds)
        self._name_like = {self._reader.keys(w)[0] for w in language.get("name_like", ())}
        qualifiers = sorted({re.escape(" ".join(self._tokens(q))) for q in language.get("qualifiers", ())}, key=len)
        self._qualifiers = re.compile(rf"\b(?:{'|'.join(reversed(qualifiers))})\b") if qualifiers else None
        # Words before an alias that leave it the same job ("experienced", "drama", "our", "need").
        self._plain = {singular(self._reader.keys(w)[0]) for key in ("qualifiers", "modifiers", "function_words")
                       for q in language.get(key, ()) for w in q.split()}
        self._heads = self._job_nouns(roles)
        self._keys: dict[str, str] = {}
        # Multi-word names by shape (word count and first letters), built on first use: a near spelling
        # is looked for only among names of its own shape.
        self._by_shape: dict[tuple[int, str], list[str]] | None = None
        self._compact: dict[str, str | None] = {}
        self._trie: dict[Any, Any] = {}
        quiet = set(resolve_only)
        for role in roles:
            for form in (*role.aliases, _BRACKETS.sub(" ", role.label), role.id.replace("-", " ")):
                self._add_key(form, role.id)
            for alias in role.aliases:
                if alias not in quiet:
                    self._add_phrase(alias, role.id)
        for phrase in language.get("not_roles", ()):
            self._add_phrase(phrase, "")

    def __getstate__(self) -> dict[str, Any]:
        """Picklable (``matcher.data_cache`` keeps the shipped taxonomy built): the read-only views as dicts."""
        return {**self.__dict__, "departments": dict(self.departments), "roles": dict(self.roles)}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state, departments=MappingProxyType(state["departments"]),
                             roles=MappingProxyType(state["roles"]))

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Taxonomy:
        """Build from plain data shaped like the JSON files: {"departments", "roles", "language"}."""
        departments, roles, quiet = read_roles(data)
        return cls(departments, roles, resolve_only=quiet, language=data.get("language"))

    def _words(self, text: str) -> list[Word]:
        return self._reader.words(text)

    def _tokens(self, text: str) -> list[str]:
        return self._reader.tokens(text)

    def _job_nouns(self, roles: list[Role]) -> set[str]:
        """Words that end aliases of several roles ("assistant", "coordinator", "editor")."""
        enders: dict[str, set[str]] = {}
        for role in (r for r in roles if r.kind == "crew"):  # jobs, not things ("van", "hire")
            for alias in role.aliases:
                enders.setdefault(self._tokens(alias)[-1], set()).add(role.id)
        return {word for word, ids in enders.items() if len(ids) >= 3 and len(word) > 2}

    def _add_key(self, form: str, role_id: str) -> None:
        tokens = self._tokens(form)
        spaced, compact = " ".join(tokens), "".join(tokens)
        if self._keys.setdefault(spaced, role_id) != role_id:
            raise TaxonomyError(f"alias {form!r} of {role_id!r} clashes with {self._keys[spaced]!r}")
        if self._compact.setdefault(compact, role_id) != role_id:
            self._compact[compact] = None  # ambiguous once spaces are dropped: the fallback must not guess

    def _add_phrase(self, phrase: str, target: str) -> None:
        keys = ["=" + w.raw if len(w.keys) > 1 else w.keys[0] for w in self._words(phrase)]
        for last in (keys[-1], *([] if keys[-1].startswith("=") else plurals(keys[-1]))):
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

    def named_exactly(self, term: str) -> Role | None:
        """The role the whole of ``term`` names (an alias or resolve-only word, folded as ``resolve``
        folds), never one found in its parts or inside it: "hair and make-up" names the hair and make-up
        artist, "vicon runner" names nothing."""
        return self._lookup(term)

    def resolve_misspelt(self, term: str, cutoff: float = 0.9) -> Role | None:
        """The role of the alias a multi-word term is a near spelling of ("make up artis"), or None:
        texts keep their typos; only close matches of names of as many words, each with the same
        first letter, count."""
        key = " ".join(t for t in self._tokens(term) if t not in ("a", "an", "the", "some", "our"))
        if key.count(" ") < 1 or len(key) < 8:
            return None
        if self._by_shape is None:
            self._by_shape = {}
            for name in self._keys:
                if " " in name:
                    self._by_shape.setdefault(_shape(name), []).append(name)
        close = difflib.get_close_matches(key, self._by_shape.get(_shape(key), []), n=1, cutoff=cutoff)
        return self.roles[self._keys[close[0]]] if close else None

    def resolve(self, term: str) -> Role | None:
        """The role one profile/credit string names ("Gaffer", "1st AC / Focus Puller"), or None."""
        if not term or not term.strip():
            return None
        bare = _BRACKETS.sub(" ", term)
        parts = [g for match in _BRACKETS.finditer(term) for g in match.groups() if g] + _SEPARATORS.split(bare)
        for candidate in (term, bare, *parts):
            if role := self._lookup(candidate):
                return role
        # Last, a role named inside a longer string ("Gaffer based in Leek"), unless it only
        # qualifies another job ("Actor's Assistant", "Camera Department Manager").
        found = self.mentions(term)
        return found[0].role if found and found[0].how != "modifies another job" else None

    def _longest(self, words: list[Word], i: int) -> tuple[int, str] | None:
        best, stack = None, [(self._trie, i)]
        while stack:
            node, j = stack.pop()
            if j > i and _END in node and (best is None or j > best[0]):
                best = (j, node[_END])
            if j < len(words) and (j == i or words[j].glued):
                stack.extend((node[k], j + 1) for k in words[j].keys if k in node)
        return best

    def _is_surname(self, words: list[Word], i: int) -> bool:
        word = words[i]
        return (word.keys[0] in self._name_like and word.raw[0].isupper() and word.raw[1:].islower()
                and i > 0 and word.glued and words[i - 1].raw[0].isupper())

    def _known_modifier(self, word: Word, titled: bool) -> bool:
        key = singular(word.keys[0])
        if key in self._plain or any(c.isdigit() for c in key) or len(key) < 3:
            return True
        if word.raw[:1].isupper() and not titled:  # a name, a brand or a place: "Avid editor", "Stoke runner"
            return True
        return key.endswith(_ADJECTIVE_ENDINGS)

    def _confidence(self, words: list[Word], i: int, end: int) -> tuple[float, str]:
        """How sure the reading of words[i:end] as one role is (see Mention)."""
        if end < len(words) and words[end].glued and singular(words[end].keys[0]) in self._heads:
            return MODIFIES_ANOTHER_JOB, "modifies another job"
        titled = words[i].raw[:1].isupper()
        if i > 0 and words[i].glued and not self._known_modifier(words[i - 1], titled):
            return HEAD_OF_LONGER_NAME, "head of a longer name"
        return 1.0, "alias"

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
                confidence, how = self._confidence(words, i, end)
                if how == "head of a longer name" and "/" in text[words[i - 1].end:words[i].start]:
                    confidence, how = 1.0, "alias"  # "a prop stylist/set dresser": "/" parts two names
                found.append(Mention(self.roles[target], start, stop, text[start:stop], confidence, how))
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


_DATA_FILES = ("departments.json", "crew_roles.json", "facility_roles.json", "language.json")
# The code that builds a Taxonomy and defines what it holds: a change to any of it builds afresh.
_CODE_FILES = tuple(Path(__file__).with_name(n) for n in ("taxonomy.py", "taxonomy_data.py", "taxonomy_words.py"))


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    """The shipped taxonomy, loaded and validated once per process, and built once per content of
    its data and code (``matcher.data_cache``: a cold command line unpickles it in a few ms)."""
    from matcher.data_cache import cached_build

    def read(name: str) -> Any:
        return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))

    def build() -> Taxonomy:
        return Taxonomy.from_data({"departments": read("departments.json"),
                                   "roles": read("crew_roles.json") + read("facility_roles.json"),
                                   "language": read("language.json")})

    return cached_build("taxonomy", [*(DATA_DIR / n for n in _DATA_FILES), *_CODE_FILES], build)


def _shape(name: str) -> tuple[int, str]:
    """A multi-word name's word count and first letters: "make up artist" -> (3, "mua")."""
    words = name.split()
    return len(words), "".join(word[0] for word in words)
