// The story matrix: one row per fact (claims the check linked, directly or through each other), one
// column per source. Rows where the sources disagree come first, and the disagreeing cells are marked.
// The layout is worked out when the page is written (view.matrix); the first rows are drawn from the
// view alone, the rest once the report is decoded.
const layout = view.matrix;

/** The figure behind node `n`: a report claim, or a position only the evidence names. */
function nodeAt(n) {
  if (n < claims.length) return claims[n];
  const e = layout.extras[n - claims.length];
  return byPos.get(posKey(e.file, e.line, e.column)) || { file: e.file, line: e.line, column: e.column, text: e.text, sentence: '', value: e.value, unit: e.unit };
}

/** What a cell shows of node `n`: from the view for the first rows, from the report after. */
function cellFigure(n, file) {
  const f = view.figures[n];
  if (f) return { file, text: f[0], line: f[1], column: f[2], verdict: f[3] };
  return nodeAt(n);
}

const matrixView = el('section', 'view matrix');
matrixView.id = 'view-matrix';
matrixView.setAttribute('aria-label', 'Story matrix');
let drawnRows = 0;
let matrixBody = null;
const dense = layout.dense;

function cellButton(n, marked, file) {
  const c = cellFigure(n, file);
  const b = el('button', 'cell' + (marked ? ' marked' : '') + (c.verdict ? ' v-' + c.verdict : ''));
  b.type = 'button';
  b.dataset.node = String(n);
  if (marked) b.append(el('span', 'icon', '\u2260'));
  b.append(el('span', 'figure', c.text), el('span', 'pos', c.line + ':' + c.column));
  b.setAttribute('aria-label', c.text + ' at ' + file + ':' + c.line + ':' + c.column + (marked ? ', disagrees' : ''));
  return b;
}

function cellOf(col, ns) {
  const td = el('td', null);
  for (const [n, m] of ns) td.append(cellButton(n, m === 1, layout.columns[col]));
  if (ns.some(([, m]) => m === 1)) td.className = 'marked';
  return td;
}

function drawRows(count) {
  const frag = document.createDocumentFragment();
  const rows = layout.rows;
  const stop = Math.min(rows.length, drawnRows + count);
  for (; drawnRows < stop; drawnRows++) {
    const g = rows[drawnRows];
    const tr = el('tr', g.disagree ? 'row disagree' : 'row');
    const th = el('th', null);
    th.scope = 'row';
    if (g.disagree) th.append(el('span', 'flag', '\u2260 disagree'), ' ');
    th.append(g.label);
    tr.append(th);
    if (dense) {
      const byCol = new Map(g.cells);
      for (let col = 0; col < layout.columns.length; col++) tr.append(cellOf(col, byCol.get(col) || []));
    } else tr.append(sparseCells(g));
    frag.append(tr);
  }
  matrixBody.append(frag);
  return drawnRows >= rows.length;
}

const SPARSE_SHOWN = layout.sparseShown;

/** Many sources: the cells a row has, each named, marked ones first (as laid out); the rest behind a button. */
function sparseCells(g) {
  const td = el('td', 'sparse');
  const ordered = g.cells;
  const add = (list) => {
    for (const [col, ns] of list) {
      const part = cellOf(col, ns);
      part.prepend(el('span', 'source', layout.columns[col]));
      td.append(...part.childNodes);
    }
  };
  add(ordered.slice(0, SPARSE_SHOWN));
  if (ordered.length > SPARSE_SHOWN) {
    const more = el('button', 'expand', 'show ' + (ordered.length - SPARSE_SHOWN) + ' more sources');
    more.type = 'button';
    more.addEventListener('click', async () => {
      more.disabled = true;
      await loadReport();
      more.remove();
      add(ordered.slice(SPARSE_SHOWN));
    });
    td.append(more);
  }
  return td;
}

function startMatrixView(firstBatch) {
  const { columns, rows } = layout;
  const table = el('table', 'story');
  const head = el('tr', null);
  head.append(el('th', null, 'fact'));
  if (dense) for (const f of columns) head.append(el('th', 'col', f));
  else head.append(el('th', null, 'figures by source (' + columns.length + ' sources)'));
  const thead = el('thead', null);
  thead.append(head);
  matrixBody = el('tbody', null);
  table.append(thead, matrixBody);
  const caption = el('p', 'caption', rows.length + ' linked facts across ' + columns.length + ' sources; ' +
    rows.filter((g) => g.disagree).length + ' where sources disagree (marked \u2260).');
  if (!rows.length) caption.textContent = 'No figures were linked across sources.';
  matrixView.append(caption, table);
  // The first rows' figures are in the view; later rows wait for the report.
  if (drawRows(Math.min(firstBatch, view.firstRows))) return;
  const more = () => renderLater(matrixView, () => drawRows(200));
  if (report) more();
  else whenLoaded.push(more);
}

matrixView.addEventListener('click', async (ev) => {
  const b = ev.target.closest('.cell');
  if (!b) return;
  for (const old of matrixView.querySelectorAll('.cell.current')) old.classList.remove('current');
  b.classList.add('current');
  await loadReport();
  show(nodeAt(Number(b.dataset.node)));
});
