// A diary drawn as a calendar: month grids, each day marked available, booked, both (the
// diary says both) or nothing known; the shoot's days outlined. A list of the windows in words
// follows the grids, for screen readers and for anyone who prefers to read.

import { h, MONTH_NAMES, ukRange } from "./common.js";

const WEEKDAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
const MAX_MONTHS = 12;

const iso = (y, m, d) => `${y}-${String(m + 1).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** The months to show: around the shoot if there is one, else from this month on (at most 12). */
function monthsToShow(windows, shoot, first) {
  const start = shoot ? shoot.start : first;
  let [y, m] = start.split("-").map(Number);
  m -= 1;
  let count = 6;
  if (shoot) {
    const [ye, me] = shoot.end.split("-").map(Number);
    count = Math.min(MAX_MONTHS, (ye - y) * 12 + (me - 1 - m) + 2);
  }
  const out = [];
  for (let i = 0; i < count; i += 1) {
    out.push([y, m]);
    m += 1;
    if (m === 12) { m = 0; y += 1; }
  }
  return out;
}

/** The status of one day: "available", "booked", "both" or "". */
function dayStatus(day, windows) {
  let free = false;
  let booked = false;
  for (const w of windows) {
    if (w.start <= day && day <= w.end) {
      if (w.status === "booked") booked = true; else free = true;
    }
  }
  return free && booked ? "both" : booked ? "booked" : free ? "available" : "";
}

/**
 * @param windows [{start, end, status}] ISO dates
 * @param opts {shoot: {start, end} | null, first: "YYYY-MM-DD" (the month to start from without a shoot)}
 */
export function calendar(windows, { shoot = null, first } = {}) {
  const months = monthsToShow(windows, shoot, first);
  const grids = months.map(([y, m]) => {
    const days = new Date(y, m + 1, 0).getDate();
    const lead = (new Date(y, m, 1).getDay() + 6) % 7;  // Monday first
    const cells = [];
    for (let i = 0; i < lead; i += 1) cells.push(h("span", { class: "cal-day cal-empty", "aria-hidden": "true" }));
    for (let d = 1; d <= days; d += 1) {
      const day = iso(y, m, d);
      const status = dayStatus(day, windows);
      const inShoot = shoot && shoot.start <= day && day <= shoot.end;
      cells.push(h("span", {
        class: `cal-day${status ? ` cal-${status}` : ""}${inShoot ? " cal-shoot" : ""}`,
        title: `${d} ${MONTH_NAMES[m]}: ${status === "both" ? "available and booked" : status || "nothing in the diary"}${inShoot ? " (shoot)" : ""}`,
        dataset: { day },
      }, String(d)));
    }
    return h("div", { class: "cal-month", "aria-hidden": "true" },
      h("p", { class: "cal-title" }, `${MONTH_NAMES[m]} ${y}`),
      h("div", { class: "cal-grid" }, ...WEEKDAYS.map((w) => h("span", { class: "cal-weekday" }, w)), ...cells));
  });
  const listed = [...windows].sort((a, b) => a.start.localeCompare(b.start));
  return h("div", { class: "calendar" },
    h("div", { class: "cal-months" }, ...grids),
    h("ul", { class: "cal-legend", "aria-hidden": "true" },
      h("li", {}, h("span", { class: "cal-key cal-available" }), "available"),
      h("li", {}, h("span", { class: "cal-key cal-booked" }), "booked"),
      h("li", {}, h("span", { class: "cal-key cal-both" }), "both in the diary"),
      shoot ? h("li", {}, h("span", { class: "cal-key cal-shoot" }), "the shoot") : null),
    h("ul", { class: "cal-windows", "aria-label": "The diary in words" },
      ...(listed.length ? listed.map((w) => h("li", { class: `cal-window cal-window-${w.status}` },
        `${w.status === "booked" ? "Booked" : "Available"}: ${ukRange(w.start, w.end)}`))
        : [h("li", { class: "empty" }, "Nothing in the diary yet.")])));
}
