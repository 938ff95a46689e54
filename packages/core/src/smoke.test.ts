import { expect, it } from '@jest/globals';
import { createFakeCloud } from './testing/index.js';
import { linkedPages, paginate } from './index.js';

it('authenticates and lists through the fake cloud', async () => {
  const cloud = createFakeCloud({ serviceType: 'network', base: 'v2.0/' });
  cloud.reply('GET', 'v2.0/networks?tags=blue%2Cgreen', { networks: [{ id: 'a', name: 'private' }], networks_links: [{ rel: 'next', href: `${cloud.serviceEndpoint}networks?tags=blue%2Cgreen&marker=a` }] });
  cloud.reply('GET', 'v2.0/networks?tags=blue%2Cgreen&marker=a', { networks: [{ id: 'b', name: 'public' }] });
  const items = await paginate<{ name: string }>(cloud.client, { path: 'networks', query: { tags: 'blue,green' }, itemsKey: 'networks', strategy: linkedPages('networks_links') }).all();
  expect(items.map((n) => n.name)).toEqual(['private', 'public']);
  expect(cloud.tokenRequests).toBe(1);
});
