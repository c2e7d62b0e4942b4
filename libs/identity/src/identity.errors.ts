import { UnauthenticatedError } from '@tashakkol/shared';

export class InvalidCredentialsError extends UnauthenticatedError {
  constructor() {
    super('identity.invalid_credentials', 'Invalid e-mail or password');
  }
}

export class InvalidRefreshTokenError extends UnauthenticatedError {
  constructor() {
    super(
      'identity.invalid_refresh_token',
      'Refresh token is invalid, expired or already used; log in again',
    );
  }
}
