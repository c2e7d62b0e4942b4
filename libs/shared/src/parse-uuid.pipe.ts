import { ArgumentMetadata, Injectable, ParseUUIDPipe } from '@nestjs/common';
import { BadInputError } from './errors';

/** Nest's ParseUUIDPipe, but its 400 names the path parameter (`id: must be a UUID`) as the contract asks. */
@Injectable()
export class ParseUuidPipe extends ParseUUIDPipe {
  override async transform(value: string, metadata: ArgumentMetadata): Promise<string> {
    try {
      return await super.transform(value, metadata);
    } catch {
      throw new BadInputError('request.bad_uuid', `${metadata.data ?? 'id'}: must be a UUID`);
    }
  }
}
