/** The English help and usage texts of the command line (cli-messages.ts), shaped as the Vietnamese ones in cli-messages-vi.ts. */
import type { CliMessages } from './cli-messages-vi.js';
import { IMPORT_COMMAND } from './import-command-messages.js';

export const EN: CliMessages = {
  description: "A ward or commune's socio-economic plan as YAML: validate it, record progress figures, report variance.",
  placeholders: {},
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
  record: {
    description: 'record a figure for a target, or progress for a task (appends one entry, leaves the rest of the file as it was)',
    target: 'target id (e.g. bhyt)',
    value: 'the figure: "93,5", "93.5", "93,5%", "1.234.567", "6.021.447.000 đồng"; a yes/no state: "yes"/"đạt", "no"/"chưa đạt" (1, 0); a level: its name on the scale (or its first words) or its rank',
    task: 'record progress for this task instead of a target; several: --task kt-02,kt-03 or --task repeated',
    correct: 'a correction: replaces the figure recorded for the same target and date (the old one stays in the history)',
    yes: 'record a figure far from the plan without asking',
    due: 'walk every task whose report is due, one key per task',
    status: 'task status: done, in-progress, not-started, blocked, cancelled (or "hoàn thành", "đang thực hiện", "chưa thực hiện", "tạm dừng")',
    date: "the figure's date, dd/mm/yyyy or YYYY-MM-DD (default: --as-of, i.e. today)",
    period: 'report period: 2024, 2024-06, 2024-Q2, 2024-H1, 2024-9M',
    estimate: 'the figure is an estimate (ước thực hiện), to be replaced by an actual',
    source: 'where the figure comes from, e.g. "BHXH thành phố"',
    by: 'who records it (person or unit)',
    note: 'a note',
    plan: "the plan folder (default: the plan in plans/ whose year holds the figure's date)",
    dryRun: 'check and print, write nothing',
    format: 'output: text (default) or json',
    examples: `
Examples:
  plan record bhyt 93,5 --date 2024-06-14 --source "BHXH thành phố" --by "Văn hóa - Xã hội"
  plan record thu-ngan-sach "6.021.447.000 đồng" --estimate --period 2024-9M
  plan record --task vhxh-10 --status done --date 2024-07-27 --note "Meeting held"
  plan record xa-chuan-y-te yes                       (a yes/no state: yes, no, đạt, chưa đạt)
  plan record xep-loai-dang-bo "hoàn thành tốt"       (a level: its name, its first words, or its rank 1-4)
  plan record            (on a terminal: asks for each missing field in turn)`,
    planHasErrors: 'The plan has errors; fix them (plan validate) and record again. Nothing written.',
    nothingWritten: 'Nothing written.',
    confirmFar: 'Record this figure anyway? (y/N): ',
    dueNeedsTerminal: '--due asks about one task after another, so it needs a terminal.',
    dueNeedsTerminalHint: 'Outside a terminal (CI, scripts), record the tasks: plan record --task kt-02,kt-03 --status in-progress.',
    dueNone: 'No task has a report due.',
    dueKeys: '[x] done  [đ/d] in progress  [c] not started  [t] paused  [Enter] skip  [q] stop',
    staleLock: (p: string) => `Removed a stale lock ${p} (an earlier writer stopped midway).`,
    whichPlan: (date: string, plans: string[]) => `Which plan should hold a figure dated ${date}? (found: ${plans.join(', ')})`,
    whichPlanHint: 'Name it with --plan <plan folder>.',
    done: (what: string, date: string, estimate: boolean, file: string, created: boolean, dryRun: boolean) =>
      `${dryRun ? 'Would record' : 'Recorded'} ${what}${estimate ? ' (estimate)' : ''} dated ${date} ${created ? 'in new file' : 'in'} ${file}`,
  },
  import: IMPORT_COMMAND.en,
  init: {
    description: "create an empty, valid plan folder for a ward or commune and a year (or from last year's plan: --from), with a README for the ward's repository",
    dir: 'the plan folder to create (must not exist), e.g. plans/2025',
    year: 'the plan year (default: the year of --as-of, i.e. this year; with --from: the year after that plan)',
    from: "start from last year's plan (e.g. plans/2024): its units, legal bases, sections and targets, as a draft to confirm",
    place: 'the place name, e.g. "Phường 1"',
    symbol: 'the plan\'s number and symbol, e.g. "05/KH-UBND"',
    examples: `
Examples:
  plan init plans/2025 --year 2025 --place "Phường 1"
  plan init plans/2025 --from plans/2024`,
    badYear: (y) => `Invalid year: ${y}.`,
    existsHint: 'Choose a new folder, or edit the existing plan.',
    done: (dir, files, year) => `Created the ${year} plan in ${dir} (${files} files).`,
    toFill: (n, dir) => `${n} "(chưa điền)" places left: fill them in from the plan document; plan validate ${dir} shows each. How to write them: plan help format.`,
    wardWritten: (path) => `Created ${path} (${path.endsWith('.md') ? 'installing and using plan in this repository' : 'a check on every push to GitHub'}).`,
    wardKept: (path) => `${path} exists: kept as it is.`,
    draftComment: 'BẢN NHÁP do "plan init" tạo: điền các chỗ "(chưa điền)" theo văn bản kế hoạch; các trường ghi trong "assumed" là giả định, cần cơ quan xác nhận.',
    draftFromComment: (from, year) => `BẢN NHÁP do "plan init --from ${from}" chép từ kế hoạch năm ${year}: sửa theo văn bản kế hoạch mới; các trường ghi trong "assumed" cần cơ quan xác nhận.`,
    unitsFromComment: (from) => `Đơn vị chịu trách nhiệm, chép từ ${from}: sửa nếu năm nay đơn vị thay đổi.`,
    fromInvalid: (path) => `The plan "${path}" has errors (or is not a plan folder): plan init --from carries its ids as they are.`,
    fromInvalidHint: (path) => `Fix them first: plan validate ${path}`,
    fromYear: (year, old) => `The year ${year} is not after the source plan's year ${old}.`,
    reviewHeading: "What the office must confirm (carried from last year's plan):",
  },
  periodOutside: (period, symbol, years, likely) =>
    years.includes('-')
      ? `⚠ The period ${period} lies outside the plan ${symbol} for the term ${years}: the table judges the years of the term only. Did you mean --period ${likely}${period.slice(4)}?`
      : `⚠ The period ${period} lies outside the plan ${symbol} of ${years}: the table judges the plan year's targets only. Did you mean --period ${likely}${period.slice(4)}?`,
  partial: {
    summary: (n, left) => `Incomplete report: the plan has ${n} error${n === 1 ? '' : 's'} (above); the table counts only what has none${left ? `, leaving out ${left}` : ''}. Fix them (plan validate) and run again.`,
    leftOut: (g) =>
      [
        g.targets.length ? `targets ${g.targets.join(', ')}` : '',
        g.tasks.length ? `tasks ${g.tasks.join(', ')}` : '',
        g.incomplete.targets.length + g.incomplete.tasks.length ? `the bad entries of ${[...g.incomplete.targets, ...g.incomplete.tasks].join(', ')}` : '',
        g.files.length ? `files ${g.files.join(', ')}` : '',
      ]
        .filter((s) => s !== '')
        .join('; '),
  },
  formatGuide: {
    pointer: `
How to write plan files (in Vietnamese): plan help format, or one section: plan help format targets\n`,
    note: 'The format guide is written for the ward clerk, in Vietnamese.',
    unknownTopic: (topic) => `The format guide has no section "${topic}".`,
    topics: (list) => `Type a section number or name: ${list.join('; ')}. The whole guide: plan help format`,
  },
  errors: {
    unknownOption: (o) => `Unknown option: ${o}`,
    unknownCommand: (c) => `Unknown command: ${c}`,
    missingArgument: (a) => `Missing argument: ${a}`,
    unknownLang: (l: string) => `No language "${l}".`,
    unknownLangHint: '--lang vi (Vietnamese, the default) or --lang en.',
    optionMissingArgument: (o) => `Option ${o} needs a value`,
    excessArguments: () => 'Too many arguments',
    invalidArgument: (d) => `Invalid value: ${d}`,
    other: (d) => d,
    seeHelp: (cmd) => `See: ${cmd} --help`,
    didYouMean: (s) => `Did you mean ${s}?`,
    badFormat: (f, allowed) => `Format "${f}" is not supported; use one of: ${allowed}.`,
    error: 'error',
    hint: 'hint',
    internal: 'Internal error in plan (not a problem with your plan). Please report it with the command you ran:',
  },
};
