// The Partners page (members and staff): a member's complementary partners or peers, its network
// of shared credits drawn with the vendored Cytoscape.js, and teams for a pasted opportunity.
// Data reaches the page through textContent only (never innerHTML).
import { $, api, ApiError, clearError, h, keyForm, showError, state } from "./evidence.js";

const KIND = { company: "company", facility: "facility", freelancer: "freelancer" };
let graph = null;

async function post(path, body) {
  const headers = { "Content-Type": "application/json", Accept: "application/json" };
  if (state.key) headers["X-API-Key"] = state.key;
  let res;
  try {
    res = await fetch(path, { method: "POST", headers, body: JSON.stringify(body) });
  } catch {
    throw new ApiError("The matcher could not be reached. Check the connection and try again.", 0);
  }
  let parsed = null;
  try { parsed = await res.json(); } catch { /* not JSON */ }
  if (!res.ok) throw new ApiError(parsed?.detail && typeof parsed.detail === "string" ? parsed.detail
    : `The request failed (HTTP ${res.status}).`, res.status);
  return parsed;
}

async function start() {
  clearError();
  if (!state.key) { locked(); return; }
  try {
    const mine = await api("/api/me/profiles").catch((err) => (err.status === 403 ? [] : Promise.reject(err)));
    $("#my-profiles").replaceChildren(...mine.map((p) => h("option", { value: p.id }, p.name)));
    if (mine.length && !$("#profile-id").value) $("#profile-id").value = mine[0].id;
  } catch (err) {
    if (err.status === 401) { locked(err.message); return; }
  }
  $("#partners-locked").hidden = true;
  $("#partners-ready").hidden = false;
  document.body.dataset.ready = "true";
}

function locked(message) {
  $("#partners-ready").hidden = true;
  $("#partners-locked").hidden = false;
  if (message && state.key) showError(message);
}

function failed(err) {
  if (err.status === 401 || err.status === 403) { locked(err.message); return; }
  showError(err.message);
}

const profileId = () => $("#profile-id").value.trim();

async function findPartners(event) {
  event.preventDefault();
  clearError();
  if (!profileId()) { showError("Choose a profile first (its id, e.g. co-clayhand-animation)."); return; }
  const params = new URLSearchParams({ relation: $("#relation").value });
  const radius = $("#radius-km").value;
  let result;
  try {
    if (radius) {
      const me = await api(`/api/profiles/${encodeURIComponent(profileId())}`);
      const place = me.location?.postcode || me.location?.town;
      if (!place) { showError("Your profile has no place, so a radius cannot be measured from it."); return; }
      params.set("near", place);
      params.set("radius_km", radius);
    }
    result = await api(`/api/partners/${encodeURIComponent(profileId())}?${params}`);
  } catch (err) { failed(err); return; }
  renderPartners(result);
}

function renderPartners(result) {
  const section = $("#partners-result");
  section.hidden = false;
  $("#partners-title").textContent = result.relation === "complementary"
    ? `Partners who fill ${result.name}’s gaps` : `Peers of ${result.name}`;
  const gaps = result.gaps.map((g) => g.label.toLowerCase()).join(", ");
  $("#partners-summary").textContent = [
    result.work.length ? `Kind of work: ${result.work.join(", ")}.` : "",
    result.relation === "complementary" && gaps ? `What that work needs and you do not offer: ${gaps}.` : "",
    result.message || "",
  ].filter(Boolean).join(" ");
  $("#partners-list").replaceChildren(...result.partners.map((p) => h("li", { class: "partner", dataset: { id: p.id } },
    h("span", { class: "partner-name" }, p.name), " ",
    h("span", { class: "partner-meta" }, `(${KIND[p.kind] || p.kind}${p.place ? `, ${p.place}` : ""})`),
    h("div", { class: "partner-reason" }, p.reason),
    p.worked_together.length > 1
      ? h("div", { class: "partner-together" }, `Also worked together on ${p.worked_together.slice(1).join("; ")}`) : null)));
  section.scrollIntoView({ block: "start" });
}

async function showNetwork() {
  clearError();
  if (!profileId()) { showError("Choose a profile first (its id, e.g. co-clayhand-animation)."); return; }
  let result;
  try { result = await api(`/api/partners/${encodeURIComponent(profileId())}/network`); } catch (err) { failed(err); return; }
  const section = $("#network-result");
  section.hidden = false;
  const direct = result.nodes.filter((n) => n.ring === 1).length;
  const second = result.nodes.filter((n) => n.ring === 2).length;
  $("#network-summary").textContent = result.message
    || `${direct} worked with you directly; ${second} more worked with one of them.`;
  const names = Object.fromEntries(result.nodes.map((n) => [n.id, n.name]));
  $("#network-list").replaceChildren(...result.edges.map((e) => h("li", { dataset: { source: e.source, target: e.target } },
    `${names[e.source]} and ${names[e.target]}: ${e.productions.join("; ")}`)));
  draw(result);
}

function draw(result) {
  if (!window.cytoscape) { showError("The network library did not load."); return; }
  if (graph) graph.destroy();
  const colours = { 0: "#b0502a", 1: "#1d5566", 2: "#9aa7ae" };
  graph = window.cytoscape({
    container: $("#network-graph"),
    elements: [
      ...result.nodes.map((n) => ({ data: { id: n.id, label: n.name, ring: n.ring } })),
      ...result.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target,
        label: e.productions[0] || "" } })),
    ],
    style: [
      { selector: "node", style: { label: "data(label)", "font-size": 10, "text-valign": "bottom", "text-margin-y": 3,
        width: 14, height: 14, "background-color": (n) => colours[n.data("ring")] } },
      { selector: "node[ring = 0]", style: { width: 24, height: 24, "font-weight": "bold" } },
      { selector: "edge", style: { width: 1, "line-color": "#cdc5b8", "curve-style": "haystack" } },
    ],
    layout: { name: "concentric", concentric: (n) => 3 - n.data("ring"), levelWidth: () => 1, minNodeSpacing: 18,
      animate: false },
    userZoomingEnabled: true,
  });
  $("#network-graph").dataset.nodes = String(graph.nodes().length);
  $("#network-graph").dataset.drawn = "true";
}

async function proposeTeams(event) {
  event.preventDefault();
  clearError();
  const text = $("#opportunity").value.trim();
  if (!text) { showError("Paste the opportunity first: what it asks for, and where."); return; }
  const body = { text };
  if ($("#bid-as-me").checked && profileId()) body.with = profileId();
  let result;
  try { result = await post("/api/partners/consortium", body); } catch (err) { failed(err); return; }
  renderTeams(result);
}

function renderTeams(result) {
  const section = $("#teams-result");
  section.hidden = false;
  const needs = result.needs.map((n) => n.label).join(", ");
  $("#teams-summary").textContent = [
    result.message || "",
    needs ? `Needs read from the text: ${needs}.` : "",
    result.uncovered.length ? `No local provider for: ${result.uncovered.join(", ")}.` : "",
  ].filter(Boolean).join(" ");
  if (result.fallback) {
    $("#teams-list").replaceChildren(h("ol", { class: "partners-list" }, ...result.fallback_matches.map((m) =>
      h("li", {}, h("span", { class: "partner-name" }, m.name), " ", h("span", { class: "partner-meta" }, `(${m.kind})`)))));
    return;
  }
  $("#teams-list").replaceChildren(...result.teams.map((team) => {
    const names = Object.fromEntries(team.members.map((m) => [m.id, m.bidder ? `${m.name} (you)` : m.name]));
    const spread = team.spread_km === null ? "" : `, within ${Math.round(team.spread_km)} km of each other`;
    return h("div", { class: "team", dataset: { rank: team.rank } },
      h("h3", {}, `${team.rank === 1 ? "Best team" : `Alternative ${team.rank - 1}`}: ${team.members.length} members, `
        + `${Math.round(team.coverage * 100)}% of needs covered${spread}`),
      h("div", { class: "table-wrap" }, h("table", { class: "data-table" },
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Need"), h("th", { scope: "col" }, "Provider"),
          h("th", { scope: "col" }, "Why"))),
        h("tbody", {}, ...team.needs.map((row) => h("tr", {},
          h("td", {}, row.label), h("td", {}, row.provider ? names[row.provider] : "—"),
          h("td", { class: row.provider ? "" : "team-uncovered" }, row.reason)))))),
      team.worked_together.length ? h("p", { class: "partner-together" },
        `Worked together before: ${team.worked_together.map((w) => `${names[w.a]} and ${names[w.b]} on ${w.production}`)
          .join("; ")}`) : null);
  }));
}

$("#partners-form").addEventListener("submit", findPartners);
$("#show-network").addEventListener("click", showNetwork);
$("#consortium-form").addEventListener("submit", proposeTeams);
keyForm(start, (key) => (key ? "Key in use." : "Enter a member or staff key to find partners."));
start();
