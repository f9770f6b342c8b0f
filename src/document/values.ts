import type { DateValue, EmptyValue, NumberValue, PercentValue, SignedValue, TextValue, Value } from './value.js';

/** Shorthands for building values; `null` becomes the empty value. */

export const EMPTY: EmptyValue = { kind: 'empty' };

export const text = (t: string): TextValue => ({ kind: 'text', text: t });

export const textOrEmpty = (t: string | null | undefined): TextValue | EmptyValue => (t === null || t === undefined ? EMPTY : text(t));

export const num = (value: number | null, decimals = 2, extra: Partial<Omit<NumberValue, 'kind' | 'value'>> = {}): NumberValue | EmptyValue =>
  value === null ? EMPTY : { kind: 'number', value, decimals, ...extra };

export const signed = (value: number | null, decimals = 2): SignedValue | EmptyValue => (value === null ? EMPTY : { kind: 'signed', value, decimals });

export const percent = (value: number | null, decimals = 1, progress?: number | null): PercentValue | EmptyValue =>
  value === null ? EMPTY : { kind: 'percent', value, decimals, ...(progress === null || progress === undefined ? {} : { progress }) };

export const date = (iso: string | null): DateValue | EmptyValue => (iso === null ? EMPTY : { kind: 'date', iso });

export const flag = (value: boolean | null, t: string): Value => (value === null ? EMPTY : { kind: 'flag', value, text: t });

export const code = (c: string | null, t?: string): Value => (c === null ? EMPTY : { kind: 'code', code: c, text: t ?? c });

/** A yes/no for people (CSV follows --lang: "có"/"không", "yes"/"no"); JSON keeps the boolean. */
export const yesNo = (value: boolean | null, words: { yes: string; no: string }): Value => (value === null ? EMPTY : text(value ? words.yes : words.no));
