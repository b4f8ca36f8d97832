// Import profiles in the background: send the file, then poll the job until it is done.
import { $, h } from "./dom.js";
import { readKey } from "./keystore.js";
const POLL_MS = 1000;
const status = $("#status");
const progress = $("#progress");
const problems = $("#problems");

function headers() {
  const key = readKey();  // the key the main page keeps
  return key ? { "X-API-Key": key } : {};
}

function listProblems(items) {
  problems.replaceChildren(...items.map((p) => h("li", {}, `line ${p.line}, ${p.field}: ${p.message}`)));
}

function show(job) {
  progress.hidden = false;
  progress.value = job.progress;
  const counts = `${job.done.toLocaleString("en-GB")} of ${job.total.toLocaleString("en-GB")} profiles`;
  const said = {
    running: `Importing: ${counts} stored and searchable so far…`,
    done: `Imported ${counts} (${job.created} new, ${job.updated} updated).`,
    failed: `The import stopped after ${counts}: ${job.error}`,
    interrupted: `The import was interrupted after ${counts}: ${job.error}`,
  };
  status.textContent = said[job.status] + (job.skipped.length ? ` ${job.skipped.length} wrong lines skipped:` : "");
  listProblems(job.skipped);
}

async function poll(url) {
  const res = await fetch(url, { headers: headers() });
  if (!res.ok) {
    status.textContent = `Could not read the import's progress (HTTP ${res.status}).`;
    return;
  }
  const job = await res.json();
  show(job);
  if (job.status === "running") setTimeout(() => poll(url), POLL_MS);
}

$("#import-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const file = $("#file").files[0];
  if (!file) {
    status.textContent = "Choose a file to import.";
    return;
  }
  const body = new FormData();
  body.append("file", file);
  const skip = $("#skip-invalid").checked ? "?skip_invalid=true" : "";
  status.textContent = "Checking the file…";
  problems.replaceChildren();
  const res = await fetch(`/api/imports${skip}`, { method: "POST", headers: headers(), body });
  const answer = await res.json().catch(() => ({}));
  if (res.status === 202) {
    show(answer);
    setTimeout(() => poll(answer.url), POLL_MS);
  } else if (res.status === 401 || res.status === 403) {
    status.textContent = "Admin only: paste an admin key on the main page, then come back.";
  } else {
    status.textContent = answer.detail || `The import was refused (HTTP ${res.status}).`;
    listProblems(answer.errors || []);
  }
});
