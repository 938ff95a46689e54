/**
 * The token lifecycle, apart from the HTTP loop: which token is held, when it is refreshed
 * (before `expires_at`), single-flight (re-)authentication shared by concurrent callers, what a
 * 401 means for it, and which secrets every message must be scrubbed of. The provider asks it for
 * a valid token before each attempt and tells it about a 401; it sends the token request itself
 * through the provider's pipeline.
 */
import { authMethods, authScope, authSecrets, buildAuthBody, type AuthOptions, type TokenBody } from './auth.js';
import { AuthError, isHttpError } from './errors.js';
import type { Authenticator, IssuedToken, RequestSpec } from './provider.js';
import { redactJson, redactUrl } from './redact.js';
import type { ServiceResponse } from './response.js';
import { raceSignal } from './util.js';

/** A token held: its secret ID, its body, and when it expires and is refreshed (ms since the epoch). */
export interface TokenState {
  id: string;
  body: TokenBody;
  expiresAt: number;
  refreshAt: number;
}

/** Why a token is being fetched, as the `onAuthenticate` hook reports it. */
export type AuthReason = 'initial' | 'expiring' | 'unauthorized' | 'explicit';

/** What the keeper needs from its provider. */
export interface TokenKeeperInit {
  auth?: AuthOptions | undefined;
  authenticator?: Authenticator | undefined;
  /** The Keystone v3 root (ending in `/v3/`) or the authenticator's URL. */
  identityEndpoint: string;
  /** Sends a request without a token through the provider's pipeline. */
  send: (url: string, spec: RequestSpec) => Promise<ServiceResponse>;
  now: () => number;
  refreshMarginMs?: number | undefined;
  onAuthenticate?: ((event: { reason: AuthReason; expiresAt: string }) => void) | undefined;
}

/** Holds the provider's token and renews it. Internal to core. */
export class TokenKeeper {
  readonly #init: TokenKeeperInit;
  readonly #auth: AuthOptions | undefined;
  readonly #secrets: string[];
  readonly #baseSecrets: number;
  #token: TokenState | undefined;
  #inflight: Promise<TokenState> | undefined;

  constructor(init: TokenKeeperInit) {
    this.#init = init;
    this.#auth = init.auth === undefined ? undefined : { ...init.auth };
    this.#secrets = this.#auth === undefined ? [...(init.authenticator?.secrets ?? [])] : authSecrets(this.#auth);
    this.#baseSecrets = this.#secrets.length;
  }

  /** The token held, if any. */
  get current(): TokenState | undefined {
    return this.#token;
  }

  /** Secrets no message may show: the credentials and the tokens issued (the last 16). */
  get secrets(): readonly string[] {
    return this.#token === undefined ? this.#secrets : [...this.#secrets, this.#token.id];
  }

  /** The auth methods in use. */
  get methods(): string[] {
    return this.#auth === undefined ? [this.#init.authenticator?.method ?? 'external'] : authMethods(this.#auth);
  }

  /** The scope asked for, secrets redacted (`undefined` for an authenticator). */
  get scope(): unknown {
    return this.#auth === undefined ? undefined : redactJson(authScope(this.#auth));
  }

  /** Whether a new token can be had without the caller. */
  get canReauthenticate(): boolean {
    if (this.#auth === undefined) return this.#init.authenticator?.canReauthenticate !== false;
    if (this.#auth.allowReauth === false) return false;
    const methods = authMethods(this.#auth);
    // A token exchanged for a token cannot outlive the original; a fixed TOTP passcode is single-use.
    if (methods.length === 1 && methods[0] === 'token') return false;
    if (methods.includes('totp') && typeof this.#auth.passcode !== 'function') return false;
    return true;
  }

  /** Forgets the token; the next request authenticates again. */
  invalidate(): void {
    this.#token = undefined;
  }

  /** Authenticates now (again, when a token is held). */
  async authenticate(signal: AbortSignal | undefined): Promise<TokenState> {
    return raceSignal(this.#shared(this.#token === undefined ? 'initial' : 'explicit'), signal);
  }

  /** Why the token cannot be renewed, for messages. */
  renewHint(): string {
    if (this.#auth === undefined) return `the ${this.#init.authenticator?.method ?? 'external'} authenticator cannot run again`;
    if (this.#auth.allowReauth === false) return 'reauthentication is turned off (allowReauth: false)';
    if (typeof this.#auth.passcode === 'string') return 'a TOTP passcode is single-use; pass passcode as a function that returns a fresh one';
    return 'the provider was given only a token; give it credentials (password, application credential) to renew';
  }

  /** A token valid for now, refreshed ahead of expiry when possible. */
  async valid(signal: AbortSignal | undefined): Promise<TokenState> {
    const token = this.#token;
    const now = this.#init.now();
    if (token !== undefined && now < token.refreshAt) return token;
    if (token !== undefined && !this.canReauthenticate) {
      if (now < token.expiresAt) return token;
      throw new AuthError('cannot-renew', `The token expired at ${new Date(token.expiresAt).toISOString()} and cannot be renewed: ${this.renewHint()}`);
    }
    return raceSignal(this.#shared(token === undefined ? 'initial' : 'expiring'), signal);
  }

  /** After a 401 with `rejected`: refresh unless someone already did. */
  async afterUnauthorized(rejected: TokenState): Promise<TokenState> {
    if (this.#token !== undefined && this.#token.id !== rejected.id) return this.#token;
    if (this.#token?.id === rejected.id && this.#inflight === undefined) this.#token = undefined;
    return this.#shared('unauthorized');
  }

  /** Single-flight: every caller that needs a token while one is being fetched shares it. */
  async #shared(reason: AuthReason): Promise<TokenState> {
    this.#inflight ??= this.#fetchToken(reason).finally(() => {
      this.#inflight = undefined;
    });
    return this.#inflight;
  }

  async #fetchToken(reason: AuthReason): Promise<TokenState> {
    if (this.#auth === undefined) return this.#fetchExternalToken(reason);
    const body = await buildAuthBody(this.#auth);
    const url = `${this.#init.identityEndpoint}auth/tokens`;
    let response: ServiceResponse;
    try {
      response = await this.#init.send(url, { method: 'POST', path: url, json: body, skipAuth: true, idempotent: true, expectStatus: [201] });
    } catch (error) {
      if (!isHttpError(error)) throw error;
      if (reason !== 'initial' && reason !== 'explicit') throw new AuthError('reauth-failed', `Re-authentication failed: ${error.message}`, { cause: error });
      if (error.status === 401) throw new AuthError('rejected', `Authentication failed: ${error.message}`, { cause: error });
      throw error;
    }
    const id = response.headers.get('x-subject-token');
    const requestId = response.requestId;
    let parsed: unknown;
    try {
      parsed = await response.json();
    } catch (error) {
      throw new AuthError('invalid-token-response', `POST ${url}: 201 with a body that is not JSON (${requestId ?? 'no request id'})`, { cause: error });
    }
    const tokenBody = (parsed as { token?: TokenBody } | null)?.token;
    const expiresAt = tokenBody === undefined ? Number.NaN : Date.parse(tokenBody.expires_at);
    if (id === null || id === '' || tokenBody === undefined || Number.isNaN(expiresAt)) {
      throw new AuthError(
        'invalid-token-response',
        `POST ${url}: 201 without ${id === null || id === '' ? 'an X-Subject-Token header' : 'a token body with expires_at'} (${requestId ?? 'no request id'})`,
      );
    }
    return this.#hold(id, tokenBody, expiresAt, reason);
  }

  /** Runs the {@link Authenticator} and checks what it returns. */
  async #fetchExternalToken(reason: AuthReason): Promise<TokenState> {
    const authenticator = this.#init.authenticator;
    if (authenticator === undefined) throw new AuthError('invalid-token-response', 'No authenticator');
    let issued: IssuedToken;
    try {
      issued = await authenticator.authenticate({
        send: async (url, spec) => this.#init.send(url, { ...spec, skipAuth: true }),
        now: () => this.#init.now(),
      });
    } catch (error) {
      if (!isHttpError(error)) throw error;
      if (reason !== 'initial' && reason !== 'explicit') throw new AuthError('reauth-failed', `Re-authentication failed: ${error.message}`, { cause: error });
      if (error.status === 401) throw new AuthError('rejected', `Authentication failed: ${error.message}`, { cause: error });
      throw error;
    }
    const expiresAt = Date.parse(issued.body.expires_at);
    if (typeof issued.id !== 'string' || issued.id === '' || Number.isNaN(expiresAt)) {
      throw new AuthError('invalid-token-response', `${authenticator.method} at ${redactUrl(authenticator.url)} gave no token or no expires_at`);
    }
    return this.#hold(issued.id, issued.body, expiresAt, reason);
  }

  /** Holds a new token: its refresh time, and its ID among the secrets to scrub. */
  #hold(id: string, tokenBody: TokenBody, expiresAt: number, reason: AuthReason): TokenState {
    const issuedAt = tokenBody.issued_at === undefined ? this.#init.now() : Date.parse(tokenBody.issued_at);
    const lifetime = Math.max(0, expiresAt - (Number.isNaN(issuedAt) ? this.#init.now() : issuedAt));
    const margin = Math.min(this.#init.refreshMarginMs ?? 60_000, lifetime / 4);
    const state: TokenState = { id, body: tokenBody, expiresAt, refreshAt: expiresAt - margin };
    this.#token = state;
    this.#secrets.push(id);
    if (this.#secrets.length > this.#baseSecrets + 16) this.#secrets.splice(this.#baseSecrets, 1);
    this.#init.onAuthenticate?.({ reason, expiresAt: tokenBody.expires_at });
    return state;
  }
}
