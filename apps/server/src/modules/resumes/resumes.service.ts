import {
  getDegreeLevel,
  maskContactsInText,
  maskEmail,
  maskName,
  maskPhone,
  parseDegree,
  type DegreeKey,
} from '@jiuye/domain';
import { EMPTY_RESUME, type ResumeContent, type VerifiedEducation } from '@jiuye/domain/recruitment/resume';
import type { Database } from '../../db';
import type { AuthUser, Deps } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { recordAudit, type Actor } from '../audit/audit.service';
import { referenceCache } from '../reference/reference.service';
import * as repo from './resumes.repository';
import { renderResumePdf } from './resume-pdf';

/**
 * What an application keeps of the résumé at the moment of applying: later edits do not change
 * what the employer received. The phone stays encrypted inside it, like in the roster.
 */
export interface ResumeSnapshot {
  version: 1;
  content: ResumeContent;
  education: VerifiedEducation;
  person: { name: string; phoneEnc: string | null; email: string | null };
  resumeUpdatedAt: string;
}

/** A résumé as it is shown or printed; `masked` says whether name and contact are hidden. */
export interface ResumeView {
  person: { name: string; phone: string | null; email: string | null; masked: boolean };
  education: VerifiedEducation;
  content: ResumeContent;
  updatedAt: string | null;
}

function ownGraduateId(user: AuthUser): string {
  const id = user.scope.graduateId;
  if (!id) throw new AppError('forbidden', '只有毕业生本人可以编辑简历');
  return id;
}

async function loadRecord(db: Database, graduateId: string) {
  const record = await repo.findGraduateRecord(db, graduateId);
  if (!record) throw new AppError('not_found', '毕业生记录不存在');
  return record;
}

async function educationOf(db: Database, g: repo.GraduateRecord): Promise<VerifiedEducation> {
  const ref = await referenceCache(db);
  const degree = parseDegree(g.degree);
  return {
    universityName: g.university_name,
    collegeName: g.college_name,
    majorCode: g.major_code,
    majorName: degree ? (ref.major(degree as DegreeKey, g.major_code)?.name ?? null) : null,
    degree: g.degree,
    degreeName: degree ? getDegreeLevel(degree).nameZh : g.degree,
    graduationYear: g.graduation_year,
  };
}

// Stored content is always what the schema produced; older rows may lack newer sections.
const contentOf = (stored: unknown): ResumeContent => ({
  ...EMPTY_RESUME,
  ...(stored as Partial<ResumeContent>),
});

/** The graduate's own résumé with the verified education; `saved` is false before the first save. */
export async function getOwnResume(deps: Pick<Deps, 'db' | 'cipher'>, user: AuthUser) {
  const graduateId = ownGraduateId(user);
  const [record, row] = await Promise.all([
    loadRecord(deps.db, graduateId),
    repo.findResume(deps.db, graduateId),
  ]);
  const phone = record.phone_enc ? deps.cipher.decrypt(record.phone_enc) : null;
  const view: ResumeView = {
    // The owner sees their own contact masked on screen like on the profile page; the PDF they
    // download for themselves carries it in full (and is audited).
    person: { name: record.name, phone: phone && maskPhone(phone), email: record.email, masked: false },
    education: await educationOf(deps.db, record),
    content: row ? contentOf(row.content) : EMPTY_RESUME,
    updatedAt: row ? new Date(row.updated_at).toISOString() : null,
  };
  return { saved: !!row, ...view };
}

/** Saves the graduate's résumé (content already validated by the route's schema). */
export async function saveOwnResume(
  deps: Pick<Deps, 'db' | 'cipher' | 'clock'>,
  user: AuthUser,
  content: ResumeContent,
) {
  await repo.saveResume(deps.db, ownGraduateId(user), content, deps.clock());
  return getOwnResume(deps, user);
}

/** The graduate's own résumé as a PDF, contact in full; the export is audited as personal data leaving. */
export async function ownResumePdf(
  deps: Pick<Deps, 'db' | 'cipher' | 'clock'>,
  user: AuthUser,
  actor: Actor,
) {
  const graduateId = ownGraduateId(user);
  const [record, row] = await Promise.all([
    loadRecord(deps.db, graduateId),
    repo.findResume(deps.db, graduateId),
  ]);
  if (!row) throw new AppError('conflict', '请先填写并保存简历，再导出 PDF');
  const view: ResumeView = {
    person: {
      name: record.name,
      phone: record.phone_enc ? deps.cipher.decrypt(record.phone_enc) : null,
      email: record.email,
      masked: false,
    },
    education: await educationOf(deps.db, record),
    content: contentOf(row.content),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
  await recordAudit(
    deps.db,
    actor,
    { action: 'resume.export', targetType: 'graduate', targetId: graduateId, detail: {} },
    deps.clock,
  );
  return { pdf: await renderResumePdf(view, { generatedAt: deps.clock() }), name: record.name };
}

/** The snapshot an application stores, or null when the graduate has not saved a résumé. */
export async function snapshotOf(db: Database, graduateId: string): Promise<ResumeSnapshot | null> {
  const [record, row] = await Promise.all([loadRecord(db, graduateId), repo.findResume(db, graduateId)]);
  return row ? snapshotFrom(db, record, row) : null;
}

async function snapshotFrom(
  db: Database,
  record: repo.GraduateRecord,
  row: { content: unknown; updated_at: Date | string },
): Promise<ResumeSnapshot> {
  return {
    version: 1,
    content: contentOf(row.content),
    education: await educationOf(db, record),
    person: { name: record.name, phoneEnc: record.phone_enc, email: record.email },
    resumeUpdatedAt: new Date(row.updated_at).toISOString(),
  };
}

/**
 * snapshotOf for many graduates in two queries (bulk writers such as the demo history): the
 * snapshot of each graduate who has a résumé, by graduate id.
 */
export async function snapshotsOf(
  db: Database,
  graduateIds: readonly string[],
): Promise<Map<string, ResumeSnapshot>> {
  const [records, rows] = await Promise.all([
    repo.findGraduateRecords(db, graduateIds),
    repo.findResumes(db, graduateIds),
  ]);
  const resumeOf = new Map(rows.map((r) => [r.graduate_id, r]));
  const out = new Map<string, ResumeSnapshot>();
  for (const record of records) {
    const row = resumeOf.get(record.id);
    if (row) out.set(record.id, await snapshotFrom(db, record, row));
  }
  return out;
}

function maskContent(c: ResumeContent): ResumeContent {
  return {
    ...c,
    internships: c.internships.map((i) => ({ ...i, description: maskContactsInText(i.description) })),
    projects: c.projects.map((p) => ({ ...p, description: maskContactsInText(p.description) })),
    selfIntroduction: maskContactsInText(c.selfIntroduction),
  };
}

/**
 * A stored snapshot as an employer may see it: before the interview invitation the name is
 * masked (张*), phone and e-mail masked, and contact details typed into the prose masked too.
 */
export function viewOfSnapshot(
  deps: Pick<Deps, 'cipher'>,
  snapshot: ResumeSnapshot,
  opts: { masked: boolean },
): ResumeView {
  const phone = snapshot.person.phoneEnc ? deps.cipher.decrypt(snapshot.person.phoneEnc) : null;
  const { masked } = opts;
  return {
    person: {
      name: masked ? maskName(snapshot.person.name) : snapshot.person.name,
      phone: phone && (masked ? maskPhone(phone) : phone),
      email: snapshot.person.email && (masked ? maskEmail(snapshot.person.email) : snapshot.person.email),
      masked,
    },
    education: snapshot.education,
    content: masked ? maskContent(contentOf(snapshot.content)) : contentOf(snapshot.content),
    updatedAt: snapshot.resumeUpdatedAt,
  };
}

export { renderResumePdf };
