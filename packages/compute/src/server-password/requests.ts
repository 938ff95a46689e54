import { ResponseError, type CallOptions, type ServiceClient } from '@openstack-ts/core';
import type { ServerPassword } from './results.js';
import { serverPasswordPath } from './urls.js';

/**
 * Shows the encrypted administrative password of a server: base64 of the password encrypted
 * with the server's key pair, as the guest (cloud-init, cloudbase-init) stored it in the metadata
 * service. Returns an empty string when the guest stored none. Nova never decrypts it.
 */
export function getServerPassword(client: ServiceClient, id: string, options?: CallOptions): Promise<string> {
  const path = serverPasswordPath(id);
  return client.request<Partial<ServerPassword>>({ method: 'GET', path, expectStatus: [200] }, options).then((body) => {
    if (typeof body.password !== 'string') {
      throw new ResponseError({ status: 200, method: 'GET', url: client.url(path), reason: 'the body has no "password" string' });
    }
    return body.password;
  });
}

/**
 * Clears the encrypted administrative password of a server from the metadata service. The
 * password inside the guest does not change.
 */
export function clearServerPassword(client: ServiceClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: serverPasswordPath(id), expectStatus: [204] }, options);
}
