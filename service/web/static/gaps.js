// The gap report (staff): requested against filled locally by department, role and month; the
// roles most often missing; the facilities the county lacks; the briefs lost for want of a role.
import { $, api, barSpec, chart, clearError, COLOURS, download, filledMissingSpec, h, keyForm, number, showError, state }
  from "./evidence.js";

const source = $("#gap-source");
let report = null;

async function load() {
  clearError();
  if (!state.key) { locked(); return; }
  try {
    report = await api(`/api/gaps?source=${encodeURIComponent(source.value)}`);
  } catch (err) {
    if (err.status === 401 || err.status === 403) { locked(err.message); return; }
    showError(err.message);
    return;
  }
  $("#gaps-locked").hidden = true;
  $("#gaps-ready").hidden = false;
  const empty = report.briefs === 0;
  $("#gaps-empty").hidden = !empty;
  $("#gaps-body").hidden = empty;
  const note = $("#demo-note");
  note.hidden = report.demo_briefs === 0;
  note.textContent = `Demo data: ${number(report.demo_briefs)} of these ${number(report.briefs)} briefs are the demo's `
    + "judged briefs, run once when the demo was loaded. Choose \u201cReal briefs only\u201d to leave them out.";
  if (empty) return;
  renderTotals();
  renderTables();
  await Promise.all([
    chart("#chart-departments", filledMissingSpec({ values: report.by_department, label: "label",
      description: "Needs asked for and filled locally, by department" })),
    chart("#chart-missing", barSpec({ values: report.most_missing, label: "label", value: "missing",
      title: "needs no one local could fill", description: "Roles most often missing", colour: COLOURS.accent })),
    chart("#chart-facilities", filledMissingSpec({ values: report.facilities, label: "facility",
      description: "Facilities asked for and filled locally: the strategy's suspects first" })),
    drawMonths(),
  ]);
  document.body.dataset.loaded = "true";
}

function locked(message) {
  $("#gaps-ready").hidden = true;
  $("#gaps-locked").hidden = false;
  if (message && state.key) showError(message);
}

function renderTotals() {
  $("#g-briefs").textContent = number(report.briefs);
  $("#g-needs").textContent = number(report.needs);
  $("#g-filled").textContent = number(report.filled);
  $("#g-missing").textContent = number(report.missing);
  $("#g-lost").textContent = number(report.lost_briefs.count);
}

function renderTables() {
  $("#roles-table tbody").replaceChildren(...report.by_role.map((r) => h("tr", {},
    h("td", {}, r.label), h("td", {}, r.department), h("td", { class: "num" }, r.requested),
    h("td", { class: "num" }, r.filled), h("td", { class: `num${r.missing ? " is-missing" : ""}` }, r.missing))));
  const lost = report.lost_briefs;
  const top = lost.by_role.slice(0, 5).map((r) => `${r.label} (${r.briefs})`).join(", ");
  $("#lost-summary").textContent = `${number(lost.count)} of ${number(report.briefs)} briefs had at least one need `
    + `no one local could fill${top ? `; most often ${top}` : ""}.`;
  $("#lost-table tbody").replaceChildren(...lost.briefs.map((b) => h("tr", {},
    h("td", {}, b.received, b.demo ? h("span", { class: "demo-tag" }, "demo") : null),
    h("td", { class: "excerpt" }, b.excerpt),
    h("td", {}, b.missing.join(", ")))));
  $("#facility-list").replaceChildren(...report.facilities.filter((f) => f.suspect || f.missing).map((f) => h("li", {},
    h("strong", {}, f.facility), f.suspect ? h("span", { class: "suspect" }, "strategy suspect") : null, ": ",
    f.requested ? `${f.missing} of ${f.requested} asked for found no one local` : "not asked for yet",
    f.missing_classes.length ? ` (${f.missing_classes.map((m) => `${m.label} ${m.missing}`).join(", ")})` : "")));
}

function drawMonths() {
  const kind = document.querySelector("input[name=month-kind]:checked").value;
  return chart("#chart-months", filledMissingSpec({ values: report[kind], label: "month", horizontal: false,
    description: kind === "by_month" ? "Needs by the month the brief came in" : "Needs by the month the shoot starts" }));
}

source.addEventListener("change", load);
for (const radio of document.querySelectorAll("input[name=month-kind]")) radio.addEventListener("change", drawMonths);
$("#download-gaps").addEventListener("click", async () => {
  try {
    await download(`/api/gaps/export.csv?source=${encodeURIComponent(source.value)}`, "gap-report.csv");
  } catch (err) {
    showError(err.message);
  }
});
keyForm(load, (key) => (key ? "Key in use." : "The gap report needs a staff key."));
if (document.readyState === "complete") load(); else window.addEventListener("load", load);
