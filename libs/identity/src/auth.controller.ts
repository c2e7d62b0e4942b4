import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Auth, AuthContext, Public } from '@tashakkol/shared';
import { AuthService } from './auth.service';
import { LocalAuthGuard } from './guards/local-auth.guard';
import { LoginThrottlerGuard } from './guards/login-throttler.guard';
import { User } from './user.entity';
import { LoginDto, RefreshDto } from './users.dto';
import { UsersService } from './users.service';
import { LoginView, TokenPairView, UserView } from './users.views';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @UseGuards(LoginThrottlerGuard, LocalAuthGuard)
  @ApiOperation({ summary: 'Log in with e-mail and password → access token (15 min) and refresh token' })
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: LoginView })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password (never says which)' })
  @ApiTooManyRequestsResponse({
    description: 'Too many attempts from this address or for this account (Retry-After says when to retry)',
  })
  login(@Req() req: { user: User }): Promise<LoginView> {
    return this.auth.login(req.user);
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a refresh token for a new pair; the old one stops working' })
  @ApiTooManyRequestsResponse({ description: 'Too many refreshes of one session (token family)' })
  @ApiOkResponse({ type: TokenPairView })
  @ApiUnauthorizedResponse({ description: 'Invalid, expired or reused (the whole family is then revoked)' })
  refresh(@Body() dto: RefreshDto): Promise<TokenPairView> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: "Revoke all of the caller's refresh tokens" })
  @ApiNoContentResponse()
  logout(@Auth() auth: AuthContext): Promise<void> {
    return this.auth.logout(auth);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The caller' })
  @ApiOkResponse({ type: UserView })
  me(@Auth() auth: AuthContext): Promise<UserView> {
    return this.users.get(auth.userId);
  }
}
