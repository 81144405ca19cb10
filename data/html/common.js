// Shared by the page's views: the data, element building, figures and the evidence panel.
// Every piece of document text goes in through textContent or a text node, never as markup.

performance.mark('claimcheck-script');

/** A data block's value: JSON as it is, or gzip-compressed JSON in base64 for a large report. */
async function readData(id) {
  const node = document.getElementById(id);
  if (node.dataset.encoding !== 'gzip+base64') return JSON.parse(node.textContent);
  const parts = [node, ...document.querySelectorAll('script[data-part-of="' + id + '"]')].map((n) => n.textContent);
  const text = parts.join('');
  const fromBase64 = Uint8Array.fromBase64 ? (t) => Uint8Array.fromBase64(t) : (t) => Uint8Array.from(atob(t), (c) => c.charCodeAt(0));
  // A stream made here, not a Blob's (a Blob's bytes go through the browser process and back), fed
  // in small pieces as it is read, so that no step holds the page for long.
  const PIECE = 1 << 16;
  let at = 0;
  const source = new ReadableStream({
    pull: (c) => {
      if (at >= text.length) return c.close();
      c.enqueue(fromBase64(text.slice(at, (at += PIECE))));
    },
  }, { highWaterMark: 0 });
  const reader = source.pipeThrough(new DecompressionStream('gzip')).pipeThrough(new TextDecoderStream()).getReader();
  return parseLines(reader);
}

/**
 * Parses JSON written a claim to a line (the report's frame on the first and last lines), a slice at
 * a time, giving the page back to the reader between slices.
 */
async function parseLines(reader) {
  let head = null;
  let rest = '';
  const items = [];
  let slice = performance.now();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    rest += value;
    let from = 0;
    for (let nl = rest.indexOf('\n'); nl >= 0; nl = rest.indexOf('\n', from)) {
      const line = rest.slice(from, nl);
      from = nl + 1;
      if (head === null) head = line;
      else items.push(JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line));
    }
    rest = rest.slice(from);
    if (performance.now() - slice > 12) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      slice = performance.now();
    }
  }
  performance.mark('claimcheck-inflated');
  if (head === null) return JSON.parse(rest);
  const value = JSON.parse(head + rest);
  value.claims = items;
  return value;
}

/** What the first screen needs (counts, the matrix layout, its first figures), small and plain JSON. */
const view = JSON.parse(document.getElementById('claimcheck-view').textContent);
let report = null;
let context = { documents: {}, sources: [] };
let claims = [];
const VERDICTS = ['contradicted', 'disputed', 'unverified', 'supported'];
const ICON = { contradicted: '\u2717', disputed: '\u26a0', unverified: '?', supported: '\u2713', none: '\u2022' };
const LABEL = { contradicted: 'contradicted', disputed: 'disputed', unverified: 'unverified', supported: 'supported', none: 'not checked' };
const PROBLEMS = new Set(['contradicted', 'disputed', 'unverified']);
const verdictOf = (c) => c.verdict || 'none';
const posKey = (file, line, column) => file + '\u0000' + line + '\u0000' + column;

/** Every claim the page knows, by position: the report's, then the source sentences read for it. */
const byPos = new Map();
const whenLoaded = [];
let loading = null;

/** Decodes the report once (a large one after the first screen is up); runs `whenLoaded` after. */
function loadReport() {
  if (!loading) {
    loading = (async () => {
      // The data blocks follow the script in the page: wait until the parser has read them.
      if (document.readyState === 'loading') await new Promise((done) => document.addEventListener('DOMContentLoaded', done, { once: true }));
      performance.mark('claimcheck-parsed');
      report = await readData('claimcheck-report');
      context = await readData('claimcheck-context');
      claims = report.claims;
      for (const c of claims) byPos.set(posKey(c.file, c.line, c.column), c);
      for (const c of context.sources) if (!byPos.has(posKey(c.file, c.line, c.column))) byPos.set(posKey(c.file, c.line, c.column), c);
      performance.mark('claimcheck-data');
      for (const f of whenLoaded) f();
      document.documentElement.dataset.loaded = 'true';
    })();
  }
  return loading;
}

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
const num = (v) => (v === null || v === undefined ? '' : numberFormat.format(v));
function unitOf(q) {
  return q.currency ? q.currency : q.unit;
}
function valueText(q) {
  return num(q.value) + ' ' + unitOf(q);
}
function intervalText(q) {
  if (q.low === undefined && q.high === undefined) return '';
  const low = q.low === null ? '\u2212\u221e' : num(q.low);
  const high = q.high === null ? '\u221e' : num(q.high);
  return '[' + low + ', ' + high + ']' + (q.qualifier ? ' (' + q.qualifier + ')' : '');
}
const where = (x) => x.file + ':' + x.line + ':' + x.column;

/** A verdict's icon and label, so colour is never the only cue. */
function verdictBadge(verdict) {
  const b = el('span', 'badge v-' + verdict);
  b.append(el('span', 'icon', ICON[verdict]), ' ' + LABEL[verdict]);
  return b;
}

/** The sentence with `figure` marked, found at or after `from`; the figure alone when it is not in it. */
function markedSentence(sentence, figure, cls) {
  const p = el('p', 'sentence');
  const at = sentence ? sentence.indexOf(figure) : -1;
  if (at < 0) {
    if (sentence) p.append(sentence, ' ');
    p.append(el('mark', cls || 'hit', figure));
    return p;
  }
  p.append(sentence.slice(0, at), el('mark', cls || 'hit', figure), sentence.slice(at + figure.length));
  return p;
}

function facts(pairs) {
  const dl = el('dl', 'facts');
  for (const [k, v] of pairs) if (v) dl.append(el('dt', null, k), el('dd', null, v));
  return dl;
}

function claimFacts(c) {
  const q = c.quantity;
  return facts([
    ['value', valueText(q)],
    ['interval', intervalText(q)],
    ['as written', q.originalUnit ? 'unit ' + q.originalUnit : ''],
    ['subject', c.subject || c.reference || ''],
    ['measure', c.measure ? c.measure.noun : ''],
  ]);
}

const panel = el('aside', 'panel');
panel.id = 'evidence';
panel.setAttribute('aria-label', 'Evidence');
panel.tabIndex = -1;
panel.hidden = true;

function closePanel() {
  panel.hidden = true;
  panel.replaceChildren();
  document.body.classList.remove('with-panel');
}

function openPanel(nodes) {
  const close = el('button', 'close', '\u00d7 Close');
  close.type = 'button';
  close.addEventListener('click', () => closePanel());
  panel.replaceChildren(close, ...nodes);
  panel.hidden = false;
  document.body.classList.add('with-panel');
}

function evidenceItem(e, reasonLabel) {
  const li = el('li', 'evidence');
  li.append(el('div', 'loc', where(e) + (e.fact ? ' (facts file)' : '')));
  const source = byPos.get(posKey(e.file, e.line, e.column));
  li.append(markedSentence(source ? source.sentence : '', e.text));
  li.append(facts([
    ['value', num(e.value) + ' ' + e.unit],
    ['interval', source ? intervalText(source.quantity) : ''],
    [reasonLabel || 'pairing', e.reason ? e.reason + (e.score !== undefined ? ' (score ' + e.score + ')' : '') : ''],
  ]));
  return li;
}

/** The evidence for one checked figure: its sentence, its value, and each source on either side. */
function showEvidence(c) {
  const v = verdictOf(c);
  const head = el('h2', null);
  head.append(verdictBadge(v), ' ', c.text);
  const nodes = [head, el('div', 'loc', where(c)), markedSentence(c.sentence, c.text, 'hit v-' + v), claimFacts(c)];
  const lists = [['Disagreeing sources', c.disagrees || [], c.disagreeCount, 'disagrees'], ['Supporting sources', c.supports || [], c.supportCount, 'supports']];
  for (const [title, list, count, cls] of lists) {
    if (!list.length) continue;
    const total = count === undefined ? list.length : count;
    const sec = el('section', 'side ' + cls);
    sec.append(el('h3', null, title + ' (' + total + ')'));
    const ul = el('ul', null);
    for (const e of list) ul.append(evidenceItem(e));
    sec.append(ul);
    if (total > list.length) sec.append(el('p', 'note', (total - list.length) + ' more not listed in the report.'));
    nodes.push(sec);
  }
  if (v === 'unverified' && c.nearest) {
    const sec = el('section', 'side nearest');
    const e = c.nearest;
    sec.append(el('h3', null, 'Nearest candidate'));
    sec.append(el('p', 'note', 'nearest candidate: ' + e.text + ' (' + where(e) + ')' +
      (e.reason ? ' \u2014 kept apart because ' + e.reason : ' \u2014 the report gives no reason')));
    const ul = el('ul', null);
    ul.append(evidenceItem(e, 'kept apart'));
    sec.append(ul);
    nodes.push(sec);
  } else if (v === 'unverified' && !(c.supports || []).length && !(c.disagrees || []).length) {
    nodes.push(el('p', 'note', 'No source figure was paired with this one, and no candidate was found near it.'));
  } else if (v === 'none') {
    nodes.push(el('p', 'note', 'This figure was extracted, not checked.'));
  }
  openPanel(nodes);
}

/** A figure that is not a checked claim (a source's): its sentence and value. */
function showSentence(c) {
  const head = el('h2', null, c.text);
  const nodes = [head, el('div', 'loc', where(c)), markedSentence(c.sentence || '', c.text)];
  if (c.quantity) nodes.push(claimFacts(c));
  else nodes.push(facts([['value', num(c.value) + ' ' + c.unit]]));
  openPanel(nodes);
}

function show(c) {
  if (c.verdict) showEvidence(c);
  else showSentence(c);
}

/** Adds `render(count)` calls as the reader scrolls towards `sentinel`, and in idle time. */
function renderLater(container, render) {
  const sentinel = el('div', 'more', 'Loading more\u2026');
  container.append(sentinel);
  let busy = false;
  const step = () => {
    if (busy || !sentinel.isConnected) return;
    busy = true;
    const done = render(sentinel);
    busy = false;
    if (done) {
      sentinel.remove();
      observer.disconnect();
    }
  };
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) step();
  }, { rootMargin: '800px' });
  observer.observe(sentinel);
  return step;
}
