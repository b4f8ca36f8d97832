"""What each role may see of a profile: the one place where profiles and matches are redacted.

- Visibility "staff" profiles are open to staff and admins only: others never find them
  (searches filter on ``Filters.audience``) and get 404 for their id.
- A freelancer's name is personal data: it is shown to roles the profile's visibility
  reaches; to others it is replaced by what they do ("Freelance gaffer"), and the free text
  that could carry the name (summary, matched query words that are part of the name) is left
  out. Companies and facilities trade under their names, which are always shown.
- Day rates, availability windows and company investment facts: members and above; below
  members a match's explanation carries no availability label and no "day rate unknown"
  (filters on them are refused for the public: ``service.private_filters``).
- Contact details: staff and above.
- Investor profiles are member data: the public never finds them, and an investor's name (an
  angel is a person) follows its visibility as a freelancer's does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields

from matcher.explain import Explanation
from matcher.index import ProfileIndex
from matcher.personal_names import person_remover
from models.brief import CrewSheet, ProfileRef
from models.match import ExplanationOut, MatchOut
from models.profile import Profile
from service.roles import Role
from service.schemas.profiles import ProfileView

__all__ = ["Identity", "identities", "label_for", "redact_matches", "redact_sheet", "view_profile"]

MEMBER_FIELDS = ("day_rate_gbp", "availability")
MEMBER_EVIDENCE = ("availability", "day rate")  # what an explanation may say is unknown, read from them
INVESTMENT_FACTS = ("stage", "raising_gbp", "seis", "eis", "own_ip")
STAFF_FIELDS = ("contact",)
# Kinds whose name may be a person's (freelancers; investors, of whom angels are people).
PERSONAL_KINDS = ("freelancer", "investor")


@dataclass(frozen=True)
class Identity:
    """What redaction needs to know of a matched profile."""

    kind: str
    name: str
    visibility: str
    first_role: str | None


def label_for(kind: str, first_role: str | None) -> str:
    """What a profile is, in place of its name: 'Freelance gaffer', 'VFX company'."""
    if not first_role:
        return {"freelancer": "Freelancer", "company": "Company", "facility": "Facility", "investor": "Investor"}[kind]
    # "Camera Operator" -> "camera operator"; acronyms and mixed case kept ("DoP", "VFX", "2nd AC")
    lowered = " ".join(w.lower() if w[:1].isupper() and w[1:].islower() else w for w in first_role.split())
    if kind == "freelancer":
        return f"Freelance {lowered}"
    if kind == "company":
        return f"{first_role[0].upper()}{first_role[1:]} company"
    return f"{first_role[0].upper()}{first_role[1:]}"


def view_profile(profile: Profile, role: Role) -> ProfileView | None:
    """The profile as this role may see it, or None when it may not see it at all."""
    if not role.finds(profile.visibility) or not role.finds_kind(profile.kind):
        return None
    data = profile.model_dump(mode="json", exclude_none=True)
    withheld = []
    if not role.allows(Role.staff):
        withheld += [f for f in STAFF_FIELDS if data.pop(f, None) is not None]
    if not role.allows(Role.member):
        withheld += [f for f in MEMBER_FIELDS if data.pop(f, None) not in (None, [])]
        company = data.get("company", {})
        withheld += [f"company.{f}" for f in INVESTMENT_FACTS if company.pop(f, None) is not None]
    if not _name_shown(role, profile.visibility, profile.kind):
        withheld += _without_name(data, profile)
    return ProfileView.model_validate({**data, "withheld": withheld})


def identities(index: ProfileIndex, profile_ids: Iterable[str]) -> dict[str, Identity]:
    """Identities from the index the matches came from (a profile removed since is absent)."""
    found = {}
    for profile_id in profile_ids:
        position = index.positions.get(profile_id)
        doc = index.documents[position] if position is not None else None
        if doc is not None:
            first_role = doc.fields.get("roles", "").split("; ")[0] or None
            found[profile_id] = Identity(doc.kind, doc.name, doc.visibility, first_role)
    return found


def redact_matches(matches: list[MatchOut], role: Role, lookup: Callable[[str], Identity | None]) -> list[MatchOut]:
    return [_redact_match(_member_evidence_out(match, role), role, lookup(match.id)) for match in matches]


def redact_sheet(sheet: CrewSheet, role: Role, lookup: Callable[[str], Identity | None]) -> CrewSheet:
    def redact(matches: list[MatchOut]) -> list[MatchOut]:
        return redact_matches(matches, role, lookup)

    needs = [result.model_copy(update={"matches": redact(result.matches), "beyond": redact(result.beyond)})
             for result in sheet.needs]
    packages = [package if _name_shown(role, _visibility(lookup(package.id)), package.kind)
                else package.model_copy(update={"name": _label(lookup(package.id), package.kind)})
                for package in sheet.packages]
    def ref(profile: ProfileRef) -> ProfileRef:
        identity = lookup(profile.id)
        if _name_shown(role, _visibility(identity), profile.kind):
            return profile
        return profile.model_copy(update={"name": _label(identity, profile.kind)})

    together = [pair.model_copy(update={"a": ref(pair.a), "b": ref(pair.b)}) for pair in sheet.worked_together]
    return sheet.model_copy(update={"needs": needs, "packages": packages,
                                    "fallback_matches": redact(sheet.fallback_matches),
                                    "sender": ref(sheet.sender) if sheet.sender else None,
                                    "worked_together": together})


# -- internals ---------------------------------------------------------------------------
def _name_shown(role: Role, visibility: str, kind: str) -> bool:
    return kind not in PERSONAL_KINDS or role.names(visibility)


def _visibility(identity: Identity | None) -> str:
    return identity.visibility if identity else "staff"  # unknown: as closed as can be


def _label(identity: Identity | None, kind: str) -> str:
    return label_for(kind, identity.first_role if identity else None)


def _without_name(data: dict, profile: Profile) -> list[str]:
    data["name"] = label_for(profile.kind, profile.roles[0] if profile.roles else None)
    withheld = ["name"]
    if data.pop("summary", None):
        withheld.append("summary")  # written in the first or third person: it names them
    if "headline" in data:
        data["headline"] = person_remover(profile)(data["headline"])
    return withheld


def _member_evidence_out(match: MatchOut, role: Role) -> MatchOut:
    """Below members, an explanation says nothing read from a diary or a day rate: no availability
    label, and no "availability unknown" or "day rate unknown" (which would tell who has none)."""
    if role.allows(Role.member):
        return match
    explanation = match.explanation
    if explanation.availability is None and not set(explanation.unknown) & set(MEMBER_EVIDENCE):
        return match
    unknown = [u for u in explanation.unknown if u not in MEMBER_EVIDENCE]
    cleaned = explanation.model_copy(update={"availability": None, "unknown": unknown})
    return match.model_copy(update={"explanation": cleaned.model_copy(
        update={"reasons": _reasons(cleaned, cleaned.matched_terms)})})


def _redact_match(match: MatchOut, role: Role, identity: Identity | None) -> MatchOut:
    if _name_shown(role, _visibility(identity), match.kind):
        return match
    name = identity.name if identity else match.name
    explanation = match.explanation
    terms = {field: kept for field, words in explanation.matched_terms.items()
             if field != "name" and (kept := [w for w in words if w not in _name_words(name)])}
    return match.model_copy(update={
        "name": _label(identity, match.kind), "headline": _scrub(match.headline, name),
        "explanation": explanation.model_copy(update={"matched_terms": terms,
                                                      "reasons": _reasons(explanation, terms)})})


def _reasons(explanation: ExplanationOut, terms: dict[str, list[str]]) -> list[str]:
    """The sentences the matcher writes, written again from the redacted evidence."""
    values = {f.name: getattr(explanation, f.name) for f in fields(Explanation)}
    return Explanation(**{**values, "unknown": tuple(values["unknown"]), "matched_terms": terms}).reasons


def _name_words(name: str) -> set[str]:
    return {word.lower() for word in re.findall(r"\w+", name) if len(word) >= 2}


def _scrub(text: str, name: str) -> str:
    """Text with the words of a withheld name taken out."""
    for word in sorted(_name_words(name), key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(word)}\b", "…", text, flags=re.IGNORECASE)
    return text
