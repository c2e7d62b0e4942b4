import type { FastifyRequest } from 'fastify';
import '@fastify/multipart';
import { BadInputError } from '@tashakkol/shared';
import { Upload } from './association-transfer.service';

/** The one file of a multipart request (field `file`), read into memory (the API caps it at 10 MiB). */
export async function readUpload(req: FastifyRequest): Promise<Upload> {
  if (!req.isMultipart())
    throw new BadInputError('upload.not_multipart', 'file: send the file as multipart/form-data');
  try {
    const part = await req.file();
    if (!part) throw new BadInputError('upload.missing', 'file: no file was sent');
    const data = await part.toBuffer();
    return { filename: part.filename, mimetype: part.mimetype, data };
  } catch (err) {
    // A body that is not the multipart it claims (busboy: "Unexpected end of form"): 400, not 500.
    if (err instanceof BadInputError || (err as { statusCode?: number }).statusCode === 413) throw err;
    throw new BadInputError('upload.malformed', 'file: the multipart body is malformed');
  }
}
