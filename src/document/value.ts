import type { Verdict } from '../report/variance.js';

/**
 * The typed values a report document holds, in cells and in sentences. A value is data, never a
 * formatted string: each renderer writes it its own way (vi-VN "6.500" on a terminal, a number with
 * a number format in a spreadsheet). Words that belong to a value (the verdict "Đạt", the kind
 * "Hạn chót") are in the document's language, so renderers need no label catalogue for them.
 */

/** A figure: shown with at most `decimals` fraction digits ("11,16", "6.500"). */
export interface NumberValue {
  kind: 'number';
  value: number;
  /** At most this many fraction digits are shown (trailing zeros dropped). */
  decimals: number;
  /** The unit it is counted in ("triệu đồng", "%"), when the table does not say it in another column. */
  unit?: string;
  /** A word shown after the figure in brackets: "ước" for an estimate ("93,4 (ước)"). */
  qualifier?: string;
  /** Whose figure it is, written before it: "Phường 7: 88,2". */
  label?: string;
}

/** A ratio in percent (104.5 means 104,5 %), shown with `decimals` fraction digits at most. */
export interface PercentValue {
  kind: 'percent';
  value: number;
  decimals: number;
  /**
   * How far the figure has come towards what is judged, 0..1, for a bar beside the ratio; computed
   * by the report (StatusRow.progress), absent when unknown or not shown.
   */
  progress?: number;
}

/** A difference, always written with its sign ("+591,91", "-0,14", "0"). */
export interface SignedValue {
  kind: 'signed';
  value: number;
  decimals: number;
  unit?: string;
}

/** A calendar day (ISO 8601, YYYY-MM-DD). */
export interface DateValue {
  kind: 'date';
  iso: string;
}

/** Text as written in the plan or the labels (names, units, notes). */
export interface TextValue {
  kind: 'text';
  text: string;
}

/** A code with its wording: the overdue kind ('deadline', "Hạn chót"), a section id. */
export interface CodeValue {
  kind: 'code';
  code: string;
  text: string;
}

/** A yes/no fact ("ước", "sắp đến hạn"), with its wording for people. */
export interface FlagValue {
  kind: 'flag';
  value: boolean;
  text: string;
}

/** Days after a due date (> 0 late), or before it for an upcoming item (<= 0; 0 = due today). */
export interface DaysLateValue {
  kind: 'days-late';
  days: number;
  upcoming: boolean;
}

/** A verdict: its code, whether it is final (the window has closed), its word; with a stretch goal, that one's too. */
export interface VerdictValue {
  kind: 'verdict';
  code: Verdict;
  final: boolean;
  text: string;
  /** The stretch goal's verdict ("phấn đấu: chưa"); absent without a stretch goal or a figure. */
  stretch?: { label: string; code: Verdict; text: string };
}

/**
 * The "Kế hoạch" cell: the plan figure as the plan writes it (text from the report core: "≥ 95",
 * "giảm 2 (12)", "trên giao") with the number it stands for, the pro-rata figure to date and the
 * stretch goal.
 */
export interface PlanValue {
  kind: 'plan';
  text: string;
  /** The figure a ratio is taken against (PlannedFigure.reference); null when not known yet. */
  reference: number | null;
  decimals: number;
  /** "đến nay: 3.250" while a sum target's window is open. */
  toDate?: { label: string; value: number };
  /** "phấn đấu: ≥ 7.000". */
  stretch?: { label: string; text: string };
}

/** Several values in one cell, one a line ("88,2" / "Chưa đạt" / "KH ≥ 90"). */
export interface ListValue {
  kind: 'list';
  items: Value[];
}

/** No value (no figure yet, not applicable). */
export interface EmptyValue {
  kind: 'empty';
}

export type Value =
  | NumberValue
  | PercentValue
  | SignedValue
  | DateValue
  | TextValue
  | CodeValue
  | FlagValue
  | DaysLateValue
  | VerdictValue
  | PlanValue
  | ListValue
  | EmptyValue;

export type ValueKind = Value['kind'];
