import type { StatusReport } from '../report/status-report.js';
import type { DocumentPlan } from './metadata.js';

export const documentPlan = (p: StatusReport['plan']): DocumentPlan => ({ id: p.id, symbol: p.symbol, title: p.title, place: p.place, issuer: p.issuer, dir: p.dir });
