import { z } from 'zod';
import { RESUME_LIMITS as L, YEAR_MONTH_PATTERN, type ResumeContent } from './resume';

// The résumé's validation as one zod schema: the route uses it as its body schema, so every problem
// comes back at once with its path (`internships.0.start`) and a Chinese message.

const text = (label: string, max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `请填写${label}` : `${label}应为文字`) })
    .trim()
    .max(max, `${label}不能超过 ${max} 个字`);

const required = (label: string, max: number) => text(label, max).min(1, `请填写${label}`);

const yearMonth = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .regex(YEAR_MONTH_PATTERN, `${label}应为“年-月”，如 2025-07`)
    .refine((v) => Number(v.slice(0, 4)) >= L.minYear, `${label}的年份不能早于 ${L.minYear} 年`);

/** end ≥ start, reported on `end` (YYYY-MM strings compare in calendar order). */
function periodInOrder(p: { start: string; end: string | null }, ctx: z.RefinementCtx) {
  if (p.end !== null && p.end < p.start)
    ctx.addIssue({ code: 'custom', path: ['end'], message: '结束时间不能早于开始时间' });
}

const period = {
  start: yearMonth('开始时间'),
  end: yearMonth('结束时间').nullable().default(null),
};

const internship = z
  .object({
    organisation: required('实习单位', L.organisation),
    role: required('实习岗位', L.role),
    ...period,
    description: text('实习内容', L.description).default(''),
  })
  .superRefine(periodInOrder);

const project = z
  .object({
    name: required('项目名称', L.name),
    role: text('担任角色', L.role).default(''),
    ...period,
    description: text('项目描述', L.description).default(''),
  })
  .superRefine(periodInOrder);

const dated = (label: string) =>
  z.object({ name: required(`${label}名称`, L.name), date: yearMonth(`获得时间`) });

export const resumeContentSchema = z.object({
  // The one required field: an employer reads a résumé against the job the graduate is after.
  objective: required('求职意向', L.objective),
  internships: z.array(internship).max(L.internships, `实习经历最多 ${L.internships} 段`).default([]),
  projects: z.array(project).max(L.projects, `项目经历最多 ${L.projects} 个`).default([]),
  skills: z
    .array(required('技能', L.skill))
    .max(L.skills, `技能最多 ${L.skills} 项`)
    .default([])
    .superRefine((skills, ctx) => {
      const seen = new Set<string>();
      skills.forEach((skill, i) => {
        const key = skill.toLowerCase();
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i], message: `技能“${skill}”重复了` });
        seen.add(key);
      });
    }),
  awards: z.array(dated('奖项')).max(L.awards, `获奖情况最多 ${L.awards} 项`).default([]),
  certificates: z.array(dated('证书')).max(L.certificates, `证书最多 ${L.certificates} 项`).default([]),
  selfIntroduction: text('自我评价', L.selfIntroduction).default(''),
}) satisfies z.ZodType<ResumeContent, unknown>;
