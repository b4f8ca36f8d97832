// A profile page: everything the visitor's key may see of one profile (public: the public
// fields; member: day rates, diaries, investment facts; staff: contact details too), its
// credits, its diary as a calendar, its distance from the brief's shoot locations (carried in
// the address: ?at=Leek&at=Tamworth&start=…&end=…) and who it has worked with.

import { $, AVAILABILITY, KIND_LABEL, api, contactLine, dayRate, h, keyForm, kmMiles, showError, todayIso, ukRange } from "./common.js";
import { calendar } from "./calendar.js";

const root = $("#profile");
const id = root.dataset.profileId;
const params = new URLSearchParams(location.search);
const WITHHELD = {
  contact: "contact details (film office staff only)",
  day_rate_gbp: "day rate (members and staff)",
  availability: "diary (members and staff)",
  name: "name (this person shares it with members only)",
  summary: "their own description (it would name them)",
  "company.stage": "investment facts (members and staff)",
};

function withheldText(fields) {
  const named = [...new Set(fields.map((f) => (f.startsWith("company.") ? WITHHELD["company.stage"] : WITHHELD[f] || f)))];
  return named.length ? `Not shown to your key: ${named.join("; ")}.` : "";
}

function fact(label, ...value) {
  return h("div", { class: "fact" }, h("dt", {}, label), h("dd", {}, ...value));
}

function render(data, me) {
  const p = data.profile;
  document.title = `${p.name} · The matcher`;
  $("#profile-kind").textContent = [KIND_LABEL[p.kind] || p.kind, ...(p.roles || []).slice(0, 3)].join(" · ");
  $("#profile-name").textContent = p.name;
  $("#profile-headline").textContent = p.headline || "";
  const loc = p.location || {};
  const where = [loc.town, loc.postcode].filter(Boolean).join(", ");
  $("#profile-where").textContent = [where ? `Based in ${where}` : "Location not given",
    p.travel_radius_km != null ? `travels up to ${kmMiles(p.travel_radius_km)}` : null].filter(Boolean).join(" · ");

  const facts = [];
  if (p.day_rate_gbp) facts.push(fact("Day rate", dayRate(p.day_rate_gbp)));
  if (data.availability) {
    const a = AVAILABILITY[data.availability] || { label: data.availability, cls: "unknown" };
    facts.push(fact("Over the shoot", h("span", { class: `avail avail-${a.cls}` }, a.label)));
  }
  if (data.nearest) facts.push(fact("Nearest shoot location", `${kmMiles(data.nearest.km)} from ${data.nearest.location}`));
  const contact = contactLine(p.contact);
  if (contact) facts.push(fact("Contact", contact));
  const company = p.company || {};
  if (company.stage) facts.push(fact("Stage", company.stage));
  if (company.raising_gbp) facts.push(fact("Raising", dayRate(company.raising_gbp)));
  const schemes = ["seis", "eis"].filter((s) => company[s]).map((s) => s.toUpperCase());
  if (schemes.length) facts.push(fact("Tax relief", schemes.join(", ")));
  if (company.own_ip != null) facts.push(fact("Own IP", company.own_ip ? "yes" : "no"));
  if (company.employees != null) facts.push(fact("Employees", String(company.employees)));
  $("#profile-facts").replaceChildren(facts.length ? h("dl", { class: "facts" }, ...facts) : "");

  const withheld = withheldText(p.withheld || []);
  $("#profile-withheld").hidden = !withheld;
  $("#profile-withheld").textContent = withheld;
  $("#profile-edit").hidden = !data.editable;
  if (data.editable) {
    $("#profile-edit").replaceChildren(h("a", { href: `/me?profile=${encodeURIComponent(p.id)}`, class: "btn btn-secondary btn-small" },
      me.profiles.includes(p.id) ? "Edit my profile" : "Edit this profile"));
  }

  // About
  $("#profile-summary").textContent = p.summary || "";
  const lists = [["Roles", p.roles], ["Skills", p.skills], ["Equipment", p.equipment], ["Facilities", p.facilities],
    ["Sectors", p.sectors], ["Languages", p.languages]].filter(([, v]) => v && v.length);
  $("#profile-lists").replaceChildren(...lists.flatMap(([label, values]) => [
    h("dt", {}, label), h("dd", {}, ...values.map((v) => h("span", { class: "chip" }, v)))]));

  // Credits
  const credits = [...(p.credits || [])].sort((a, b) => (b.year || 0) - (a.year || 0));
  $("#credits-list").replaceChildren(...(credits.length ? credits.map((c) => h("li", { class: "credit" },
    h("span", { class: "credit-title" }, c.title), c.year ? ` (${c.year})` : "",
    [c.role, c.type].filter(Boolean).length ? h("span", { class: "meta" }, ` · ${[c.role, c.type].filter(Boolean).join(", ")}`) : null))
    : [h("li", { class: "empty" }, "No credits listed.")]));

  // Diary
  const shoot = params.get("start") && params.get("end") ? { start: params.get("start"), end: params.get("end") } : null;
  const diary = $("#diary-body");
  if ((p.withheld || []).includes("availability") || (!p.availability && me.role === "public")) {
    diary.replaceChildren(h("p", { class: "hint locked-note" }, "The diary is shown to members and film office staff: enter a key at the top of the page."));
  } else {
    diary.replaceChildren(
      shoot ? h("p", { class: "hint" }, `The shoot, ${ukRange(shoot.start, shoot.end)}, is outlined.`) : null,
      calendar(p.availability || [], { shoot, first: todayIso() }));
  }

  // Distance
  const distance = $("#distance-body");
  if (data.distances && data.distances.length) {
    distance.replaceChildren(h("ul", { class: "distance-list" }, ...data.distances.map((d) => h("li", {},
      h("strong", {}, kmMiles(d.km)), ` from ${d.location}`))));
  } else if (params.getAll("at").length) {
    distance.replaceChildren(h("p", { class: "hint" }, "Their location is not known, so the distance cannot be measured."));
  } else {
    distance.replaceChildren(h("p", { class: "hint" }, "Open this page from a crew sheet to see how far they are from its shoot locations."));
  }

  // Worked with
  const worked = data.worked_with || [];
  $("#worked-list").replaceChildren(...(worked.length ? worked.map((c) => h("li", { class: "worked" },
    h("a", { href: `/profiles/${encodeURIComponent(c.id)}${location.search}` }, c.name),
    h("span", { class: "meta" }, ` · ${c.productions.join("; ")}`)))
    : [h("li", { class: "empty" }, "No shared credits with anyone in the cluster yet.")]));
  root.setAttribute("aria-busy", "false");
}

async function load(me) {
  const q = new URLSearchParams();
  for (const at of params.getAll("at")) q.append("at", at);
  if (params.get("start") && params.get("end")) { q.set("start", params.get("start")); q.set("end", params.get("end")); }
  try {
    const data = await api("GET", `/api/profiles/${encodeURIComponent(id)}/overview${q.toString() ? `?${q}` : ""}`);
    render(data, me);
  } catch (err) {
    $("#profile-name").textContent = err.status === 404 ? "Profile not found" : "The profile could not be shown";
    showError(err.message);
    root.setAttribute("aria-busy", "false");
  }
}

keyForm(load);
