import type { Validator } from 'react-admin';

/** The server's rule (server/src/auth/password.ts), checked here first so it shows while typing. */
export const MIN_PASSWORD_LENGTH = 8;

/** At least the minimum length and, when the username is known, different from it. */
export function passwordStrength(username?: string | null): Validator {
  return (value: unknown) => {
    if (!value) return undefined;
    const text = String(value);
    if (text.length < MIN_PASSWORD_LENGTH) return { message: 'app.password.tooShort', args: { min: MIN_PASSWORD_LENGTH } };
    if (username && text.trim().toLowerCase() === username.toLowerCase()) return 'app.password.sameAsUsername';
    return undefined;
  };
}
