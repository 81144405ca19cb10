// Words around names: what ends a company's name, and what opens a headline but never a name.

/** Company forms after a name: "Brennecke Systems SE", "Acme Inc". */
export const LEGAL_FORMS = new Set(['se', 'ag', 'inc', 'ltd', 'plc', 'corp', 'corporation', 'co', 'llc', 'gmbh', 'sa', 'nv', 'bv', 'spa', 'ab', 'asa', 'oyj', 'limited', 'lp', 'llp']);

/** Words that open a headline or sentence and never a name: "Inside Saxe Motors", "Behind the …". */
export const NAME_OPENERS = new Set(['inside', 'outside', 'behind', 'beyond', 'across', 'along', 'around', 'why', 'how', 'what', 'where', 'when', 'who']);
