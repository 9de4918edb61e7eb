import { sql, type RawBuilder } from 'kysely';
import { indexTokens, queryTokens, toTsQuery, toTsVector } from '@jiuye/domain/search/tokens';

/** The searchable text of a posting: title (weight A), organisation (B), body (C). */
export interface SearchableText {
  title: string;
  organisationName: string;
  description: string;
  requirements: string | null;
}

/**
 * The posting's tsvector, from a literal of weighted, positioned lexemes, so the database never
 * parses Chinese (its text-search parser depends on the server locale; ours does not).
 */
export function postingSearchVector(p: SearchableText): RawBuilder<unknown> {
  const literal = toTsVector([
    { tokens: indexTokens(p.title), weight: 'A' },
    { tokens: indexTokens(p.organisationName), weight: 'B' },
    { tokens: indexTokens(`${p.description}\n${p.requirements ?? ''}`), weight: 'C' },
  ]);
  return sql`${literal}::tsvector`;
}

/** The tsquery for a search box entry, or null when it has no letters or digits. */
export function postingSearchQuery(q: string): string | null {
  const tokens = queryTokens(q);
  return tokens.length > 0 ? toTsQuery(tokens) : null;
}
