import { z } from 'zod';
import type { Issue } from '../errors';
import { composeAdText } from './compose';
import { MAX_AD_TEXT_LENGTH, MAX_AD_TITLE_LENGTH, MAX_MONTHLY_SALARY_YUAN } from './limits';
import type { AdInput } from './types';

// NUL and other C0 controls never occur in real ad text; they mean a binary or corrupt file.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const salary = z
  .number({ error: '应为数字（元/月）' })
  .int('应为整数（元/月）')
  .min(0, '不能为负数')
  .max(MAX_MONTHLY_SALARY_YUAN, `不能超过 ${MAX_MONTHLY_SALARY_YUAN} 元/月`)
  .nullish();

/** The ad fields as accepted by the CLI (.json input) and the check API. */
export const adInputSchema = z
  .object({
    title: z
      .string({ error: '标题必填，应为文本' })
      .max(MAX_AD_TITLE_LENGTH, `标题不能超过 ${MAX_AD_TITLE_LENGTH} 个字符`),
    description: z.string({ error: '正文必填，应为文本' }),
    requirements: z.string().nullish(),
    salaryMin: salary,
    salaryMax: salary,
    hasPlace: z.boolean({ error: 'hasPlace 应为 true 或 false' }).optional(),
  })
  .superRefine((ad, ctx) => {
    for (const issue of adTextIssues(ad))
      ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
    if (ad.salaryMin != null && ad.salaryMax != null && ad.salaryMin > ad.salaryMax) {
      ctx.addIssue({ code: 'custom', path: ['salaryMin'], message: '最低月薪不能高于最高月薪' });
    }
  });

/** Problems with the text of an ad that stop it being checked: empty, too long, binary. */
export function adTextIssues(ad: Pick<AdInput, 'title' | 'description' | 'requirements'>): Issue[] {
  const issues: Issue[] = [];
  if (!ad.title.trim() && !ad.description.trim() && !ad.requirements?.trim()) {
    issues.push({ path: 'description', message: '招聘信息为空，请填写标题和正文' });
  }
  const { text } = composeAdText(ad);
  if (text.length > MAX_AD_TEXT_LENGTH) {
    issues.push({
      path: 'description',
      message: `招聘信息过长（${text.length} 个字符），最多 ${MAX_AD_TEXT_LENGTH} 个字符`,
    });
  }
  for (const field of ['title', 'description', 'requirements'] as const) {
    const value = ad[field];
    const at = value ? value.search(CONTROL) : -1;
    if (at >= 0) {
      issues.push({ path: field, message: `第 ${at + 1} 个字符是不可见的控制字符，内容可能不是文本` });
    }
  }
  return issues;
}

/** A plain-text ad: the first line is the title, the rest is the body. */
export function adFromText(text: string): AdInput {
  const clean = text.replace(/^\uFEFF/, '');
  const newline = clean.indexOf('\n');
  if (newline < 0) return { title: clean.trim(), description: '' };
  return { title: clean.slice(0, newline).trim(), description: clean.slice(newline + 1) };
}

export type AdReadResult = { ok: true; ad: AdInput } | { ok: false; issues: Issue[] };

/**
 * Reads an ad from bytes (CLI file or stdin): strict UTF-8, then JSON ({title, description, …})
 * or plain text. Every problem is reported; nothing is guessed.
 */
export function readAdBytes(bytes: Uint8Array, format: 'json' | 'text'): AdReadResult {
  // Decoding 1 MB is instant; the limit check below gives the clear message.
  const maxBytes = MAX_AD_TEXT_LENGTH * 4 + 65_536;
  if (bytes.length > maxBytes) {
    return {
      ok: false,
      issues: [
        {
          path: 'file',
          message: `文件过大（${bytes.length} 字节），招聘信息最多 ${MAX_AD_TEXT_LENGTH} 个字符`,
        },
      ],
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      issues: [{ path: 'file', message: '文件不是有效的 UTF-8 文本（可能是二进制文件或 GBK 编码）' }],
    };
  }
  if (format === 'text') {
    const ad = adFromText(text);
    const issues = adTextIssues(ad);
    return issues.length > 0 ? { ok: false, issues } : { ok: true, ad };
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, issues: [{ path: 'file', message: `JSON 格式错误：${(error as Error).message}` }] };
  }
  const parsed = adInputSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        path: issue.path.join('.') || 'file',
        message:
          issue.path.length === 0 && issue.code === 'invalid_type'
            ? 'JSON 应为对象 {title, description, …}'
            : issue.message,
      })),
    };
  }
  return { ok: true, ad: parsed.data };
}
