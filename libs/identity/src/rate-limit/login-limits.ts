/** The block after the n-th burst of failed logins on one account: the window, doubled each time, capped. */
export function accountBlockMs(strikes: number, windowMs: number, maxMs: number): number {
  return Math.min(maxMs, windowMs * 2 ** Math.max(0, strikes - 1));
}

export const loginKeys = {
  address: (ip: string) => `limit:login:addr:${ip}`,
  account: (email: string) => `limit:login:acct:${email}`,
  strikes: (email: string) => `limit:login:strikes:${email}`,
  block: (email: string) => `limit:login:block:${email}`,
  family: (familyId: string) => `limit:refresh:family:${familyId}`,
};

/** How long a burst counts against the account when computing its next block. */
export const STRIKE_MEMORY_MS = 24 * 60 * 60 * 1000;
