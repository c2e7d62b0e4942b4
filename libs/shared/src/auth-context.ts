import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ERROR_DESCRIPTIONS, ErrorBody } from './api-responses';
import { NotFoundError } from './errors';

export const ROLES = ['admin', 'staff', 'approver', 'president', 'board'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that work for the chamber (everyone but an association's board). */
export const CHAMBER_ROLES: readonly Role[] = ['admin', 'staff', 'approver', 'president'];

/** Who is acting: built from a verified access token; passed from controllers to services. */
export interface AuthContext {
  userId: string;
  role: Role;
  /** Set for board users: the one association they belong to. */
  associationId: string | null;
  requestId?: string;
}

export const ROLES_KEY = 'tashakkol:roles';
export const PUBLIC_KEY = 'tashakkol:public';

/** Only these roles may call the route (403 for the others, which the OpenAPI document says too). */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiResponse({
      status: 403,
      description: `${ERROR_DESCRIPTIONS[403]} (allowed: ${roles.join(', ')})`,
      type: ErrorBody,
    }),
  );

/** The route needs no access token. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

interface RequestWithAuth {
  user?: AuthContext;
  id?: string;
  raw?: { id?: string };
}

/** The caller, as a parameter: `@Auth() auth: AuthContext`. */
export const Auth = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthContext => {
  const req = ctx.switchToHttp().getRequest<RequestWithAuth>();
  if (!req.user) throw new Error('Auth() used on a public route');
  return { ...req.user, requestId: req.raw?.id ?? req.id };
});

/**
 * A board user reaches only their own association; another's is "not found" to them, so
 * they cannot even learn that it exists.
 */
export function assertAssociationScope(auth: AuthContext, associationId: string): void {
  if (auth.role === 'board' && auth.associationId !== associationId) {
    throw new NotFoundError('association', associationId);
  }
}

export function canSeeAssociation(auth: AuthContext, associationId: string): boolean {
  return auth.role !== 'board' || auth.associationId === associationId;
}
