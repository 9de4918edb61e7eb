/** Roles of PRODUCT.md; each role has exactly one kind of scope. */
export const ROLES = [
  'graduate',
  'employer',
  'agency',
  'counsellor',
  'career_centre',
  'edu_official',
  'hrss_official',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

/** Scope levels, from narrowest to widest. */
export const SCOPE_KINDS = ['self', 'organisation', 'college', 'university', 'province', 'national'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

/** Which scope kinds each role may hold (education officials work at province or national level). */
export const ROLE_SCOPES: Record<Role, readonly ScopeKind[]> = {
  graduate: ['self'],
  employer: ['organisation'],
  agency: ['organisation'],
  counsellor: ['college'],
  career_centre: ['university'],
  edu_official: ['province', 'national'],
  hrss_official: ['province'],
  admin: ['national'],
};

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  graduate: { zh: '毕业生', en: 'Graduate' },
  employer: { zh: '用人单位', en: 'Employer' },
  agency: { zh: '人力资源服务机构', en: 'HR agency / NGO' },
  counsellor: { zh: '辅导员', en: 'Counsellor' },
  career_centre: { zh: '就业中心', en: 'Career centre' },
  edu_official: { zh: '教育主管部门', en: 'Education official' },
  hrss_official: { zh: '人社部门', en: 'HR & social security official' },
  admin: { zh: '平台管理员', en: 'Platform admin' },
};

/** A user's scope: the kind plus the identifiers that pin it down. */
export interface Scope {
  kind: ScopeKind;
  provinceCode?: string | null;
  universityCode?: string | null;
  collegeId?: string | null;
  organisationId?: string | null;
  graduateId?: string | null;
}
