import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { ENTITY_LABELS_FA, hasPersianText } from './messages-fa';

const ROOT = join(__dirname, '..', '..', '..');
const CODE = /^[a-z][a-z_]*(?:\.[a-z_]+)+$/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** The text of a call's arguments, from its opening parenthesis to the one that closes it. */
function argumentsAt(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  return '';
}

interface Found {
  codes: Set<string>;
  entities: Set<string>;
  computed: string[];
}

function scan(): Found {
  const found: Found = { codes: new Set(), entities: new Set(), computed: [] };
  for (const file of [...sources(join(ROOT, 'libs')), ...sources(join(ROOT, 'apps'))]) {
    const text = readFileSync(file, 'utf8');
    for (const call of text.matchAll(/(?:\bsuper|new [A-Z]\w*(?:Error|Exception))\(/g)) {
      const args = argumentsAt(text, call.index + call[0].length - 1);
      if (/^\s*`[^`]*\$\{/.test(args) && /\bsuper\(/.test(call[0]) && file.endsWith('.errors.ts'))
        found.computed.push(`${file}: ${args.slice(0, 60)}`);
      const entity = /^new (?:NotFound|StaleVersion)Error\(/.test(call[0]) && /^\s*'(\w+)'/.exec(args);
      if (entity) found.entities.add(entity[1]);
      for (const lit of args.matchAll(/'([^'\n]+)'/g)) if (CODE.test(lit[1])) found.codes.add(lit[1]);
    }
    if (file.endsWith('.errors.ts')) {
      for (const lit of text.matchAll(/'([^'\n]+)'/g)) if (CODE.test(lit[1])) found.codes.add(lit[1]);
    }
    if (file.endsWith('http-error.filter.ts')) {
      for (const m of text.matchAll(/code: '([^']+)'|\d{3}: '([^']+)'|\? '([a-z_]+)'/g))
        found.codes.add(m[1] ?? m[2] ?? m[3]);
    }
  }
  return found;
}

describe('every error the API can answer has a Persian text', () => {
  const found = scan();

  it('finds the codes thrown across the libraries (the scan itself works)', () => {
    expect(found.codes.size).toBeGreaterThan(60);
    expect(found.codes).toContain('lifecycle.gate_not_met');
    expect(found.codes).toContain('lifecycle.transition_pending');
    expect(found.codes).toContain('supports.over_per_grant_limit');
    expect(found.codes).toContain('malformed_json');
    expect(found.entities).toContain('support_grant');
  });

  it('has no code computed at run time, which no scan could check', () => {
    expect(found.computed).toEqual([]);
  });

  it('has a Persian text for each code', () => {
    const missing = [...found.codes].filter((c) => !hasPersianText(c));
    expect(missing).toEqual([]);
  });

  it('has a Persian name for each entity that can be not found or changed by someone else', () => {
    const missing = [...found.entities].filter((e) => !(e in ENTITY_LABELS_FA));
    expect(missing).toEqual([]);
  });
});
