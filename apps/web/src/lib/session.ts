// The signed-in user's tokens, kept for the browser tab (sessionStorage) and announced to React.
import { useSyncExternalStore } from 'react';

export type Role = 'admin' | 'staff' | 'approver' | 'president' | 'board';

export interface SessionUser {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  associationId: string | null;
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  user: SessionUser;
}

const KEY = 'tashakkol.session';
const listeners = new Set<() => void>();
let current: Session | null = read();

function read(): Session | null {
  try {
    const raw = globalThis.sessionStorage?.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function getSession(): Session | null {
  return current;
}

export function setSession(next: Session | null): void {
  current = next;
  if (next) globalThis.sessionStorage?.setItem(KEY, JSON.stringify(next));
  else globalThis.sessionStorage?.removeItem(KEY);
  for (const l of listeners) l();
}

/** New tokens from a refresh: the user stays the same. */
export function replaceTokens(accessToken: string, refreshToken: string): void {
  if (current) setSession({ ...current, accessToken, refreshToken });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, getSession, getSession);
}
