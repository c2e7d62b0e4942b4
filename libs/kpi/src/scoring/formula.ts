import jsep from 'jsep';

/** A formula failed to evaluate for a reason the chamber should hear about (not a missing input). */
export class FormulaError extends Error {}

type Node = jsep.Expression;

const FUNCTIONS: Record<string, (...args: number[]) => number> = {
  min: Math.min,
  max: Math.max,
  abs: Math.abs,
  round: Math.round,
};

const parsed = new Map<string, Node>();

/** Parses once per distinct formula text (the catalog is small and changes rarely). */
export function parseFormula(formula: string): Node {
  let ast = parsed.get(formula);
  if (!ast) {
    ast = jsep(formula);
    parsed.set(formula, ast);
  }
  return ast;
}

/** The indicator codes a formula reads. */
export function formulaInputs(formula: string): string[] {
  const out = new Set<string>();
  const walk = (n: Node): void => {
    if (n.type === 'Identifier') out.add(n.name as string);
    else if (n.type === 'BinaryExpression') {
      walk(n.left as Node);
      walk(n.right as Node);
    } else if (n.type === 'UnaryExpression') walk(n.argument as Node);
    else if (n.type === 'CallExpression') (n.arguments as Node[]).forEach(walk);
    else if (n.type === 'Compound') (n.body as Node[]).forEach(walk);
  };
  walk(parseFormula(formula));
  return [...out];
}

/**
 * Evaluates a formula's syntax tree over the values at hand, never with `eval`. Returns null when an
 * input has no value or a division by zero makes the result meaningless.
 */
export function evaluateFormula(formula: string, lookup: (code: string) => number | null): number | null {
  const ev = (n: Node): number | null => {
    switch (n.type) {
      case 'Literal': {
        if (typeof n.value !== 'number')
          throw new FormulaError(`formula: only numbers are allowed, got ${String(n.raw)}`);
        return n.value;
      }
      case 'Identifier':
        return lookup(n.name as string);
      case 'UnaryExpression': {
        const v = ev(n.argument as Node);
        if (v === null) return null;
        if (n.operator === '-') return -v;
        if (n.operator === '+') return v;
        throw new FormulaError(`formula: operator ${String(n.operator)} is not allowed`);
      }
      case 'BinaryExpression': {
        const a = ev(n.left as Node);
        const b = ev(n.right as Node);
        if (a === null || b === null) return null;
        switch (n.operator) {
          case '+':
            return a + b;
          case '-':
            return a - b;
          case '*':
            return a * b;
          case '/':
            return b === 0 ? null : a / b;
          default:
            throw new FormulaError(`formula: operator ${String(n.operator)} is not allowed`);
        }
      }
      case 'CallExpression': {
        const callee = n.callee as Node;
        const fn = callee.type === 'Identifier' ? FUNCTIONS[callee.name as string] : undefined;
        if (!fn) throw new FormulaError(`formula: unknown function`);
        const args = (n.arguments as Node[]).map(ev);
        if (args.some((a) => a === null)) return null;
        return fn(...(args as number[]));
      }
      default:
        throw new FormulaError(`formula: ${n.type} is not allowed`);
    }
  };
  const result = ev(parseFormula(formula));
  return result === null || !Number.isFinite(result) ? null : result;
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
