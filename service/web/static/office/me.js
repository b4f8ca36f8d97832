// "My profile": a member keeps their own profile and diary. A member key edits only the
// profiles it owns; staff and admin can open any with ?profile=ID. Saving sends the whole
// profile (PUT /api/profiles/{id}); the diary is marked a stretch of days at a time
// (POST /api/profiles/{id}/diary). The API decides who may edit what: this page only asks.

import { $, $$, announce, api, busy, clearError, h, keyForm, showError, todayIso } from "./common.js";
import { calendar } from "./calendar.js";

const params = new URLSearchParams(location.search);
let profile = null;  // the profile being edited, in full

const list = (v) => v.split(",").map((s) => s.trim()).filter(Boolean);
const num = (v) => (v.trim() === "" ? null : Number(v));

function creditRow(credit = {}) {
  const n = $$("#credits-edit li").length + 1;
  const field = (cls, label, value, attrs = {}) => h("div", { class: "field" },
    h("label", { class: "field-label", for: `c${n}-${cls}` }, label),
    h("input", { id: `c${n}-${cls}`, class: `c-${cls}`, value: value ?? "", ...attrs }));
  const li = h("li", { class: "credit-row" },
    field("title", "Title", credit.title, { maxlength: 300 }),
    field("year", "Year", credit.year, { type: "number", min: 1890, max: 2100 }),
    field("role", "Role", credit.role, { maxlength: 200 }),
    field("type", "Type", credit.type, { maxlength: 100, placeholder: "feature, tv, commercial…" }),
    h("button", { type: "button", class: "btn btn-quiet btn-small", onclick: () => { li.remove(); $("#add-credit").focus(); } },
      "Remove", h("span", { class: "sr-only" }, " this credit")));
  return li;
}

function fill(p) {
  profile = p;
  $("#me-title").textContent = `My profile: ${p.name}`;
  $("#me-view").href = `/profiles/${encodeURIComponent(p.id)}`;
  const set = (sel, value) => { $(sel).value = value ?? ""; };
  set("#f-name", p.name);
  set("#f-visibility", p.visibility || "members");
  set("#f-headline", p.headline);
  set("#f-summary", p.summary);
  for (const f of ["roles", "skills", "equipment", "sectors", "languages"]) set(`#f-${f}`, (p[f] || []).join(", "));
  set("#f-town", p.location && p.location.town);
  set("#f-postcode", p.location && p.location.postcode);
  set("#f-radius", p.travel_radius_km);
  set("#f-rate-min", p.day_rate_gbp && p.day_rate_gbp.min);
  set("#f-rate-max", p.day_rate_gbp && p.day_rate_gbp.max);
  set("#f-email", p.contact && p.contact.email);
  set("#f-phone", p.contact && p.contact.phone);
  set("#f-website", p.contact && p.contact.website);
  $("#credits-edit").replaceChildren();
  for (const c of p.credits || []) $("#credits-edit").append(creditRow(c));
  drawDiary();
}

function drawDiary() {
  $("#diary-body").replaceChildren(calendar(profile.availability || [], { first: todayIso() }));
}

/** The edited profile: the loaded one with the form's fields put back (other fields kept). */
function fromForm() {
  const p = structuredClone(profile);
  delete p.withheld;
  p.name = $("#f-name").value.trim();
  p.visibility = $("#f-visibility").value;
  p.headline = $("#f-headline").value.trim() || null;
  p.summary = $("#f-summary").value.trim() || null;
  for (const f of ["roles", "skills", "equipment", "sectors", "languages"]) p[f] = list($(`#f-${f}`).value);
  const town = $("#f-town").value.trim();
  const postcode = $("#f-postcode").value.trim();
  const old = profile.location || {};
  const moved = town !== (old.town || "") || postcode !== (old.postcode || "");
  // A new town or postcode is located afresh from the gazetteer: old coordinates would disagree.
  p.location = town || postcode ? (moved ? { town: town || null, postcode: postcode || null } : old) : null;
  p.travel_radius_km = num($("#f-radius").value);
  const rate = { min: num($("#f-rate-min").value), max: num($("#f-rate-max").value) };
  p.day_rate_gbp = rate.min == null && rate.max == null ? null : rate;
  const contact = { email: $("#f-email").value.trim() || null, phone: $("#f-phone").value.trim() || null, website: $("#f-website").value.trim() || null };
  p.contact = contact.email || contact.phone || contact.website ? contact : null;
  p.credits = $$("#credits-edit li").map((li) => ({
    title: $(".c-title", li).value.trim(), year: num($(".c-year", li).value),
    role: $(".c-role", li).value.trim() || null, type: $(".c-type", li).value.trim() || null,
  })).filter((c) => c.title);
  return p;
}

async function open(pid) {
  clearError();
  try {
    const p = pid ? await api("GET", `/api/profiles/${encodeURIComponent(pid)}`) : null;
    if (p) fill(p);
  } catch (err) {
    showError(err.message);
  }
}

async function load(me) {
  const locked = $("#me-locked");
  const pick = $("#me-pick");
  $("#me-body").hidden = true;
  pick.hidden = true;
  locked.hidden = true;
  const asked = params.get("profile");
  if (me.role === "member" && me.profiles.length) {
    const mine = await api("GET", "/api/me/profiles");
    const select = $("#me-profile");
    select.replaceChildren(...mine.map((p) => h("option", { value: p.id }, p.name)));
    pick.hidden = mine.length < 2;
    const first = mine.find((p) => p.id === asked) || mine[0];
    select.value = first.id;
    select.onchange = () => fill(mine.find((p) => p.id === select.value));
    fill(first);
    $("#me-body").hidden = false;
  } else if (me.edits_any && asked) {
    $("#me-intro").textContent = "You are editing this profile as the film office: every change is logged like an import.";
    await open(asked);
    $("#me-body").hidden = !profile;
  } else {
    locked.hidden = false;
    locked.textContent = me.role === "public"
      ? "My profile needs your member key: enter it under API key at the top of the page. The film office gives one to each member, tied to their profile."
      : me.role === "member" ? "This member key is not tied to a profile yet: ask the film office to link it to yours."
        : "Staff and admin keys edit any profile: open one from its profile page (Edit this profile).";
  }
}

$("#add-credit").addEventListener("click", () => {
  const li = creditRow();
  $("#credits-edit").append(li);
  $(".c-title", li).focus();
});

$("#me-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  clearError();
  if (!$("#f-name").value.trim()) { showError("Your profile needs a name."); $("#f-name").focus(); return; }
  const body = fromForm();
  const saved = await busy($("#me-save"), "Saving…", () => api("PUT", `/api/profiles/${encodeURIComponent(profile.id)}`, body));
  if (!saved) return;
  fill(saved);
  announce("Profile saved.");
  $("#me-save").focus();
});

$("#diary-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  clearError();
  const start = $("#d-start").value;
  const end = $("#d-end").value;
  if (!start || !end) { showError("Give the first and last day to mark."); $(start ? "#d-end" : "#d-start").focus(); return; }
  if (end < start) { showError("The last day is before the first."); $("#d-end").focus(); return; }
  const status = $("#d-status").value;
  const saved = await busy($("#d-save"), "Marking…", () => api("POST", `/api/profiles/${encodeURIComponent(profile.id)}/diary`, { start, end, status }));
  if (!saved) return;
  profile.availability = saved.availability || [];
  drawDiary();
  announce(`Diary updated: ${status === "clear" ? "cleared" : status} from ${start} to ${end}.`);
});

keyForm(load);
