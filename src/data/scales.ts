// Scale words and abbreviations that follow a figure: "5.6mn", "671bn", "2.4 billion".

export interface ScaleEntry {
  factor: number;
  /** Only a scale right after a currency or attached to the digits ("$5b", "5m users"). */
  weak?: boolean;
}

export const SCALES: Record<string, ScaleEntry> = {
  hundred: { factor: 1e2 },
  hundreds: { factor: 1e2 },
  thousand: { factor: 1e3 },
  thousands: { factor: 1e3 },
  k: { factor: 1e3, weak: true },
  K: { factor: 1e3, weak: true },
  million: { factor: 1e6 },
  millions: { factor: 1e6 },
  mn: { factor: 1e6 },
  mln: { factor: 1e6 },
  mio: { factor: 1e6 },
  mil: { factor: 1e6 },
  MM: { factor: 1e6 },
  m: { factor: 1e6, weak: true },
  M: { factor: 1e6, weak: true },
  billion: { factor: 1e9 },
  billions: { factor: 1e9 },
  bn: { factor: 1e9 },
  bln: { factor: 1e9 },
  b: { factor: 1e9, weak: true },
  B: { factor: 1e9, weak: true },
  trillion: { factor: 1e12 },
  tn: { factor: 1e12 },
  T: { factor: 1e12, weak: true },
  trn: { factor: 1e12 },
  tln: { factor: 1e12 },
  lakh: { factor: 1e5 },
  lkh: { factor: 1e5 },
  lac: { factor: 1e5 },
  lacs: { factor: 1e5 },
  lakhs: { factor: 1e5 },
  crore: { factor: 1e7 },
  cr: { factor: 1e7 },
  Cr: { factor: 1e7 },
  crores: { factor: 1e7 },
  dozen: { factor: 12 },
  dozens: { factor: 12 },
};

/** Scale words that stack before a larger one: "3 lakh crore" (three trillion), "5 thousand crore", "2 hundred million". */
const STACKING = ['hundred', 'thousand', 'lakh'];
const STACKED = ['thousand', 'million', 'billion', 'trillion', 'lakh', 'crore'];
for (const a of STACKING) {
  for (const b of STACKED) {
    const factor = SCALES[a]!.factor * SCALES[b]!.factor;
    if (SCALES[b]!.factor <= SCALES[a]!.factor) continue;
    SCALES[`${a} ${b}`] = { factor };
    SCALES[`${a} ${b}s`] = { factor };
  }
}
