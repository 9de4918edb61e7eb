import { createHash } from 'node:crypto';
import { EVIDENCE_MAX_BYTES, evidenceTypeOf, type EvidenceMime } from '@jiuye/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
// The multipart plugin's types add req.parts(); projects that compile this file without app.ts need them too.
import type {} from '@fastify/multipart';
import { AppError, type Issue } from './errors';

// Proof files (destinations, assistance, subsidies): a PDF, JPG or PNG told apart by its first
// bytes (never by its name or declared type), at most 10 MB, kept in the database with its hash.

/** An uploaded file and the kind of proof the uploader says it is. */
export interface EvidenceUpload {
  kind: string;
  fileName: string;
  content: Buffer;
}

/** Reads the one uploaded file (and its `kind` field) of a multipart evidence upload. */
export async function readEvidenceUpload(req: FastifyRequest): Promise<EvidenceUpload> {
  let kind = '';
  let upload: { fileName: string; content: Buffer } | null = null;
  for await (const part of req.parts({ limits: { fileSize: EVIDENCE_MAX_BYTES, files: 1 } })) {
    if (part.type === 'field') {
      if (part.fieldname === 'kind' && typeof part.value === 'string') kind = part.value;
      continue;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of part.file) chunks.push(chunk as Buffer);
    if (part.file.truncated)
      throw new AppError('payload_too_large', `文件超过 ${EVIDENCE_MAX_BYTES / 1024 / 1024} MB 上限`);
    upload = { fileName: part.filename, content: Buffer.concat(chunks) };
  }
  if (!upload)
    throw new AppError('validation_failed', '请选择要上传的文件', [{ path: 'file', message: '必填' }]);
  return { kind, ...upload };
}

/** Sends an evidence file inline, under its own name, never sniffed as anything else. */
export function sendEvidenceFile(
  reply: FastifyReply,
  file: { file_name: string; mime_type: string; content: Buffer },
) {
  return reply
    .header('content-type', file.mime_type)
    .header('x-content-type-options', 'nosniff')
    .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.file_name)}`)
    .header('cache-control', 'private, no-store')
    .send(file.content);
}

/** What an evidence file is, or the problems with it (added to `issues`). */
export function inspectEvidenceFile(
  file: Pick<EvidenceUpload, 'fileName' | 'content'>,
  issues: Issue[],
): { mime: EvidenceMime; fileName: string; sha256: string } | null {
  const mime = evidenceTypeOf(file.content.subarray(0, 8));
  if (file.content.length === 0) issues.push({ path: 'file', message: '文件为空' });
  else if (!mime) issues.push({ path: 'file', message: '只能上传 PDF、JPG 或 PNG 文件（按文件内容识别）' });
  if (file.content.length > EVIDENCE_MAX_BYTES)
    issues.push({ path: 'file', message: `文件超过 ${EVIDENCE_MAX_BYTES / 1024 / 1024} MB 上限` });
  if (!mime || issues.length > 0) return null;
  return {
    mime,
    fileName: file.fileName.trim().slice(0, 200) || 'evidence',
    sha256: createHash('sha256').update(file.content).digest('hex'),
  };
}
