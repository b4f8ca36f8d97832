// The matcher's page: a brief in, what was understood (editable), a crew sheet out; a plain
// search; a shortlist saved and exported with a staff key. Vanilla JS, no build step.
// Every piece of data reaches the page through textContent (never innerHTML), so nothing a
// profile or brief says can become markup.

import { $, $$, h } from "./dom.js";
import { forgetKey, readKey, rememberWanted, saveKey, showRemembered } from "./keystore.js";

// The film office's working day (profile pages, contacts for staff, paper, map, shortlists).
import { cardExtras, openLink, saveShortlist, sheetTools } from "./office/sheet-tools.js";

const EXAMPLE_BRIEF =
  "Hi both, we're prepping a six-part period drama and will be shooting six weeks in Leek from 3 March 2027. " +
  "We need a gaffer, two sparks, a costume standby with period experience, a unit base for 20 vehicles " +
  "and catering for 40. Ideally everyone local (within 30 miles). Crew rates capped at £350/day.\n\nThanks, Jo";

// ---------------------------------------------------------------------------- state
const state = {
  key: readKey(),
  role: null,            // "staff" once a key unlocked shortlists; "other" for a known non-staff key
  brief: null,           // the Brief as last understood or edited
  selection: new Map(),  // profile id -> {match, need}
  saved: null,           // the last saved shortlist {id, name}
  diaryWithheld: false,  // the last sheet was matched without its dates (no member key)
  uid: 0,
};
const nextId = (prefix) => `${prefix}-${++state.uid}`;

// ---------------------------------------------------------------------------- messages
const alertBox = $("#alert");
const statusBox = $("#status");

function showError(message) {
  alertBox.replaceChildren(
    h("span", { class: "alert-icon", "aria-hidden": "true" }, "!"),
    h("span", { class: "alert-text" }, message),
    h("button", { type: "button", class: "alert-close", "aria-label": "Dismiss message", onclick: clearError }, "×"),
  );
  alertBox.classList.add("is-shown");
}
function clearError() {
  alertBox.replaceChildren();
  alertBox.classList.remove("is-shown");
}
function announce(message) {
  statusBox.textContent = "";
  // A fresh text node after a tick makes screen readers announce a repeated message too.
  setTimeout(() => { statusBox.textContent = message; }, 30);
}

/** A readable sentence from an error response: {detail: "…"} or FastAPI's list of field errors. */
function readableDetail(body, status) {
  const detail = body && body.detail;
  if (typeof detail === "string" && detail.trim()) return detail;
  if (Array.isArray(detail) && detail.length) {
    return detail.map((e) => {
      const where = (e.loc || []).filter((p) => p !== "body").join(" → ");
      return where ? `${where}: ${e.msg}` : e.msg;
    }).join("; ");
  }
  if (status === 401) return "This needs an API key. Enter a staff key at the top of the page.";
  if (status === 403) return "Your key may not do this: a staff key is needed.";
  if (status >= 500) return "The matcher hit a problem on its side. Please try again in a moment.";
  return `The request failed (HTTP ${status}).`;
}

class ApiError extends Error {
  constructor(message, status) { super(message); this.status = status; }
}

async function api(method, path, body, { raw = false } = {}) {
  const headers = { Accept: raw ? "text/csv, */*" : "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (state.key) headers["X-API-Key"] = state.key;
  let res;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError("The matcher could not be reached. Check the connection and try again.", 0);
  }
  if (!res.ok) {
    let parsed = null;
    try { parsed = await res.json(); } catch { /* not JSON */ }
    throw new ApiError(readableDetail(parsed, res.status), res.status);
  }
  if (raw) return res;
  return res.status === 204 ? null : res.json();
}

/** Run an action with its button busy; any error goes to the alert region. */
async function busy(button, label, action) {
  const original = button.textContent;
  button.disabled = true;
  button.setAttribute("aria-busy", "true");
  button.textContent = label;
  document.body.classList.add("is-busy");
  try {
    return await action();
  } catch (err) {
    showError(err instanceof ApiError ? err.message : `Something went wrong: ${err.message}`);
    return undefined;
  } finally {
    button.disabled = false;
    button.removeAttribute("aria-busy");
    button.textContent = original;
    document.body.classList.remove("is-busy");
  }
}

// ---------------------------------------------------------------------------- formatting
const dateFmt = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });
const fmtDate = (iso) => dateFmt.format(new Date(`${iso}T12:00:00`));
const fmtRange = (a, b) => (a === b ? fmtDate(a) : `${fmtDate(a)} – ${fmtDate(b)}`);
const fmtKm = (km) => (km < 10 ? `${km.toFixed(1)} km` : `${Math.round(km)} km`);
const fmtMiles = (km) => { const mi = km / 1.609344; return `${mi < 10 ? mi.toFixed(1) : Math.round(mi)} miles`; };
const fmtRadius = (km) => `${Math.round(km * 10) / 10} km (${Math.round(km / 1.609344)} miles)`;
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** "Leek"; "Burton upon Trent, Lichfield or Tamworth". */
const orList = (names) => (names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names.at(-1)}` : names[0] || "");
const KIND_LABEL = { freelancer: "Freelancer", company: "Company", facility: "Facility" };
const AVAILABILITY = {
  available: { label: "Available", cls: "ok" },
  "partly available": { label: "Partly available", cls: "part" },
  unknown: { label: "Availability unknown", cls: "unknown" },
  booked: { label: "Booked", cls: "no" },
};

// ---------------------------------------------------------------------------- API key
const keyInput = $("#api-key");
const keyStatus = $("#key-status");

function renderKeyState() {
  const forget = $("#key-forget");
  forget.hidden = !state.key;
  keyInput.value = state.key ? state.key : "";
  if (!state.key) keyStatus.textContent = "Public view: no contact details; saving needs a staff key.";
  else if (state.role === "staff") keyStatus.textContent = "Staff key in use: shortlists and exports unlocked.";
  else if (state.role === "other") keyStatus.textContent = "Key in use. Saving shortlists needs a staff key.";
  else keyStatus.textContent = "Key saved on this computer.";
  document.body.classList.toggle("is-staff", state.role === "staff");
  renderTray();
  loadSenderOptions();
}

/** "Sent by" suggests the profiles a member key owns (a production company sending its own brief). */
async function loadSenderOptions() {
  const list = $("#sender-options");
  if (!state.key) { list.replaceChildren(); return; }
  const mine = await api("GET", "/api/me/profiles").catch(() => []);  // no profiles of its own: no suggestions
  list.replaceChildren(...mine.map((p) => h("option", { value: p.id }, p.name)));
}

/** Ask the API what the key may do: listing shortlists is staff-only. */
async function probeKey() {
  if (!state.key) { state.role = null; renderKeyState(); return; }
  try {
    await api("GET", "/api/shortlists");
    state.role = "staff";
  } catch (err) {
    if (err.status === 401) {
      showError(`${err.message} The key was not kept.`);
      state.key = "";
      forgetKey();
      state.role = null;
    } else if (err.status === 403) {
      state.role = "other";
    } else {
      state.role = null;
    }
  }
  renderKeyState();
}

$("#key-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  clearError();
  state.key = keyInput.value.trim();
  saveKey(state.key, rememberWanted());
  await probeKey();
  announce(keyStatus.textContent);
  if (state.role === "staff" && !$("#panel-lists").hidden) loadLists();
});
$("#key-forget").addEventListener("click", () => {
  state.key = "";
  state.role = null;
  forgetKey();
  showRemembered();
  renderKeyState();
  keyInput.focus();
  announce("Key forgotten. Public view.");
});

// ---------------------------------------------------------------------------- tabs
const tabs = $$('[role="tab"]');
function selectTab(tab, focus = true) {
  for (const t of tabs) {
    const on = t === tab;
    t.setAttribute("aria-selected", String(on));
    t.tabIndex = on ? 0 : -1;
    $(`#${t.getAttribute("aria-controls")}`).hidden = !on;
  }
  if (focus) tab.focus();
  if (tab.id === "tab-lists") loadLists();
}
for (const tab of tabs) {
  tab.addEventListener("click", () => selectTab(tab));
  tab.addEventListener("keydown", (e) => {
    const i = tabs.indexOf(tab);
    const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    selectTab(tabs[(to + tabs.length) % tabs.length]);
  });
}

// ---------------------------------------------------------------------------- 1. the brief
const briefForm = $("#brief-form");
const briefText = $("#brief-text");

$("#example-brief").addEventListener("click", () => {
  briefText.value = EXAMPLE_BRIEF;
  briefText.focus();
});
briefText.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    briefForm.requestSubmit();
  }
});
briefForm.addEventListener("submit", async (e) => {
  e.preventDefault();
  clearError();
  if (!briefText.value.trim()) {
    showError("The brief is empty: paste the production’s brief text, or try the example.");
    briefText.focus();
    return;
  }
  announce("Reading the brief…");
  const brief = await busy($("#read-brief"), "Reading…", () => api("POST", "/api/briefs/parse", { text: briefText.value }));
  if (!brief) { briefText.focus(); return; }
  state.brief = brief;
  renderUnderstood(brief);
  $("#sheet").hidden = true;
  const form = $("#understood-form");
  form.hidden = false;
  $("#understood-title").focus();
  const n = brief.needs.length;
  announce(n ? `Understood ${plural(n, "need")}. Check them, then find crew.`
    : "No crew role or facility was recognised. Add a need, or find crew for a plain search.");
});

// ---------------------------------------------------------------------------- 2. what we understood
function renderUnderstood(brief) {
  // Parser notes
  const notes = brief.notes || [];
  $("#parser-notes").hidden = notes.length === 0;
  $("#parser-notes-list").replaceChildren(...notes.map((n) => h("li", {}, n)));

  // Needs
  $("#needs-list").replaceChildren(...brief.needs.map((need) => needRow(need)));
  renumberNeeds();

  // Where
  const places = brief.locations || [];
  $("#base-place").value = places.map((p) => p.name).join(", ");
  $("#base-place-hint").textContent = places.length
    ? "Towns or postcodes, separated by commas; distance is to the nearest. Leave empty to ignore distance."
    : "No place was found in the brief. Add towns or postcodes to measure distance, or leave empty.";
  $("#radius").value = brief.radius_km;
  updateRadiusHint();

  // When
  const d = brief.dates;
  $("#date-start").value = d ? d.start : "";
  $("#date-end").value = d ? d.end : "";
  $("#dates-hint").textContent = d
    ? `${d.approximate ? "Approximate, read" : "Read"} from “${d.text}”.${d.approximate ? " Narrow it if you know better." : ""}`
    : "No dates were found: availability is not checked. Add dates to check diaries.";

  // Budget
  const b = brief.budget;
  const parts = [];
  if (b && b.level) parts.push(`${b.level} budget`);
  if (b && b.amount_gbp != null) parts.push(`£${Number(b.amount_gbp).toLocaleString("en-GB")} in all`);
  const from = b && b.text ? ` from “${b.text}”` : "";
  $("#budget-read").textContent = !b ? "No budget was mentioned."
    : parts.length ? `Read as ${parts.join(", ")}${from}.`
      : b.max_day_rate_gbp != null ? `A day-rate cap was read${from}.` : `Budget mentioned${from}.`;
  $("#max-rate").value = b && b.max_day_rate_gbp != null ? b.max_day_rate_gbp : "";
}

function updateRadiusHint() {
  const km = parseFloat($("#radius").value);
  $("#radius-hint").textContent = Number.isFinite(km) && km > 0 ? `About ${Math.round(km / 1.609344)} miles.` : "";
}
$("#radius").addEventListener("input", updateRadiusHint);

function needRow(need) {
  const id = nextId("need");
  const li = h("li", { class: "need-row", dataset: { role: need.role || "", text: need.text || "" } });
  const legendId = `${id}-legend`;
  const origin = [];
  if (need.text) origin.push(h("span", { class: "need-said" }, "from “", h("q", { class: "said" }, need.text), "”"));
  // A guess is shown as one, with its confidence; a need with no role we know says so.
  const guessed = need.role && need.how === "embedding";
  const roleTag = h("span", { class: `role-tag${guessed ? " role-guess" : ""}` },
    guessed ? `guess: ${need.role} (confidence ${Number(need.confidence).toFixed(2)}), correct it if wrong`
      : need.role ? `role: ${need.role}` : "not a role we know: matched on the words");
  origin.push(roleTag);
  if (need.role) {
    // A relabelled need keeps the parser's role unless the user lets go of it.
    const clear = h("button", {
      type: "button", class: "btn-link role-clear",
      "aria-label": `Match need on its words only, not as the role ${need.role}`,
      onclick: () => {
        li.dataset.role = "";
        roleTag.textContent = "matched on the words";
        clear.remove();
        $(".in-label", li).focus();
        announce(`The need is now matched on its words only.`);
      },
    }, "match on words only");
    origin.push(clear);
  }

  li.append(
    h("div", { class: "need-head" },
      h("h3", { class: "need-legend", id: legendId }, "Need"),
      h("p", { class: "need-origin" }, ...origin)),
    h("div", { class: "need-fields", role: "group", "aria-labelledby": legendId },
      h("div", { class: "field need-label" },
        h("label", { for: `${id}-label`, class: "field-label" }, "What is needed"),
        h("input", { id: `${id}-label`, class: "in-label", type: "text", value: need.label, autocomplete: "off", required: true })),
      h("div", { class: "field need-qty" },
        h("label", { for: `${id}-qty`, class: "field-label" }, "How many"),
        h("input", { id: `${id}-qty`, class: "in-qty", type: "number", min: 1, max: 50, step: 1, value: need.quantity, inputmode: "numeric" })),
      h("div", { class: "field need-kind" },
        h("label", { for: `${id}-kind`, class: "field-label" }, "Kind"),
        kindSelect(`${id}-kind`, need.kind)),
      h("div", { class: "field need-quals" },
        h("label", { for: `${id}-quals`, class: "field-label" }, "Qualifiers"),
        h("input", {
          id: `${id}-quals`, class: "in-quals", type: "text", autocomplete: "off",
          value: (need.qualifiers || []).join(", "), placeholder: "e.g. own kit",
          "aria-describedby": `${id}-quals-hint`,
        }),
        h("p", { id: `${id}-quals-hint`, class: "sr-only" }, "Separate qualifiers with commas.")),
      h("div", { class: "need-remove" },
        h("button", {
          type: "button", class: "btn btn-quiet btn-small btn-remove",
          onclick: () => removeNeed(li),
        }, "Remove", h("span", { class: "sr-only need-remove-name" }, ` ${need.label}`)))),
  );
  // keep the remove button's accessible name in step with the label
  $(".in-label", li).addEventListener("input", (e) => {
    $(".need-remove-name", li).textContent = ` ${e.target.value}`;
    // The brief's words named the old label: once relabelled, the query uses the new words.
    li.dataset.edited = e.target.value.trim() !== need.label ? "1" : "";
  });
  return li;
}

function kindSelect(id, value) {
  const sel = h("select", { id, class: "in-kind" },
    h("option", { value: "crew" }, "Crew"),
    h("option", { value: "facility" }, "Facility"));
  sel.value = value || "crew";
  return sel;
}

function renumberNeeds() {
  const rows = $$("#needs-list .need-row");
  rows.forEach((li, i) => { $(".need-legend", li).textContent = `Need ${i + 1}`; });
  $("#needs-empty").hidden = rows.length > 0;
}

function removeNeed(li) {
  const rows = $$("#needs-list .need-row");
  const i = rows.indexOf(li);
  const label = $(".in-label", li).value || "need";
  li.remove();
  renumberNeeds();
  const left = $$("#needs-list .need-row");
  // focus the next row's first field, or the previous, or the add button
  const target = left[i] || left[i - 1];
  (target ? $(".in-label", target) : $("#add-need")).focus();
  announce(`Removed ${label}.`);
}

$("#add-need").addEventListener("click", () => {
  const li = needRow({ role: null, label: "", kind: "crew", quantity: 1, qualifiers: [], text: "" });
  $("#needs-list").append(li);
  renumberNeeds();
  $(".in-label", li).focus();
});

/** A place the user typed, resolved by the API's gazetteer (the search echoes the point it measured from). */
async function resolvePlace(name) {
  const known = (state.brief.locations || []).find((p) => p.name.toLowerCase() === name.toLowerCase());
  if (known) return known;
  let res;
  try {
    res = await api("POST", "/api/search", { text: name, place: name, top_k: 1 });
  } catch (err) {
    $("#base-place").focus();
    if (err.status === 422) throw new ApiError(`Shoot locations: “${name}” is not a UK town or postcode district the matcher knows. Try the nearest town or a district such as ST13.`, 422);
    throw err;
  }
  const near = res && res.query && res.query.near;
  if (!near) throw new ApiError(`“${name}” is not a UK town or postcode district the matcher knows.`, 422);
  return { name, lat: near.lat, lon: near.lon };
}

/** The edited Brief from the form, or an error message to show. */
async function briefFromForm() {
  const prev = state.brief;
  const needs = [];
  const rows = $$("#needs-list .need-row");
  for (const [i, li] of rows.entries()) {
    const label = $(".in-label", li).value.trim();
    if (!label) {
      $(".in-label", li).focus();
      throw new ApiError(`Need ${i + 1} has no description: say what is needed, or remove it.`, 400);
    }
    const qty = Number($(".in-qty", li).value);
    if (!Number.isInteger(qty) || qty < 1 || qty > 50) {
      $(".in-qty", li).focus();
      throw new ApiError(`Need ${i + 1} (${label}): how many must be a whole number from 1 to 50.`, 400);
    }
    needs.push({
      role: li.dataset.role || null,
      label,
      kind: $(".in-kind", li).value,
      quantity: qty,
      qualifiers: $(".in-quals", li).value.split(",").map((q) => q.trim()).filter(Boolean),
      text: li.dataset.edited ? "" : (li.dataset.text || ""),
    });
  }

  const radius = Number($("#radius").value);
  if (!(radius > 0 && radius <= 1000)) {
    $("#radius").focus();
    throw new ApiError("Local means within: give a distance in km above 0 and up to 1000.", 400);
  }

  const locations = [];
  for (const name of new Set($("#base-place").value.split(/[,\n]/).map((n) => n.trim()).filter(Boolean))) {
    locations.push(await resolvePlace(name));  // one at a time: the first unknown place is the one reported
  }

  const start = $("#date-start").value;
  const end = $("#date-end").value;
  let dates = null;
  if (start || end) {
    if (!start || !end) {
      $(start ? "#date-end" : "#date-start").focus();
      throw new ApiError("Give both dates (from and to), or clear both to skip the availability check.", 400);
    }
    if (end < start) {
      $("#date-end").focus();
      throw new ApiError(`The dates end (${fmtDate(end)}) before they start (${fmtDate(start)}).`, 400);
    }
    const same = prev.dates && prev.dates.start === start && prev.dates.end === end;
    dates = same ? prev.dates : { start, end, text: "set by hand", approximate: false };
  }

  const rateText = $("#max-rate").value.trim();
  let budget = prev.budget ? { ...prev.budget } : null;
  if (rateText) {
    const rate = Number(rateText);
    if (!(rate >= 0)) {
      $("#max-rate").focus();
      throw new ApiError("The crew day rate cap must be an amount in pounds, 0 or more.", 400);
    }
    budget = { ...(budget || {}), max_day_rate_gbp: rate };
  } else if (budget) {
    budget.max_day_rate_gbp = null;
  }

  return { ...prev, needs, locations, dates, budget, radius_km: radius };
}

// The shoot locations wrap over two lines, but Enter still submits, as in every other field.
$("#base-place").addEventListener("keydown", (e) => {
  if (e.key === "Enter" && !e.shiftKey) {
    e.preventDefault();
    $("#understood-form").requestSubmit();
  }
});

$("#understood-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  clearError();
  announce("Finding crew…");
  const sheet = await busy($("#find-crew"), "Finding crew…", async () => {
    const brief = await briefFromForm();
    state.brief = brief;
    const sender = $("#sender").value.trim();
    return api("POST", "/api/briefs/match", sender ? { brief, sender } : { brief });
  });
  if (!sheet) return;
  state.brief = sheet.brief;
  renderSheet(sheet);
});

// ---------------------------------------------------------------------------- 3. the crew sheet
function renderSheet(sheet) {
  const body = $("#sheet-body");
  body.replaceChildren();
  const brief = sheet.brief;
  // Without a member key the dates are not matched on (diaries are member data): cards say so.
  state.diaryWithheld = (brief.notes || []).some((n) => /diaries and day rates are member data/.test(n));
  const names = (brief.locations || []).map((p) => p.name);
  state.together = togetherByProfile(sheet);

  const bits = [];
  if (names.length) bits.push(`within ${fmtRadius(brief.radius_km)} of ${orList(names)}`);
  else bits.push("anywhere (no base location)");
  if (brief.dates) bits.push(fmtRange(brief.dates.start, brief.dates.end));
  if (brief.budget && brief.budget.max_day_rate_gbp != null) bits.push(`crew up to £${brief.budget.max_day_rate_gbp}/day`);

  let summary;
  if (sheet.fallback) {
    summary = `Plain search over the whole brief · ${plural(sheet.fallback_matches.length, "match", "matches")} · ${bits.join(" · ")}`;
    body.append(
      h("div", { class: "banner banner-info" },
        h("p", { class: "banner-title" }, "No need recognised"),
        h("p", {}, sheet.message || "No crew role or facility was recognised in this brief, so this is a plain search over its whole text."),
        h("p", { class: "hint" }, "Add a need in step 2 for a proper crew sheet.")),
      ...(sheet.sender ? [togetherBlock(sheet)] : []),
      matchList(sheet.fallback_matches, "Plain search"),
    );
  } else {
    const total = sheet.needs.reduce((n, r) => n + r.matches.length, 0);
    const gaps = sheet.needs.filter((r) => r.gap).length;
    summary = [plural(sheet.needs.length, "need"), plural(total, "match", "matches"),
      gaps ? plural(gaps, "gap") : "no gaps", ...bits].join(" · ");
    if (sheet.message) body.append(h("div", { class: "banner banner-info" }, h("p", {}, sheet.message)));
    if (sheet.packages && sheet.packages.length) body.append(packagesBlock(sheet));
    if (sheet.sender || (sheet.worked_together || []).length) body.append(togetherBlock(sheet));
    body.append(h("nav", { class: "need-index", "aria-label": "Needs on this sheet" },
      h("ul", {}, ...sheet.needs.map((r, i) => h("li", {},
        h("a", { href: `#need-${i + 1}`, class: r.gap ? "is-gap" : "" },
          `${r.need.label}${r.need.quantity > 1 ? ` ×${r.need.quantity}` : ""}`,
          r.gap ? h("span", { class: "sr-only" }, " (gap)") : null))))));
    sheet.needs.forEach((r, i) => body.append(needSection(r, i, brief)));
  }
  $("#sheet-summary").textContent = summary;
  const section = $("#sheet");
  sheetTools(sheet, section);
  section.hidden = false;
  $("#sheet-title").focus();
  announce(`Crew sheet ready: ${summary}.`);
}

// Past work together (shared credits: same title, same year), as evidence on the sheet: between
// people and firms put forward for different needs, and with the member that sent the brief.
// Names come from the API as the caller's role may see them.
function togetherByProfile(sheet) {
  const needOf = new Map();
  sheet.needs.forEach((r) => [...r.matches, ...r.beyond].forEach((m) => { if (!needOf.has(m.id)) needOf.set(m.id, r.need.label); }));
  const by = new Map();
  const add = (id, other, pair) => {
    if (!by.has(id)) by.set(id, []);
    by.get(id).push({ other, need: pair.with_sender ? null : needOf.get(other.id), sender: pair.with_sender, productions: pair.productions });
  };
  for (const pair of sheet.worked_together || []) {
    add(pair.a.id, pair.b, pair);
    if (!pair.with_sender) add(pair.b.id, pair.a, pair);
  }
  return by;
}

function productionsText(productions) {
  return productions.length > 1 ? `${productions[0]} (and ${plural(productions.length - 1, "more production", "more productions")})` : productions[0];
}

function togetherLine(t) {
  const who = t.sender ? `${t.other.name}, who sent the brief,` : `${t.other.name}${t.need ? ` (${t.need})` : ""}`;
  return `Worked with ${who} on ${productionsText(t.productions)}`;
}

function togetherBlock(sheet) {
  const pairs = sheet.worked_together || [];
  const title = "Worked together before";
  const box = h("section", { class: "card together", "aria-labelledby": "together-title" },
    h("h3", { class: "section-title", id: "together-title" }, title),
    h("p", { class: "hint" }, "From shared credits: the same title in the same year. Evidence only: the order of each list is the search’s."));
  if (!pairs.length) {
    box.append(h("p", { class: "empty" }, `No one on this sheet shares a credit with ${sheet.sender.name}.`));
    return box;
  }
  box.append(h("ul", { class: "together-list" }, ...pairs.map((p) => h("li", {},
    h("span", { class: "together-who" }, p.a.name), " and ",
    h("span", { class: "together-who" }, p.with_sender ? `${p.b.name} (who sent the brief)` : p.b.name),
    `: ${productionsText(p.productions)}`))));
  return box;
}

function packagesBlock(sheet) {
  return h("section", { class: "card packages", "aria-labelledby": "packages-title" },
    h("h3", { class: "section-title", id: "packages-title" }, "Companies covering several needs"),
    h("ul", { class: "package-list" }, ...sheet.packages.map((p) => h("li", { class: "package" },
      h("span", { class: "package-name" }, p.name),
      h("span", { class: "badge" }, KIND_LABEL[p.kind] || p.kind),
      p.distance_km != null ? h("span", { class: "meta" }, fmtKm(p.distance_km)) : null,
      h("span", { class: "package-covers" }, "covers ",
        ...p.labels.map((l) => h("span", { class: "chip" }, l)))))));
}

function needSection(result, i, brief) {
  const need = result.need;
  const id = `need-${i + 1}`;
  const title = `${need.label}${need.quantity > 1 ? ` ×${need.quantity}` : ""}`;
  const section = h("section", { class: `need-section${result.gap ? " has-gap" : ""}`, id, "aria-labelledby": `${id}-title` },
    h("header", { class: "need-section-head" },
      h("h3", { class: "need-title", id: `${id}-title` }, title),
      h("p", { class: "need-sub" },
        h("span", { class: "badge" }, need.kind === "facility" ? "Facility" : "Crew"),
        ...(need.qualifiers || []).map((q) => h("span", { class: "chip chip-qual" }, q)),
        h("span", { class: "meta" }, [
          need.text ? `from “${need.text}”` : "as corrected",
          result.gap ? "nothing confident nearby"
            : `${plural(result.matches.length, "match", "matches")}${need.quantity > 1 ? ` for ${need.quantity} places` : ""}`,
        ].join(" · ")))));

  const label = need.label;
  if (result.gap) {
    section.append(h("div", { class: "banner banner-gap", role: "note" },
      h("p", { class: "banner-title" }, "Gap"),
      h("p", {}, capitalise(result.gap_reason || "nothing local above the confidence threshold") + "."),
      result.beyond.length
        ? h("p", { class: "hint" }, result.beyond.length === 1 ? "The nearest option beyond the radius is listed below."
          : `The nearest ${result.beyond.length} options beyond the radius are listed below.`)
        : h("p", { class: "hint" }, "Nothing further away either: this may need recruiting from outside the cluster.")));
  }
  if (result.matches.length) {
    if (result.gap) section.append(h("h4", { class: "list-title" }, "Closest local profiles (low confidence)"));
    section.append(matchList(result.matches, label));
  } else if (!result.gap) {
    section.append(h("p", { class: "empty" }, "No matches."));
  }
  if (result.beyond.length) {
    section.append(h("h4", { class: "list-title" }, `Beyond ${fmtRadius(brief.radius_km)}`),
      matchList(result.beyond, label, { beyond: true }));
  }
  return section;
}

const capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);

function matchList(matches, needLabel, opts = {}) {
  if (!matches.length) return h("p", { class: "empty" }, "No matches.");
  return h("ol", { class: `match-list${opts.beyond ? " is-beyond" : ""}` }, ...matches.map((m) => matchCard(m, needLabel)));
}

// Distance, availability and an unknown location are shown as the card's facts; not again as chips.
const REDUNDANT_REASON = [/^availability:/i, /^\d+(\.\d+)? km away$/i, /^(availability|location) unknown$/i];

function reasonClass(reason) {
  if (/^(exact|related) role/.test(reason)) return " chip-role";
  if (/ unknown$/.test(reason)) return " chip-flag";
  if (/^similar description/.test(reason)) return " chip-weak";
  return "";
}

function matchCard(m, needLabel) {
  const ex = m.explanation || {};
  const id = nextId("m");
  const avail = AVAILABILITY[ex.availability];
  const checkbox = h("input", {
    type: "checkbox", id: `${id}-sel`, class: "sel", dataset: { id: m.id },
    "aria-label": `Shortlist ${m.name}${needLabel ? ` for ${needLabel}` : ""}`,
  });
  checkbox.checked = state.selection.has(m.id);
  checkbox.addEventListener("change", () => toggleSelection(m, needLabel, checkbox.checked));

  const meta = [];
  meta.push(h("span", { class: "badge" }, KIND_LABEL[m.kind] || m.kind));
  const where = [];
  if (m.place) where.push(h("span", { class: "meta-place" }, m.place));
  if (ex.distance_km != null) {
    where.push(h("span", { class: "meta-distance" }, `${fmtKm(ex.distance_km)} away`,
      h("span", { class: "meta-miles" }, ` (${fmtMiles(ex.distance_km)})`)));
    if (ex.within_travel_radius === false) where.push(h("span", { class: "warn-text" }, "beyond their travel radius"));
  } else if (ex.unknown && ex.unknown.includes("location")) {
    where.push(h("span", { class: "is-unknown" }, "location unknown"));
  }
  if (where.length) meta.push(h("span", { class: "meta meta-where" }, ...where.flatMap((w, i) => (i ? [", ", w] : [w]))));
  if (avail) meta.push(h("span", { class: `avail avail-${avail.cls}` }, avail.label));
  else if (ex.availability) meta.push(h("span", { class: "avail avail-unknown" }, ex.availability));
  else if (state.diaryWithheld) meta.push(h("span", { class: "avail avail-unknown" }, "Diary: members only"));

  const reasons = (ex.reasons || []).filter((r) => !REDUNDANT_REASON.some((re) => re.test(r)));
  const evidence = ex.role_evidence || (ex.matched_terms && Object.keys(ex.matched_terms).length);
  if (!evidence) reasons.push("similar description only");

  return h("li", { class: `match${state.selection.has(m.id) ? " is-selected" : ""}`, dataset: { id: m.id } },
    h("div", { class: "match-check" }, checkbox),
    h("div", { class: "match-body" },
      h("div", { class: "match-top" },
        h("label", { for: `${id}-sel`, class: "match-name" }, m.name),
        h("span", { class: "match-meta" }, ...meta)),
      m.headline ? h("p", { class: "match-headline" }, m.headline) : null,
      // A company known from Companies House only: the film office should invite it first.
      m.register_note ? h("p", { class: "register-note" }, m.register_note[0].toUpperCase() + m.register_note.slice(1)) : null,
      reasons.length
        ? h("ul", { class: "reasons", "aria-label": `Why ${m.name} matched` },
          ...reasons.map((r) => h("li", { class: `chip${reasonClass(r)}` }, r)))
        : null,
      (state.together && state.together.get(m.id))
        ? h("ul", { class: "worked-together", "aria-label": `Who ${m.name} has worked with on this sheet` },
          ...state.together.get(m.id).map((t) => h("li", {}, togetherLine(t))))
        : null,
      ...cardExtras(m, state.brief)));
}

// ---------------------------------------------------------------------------- selection / shortlist tray
function toggleSelection(m, needLabel, on) {
  if (on) state.selection.set(m.id, { match: m, need: needLabel || null });
  else state.selection.delete(m.id);
  for (const box of $$(`input.sel[data-id="${CSS.escape(m.id)}"]`)) {
    box.checked = on;
    box.closest(".match").classList.toggle("is-selected", on);
  }
  state.saved = null;
  renderTray();
  announce(`${on ? "Added" : "Removed"} ${m.name}. ${plural(state.selection.size, "profile")} selected.`);
}

function renderTray() {
  const n = state.selection.size;
  $("#tray-count").textContent = String(n);
  $("#tray-count").setAttribute("aria-label", `${plural(n, "profile")} selected`);
  $("#tray-empty").hidden = n > 0;
  const groups = new Map();
  for (const [pid, item] of state.selection) {
    const g = item.need || "Other";
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g).push([pid, item]);
  }
  $("#tray-list").replaceChildren(...[...groups].map(([need, items]) => h("li", { class: "tray-group" },
    h("p", { class: "tray-need" }, need),
    h("ul", {}, ...items.map(([pid, item]) => h("li", { class: "tray-item" },
      h("span", { class: "tray-name" }, item.match.name),
      h("button", {
        type: "button", class: "btn-icon", "aria-label": `Remove ${item.match.name} from the shortlist`,
        onclick: () => {
          toggleSelection(item.match, item.need, false);
          const next = $("#tray-list button") || $("#shortlist-name");
          next.focus();
        },
      }, "×")))))));

  const staff = state.role === "staff";
  const save = $("#save-shortlist");
  save.setAttribute("aria-disabled", String(!staff || n === 0));
  $("#save-note").textContent = !state.key
    ? "Saving and exporting need a staff key: enter it under API key at the top of the page."
    : !staff ? "This key cannot save shortlists: saving and exporting need a staff key." : n === 0
      ? "Select at least one match to save a shortlist." : "";
  $("#save-form").classList.toggle("is-locked", !staff);

  const saved = $("#saved");
  saved.hidden = !state.saved;
  if (state.saved) {
    $("#saved-text").textContent = state.saved.added
      ? `This production already had a shortlist: added to “${state.saved.name}”, now ${plural(state.saved.count, "profile")}.`
      : `Saved “${state.saved.name}” with ${plural(state.saved.count, "profile")}.`;
  }
}

$("#clear-selection").addEventListener("click", () => {
  state.selection.clear();
  state.saved = null;
  for (const box of $$("input.sel")) { box.checked = false; box.closest(".match").classList.remove("is-selected"); }
  renderTray();
  announce("Selection cleared.");
});

$("#save-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  clearError();
  const nameInput = $("#shortlist-name");
  if (state.role !== "staff") {
    showError(state.key ? "This key cannot save shortlists: a staff key is needed."
      : "Saving a shortlist needs a staff key: enter it under API key at the top of the page.");
    if (!state.key) keyInput.focus();
    return;
  }
  if (state.selection.size === 0) { showError("Select at least one match to save a shortlist."); return; }
  const name = nameInput.value.trim();
  if (!name) { showError("Give the production’s name: it names the shortlist."); nameInput.focus(); return; }
  const items = [...state.selection].map(([pid, item]) => ({ profile_id: pid, need: item.need ? item.need.slice(0, 200) : null }));
  const body = { name, items };
  if (state.brief && [...state.selection.values()].some((i) => i.need && !i.need.startsWith("Search:"))) body.brief = state.brief;
  const saved = await busy($("#save-shortlist"), "Saving…", () => saveShortlist(body));
  if (!saved) return;
  state.saved = saved;
  renderTray();
  $("#open-saved").href = `/shortlists/${encodeURIComponent(saved.id)}`;
  $("#export-saved").focus();
  announce(saved.added ? `This production already had a shortlist: added to “${saved.name}”.`
    : `Saved shortlist “${saved.name}”. Download CSV is next.`);
});

/** The export needs the key header, so it is fetched and offered as a Blob download. */
async function exportCsv(id, name, button) {
  clearError();
  const res = await busy(button, "Preparing…", () => api("GET", `/api/shortlists/${encodeURIComponent(id)}/export.csv`, undefined, { raw: true }));
  if (!res) return;
  const blob = await res.blob();
  const disposition = res.headers.get("Content-Disposition") || "";
  const m = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  const filename = m ? decodeURIComponent(m[1]) : `${slug(name || "shortlist")}.csv`;
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: filename, class: "sr-only" }, "download");
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  announce(`Downloaded ${filename}.`);
}
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "shortlist";

$("#export-saved").addEventListener("click", (e) => state.saved && exportCsv(state.saved.id, state.saved.name, e.currentTarget));

// ---------------------------------------------------------------------------- saved shortlists tab
async function loadLists() {
  const list = $("#lists");
  const note = $("#lists-note");
  if (state.role !== "staff") {
    list.replaceChildren();
    note.textContent = "Saved shortlists are for staff: enter a staff key under API key at the top of the page.";
    return;
  }
  note.textContent = "Loading…";
  let lists;
  try {
    lists = await api("GET", "/api/shortlists");
  } catch (err) {
    note.textContent = "";
    showError(err.message);
    return;
  }
  const items = Array.isArray(lists) ? lists : (lists.shortlists || lists.items || []);
  note.textContent = items.length ? `${plural(items.length, "shortlist")}, newest first.` : "No shortlists saved yet.";
  const sorted = [...items].sort((a, b) => String(b.created_at || "").localeCompare(String(a.created_at || "")));
  list.replaceChildren(...sorted.map((s) => {
    const count = Array.isArray(s.items) ? s.items.length : (s.item_count ?? s.count);
    const when = s.created_at ? new Date(s.created_at) : null;
    return h("li", { class: "saved-list" },
      h("div", {},
        h("p", { class: "saved-name" }, s.name),
        h("p", { class: "meta" }, [count != null ? plural(count, "profile") : null,
          when && !Number.isNaN(when.getTime()) ? `saved ${dateFmt.format(when)}` : null].filter(Boolean).join(" · "))),
      h("div", { class: "saved-actions" }, openLink(s),
        h("button", {
          type: "button", class: "btn btn-secondary btn-small", "aria-label": `Download ${s.name} as CSV`,
          onclick: (e) => exportCsv(s.id, s.name, e.currentTarget),
        }, "Download CSV")));
  }));
}
$("#lists-refresh").addEventListener("click", loadLists);

// ---------------------------------------------------------------------------- search
$("#search-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  clearError();
  const text = $("#search-text").value.trim();
  if (!text) {
    showError("Type what you are looking for, e.g. “drone pilot” or “green screen studio”.");
    $("#search-text").focus();
    return;
  }
  const body = { text, top_k: Number($("#search-top").value) || 20, strict: $("#search-strict").checked };
  const kinds = $$('#search-form input[name="kind"]:checked').map((c) => c.value);
  if (kinds.length) body.kinds = kinds;
  const place = $("#search-place").value.trim();
  const radius = $("#search-radius").value.trim();
  if (place) body.place = place;
  if (radius) {
    if (!place) { showError("A radius needs a place to measure from: fill in Near."); $("#search-place").focus(); return; }
    body.radius_km = Number(radius);
  }
  const from = $("#search-from").value;
  const to = $("#search-to").value;
  if (from || to) {
    if (!from || !to) { showError("Give both Free from and Free to, or neither."); $(from ? "#search-to" : "#search-from").focus(); return; }
    body.available = { start: from, end: to };
  }
  const rate = $("#search-rate").value.trim();
  if (rate) body.max_rate = Number(rate);

  announce("Searching…");
  const res = await busy($("#search-go"), "Searching…", () => api("POST", "/api/search", body));
  if (!res) return;
  const matches = res.matches || [];
  const took = res.took_ms != null ? ` in ${Math.round(res.took_ms)} ms` : "";
  const summary = `${plural(matches.length, "match", "matches")} for “${text}”${took}.`;
  $("#search-summary").textContent = summary;
  const need = `Search: ${text}`.slice(0, 200);
  $("#search-list").replaceChildren(...matches.map((m) => matchCard(m, need)));
  if (!matches.length) $("#search-list").append(h("li", { class: "empty" }, "Nothing matched. Loosen a filter or try other words."));
  $("#search-results").hidden = false;
  announce(summary);
});

// ---------------------------------------------------------------------------- start
renderKeyState();
// "All shortlists" on a shortlist's page comes back here with #saved-shortlists.
probeKey().then(() => { if (location.hash === "#saved-shortlists") selectTab($("#tab-lists"), false); });
