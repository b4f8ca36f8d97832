"""Needs in a brief: which roles or facilities, how many, and the words that qualify them.

A crew table pasted from a spreadsheet is first rewritten as the list of posts still open
(``crew_table``). Each concept has its own module: ``mentions`` (what the brief names, including the guesses and
free-text needs), ``quantities``, ``qualifiers`` and ``covered`` (not asked for). This one reads
each named thing in its context and merges repeats:

- a brief of twelve words or more that asks for nothing (no question, no heading's colon, no word
  that asks, invites or hires, and no need named as its opening words, as in "Sound recordist for
  interviews at ..."): a filming notice, a thank-you, "happy to help on anything", has no need,
  whatever roles it names; a word that asks in another language (``mixed_language``) or an invitation
  to get in touch (``invitations``) asks;
- a form's classification line ("Enquiry type: Location / facilities") names no need
  (``NEEDS.category_field``);
- a skill "a plus" or "desirable" on the line of another need qualifies it ("HMUA, SFX bruising a
  plus"; ``NEEDS.desirable``);
- no need, noted: a role said to be covered, the sender, people to be filmed, one after "the" not
  asked for before ("the director wants..."); a vacancy is a need ("our sound recordist has pulled out");
- a role word naming experience ("with some SFX experience") or in a hyphenated adjective ("a
  presenter-led show") is no need;
- kit a person brings is theirs when it is their job's natural kit, else a second need;
- a bracket naming the need before it again ("loos (a honeywagon)") is the same need;
- in a call for tenders with lots, the title's service words ("Framework for Video Production
  Services") head the lots and are no need of their own;
- two role words the taxonomy knows joined as one job ("hair + make-up") are one need;
- what a person "can also do" is their skill, not a second hire ("a videographer who can also edit");
  "a studio or an infinity cove" is one need;
- not asked by the sender (``covered.not_asked``): someone else's request, a permission question,
  what one supplier provides, whom another need serves;
- the same role twice is one need when either has no number of its own (a heading "Editor wanted"
  then "we need an editor"; "the gaffer", "sparks should be PAT-tested": qualifiers join), or only the
  article's one ("a Development Producer" heading, then "a development producer to ..."), or the
  same qualifiers ("a gaffer ... another
  gaffer": quantities add); "a Welsh-speaking runner" and "two runners" stay two needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from matcher.briefs.casting import CHARACTER
from matcher.briefs.covered import (
    clause_start,
    covered,
    is_field_label,
    is_filmed,
    is_sender,
    is_vacancy,
    not_asked,
    sentence_start,
)
from matcher.briefs.crew_table import rows_as_requests
from matcher.briefs.guess import RoleGuesser
from matcher.briefs.invitations import invited_each, invites
from matcher.briefs.kit_of_people import kit_of_people
from matcher.briefs.mentions import GENERIC_LABEL, Named, find_named
from matcher.briefs.mixed_language import asking_language, mixed_language_note
from matcher.briefs.qualifiers import qualifiers_after
from matcher.briefs.quantities import (
    MAX_QUANTITY,
    SIZE_UNITS,
    after_quantity,
    is_plural,
    number_value,
    quantity_before,
)
from matcher.briefs.rules.needs import NEEDS
from matcher.taxonomy import Role, Taxonomy
from models.brief import Need

__all__ = ["find_needs"]


@dataclass
class _Found:
    named: Named
    text: str  # "two sparks": the words that named it
    quantity: int | None  # None: not stated
    qualifiers: list[str] = field(default_factory=list)
    reference: bool = False  # "the gaffer": points back at a need rather than adding one
    article: bool = False  # "a gaffer": one, by the article only (a heading restated is not a second one)

    @property
    def key(self) -> str:
        return self.named.role_id or self.named.label.lower()


# A message this long says whether it asks for anything; a shorter text ("a gaffer with own LED kit")
# is a need typed as it is, which asks by being typed.
ASKING_WORDS = 12


def _read(text: str, i: int, named: list[Named], notes: list[str]) -> tuple[_Found | None, int, bool]:
    """One named thing as a candidate need, where its qualifiers end, and whether a thing folded
    into it stays a need of its own; None if it is who is asking."""
    m = named[i]
    win = clause_start(text, named[i - 1].end if i else 0, m.start)
    b = NEEDS.before.search(text, win, m.start)
    assert b is not None  # every part of the rule is optional
    (qty, team), (after_qty, pos) = quantity_before(b), after_quantity(text, m.end)
    qty = after_qty or qty
    if after_qty is None and m.surface.split()[0].lower() in SIZE_UNITS:
        qty = None  # "a 12 seat minibus": the number was its size
    if (shared := _spread_share(text, m.start)) is not None:
        qty = shared
    if (placed := NEEDS.placed_in.search(text, max(0, m.start - 20), m.end + 30)) and placed.start("dept") == m.start:
        qty = number_value(placed.group("n"))  # "2 in the locations department"
    reference = qty is None and bool(NEEDS.reference.search(text, win, b.start())) \
        and not _asked_with_the(text, win, b, m)
    after_role = named[i - 1].end if i and named[i - 1].role is not None else 0  # no person's name in a role's words
    if is_sender(text, win, m.start, m.end, pos, qty is not None, reference, after_role) \
            and not is_vacancy(text, m.start, m.end):
        notes.append(f"'{m.surface}' read as who is asking, not a need.")
        return None, pos, False
    quals, end, folded, one_need = qualifiers_after(text, pos, m, named[i + 1:])
    start = b.start() if b.group().strip() else m.start
    keep_folded = folded is not None and not one_need and m.kind == "crew"
    if keep_folded:
        assert folded is not None
        quals.pop()
        end = folded.start  # "a cameraman who can bring his own lights": lighting hire too
    elif folded is not None and m.kind == "facility":
        quals.pop()
        if folded.role_id == m.role_id or (folded.role and folded.role.kind_of == m.role_id) or m.role is None:
            m, pos = folded, folded.end  # the more specific facility: "a studio with a green screen"
        else:
            end = folded.start  # "a unit base with catering": two needs, the second read next
    if team:
        notes.append(f"'{text[start:m.end]}' read as {qty} \u00d7 {m.label}.")
    adj = b.group("adj").strip()
    article = after_qty is None and (b.group("q") or "").strip().lower() in ("a", "an")
    return _Found(m, text[start:pos].strip(), qty, [adj] * bool(adj) + quals, reference, article), end, keep_folded


def _asked_with_the(text: str, win: int, b: re.Match[str], m: Named) -> bool:
    """'we still need the dolly': asked for by its verb, named nowhere before and not given a task ('need the gaffer
    to bring a genny'), so 'the' points back at nothing."""
    head = re.escape(m.surface.split()[-1].lower().rstrip("s"))
    return bool(NEEDS.asks_for_the.search(text, win, b.start())) and not re.match(r"\s+to\b", text[m.end:]) \
        and re.search(rf"\b{head}", text[:b.start()], re.I) is None


def _one_person(text: str, a: Named, b: Named) -> bool:
    """'a fixer/translator', 'a DoP or camera op', 'both HMU and costume standby': one person;
    'a blacked-out studio or an infinity cove': one facility, either will do."""
    between = text[a.end:b.start]
    if a.kind != "crew" or b.kind != "crew":  # "a pyrotechnician or an effects company": either will do
        return bool(re.fullmatch(r"\s+or\s+", between) or (NEEDS.one_person.match(between) and "/" not in between))
    return bool(NEEDS.one_person.match(between)) or (between.strip() == "and" and bool(
        NEEDS.both.search(text, max(0, a.start - 30), a.start)))


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _one_job(text: str, a: Named, b: Named, taxonomy: Taxonomy) -> Role | None:
    """Two role words joined by 'and', '&', '+' or 'n' that the taxonomy knows as one job ("hair and
    make-up": the hair and make-up artist) name one person, not two: the job, or None."""
    if a.kind != "crew" or b.kind != "crew" or not NEEDS.joined.fullmatch(text, a.end, b.start):
        return None
    role = taxonomy.named_exactly(f"{a.surface} and {b.surface}")
    return role if role is not None and role.id in (a.role_id, b.role_id) else None


def _with_people(text: str, start: int) -> bool:
    """'... with 12 child performers': people the shoot has, when nothing in the sentence asks for them."""
    sentence = sentence_start(text, start)
    return bool(NEEDS.with_people.search(text, max(sentence, start - 40), start)) and not \
        NEEDS.asked_nearby.search(text, sentence, start)


def _umbrella(text: str, m: Named, rest: list[Named]) -> bool:
    """A plural role with no count, then a colon and two or more roles: a heading over the roles
    listed ("Hiring CG artists (remote): 2 lighting artists, a texture artist and an FX TD")."""
    colon = text.find(":", m.end, m.end + 60)
    if m.kind != "crew" or colon < 0 or re.search(r"[.!?\n]", text[m.end:colon]):
        return False
    before = NEEDS.before.search(text, max(0, m.start - 12), m.start)
    if not m.surface.lower().endswith("s") or (before is not None and before.group("q")):
        return False
    listed = [x for x in rest if colon < x.start < colon + 120 and x.kind == "crew"]
    return len(listed) >= 2


def _skill_of(text: str, person: Named, m: Named) -> bool:
    """'a videographer who can also edit': one person's skills, not a second hire."""
    return person.kind == "crew" and person.end <= m.start and bool(NEEDS.skill_clause.search(text[person.end:m.start]))


def _merge(found: list[_Found], notes: list[str]) -> list[_Found]:
    """One need per role unless two mentions are clearly separate (different qualifiers)."""
    needs: list[_Found] = []
    for f in found:
        target = next((n for n in needs if n.key == f.key and (
            f.reference or f.quantity is None or n.quantity is None or (f.article and n.article)
            or n.qualifiers == f.qualifiers)), None)
        if target is None and f.reference:
            notes.append(f"'the {f.named.surface}' read as already part of the production, not a need.")
        elif target is None:
            needs.append(f)
        elif f.named.how == CHARACTER and target.named.how == CHARACTER:  # one actor need, one per character
            target.quantity = (target.quantity or 1) + (f.quantity or 1)
            target.text += f"; {f.text}"
        else:
            if f.article and target.article:  # "a X" again: the same need restated
                target.text += f"; {f.text}"
            elif f.quantity is not None and not f.reference:  # "the gaffer" points back; "two gaffers" add
                target.quantity = f.quantity + (target.quantity or 0)
                target.text += f"; {f.text}"
            target.qualifiers += [q for q in f.qualifiers if q not in target.qualifiers]
    return needs


def _spread_share(text: str, pos: int) -> int | None:
    """A department of 'three trainees across camera, art and locations' gets its share of the count
    (one each; 'six trainees across sound and camera' three each), not the whole count."""
    for m in NEEDS.spread.finditer(text, max(0, pos - 120), pos + 60):
        if m.start("depts") <= pos < m.end("depts"):
            depts = [d for d in re.findall(r"[a-z]+", m.group("depts")) if d != "and"]
            total = number_value(m.group("n")) if m.group("n") else None
            return total // len(depts) if total and total % len(depts) == 0 else 1
    return None


def _need(f: _Found, taxonomy: Taxonomy, notes: list[str]) -> Need:
    qty, named = f.quantity, f.named
    if qty is None:
        qty = 1  # unstated is one: a plural with no number ("sparks") gives no count, and says so
        if named.kind == "crew" and is_plural(named.surface, named.role_id, taxonomy):
            notes.append(f"No number is given for '{named.surface}': read as 1; set how many if more are needed.")
    if qty > MAX_QUANTITY:
        notes.append(f"'{f.text}': {qty} is more than {MAX_QUANTITY}, the most one need can ask for.")
    if named.how == "embedding":
        notes.append(f"'{named.surface}' is not a role we know by name: guessed as {named.label} "
                     f"(confidence {named.confidence:.2f}); correct it if that is wrong.")
    elif named.role is None:
        notes.append(f"'{named.surface}' is needed, but not a role we know: kept as written and searched as text.")
    return Need(role=named.role_id, label=named.label, kind="facility" if named.kind == "facility" else "crew",
                quantity=max(1, min(qty, MAX_QUANTITY)), qualifiers=f.qualifiers, text=f.text,
                confidence=named.confidence, how=named.how)


def _restated(text: str, found: list[_Found], taxonomy: Taxonomy, notes: list[str]) -> list[_Found]:
    """An everyday word asked for or a phrase read by meaning ("need a grade") for the service of a
    person the brief names in another clause ("any colourists?") restates that need: one need, not
    two. A service listed with the person ("a colourist + suite") or kit to hire stays its own need."""
    kept = []
    for f in found:
        guessed = f.named.how == "embedding" and not taxonomy.mentions(f.named.surface)  # read by meaning alone
        if f.named.role is None or f.named.role.department.endswith("-hire") or not (
                f.named.how == "asked-for word" or guessed):
            kept.append(f)
            continue
        served = [g for g in found if g is not f and g.named.role is not None and g.named.kind != f.named.kind
                  and g.named.how != "asked-for word" and (f.named.role_id in g.named.related
                                                           or g.named.role_id in f.named.related)]
        apart = [g for g in served if not NEEDS.list_glue.search(
            text[min(g.named.end, f.named.end):max(g.named.start, f.named.start)] or " ")]
        if not apart:
            kept.append(f)
            continue
        notes.append(f"'{f.text}' read as the same need as another named in the brief.")
    return kept


def find_needs(text: str, taxonomy: Taxonomy, guesser: RoleGuesser | None = None) -> tuple[list[Need], list[str]]:
    """The roles and facilities the brief asks for, in text order, and notes on what was assumed."""
    text = rows_as_requests(text, taxonomy)  # a pasted crew table: the posts still open, as a list
    named, notes = find_named(text, taxonomy, guesser), []
    opening = text[:named[0].start] if named else ""
    heading = bool(named) and bool(re.fullmatch(r"\W*(?:[\w'\u2019]+\W+){0,2}", opening)) and not re.search(
        r"\b(?:i|im|i['\u2019]m|am|we|we['\u2019]re|are|its|it['\u2019]s|is|this)\b", opening, re.I)  # "im a runner"
    other_language = asking_language(text)  # "necesitamos 6 dancers": asked in another language
    if len(text.split()) >= ASKING_WORDS and not heading and not NEEDS.asks.search(text) and other_language is None \
            and not invites(text):  # "if you're a local colourist, drop me a message"
        return [], ["Nothing in the brief asks for anything (a notice, a thank-you, an offer): no need is read."]
    found: list[_Found] = []
    if other_language is not None and named:
        notes.append(mixed_language_note(other_language))
    said_covered, done, filmed = covered(text, named), 0, set[int]()
    lots = list(NEEDS.lot_line.finditer(text))
    first_lot = lots[0].start() if len(lots) >= 2 else None
    for i, m in enumerate(named):
        if m.start < done:
            continue  # folded into the previous need's qualifiers
        if m.start in said_covered:
            notes.append(f"{m.surface} mentioned as already covered: not a need.")
            continue
        if m.kind == "crew" and _with_people(text, m.start):
            notes.append(f"'{m.surface}' read as people the shoot already has, not a hire.")
            continue  # "shooting at a school with 12 child performers. We need 2 chaperones"
        if m.kind == "crew" and (is_filmed(text, m.start) or (i and named[i - 1].start in filmed and bool(
                NEEDS.of_group.fullmatch(text, named[i - 1].end, m.start)))):
            filmed.add(m.start)  # "a choir of 30 singers": the singers are the choir
            notes.append(f"'{m.surface}' read as people to be filmed, not crew to hire.")
            continue
        if found and "\n" not in text[found[-1].named.end:m.start] and (
                plus := NEEDS.desirable.match(text, m.end)) is not None:
            wish = text[m.start:plus.end()]
            found[-1].qualifiers += [wish] if wish not in found[-1].qualifiers else []
            notes.append(f"'{m.surface}' read as a skill the {found[-1].named.surface} may have, not a need.")
            continue  # "HMUA for all days, SFX bruising a plus"
        if NEEDS.as_expertise.match(text, m.end) or NEEDS.compound_modifier.match(text, m.end):
            notes.append(f"'{m.surface}' read as someone's experience or as describing the production, not a need.")
            continue  # "a make-up artist with some prosthetics experience", "a presenter-led show"
        if first_lot is not None and m.start < first_lot and NEEDS.lot_umbrella.search(
                text, text.rfind("\n", 0, m.start) + 1, _line_end(text, m.end)):
            notes.append(f"'{m.surface}' read as the tender's title over its lots, not another need.")
            continue  # "Framework for Video Production Services" then "Lot 1: ...", "Lot 2: ..."
        if NEEDS.category_field.search(text, text.rfind("\n", 0, m.start) + 1, m.start):
            notes.append(f"'{m.surface}' read as the enquiry's category on a form, not a need.")
            continue  # "Enquiry type: Location / facilities"
        if is_field_label(text, m.start, m.end):
            continue  # "Production company base:": a form's field label
        if NEEDS.permission_from.match(text, m.end):
            notes.append(f"'{m.surface}' read as a permission to obtain, not a supplier to find.")
            continue  # "help with child performance licences from the council"
        if _umbrella(text, m, named[i + 1:]):
            notes.append(f"'{m.surface}' read as a heading for the roles listed after it.")
            continue  # "CG artists for a feature: 2 lighting artists, a texture artist"
        if i and found and found[-1].named is named[i - 1] and (joined := _one_job(text, named[i - 1], m, taxonomy)):
            notes.append(f"'{text[named[i - 1].start:m.end]}' read as one job: {joined.label}.")
            found[-1].named = Named.of(joined, named[i - 1].start, m.end, text[named[i - 1].start:m.end])
            continue  # "hair + make-up for the cast": one hair and make-up artist
        if i and _one_person(text, named[i - 1], m) and not invited_each(text, named[i - 1].start):
            notes.append(f"'{named[i - 1].surface}' and '{m.surface}' read as one "
                         f"{'person who can do' if m.kind == 'crew' else 'need for'} either.")
            if found and found[-1].named is named[i - 1] and m.confidence > named[i - 1].confidence:
                found[-1].named = m  # "a prop stylist/set dresser": the name we know surely
            continue
        if found and found[-1].named.end <= m.start and NEEDS.restated.search(text[found[-1].named.end:m.start]) \
                and "(" in text[found[-1].named.end:m.start] and NEEDS.restated_end.match(text, m.end):
            if found[-1].named.how in ("embedding", "free text") and m.how == "alias":
                found[-1].named = m  # "loos (a honeywagon)": the name we know
            notes.append(f"'{m.surface}' read as another name for the need before it.")
            done = max(done, m.end)
            continue
        if found and _skill_of(text, found[-1].named, m):
            skill = text[found[-1].named.end:m.end].strip(" ,")
            found[-1].qualifiers = [q for q in found[-1].qualifiers if q not in skill] + [skill]
            notes.append(f"'{m.surface}' read as what the {found[-1].named.surface} can also do, not a second hire.")
            continue
        if (why := not_asked(text, found[-1].named if found else None, m.start, m.end)) is not None:
            notes.append(f"'{m.surface}': {why}.")
            continue
        f, done, keep_folded = _read(text, i, named, notes)
        found += [f] if f else []
        if keep_folded:
            done = min(done, next((n.start for n in named[i + 1:]), done))
    merged = _restated(text, kit_of_people(text, _merge(found, notes), taxonomy, notes), taxonomy, notes)
    if any(f.named.role is not None and f.named.kind == "crew" for f in merged):
        generic = [f for f in merged if f.named.role is None and f.named.label == GENERIC_LABEL]
        notes += [f"'{f.text}' read as the roles the brief names, not a further need." for f in generic]
        merged = [f for f in merged if f not in generic]  # "paid crew wanted: a camera op and an editor"
    return [_need(f, taxonomy, notes) for f in merged], notes
