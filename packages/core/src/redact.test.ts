import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { REDACTED, redactHeaders, redactJson, redactText, redactUrl } from './redact.js';

describe('redaction', () => {
  it('redacts secret headers whatever their case', () => {
    expect(
      redactHeaders(new Headers({ 'X-Auth-Token': 'a', 'x-subject-token': 'b', 'X-Account-Meta-Temp-URL-Key': 'c', Accept: 'application/json' })),
    ).toEqual({ 'x-auth-token': REDACTED, 'x-subject-token': REDACTED, 'x-account-meta-temp-url-key': REDACTED, accept: 'application/json' });
  });

  it('redacts temp URL signatures and credentials in URLs', () => {
    expect(redactUrl('https://u:p@swift.example.com/v1/AUTH_x/c/o?temp_url_sig=abc&temp_url_expires=1')).toBe(
      'https://***@swift.example.com/v1/AUTH_x/c/o?temp_url_sig=***&temp_url_expires=1',
    );
    expect(redactUrl('not a url?token=abc')).toBe('not a url?***');
  });

  it('redacts passwords, secrets, passcodes and token ids in JSON', () => {
    const body = {
      auth: {
        identity: {
          methods: ['password', 'totp', 'token', 'application_credential'],
          password: { user: { name: 'demo', password: 'pw' } },
          totp: { user: { id: 'u', passcode: '123456' } },
          token: { id: 'tok' },
          application_credential: { id: 'ac', secret: 'sec' },
        },
      },
      server: { adminPass: 'root', name: 'vm', key_name: 'k' },
      keypair: { private_key: 'PRIVATE', public_key: 'ssh-rsa' },
      accept: { auth_key: 'TRANSFERKEY' },
    };
    const text = JSON.stringify(redactJson(body));
    for (const secret of ['"pw"', '123456', 'tok"', 'sec"', 'root', 'PRIVATE', 'TRANSFERKEY']) expect(text).not.toContain(secret);
    expect(text).toContain('"name":"demo"');
    expect(text).toContain('"key_name":"k"');
    expect(text).toContain('ssh-rsa');
  });

  it('property: no string placed under a secret key survives redactJson', () => {
    const secretKey = fc.constantFrom('password', 'adminPass', 'secret', 'passcode', 'new_password', 'original_password', 'private_key', 'temp_url_key', 'auth_key');
    const leaf = fc.string({ minLength: 6 }).map((s) => `S3cr!t${s}`);
    const tree = fc.letrec<{ node: unknown }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.record({ k: secretKey, v: leaf }).map(({ k, v }) => ({ [k]: v })),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(fc.string({ maxLength: 5 }), tie('node'), { maxKeys: 3 }),
      ),
    })).node;
    fc.assert(
      fc.property(tree, (value) => {
        expect(JSON.stringify(redactJson(value))).not.toContain('S3cr!t');
      }),
    );
  });

  it('property: redactUrl never lets a temp URL signature through', () => {
    fc.assert(
      fc.property(fc.webUrl(), fc.string({ minLength: 1 }), (url, sig) => {
        const signed = `${url}${url.includes('?') ? '&' : '?'}temp_url_sig=${encodeURIComponent(`SIG${sig}`)}`;
        expect(redactUrl(signed)).not.toContain(encodeURIComponent(`SIG${sig}`));
      }),
    );
  });

  it('redactText removes known secret values from free text', () => {
    expect(redactText('token abcdef was rejected', ['abcdef', 'x'])).toBe('token *** was rejected');
  });
});
