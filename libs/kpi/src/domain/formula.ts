import jsep from 'jsep';

/**
 * The one grammar of a derived indicator's formula, used by the catalog (to refuse a formula when
 * it is saved) and by the calculator (to evaluate it): numbers, indicator codes, + - * /,
 * parentheses and the functions below. Parsed with jsep, never `eval`.
 */
const BINARY: Record<string, (a: number, b: number) => number | null> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  // A division by zero has no meaningful result: the value stays unknown.
  '/': (a, b) => (b === 0 ? null : a / b),
};

interface FormulaFunction {
  minArgs: number;
  maxArgs: number;
  apply: (...args: number[]) => number;
}

export const FORMULA_FUNCTIONS: Readonly<Record<string, FormulaFunction>> = {
  min: { minArgs: 2, maxArgs: 10, apply: Math.min },
  max: { minArgs: 2, maxArgs: 10, apply: Math.max },
  abs: { minArgs: 1, maxArgs: 1, apply: Math.abs },
  round: { minArgs: 1, maxArgs: 1, apply: Math.round },
};

const ALLOWED = `numbers, indicator codes, + - * /, parentheses and ${Object.keys(FORMULA_FUNCTIONS).join('/')}()`;

/** A formula refused: `message` for the log and the English answer, `reasonFa` for the Persian one. */
export class FormulaError extends Error {
  constructor(
    message: string,
    readonly reasonFa: string,
  ) {
    super(message);
  }
}

const parsed = new Map<string, jsep.Expression>();

/** Parses once per distinct formula text and refuses anything outside the grammar. */
export function parseFormula(formula: string): jsep.Expression {
  const cached = parsed.get(formula);
  if (cached) return cached;
  let ast: jsep.Expression;
  try {
    ast = jsep(formula);
  } catch (err) {
    throw new FormulaError(`cannot be parsed: ${(err as Error).message}`, 'خوانده نمی شود');
  }
  check(ast);
  parsed.set(formula, ast);
  return ast;
}

function check(node: jsep.Expression): void {
  switch (node.type) {
    case 'Literal':
      if (typeof node.value !== 'number')
        throw new FormulaError(
          `only numbers may appear as constants, not ${String(node.raw)}`,
          'جز عدد، مقدار ثابتی پذیرفته نیست',
        );
      return;
    case 'Identifier':
      if ((node as jsep.Identifier).name in FORMULA_FUNCTIONS)
        throw new FormulaError(
          `${(node as jsep.Identifier).name} is a function: call it with (…)`,
          `${(node as jsep.Identifier).name} تابع است و باید با پرانتز به کار رود`,
        );
      return;
    case 'BinaryExpression': {
      const b = node as jsep.BinaryExpression;
      if (!(b.operator in BINARY))
        throw new FormulaError(
          `operator ${b.operator} is not allowed (use + - * /)`,
          `عملگر ${b.operator} پذیرفته نیست (فقط + - * /)`,
        );
      check(b.left);
      check(b.right);
      return;
    }
    case 'UnaryExpression': {
      const u = node as jsep.UnaryExpression;
      if (u.operator !== '-' && u.operator !== '+')
        throw new FormulaError(`operator ${u.operator} is not allowed`, `عملگر ${u.operator} پذیرفته نیست`);
      check(u.argument);
      return;
    }
    case 'CallExpression': {
      const c = node as jsep.CallExpression;
      const name = c.callee.type === 'Identifier' ? (c.callee as jsep.Identifier).name : undefined;
      const fn = name !== undefined ? FORMULA_FUNCTIONS[name] : undefined;
      if (!name || !fn)
        throw new FormulaError(
          `only the functions ${Object.keys(FORMULA_FUNCTIONS).join(', ')} may be called`,
          `فقط این تابع ها پذیرفته اند: ${Object.keys(FORMULA_FUNCTIONS).join('، ')}`,
        );
      if (c.arguments.length < fn.minArgs || c.arguments.length > fn.maxArgs)
        throw new FormulaError(
          fn.minArgs === fn.maxArgs
            ? `${name}() takes ${fn.minArgs} argument(s), not ${c.arguments.length}`
            : `${name}() takes ${fn.minArgs} to ${fn.maxArgs} arguments, not ${c.arguments.length}`,
          `شمار ورودی های ${name} درست نیست`,
        );
      c.arguments.forEach(check);
      return;
    }
    default:
      throw new FormulaError(
        `${node.type} is not allowed (only ${ALLOWED})`,
        'این ساختار در فرمول پذیرفته نیست',
      );
  }
}

/** The indicator codes a formula refers to, each once, in order of appearance. */
export function formulaReferences(formula: string | jsep.Expression): string[] {
  const ast = typeof formula === 'string' ? parseFormula(formula) : formula;
  const out: string[] = [];
  const walk = (n: jsep.Expression): void => {
    if (n.type === 'Identifier') {
      const name = (n as jsep.Identifier).name;
      if (!out.includes(name)) out.push(name);
    } else if (n.type === 'BinaryExpression') {
      walk((n as jsep.BinaryExpression).left);
      walk((n as jsep.BinaryExpression).right);
    } else if (n.type === 'UnaryExpression') {
      walk((n as jsep.UnaryExpression).argument);
    } else if (n.type === 'CallExpression') {
      (n as jsep.CallExpression).arguments.forEach(walk);
    }
  };
  walk(ast);
  return out;
}

/**
 * Evaluates a formula over the values at hand. Returns null when an input has no value or a
 * division by zero makes the result meaningless; a formula outside the grammar throws.
 */
export function evaluateFormula(formula: string, lookup: (code: string) => number | null): number | null {
  const ev = (n: jsep.Expression): number | null => {
    switch (n.type) {
      case 'Literal':
        return n.value as number;
      case 'Identifier':
        return lookup((n as jsep.Identifier).name);
      case 'UnaryExpression': {
        const u = n as jsep.UnaryExpression;
        const v = ev(u.argument);
        return v === null ? null : u.operator === '-' ? -v : v;
      }
      case 'BinaryExpression': {
        const b = n as jsep.BinaryExpression;
        const l = ev(b.left);
        const r = ev(b.right);
        return l === null || r === null ? null : BINARY[b.operator](l, r);
      }
      case 'CallExpression': {
        const c = n as jsep.CallExpression;
        const args = c.arguments.map(ev);
        if (args.some((a) => a === null)) return null;
        return FORMULA_FUNCTIONS[(c.callee as jsep.Identifier).name].apply(...(args as number[]));
      }
      default:
        // parseFormula refused every other node already.
        throw new FormulaError(`${n.type} is not allowed`, 'این ساختار در فرمول پذیرفته نیست');
    }
  };
  const result = ev(parseFormula(formula));
  return result === null || !Number.isFinite(result) ? null : result;
}

export interface CatalogEntry {
  code: string;
  kind: 'reported' | 'derived' | 'recorded';
  formula: string | null;
  frequency: string;
}

/**
 * Checks a derived indicator's formula against the catalog as it would be after the save:
 * every code exists, has the same frequency (a formula is evaluated within one report) and
 * no chain of formulas leads back to itself.
 */
export function validateFormula(entry: CatalogEntry, catalog: readonly CatalogEntry[]): void {
  if (!entry.formula)
    throw new FormulaError('is required for a derived indicator', 'شاخص محاسبه ای فرمول لازم دارد');
  const refs = formulaReferences(entry.formula);
  if (refs.length === 0)
    throw new FormulaError('must refer to at least one indicator', 'باید دست کم به یک شاخص اشاره کند');
  const byCode = new Map(catalog.map((c) => [c.code, c]));
  byCode.set(entry.code, entry);
  for (const ref of refs) {
    const other = byCode.get(ref);
    if (!other) throw new FormulaError(`refers to unknown indicator ${ref}`, `شاخص ${ref} وجود ندارد`);
    if (other.frequency !== entry.frequency) {
      throw new FormulaError(
        `refers to ${ref}, which is ${other.frequency}, but ${entry.code} is ${entry.frequency}`,
        `دوره گزارش شاخص ${ref} با دوره این شاخص یکی نیست`,
      );
    }
  }
  const cycle = findCycle(entry.code, byCode);
  if (cycle)
    throw new FormulaError(
      `makes a cycle: ${cycle.join(' → ')}`,
      `فرمول ها دور می زنند و به خود برمی گردند: ${cycle.join(' ← ')}`,
    );
}

function findCycle(start: string, byCode: Map<string, CatalogEntry>): string[] | null {
  const path: string[] = [];
  const done = new Set<string>();
  const visit = (code: string): string[] | null => {
    const at = path.indexOf(code);
    if (at >= 0) return [...path.slice(at), code];
    if (done.has(code)) return null;
    const node = byCode.get(code);
    if (!node || node.kind !== 'derived' || !node.formula) return null;
    path.push(code);
    for (const ref of formulaReferences(node.formula)) {
      const found = visit(ref);
      if (found) return found;
    }
    path.pop();
    done.add(code);
    return null;
  };
  return visit(start);
}

/** Derived indicators in an order where each comes after every derived indicator it uses. */
export function evaluationOrder(catalog: readonly CatalogEntry[]): string[] {
  const byCode = new Map(catalog.map((c) => [c.code, c]));
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (code: string): void => {
    const node = byCode.get(code);
    if (seen.has(code) || !node || node.kind !== 'derived' || !node.formula) return;
    seen.add(code);
    for (const ref of formulaReferences(node.formula)) visit(ref);
    out.push(code);
  };
  for (const c of catalog) visit(c.code);
  return out;
}

/**
 * Reported values plus every derived indicator computable from them, each derived one evaluated after
 * its inputs (derived indicators may read other derived ones). A cycle yields null, not a hang.
 */
export function computeDerivedValues(
  derived: { code: string; formula: string }[],
  reported: Record<string, number>,
): Record<string, number | null> {
  const byCode = new Map(derived.map((d) => [d.code, d.formula]));
  const result: Record<string, number | null> = { ...reported };
  const visiting = new Set<string>();
  const resolve = (code: string): number | null => {
    if (code in result) return result[code];
    const formula = byCode.get(code);
    if (formula === undefined || visiting.has(code)) return null;
    visiting.add(code);
    const value = evaluateFormula(formula, resolve);
    visiting.delete(code);
    result[code] = value;
    return value;
  };
  for (const d of derived) resolve(d.code);
  return result;
}
