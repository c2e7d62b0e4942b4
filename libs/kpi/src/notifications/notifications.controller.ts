import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPaginatedResponse, Auth, AuthContext, Page, PageQueryDto } from '@tashakkol/shared';
import { NotificationView } from '../kpi.views';
import { NotificationIdPipe } from './notification-id.pipe';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: "The caller's notifications (alerts and reminders), newest first" })
  @ApiPaginatedResponse(NotificationView)
  list(@Auth() auth: AuthContext, @Query() query: PageQueryDto): Promise<Page<NotificationView>> {
    return this.notifications.listMine(auth, query);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Marks one of the caller’s notifications as read' })
  @ApiOkResponse({ type: NotificationView })
  read(@Auth() auth: AuthContext, @Param('id', NotificationIdPipe) id: string): Promise<NotificationView> {
    return this.notifications.markRead(auth, id);
  }
}
