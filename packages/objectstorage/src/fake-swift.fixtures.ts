import { createFakeCloud, type FakeCloud } from '@openstack-ts/core/testing';

/** The local cloud's Swift storage URL: the recorded fixtures were taken from it. */
export const SWIFT_ENDPOINT = 'http://127.0.0.1:8080/v1/AUTH_rec';

/** A fake cloud whose client (an `ObjectStorageClient`) talks to a fake Swift at the recorded storage URL. */
export function fakeSwift(options: { endpoint?: string } = {}): FakeCloud<'object-store'> {
  return createFakeCloud({ serviceType: 'object-store', endpoint: options.endpoint ?? SWIFT_ENDPOINT });
}
