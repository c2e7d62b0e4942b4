import jsep from 'jsep';

/** What a derived indicator's formula may use: numbers, indicator codes, + - * / and parentheses. */
const ALLOWED_BINARY = new Set(['+', '-', '*', '/']);

export class FormulaError extends Error {}

/** Parses a formula with jsep (never `eval`) and returns the AST, refusing anything but arithmetic. */
export function parseFormula(formula: string): jsep.Expression {
  let ast: jsep.Expression;
  try {
    ast = jsep(formula);
  } catch (err) {
    throw new FormulaError(`cannot be parsed: ${(err as Error).message}`);
  }
  check(ast);
  return ast;
}

function check(node: jsep.Expression): void {
  switch (node.type) {
    case 'Literal':
      if (typeof node.value !== 'number')
        throw new FormulaError(`only numbers may appear as constants, not ${node.raw}`);
      return;
    case 'Identifier':
      return;
    case 'BinaryExpression': {
      const b = node as jsep.BinaryExpression;
      if (!ALLOWED_BINARY.has(b.operator))
        throw new FormulaError(`operator ${b.operator} is not allowed (use + - * /)`);
      check(b.left);
      check(b.right);
      return;
    }
    case 'UnaryExpression': {
      const u = node as jsep.UnaryExpression;
      if (u.operator !== '-' && u.operator !== '+')
        throw new FormulaError(`operator ${u.operator} is not allowed`);
      check(u.argument);
      return;
    }
    default:
      throw new FormulaError(
        `${node.type} is not allowed (only numbers, indicator codes, + - * / and parentheses)`,
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
    }
  };
  walk(ast);
  return out;
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
  if (!entry.formula) throw new FormulaError('is required for a derived indicator');
  const refs = formulaReferences(entry.formula);
  if (refs.length === 0) throw new FormulaError('must refer to at least one indicator');
  const byCode = new Map(catalog.map((c) => [c.code, c]));
  byCode.set(entry.code, entry);
  for (const ref of refs) {
    const other = byCode.get(ref);
    if (!other) throw new FormulaError(`refers to unknown indicator ${ref}`);
    if (other.frequency !== entry.frequency) {
      throw new FormulaError(
        `refers to ${ref}, which is ${other.frequency}, but ${entry.code} is ${entry.frequency}`,
      );
    }
  }
  const cycle = findCycle(entry.code, byCode);
  if (cycle) throw new FormulaError(`makes a cycle: ${cycle.join(' → ')}`);
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
