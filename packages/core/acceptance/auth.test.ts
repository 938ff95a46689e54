import { randomUUID } from 'node:crypto';
import { inspect } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import { adminProvider, describeAsAdmin, memberProvider, uniqueName, useCleanup } from '@openstack-ts/acceptance';
import {
  authenticate,
  createServiceClient,
  isAuthError,
  isEndpointNotFoundError,
  isHttpError,
  type AuthError,
  type AuthOptions,
  type ProviderClient,
  type RequestEvent,
  type TokenBody,
} from '@openstack-ts/core';
import { expectServiceFault, httpErrorOf, passwordCredentials } from './helpers.js';

const cleanup = useCleanup();

/** Authenticates with `auth` and returns the provider and the (redacted) body of its one token request. */
async function authenticateRecording(auth: AuthOptions): Promise<{ provider: ProviderClient; body: TokenBody; sent: unknown }> {
  const events: RequestEvent[] = [];
  const provider = await authenticate({
    auth,
    hooks: {
      onRequest: (event) => {
        events.push(event);
      },
    },
  });
  const tokenRequests = events.filter((event) => event.method === 'POST' && event.url.endsWith('/v3/auth/tokens'));
  expect(tokenRequests).toHaveLength(1);
  const body = provider.token?.body;
  if (body === undefined) throw new Error('authenticate() resolved without a token');
  return { provider, body, sent: tokenRequests[0]?.json };
}

/** The member's token body (user, project and their domains), from the harness's provider. */
async function memberToken(): Promise<TokenBody & { project: NonNullable<TokenBody['project']> }> {
  const body = (await memberProvider()).token?.body;
  if (body?.project === undefined) throw new Error('The member cloud should give a project-scoped token');
  return { ...body, project: body.project };
}

describe('Keystone v3 auth against the real Keystone', () => {
  it('password by user name and domain, project scope by name (the member cloud)', async () => {
    const provider = await memberProvider();
    const token = provider.token;
    expect(token?.body.methods).toEqual(['password']);
    expect(token?.body.project?.name).toBeDefined();
    expect(token?.expiresAt.getTime()).toBeGreaterThan(Date.now());
    expect(provider.catalog.length).toBeGreaterThan(0);
  });
});

describe('password method', () => {
  it('authenticates by user name and user domain name', async () => {
    const member = await memberToken();
    const { authUrl, password } = await passwordCredentials('member');
    const username = member.user.name ?? '';
    const domainName = member.user.domain?.name ?? '';
    const { body, sent } = await authenticateRecording({
      authUrl,
      username,
      userDomainName: domainName,
      password,
      projectName: member.project.name,
      projectDomainName: member.project.domain?.name,
    });
    expect(sent).toEqual({
      auth: {
        identity: { methods: ['password'], password: { user: { name: username, domain: { name: domainName }, password: '***' } } },
        scope: { project: { name: member.project.name, domain: { name: member.project.domain?.name } } },
      },
    });
    expect(body.methods).toEqual(['password']);
    expect(body.user.id).toBe(member.user.id);
    expect(body.user.name).toBe(username);
    expect(body.project?.id).toBe(member.project.id);
  });

  it('authenticates by user name and user domain ID', async () => {
    const member = await memberToken();
    const { authUrl, password } = await passwordCredentials('member');
    const domainId = member.user.domain?.id ?? '';
    const { body, sent } = await authenticateRecording({
      authUrl,
      username: member.user.name,
      userDomainId: domainId,
      password,
      projectId: member.project.id,
    });
    expect(sent).toMatchObject({ auth: { identity: { password: { user: { name: member.user.name, domain: { id: domainId }, password: '***' } } } } });
    expect(body.user.id).toBe(member.user.id);
    expect(body.user.domain?.id).toBe(domainId);
  });

  it('authenticates by user ID read from a first token', async () => {
    const { authUrl, password } = await passwordCredentials('member');
    const member = await memberToken();
    const userId = member.user.id;
    const { body, sent, provider } = await authenticateRecording({ authUrl, userId, password, projectId: member.project.id });
    expect(sent).toEqual({
      auth: {
        identity: { methods: ['password'], password: { user: { id: userId, password: '***' } } },
        scope: { project: { id: member.project.id } },
      },
    });
    expect(body.user.id).toBe(userId);
    expect(body.project?.id).toBe(member.project.id);
    expect(provider.catalog.length).toBeGreaterThan(0);
  });
});

describe('token method', () => {
  it('exchanges the member token for a new project-scoped token', async () => {
    const member = await memberProvider();
    const original = await memberToken();
    const tokenId = await member.getTokenId();
    const { authUrl } = await passwordCredentials('member');
    const { provider, body, sent } = await authenticateRecording({ authUrl, token: tokenId, projectId: original.project.id });

    expect(sent).toEqual({
      auth: { identity: { methods: ['token'], token: { id: '***' } }, scope: { project: { id: original.project.id } } },
    });
    expect(body.methods).toContain('token');
    expect(body.user.id).toBe(original.user.id);
    expect(body.project?.id).toBe(original.project.id);
    // A token obtained with a token carries the original's audit ID as the second of its chain.
    expect(body.audit_ids?.[1]).toBe(original.audit_ids?.[0]);
    const newId = await provider.getTokenId();
    expect(newId).not.toBe(tokenId);
    expect(provider.canReauthenticate).toBe(false);
    for (const text of [String(provider), JSON.stringify(provider), inspect(provider)]) {
      expect(text).not.toContain(tokenId);
      expect(text).not.toContain(newId);
    }
  });
});

describe('application credential method', () => {
  interface ApplicationCredential {
    id: string;
    name: string;
    secret: string;
    project_id: string;
  }
  let credential: Promise<ApplicationCredential> | undefined;

  /** One application credential of the member, created on first use and deleted after the file. */
  async function memberCredential(): Promise<ApplicationCredential> {
    credential ??= (async () => {
      const member = await memberProvider();
      const userId = (await memberToken()).user.id;
      const identity = await createServiceClient(member, { type: 'identity' });
      const created = await identity.request<ApplicationCredential>({
        method: 'POST',
        path: `users/${userId}/application_credentials`,
        json: { application_credential: { name: uniqueName('appcred'), description: 'openstack-ts core acceptance test' } },
        expectStatus: [201],
        unwrap: 'application_credential',
      });
      cleanup.add(`application credential ${created.name}`, async () =>
        identity.send({ method: 'DELETE', path: `users/${userId}/application_credentials/${created.id}`, expectStatus: [204] }));
      return created;
    })();
    return credential;
  }

  it('authenticates by application credential ID', async () => {
    const created = await memberCredential();
    const { authUrl } = await passwordCredentials('member');
    const { body, sent, provider } = await authenticateRecording({
      authUrl,
      applicationCredentialId: created.id,
      applicationCredentialSecret: created.secret,
    });
    expect(sent).toEqual({
      auth: { identity: { methods: ['application_credential'], application_credential: { id: created.id, secret: '***' } } },
    });
    expect(body.methods).toEqual(['application_credential']);
    expect(body.application_credential?.id).toBe(created.id);
    expect(body.project?.id).toBe(created.project_id);
    expect(provider.catalog.length).toBeGreaterThan(0);
    expect(JSON.stringify(provider)).not.toContain(created.secret);
  });

  it('authenticates by application credential name and user name + domain', async () => {
    const created = await memberCredential();
    const member = await memberToken();
    const { authUrl } = await passwordCredentials('member');
    const { body, sent } = await authenticateRecording({
      authUrl,
      applicationCredentialName: created.name,
      applicationCredentialSecret: created.secret,
      username: member.user.name,
      userDomainName: member.user.domain?.name,
    });
    expect(sent).toEqual({
      auth: {
        identity: {
          methods: ['application_credential'],
          application_credential: {
            name: created.name,
            user: { name: member.user.name, domain: { name: member.user.domain?.name } },
            secret: '***',
          },
        },
      },
    });
    expect(body.application_credential?.id).toBe(created.id);
    expect(body.user.id).toBe(member.user.id);
  });

  it('authenticates by application credential name and user ID', async () => {
    const created = await memberCredential();
    const member = await memberToken();
    const { authUrl } = await passwordCredentials('member');
    const { body, sent } = await authenticateRecording({
      authUrl,
      applicationCredentialName: created.name,
      applicationCredentialSecret: created.secret,
      userId: member.user.id,
    });
    expect(sent).toMatchObject({ auth: { identity: { application_credential: { name: created.name, user: { id: member.user.id } } } } });
    expect(body.application_credential?.id).toBe(created.id);
  });
});

describe('project scope and unscoped tokens', () => {
  it('scopes to a project by ID', async () => {
    const member = await memberToken();
    const { body, sent } = await authenticateRecording({ ...(await passwordCredentials('member')), projectId: member.project.id });
    expect(sent).toMatchObject({ auth: { scope: { project: { id: member.project.id } } } });
    expect(body.project).toEqual(member.project);
  });

  it('scopes to a project by name and domain name', async () => {
    const member = await memberToken();
    const { body, sent } = await authenticateRecording({
      ...(await passwordCredentials('member')),
      projectName: member.project.name,
      projectDomainName: member.project.domain?.name,
    });
    expect(sent).toMatchObject({ auth: { scope: { project: { name: member.project.name, domain: { name: member.project.domain?.name } } } } });
    expect(body.project?.id).toBe(member.project.id);
  });

  it('scopes to a project by name and domain ID', async () => {
    const member = await memberToken();
    const { body, sent } = await authenticateRecording({
      ...(await passwordCredentials('member')),
      projectName: member.project.name,
      projectDomainId: member.project.domain?.id,
    });
    expect(sent).toMatchObject({ auth: { scope: { project: { name: member.project.name, domain: { id: member.project.domain?.id } } } } });
    expect(body.project?.id).toBe(member.project.id);
  });

  it('asks for an explicitly unscoped token, even when the user has a default project', async () => {
    const member = await memberToken();
    const credentials = await passwordCredentials('member');
    // Without a scope Keystone scopes to the user's default project, when there is one.
    const identity = await createServiceClient(await memberProvider(), { type: 'identity' });
    const user = await identity.request<{ default_project_id?: string | null }>({ method: 'GET', path: `users/${member.user.id}`, unwrap: 'user' });
    const implicit = await authenticate({ auth: credentials });
    expect(implicit.token?.body.project?.id).toBe(user.default_project_id ?? undefined);

    const { body, sent, provider } = await authenticateRecording({ ...credentials, unscoped: true });
    expect(sent).toMatchObject({ auth: { scope: 'unscoped' } });
    expect(body.user.id).toBe(member.user.id);
    expect(body.project).toBeUndefined();
    expect(body.domain).toBeUndefined();
    expect(body.system).toBeUndefined();
    expect(body.catalog ?? []).toEqual([]);
    expect(provider.catalog).toEqual([]);
    const error: unknown = await createServiceClient(provider, { type: 'compute' }).catch((caught: unknown) => caught);
    expect(isEndpointNotFoundError(error)).toBe(true);
    expect(String(error)).toContain('the catalog is empty');
  });
});

describeAsAdmin('system and domain scope (admin)', () => {
  it('scopes to the system', async () => {
    const { body, sent, provider } = await authenticateRecording({ ...(await passwordCredentials('admin')), system: 'all' });
    expect(sent).toMatchObject({ auth: { scope: { system: { all: true } } } });
    expect(body.system).toEqual({ all: true });
    expect(body.project).toBeUndefined();
    expect(body.domain).toBeUndefined();
    expect(body.roles?.map((role) => role.name)).toContain('admin');
    expect(provider.catalog.length).toBeGreaterThan(0);
  });

  it('scopes to a domain by name and by ID', async () => {
    const admin = await adminProvider();
    const adminBody = admin.token?.body;
    const domain = adminBody?.user.domain;
    const roleId = adminBody?.roles?.find((role) => role.name === 'admin')?.id;
    if (adminBody === undefined || domain?.name === undefined || roleId === undefined) {
      throw new Error('The admin token should name the user domain and carry the admin role');
    }
    const credentials = await passwordCredentials('admin');
    const byName: AuthOptions = { ...credentials, domainName: domain.name };

    const first = await authenticate({ auth: byName }).catch((error: unknown) => error);
    if (isAuthError(first) && first.reason === 'rejected' && isHttpError(first.cause, 401)) {
      // Keystone refuses a domain token to a user without a role on the domain: grant the admin
      // role on the user's own domain, and revoke it afterwards only because it was added here.
      const identity = await createServiceClient(admin, { type: 'identity' });
      const assignment = `domains/${domain.id}/users/${adminBody.user.id}/roles/${roleId}`;
      const existing = await identity.send({ method: 'HEAD', path: assignment, expectStatus: [204, 404] });
      if (existing.status === 204) throw new Error(`Keystone refused a domain token although ${assignment} exists: ${first.message}`);
      await identity.send({ method: 'PUT', path: assignment, expectStatus: [204] });
      cleanup.add(`admin role of ${adminBody.user.name ?? adminBody.user.id} on domain ${domain.name}`, async () =>
        identity.send({ method: 'DELETE', path: assignment, expectStatus: [204] }));
    } else if (first instanceof Error) {
      throw first;
    }

    const named = await authenticateRecording(byName);
    expect(named.sent).toMatchObject({ auth: { scope: { domain: { name: domain.name } } } });
    expect(named.body.domain).toEqual({ id: domain.id, name: domain.name });
    expect(named.body.project).toBeUndefined();

    const byId = await authenticateRecording({ ...credentials, domainId: domain.id });
    expect(byId.sent).toMatchObject({ auth: { scope: { domain: { id: domain.id } } } });
    expect(byId.body.domain).toEqual({ id: domain.id, name: domain.name });
    expect(byId.body.roles?.map((role) => role.id)).toContain(roleId);
  });
});

describe('failures and re-authentication', () => {
  it('reports a wrong password as an AuthError (rejected) whose cause is Keystone\'s 401, without the password', async () => {
    const member = await memberToken();
    const credentials = await passwordCredentials('member');
    const password = `wrong-${randomUUID()}`;
    const refused = await authenticate({ auth: { ...credentials, password, projectId: member.project.id } }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(isAuthError(refused)).toBe(true);
    expect((refused as AuthError).reason).toBe('rejected');
    const error = await httpErrorOf(Promise.reject((refused as AuthError).cause));
    expectServiceFault(error, { status: 401, method: 'POST', fragment: 'The request you have made requires authentication', type: 'Unauthorized' });
    expect(error.url).toMatch(/\/v3\/auth\/tokens$/);
    expect(error.requestId).toMatch(/^req-/);
    for (const text of [String(refused), inspect(refused, { depth: 5 }), String(error), JSON.stringify(error), inspect(error, { depth: 5 }), error.stack ?? '', error.body ?? '']) {
      expect(text).not.toContain(password);
      expect(text).not.toContain(credentials.password);
    }
  });

  it('re-authenticates once when Keystone has revoked its token', async () => {
    const member = await memberToken();
    const reasons: string[] = [];
    const statuses: number[] = [];
    const provider = await authenticate({
      auth: { ...(await passwordCredentials('member')), projectId: member.project.id },
      hooks: {
        onAuthenticate: (event) => {
          reasons.push(event.reason);
        },
        onResponse: (event) => {
          if (event.method === 'GET' && event.url.endsWith('/auth/projects')) statuses.push(event.status);
        },
      },
    });
    expect(reasons).toEqual(['initial']);
    const identity = await createServiceClient(provider, { type: 'identity' });
    const revoked = await provider.getTokenId();

    // Another provider revokes the first one's token, and Keystone no longer accepts it.
    const other = await createServiceClient(await memberProvider(), { type: 'identity' });
    await other.send({ method: 'DELETE', path: 'auth/tokens', headers: { 'X-Subject-Token': revoked }, expectStatus: [204] });
    const check = await other.send({ method: 'HEAD', path: 'auth/tokens', headers: { 'X-Subject-Token': revoked }, expectStatus: [200, 404] });
    expect(check.status).toBe(404);

    const body = await identity.request<{ projects: { id: string }[] }>({ method: 'GET', path: 'auth/projects' });
    expect(body.projects.map((project) => project.id)).toContain(member.project.id);
    expect(statuses).toEqual([401, 200]);
    expect(reasons).toEqual(['initial', 'unauthorized']);
    expect(await provider.getTokenId()).not.toBe(revoked);
  });

});

describeAsAdmin('token validation (admin)', () => {
  // Keystone's 404 for token validation echoes the token ("Could not find token: gAAAA…") for a
  // token whose user lost its role: core must scrub the request's secret headers from errors.
  it('keeps a token sent in X-Subject-Token out of the HttpError that Keystone\'s 404 makes', async () => {
    const identity = await createServiceClient(await adminProvider(), { type: 'identity' });
    const member = await memberToken();
    const { roles } = await identity.request<{ roles: { id: string }[] }>({ method: 'GET', path: 'roles', query: { name: 'reader' } });
    const readerId = roles[0]?.id ?? '';
    const name = uniqueName('user');
    const password = randomUUID();
    const user = await identity.request<{ id: string }>({
      method: 'POST', path: 'users', json: { user: { name, password, domain_id: member.user.domain?.id } }, expectStatus: [201], unwrap: 'user',
    });
    cleanup.add(`user ${name}`, async () => identity.send({ method: 'DELETE', path: `users/${user.id}`, expectStatus: [204] }));
    const grant = `projects/${member.project.id}/users/${user.id}/roles/${readerId}`;
    await identity.send({ method: 'PUT', path: grant, expectStatus: [204] });
    cleanup.add(`reader role of ${name}`, async () => identity.send({ method: 'DELETE', path: grant, expectStatus: [204] }));

    const { authUrl } = await passwordCredentials('member');
    const victim = await authenticate({ auth: { authUrl, userId: user.id, password, projectId: member.project.id } });
    const token = await victim.getTokenId();
    await identity.send({ method: 'DELETE', path: grant, expectStatus: [204] });

    const error = await httpErrorOf(identity.send({ method: 'GET', path: 'auth/tokens', headers: { 'X-Subject-Token': token } }));
    expectServiceFault(error, { status: 404, method: 'GET', fragment: 'Could not find token' });
    for (const text of [String(error), JSON.stringify(error), error.body ?? '']) expect(text).not.toContain(token);
  });
});
