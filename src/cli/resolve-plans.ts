import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { findPlansFolder, planFoldersAt } from '../load/find-plans.js';
import { UsageError } from './usage-error.js';

/** The plan folders a command works on: the paths given, or `plans/` found from the working folder upward. */
export function resolvePlanFolders(paths: readonly string[], cwd: string, lang: Lang): string[] {
  const vi = lang === 'vi';
  const roots = paths.length > 0 ? paths.map((p) => resolve(cwd, p)) : [findPlansFolder(cwd)];
  const folders: string[] = [];
  for (const [i, root] of roots.entries()) {
    if (root === undefined) {
      throw new UsageError(
        vi ? 'Không tìm thấy thư mục plans/ ở thư mục hiện tại hay các thư mục cha.' : 'No plans/ folder in this folder or any parent.',
        vi ? 'Chạy lệnh trong kho kế hoạch, hoặc chỉ đường dẫn: plan validate đường/dẫn/plans' : 'Run it inside a plan repository, or name a path: plan validate path/to/plans',
      );
    }
    if (!existsSync(root)) {
      throw new UsageError(vi ? `Không có đường dẫn "${paths[i]}".` : `No such path "${paths[i]}".`);
    }
    const found = planFoldersAt(root);
    if (found.length === 0) {
      throw new UsageError(
        vi ? `Không có kế hoạch nào trong "${paths[i] ?? root}" (cần một thư mục chứa plan.yaml).` : `No plan in "${paths[i] ?? root}" (a plan folder holds plan.yaml).`,
        vi ? 'Tạo plan.yaml bằng plan init, hoặc theo plan help format.' : 'Create plan.yaml with plan init, or as plan help format shows.',
      );
    }
    for (const f of found) if (!folders.includes(f)) folders.push(f);
  }
  return folders;
}
