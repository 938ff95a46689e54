/**
 * Redaction of secrets in headers, URLs and JSON bodies. Every error message, hook payload and
 * debug string the SDK produces passes through these functions first.
 */

/** What a redacted value is replaced with. */
export const REDACTED = '***';

const SECRET_HEADERS = new Set([
  'x-auth-token',
  'x-subject-token',
  'x-service-token',
  'x-storage-token',
  'x-auth-key',
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-account-meta-temp-url-key',
  'x-account-meta-temp-url-key-2',
  'x-container-meta-temp-url-key',
  'x-container-meta-temp-url-key-2',
  'x-remove-account-meta-temp-url-key',
  'x-remove-container-meta-temp-url-key',
]);

const SECRET_QUERY = /^(temp_url_sig|signature|sig|token|password|secret|passcode|x-amz-signature|api_key|apikey)$/i;

/** True when a header of this name carries a secret (tokens, temp URL keys, cookies). */
export function isSecretHeader(name: string): boolean {
  return SECRET_HEADERS.has(name.toLowerCase());
}

/** Returns a plain object of the headers with every secret value replaced by `***`. */
export function redactHeaders(headers: Headers | Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers === undefined) return out;
  const put = (value: string, name: string): void => {
    out[name.toLowerCase()] = isSecretHeader(name) ? REDACTED : value;
  };
  // A Headers (the platform's or one with its interface) by its forEach; the global `Headers` is
  // not touched, since in Node that loads undici.
  if (typeof (headers as Partial<Headers>).forEach === 'function') (headers as Headers).forEach(put);
  else for (const [name, value] of Object.entries(headers as Record<string, string>)) put(value, name);
  return out;
}

/**
 * Returns the URL with credentials in its user info and secret query parameters (temp URL
 * signatures, tokens, passwords) replaced by `***`. Unparseable input is returned with any
 * query string removed, so a secret can never slip through a malformed URL.
 */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    const q = url.indexOf('?');
    return q === -1 ? url : `${url.slice(0, q)}?${REDACTED}`;
  }
  if (parsed.username !== '' || parsed.password !== '') {
    parsed.username = REDACTED;
    parsed.password = '';
  }
  if (parsed.search !== '') {
    const params = new URLSearchParams(parsed.search);
    let changed = false;
    for (const key of new Set(params.keys())) {
      if (SECRET_QUERY.test(key)) {
        params.set(key, REDACTED);
        changed = true;
      }
    }
    if (changed) parsed.search = params.toString().replaceAll('%2A', '*');
  }
  return parsed.toString();
}

const SECRET_KEY = /pass(word|code|phrase)?$|^adminpass$|secret|^token$|^private_key$|temp_url_key|^key$|^auth_key$|^credential$|^blob$/i;

/**
 * Returns a deep copy of a JSON value in which every secret-looking field (passwords, secrets,
 * TOTP passcodes, tokens, private keys, volume transfer `auth_key`s, credential blobs) is replaced by `***`. A Keystone
 * `token` object keeps its shape but loses its `id`.
 */
export function redactJson(value: unknown, depth = 0): unknown {
  if (depth > 32) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redactJson(item, depth + 1));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (key === 'token' && item !== null && typeof item === 'object' && !Array.isArray(item)) {
      const inner = redactJson(item, depth + 1) as Record<string, unknown>;
      if ('id' in inner) inner.id = REDACTED;
      out[key] = inner;
    } else if (SECRET_KEY.test(key) && item !== null && item !== undefined && typeof item !== 'boolean' && (typeof item !== 'object' || Array.isArray(item))) {
      out[key] = REDACTED;
    } else {
      out[key] = redactJson(item, depth + 1);
    }
  }
  return out;
}

/**
 * Removes known secret values from free text (an error body that echoes a token back, say).
 * Used on every service message before it reaches an error.
 */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  // Keystone echoes tokens it cannot find ("Could not find token: gAAAAA…"); Fernet tokens have
  // this recognisable shape, whoever's token it is.
  return out.replace(FERNET, REDACTED);
}

const FERNET = /gAAAAA[A-Za-z0-9_-]{40,}={0,2}/g;
