import { Injectable, PipeTransform } from '@nestjs/common';
import { BadInputError } from '@tashakkol/shared';

/** Notification ids are bigserial: digits only (anything else is a 400, never a 500 from PostgreSQL). */
@Injectable()
export class NotificationIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^[1-9][0-9]{0,17}$/.test(value))
      throw new BadInputError('notification.bad_id', `id: must be a positive integer`);
    return value;
  }
}
