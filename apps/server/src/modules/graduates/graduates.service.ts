import {
  getDegreeLevel,
  maskIdNumber,
  maskPhone,
  normalizeMobile,
  parseDegree,
  validateMobile,
  type DegreeKey,
} from '@jiuye/domain';
import type { Database } from '../../db';
import type { AuthUser, Deps } from '../../platform/context';
import { AppError, validationError, type Issue } from '../../platform/errors';
import { recordAudit, type Actor } from '../audit/audit.service';
import { referenceCache, type ReferenceCache } from '../reference/reference.service';
import { graduateScopeOf, maySeeAssistanceCategory } from './graduates.policy';
import * as repo from './graduates.repository';

export type PiiField = 'idNumber' | 'phone';

/** The API view of a graduate: personal data masked, codes resolved to names. */
function toDto(deps: Pick<Deps, 'cipher'>, ref: ReferenceCache, user: AuthUser, g: repo.GraduateDetailRow) {
  const major = ref.major(g.degree as DegreeKey, g.major_code);
  return {
    id: g.id,
    universityCode: g.university_code,
    universityName: g.university_name,
    studentNo: g.student_no,
    name: g.name,
    gender: g.gender,
    idNumber: maskIdNumber(deps.cipher.decrypt(g.id_number_enc)),
    phone: g.phone_enc ? maskPhone(deps.cipher.decrypt(g.phone_enc)) : null,
    email: g.email,
    collegeId: g.college_id,
    collegeName: g.college_name,
    majorCode: g.major_code,
    majorName: major?.name ?? null,
    degree: g.degree,
    degreeName: parseDegree(g.degree) ? getDegreeLevel(g.degree as DegreeKey).nameZh : g.degree,
    graduationYear: g.graduation_year,
    originRegionCode: g.origin_region_code,
    originRegionName: ref.regionName(g.origin_region_code),
    assistanceTarget: g.is_target,
    assistanceCategory: maySeeAssistanceCategory(user) ? g.assistance_category : null,
    createdAt: new Date(g.created_at).toISOString(),
    updatedAt: new Date(g.updated_at).toISOString(),
  };
}

export type GraduateDto = ReturnType<typeof toDto>;

/** A page of the roster within the user's scope. */
export async function listGraduates(
  deps: Pick<Deps, 'db' | 'cipher'>,
  user: AuthUser,
  filter: repo.GraduateFilter,
) {
  const [ref, page] = await Promise.all([
    referenceCache(deps.db),
    repo.listInScope(deps.db, graduateScopeOf(user), filter),
  ]);
  return { total: page.total, items: page.items.map((g) => toDto(deps, ref, user, g)) };
}

async function loadInScope(db: Database, user: AuthUser, id: string) {
  const g = await repo.findInScope(db, graduateScopeOf(user), id);
  // Out of scope looks the same as absent, so ids cannot be probed.
  if (!g) throw new AppError('not_found', '毕业生记录不存在或不在您的管理范围内');
  return g;
}

/** Throws not_found unless the user may see this graduate (other modules' scope check). */
export async function assertGraduateInScope(db: Database, user: AuthUser, id: string): Promise<void> {
  await loadInScope(db, user, id);
}

/** One graduate within scope. */
export async function getGraduate(deps: Pick<Deps, 'db' | 'cipher'>, user: AuthUser, id: string) {
  const [ref, g] = await Promise.all([referenceCache(deps.db), loadInScope(deps.db, user, id)]);
  return toDto(deps, ref, user, g);
}

/** The unmasked value of one personal-data field; always audited, with the reason given. */
export async function revealGraduateField(
  deps: Pick<Deps, 'db' | 'cipher' | 'clock'>,
  user: AuthUser,
  actor: Actor,
  id: string,
  field: PiiField,
  reason: string,
) {
  const g = await loadInScope(deps.db, user, id);
  const stored = field === 'idNumber' ? g.id_number_enc : g.phone_enc;
  const value = stored ? deps.cipher.decrypt(stored) : null;
  await recordAudit(
    deps.db,
    actor,
    { action: 'pii.reveal', targetType: 'graduate', targetId: id, detail: { field, reason } },
    deps.clock,
  );
  return { value };
}

/** A graduate edits their own contact details. */
export async function updateOwnContact(
  deps: Pick<Deps, 'db' | 'cipher' | 'clock'>,
  user: AuthUser,
  actor: Actor,
  input: { phone?: string | null | undefined; email?: string | null | undefined },
) {
  const id = user.scope.graduateId;
  if (!id) throw new AppError('forbidden', '只有毕业生本人可以修改个人信息');
  const issues: Issue[] = [];
  const values: { phone_enc?: string | null; phone_index?: string | null; email?: string | null } = {};
  if (input.phone !== undefined) {
    if (input.phone === null || input.phone.trim() === '') {
      values.phone_enc = null;
      values.phone_index = null;
    } else {
      const check = validateMobile(input.phone);
      const normalized = normalizeMobile(input.phone);
      if (!check.valid || !normalized) issues.push({ path: 'phone', message: check.reason ?? '手机号无效' });
      else {
        values.phone_enc = deps.cipher.encrypt(normalized);
        values.phone_index = deps.cipher.blindIndex('phone', normalized);
      }
    }
  }
  if (input.email !== undefined) {
    const email = input.email?.trim() || null;
    if (email && (email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)))
      issues.push({ path: 'email', message: `邮箱格式不正确：${email.slice(0, 40)}` });
    else values.email = email;
  }
  if (issues.length) throw validationError(issues);
  await deps.db.transaction().execute(async (trx) => {
    await repo.updateContact(trx, id, values);
    await recordAudit(
      trx,
      actor,
      {
        action: 'graduate.update_contact',
        targetType: 'graduate',
        targetId: id,
        detail: { fields: Object.keys(input) },
      },
      deps.clock,
    );
  });
  return getGraduate(deps, user, id);
}

/** Colleges (with graduate counts) the user may see. */
export async function listColleges(db: Database, user: AuthUser, universityCode?: string) {
  const rows = await repo.collegesInScope(db, graduateScopeOf(user), universityCode);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    universityCode: r.university_code,
    graduateCount: r.graduate_count,
  }));
}

/** The roster record matching a registration attempt, or null when any part does not match. */
export async function findGraduateForRegistration(
  deps: Pick<Deps, 'db' | 'cipher'>,
  universityCode: string,
  studentNo: string,
  idNumber: string,
) {
  const g = await repo.findByStudentNo(deps.db, universityCode, studentNo);
  if (!g || g.id_number_index !== deps.cipher.blindIndex('id_number', idNumber)) return null;
  return { id: g.id, name: g.name, hasAccount: g.user_id !== null };
}

/** Applies an import's validated rows to the roster (the caller holds the transaction). */
export function applyStagedRoster(
  trx: Database,
  importId: string,
  universityCode: string,
  provinceCode: string,
) {
  return repo.upsertFromStaging(trx, importId, universityCode, provinceCode);
}
