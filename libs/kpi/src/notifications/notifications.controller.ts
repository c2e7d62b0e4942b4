import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthContext, PageQueryDto } from '@tashakkol/shared';
import { NotificationIdPipe } from './notification-id.pipe';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: "The caller's notifications (alerts and reminders), newest first" })
  list(@Auth() auth: AuthContext, @Query() query: PageQueryDto) {
    return this.notifications.listMine(auth, query);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Marks one of the caller’s notifications as read' })
  read(@Auth() auth: AuthContext, @Param('id', NotificationIdPipe) id: string) {
    return this.notifications.markRead(auth, id);
  }
}
