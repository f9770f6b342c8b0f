// Preloaded (node --import) by write-refusals.test.ts into the real CLI: makes one file-system call
// fail the way a full disk, a permission change or a colleague's editor would.
//   PLAN_INJECT=enospc   the temp file's write stores half the bytes, then fails with ENOSPC
//   PLAN_INJECT=eacces   the rename over the target fails with EACCES
//   PLAN_INJECT=replace  when the temp file is created, the target is replaced by other content
//                        (PLAN_INJECT_TEXT), as if someone saved it meanwhile without the lock
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const fsp = createRequire(import.meta.url)('node:fs/promises');
const mode = process.env.PLAN_INJECT;
const errno = (code, syscall) => Object.assign(new Error(`${code}: injected ${syscall} failure`), { code, syscall });
const isTemp = (p) => typeof p === 'string' && p.endsWith('.tmp');

const open = fsp.open;
fsp.open = async function injectedOpen(path, flags, ...rest) {
  if (mode === 'replace' && isTemp(path) && flags === 'wx') {
    const target = path.replace(/\/\.([^/]+)\.\d+\.[0-9a-f]+\.tmp$/, '/$1');
    writeFileSync(target, process.env.PLAN_INJECT_TEXT ?? '# replaced\n');
  }
  const h = await open.call(this, path, flags, ...rest);
  if (mode !== 'enospc' || !isTemp(path)) return h;
  return new Proxy(h, {
    get(target, prop) {
      if (prop === 'writeFile') {
        return async (data) => {
          await target.writeFile(Buffer.from(data).subarray(0, Math.floor(data.length / 2)));
          throw errno('ENOSPC', 'write');
        };
      }
      const v = Reflect.get(target, prop);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
};

const rename = fsp.rename;
fsp.rename = async function injectedRename(from, to) {
  if (mode === 'eacces' && isTemp(from)) throw errno('EACCES', 'rename');
  return rename.call(this, from, to);
};
