/**
 * The application pipeline (measure 七): 已投递 → 已查看 → 面试 → 录用 → 已签约, or 不合适 from
 * any open stage; the graduate may withdraw while it is open. Pure data and rules, shared with the web.
 */
export const APPLICATION_STATUSES = [
  { key: 'submitted', name: '已投递', nameEn: 'Submitted' },
  { key: 'viewed', name: '已查看', nameEn: 'Viewed' },
  { key: 'interview', name: '面试', nameEn: 'Interview' },
  { key: 'offer', name: '录用', nameEn: 'Offer' },
  { key: 'signed', name: '已签约', nameEn: 'Signed' },
  { key: 'rejected', name: '不合适', nameEn: 'Not a fit' },
  { key: 'withdrawn', name: '已撤回', nameEn: 'Withdrawn' },
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]['key'];

/** Where an employer may move an application from each status (withdrawal is the graduate's). */
const EMPLOYER_MOVES: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  submitted: ['viewed', 'interview', 'rejected'],
  viewed: ['interview', 'rejected'],
  interview: ['offer', 'rejected'],
  offer: ['signed', 'rejected'],
  signed: [],
  rejected: [],
  withdrawn: [],
};

/** Whether an employer may move an application from one status to another. */
export function mayMoveApplication(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return EMPLOYER_MOVES[from].includes(to);
}

/** Statuses in which the graduate may still withdraw. */
export function mayWithdraw(status: ApplicationStatus): boolean {
  return status === 'submitted' || status === 'viewed' || status === 'interview' || status === 'offer';
}

/** The Chinese (or English) name of a status, for notifications and errors. */
export function applicationStatusName(status: ApplicationStatus, lang: 'zh' | 'en' = 'zh'): string {
  const found = APPLICATION_STATUSES.find((s) => s.key === status)!;
  return lang === 'zh' ? found.name : found.nameEn;
}

/** Whether an application is still in progress (neither concluded nor withdrawn). */
export function isApplicationOpen(status: ApplicationStatus): boolean {
  return mayWithdraw(status);
}

/**
 * Whether moving to this status reveals the applicant's name and contact to the employer. Until the
 * interview invitation employers screen on the résumé alone (measure 七's fair recruitment); the
 * later stages are only reachable through the interview, so the invitation is the one moment.
 */
export function revealsApplicant(to: ApplicationStatus): boolean {
  return to === 'interview';
}

/** The statuses an employer may move an application to from `from` (empty when concluded). */
export function nextApplicationStatuses(from: ApplicationStatus): readonly ApplicationStatus[] {
  return EMPLOYER_MOVES[from];
}

/** Most applications one bulk action may move (one page of the pipeline at its largest). */
export const MAX_BULK_APPLICATIONS = 100;
/** Longest note an employer may attach to a status change (it is sent to the graduate). */
export const MAX_APPLICATION_NOTE_LENGTH = 500;
