/**
 * Form POST signatures computed independently of this package, with Python's `hmac` over the body
 * Swift 2.30's formpost middleware checks, `'%s\n%s\n%s\n%s\n%s' % (path, redirect or '',
 * max_file_size, max_file_count, expires)` (key and body UTF-8; the path as Swift decodes it), and
 * for sha512 formatted as `'sha512:' + base64.urlsafe_b64encode(mac)`, checked to round-trip through
 * Swift's `extract_digest_and_algorithm`. Script: /tmp/rec-tempurl/vectors.py, run with
 * /usr/bin/python3 on the local cloud's host. The keys are test values, set on no cloud.
 */

export const EXPIRES = 4102444800; // 2100-01-01T00:00:00Z
export const KEY = 'rec-secret-key';
export const KEY_UTF8 = 'clé-ключ';

interface Vector {
  signedPath: string;
  redirect: string;
  maxFileSize: number;
  maxFileCount: number;
  key: string;
  digest: 'sha1' | 'sha256' | 'sha512';
  expires: number;
  signature: string;
}

export const formSha256: Vector = {
  signedPath: '/v1/AUTH_rec/rec-container/uploads/',
  redirect: 'https://example.com/done?x=1',
  maxFileSize: 1048576,
  maxFileCount: 2,
  key: 'rec-secret-key',
  digest: 'sha256',
  expires: 4102444800,
  signature: 'a2724eb96ada84a542e73550f919c9bb69d02211c55b862a0a0ab70f2b3633ae',
};

/** Without a redirect, its line in the signed body is empty. */
export const formSha512NoRedirect: Vector = {
  signedPath: '/v1/AUTH_rec/rec-container/uploads/',
  redirect: '',
  maxFileSize: 1024,
  maxFileCount: 1,
  key: 'rec-secret-key',
  digest: 'sha512',
  expires: 4102444800,
  signature: 'sha512:KraZaUkI6UNRVG1IBTfHVut40XRSHuN_eQvTowkpI-3xbOpFsL9k42fifBiJsnxXXnccxAoHWYKbc_wORFJIrw==',
};

/** A prefix with a space and a non-ASCII letter is signed decoded. */
export const formSha1Utf8Prefix: Vector = {
  signedPath: '/v1/AUTH_rec/rec-container/ü dir/',
  redirect: '',
  maxFileSize: 10,
  maxFileCount: 5,
  key: 'clé-ключ',
  digest: 'sha1',
  expires: 4102444800,
  signature: 'af844305b02db0dc3116c059beffa9e6e22f9500',
};
