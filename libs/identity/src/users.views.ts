import { ApiProperty } from '@nestjs/swagger';
import { Role, ROLES, withJalali } from '@tashakkol/shared';
import type { User } from './user.entity';

/** A user as the API shows it (never the password hash). */
export class UserView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'expert@chamber.ir' }) email!: string;
  @ApiProperty({ example: 'مریم احمدی' }) fullName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Set for board users only' })
  associationId!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ example: '1405/09/10' }) createdAtJalali!: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: Date;
  @ApiProperty({ example: '1405/09/10' }) updatedAtJalali!: string;
  @ApiProperty() version!: number;
}

export function toUserView(user: User): UserView {
  const { id, email, fullName, role, associationId, active, createdAt, updatedAt, version } = user;
  return withJalali({ id, email, fullName, role, associationId, active, createdAt, updatedAt, version }, [
    'createdAt',
    'updatedAt',
  ]);
}

export class TokenPairView {
  @ApiProperty({ description: 'Bearer token for `Authorization`' }) accessToken!: string;
  @ApiProperty({ description: 'Exchange it at `POST /auth/refresh`; used once' }) refreshToken!: string;
  @ApiProperty({ example: 900, description: 'Seconds the access token lives' }) expiresIn!: number;
}

export class LoginView extends TokenPairView {
  @ApiProperty({ type: UserView }) user!: UserView;
}
