/** The import corpus: every document with its expected readings. */
import { COMMUNES } from './expected-communes.js';
import { DISTRICTS } from './expected-districts.js';
import type { CorpusDoc } from './types.js';

export const CORPUS_DOCS: CorpusDoc[] = [...COMMUNES, ...DISTRICTS];
