/**
 * The expected readings of the import corpus: real target lists (docs/*.txt, verbatim as found through
 * the project's search tool, corpus "pages") and, for each, what an office would read in every target,
 * written down from the domain notes (docs/domain conventions in /work/shared/domain.md §3), not from
 * what the importer does. A reading is a short string:
 *
 *   '>= 2961 tấn'   at least        '> 95 %'    above          '= 100 %'   exactly
 *   '<= 0.9 %'      at most         '< 0.5 %'   below          'keep 100 %' maintain
 *   '13.6..14.6 %'  range           '>= 4/9 thôn, làng' a count of a total
 *   '+7.5..8 %'     change (increase, in percent)   '-0.5 %' decrease   '+7 xã' change by a count
 *   '-1.5 pt'       change in points of a rate ("giảm 1,5 điểm %"; the target's unit is the rate's)
 *   'assigned'      a figure the level above assigns ("đạt 100% chỉ tiêu")
 *   'state' | 'level'   qualitative: a yes/no state, a level on a scale (no figure to judge)
 *   'tracked' | 'context'  a figure shown but never judged (shares of the economy, a population forecast)
 *
 * Units are the document's own ('?' when it states none: the importer may guess, marked assumed). For a
 * change in percent the unit of the measure is checked only when `unit` is given. Direction is the
 * operator's (≥, >, + higher; ≤, <, - lower; =, keep, range higher) unless `dir` says otherwise.
 * `alt` lists other readings an office could equally take (a growth rate "tăng bình quân 12%" read as
 * "at least 12 %" or "+12 %"); any of them counts as right.
 */
export interface Reading {
  /** A distinctive piece of the measure's own words, as written (matched without case or spacing). */
  key: string;
  reading: string;
  dir?: 'higher' | 'lower';
  alt?: string[];
  unit?: string;
  /** Why this reading, where the document does not say it outright. */
  why?: string;
}

export interface CorpusDoc {
  id: string;
  /** test/import/corpus/docs/<file> */
  file: string;
  /** The page's title as found. */
  title: string;
  /** The address it was found at (a stored public copy read through the search tool). */
  source: string;
  /** Who made the targets, and the level: xã, phường, huyện, quận, tỉnh. */
  issuer: string;
  level: 'xã' | 'phường' | 'thị trấn' | 'huyện' | 'quận' | 'tỉnh';
  /** The plan year, or the term, the text itself states (undefined: it states none). */
  period?: { year: number } | { term: [number, number] };
  /** Made after the 1 July 2025 reorganisation (two-tier local government). */
  afterReorganisation?: boolean;
  /** What the excerpt leaves out (it was cut where the stored copy ends). */
  cut?: string;
  targets: Reading[];
}

export const t = (key: string, reading: string, o: Omit<Reading, 'key' | 'reading'> = {}): Reading => ({ key, reading, ...o });
