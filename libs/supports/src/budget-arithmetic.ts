import { BudgetExceededError } from './supports.errors';

/** A budget's figures in its kind's unit (Rials or hours). */
export interface BudgetFigures {
  total: bigint;
  reserved: bigint;
  spent: bigint;
}

export function availableOf(b: BudgetFigures): bigint {
  return b.total - b.reserved - b.spent;
}

/** Approval: reserved + spent + amount must stay within the total. */
export function reserve(
  b: BudgetFigures,
  amount: bigint,
  label: { fiscalYear: number; kindCode: string },
): BudgetFigures {
  if (b.reserved + b.spent + amount > b.total) {
    throw new BudgetExceededError(label.fiscalYear, label.kindCode, availableOf(b), amount);
  }
  return { ...b, reserved: b.reserved + amount };
}

/** Delivery: the reservation becomes spending. */
export function consume(b: BudgetFigures, amount: bigint): BudgetFigures {
  return { ...b, reserved: clamp(b.reserved - amount), spent: b.spent + amount };
}

/** Cancelling an approved grant gives its reservation back. */
export function release(b: BudgetFigures, amount: bigint): BudgetFigures {
  return { ...b, reserved: clamp(b.reserved - amount) };
}

/** A new total may not fall below what is already reserved or spent. */
export function canSetTotal(b: BudgetFigures, total: bigint): boolean {
  return total >= b.reserved + b.spent;
}

function clamp(v: bigint): bigint {
  return v < 0n ? 0n : v;
}
