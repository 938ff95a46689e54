import { describe, expect, it } from '@jest/globals';
import { memberProvider } from '@openstack-ts/acceptance';

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
