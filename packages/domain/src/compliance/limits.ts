// Limits of job-ad input, shared by the CLI, the API and the web form (no dependencies, so the
// web bundle stays small).

/** Longest ad text the checker accepts (characters); real ads stay far below it. */
export const MAX_AD_TEXT_LENGTH = 20_000;
/** Longest title accepted (job titles are short; a longer one is a pasted body). */
export const MAX_AD_TITLE_LENGTH = 100;
/** Highest monthly salary a form accepts, in yuan (a typo guard, not a judgement). */
export const MAX_MONTHLY_SALARY_YUAN = 10_000_000;
