// langcheck's page: paste or open a draft, check it, apply rewrites, undo, copy or download the result.
// Everything goes through the server's JSON API on this machine; nothing is stored in the browser.
"use strict";

const state = {
  text: "",
  format: "text",
  filename: null, // the opened file's name; null for pasted text
  encoding: "utf-8",
  bom: false,
  document: null, // an opened Word document's bytes, base64-encoded: checked, fixed and saved as such
  findings: [],
  history: [], // earlier versions ({text, document}), for Undo
  formats: [],
};

const $ = (id) => document.getElementById(id);
const SEVERITY_LABEL = { error: "Error", warning: "Warning", info: "Information" };

// ---- talking to the server -------------------------------------------------------------------------------

class ApiError extends Error {}

async function api(path, options = {}) {
  let response;
  try {
    response = await fetch(path, options);
  } catch (err) {
    throw new ApiError("The langcheck server cannot be reached. Is 'langcheck serve' still running?");
  }
  if (response.ok) return response;
  let message = `The server answered ${response.status} ${response.statusText}.`;
  try {
    const body = await response.json();
    if (body && body.error) message = body.error;
  } catch (err) {
    // not JSON: keep the status line
  }
  throw new ApiError(message);
}

async function postJson(path, payload) {
  const response = await api(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(payload),
  });
  return response.json();
}

function documentPayload(extra = {}) {
  // A Word document is not text: its bytes go back and forth, and the server reads its paragraphs.
  const payload = state.document
    ? { document: state.document, format: state.format, ...extra }
    : { text: state.text, format: state.format, ...extra };
  if (state.filename) payload.filename = state.filename;
  return payload;
}

// ---- messages --------------------------------------------------------------------------------------------

function announce(message) {
  $("status").textContent = message;
}

function showError(message) {
  const box = $("error");
  box.textContent = message;
  box.hidden = false;
}

function clearError() {
  $("error").hidden = true;
  $("error").textContent = "";
}

async function guarded(button, work) {
  clearError();
  if (button) button.setAttribute("aria-busy", "true");
  try {
    await work();
  } catch (err) {
    showError(err instanceof ApiError ? err.message : `Something went wrong: ${err.message}`);
  } finally {
    if (button) button.removeAttribute("aria-busy");
  }
}

function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function summarise(findings) {
  if (!findings.length) return "No findings: nothing to change.";
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  const parts = [];
  if (counts.error) parts.push(plural(counts.error, "error"));
  if (counts.warning) parts.push(plural(counts.warning, "warning"));
  if (counts.info) parts.push(`${counts.info} for information`);
  const safe = findings.filter(rewritableSafely).length;
  const tail = safe ? ` ${safe} can be rewritten safely.` : "";
  return `${plural(findings.length, "finding")}: ${parts.join(", ")}.${tail}`;
}

function rewritableSafely(finding) {
  return !finding.quotation && finding.suggestions.some((s) => s.safe);
}

// ---- positions -------------------------------------------------------------------------------------------

// The report counts characters (code points); JavaScript strings count UTF-16 units. Map one to the other.
function codePointIndex(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (offset) => offset;
  const units = [0];
  let unit = 0;
  for (const char of text) {
    unit += char.length;
    units.push(unit);
  }
  return (offset) => units[Math.min(offset, units.length - 1)];
}

// Findings may overlap (two rules on the same words): one mark covers each run of overlapping findings.
function clusters(findings, toUnit) {
  const sorted = findings
    .map((finding, index) => ({ finding, index, start: toUnit(finding.offset), end: toUnit(finding.end_offset) }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  for (const item of sorted) {
    const last = out[out.length - 1];
    if (last && item.start < last.end) {
      last.end = Math.max(last.end, item.end);
      last.items.push(item);
    } else {
      out.push({ start: item.start, end: item.end, items: [item] });
    }
  }
  return out;
}

// ---- rendering -------------------------------------------------------------------------------------------

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) node.append(child);
  return node;
}

function renderDocument() {
  const container = $("document");
  container.replaceChildren();
  const text = state.text;
  const toUnit = codePointIndex(text);
  let at = 0;
  for (const cluster of clusters(state.findings, toUnit)) {
    if (cluster.start > at) container.append(text.slice(at, cluster.start));
    const first = cluster.items[0];
    const numbers = cluster.items.map((item) => item.index + 1).sort((a, b) => a - b);
    const worst = cluster.items.map((item) => item.finding).sort((a, b) => rank(b.severity) - rank(a.severity))[0];
    const described = numbers
      .map((n) => `finding ${n}, ${SEVERITY_LABEL[state.findings[n - 1].severity].toLowerCase()}`)
      .join("; ");
    const link = el(
      "a",
      {
        href: `#finding-${first.index + 1}`,
        id: `mark-${first.index + 1}`,
        class: `hl sev-${worst.severity}${cluster.items.every((item) => item.finding.quotation) ? " quotation" : ""}`,
        "data-findings": numbers.join(","),
      },
      el("span", { class: "visually-hidden", text: `(${described}${first.finding.quotation ? ", in a quotation" : ""}) ` }),
      text.slice(cluster.start, cluster.end),
    );
    for (const item of cluster.items) item.mark = link;
    link.addEventListener("click", (event) => {
      event.preventDefault();
      focusCard(first.index);
    });
    container.append(link, el("sup", { class: "hl-num", "aria-hidden": "true", text: numbers.join(",") }));
    at = cluster.end;
  }
  if (at < text.length) container.append(text.slice(at));
}

function rank(severity) {
  return { info: 1, warning: 2, error: 3 }[severity] || 0;
}

function renderFindings() {
  const list = $("findings");
  list.replaceChildren();
  state.findings.forEach((finding, index) => list.append(findingCard(finding, index)));
  if (!state.findings.length) list.append(el("li", { class: "finding-none", text: "Nothing to change. Well done." }));
}

// Where a finding is, as a person finds it: a line of a text file, or a paragraph of a Word document.
function placeOf(finding) {
  const place = finding.location;
  if (!place) return `line ${finding.line}, column ${finding.column}`;
  const paragraph = `paragraph ${place.paragraph}, column ${finding.column}`;
  if (place.part === "body") return place.where ? `${paragraph} (${place.where})` : paragraph;
  return `${place.where || place.part}, ${paragraph}`;
}

function findingCard(finding, index) {
  const number = index + 1;
  const title = el(
    "h4",
    { id: `finding-${number}-title` },
    el("span", { class: "badge", "aria-hidden": "true", text: String(number) }),
    el("span", { class: "visually-hidden", text: `Finding ${number}: ` }),
    el("span", { class: `sev-label sev-${finding.severity}`, text: SEVERITY_LABEL[finding.severity] }),
    el("span", { class: "quoted", text: `“${finding.text}”` }),
    el("span", { class: "where", text: placeOf(finding) }),
  );
  const card = el(
    "li",
    { class: `finding sev-${finding.severity}`, id: `finding-${number}`, tabindex: "-1", "aria-labelledby": `finding-${number}-title` },
    title,
    el("p", { class: "message", text: finding.message }),
  );
  if (finding.quotation) {
    card.append(
      el("p", { class: "quotation-note", text: "In a quotation: these are a source's words, so they are shown, never rewritten." }),
    );
  } else if (finding.suggestions.length) {
    const group = el("div", { class: "suggestions", role: "group", "aria-label": `Rewrites for “${finding.text}”` });
    for (const suggestion of finding.suggestions) {
      const button = el("button", { type: "button", class: "secondary" }, suggestion.text);
      button.setAttribute(
        "aria-label",
        `Replace “${finding.text}” with “${suggestion.text}”${suggestion.safe ? " (safe rewrite)" : ""}`,
      );
      if (suggestion.safe) button.append(el("span", { class: "safe-tag", "aria-hidden": "true", text: "safe" }));
      button.addEventListener("click", () => guarded(button, () => applyChoice(finding, suggestion, index)));
      group.append(button);
    }
    card.append(group);
  }
  card.append(el("p", { class: "explanation", text: finding.explanation }));
  if (finding.sources.length) {
    const sources = el("ul", { class: "sources", "aria-label": "Sources" });
    for (const url of finding.sources) {
      sources.append(el("li", {}, el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: url })));
    }
    card.append(sources);
  }
  const rule = el("p", { class: "card-actions" });
  const show = el("button", { type: "button", class: "link-button", text: "Show in text" });
  show.setAttribute("aria-label", `Show finding ${number} in the text`);
  show.addEventListener("click", () => focusMark(index));
  rule.append(el("span", { class: "rule-id", text: `${finding.rule} · ` }), show);
  card.append(rule);
  card.addEventListener("focusin", () => highlight(index));
  return card;
}

function highlight(index) {
  document.querySelectorAll(".active").forEach((node) => node.classList.remove("active"));
  const card = $(`finding-${index + 1}`);
  if (card) card.classList.add("active");
  const mark = markFor(index);
  if (mark) mark.classList.add("active");
}

function markFor(index) {
  return [...document.querySelectorAll("#document .hl")].find((mark) =>
    mark.dataset.findings.split(",").includes(String(index + 1)),
  );
}

function focusCard(index) {
  const card = $(`finding-${index + 1}`);
  if (!card) return;
  highlight(index);
  card.scrollIntoView({ block: "nearest" });
  card.focus({ preventScroll: true });
}

function focusMark(index) {
  const mark = markFor(index);
  if (!mark) return;
  highlight(index);
  mark.scrollIntoView({ block: "center" });
  mark.focus({ preventScroll: true });
}

function renderReview() {
  $("summary").textContent = summarise(state.findings);
  renderDocument();
  renderFindings();
  $("undo").disabled = state.history.length === 0;
  $("apply-safe").disabled = !state.findings.some(rewritableSafely);
}

function showReview() {
  $("edit-panel").hidden = true;
  $("review-panel").hidden = false;
}

function showEditor() {
  $("review-panel").hidden = true;
  $("edit-panel").hidden = false;
  $("draft").value = state.text;
  $("draft").focus();
}

// A Word document's text is shown, not edited here: its words change through rewrites, made in its runs.
function setDocument(document) {
  state.document = document;
  $("draft").readOnly = Boolean(document);
  $("format").disabled = Boolean(document);
}

// ---- actions ---------------------------------------------------------------------------------------------

function takeReport(report) {
  const file = report.files[0];
  if (file.error) throw new ApiError(file.error);
  state.findings = file.findings;
}

async function check() {
  if (!state.document) state.text = $("draft").value;
  if (!state.text.trim()) {
    showError("There is no text to check yet: paste a draft or open a file.");
    $("draft").focus();
    return;
  }
  takeReport(await postJson("/api/check", documentPayload()));
  state.history = [];
  renderReview();
  showReview();
  $("review-heading").focus(); // described by the summary, so it is read out with it
  announce(`Checked ${state.filename || "the text"}.`);
}

async function applyFix(extra, describe, focusIndex) {
  const previous = { text: state.text, document: state.document };
  const result = await postJson("/api/fix", documentPayload(extra));
  if (result.applied === 0) {
    announce("");
    const why = result.held && result.held.length ? ` In this Word document, ${result.held[0].reason}.` : "";
    showError(
      `That rewrite could not be applied automatically: the words hold formatting or markup, or sit in a quotation.${why} Edit the text by hand.`,
    );
    return;
  }
  state.history.push(previous);
  state.text = result.text;
  if (result.document) state.document = result.document;
  takeReport(result.report);
  renderReview();
  announce(`${describe(result)} ${summarise(state.findings)}`);
  if (state.findings.length) focusCard(Math.min(focusIndex, state.findings.length - 1));
  else $("review-heading").focus();
}

function applyChoice(finding, suggestion, index) {
  const choice = { rule: finding.rule, offset: finding.offset, end_offset: finding.end_offset, suggestion: suggestion.text };
  const replaced = suggestion.replaces ?? finding.text;
  return applyFix({ choices: [choice] }, () => `Replaced “${replaced}” with “${suggestion.text}”.`, index);
}

function applySafe() {
  return applyFix(
    { unsafe: false },
    (result) => `Applied ${plural(result.applied, "safe rewrite")}.`,
    0,
  );
}

async function undo() {
  if (!state.history.length) return;
  const earlier = state.history.pop();
  state.text = earlier.text;
  state.document = earlier.document;
  takeReport(await postJson("/api/check", documentPayload()));
  renderReview();
  announce(`Undone. ${summarise(state.findings)}`);
  if (!state.history.length) $("review-heading").focus();
}

async function copyText() {
  try {
    await navigator.clipboard.writeText(state.text);
  } catch (err) {
    const scratch = el("textarea", { class: "visually-hidden", "aria-hidden": "true" });
    scratch.value = state.text;
    document.body.append(scratch);
    scratch.select();
    const copied = document.execCommand("copy");
    scratch.remove();
    if (!copied) throw new ApiError("The browser did not allow copying. Use “Edit text”, select all and copy.");
  }
  announce("Copied the text to the clipboard.");
}

function downloadName() {
  if (state.filename) return state.filename;
  const format = state.formats.find((f) => f.name === state.format);
  const extension = format && format.extensions.length ? format.extensions[0] : ".txt";
  return `draft${extension}`;
}

async function download() {
  const filename = downloadName();
  const response = await api("/api/save", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(
      state.document
        ? { document: state.document, filename }
        : { text: state.text, filename, encoding: state.encoding, bom: state.bom },
    ),
  });
  const url = URL.createObjectURL(await response.blob());
  const link = el("a", { href: url, download: filename, hidden: "" });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  announce(`Downloaded ${filename}.`);
}

async function openFile(file) {
  const response = await api(`/api/open?filename=${encodeURIComponent(file.name)}`, {
    method: "POST",
    headers: { "Content-Type": "application/octet-stream" },
    body: file,
  });
  const opened = await response.json();
  state.filename = opened.filename;
  state.format = opened.format;
  state.encoding = opened.encoding;
  state.bom = opened.bom;
  state.text = opened.text;
  setDocument(opened.document || null);
  $("format").value = opened.format;
  $("draft").value = opened.text;
  $("file-name").textContent = state.document
    ? `Opened ${opened.filename}: a Word document, one paragraph a line; rewrites are made in the document itself.`
    : `Opened ${opened.filename}`;
  await check();
}

// ---- start-up --------------------------------------------------------------------------------------------

async function loadFormats() {
  const formats = await (await api("/api/formats")).json();
  state.formats = formats;
  const select = $("format");
  // Pasted text can be in any text format; a Word document only comes from a file.
  select.replaceChildren(
    ...formats.map((f) => el("option", { value: f.name, text: f.label, ...(f.binary ? { hidden: "" } : {}) })),
  );
  select.value = state.format;
  $("format-names").textContent = listInWords(formats.map((f) => f.label));
  $("file").setAttribute("accept", formats.flatMap((f) => f.extensions).join(","));
}

function listInWords(items) {
  if (items.length < 2) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

function wire() {
  $("check").addEventListener("click", (event) => guarded(event.currentTarget, check));
  $("draft").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      guarded($("check"), check);
    }
  });
  $("draft").addEventListener("input", () => {
    state.text = $("draft").value;
  });
  $("format").addEventListener("change", () => {
    state.format = $("format").value;
  });
  $("open-file").addEventListener("click", () => $("file").click());
  $("file").addEventListener("change", () => {
    const file = $("file").files[0];
    if (file) guarded($("open-file"), () => openFile(file));
    $("file").value = "";
  });
  $("apply-safe").addEventListener("click", (event) => guarded(event.currentTarget, applySafe));
  $("undo").addEventListener("click", (event) => guarded(event.currentTarget, undo));
  $("edit").addEventListener("click", () => {
    clearError();
    showEditor();
  });
  $("copy").addEventListener("click", (event) => guarded(event.currentTarget, copyText));
  $("download").addEventListener("click", (event) => guarded(event.currentTarget, download));
}

document.addEventListener("DOMContentLoaded", () => {
  wire();
  guarded(null, loadFormats);
});
