/** Password rules shared by the server (enforced) and the web (shown while typing). */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

/** Each rule and whether the password meets it (the web shows these as a live checklist). */
export interface PasswordChecks {
  length: boolean;
  classes: boolean;
  notUsername: boolean;
}

/** Evaluates every password rule. */
export function passwordChecks(password: string, username?: string): PasswordChecks {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  const name = username?.trim().toLowerCase();
  return {
    length: password.length >= PASSWORD_MIN && password.length <= PASSWORD_MAX,
    classes: classes >= 3,
    notUsername: !name || !password.toLowerCase().includes(name),
  };
}

/** Every rule the password breaks, as Chinese messages; empty when it is acceptable. */
export function passwordProblems(password: string, username?: string): string[] {
  const checks = passwordChecks(password, username);
  const problems: string[] = [];
  if (!checks.length) problems.push(`密码长度须为 ${PASSWORD_MIN}–${PASSWORD_MAX} 个字符`);
  if (!checks.classes) problems.push('密码须包含小写字母、大写字母、数字、符号中的至少三类');
  if (!checks.notUsername) problems.push('密码不能包含用户名');
  return problems;
}
