import { randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import { AppSetting } from '../modules/account/account.entity.js';

export interface TokenClaims {
  accountId: number;
  tokenVersion: number;
}

const SECRET_KEY = 'auth.tokenSecret';

/**
 * Signed, expiring session tokens (HS256 JWT). The key is AUTH_SECRET when set, else one made
 * on first use and kept in the database, so that every instance and restart accepts the same
 * tokens. Logging out raises the account's token version, which ends every token issued before.
 */
export class TokenService {
  private key: Promise<Uint8Array> | null = null;

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    readonly ttlMinutes: number,
    private readonly configuredSecret: string | undefined = process.env.AUTH_SECRET,
  ) {}

  async issue(claims: TokenClaims): Promise<{ token: string; expiresAt: Date }> {
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.ttlMinutes * 60_000);
    const token = await new SignJWT({ tv: claims.tokenVersion })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(claims.accountId))
      .setIssuedAt(Math.floor(now.getTime() / 1000))
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(await this.secret());
    return { token, expiresAt };
  }

  /** The claims of a valid, unexpired token, or null. Expiry is judged by the application clock. */
  async verify(token: string): Promise<TokenClaims | null> {
    try {
      const { payload } = await jwtVerify(token, await this.secret(), {
        algorithms: ['HS256'],
        currentDate: this.clock.now(),
      });
      const accountId = Number(payload.sub);
      if (!Number.isInteger(accountId) || typeof payload.tv !== 'number') return null;
      return { accountId, tokenVersion: payload.tv };
    } catch {
      return null;
    }
  }

  private secret(): Promise<Uint8Array> {
    this.key ??= this.loadSecret();
    return this.key;
  }

  private async loadSecret(): Promise<Uint8Array> {
    if (this.configuredSecret) return new TextEncoder().encode(this.configuredSecret);
    const value = await this.db.transaction(async (m) => {
      const existing = await m.findOneBy(AppSetting, { key: SECRET_KEY });
      if (existing) return existing.value;
      const fresh = randomBytes(48).toString('base64');
      await m.insert(AppSetting, { key: SECRET_KEY, value: fresh });
      return fresh;
    });
    return new TextEncoder().encode(value);
  }
}
