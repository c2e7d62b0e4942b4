import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { AuditService, SYSTEM_ACTOR } from '@tashakkol/audit';
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
import { ASSOCIATION_DIRECTORY, AssociationDirectory } from './association-directory';
import { stripSecret } from './auth.service';
import { TokenVersions } from './token-versions.service';
import { hashPassword } from './tokens';
import { User } from './user.entity';
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

  async create(auth: AuthContext, dto: CreateUserDto): Promise<User> {
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
        return visible;
      });
    } catch (err) {
      if (isUniqueViolation(err, 'uq_users_email')) {
        throw new ConflictError('user.duplicate_email', 'email: a user with this e-mail already exists');
      }
      throw err;
    }
  }

  async list(query: UserQueryDto): Promise<Page<User>> {
    const [items, total] = await this.users.findAndCount({
      where: query.role ? { role: query.role } : {},
      order: { email: 'ASC' },
      skip: pageOffset(query),
      take: query.pageSize,
    });
    return toPage(items, total, query);
  }

  async get(id: string): Promise<User> {
    const user = await this.users.findOne({ where: { id } });
    if (!user) throw new NotFoundError('user', id);
    return user;
  }

  async update(auth: AuthContext, id: string, dto: UpdateUserDto): Promise<User> {
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
      return stripSecret(saved);
    });
  }

  /** First start: the admin named by ADMIN_EMAIL exists (its password is never overwritten). */
  async ensureAdmin(email: string, password: string): Promise<void> {
    const normalized = email.trim().toLowerCase();
    if (await this.users.exists({ where: { email: normalized } })) return;
    const passwordHash = await hashPassword(password);
    await this.db.transaction(async (em) => {
      const result = await em
        .createQueryBuilder()
        .insert()
        .into(User)
        .values({ email: normalized, passwordHash, fullName: 'مدیر سامانه', role: 'admin', active: true })
        .orIgnore()
        .returning(['id'])
        .execute();
      const id = (result.raw as { id: string }[])[0]?.id;
      if (id) {
        await this.audit.record(em, SYSTEM_ACTOR, {
          action: 'user.bootstrap_admin',
          entity: 'user',
          entityId: id,
          after: { email: normalized, role: 'admin' },
        });
        this.logger.log(`Created the first admin ${normalized}`);
      }
    });
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
