// A shortlist worked through to crew who have said yes: rename it, reorder, annotate and
// remove people, set each one's status, ask them by email whether they are free, read their
// answers, then print it, export it (CSV, Excel, PDF) or see it on a map. Staff only: every
// call carries the staff key the visitor gave the page.

import {
  $, ANSWER_LABEL, AVAILABILITY, STATUSES, STATUS_LABEL, announce, api, busy, clearError, contactLine, dayRate,
  download, h, keyForm, kmMiles, plural, showError, todayIso, ukDate, ukMoment, ukRange,
} from "./common.js";
import { drawMap } from "./map.js";
import { profileHref } from "./sheet-tools.js";

const root = $("#shortlist");
const id = root.dataset.shortlistId;
const base = `/api/shortlists/${encodeURIComponent(id)}`;
let current = null;           // the shortlist as last returned by the API
const chosen = new Set();     // people ticked for an availability check

function summaryLine(brief) {
  if (!brief) return "No brief saved with this shortlist.";
  const bits = [];
  const names = (brief.locations || []).map((p) => p.name);
  bits.push(names.length ? `within ${kmMiles(brief.radius_km)} of ${names.join(", ")}` : "anywhere (no shoot location)");
  if (brief.dates) bits.push(ukRange(brief.dates.start, brief.dates.end));
  if (brief.budget && brief.budget.max_day_rate_gbp != null) bits.push(`crew up to £${brief.budget.max_day_rate_gbp} a day`);
  const text = bits.join(" · ");
  return text[0].toUpperCase() + text.slice(1);
}

function answerLine(check) {
  if (!check) return null;
  if (!check.answered_at) {
    const sent = check.delivered
      ? `Asked ${ukMoment(check.sent_at)}${check.transport === "outbox" ? " (written to the outbox, not sent)" : ""}; no answer yet`
      : `The check was not delivered: ${check.error || "unknown reason"}`;
    return h("p", { class: `answer ${check.delivered ? "answer-waiting" : "answer-failed"}` }, sent);
  }
  const bits = [ANSWER_LABEL[check.answer] || check.answer];
  if (check.free_start && check.free_end) bits.push(`free ${ukRange(check.free_start, check.free_end)}`);
  return h("p", { class: `answer answer-${check.answer}` },
    h("strong", {}, bits.join(": ")),
    check.note ? ` — “${check.note}”` : "",
    h("span", { class: "meta" }, ` · answered ${ukMoment(check.answered_at)}${check.diary_updated ? " · diary updated" : ""}`));
}

async function change(button, label, method, path, body, message) {
  clearError();
  const updated = await busy(button, label, () => api(method, path, body));
  if (updated) {
    render(updated);
    if (message) announce(message);
  }
  return updated;
}

function personRow(item, index, group) {
  const p = item.profile;
  const rowId = `p-${index}`;
  const avail = item.availability ? (AVAILABILITY[item.availability] || { label: item.availability, cls: "unknown" }) : null;
  const status = h("select", { id: `${rowId}-status`, class: `status-select status-${item.status}`, "aria-label": `Status of ${p.name}` },
    ...STATUSES.map((s) => h("option", { value: s }, STATUS_LABEL[s])));
  status.value = item.status;
  status.addEventListener("change", () => change(status, STATUS_LABEL[status.value], "PATCH",
    `${base}/items/${encodeURIComponent(p.id)}`, { status: status.value }, `${p.name}: ${STATUS_LABEL[status.value]}.`));
  const note = h("textarea", { id: `${rowId}-note`, class: "note-input", rows: 1, maxlength: 2000, placeholder: "A note: called, rates agreed, prefers nights…" });
  note.value = item.note || "";
  const saveNote = h("button", { type: "button", class: "btn btn-secondary btn-small" }, "Save note");
  saveNote.addEventListener("click", () => change(saveNote, "Saving…", "PATCH", `${base}/items/${encodeURIComponent(p.id)}`,
    { note: note.value.trim() }, `Note saved for ${p.name}.`));
  const tick = h("input", { type: "checkbox", class: "ask-tick", id: `${rowId}-ask`, "aria-label": `Ask ${p.name} whether they are free` });
  tick.checked = chosen.has(p.id);
  tick.addEventListener("change", () => { if (tick.checked) chosen.add(p.id); else chosen.delete(p.id); updateAskWho(); });

  const position = group.indexOf(item);
  const move = (delta) => async (e) => {
    const order = current.items.map((i) => i.profile_id);
    const other = group[position + delta];
    const a = order.indexOf(p.id);
    const b = order.indexOf(other.profile_id);
    [order[a], order[b]] = [order[b], order[a]];
    const done = await change(e.currentTarget, "…", "PUT", `${base}/order`, { profile_ids: order },
      `${p.name} moved ${delta < 0 ? "up" : "down"}.`);
    if (done) $(`[data-person="${CSS.escape(p.id)}"] .move-${delta < 0 ? "up" : "down"}`)?.focus();
  };
  return h("li", { class: `person status-row-${item.status}`, dataset: { person: p.id } },
    h("div", { class: "person-check" }, tick),
    h("div", { class: "person-main" },
      h("p", { class: "person-name" }, h("a", { href: profileHref(p.id, current.brief) }, p.name),
        h("span", { class: "meta" }, ` · ${(p.roles || []).slice(0, 2).join(", ")}`)),
      h("p", { class: "person-facts" },
        h("span", {}, p.town || "Town not given"),
        item.distance_km != null ? h("span", { class: "meta-distance" }, `${kmMiles(item.distance_km)} from ${item.nearest_location}`) : null,
        avail ? h("span", { class: `avail avail-${avail.cls}` }, avail.label) : null,
        p.day_rate_gbp ? h("span", { class: "rate" }, dayRate(p.day_rate_gbp)) : null),
      h("p", { class: "person-contact" }, contactLine(p.contact) || h("span", { class: "hint" }, "No contact details")),
      answerLine(item.check),
      item.note ? h("p", { class: "print-only note-print" }, `Note: ${item.note}`) : null,
      h("div", { class: "person-note" }, h("label", { for: `${rowId}-note`, class: "sr-only" }, `Note on ${p.name}`), note, saveNote)),
    h("div", { class: "person-side", dataset: { status: STATUS_LABEL[item.status] } },
      h("label", { for: `${rowId}-status`, class: "field-label" }, "Status"), status,
      h("div", { class: "person-moves" },
        h("button", { type: "button", class: "btn-icon move-up", "aria-label": `Move ${p.name} up`, disabled: position === 0, onclick: move(-1) }, "↑"),
        h("button", { type: "button", class: "btn-icon move-down", "aria-label": `Move ${p.name} down`, disabled: position === group.length - 1, onclick: move(1) }, "↓"),
        h("button", {
          type: "button", class: "btn btn-quiet btn-small remove-person",
          onclick: (e) => change(e.currentTarget, "Removing…", "DELETE", `${base}/items/${encodeURIComponent(p.id)}`, undefined,
            `${p.name} taken off the shortlist.`),
        }, "Remove", h("span", { class: "sr-only" }, ` ${p.name}`)))));
}

function updateAskWho() {
  if (!current) return;
  const still = current.items.filter((i) => i.status === "suggested").length;
  const picked = [...chosen].filter((pid) => current.items.some((i) => i.profile_id === pid));
  $("#ask-who").textContent = picked.length
    ? `The check goes to the ${plural(picked.length, "person", "people")} ticked below.`
    : still ? `Tick people below, or the check goes to everyone still suggested (${still}).`
      : "Everyone has been asked: tick people below to ask them again.";
}

function render(shortlist) {
  current = shortlist;
  document.title = `${shortlist.production} · Shortlist · The matcher`;
  $("#sl-production").textContent = shortlist.production;
  $("#sl-name").textContent = shortlist.name !== shortlist.production ? `Shortlist “${shortlist.name}”` : "";
  $("#sl-summary").textContent = summaryLine(shortlist.brief);
  $("#sl-dated").textContent = `Printed ${ukDate(todayIso())}`;
  $("#sl-meta").textContent = `${plural(shortlist.items.length, "person", "people")} · saved by ${shortlist.owner} · last changed ${ukMoment(shortlist.updated_at)}`;
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0]));
  for (const item of shortlist.items) counts[item.status] += 1;
  $("#sl-statuses").replaceChildren(...STATUSES.filter((s) => counts[s]).map((s) =>
    h("li", { class: `status-chip status-${s}` }, `${STATUS_LABEL[s]} ${counts[s]}`)));
  $("#rename-production").value = shortlist.production;
  $("#rename-name").value = shortlist.name;
  if (shortlist.brief && shortlist.brief.dates && !$("#ask-start").value) {
    $("#ask-start").value = shortlist.brief.dates.start;
    $("#ask-end").value = shortlist.brief.dates.end;
  }

  const groups = new Map();
  for (const item of shortlist.items) {
    const need = item.need || "Other";
    if (!groups.has(need)) groups.set(need, []);
    groups.get(need).push(item);
  }
  let index = 0;
  $("#sl-body").replaceChildren(...(groups.size ? [...groups].map(([need, items], g) => h("section", {
    class: "card need-block", "aria-labelledby": `need-${g}`,
  },
  h("h2", { class: "need-title", id: `need-${g}` }, need, h("span", { class: "meta" }, ` · ${plural(items.length, "person", "people")}`)),
  h("ol", { class: "people" }, ...items.map((item) => personRow(item, index++, items)))))
    : [h("p", { class: "card empty" }, "Nobody is on this shortlist. Add people from a crew sheet on the main page.")]));
  updateAskWho();
  root.setAttribute("aria-busy", "false");
}

async function load(me) {
  if (!(me.role === "staff" || me.role === "admin")) {
    $("#sl-production").textContent = "Shortlists are for the film office";
    $("#sl-body").replaceChildren(h("p", { class: "card locked-note" }, "Enter a staff key under API key at the top of the page to open this shortlist."));
    root.setAttribute("aria-busy", "false");
    return;
  }
  try {
    const [shortlist, mail] = await Promise.all([api("GET", base), api("GET", "/api/mail")]);
    $("#mail-status").textContent = mail.transport === "smtp" ? `Checks are ${mail.detail}.` : `Checks are ${mail.detail}.`;
    $("#mail-status").classList.toggle("is-outbox", mail.transport === "outbox");
    render(shortlist);
  } catch (err) {
    $("#sl-production").textContent = err.status === 404 ? "Shortlist not found" : "The shortlist could not be shown";
    showError(err.message);
    root.setAttribute("aria-busy", "false");
  }
}

// ---------------------------------------------------------------------------- actions
$("#rename-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const production = $("#rename-production").value.trim();
  const name = $("#rename-name").value.trim();
  if (!production || !name) { showError("Give both the production and the shortlist name."); return; }
  const done = await change(e.submitter || $("#rename-form button"), "Saving…", "PATCH", base, { production, name }, "Names saved.");
  if (done) $("#sl-rename").open = false;
});

$("#ask-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  clearError();
  const body = {};
  const picked = [...chosen].filter((pid) => current.items.some((i) => i.profile_id === pid));
  if (picked.length) body.profile_ids = picked;
  const start = $("#ask-start").value;
  const end = $("#ask-end").value;
  if (!start || !end) { showError("Give the shoot dates to ask about."); $(start ? "#ask-end" : "#ask-start").focus(); return; }
  body.start = start;
  body.end = end;
  const message = $("#ask-message").value.trim();
  if (message) body.message = message;
  const result = await busy($("#ask-send"), "Sending…", () => api("POST", `${base}/checks`, body));
  if (!result) return;
  const words = { sent: "sent", outbox: "in the outbox", skipped: "not asked", failed: "failed" };
  $("#ask-results").replaceChildren(...result.results.map((r) => h("li", { class: `ask-result ask-${r.outcome}` },
    h("strong", {}, r.name), `: ${words[r.outcome]}`, r.outcome === "sent" || r.outcome === "outbox" ? "" : ` (${r.detail})`)));
  chosen.clear();
  const asked = result.results.filter((r) => r.outcome === "sent" || r.outcome === "outbox").length;
  announce(`${plural(asked, "check")} ${result.mail.transport === "smtp" ? "sent" : "written to the outbox"}.`);
  render(await api("GET", base));
});

const fileButton = (selector, extension) => $(selector).addEventListener("click", async (e) => {
  clearError();
  const name = await busy(e.currentTarget, "Preparing…", () => download(`${base}/export.${extension}`, `shortlist.${extension}`));
  if (name) announce(`Downloaded ${name}.`);
});
fileButton("#sl-csv", "csv");
fileButton("#sl-xlsx", "xlsx");
fileButton("#sl-pdf", "pdf");
$("#sl-print").addEventListener("click", () => window.print());

$("#sl-map").addEventListener("click", async (e) => {
  const button = e.currentTarget;
  const box = $("#sl-map-box");
  box.hidden = !box.hidden;
  button.setAttribute("aria-expanded", String(!box.hidden));
  button.textContent = box.hidden ? "Show map" : "Hide map";
  if (!box.hidden && current) {
    const brief = current.brief || {};
    await busy(button, "Drawing…", () => drawMap(box, {
      locations: brief.locations || [], radiusKm: brief.radius_km || null,
      people: current.items.map((i) => ({ id: i.profile_id, name: i.profile.name, need: i.need, distance_km: i.distance_km })),
      profileHref: (pid) => profileHref(pid, current.brief),
    }));
    button.textContent = "Hide map";
  }
});

$("#sl-delete").addEventListener("click", async (e) => {
  if (!window.confirm(`Delete the shortlist for “${current ? current.production : ""}” and its availability checks? This cannot be undone.`)) return;
  const done = await busy(e.currentTarget, "Deleting…", () => api("DELETE", base));
  if (done) location.assign("/#saved-shortlists");
});

keyForm(load);
