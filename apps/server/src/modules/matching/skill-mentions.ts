import type { Database } from '../../db';
import * as repo from './matching.repository';
import { skillTsQuery, type MentionsLookup } from './ranking';

/** Postings held across all kept skills; beyond it the cache starts over (bounded memory). */
const MAX_HELD = 3_000_000;
/** A kept answer is asked again after this long, so postings taken down leave memory. */
const MAX_AGE_MS = 30 * 60_000;

/**
 * Which postings mention a skill, asked of the GIN index on posting text once per skill and kept:
 * résumés repeat the same skills (Excel, Python, 普通话), and detoasting the text of every shortlisted
 * posting per request is what made skills slow. A kept answer covers postings published up to the
 * moment it was asked; a posting published (or re-published after an edit) since is checked
 * directly, so answers are always exact.
 */
export function createSkillMentions(db: Database): MentionsLookup {
  const kept = new Map<string, { at: number; ids: Set<string> }>();
  let held = 0;
  const answer = async (query: string) => {
    const found = kept.get(query);
    if (found && Date.now() - found.at < MAX_AGE_MS) {
      kept.delete(query); // most recently used last, so clearing order follows use
      kept.set(query, found);
      return found;
    }
    if (found) {
      kept.delete(query);
      held -= found.ids.size;
    }
    const { at, ids } = await repo.postingsMatchingText(db, query);
    const entry = { at: at.getTime(), ids: new Set(ids) };
    if (held + entry.ids.size > MAX_HELD) {
      kept.clear();
      held = 0;
    }
    kept.set(query, entry);
    held += entry.ids.size;
    return entry;
  };
  return async (postings, skills) => {
    const queries = skills.map(skillTsQuery);
    const entries: { at: number; ids: Set<string> }[] = [];
    for (const query of queries) entries.push(await answer(query));
    const oldest = Math.min(...entries.map((e) => e.at));
    const newer = postings.filter((p) => p.publishedAt.getTime() >= oldest);
    const direct = await repo.textMatches(
      db,
      newer.map((p) => p.id),
      queries,
    );
    return (posting, skill) => {
      const i = skills.indexOf(skill);
      const entry = entries[i];
      if (!entry) return false;
      const checked = posting.publishedAt.getTime() >= entry.at ? direct.get(posting.id) : undefined;
      return checked ? checked[i] === true : entry.ids.has(posting.id);
    };
  };
}
