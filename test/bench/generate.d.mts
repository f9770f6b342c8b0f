// Types of generate.mjs for the TypeScript tests that build fixtures with it (test/rollup).
export const DEFAULT_SEED: number;
export function rng(seed: number): {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
  round(x: number, digits: number): number;
};
export function wardName(i: number): string;
export function wardCode(i: number): string;
export function wardPlanFiles(i: number, seed?: number): Record<string, string>;
export function generateWards(out: string, count: number, seed?: number): number;
export function generateWardList(out: string, indices: readonly number[], seed?: number): number;
export function generateTenYears(out: string, seed?: number): string;
export function yamlBytes(dir: string): number;
