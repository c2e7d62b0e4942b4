import type { FastifyRequest } from 'fastify';
import { EvidenceRejectedError } from '../kpi.errors';

export interface Upload {
  fileName: string;
  data: Buffer;
}

/** Reads the one file of a multipart request (the size limit is @fastify/multipart's, set in bootstrap). */
export async function readUpload(req: FastifyRequest): Promise<Upload> {
  if (!req.isMultipart())
    throw new EvidenceRejectedError('send the document as multipart/form-data in a field named file');
  const part = await req.file();
  if (!part || part.fieldname !== 'file')
    throw new EvidenceRejectedError('is required (a multipart field named file)');
  return { fileName: part.filename || 'document', data: await part.toBuffer() };
}
