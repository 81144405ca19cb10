// The page frame: summary bar with filters, the two views, keyboard, and the ready signal.
const shown = new Set([...VERDICTS, 'none']);

function summaryBar() {
  const bar = el('header', 'bar');
  const title = el('h1', null, 'claimcheck');
  const files = view.files;
  const meta = el('span', 'meta', view.claims + ' figures in ' + files + (files === 1 ? ' file' : ' files'));
  const filters = el('div', 'filters');
  filters.setAttribute('role', 'group');
  filters.setAttribute('aria-label', 'Show figures by verdict');
  const counts = view.counts;
  for (const v of [...VERDICTS, 'none']) {
    if (!counts[v]) continue;
    const b = el('button', 'filter v-' + v);
    b.type = 'button';
    b.dataset.verdict = v;
    b.setAttribute('aria-pressed', 'true');
    b.append(el('span', 'icon', ICON[v]), ' ' + LABEL[v] + ' ', el('span', 'count', counts[v]));
    b.addEventListener('click', () => {
      const on = !shown.has(v);
      if (on) shown.add(v);
      else shown.delete(v);
      b.setAttribute('aria-pressed', String(on));
      document.body.classList.toggle('hide-' + v, !on);
    });
    filters.append(b);
  }
  const tabs = el('div', 'tabs');
  tabs.setAttribute('role', 'tablist');
  const tabFor = (name, label) => {
    const t = el('button', 'tab', label);
    t.type = 'button';
    t.setAttribute('role', 'tab');
    t.dataset.view = name;
    t.addEventListener('click', () => showView(name));
    tabs.append(t);
  };
  tabFor('document', 'Document');
  tabFor('matrix', 'Story matrix');
  const keys = el('p', 'keys', 'n / p: next / previous problem \u00b7 Enter: evidence \u00b7 Esc: close');
  bar.append(title, meta, tabs, filters, keys);
  whenLoaded.push(() => {
    if (report.errors.length) bar.append(el('p', 'errors', report.errors.length + ' file message(s): ' + report.errors.map((e) => e.file + ': ' + e.message).join('; ')));
  });
  return bar;
}

const started = { document: false, matrix: false };
const FIRST_BATCH = 60;
let activeView = '';

function showView(name) {
  activeView = name;
  document.body.dataset.view = name;
  docView.hidden = name !== 'document';
  matrixView.hidden = name !== 'matrix';
  for (const t of document.querySelectorAll('.tab')) t.setAttribute('aria-selected', String(t.dataset.view === name));
  if (!started[name]) {
    started[name] = true;
    if (name === 'document') {
      if (report) startDocumentView(FIRST_BATCH);
      else loadReport().then(() => startDocumentView(FIRST_BATCH));
    } else startMatrixView(FIRST_BATCH);
  }
}

document.addEventListener('keydown', (ev) => {
  if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
  if (ev.key === 'Escape') return closePanel();
  if (activeView !== 'document') return;
  if (ev.key === 'n' || ev.key === 'j') {
    ev.preventDefault();
    moveToProblem(1);
  } else if (ev.key === 'p' || ev.key === 'k') {
    ev.preventDefault();
    moveToProblem(-1);
  } else if (ev.key === 'Enter' && current >= 0 && !ev.target.closest('.fig, button')) {
    ev.preventDefault();
    showEvidence(figures[current]);
  }
});

// A draft checked against sources opens on the draft, read from the report; a corpus checked against
// itself opens on the matrix, whose first rows are in the view, and the report is decoded after.
const main = el('main', null);
main.append(docView, matrixView, panel);
document.body.append(summaryBar(), main);
if (view.first === 'document') await loadReport();
showView(view.first);
performance.mark('claimcheck-drawn');
// Opened: the summary and the first screen are drawn and answer clicks (after the first paint).
requestAnimationFrame(() => setTimeout(() => {
  performance.mark('claimcheck-ready');
  document.documentElement.dataset.state = 'ready';
  document.documentElement.dataset.claims = String(view.claims);
  loadReport();
}, 0));
