import type { Lang } from './lang.js';

/** Help and usage texts of the command line, in both languages. */
const VI = {
  description: 'Kế hoạch phát triển kinh tế - xã hội của phường, xã dưới dạng YAML: kiểm tra, ghi số liệu, báo cáo tiến độ.',
  titles: { 'Usage:': 'Cách dùng:', 'Arguments:': 'Tham số:', 'Options:': 'Tùy chọn:', 'Commands:': 'Lệnh:', 'Global Options:': 'Tùy chọn chung:' } as Record<string, string>,
  help: 'hiển thị trợ giúp',
  helpCommand: 'hiển thị trợ giúp của một lệnh',
  version: 'hiển thị phiên bản',
  lang: 'ngôn ngữ: vi (mặc định) hoặc en; hoặc đặt biến PLAN_LANG',
  color: 'luôn tô màu',
  noColor: 'không tô màu (cũng như biến NO_COLOR)',
  asOf: 'ngày xem xét, YYYY-MM-DD (mặc định: hôm nay)',
  paths: 'thư mục kế hoạch, thư mục chứa nhiều kế hoạch, hoặc một tệp (mặc định: plans/ tìm từ thư mục hiện tại trở lên)',
  validate: {
    description: 'kiểm tra kế hoạch: cú pháp, định dạng, mã tham chiếu, ngày, chỉ tiêu (mã thoát 0 hợp lệ, 1 có lỗi, 2 lỗi cách dùng)',
    format: 'định dạng: text (mặc định), json, github (chú thích cho GitHub Actions)',
  },
  schema: { description: 'in JSON Schema (draft-07) của tệp kế hoạch, cho trình soạn thảo' },
  errors: {
    unknownOption: (o: string) => `Tùy chọn không hợp lệ: ${o}`,
    unknownCommand: (c: string) => `Lệnh không hợp lệ: ${c}`,
    missingArgument: (a: string) => `Thiếu tham số: ${a}`,
    optionMissingArgument: (o: string) => `Tùy chọn ${o} cần một giá trị`,
    excessArguments: () => 'Thừa tham số',
    invalidArgument: (d: string) => `Giá trị không hợp lệ: ${d}`,
    other: (d: string) => d,
    seeHelp: (cmd: string) => `Xem: ${cmd} --help`,
    badFormat: (f: string, allowed: string) => `Định dạng "${f}" không hỗ trợ; chọn một trong: ${allowed}.`,
    error: 'lỗi',
    hint: 'gợi ý',
    internal: 'Lỗi nội bộ của plan (không phải lỗi của kế hoạch). Hãy báo lỗi kèm lệnh đã chạy:',
  },
};

type Messages = typeof VI;

const EN: Messages = {
  description: "A ward or commune's socio-economic plan as YAML: validate it, record progress figures, report variance.",
  titles: {},
  help: 'display help',
  helpCommand: 'display help for a command',
  version: 'display the version',
  lang: 'language: vi (default) or en; or set PLAN_LANG',
  color: 'always use colours',
  noColor: 'no colours (as does NO_COLOR)',
  asOf: 'the date to look from, YYYY-MM-DD (default: today)',
  paths: 'a plan folder, a folder of plans, or a file (default: plans/ found from here upward)',
  validate: {
    description: 'check plans: syntax, format, references, dates, targets (exit 0 valid, 1 errors, 2 usage)',
    format: 'output: text (default), json, github (GitHub Actions annotations)',
  },
  schema: { description: 'print the JSON Schema (draft-07) of plan files, for editors' },
  errors: {
    unknownOption: (o) => `Unknown option: ${o}`,
    unknownCommand: (c) => `Unknown command: ${c}`,
    missingArgument: (a) => `Missing argument: ${a}`,
    optionMissingArgument: (o) => `Option ${o} needs a value`,
    excessArguments: () => 'Too many arguments',
    invalidArgument: (d) => `Invalid value: ${d}`,
    other: (d) => d,
    seeHelp: (cmd) => `See: ${cmd} --help`,
    badFormat: (f, allowed) => `Format "${f}" is not supported; use one of: ${allowed}.`,
    error: 'error',
    hint: 'hint',
    internal: 'Internal error in plan (not a problem with your plan). Please report it with the command you ran:',
  },
};

export const CLI_MESSAGES: Record<Lang, Messages> = { vi: VI, en: EN };
export type CliMessages = Messages;
