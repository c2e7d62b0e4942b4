import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthContext, ForbiddenError, Role, ROLES_KEY } from '@tashakkol/shared';
import { ROLE_LABELS } from '../role-labels';

/** Global: a route marked `@Roles(...)` refuses every other role with 403. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!roles || roles.length === 0) return true;
    const user = context.switchToHttp().getRequest<{ user?: AuthContext }>().user;
    if (user && roles.includes(user.role)) return true;
    throw new ForbiddenError(
      'identity.role_not_allowed',
      `Your role may not do this (allowed: ${roles.join(', ')})`,
      { allowed: roles, allowedFa: roles.map((r) => ROLE_LABELS[r].fa) },
    );
  }
}
