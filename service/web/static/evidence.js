// What the sector map and gap report pages share: the API key (the same one the main page
// keeps), calls to the API, messages, small DOM helpers and Vega-Lite charts. Data reaches the
// page through textContent only (never innerHTML); charts are drawn by the vendored Vega.

import { forgetKey, readKey, rememberWanted, saveKey } from "./keystore.js";
import { $, h } from "./dom.js";


export { $, h };

export const state = { key: readKey() };

export class ApiError extends Error {
  constructor(message, status) { super(message); this.status = status; }
}

function readable(body, status) {
  if (body && typeof body.detail === "string" && body.detail.trim()) return body.detail;
  if (status === 401) return "This needs an API key. Enter a staff key at the top of the page.";
  if (status === 403) return "Your key may not do this: a staff key is needed.";
  if (status >= 500) return "The matcher hit a problem on its side. Please try again in a moment.";
  return `The request failed (HTTP ${status}).`;
}

/** GET a path of the API with the key; JSON back, or the Response itself with {raw: true}. */
export async function api(path, { raw = false } = {}) {
  const headers = { Accept: raw ? "text/csv, */*" : "application/json" };
  if (state.key) headers["X-API-Key"] = state.key;
  let res;
  try {
    res = await fetch(path, { headers });
  } catch {
    throw new ApiError("The matcher could not be reached. Check the connection and try again.", 0);
  }
  if (!res.ok) {
    let parsed = null;
    try { parsed = await res.json(); } catch { /* not JSON */ }
    throw new ApiError(readable(parsed, res.status), res.status);
  }
  return raw ? res : res.json();
}

/** Fetch a CSV with the key and offer it as a download. */
export async function download(path, filename) {
  const res = await api(path, { raw: true });
  const url = URL.createObjectURL(await res.blob());
  const link = h("a", { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function showError(message) {
  const box = $("#alert");
  box.replaceChildren(
    h("span", { class: "alert-icon", "aria-hidden": "true" }, "!"),
    h("span", { class: "alert-text" }, message),
  );
  box.classList.add("is-shown");
}

export function clearError() {
  const box = $("#alert");
  box.replaceChildren();
  box.classList.remove("is-shown");
}

/** The key form in the header: keep, forget, and tell the page to load again. */
export function keyForm(onChange, describe) {
  const input = $("#api-key");
  const status = $("#key-status");
  const forget = $("#key-forget");
  const render = () => {
    forget.hidden = !state.key;
    input.value = state.key;
    status.textContent = describe(state.key);
  };
  $("#key-form").addEventListener("submit", (e) => {
    e.preventDefault();
    state.key = input.value.trim();
    saveKey(state.key, rememberWanted());
    render();
    onChange();
  });
  forget.addEventListener("click", () => {
    state.key = "";
    forgetKey();
    render();
    onChange();
    input.focus();
  });
  render();
}

export const number = (n) => (n ?? 0).toLocaleString("en-GB");

const BRAND = "#1d5566";
const ACCENT = "#b0502a";
export const COLOURS = { brand: BRAND, accent: ACCENT, filled: "#2f7d4f", missing: ACCENT, faint: "#9aa7ae" };

const CONFIG = {
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  background: null,
  view: { stroke: null },
  axis: { labelColor: "#4f5d68", titleColor: "#1b2730", gridColor: "#ece7df", domainColor: "#cdc5b8",
          labelFontSize: 12, titleFontSize: 12, titleFontWeight: 600, labelLimit: 260 },
  legend: { labelColor: "#4f5d68", titleColor: "#1b2730", labelFontSize: 12, titleFontSize: 12, orient: "top" },
  bar: { color: BRAND },
  line: { color: BRAND },
  point: { color: BRAND },
};

/** Draw a Vega-Lite spec into the element (SVG, so each mark is in the page with its label). */
export async function chart(selector, spec) {
  const el = $(selector);
  if (!window.vegaEmbed) throw new Error("the chart library did not load");
  const width = Math.max(240, el.clientWidth - 24);
  const full = { $schema: "https://vega.github.io/schema/vega-lite/v6.json", width, config: CONFIG, ...spec };
  const result = await window.vegaEmbed(el, full, { actions: false, renderer: "svg" });
  el.dataset.drawn = "true";
  return result;
}

/** A horizontal bar chart of rows: label field, value field (or several stacked). */
export function barSpec({ values, label, value, title, description, height, colour = BRAND, sortBy }) {
  return {
    description,
    height: height ?? Math.max(60, values.length * 22),
    data: { values },
    mark: { type: "bar", cornerRadiusEnd: 2, color: colour, tooltip: true },
    encoding: {
      y: { field: label, type: "nominal", sort: sortBy ?? "-x", title: null },
      x: { field: value, type: "quantitative", title, axis: { tickMinStep: 1, format: "d" } },
    },
  };
}

/** Bars of filled and missing needs per category, stacked. */
export function filledMissingSpec({ values, label, description, horizontal = true, sort = null }) {
  const category = { field: label, type: horizontal ? "nominal" : "ordinal", title: null, sort };
  const count = { field: "count", type: "quantitative", title: "needs", stack: true, axis: { tickMinStep: 1, format: "d" } };
  return {
    description,
    height: horizontal ? Math.max(60, values.length * 24) : 220,
    data: { values },
    transform: [{ fold: ["filled", "missing"], as: ["outcome", "count"] },
                { calculate: "datum.outcome === 'filled' ? 'filled locally' : 'no one local'", as: "outcome" }],
    mark: { type: "bar", tooltip: true },
    encoding: {
      [horizontal ? "y" : "x"]: category,
      [horizontal ? "x" : "y"]: count,
      color: { field: "outcome", type: "nominal", title: null,
               scale: { domain: ["filled locally", "no one local"], range: [COLOURS.filled, COLOURS.missing] } },
      order: { field: "outcome", sort: "ascending" },
    },
  };
}
