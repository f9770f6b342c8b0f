import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planJsonSchema } from '../../src/model/json-schema.js';
import { runCli } from '../helpers/cli.js';
import { EXAMPLE_PLANS } from '../helpers/plan-fixture.js';

const COMMITTED = join(EXAMPLE_PLANS, 'plan.schema.json');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : [],
  );
}

describe('the editor schema', () => {
  it('committed plans/plan.schema.json matches the model (regenerate: plan schema > plans/plan.schema.json)', () => {
    expect(JSON.parse(readFileSync(COMMITTED, 'utf8'))).toEqual(planJsonSchema());
  });

  it('plan schema prints draft-07 with Vietnamese descriptions', async () => {
    const res = await runCli(['schema', '--as-of', '2024-01-01'], { cwd: EXAMPLE_PLANS });
    expect(res.code).toBe(0);
    const schema = JSON.parse(res.stdout);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.properties.targets.items.properties.wording.description).toMatch(/nguyên văn/);
  });

  it('every example file points its editor at the committed schema', () => {
    for (const file of yamlFiles(EXAMPLE_PLANS)) {
      const first = readFileSync(file, 'utf8').split('\n')[0];
      const expected = relative(dirname(file), COMMITTED).split('\\').join('/');
      expect(first, file).toBe(`# yaml-language-server: $schema=${expected}`);
    }
    expect(resolve(EXAMPLE_PLANS)).toBe(dirname(COMMITTED));
  });
});
