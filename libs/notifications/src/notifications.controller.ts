import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPaginatedResponse, Auth, AuthContext, Page } from '@tashakkol/shared';
import { NotificationIdPipe } from './notification-id.pipe';
import { MarkedReadView, NotificationQueryDto, NotificationView } from './notifications.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({
    summary:
      "The caller's notifications (whose turn it is, alerts), newest first, with each e-mail's delivery; `unread=true` counts the unread",
  })
  @ApiPaginatedResponse(NotificationView)
  list(@Auth() auth: AuthContext, @Query() query: NotificationQueryDto): Promise<Page<NotificationView>> {
    return this.notifications.listMine(auth, query);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Marks every unread notification of the caller as read; says how many it marked' })
  @ApiOkResponse({ type: MarkedReadView })
  readAll(@Auth() auth: AuthContext): Promise<MarkedReadView> {
    return this.notifications.markAllRead(auth);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Marks one of the caller’s notifications as read' })
  @ApiOkResponse({ type: NotificationView })
  read(@Auth() auth: AuthContext, @Param('id', NotificationIdPipe) id: string): Promise<NotificationView> {
    return this.notifications.markRead(auth, id);
  }
}
