// What the film office's pages share: building elements, calling the API with the key the
// visitor gave (kept in this browser only), messages, and how dates, distances and money are
// written (UK dates: "3 March 2027"; distances in km and miles). Every piece of data reaches
// the page through textContent, never innerHTML, so nothing a profile says can become markup.

import { forgetKey, readKey, rememberWanted, saveKey } from "../keystore.js";
import { $, $$, h } from "../dom.js";


export { $, $$, h };

// ---------------------------------------------------------------------------- the API
export const apiKey = () => readKey();

export class ApiError extends Error {
  constructor(message, status) { super(message); this.status = status; }
}

function readable(body, status) {
  const detail = body && body.detail;
  if (typeof detail === "string" && detail.trim()) return detail;
  if (status === 401) return "This needs an API key: enter one under API key at the top of the page.";
  if (status === 403) return "Your key may not do this.";
  if (status >= 500) return "The matcher hit a problem on its side. Please try again in a moment.";
  return `The request failed (HTTP ${status}).`;
}

export async function api(method, path, body, { raw = false } = {}) {
  const headers = { Accept: raw ? "*/*" : "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const key = apiKey();
  if (key) headers["X-API-Key"] = key;
  let res;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError("The matcher could not be reached. Check the connection and try again.", 0);
  }
  if (!res.ok) {
    let parsed = null;
    try { parsed = await res.json(); } catch { /* not JSON */ }
    throw new ApiError(readable(parsed, res.status), res.status);
  }
  if (raw) return res;
  return res.status === 204 ? null : res.json();
}

/** Fetch a file with the key header and hand it to the browser as a download. */
export async function download(path, fallbackName, { method = "GET", body } = {}) {
  const res = await api(method, path, body, { raw: true });
  const blob = await res.blob();
  const m = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(res.headers.get("Content-Disposition") || "");
  const filename = m ? decodeURIComponent(m[1]) : fallbackName;
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: filename, class: "sr-only" }, "download");
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return filename;
}

// ---------------------------------------------------------------------------- messages
export function showError(message) {
  const box = $("#alert");
  box.replaceChildren(
    h("span", { class: "alert-icon", "aria-hidden": "true" }, "!"),
    h("span", { class: "alert-text" }, message),
    h("button", { type: "button", class: "alert-close", "aria-label": "Dismiss message", onclick: clearError }, "×"));
  box.classList.add("is-shown");
}
export function clearError() {
  const box = $("#alert");
  box.replaceChildren();
  box.classList.remove("is-shown");
}
export function announce(message) {
  const box = $("#status");
  box.textContent = "";
  setTimeout(() => { box.textContent = message; }, 30);
}

/** Run an action with its button busy; an error goes to the alert region (returns undefined). */
export async function busy(button, label, action) {
  const original = button.textContent;
  button.disabled = true;
  button.setAttribute("aria-busy", "true");
  button.textContent = label;
  try {
    return await action();
  } catch (err) {
    showError(err instanceof ApiError ? err.message : `Something went wrong: ${err.message}`);
    return undefined;
  } finally {
    button.disabled = false;
    button.removeAttribute("aria-busy");
    button.textContent = original;
  }
}

// ---------------------------------------------------------------------------- writing things down
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December"];
export const MONTH_NAMES = MONTHS;
const parts = (iso) => iso.slice(0, 10).split("-").map(Number);

/** "2027-03-03" -> "3 March 2027". */
export function ukDate(iso) {
  const [y, m, d] = parts(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}
/** "3–13 March 2027"; "3 March – 13 April 2027"; "28 December 2026 – 9 January 2027". */
export function ukRange(a, b) {
  if (a === b) return ukDate(a);
  const [ya, ma, da] = parts(a);
  const [yb, mb] = parts(b);
  if (ya === yb && ma === mb) return `${da}–${ukDate(b)}`;
  if (ya === yb) return `${da} ${MONTHS[ma - 1]} – ${ukDate(b)}`;
  return `${ukDate(a)} – ${ukDate(b)}`;
}
/** A moment (ISO with time) as a UK date and time: "3 March 2027, 14:05". */
export function ukMoment(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const local = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  return `${ukDate(local)}, ${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
}
export const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

const KM_PER_MILE = 1.609344;
const oneDecimalBelowTen = (v) => (v < 10 ? v.toFixed(1) : String(Math.round(v)));
/** 12.4 -> "12 km (7.7 miles)". */
export function kmMiles(km) {
  if (km === null || km === undefined) return "";
  const mi = km / KM_PER_MILE;
  return `${oneDecimalBelowTen(km)} km (${oneDecimalBelowTen(mi)} ${Math.round(mi * 10) === 10 ? "mile" : "miles"})`;
}
export const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
export function dayRate(rate) {
  if (!rate || (rate.min == null && rate.max == null)) return "";
  if (rate.min != null && rate.max != null) return rate.min === rate.max ? `£${rate.min}` : `£${rate.min}–£${rate.max}`;
  return rate.min != null ? `from £${rate.min}` : `up to £${rate.max}`;
}

export const KIND_LABEL = { freelancer: "Freelancer", company: "Company", facility: "Facility" };
export const AVAILABILITY = {
  available: { label: "Available", cls: "ok" },
  "partly available": { label: "Partly available", cls: "part" },
  unknown: { label: "Diary unknown", cls: "unknown" },
  booked: { label: "Booked", cls: "no" },
};
export const STATUSES = ["suggested", "asked", "available", "booked", "declined"];
export const STATUS_LABEL = { suggested: "Suggested", asked: "Asked", available: "Available", booked: "Booked", declined: "Declined" };
export const ANSWER_LABEL = { available: "Available", unavailable: "Not available", partly: "Partly available" };

/** Contact details as links: email and phone. */
export function contactLine(contact) {
  if (!contact) return null;
  const bits = [];
  if (contact.email) bits.push(h("a", { href: `mailto:${contact.email}`, class: "contact-email" }, contact.email));
  if (contact.phone) bits.push(h("a", { href: `tel:${contact.phone.replace(/\s+/g, "")}`, class: "contact-phone" }, contact.phone));
  if (contact.website) bits.push(h("a", { href: contact.website, rel: "noopener noreferrer", target: "_blank", class: "contact-web" }, contact.website.replace(/^https?:\/\//, "")));
  if (!bits.length) return null;
  return h("span", { class: "contact" }, ...bits.flatMap((b, i) => (i ? [" · ", b] : [b])));
}

// ---------------------------------------------------------------------------- the key
/** Wire the header's key form; `onChange(me)` runs with /api/me's answer now and after each change. */
export async function keyForm(onChange) {
  const input = $("#api-key");
  const status = $("#key-status");
  const forget = $("#key-forget");
  async function refresh() {
    let me = { role: "public", name: "public", profiles: [], edits_any: false };
    try {
      me = await api("GET", "/api/me");
    } catch (err) {
      if (err.status === 401) {
        showError(`${err.message} The key was not kept.`);
        forgetKey();
      }
    }
    input.value = apiKey();
    forget.hidden = !apiKey();
    status.textContent = me.role === "public" ? "Public view: no day rates, diaries or contact details."
      : `${me.role[0].toUpperCase()}${me.role.slice(1)} key in use (${me.name}).`;
    document.body.dataset.role = me.role;
    await onChange(me);
  }
  $("#key-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    clearError();
    const key = input.value.trim();
    saveKey(key, rememberWanted());
    await refresh();
    announce(status.textContent);
  });
  forget.addEventListener("click", async () => {
    forgetKey();
    await refresh();
    input.focus();
    announce("Key forgotten. Public view.");
  });
  await refresh();
}
