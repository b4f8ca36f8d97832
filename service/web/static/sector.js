// The sector map: counts by SIC code, town, district, year and accounts category; growth; the
// county drawn from postcode-district centroids; flagged companies; every company, with a
// profile or "no profile yet: invite them". Public: a key only shows more profiles.
import { $, api, barSpec, chart, clearError, COLOURS, h, keyForm, number, showError, state } from "./evidence.js";

const includeFlagged = $("#include-flagged");

function query() {
  return includeFlagged.checked ? "?include_flagged=true" : "";
}

async function load() {
  clearError();
  let report, districts;
  try {
    [report, districts] = await Promise.all([api(`/api/sector${query()}`), api(`/api/sector/map${query()}`)]);
  } catch (err) {
    showError(err.message);
    return;
  }
  const empty = report.totals.registered === 0 && report.companies.length === 0;
  $("#sector-empty").hidden = !empty;
  $("#sector-body").hidden = empty;
  for (const id of ["download-counts", "download-companies"]) {
    const link = $(`#${id}`);
    link.href = `/api/sector/export.csv?table=${id === "download-counts" ? "counts" : "companies"}${includeFlagged.checked ? "&include_flagged=true" : ""}`;
  }
  $("#sector-source").textContent = report.as_of
    ? `Companies House register of ${report.as_of} (${report.source}), ${report.area}; imported ${report.imported_at.slice(0, 10)}.`
    : "";
  if (empty) return;
  renderTotals(report);
  renderTables(report);
  await Promise.all([
    chart("#chart-map", mapSpec(districts)),
    chart("#chart-sic", barSpec({ values: report.by_sic.map((r) => ({ ...r, label: `${r.code} ${r.description}` })),
      label: "label", value: "companies", title: "companies", description: "Companies by SIC code" })),
    chart("#chart-town", barSpec({ values: report.by_town.slice(0, 15), label: "town", value: "companies",
      title: "companies", description: "Companies by town (the fifteen with most)" })),
    chart("#chart-year", yearSpec(report.by_year)),
    chart("#chart-accounts", barSpec({ values: report.by_accounts, label: "category", value: "companies",
      title: "companies", description: "Companies by accounts category", colour: COLOURS.faint })),
    chart("#chart-growth", growthSpec(report.growth)),
    chart("#chart-region", regionSpec(report.context)),
  ]);
  $("#region-source").textContent = `Source: ${report.context.source}. Workplaces (local units) are not companies: `
    + "the region's trend, not a count to set beside the register's.";
  document.body.dataset.loaded = "true";
}

function renderTotals(report) {
  const t = report.totals;
  $("#t-companies").textContent = number(t.companies);
  $("#t-profile").textContent = number(t.with_profile);
  $("#t-invite").textContent = number(t.register_only);
  $("#t-flagged").textContent = number(t.flagged);
  $("#t-left").textContent = number(t.left);
}

function renderTables(report) {
  $("#flagged-table tbody").replaceChildren(...(report.flagged.length ? report.flagged.map((c) => h("tr", {},
    h("td", {}, h("span", { class: "co-name" }, c.name), h("span", { class: "co-number" }, c.number)),
    h("td", {}, c.town),
    h("td", {}, [...new Set(c.flags.map((f) => f.flag))].map((f) => h("span", { class: `flag flag-${f}` }, flagLabel(f)))),
    h("td", {}, h("ul", { class: "flag-reasons" }, c.flags.map((f) => h("li", {}, f.reason)))),
  )) : [h("tr", {}, h("td", { colspan: 4, class: "hint" }, "No company is flagged."))]));
  $("#companies-table tbody").replaceChildren(...report.companies.map((c) => h("tr", { class: c.left ? "is-gone" : null },
    h("td", {}, h("span", { class: "co-name" }, c.name), h("span", { class: "co-number" }, c.number),
      c.left ? h("span", { class: "co-gone" }, `Left: ${c.left.reason}`) : null),
    h("td", {}, c.town),
    h("td", {}, c.sic.map((s) => h("span", { class: "sic", title: s.description }, s.code))),
    h("td", {}, c.incorporated || "—"),
    h("td", {}, c.full_profile
      ? h("span", { class: "has-profile" }, c.profile_name || "Profile")
      : h("span", { class: "invite" }, "No profile yet: invite them")),
  )));
}

function flagLabel(flag) {
  return { "likely-spv": "Likely SPV", dormant: "Dormant", "strike-off": "Strike-off proposed" }[flag] || flag;
}

function mapSpec(districts) {
  const features = districts.features;
  const withCompanies = features.filter((f) => f.properties.companies > 0);
  return {
    description: "Map of the county's postcode districts, with a circle per district sized by its companies",
    height: 460,
    projection: { type: "mercator" },
    layer: [
      {
        data: { values: features },
        mark: { type: "geoshape", stroke: "#ffffff", strokeWidth: 1 },
        encoding: {
          color: { condition: { test: "datum.properties.in_area", value: "#dfe9ec" }, value: "#f1ede6" },
          tooltip: [{ field: "properties.district", title: "District" }, { field: "properties.town", title: "Town" },
                    { field: "properties.companies", title: "Companies" }],
        },
      },
      {
        data: { values: withCompanies },
        mark: { type: "circle", opacity: 0.85, stroke: "#ffffff", strokeWidth: 1, tooltip: true },
        encoding: {
          longitude: { field: "properties.lon", type: "quantitative" },
          latitude: { field: "properties.lat", type: "quantitative" },
          size: { field: "properties.companies", type: "quantitative", title: "companies",
                  scale: { range: [60, 1400] }, legend: { orient: "top-right" } },
          color: { field: "properties.with_profile", type: "quantitative", title: "with a full profile",
                   scale: { scheme: "teals", domainMin: 0 }, legend: { orient: "bottom-right" } },
          tooltip: [{ field: "properties.district", title: "District" }, { field: "properties.town", title: "Town" },
                    { field: "properties.companies", title: "Companies" },
                    { field: "properties.with_profile", title: "With a full profile" }],
        },
      },
      {
        // Labels where they do not crowd: districts with several companies (the tooltip names the rest).
        data: { values: withCompanies.filter((f) => f.properties.companies >= 4) },
        mark: { type: "text", dy: -14, fontSize: 11, fontWeight: 600, color: "#1b2730" },
        encoding: {
          longitude: { field: "properties.lon", type: "quantitative" },
          latitude: { field: "properties.lat", type: "quantitative" },
          text: { field: "properties.district" },
        },
      },
    ],
  };
}

function yearSpec(values) {
  return {
    description: "Companies by year of incorporation",
    height: 200,
    data: { values },
    mark: { type: "bar", color: COLOURS.brand, tooltip: true },
    encoding: {
      x: { field: "year", type: "ordinal", title: null, axis: { labelAngle: -45 } },
      y: { field: "companies", type: "quantitative", title: "companies", axis: { tickMinStep: 1, format: "d" } },
    },
  };
}

function growthSpec(values) {
  return {
    description: "Incorporations and companies gone by year, and companies active at each year's end",
    height: 240,
    data: { values },
    layer: [
      {
        transform: [{ fold: ["incorporated", "ended"], as: ["what", "count"] },
                    { calculate: "datum.what === 'ended' ? 'dissolved or gone' : 'incorporated'", as: "what" }],
        mark: { type: "bar", tooltip: true },
        encoding: {
          x: { field: "year", type: "ordinal", title: null, axis: { labelAngle: -45 } },
          xOffset: { field: "what" },
          y: { field: "count", type: "quantitative", title: "companies that year", axis: { tickMinStep: 1, format: "d" } },
          color: { field: "what", type: "nominal", title: null,
                   scale: { domain: ["incorporated", "dissolved or gone"], range: [COLOURS.brand, COLOURS.accent] } },
        },
      },
      {
        mark: { type: "line", color: "#2f7d4f", strokeWidth: 2.5, point: { color: "#2f7d4f" }, tooltip: true },
        encoding: {
          x: { field: "year", type: "ordinal" },
          y: { field: "active", type: "quantitative", title: "active at the year's end",
               axis: { orient: "right", titleColor: "#2f7d4f", format: "d" } },
        },
      },
    ],
    resolve: { scale: { y: "independent" } },
  };
}

function regionSpec(context) {
  return {
    description: `Film and video workplaces in the ${context.region} by year`,
    height: 200,
    data: { values: context.years },
    mark: { type: "line", point: true, strokeWidth: 2.5, tooltip: true },
    encoding: {
      x: { field: "year", type: "ordinal", title: null },
      y: { field: "region", type: "quantitative", title: `workplaces, ${context.region}`, scale: { zero: true } },
    },
  };
}

includeFlagged.addEventListener("change", load);
keyForm(load, (key) => (key ? "Key in use: profiles your key may see are counted." : "Public view: the register's facts, and the profiles anyone may see."));
if (document.readyState === "complete") load(); else window.addEventListener("load", load);
