import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrorResponses,
  ApiPaginatedResponse,
  Auth,
  AuthContext,
  Page,
  ParseUuidPipe,
  Roles,
} from '@tashakkol/shared';
import { CreateUserDto, UpdateUserDto, UserQueryDto } from './users.dto';
import { UsersService } from './users.service';
import { UserView } from './users.views';

@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @ApiOperation({ summary: 'Create a user (admin). Board users name their association.' })
  @ApiCreatedResponse({ type: UserView })
  @ApiErrorResponses(409)
  create(@Auth() auth: AuthContext, @Body() dto: CreateUserDto): Promise<UserView> {
    return this.users.create(auth, dto);
  }

  @Get()
  @ApiOperation({ summary: 'List users (admin)' })
  @ApiPaginatedResponse(UserView)
  list(@Query() query: UserQueryDto): Promise<Page<UserView>> {
    return this.users.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One user (admin)' })
  @ApiOkResponse({ type: UserView })
  get(@Param('id', ParseUuidPipe) id: string): Promise<UserView> {
    return this.users.get(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change role, association, name, password or deactivate (admin; needs version)' })
  @ApiOkResponse({ type: UserView })
  update(
    @Auth() auth: AuthContext,
    @Param('id', ParseUuidPipe) id: string,
    @Body() dto: UpdateUserDto,
  ): Promise<UserView> {
    return this.users.update(auth, id, dto);
  }
}
