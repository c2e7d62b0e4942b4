import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, Roles, ParseUuidPipe } from '@tashakkol/shared';
import { User } from './user.entity';
import { CreateUserDto, UpdateUserDto, UserQueryDto } from './users.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @ApiOperation({ summary: 'Create a user (admin). Board users name their association.' })
  @ApiCreatedResponse({ type: User })
  create(@Auth() auth: AuthContext, @Body() dto: CreateUserDto) {
    return this.users.create(auth, dto);
  }

  @Get()
  @ApiOperation({ summary: 'List users (admin)' })
  list(@Query() query: UserQueryDto) {
    return this.users.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One user (admin)' })
  get(@Param('id', ParseUuidPipe) id: string) {
    return this.users.get(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change role, association, name, password or deactivate (admin; needs version)' })
  update(@Auth() auth: AuthContext, @Param('id', ParseUuidPipe) id: string, @Body() dto: UpdateUserDto) {
    return this.users.update(auth, id, dto);
  }
}
