"""Members finding collaborators: partners for a member, teams for an opportunity, a member's network.

Members and staff only: the public gets 401 (no key), and these answers are never cached for
it. Every search runs with the caller's audience (a staff-only profile is never found, listed,
counted or used as a bridge below staff), and a freelancer's name follows their visibility as
in search results (``service.visibility``): hidden, it is replaced by what they do
("Freelance gaffer"). Reasons are written without names, so they need no redaction. An
unknown (or hidden) profile id is 404 with one line, the same for both.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated
from weakref import WeakKeyDictionary

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from matcher.engine import Engine
from matcher.errors import InvalidInput
from matcher.geo import load_gazetteer, parse_lat_lon
from matcher.partners.desk import PartnersDesk
from models.partners import ConsortiumOut, NetworkOut, PartnersOut
from service.deps import MemberCaller, RuntimeDep
from service.limits import check_text_length
from service.roles import Role
from service.visibility import PERSONAL_KINDS, Identity, identities, label_for, redact_matches

__all__ = ["router"]

router = APIRouter(prefix="/partners", tags=["partners"])
_desks: WeakKeyDictionary[Engine, PartnersDesk] = WeakKeyDictionary()


class ConsortiumRequest(BaseModel):
    text: str = Field(min_length=1, description="the opportunity as written: a commission, tender or call")
    with_id: str | None = Field(None, alias="with", description="the bidding member's profile id")


def desk_for(engine: Engine) -> PartnersDesk:
    """One desk (and one co-credit graph) per engine."""
    if engine not in _desks:
        _desks[engine] = PartnersDesk(engine)
    return _desks[engine]


@router.get("/{profile_id}", response_model=PartnersOut,
            summary="Partners for a member: complementary (fills its gaps) or similar (peers)")
def partners(profile_id: str, caller: MemberCaller, runtime: RuntimeDep,
             relation: Annotated[str, Query(pattern="^(complementary|similar)$")] = "complementary",
             near: Annotated[str | None, Query(description="LAT,LON, a postcode district or a town")] = None,
             radius_km: Annotated[float | None, Query(gt=0, le=1000)] = None,
             top_k: Annotated[int, Query(ge=1, le=50)] = 10) -> PartnersOut:
    if radius_km is not None and near is None:
        raise InvalidInput("radius_km needs near (a place to measure from)")
    result = desk_for(runtime.engine).partners(profile_id, relation, near=_point(near) if near else None,
                                               radius_km=radius_km, top_k=top_k, audience=caller.role.audience)
    shown = _namer(runtime, caller.role, [result.profile_id, *(p.id for p in result.partners)])
    found = identities(runtime.engine.index, [p.id for p in result.partners])
    redacted = redact_matches([p.match for p in result.partners], caller.role, found.get)
    return result.model_copy(update={
        "name": shown(result.profile_id, result.name),
        "partners": [p.model_copy(update={"name": shown(p.id, p.name), "headline": m.headline, "match": m})
                     for p, m in zip(result.partners, redacted, strict=True)]})


@router.post("/consortium", response_model=ConsortiumOut,
             summary="Teams of local members that together cover an opportunity's needs, with alternatives")
def consortium(request: ConsortiumRequest, caller: MemberCaller, runtime: RuntimeDep) -> ConsortiumOut:
    check_text_length(request.text, runtime.settings.max_text_chars, "text")
    result = desk_for(runtime.engine).consortium(request.text, bidder_id=request.with_id,
                                                 audience=caller.role.audience)
    ids = [m.id for team in result.teams for m in team.members]
    shown = _namer(runtime, caller.role, ids)
    found = identities(runtime.engine.index, [m.id for m in result.fallback_matches])
    teams = [team.model_copy(update={"members": [m.model_copy(update={"name": shown(m.id, m.name)})
                                                 for m in team.members]})
             for team in result.teams]
    return result.model_copy(update={"teams": teams, "fallback_matches": redact_matches(
        result.fallback_matches, caller.role, found.get)})


@router.get("/{profile_id}/network", response_model=NetworkOut,
            summary="Who a member worked with (same title, same year) and who those worked with")
def network(profile_id: str, caller: MemberCaller, runtime: RuntimeDep) -> NetworkOut:
    result = desk_for(runtime.engine).network(profile_id, audience=caller.role.audience)
    shown = _namer(runtime, caller.role, [n.id for n in result.nodes])
    return result.model_copy(update={"nodes": [n.model_copy(update={"name": shown(n.id, n.name)})
                                               for n in result.nodes]})


def _point(text: str) -> tuple[float, float]:
    try:
        return parse_lat_lon(text)
    except ValueError:
        place = load_gazetteer().resolve(text)
        if place is None:
            raise InvalidInput(f"near: '{text}' is neither LAT,LON nor a UK postcode or town") from None
        return place.lat, place.lon


def _namer(runtime: RuntimeDep, role: Role, ids: list[str]) -> Callable[[str, str], str]:
    """(id, name) -> the name this role may see: a hidden freelancer's is what they do."""
    found = identities(runtime.engine.index, ids)

    def shown(profile_id: str, name: str) -> str:
        identity: Identity | None = found.get(profile_id)
        if identity is None:
            return name
        if identity.kind in PERSONAL_KINDS and not role.names(identity.visibility):
            return label_for(identity.kind, identity.first_role)
        return name
    return shown

