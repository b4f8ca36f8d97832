"""Investor matching: an interest read and matched to companies, investors for a company, and the
film office's matchmaking sessions; plus the two pages.

Who sees what: amounts raised, SEIS/EIS and investor profiles are member data, so matching (which
shows a company's raise and scheme in its breakdown) and investors for a company need a member key;
only reading an interest (which shows nothing of anyone) is public. A company the caller may not
find is answered exactly as an unknown id (404). Sessions and their exports are the film office's
(staff).
"""

from __future__ import annotations

from typing import Literal, NoReturn

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, Field

from matcher.errors import NotFound
from matcher.investors.desk import companies_for, investors_for, session_plan
from matcher.investors.interest import read_interest
from matcher.investors.session import Limits
from matcher.investors.session_export import plan_csv, plan_html
from models.investor import InterestCriteria
from models.investor_match import InterestReading, InvestorMatch, SessionPlan
from service.deps import MemberCaller, PublicCaller, RuntimeDep, StaffCaller
from service.errors import Unavailable
from service.limits import check_text_length
from service.routes.pages import asset_version, templates
from service.runtime import Runtime

__all__ = ["page_router", "router"]

router = APIRouter(prefix="/investors", tags=["investors"])
page_router = APIRouter(tags=["investors"])


class InterestRequest(BaseModel):
    model_config = {"extra": "forbid"}
    text: str = Field("", max_length=20_000, description="the interest in the investor's own words")
    criteria: InterestCriteria | None = Field(None, description="criteria given or corrected; they win over "
                                                                "what the text says")
    top_k: int = Field(10, ge=1, le=100)


class InterestMatches(BaseModel):
    understood: InterestReading
    matches: list[InvestorMatch]


class CompanyInvestors(BaseModel):
    company_id: str
    company: str
    matches: list[InvestorMatch]


class PairIn(BaseModel):
    model_config = {"extra": "forbid"}
    investor: str
    company: str


class SessionRequest(BaseModel):
    model_config = {"extra": "forbid"}
    investors: list[str] | Literal["all"] = Field("all", description="investor ids, or all")
    companies: list[str] | Literal["all"] = Field("all", description="company ids, or all")
    slots: int = Field(ge=1, le=48, description="meeting slots")
    tables: int = Field(ge=1, le=200, description="tables: meetings at once")
    per_investor: int | None = Field(None, ge=1, description="most meetings per investor (default: one per slot)")
    per_company: int | None = Field(None, ge=1, description="most meetings per company")
    must_meet: list[PairIn] = Field(default_factory=list)
    must_not_meet: list[PairIn] = Field(default_factory=list)

    def limits(self) -> Limits:
        return Limits(slots=self.slots, tables=self.tables, per_investor=self.per_investor,
                      per_company=self.per_company,
                      must_meet=frozenset((p.investor, p.company) for p in self.must_meet),
                      must_not_meet=frozenset((p.investor, p.company) for p in self.must_not_meet))


@router.post("/parse", response_model=InterestReading, summary="Read an interest into criteria, for correction")
def parse(request: InterestRequest, _caller: PublicCaller, runtime: RuntimeDep) -> InterestReading:
    check_text_length(request.text, runtime.settings.max_text_chars, "text")
    return read_interest(request.text, request.criteria)


@router.post("/match", response_model=InterestMatches,
             summary="Companies worth meeting for an interest, with the fit criterion by criterion")
def match(request: InterestRequest, caller: MemberCaller, runtime: RuntimeDep) -> InterestMatches:
    check_text_length(request.text, runtime.settings.max_text_chars, "text")
    reading, matches = companies_for(runtime.engine, request.text, request.criteria, top=request.top_k,
                                     audience=caller.role.audience)
    return InterestMatches(understood=reading, matches=matches)


@router.get("/for/{company_id}", response_model=CompanyInvestors,
            summary="Investors whose stated interest fits a company, with the same breakdown")
def for_company(company_id: str, caller: MemberCaller, runtime: RuntimeDep, top_k: int = 10) -> CompanyInvestors:
    profile = runtime.engine.store.get(company_id)
    if profile is None or not caller.role.finds(profile.visibility):
        raise NotFound(f"no profile with id '{company_id}'")
    company, matches = investors_for(runtime.engine, company_id, top=max(1, min(top_k, 100)),
                                     audience=caller.role.audience)
    return CompanyInvestors(company_id=company.id, company=company.name, matches=matches)


def _plan(request: SessionRequest, runtime: Runtime) -> SessionPlan:
    investors = None if request.investors == "all" else list(request.investors)
    companies = None if request.companies == "all" else list(request.companies)
    return session_plan(runtime.engine, investors, companies, request.limits())


@router.post("/sessions/plan", response_model=SessionPlan,
             summary="A matchmaking session's timetable: one-to-one meetings maximising two-way fit")
def plan(request: SessionRequest, _caller: StaffCaller, runtime: RuntimeDep) -> SessionPlan:
    return _plan(request, runtime)


@router.post("/sessions/plan.csv", response_class=Response, response_model=None,
             summary="The timetable as CSV: slot, table, investor, company, fit, reason")
def plan_as_csv(request: SessionRequest, _caller: StaffCaller, runtime: RuntimeDep) -> Response:
    return Response(plan_csv(_plan(request, runtime)), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="session.csv"'})


@router.post("/sessions/plan.html", response_class=HTMLResponse, response_model=None,
             summary="The timetable to print: one page per investor")
def plan_as_html(request: SessionRequest, _caller: StaffCaller, runtime: RuntimeDep) -> HTMLResponse:
    return HTMLResponse(plan_html(_plan(request, runtime)))


@router.post("/sessions/plan.pdf", response_class=Response, response_model=None,
             summary="The timetable as PDF: one A4 page per investor")
def plan_as_pdf(request: SessionRequest, _caller: StaffCaller, runtime: RuntimeDep) -> Response:
    html = plan_html(_plan(request, runtime))
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as error:
        raise Unavailable(f"PDFs need WeasyPrint and the Pango library: {str(error)[:120]}") from None
    pdf = HTML(string=html, url_fetcher=_refuse).write_pdf()
    return Response(pdf, media_type="application/pdf",
                    headers={"Content-Disposition": 'attachment; filename="session.pdf"'})


def _refuse(url: str, *args: object, **kwargs: object) -> NoReturn:
    raise ValueError(f"the session page fetches nothing ({url[:40]})")


@page_router.get("/investors", response_class=HTMLResponse, response_model=None, include_in_schema=False)
def investors_page(request: Request, _caller: PublicCaller) -> HTMLResponse:
    """The Investors view (data by key: matching needs a member key) and the staff session view."""
    return templates.TemplateResponse(request, "investors.html", {"version": asset_version(),
                                                                   "page": "investors", "script": "investors.js"})
