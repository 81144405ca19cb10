// Nouns of events that recur and are numbered in order: after an ordinal with a determiner they count
// how many there have been ("its fourth landing" is the fourth of four, "for the third time"). Periods
// ("quarter", "half", "year", "century") and places in a ranking are left out: "the third quarter" is a date,
// "the second largest" a rank.
export const OCCURRENCE_NOUNS = new Set([
  'time', 'flight', 'launch', 'mission', 'attempt', 'try', 'trip', 'voyage', 'visit', 'tour', 'landing', 'crossing',
  'reuse', 'outing', 'appearance', 'start', 'win', 'victory', 'title', 'championship', 'trophy', 'medal', 'crown',
  'defeat', 'term', 'edition', 'race', 'marathon', 'test', 'strike', 'walkout', 'hike', 'cut', 'increase', 'round',
  'election', 'recall', 'lockdown', 'album', 'book', 'novel', 'film', 'movie', 'child', 'baby', 'goal', 'season',
  'expedition', 'ascent', 'summit', 'spacewalk', 'dive', 'deployment', 'rescue', 'bailout', 'acquisition', 'merger',
  'offering', 'store', 'branch', 'factory', 'plant', 'restaurant', 'hotel', 'location', 'outlet', 'shop',
  'raise', 'reduction', 'extension', 'delay', 'postponement', 'outage', 'breach', 'incident', 'crash', 'eruption',
  'quake', 'earthquake', 'storm', 'hurricane', 'typhoon', 'fire', 'wildfire', 'flood', 'shutdown', 'closure',
]);

/** Words that stand before an ordinal counting occurrences: "its fourth landing", "for the third time". */
export const ORDINAL_DETERMINERS = new Set(['the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that']);
