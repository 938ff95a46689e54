/**
 * Temp URL signatures computed independently of this package, with Swift 2.30's own
 * `swift.common.digest.get_hmac` (the function the tempurl middleware checks with), cross-checked
 * against Python's `hmac` on the body `[ip=<range>\n]<method>\n<expires>\n<path>` (key and body UTF-8),
 * and for sha512 formatted as `'sha512:' + base64.urlsafe_b64encode(mac)`, checked to round-trip
 * through Swift's `extract_digest_and_algorithm`. Script: /tmp/rec-tempurl/vectors.py, run with
 * /usr/bin/python3 on the local cloud's host. The keys are test values, set on no cloud.
 */

/** 2100-01-01T00:00:00Z, in seconds: far enough in the future for the vectors to stay valid. */
export const EXPIRES = 4102444800;
export const KEY = 'rec-secret-key';
export const KEY_UTF8 = 'clé-ключ';

interface Vector {
  method: string;
  signedPath: string;
  key: string;
  digest: 'sha1' | 'sha256' | 'sha512';
  ipRange: string | null;
  expires: number;
  signature: string;
}

export const getSha256: Vector = {
  method: 'GET',
  signedPath: '/v1/AUTH_rec/rec-container/rec-object.txt',
  key: 'rec-secret-key',
  digest: 'sha256',
  ipRange: null,
  expires: 4102444800,
  signature: 'c3e50b0cbbf5791ad55ca74d89c29b609a0c68b748291057ef581d83c5feb419',
};

export const getSha512: Vector = {
  method: 'GET',
  signedPath: '/v1/AUTH_rec/rec-container/rec-object.txt',
  key: 'rec-secret-key',
  digest: 'sha512',
  ipRange: null,
  expires: 4102444800,
  signature: 'sha512:SvnU3et62Fk6VhPkHz08-wq0MCJML1iHrEDp2yZoWKiFoM5Gd4r09TKE-9c5_yZ5N0U4R95QrNnKAydK0SWASw==',
};

export const getSha1: Vector = {
  method: 'GET',
  signedPath: '/v1/AUTH_rec/rec-container/rec-object.txt',
  key: 'rec-secret-key',
  digest: 'sha1',
  ipRange: null,
  expires: 4102444800,
  signature: 'de6f3b1ed1b05ae19328bdec7ea53ab4aa963e5a',
};

/** The path is signed as Swift decodes it: a space and a non-ASCII letter, not their %-escapes. */
export const putDecodedName: Vector = {
  method: 'PUT',
  signedPath: '/v1/AUTH_rec/rec-container/dir/a b ü.txt',
  key: 'rec-secret-key',
  digest: 'sha256',
  ipRange: null,
  expires: 4102444800,
  signature: 'a0eca5abbc0462cb3b9e1ca11af93e407b1c6be9608925b4255c85ba6dba045b',
};

export const headUtf8Key: Vector = {
  method: 'HEAD',
  signedPath: '/v1/AUTH_rec/rec-container/rec-object.txt',
  key: 'clé-ключ',
  digest: 'sha256',
  ipRange: null,
  expires: 4102444800,
  signature: '6978e219695df734be21b9b115a653631f8bdcb606f08ed6d40e31e4b5d82a8e',
};

export const postSha256: Vector = {
  method: 'POST',
  signedPath: '/v1/AUTH_rec/rec-container/rec-object.txt',
  key: 'rec-secret-key',
  digest: 'sha256',
  ipRange: null,
  expires: 4102444800,
  signature: '2ff37b4cecf3a2f023c8a97eda1e76eb4c2fd69460797fdfa272503a7544beed',
};

export const deleteSha512: Vector = {
  method: 'DELETE',
  signedPath: '/v1/AUTH_rec/rec-container/rec-object.txt',
  key: 'rec-secret-key',
  digest: 'sha512',
  ipRange: null,
  expires: 4102444800,
  signature: 'sha512:dFmIhXmosnA-PjY6E1sX-0ZSDHFl8xw6uDDqEbOj_JmSbx6-I2c7iNjQASJoth_LbkbSG6zB8NTo_e6dswhIzw==',
};

export const prefixGet: Vector = {
  method: 'GET',
  signedPath: 'prefix:/v1/AUTH_rec/rec-container/pre/',
  key: 'rec-secret-key',
  digest: 'sha256',
  ipRange: null,
  expires: 4102444800,
  signature: 'df844a2a720baf59fcbc8af564dc31036d28cc1a95b5fcd334979ad4ef1c2500',
};

export const ipRangeGet: Vector = {
  method: 'GET',
  signedPath: '/v1/AUTH_rec/rec-container/rec-object.txt',
  key: 'rec-secret-key',
  digest: 'sha256',
  ipRange: '127.0.0.0/8',
  expires: 4102444800,
  signature: 'a4c2137c7aba4837b9e082c290b3bfb2d9bc757d2dc78a1c9d4347b7bfe34cd2',
};

/** The empty prefix covers the whole container. */
export const ipv6PrefixGet: Vector = {
  method: 'GET',
  signedPath: 'prefix:/v1/AUTH_rec/rec-container/',
  key: 'rec-secret-key',
  digest: 'sha512',
  ipRange: '2001:db8::/32',
  expires: 4102444800,
  signature: 'sha512:YkzkHzGweafXjnwfyAUwyQg2gamR_YaoMyGydqoVnEbLuSa-5WWAgcamHPCLIZyX6lqtnxFDjkLU7-4fcukaKg==',
};
