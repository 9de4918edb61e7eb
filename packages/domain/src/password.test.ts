import { describe, expect, it } from 'vitest';
import { passwordChecks, passwordProblems } from './password';

describe('password rules', () => {
  it('accepts a long password with three character classes', () => {
    expect(passwordProblems('Jiuye@2026demo', 'career')).toEqual([]);
  });

  it('reports every broken rule at once', () => {
    expect(passwordProblems('abc', 'abc')).toHaveLength(3);
  });

  it('refuses a password containing the username, in any case', () => {
    expect(passwordChecks('xxCAREER2026!', 'career').notUsername).toBe(false);
    expect(passwordChecks('xxCAREER2026!', undefined).notUsername).toBe(true);
  });

  it('counts lengths at both bounds', () => {
    expect(passwordChecks('Aa1!Aa1!Aa', '').length).toBe(true);
    expect(passwordChecks('Aa1!Aa1!A', '').length).toBe(false);
    expect(passwordChecks('Aa1!'.repeat(33), '').length).toBe(false);
  });
});
