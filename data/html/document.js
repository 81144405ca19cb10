// The document view: each checked text as written, its figures marked by verdict. A long report is
// drawn a batch at a time, as the reader scrolls, so the first screen appears at once.
/** The figures the view marks: the checked ones (all, for a report of extracted figures). Set once the report is read. */
let figures = [];
const figureButtons = new Map();

function figureButton(c, i, label) {
  const v = verdictOf(c);
  const b = el('button', 'fig v-' + v);
  b.type = 'button';
  b.dataset.i = String(i);
  b.title = LABEL[v];
  b.setAttribute('aria-label', label + ', ' + LABEL[v]);
  b.append(el('span', 'icon', ICON[v]), label);
  figureButtons.set(i, b);
  return b;
}

/** Units of the view, each a function that builds its nodes: a file heading, a stretch of text. */
function documentUnits() {
  const units = [];
  let i = 0;
  while (i < figures.length) {
    const file = figures[i].file;
    let j = i;
    while (j < figures.length && figures[j].file === file) j++;
    units.push({ first: i, build: () => el('h2', 'file', file) });
    const text = context.documents[file];
    if (typeof text === 'string') textUnits(units, text, i, j);
    else sentenceUnits(units, i, j);
    i = j;
  }
  return units;
}

/** The whole text, a paragraph per unit, the figures marked at their offsets. */
function textUnits(units, text, from, to) {
  let at = 0;
  let k = from;
  while (at < text.length) {
    let end = text.indexOf('\n\n', at);
    end = end < 0 ? text.length : end + 2;
    while (k < to && figures[k].start < end && figures[k].end > end) end = Math.max(end, figures[k].end);
    const start = at, first = k;
    while (k < to && figures[k].start < end) k++;
    const last = k;
    units.push({
      first,
      build: () => {
        const p = el('div', 'para');
        let pos = start;
        for (let n = first; n < last; n++) {
          const c = figures[n];
          if (c.start < pos) continue;
          p.append(text.slice(pos, c.start), figureButton(c, n, text.slice(c.start, c.end)));
          pos = c.end;
        }
        p.append(text.slice(pos, end));
        return p;
      },
    });
    at = end;
  }
}

/** Without the text: each figure's sentence in order, a sentence once however many figures it holds. */
function sentenceUnits(units, from, to) {
  let k = from;
  while (k < to) {
    const first = k;
    const sentence = figures[k].sentence;
    while (k < to && figures[k].sentence === sentence) k++;
    const last = k;
    units.push({
      first,
      build: () => {
        const p = el('p', 'para sentence-only');
        p.append(el('span', 'line', 'line ' + figures[first].line));
        let pos = 0;
        for (let n = first; n < last; n++) {
          const c = figures[n];
          const at = sentence.indexOf(c.text, pos);
          if (at < 0) {
            p.append(' ', figureButton(c, n, c.text));
            continue;
          }
          p.append(sentence.slice(pos, at), figureButton(c, n, c.text));
          pos = at + c.text.length;
        }
        p.append(sentence.slice(pos));
        return p;
      },
    });
  }
}

const docView = el('section', 'view doc');
docView.id = 'view-document';
docView.setAttribute('aria-label', 'Document');
let units = [];
let drawnUnits = 0;

/** Draws units until `enough` is true, a batch per call; true when all are drawn. */
function drawUnits(before, count) {
  const frag = document.createDocumentFragment();
  const stop = Math.min(units.length, drawnUnits + count);
  for (; drawnUnits < stop; drawnUnits++) frag.append(units[drawnUnits].build());
  docView.insertBefore(frag, before);
  return drawnUnits >= units.length;
}

let drawMoreDocument = () => {};
function startDocumentView(firstBatch) {
  figures = claims.some((c) => c.verdict) ? claims.filter((c) => c.verdict) : claims.slice();
  units = documentUnits();
  if (drawUnits(null, firstBatch)) return;
  drawMoreDocument = renderLater(docView, (s) => drawUnits(s, 200));
}

/** The figure's button, drawing the units up to it first. */
function ensureFigure(i) {
  while (!figureButtons.has(i) && drawnUnits < units.length) {
    const more = docView.querySelector('.more');
    drawUnits(more, 200);
    if (drawnUnits >= units.length && more) more.remove();
  }
  return figureButtons.get(i);
}

let current = -1;
function selectFigure(i, open) {
  const b = ensureFigure(i);
  if (!b) return;
  const old = figureButtons.get(current);
  if (old) old.classList.remove('current');
  current = i;
  b.classList.add('current');
  b.focus({ preventScroll: true });
  b.scrollIntoView({ block: 'center' });
  if (open) showEvidence(figures[i]);
}

/** The next (step 1) or previous (step -1) figure whose verdict is a problem and is shown. */
function moveToProblem(step) {
  const n = figures.length;
  for (let k = 1; k <= n; k++) {
    const i = (((current < 0 && step < 0 ? 0 : current) + step * k) % n + n) % n;
    const v = verdictOf(figures[i]);
    if (PROBLEMS.has(v) && shown.has(v)) return selectFigure(i, false);
  }
}

docView.addEventListener('click', (ev) => {
  const b = ev.target.closest('.fig');
  if (!b) return;
  const i = Number(b.dataset.i);
  selectFigure(i, true);
});
