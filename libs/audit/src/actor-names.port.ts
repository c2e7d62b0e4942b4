/**
 * Who the actors of the log are by name: audit declares the port, identity (which owns the users and
 * imports audit) provides it, so audit never reads the users table.
 */
export const AUDIT_ACTOR_NAMES = Symbol('AUDIT_ACTOR_NAMES');

export interface AuditActorNames {
  /** Full names of users, active or not (a record shows who acted even after they left). */
  fullNamesOf(ids: readonly string[]): Promise<Map<string, string>>;
}
