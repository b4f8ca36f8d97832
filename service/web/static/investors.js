// The Investors page: an interest read, corrected and matched to companies with their fit criterion by
// criterion; a shortlist kept on this device; and the film office's matchmaking session. Data reaches the
// page through textContent only (never innerHTML).
import { $, h, state, keyForm, showError, clearError } from "./evidence.js";

const SHORTLIST_STORE = "smic-matcher.investor-shortlist";
const STATUS_LABEL = { met: "met", partly: "partly met", "not met": "not met", unknown: "unknown" };
let reading = null;

async function post(path, body, { raw = false } = {}) {
  const headers = { "Content-Type": "application/json", Accept: raw ? "*/*" : "application/json" };
  if (state.key) headers["X-API-Key"] = state.key;
  let res;
  try {
    res = await fetch(path, { method: "POST", headers, body: JSON.stringify(body) });
  } catch {
    throw new Error("The matcher could not be reached. Check the connection and try again.");
  }
  if (!res.ok) {
    let detail = "";
    try { detail = (await res.json()).detail; } catch { /* not JSON */ }
    if (res.status === 401) detail = detail || "This needs an API key.";
    throw new Error(typeof detail === "string" && detail ? detail : `The request failed (HTTP ${res.status}).`);
  }
  return raw ? res : res.json();
}

const num = (id) => { const v = $(id).value.trim(); return v === "" ? null : Number(v); };
const list = (id) => $(id).value.split(",").map((s) => s.trim()).filter(Boolean);
const range = (lo, hi) => (num(lo) === null && num(hi) === null ? null : { min: num(lo), max: num(hi) });
const setNum = (id, v) => { $(id).value = v === null || v === undefined ? "" : String(v); };

function fill(criteria) {
  setNum("#ticket-min", criteria.ticket_gbp?.min); setNum("#ticket-max", criteria.ticket_gbp?.max);
  setNum("#round-min", criteria.round_gbp?.min); setNum("#round-max", criteria.round_gbp?.max);
  document.querySelectorAll("input[name=stage]").forEach((box) => { box.checked = criteria.stages.includes(box.value); });
  $("#sectors").value = criteria.sectors.join(", ");
  $("#exclude-sectors").value = criteria.exclude_sectors.join(", ");
  $("#seis").checked = !!criteria.seis; $("#eis").checked = !!criteria.eis; $("#own-ip").checked = !!criteria.own_ip;
  $("#places").value = criteria.places.join(", ");
  setNum("#radius-km", criteria.radius_km);
  setNum("#employees-min", criteria.employees?.min); setNum("#employees-max", criteria.employees?.max);
  setNum("#age-min", criteria.age_years?.min); setNum("#age-max", criteria.age_years?.max);
  document.querySelectorAll("input[name=strict]").forEach((box) => { box.checked = criteria.strict.includes(box.value); });
}

function corrected() {
  return {
    ticket_gbp: range("#ticket-min", "#ticket-max"), round_gbp: range("#round-min", "#round-max"),
    stages: [...document.querySelectorAll("input[name=stage]:checked")].map((b) => b.value),
    sectors: list("#sectors"), exclude_sectors: list("#exclude-sectors"),
    seis: $("#seis").checked || null, eis: $("#eis").checked || null, own_ip: $("#own-ip").checked || null,
    places: list("#places"), radius_km: num("#radius-km"),
    employees: range("#employees-min", "#employees-max"), age_years: range("#age-min", "#age-max"),
    strict: [...document.querySelectorAll("input[name=strict]:checked")].map((b) => b.value),
  };
}

async function readInterest(event) {
  event.preventDefault();
  clearError();
  try {
    reading = await post("/api/investors/parse", { text: $("#interest-text").value });
  } catch (error) { showError(error.message); return; }
  fill(reading.criteria);
  $("#understood-words").replaceChildren(...(reading.read.length ? reading.read.map((r) =>
    h("li", {}, `${r.criterion.replace("_", " ")}: ${r.value} `, h("q", {}, r.words))) : [h("li", {}, "No criteria read: fill them in below.")]),
  ...reading.notes.map((n) => h("li", { class: "note" }, n)));
  $("#understood").hidden = false;
}

function breakdown(match) {
  const rows = match.criteria.map((c) => h("tr", { class: `fit-${c.status.replace(" ", "-")}` },
    h("th", { scope: "row" }, c.criterion.replace("_", " ") + (c.strict ? " (must)" : "")),
    h("td", {}, STATUS_LABEL[c.status]),
    h("td", {}, c.source === "to verify" ? h("strong", { class: "to-verify" }, "to verify") : (c.source || "")),
    h("td", {}, c.wanted), h("td", {}, c.found)));
  return h("table", { class: "corrections-table fit-table" },
    h("thead", {}, h("tr", {}, ...["Criterion", "Fit", "Fact", "Asked", "Company"].map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", {}, ...rows));
}

function companyCard(match) {
  const keep = h("button", { type: "button", class: "btn btn-secondary btn-small" }, "Add to shortlist");
  keep.addEventListener("click", () => { addToShortlist(match); keep.textContent = "On the shortlist"; });
  return h("li", { class: "investor-result", "data-id": match.id },
    h("h3", {}, `${match.rank}. ${match.name}`), h("p", { class: "hint" }, [match.place, match.headline].filter(Boolean).join(" · ")),
    h("p", { class: "score-parts" }, `Score ${match.score.toFixed(2)}: text relevance ${match.text_part.toFixed(2)}, criteria fit ${match.fit_part.toFixed(2)}`),
    breakdown(match), keep);
}

async function findCompanies() {
  clearError();
  const body = { text: $("#interest-text").value, criteria: corrected(), top_k: 10 };
  $("#results").hidden = false;
  $("#results-status").textContent = "Matching…";
  try {
    const out = await post("/api/investors/match", body);
    $("#company-list").replaceChildren(...out.matches.map(companyCard));
    $("#results-status").textContent = out.matches.length ? `${out.matches.length} companies, best first.` : "No company fits.";
  } catch (error) {
    $("#company-list").replaceChildren();
    $("#results-status").textContent = "";
    showError(error.message);
  }
}

const shortlist = () => JSON.parse(localStorage.getItem(SHORTLIST_STORE) || "[]");
function addToShortlist(match) {
  const items = shortlist().filter((i) => i.id !== match.id);
  items.push({ id: match.id, name: match.name, score: match.score, place: match.place || "" });
  localStorage.setItem(SHORTLIST_STORE, JSON.stringify(items));
  renderShortlist();
}
function renderShortlist() {
  const items = shortlist();
  $("#shortlist-items").replaceChildren(...(items.length ? items.map((i) => h("li", { "data-id": i.id }, `${i.name} (${i.place || "place unknown"})`))
    : [h("li", { class: "hint" }, "Nothing yet: add companies from the results.")]));
}

function saveBlob(blob, filename) {
  const url = URL.createObjectURL(blob);
  const link = h("a", { href: url, download: filename });
  document.body.append(link); link.click(); link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function pairs(id) {
  return $(id).value.split(/\n|;/).map((s) => s.trim()).filter(Boolean).map((line) => {
    const [investor, company] = line.split(":").map((s) => (s || "").trim());
    return { investor, company };
  });
}
function ids(id) {
  const parts = $(id).value.split(/[,\s]+/).filter(Boolean);
  return parts.length === 0 || (parts.length === 1 && parts[0] === "all") ? "all" : parts;
}
function sessionBody() {
  const body = { investors: ids("#session-investors"), companies: ids("#session-companies"),
    slots: num("#session-slots"), tables: num("#session-tables"), must_meet: pairs("#session-must"),
    must_not_meet: pairs("#session-must-not") };
  if (num("#session-per-investor") !== null) body.per_investor = num("#session-per-investor");
  if (num("#session-per-company") !== null) body.per_company = num("#session-per-company");
  return body;
}

async function planSession() {
  clearError();
  $("#session-status").textContent = "Planning…";
  try {
    const plan = await post("/api/investors/sessions/plan", sessionBody());
    $("#session-table tbody").replaceChildren(...plan.meetings.map((m) => h("tr", {},
      h("td", {}, m.slot), h("td", {}, m.table), h("td", {}, m.investor), h("td", {}, m.company),
      h("td", {}, m.fit.toFixed(2)), h("td", {}, m.reason))));
    $("#session-table").hidden = false;
    $("#session-csv").hidden = $("#session-print").hidden = false;
    $("#session-status").textContent = `${plan.meetings.length} meetings over ${plan.slots} slots and ${plan.tables} tables; total fit ${plan.total_fit.toFixed(2)}.`;
  } catch (error) {
    $("#session-table").hidden = true;
    $("#session-status").textContent = "";
    showError(error.message);
  }
}

async function sessionFile(extension, filename) {
  try {
    const res = await post(`/api/investors/sessions/plan.${extension}`, sessionBody(), { raw: true });
    const blob = await res.blob();
    if (extension === "html") window.open(URL.createObjectURL(blob), "_blank");
    else saveBlob(blob, filename);
  } catch (error) { showError(error.message); }
}

keyForm(() => {}, (key) => (key ? "Key in use: matching needs a member key, sessions a staff key."
  : "No key: you can read an interest; matching needs a member key."));
$("#interest-form").addEventListener("submit", readInterest);
$("#find-companies").addEventListener("click", findCompanies);
$("#shortlist-clear").addEventListener("click", () => { localStorage.removeItem(SHORTLIST_STORE); renderShortlist(); });
$("#shortlist-csv").addEventListener("click", () => {
  const lines = ["id,name,place,score", ...shortlist().map((i) => [i.id, i.name, i.place, i.score].map((v) => `"${String(v).replaceAll('"', '""')}"`).join(","))];
  saveBlob(new Blob([lines.join("\n") + "\n"], { type: "text/csv" }), "investor-shortlist.csv");
});
$("#plan-session").addEventListener("click", planSession);
$("#session-csv").addEventListener("click", () => sessionFile("csv", "session.csv"));
$("#session-print").addEventListener("click", () => sessionFile("html", "session.html"));
renderShortlist();
