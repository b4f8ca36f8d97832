// What the film office's working day adds to the crew sheet on the main page: a link to each
// profile's page and, for staff, contact details on every card; print, PDF, Excel and a map
// of the sheet; saving a shortlist (one per production: a second save for a production adds
// to its shortlist); opening a saved shortlist.

import { announce, api, busy, clearError, contactLine, download, h, kmMiles, todayIso, ukDate, ukRange } from "./common.js";
import { drawMap } from "./map.js";

/** The profile page's address, with the brief's shoot locations and dates to measure from. */
export function profileHref(id, brief) {
  const q = new URLSearchParams();
  for (const place of (brief && brief.locations) || []) q.append("at", place.name);
  if (brief && brief.dates) { q.set("start", brief.dates.start); q.set("end", brief.dates.end); }
  const s = q.toString();
  return `/profiles/${encodeURIComponent(id)}${s ? `?${s}` : ""}`;
}

/** What a match card gains: contact details (staff get them from the API) and a profile link. */
export function cardExtras(m, brief) {
  const link = h("a", { href: profileHref(m.id, brief), class: "profile-link", target: "_blank", rel: "noopener" },
    "Profile", h("span", { class: "sr-only" }, ` of ${m.name} (opens in a new tab)`));
  const contact = m.contact ? contactLine(m.contact) : null;
  return [h("p", { class: "match-links" }, link, contact ? h("span", { class: "match-contact" }, contact) : null)];
}

function summaryLine(brief) {
  const bits = [];
  const names = (brief.locations || []).map((p) => p.name);
  if (names.length) bits.push(`within ${kmMiles(brief.radius_km)} of ${names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names.at(-1)}` : names[0]}`);
  else bits.push("anywhere (no shoot location)");
  if (brief.dates) bits.push(ukRange(brief.dates.start, brief.dates.end));
  if (brief.budget && brief.budget.max_day_rate_gbp != null) bits.push(`crew up to £${brief.budget.max_day_rate_gbp} a day`);
  const text = bits.join(" · ");
  return text[0].toUpperCase() + text.slice(1);
}

/** The crew sheet's tools (print, PDF, Excel, map) and the header that only paper shows. */
export function sheetTools(sheet, section) {
  const brief = sheet.brief;
  for (const old of section.querySelectorAll(".sheet-tools, .print-head, .sheet-map")) old.remove();
  const mapBox = h("div", { class: "sheet-map card", hidden: true });
  const mapButton = h("button", { type: "button", class: "btn btn-secondary btn-small", "aria-expanded": "false" }, "Show map");
  mapButton.addEventListener("click", async () => {
    const open = mapBox.hidden;
    mapBox.hidden = !open;
    mapButton.setAttribute("aria-expanded", String(open));
    mapButton.textContent = open ? "Hide map" : "Show map";
    if (open && !mapBox.dataset.drawn) {
      await busy(mapButton, "Drawing…", async () => {
        const people = sheet.needs.flatMap((r) => [
          ...r.matches.map((m) => ({ id: m.id, name: m.name, need: r.need.label, distance_km: m.explanation.distance_km })),
          ...r.beyond.map((m) => ({ id: m.id, name: m.name, need: r.need.label, distance_km: m.explanation.distance_km, beyond: true }))]);
        for (const m of sheet.fallback_matches || []) people.push({ id: m.id, name: m.name, need: "Plain search", distance_km: m.explanation.distance_km });
        const { drawn } = await drawMap(mapBox, { locations: brief.locations || [], radiusKm: brief.radius_km, people, profileHref: (id) => profileHref(id, brief) });
        mapBox.dataset.drawn = "1";
        announce(`Map drawn: ${drawn} matches placed.`);
      });
      mapButton.textContent = "Hide map";
    }
  });
  const fileButton = (label, extension) => h("button", {
    type: "button", class: "btn btn-secondary btn-small",
    onclick: async (e) => {
      clearError();
      const name = await busy(e.currentTarget, "Preparing…", () => download(`/api/sheets/export.${extension}`, `crew-sheet.${extension}`, { method: "POST", body: sheet.sender ? { brief, sender: sheet.sender.id } : { brief } }));
      if (name) announce(`Downloaded ${name}.`);
    },
  }, label);
  const tools = h("div", { class: "sheet-tools", role: "group", "aria-label": "Crew sheet on paper and on a map" },
    h("button", { type: "button", class: "btn btn-secondary btn-small", onclick: () => window.print() }, "Print"),
    fileButton("PDF", "pdf"), fileButton("Excel", "xlsx"), mapButton);
  const printHead = h("div", { class: "print-head" },
    h("p", { class: "print-kicker" }, "Staffordshire Moving Image Cluster · film office"),
    h("p", { class: "print-title" }, "Crew sheet"),
    h("p", { class: "print-summary" }, summaryLine(brief)),
    h("p", { class: "print-date" }, `Matched ${ukDate(todayIso())}`),
    brief.text ? h("p", { class: "print-brief" }, brief.text.trim().slice(0, 1500)) : null);
  section.querySelector(".sheet-head").append(tools);
  section.prepend(printHead);
  section.querySelector(".sheet-head").after(mapBox);
}

/**
 * Save the selection as a shortlist. One shortlist per production: when the production has one
 * already, the selection is added to it instead. Returns {id, name, count, added}.
 */
export async function saveShortlist(body) {
  try {
    const saved = await api("POST", "/api/shortlists", body);
    return { id: saved.id, name: saved.name, count: saved.items.length, added: false };
  } catch (err) {
    if (err.status !== 409) throw err;
    const lists = await api("GET", "/api/shortlists");
    const fold = (s) => s.toLowerCase().replace(/[\W_]+/g, " ").trim();
    const wanted = fold(body.production || body.name);
    const existing = lists.find((s) => fold(s.production) === wanted);
    if (!existing) throw err;
    const updated = await api("POST", `/api/shortlists/${encodeURIComponent(existing.id)}/items`, { items: body.items });
    return { id: updated.id, name: updated.name, count: updated.items.length, added: true };
  }
}

/** "Open" for a saved shortlist in the list of saved shortlists. */
export function openLink(shortlist) {
  return h("a", { href: `/shortlists/${encodeURIComponent(shortlist.id)}`, class: "btn btn-primary btn-small" },
    "Open", h("span", { class: "sr-only" }, ` ${shortlist.name}`));
}
