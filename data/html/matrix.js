// The story matrix: one row per fact (claims the check linked, directly or through each other), one
// column per source. Rows where the sources disagree come first, and the disagreeing cells are marked.
/** A figure the evidence names but no claim describes (a facts file's entry): its evidence stands in. */
function evidenceNode(e) {
  return { file: e.file, line: e.line, column: e.column, text: e.text, sentence: '', value: e.value, unit: e.unit };
}

function linkedGroups() {
  const nodes = [];
  const index = new Map();
  const add = (c) => {
    const k = posKey(c.file, c.line, c.column);
    let n = index.get(k);
    if (n === undefined) {
      n = nodes.length;
      nodes.push(c);
      index.set(k, n);
    }
    return n;
  };
  for (const c of claims) add(c);
  const parent = nodes.map((_, i) => i);
  const find = (i) => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const disagreeing = new Set();
  const edges = [];
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    for (const [list, against] of [[c.supports, false], [c.disagrees, true]]) {
      if (!list) continue;
      for (const e of list) {
        const k = posKey(e.file, e.line, e.column);
        const n = index.has(k) ? index.get(k) : add(byPos.get(k) || evidenceNode(e));
        if (n >= parent.length) parent.push(n);
        edges.push([i, n]);
        if (against) disagreeing.add(i).add(n);
      }
    }
  }
  for (const [a, b] of edges) {
    const ra = find(a), rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const members = new Map();
  for (let i = 0; i < nodes.length; i++) {
    const r = find(i);
    if (!members.has(r)) members.set(r, []);
    members.get(r).push(i);
  }
  const groups = [];
  for (const list of members.values()) if (list.length > 1) groups.push(makeRow(list, nodes, disagreeing));
  groups.sort((a, b) => (b.disagree - a.disagree) || (b.cells.size - a.cells.size) || (a.first - b.first));
  return { nodes, groups };
}

const valueKey = (c) => (c.quantity ? c.quantity.value + ' ' + unitOf(c.quantity) : c.value + ' ' + c.unit);

/**
 * A row: its cells by file. A figure is marked when it is on either side of a disagreement and its
 * value is not the one most sources give (all such figures, when no value has a majority of sources).
 */
function makeRow(list, nodes, disagreeing) {
  const cells = new Map();
  for (const n of list) {
    const f = nodes[n].file;
    if (!cells.has(f)) cells.set(f, []);
    cells.get(f).push(n);
  }
  const votes = new Map();
  for (const ns of cells.values()) for (const v of new Set(ns.map((n) => valueKey(nodes[n])))) votes.set(v, (votes.get(v) || 0) + 1);
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  const mode = ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
  const marked = new Set(list.filter((n) => disagreeing.has(n) && valueKey(nodes[n]) !== mode));
  return { cells, marked, disagree: marked.size > 0 ? 1 : 0, first: list.reduce((a, b) => Math.min(a, b)), label: rowLabel(list, nodes) };
}

function rowLabel(list, nodes) {
  const n = list.find((i) => nodes[i].quantity);
  const c = nodes[n === undefined ? list[0] : n];
  const what = c.measure ? c.measure.noun : c.kind || '';
  const who = c.subject || '';
  return [who, what].filter(Boolean).join(' \u00b7 ') || c.text;
}

const matrixView = el('section', 'view matrix');
matrixView.id = 'view-matrix';
matrixView.setAttribute('aria-label', 'Story matrix');
let matrix = null;
let drawnRows = 0;

function matrixColumns(nodes) {
  const seen = new Set();
  for (const c of nodes) seen.add(c.file);
  return [...seen];
}

const DENSE_LIMIT = 24;

function cellButton(n, marked) {
  const c = matrix.nodes[n];
  const b = el('button', 'cell' + (marked ? ' marked' : '') + (c.verdict ? ' v-' + c.verdict : ''));
  b.type = 'button';
  b.dataset.node = String(n);
  if (marked) b.append(el('span', 'icon', '\u2260'));
  b.append(el('span', 'figure', c.text), el('span', 'pos', c.line + ':' + c.column));
  b.setAttribute('aria-label', c.text + ' at ' + where(c) + (marked ? ', disagrees' : ''));
  return b;
}

function drawRows(before, count) {
  const frag = document.createDocumentFragment();
  const { groups, columns, dense } = matrix;
  const stop = Math.min(groups.length, drawnRows + count);
  for (; drawnRows < stop; drawnRows++) {
    const g = groups[drawnRows];
    const tr = el('tr', g.disagree ? 'row disagree' : 'row');
    const th = el('th', null);
    th.scope = 'row';
    if (g.disagree) th.append(el('span', 'flag', '\u2260 disagree'), ' ');
    th.append(g.label);
    tr.append(th);
    const cellOf = (ns) => {
      const td = el('td', null);
      for (const n of ns) td.append(cellButton(n, g.marked.has(n)));
      if (ns.some((n) => g.marked.has(n))) td.className = 'marked';
      return td;
    };
    if (dense) for (const f of columns) tr.append(cellOf(g.cells.get(f) || []));
    else tr.append(sparseCells(g, cellOf));
    frag.append(tr);
  }
  matrix.body.append(frag);
  return drawnRows >= groups.length;
}

const SPARSE_SHOWN = 8;

/** Many sources: the cells a row has, each named, marked ones first; the rest behind a button. */
function sparseCells(g, cellOf) {
  const td = el('td', 'sparse');
  const files = [...g.cells.keys()];
  const isMarked = (f) => g.cells.get(f).some((n) => g.marked.has(n));
  const ordered = files.filter(isMarked).concat(files.filter((f) => !isMarked(f)));
  const add = (list) => {
    for (const f of list) {
      const part = cellOf(g.cells.get(f));
      part.prepend(el('span', 'source', f));
      td.append(...part.childNodes);
    }
  };
  add(ordered.slice(0, SPARSE_SHOWN));
  if (ordered.length > SPARSE_SHOWN) {
    const more = el('button', 'expand', 'show ' + (ordered.length - SPARSE_SHOWN) + ' more sources');
    more.type = 'button';
    more.addEventListener('click', () => {
      more.remove();
      add(ordered.slice(SPARSE_SHOWN));
    });
    td.append(more);
  }
  return td;
}

function startMatrixView(firstBatch) {
  const { nodes, groups } = linkedGroups();
  performance.mark('claimcheck-linked');
  const columns = matrixColumns(nodes);
  const dense = columns.length <= DENSE_LIMIT;
  const table = el('table', 'story');
  const head = el('tr', null);
  head.append(el('th', null, 'fact'));
  if (dense) for (const f of columns) head.append(el('th', 'col', f));
  else head.append(el('th', null, 'figures by source (' + columns.length + ' sources)'));
  const thead = el('thead', null);
  thead.append(head);
  const body = el('tbody', null);
  table.append(thead, body);
  matrix = { nodes, groups, columns, dense, body };
  const caption = el('p', 'caption', groups.length + ' linked facts across ' + columns.length + ' sources; ' +
    groups.filter((g) => g.disagree).length + ' where sources disagree (marked \u2260).');
  if (!groups.length) caption.textContent = 'No figures were linked across sources.';
  matrixView.append(caption, table);
  if (drawRows(null, firstBatch)) return;
  renderLater(matrixView, () => drawRows(null, 200));
}

matrixView.addEventListener('click', (ev) => {
  const b = ev.target.closest('.cell');
  if (!b) return;
  for (const old of matrixView.querySelectorAll('.cell.current')) old.classList.remove('current');
  b.classList.add('current');
  show(matrix.nodes[Number(b.dataset.node)]);
});
