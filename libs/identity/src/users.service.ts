import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@tashakkol/audit';
import { isUniqueViolation } from '@tashakkol/database';
import {
  AuthContext,
  BadInputError,
  ConflictError,
  NotFoundError,
  Page,
  pageOffset,
  Role,
  StaleVersionError,
  toPage,
} from '@tashakkol/shared';
import { DataSource, Repository } from 'typeorm';
import { bootstrapAdmin } from './admin-bootstrap';
import { ASSOCIATION_DIRECTORY, AssociationDirectory } from './association-directory';
import { stripSecret } from './auth.service';
import { TokenVersions } from './token-versions.service';
import { hashPassword } from './tokens';
import { User } from './user.entity';
import { toUserView, UserView } from './users.views';
import { CreateUserDto, UpdateUserDto, UserQueryDto } from './users.dto';

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly versions: TokenVersions,
    @Optional() @Inject(ASSOCIATION_DIRECTORY) private readonly associations?: AssociationDirectory,
  ) {}

  async create(auth: AuthContext, dto: CreateUserDto): Promise<UserView> {
    await this.checkAssociationLink(dto.role, dto.associationId ?? null);
    const passwordHash = await hashPassword(dto.password);
    try {
      return await this.db.transaction(async (em) => {
        const user = await em.save(
          em.create(User, {
            email: dto.email.trim().toLowerCase(),
            passwordHash,
            fullName: dto.fullName,
            role: dto.role,
            associationId: dto.role === 'board' ? (dto.associationId ?? null) : null,
            active: true,
          }),
        );
        const visible = stripSecret(user);
        await this.audit.record(em, auth, {
          action: 'user.create',
          entity: 'user',
          entityId: user.id,
          associationId: user.associationId,
          after: visible,
        });
        return toUserView(user);
      });
    } catch (err) {
      if (isUniqueViolation(err, 'uq_users_email')) {
        throw new ConflictError('user.duplicate_email', 'email: a user with this e-mail already exists');
      }
      throw err;
    }
  }

  async list(query: UserQueryDto): Promise<Page<UserView>> {
    const [items, total] = await this.users.findAndCount({
      where: query.role ? { role: query.role } : {},
      order: { email: 'ASC' },
      skip: pageOffset(query),
      take: query.pageSize,
    });
    return toPage(items.map(toUserView), total, query);
  }

  async get(id: string): Promise<UserView> {
    const user = await this.users.findOne({ where: { id } });
    if (!user) throw new NotFoundError('user', id);
    return toUserView(user);
  }

  async update(auth: AuthContext, id: string, dto: UpdateUserDto): Promise<UserView> {
    const passwordHash = dto.password ? await hashPassword(dto.password) : undefined;
    return this.db.transaction(async (em) => {
      const user = await em.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundError('user', id);
      if (user.version !== dto.version) throw new StaleVersionError('user', dto.version, user.version);
      const before = { ...user };
      const role = dto.role ?? user.role;
      const associationId = dto.associationId !== undefined ? dto.associationId : user.associationId;
      await this.checkAssociationLink(role, role === 'board' ? associationId : (dto.associationId ?? null));
      if (user.id === auth.userId && (dto.active === false || (dto.role && dto.role !== 'admin'))) {
        throw new ConflictError('user.self_lockout', 'role: an admin cannot demote or deactivate themself');
      }
      Object.assign(user, {
        fullName: dto.fullName ?? user.fullName,
        role,
        associationId: role === 'board' ? associationId : null,
        active: dto.active ?? user.active,
      });
      if (passwordHash) user.passwordHash = passwordHash;
      const saved = await em.save(user);
      // Tokens carry role and association: a change to either, a deactivation or a new password ends them now.
      if (
        passwordHash ||
        saved.role !== before.role ||
        saved.associationId !== before.associationId ||
        saved.active !== before.active
      )
        await this.versions.raise(em, user.id);
      await this.audit.record(em, auth, {
        action: 'user.update',
        entity: 'user',
        entityId: user.id,
        associationId: saved.associationId,
        before: stripSecret(before),
        after: stripSecret(saved),
      });
      return toUserView(saved);
    });
  }

  /** First start: the admin named by ADMIN_EMAIL exists (its password is never overwritten). */
  async ensureAdmin(email: string, password: string): Promise<void> {
    const id = await bootstrapAdmin(this.db, this.audit, email, password);
    if (id) this.logger.log(`Created the first admin ${email.trim().toLowerCase()}`);
  }

  private async checkAssociationLink(role: Role, associationId: string | null): Promise<void> {
    if (role !== 'board') {
      if (associationId)
        throw new BadInputError(
          'user.association_not_allowed',
          'associationId: only board users belong to an association',
        );
      return;
    }
    if (!associationId)
      throw new BadInputError('user.association_required', 'associationId is required for board users');
    if (this.associations && !(await this.associations.exists(associationId))) {
      throw new BadInputError(
        'user.unknown_association',
        `associationId: association ${associationId} does not exist`,
      );
    }
  }
}
