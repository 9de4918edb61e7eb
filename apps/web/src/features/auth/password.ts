/** Result of each password rule of docs/API.md, for the live checklist. */
export interface PasswordCheck {
  length: boolean;
  classes: boolean;
  notUsername: boolean;
}

/** Mirrors the server's rules so users see what is missing before submitting; the server stays authoritative. */
export function checkPassword(password: string, username: string): PasswordCheck {
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length;
  return {
    length: password.length >= 10 && password.length <= 128,
    classes: classes >= 3,
    notUsername: password.length > 0 && password.toLowerCase() !== username.trim().toLowerCase(),
  };
}

/** True when every rule passes. */
export function isPasswordAcceptable(password: string, username: string): boolean {
  const check = checkPassword(password, username);
  return check.length && check.classes && check.notUsername;
}
