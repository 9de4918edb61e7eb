// The résumé a graduate builds (measure 七): its shape and limits. Pure data, shared by the server's
// validation (resume-schema.ts, zod) and the web form, which stays free of zod.

/** Month as YYYY-MM, the precision résumés in China use for periods and awards. */
export type YearMonth = string;

export interface ResumePeriod {
  start: YearMonth;
  /** null: ongoing (至今). */
  end: YearMonth | null;
}

export interface ResumeInternship extends ResumePeriod {
  organisation: string;
  role: string;
  description: string;
}

export interface ResumeProject extends ResumePeriod {
  name: string;
  role: string;
  description: string;
}

export interface ResumeDatedItem {
  name: string;
  date: YearMonth;
}

/**
 * What the graduate writes. Education is not part of it: it comes from the university's roster
 * (verified) and is joined in when the résumé is read, applied with or printed.
 */
export interface ResumeContent {
  /** 求职意向, e.g. 后端开发工程师. */
  objective: string;
  internships: ResumeInternship[];
  projects: ResumeProject[];
  skills: string[];
  awards: ResumeDatedItem[];
  certificates: ResumeDatedItem[];
  selfIntroduction: string;
}

export const EMPTY_RESUME: ResumeContent = {
  objective: '',
  internships: [],
  projects: [],
  skills: [],
  awards: [],
  certificates: [],
  selfIntroduction: '',
};

/** Limits: generous for a two-page résumé, tight enough that one field cannot carry a book. */
export const RESUME_LIMITS = {
  objective: 50,
  internships: 10,
  projects: 10,
  organisation: 100,
  role: 50,
  name: 100,
  description: 1000,
  skills: 30,
  skill: 30,
  awards: 20,
  certificates: 20,
  selfIntroduction: 1000,
  /** Earliest year a period or award may start in. */
  minYear: 1950,
} as const;

export const YEAR_MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The education the roster vouches for (shown as 已核验, not editable in the builder). */
export interface VerifiedEducation {
  universityName: string;
  collegeName: string;
  majorName: string | null;
  majorCode: string;
  degree: string;
  degreeName: string;
  graduationYear: number;
}
