/** Password rules shared by the server (enforced) and the web (shown while typing). */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

/** Every rule the password breaks, as Chinese messages; empty when it is acceptable. */
export function passwordProblems(password: string, username?: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN) problems.push(`密码至少 ${PASSWORD_MIN} 个字符`);
  if (password.length > PASSWORD_MAX) problems.push(`密码最多 ${PASSWORD_MAX} 个字符`);
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) problems.push('密码须包含小写字母、大写字母、数字、符号中的至少三类');
  if (username && password.toLowerCase().includes(username.toLowerCase()))
    problems.push('密码不能包含用户名');
  return problems;
}
