import { expect } from 'vitest';
import { WriteError } from '../../src/write/errors.js';

/** Awaits a write that must be refused and returns the typed error. */
export async function expectWriteError(p: Promise<unknown>): Promise<WriteError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(WriteError);
    return e as WriteError;
  }
  throw new Error('expected a WriteError');
}
