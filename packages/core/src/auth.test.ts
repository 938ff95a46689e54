import { describe, expect, it } from '@jest/globals';
import { authMethods, buildAuthBody, identityV3Url } from './auth.js';
import { isInvalidInputError } from './errors.js';

const url = 'https://keystone.example.com:5000/v3';

describe('buildAuthBody', () => {
  it('password by user ID, project scope by ID', async () => {
    expect(await buildAuthBody({ authUrl: url, userId: 'u1', password: 'pw', projectId: 'p1' })).toEqual({
      auth: { identity: { methods: ['password'], password: { user: { id: 'u1', password: 'pw' } } }, scope: { project: { id: 'p1' } } },
    });
  });

  it('password by user name and domain name, project by name and domain ID', async () => {
    expect(
      await buildAuthBody({ authUrl: url, username: 'demo', userDomainName: 'Default', password: 'pw', projectName: 'demo', projectDomainId: 'default' }),
    ).toEqual({
      auth: {
        identity: { methods: ['password'], password: { user: { name: 'demo', domain: { name: 'Default' }, password: 'pw' } } },
        scope: { project: { name: 'demo', domain: { id: 'default' } } },
      },
    });
  });

  it('token with domain scope by name', async () => {
    expect(await buildAuthBody({ authUrl: url, token: 'tok', domainName: 'Default' })).toEqual({
      auth: { identity: { methods: ['token'], token: { id: 'tok' } }, scope: { domain: { name: 'Default' } } },
    });
  });

  it('application credential by ID carries no scope', async () => {
    expect(await buildAuthBody({ authUrl: url, applicationCredentialId: 'ac', applicationCredentialSecret: 's' })).toEqual({
      auth: { identity: { methods: ['application_credential'], application_credential: { id: 'ac', secret: 's' } } },
    });
  });

  it('application credential by name needs the user', async () => {
    expect(
      await buildAuthBody({ authUrl: url, applicationCredentialName: 'ci', username: 'demo', userDomainId: 'default', applicationCredentialSecret: 's' }),
    ).toEqual({
      auth: {
        identity: {
          methods: ['application_credential'],
          application_credential: { name: 'ci', user: { name: 'demo', domain: { id: 'default' } }, secret: 's' },
        },
      },
    });
    await expect(buildAuthBody({ authUrl: url, applicationCredentialName: 'ci', applicationCredentialSecret: 's' })).rejects.toThrow(/userId/);
  });

  it('refuses a scope with an application credential', async () => {
    await expect(buildAuthBody({ authUrl: url, applicationCredentialId: 'ac', applicationCredentialSecret: 's', projectId: 'p' })).rejects.toThrow(
      /carries its own scope/,
    );
  });

  it('TOTP alone, with a passcode function called on each build', async () => {
    let n = 0;
    const passcode = (): string => String(123456 + n++);
    const first = await buildAuthBody({ authUrl: url, userId: 'u1', passcode, system: 'all' });
    const second = await buildAuthBody({ authUrl: url, userId: 'u1', passcode, system: 'all' });
    expect(first).toEqual({
      auth: { identity: { methods: ['totp'], totp: { user: { id: 'u1', passcode: '123456' } } }, scope: { system: { all: true } } },
    });
    expect((second.auth.identity as { totp: { user: { passcode: string } } }).totp.user.passcode).toBe('123457');
  });

  it('password and TOTP together make a multi-factor request', async () => {
    const body = await buildAuthBody({ authUrl: url, userId: 'u1', password: 'pw', passcode: '000111', trustId: 't1' });
    expect(body).toEqual({
      auth: {
        identity: {
          methods: ['password', 'totp'],
          password: { user: { id: 'u1', password: 'pw' } },
          totp: { user: { id: 'u1', passcode: '000111' } },
        },
        scope: { 'OS-TRUST:trust': { id: 't1' } },
      },
    });
  });

  it('explicit unscoped asks Keystone not to use the default project', async () => {
    expect((await buildAuthBody({ authUrl: url, userId: 'u', password: 'p', unscoped: true })).auth.scope).toBe('unscoped');
    expect((await buildAuthBody({ authUrl: url, userId: 'u', password: 'p' })).auth.scope).toBeUndefined();
  });

  it('rejects bad input before any request, naming the field and never the secret', async () => {
    const cases: [Parameters<typeof buildAuthBody>[0], RegExp][] = [
      [{ authUrl: url }, /No credentials/],
      [{ authUrl: url, username: 'demo', password: 'hunter2' }, /userDomainId or userDomainName/],
      [{ authUrl: url, userId: 'u', password: 'hunter2', projectName: 'p' }, /projectDomainId or projectDomainName/],
      [{ authUrl: url, userId: 'u', password: 'hunter2', projectId: 'p', domainId: 'd' }, /one scope.*project and domain/],
      [{ authUrl: url, userId: 'u', password: 'hunter2', methods: ['totp'] }, /passcode/],
    ];
    for (const [options, message] of cases) {
      const error: unknown = await buildAuthBody(options).then(() => undefined, (e: unknown) => e);
      expect(isInvalidInputError(error)).toBe(true);
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('hunter2');
    }
  });

  it('infers methods', () => {
    expect(authMethods({ authUrl: url, token: 't' })).toEqual(['token']);
    expect(authMethods({ authUrl: url, token: 't', password: 'p' })).toEqual(['password']);
    expect(authMethods({ authUrl: url, methods: ['token', 'totp'] })).toEqual(['token', 'totp']);
  });
});

describe('identityV3Url', () => {
  it('normalises to the /v3/ root', () => {
    expect(identityV3Url('http://127.0.0.1:5000/v3')).toBe('http://127.0.0.1:5000/v3/');
    expect(identityV3Url('http://127.0.0.1:5000/v3/')).toBe('http://127.0.0.1:5000/v3/');
    expect(identityV3Url('http://127.0.0.1:5000')).toBe('http://127.0.0.1:5000/v3/');
    expect(identityV3Url('https://cloud.example.com/identity/')).toBe('https://cloud.example.com/identity/v3/');
  });

  it('says Keystone v2.0 is not supported', () => {
    expect(() => identityV3Url('http://127.0.0.1:5000/v2.0')).toThrow(/v2\.0 is not supported/);
    expect(() => identityV3Url('not a url')).toThrow(/not a URL/);
    expect(() => identityV3Url('ftp://x/v3')).toThrow(/http or https/);
  });
});
