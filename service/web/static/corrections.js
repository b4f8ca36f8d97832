// Staff view of the corrections made to understood briefs, with an export as judged examples.
import { readKey } from "./keystore.js";

const key = readKey();  // the key the main page keeps
const status = document.getElementById("status");

function cell(text) {
  const td = document.createElement("td");
  td.textContent = text;
  return td;
}

function describe(change) {
  const need = change.need || {};
  const what = `${need.label}${need.role ? ` (${need.role})` : " (no role we know)"}`;
  if (change.change === "changed") return `changed: ${change.from.label} → ${what}`;
  return `${change.change}: ${what}`;
}

async function load() {
  const res = await fetch("/api/briefs/corrections", { headers: key ? { "X-API-Key": key } : {} });
  if (!res.ok) {
    status.textContent = res.status === 401 || res.status === 403
      ? "Staff only: paste a staff key on the main page, then come back."
      : `Could not load the corrections (HTTP ${res.status}).`;
    return;
  }
  const rows = await res.json();
  const body = document.querySelector("#corrections tbody");
  body.replaceChildren(...rows.map((c) => {
    const tr = document.createElement("tr");
    tr.append(cell(new Date(c.created_at).toLocaleString("en-GB")), cell(c.text.slice(0, 160)),
      cell(c.changes.map(describe).join("; ")), cell(c.by));
    return tr;
  }));
  document.getElementById("corrections").hidden = rows.length === 0;
  status.textContent = rows.length ? `${rows.length} corrections, newest first.` : "No corrections yet.";
}

document.getElementById("export").addEventListener("click", async () => {
  const res = await fetch("/api/briefs/corrections/export.jsonl", { headers: key ? { "X-API-Key": key } : {} });
  if (!res.ok) {
    status.textContent = "Staff only: paste a staff key on the main page first.";
    return;
  }
  const url = URL.createObjectURL(await res.blob());
  const a = Object.assign(document.createElement("a"), { href: url, download: "brief-corrections.jsonl" });
  a.click();
  URL.revokeObjectURL(url);
});

load();
