import type { ChalkInstance } from 'chalk';
import type { VerdictValue } from '../../document/value.js';

/** Verdict colours on a terminal: green achieved, yellow not yet, red missed, grey unknown. */
export function verdictColour(chalk: ChalkInstance, verdict: VerdictValue['code']): (text: string) => string {
  switch (verdict) {
    case 'exceeded':
      return chalk.green.bold;
    case 'met':
      return chalk.green;
    case 'not-yet':
      return chalk.yellow;
    case 'missed':
      return chalk.red.bold;
    case 'no-data':
    case 'no-target':
    case 'tracked':
      return chalk.gray;
  }
}
