import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { InvalidInputError, isInvalidInputError, isNameLookupError, isPaginationError, isResponseError } from './errors.js';
import { findIdByName, linkedPages, markerPages, nextPages, offsetPages, paginate, resolveNextLink, singlePage, type PageStrategy } from './pagination.js';
import { createFakeCloud, rejectionOf } from './testing/index.js';

interface Item {
  id: string;
}

describe('paginate', () => {
  it('is lazy: nothing is sent until iteration starts', async () => {
    const cloud = createFakeCloud({ serviceType: 'network', base: 'v2.0/' });
    cloud.reply('GET', 'v2.0/ports', { ports: [{ id: 'a' }] });
    const listing = paginate<Item>(cloud.client, { path: 'ports', itemsKey: 'ports', strategy: linkedPages('ports_links') });
    expect(cloud.requests).toHaveLength(0);
    expect(await listing.all()).toEqual([{ id: 'a' }]);
  });

  it('follows *_links across pages and yields pages from byPage()', async () => {
    const cloud = createFakeCloud({ serviceType: 'network', base: 'v2.0/' });
    const next = (marker: string): { rel: string; href: string }[] => [{ rel: 'next', href: `https://network.fake.test/v2.0/ports?limit=2&marker=${marker}` }];
    cloud.reply('GET', 'v2.0/ports?limit=2', { ports: [{ id: 'a' }, { id: 'b' }], ports_links: next('b') });
    cloud.reply('GET', 'v2.0/ports?limit=2&marker=b', { ports: [{ id: 'c' }], ports_links: [{ rel: 'previous', href: 'x' }] });
    const pages: string[][] = [];
    for await (const page of paginate<Item>(cloud.client, { path: 'ports', query: { limit: 2 }, itemsKey: 'ports', strategy: linkedPages('ports_links') }).byPage()) {
      pages.push(page.map((item) => item.id));
    }
    expect(pages).toEqual([['a', 'b'], ['c']]);
  });

  it('fetches exactly one page with page(), and the next from its cursor, relative to the endpoint', async () => {
    const cloud = createFakeCloud({ serviceType: 'network', base: 'v2.0/' });
    const next = (marker: string): { rel: string; href: string }[] => [{ rel: 'next', href: `https://network.fake.test/v2.0/ports?limit=2&marker=${marker}` }];
    cloud.reply('GET', 'v2.0/ports?limit=2', { ports: [{ id: 'a' }, { id: 'b' }], ports_links: next('b') });
    cloud.reply('GET', 'v2.0/ports?limit=2&marker=b', { ports: [{ id: 'c' }] });
    const listing = paginate<Item>(cloud.client, { path: 'ports', query: { limit: 2 }, itemsKey: 'ports', strategy: linkedPages('ports_links') });
    const first = await listing.page();
    expect(first).toEqual({ items: [{ id: 'a' }, { id: 'b' }], next: 'ports?limit=2&marker=b', marker: 'b' });
    expect(cloud.serviceRequests()).toHaveLength(1);
    // Resumed later, from another listing object (another process, say): the cursor is all it needs.
    const again = paginate<Item>(cloud.client, { path: 'ports', query: { limit: 2 }, itemsKey: 'ports', strategy: linkedPages('ports_links') });
    expect(await again.page(first.next)).toEqual({ items: [{ id: 'c' }], next: undefined, marker: undefined });
    expect(cloud.serviceRequests()).toHaveLength(2);
  });

  it('keeps a page cursor on the endpoint’s origin, and refuses one that is not a string', async () => {
    const cloud = createFakeCloud({ serviceType: 'network', base: 'v2.0/' });
    cloud.reply('GET', 'v2.0/ports?marker=x', { ports: [] });
    const listing = paginate<Item>(cloud.client, { path: 'ports', itemsKey: 'ports', strategy: linkedPages('ports_links') });
    expect(await listing.page('https://elsewhere.example/v2.0/ports?marker=x')).toEqual({ items: [], next: undefined, marker: undefined });
    expect(cloud.lastRequest().url).toBe('https://network.fake.test/v2.0/ports?marker=x');
    for (const bad of ['', 42, null]) {
      const error = await rejectionOf(listing.page(bad as string));
      expect(isInvalidInputError(error)).toBe(true);
      expect(error).toMatchObject({ field: 'cursor' });
    }
    expect(cloud.serviceRequests()).toHaveLength(1);
  });

  it('gives the marker of marker-paged services (Swift) with the cursor, and rejects page() for a spec that fails', async () => {
    const cloud = createFakeCloud({ serviceType: 'object-store', endpoint: 'https://swift.fake.test/v1/AUTH_p/' });
    cloud.reply('GET', 'c?format=json&limit=2', [{ name: 'a' }, { name: 'b' }]);
    const listing = paginate<{ name: string }>(cloud.client, { path: 'c', query: { format: 'json', limit: 2 }, itemsKey: null, strategy: markerPages('name') });
    expect(await listing.page()).toEqual({ items: [{ name: 'a' }, { name: 'b' }], next: 'c?format=json&limit=2&marker=b', marker: 'b' });
    const failing = paginate(cloud.client, () => {
      throw new InvalidInputError('bad id', 'id');
    });
    expect(isInvalidInputError(await rejectionOf(failing.page()))).toBe(true);
  });

  it('follows a Keystone links object', async () => {
    const cloud = createFakeCloud({ serviceType: 'identity', endpoint: 'https://identity.fake.test/v3/' });
    cloud.reply('GET', 'users', { users: [{ id: '1' }], links: { self: 'x', previous: null, next: 'https://identity.fake.test/v3/users?marker=1' } });
    cloud.reply('GET', 'users?marker=1', { users: [{ id: '2' }], links: { self: 'y', previous: null, next: null } });
    expect(await paginate<Item>(cloud.client, { path: 'users', itemsKey: 'users', strategy: linkedPages('links') }).all()).toEqual([{ id: '1' }, { id: '2' }]);
  });

  it('follows Glance’s root-relative next, keeping the endpoint’s path prefix', async () => {
    const cloud = createFakeCloud({ serviceType: 'image', endpoint: 'https://cloud.fake.test/image/' });
    cloud.reply('GET', 'https://cloud.fake.test/image/v2/images', { images: [{ id: '1' }], next: '/v2/images?marker=1' });
    cloud.reply('GET', 'https://cloud.fake.test/image/v2/images?marker=1', { images: [{ id: '2' }] });
    const listing = paginate<Item>(cloud.client, { path: 'v2/images', itemsKey: 'images', strategy: nextPages('next') });
    expect((await listing.all()).map((i) => i.id)).toEqual(['1', '2']);
  });

  it('rebases a next link that points at another host onto the endpoint, so the token stays home', async () => {
    expect(resolveNextLink('http://controller.internal:8774/v2.1/servers?marker=x', 'https://cloud.example.com/v2.1/')).toBe(
      'https://cloud.example.com/v2.1/servers?marker=x',
    );
    expect(resolveNextLink('https://cloud.example.com/v2.1/servers?marker=x', 'https://cloud.example.com/v2.1/')).toBe(
      'https://cloud.example.com/v2.1/servers?marker=x',
    );
    expect(resolveNextLink('/v2/images?marker=1', 'https://h.example.com:9292/')).toBe('https://h.example.com:9292/v2/images?marker=1');
  });

  it('pages by marker until a short page (Swift)', async () => {
    const cloud = createFakeCloud({ serviceType: 'object-store', endpoint: 'https://swift.fake.test/v1/AUTH_p/' });
    cloud.reply('GET', 'c?format=json&limit=2', [{ name: 'a' }, { name: 'b' }]);
    cloud.reply('GET', 'c?format=json&limit=2&marker=b', [{ name: 'c' }]);
    const names = await paginate<{ name: string }>(cloud.client, { path: 'c', query: { format: 'json', limit: 2 }, itemsKey: null, strategy: markerPages('name') }).all();
    expect(names.map((n) => n.name)).toEqual(['a', 'b', 'c']);
    expect(cloud.serviceRequests()).toHaveLength(2);
  });

  it('takes the marker from the first key an item has (a Swift pseudo-folder has subdir, not name)', async () => {
    const cloud = createFakeCloud({ serviceType: 'object-store', endpoint: 'https://swift.fake.test/v1/AUTH_p/' });
    cloud.reply('GET', 'c?delimiter=%2F&format=json&limit=2', [{ name: 'a' }, { subdir: 'b/' }]);
    cloud.reply('GET', 'c?delimiter=%2F&format=json&limit=2&marker=b%2F', [{ name: 'c' }]);
    const strategy = markerPages(['name', 'subdir']);
    const items = await paginate(cloud.client, { path: 'c', query: { format: 'json', limit: 2, delimiter: '/' }, itemsKey: null, strategy }).all();
    expect(items).toEqual([{ name: 'a' }, { subdir: 'b/' }, { name: 'c' }]);
    expect(strategy.name).toBe('markerPages(name|subdir)');
  });

  it('pages by marker until an empty page when no limit was sent', async () => {
    const cloud = createFakeCloud({ serviceType: 'object-store', endpoint: 'https://swift.fake.test/v1/AUTH_p/' });
    cloud.reply('GET', 'c?format=json', [{ name: 'a' }]);
    cloud.reply('GET', 'c?format=json&marker=a', []);
    expect(await paginate(cloud.client, { path: 'c', query: { format: 'json' }, itemsKey: null, strategy: markerPages('name') }).all()).toEqual([{ name: 'a' }]);
  });

  it('stops a server that sends the same next link twice', async () => {
    const cloud = createFakeCloud({ serviceType: 'network', base: 'v2.0/' });
    cloud.reply('GET', 'v2.0/ports', { ports: [{ id: 'a' }], ports_links: [{ rel: 'next', href: 'https://network.fake.test/v2.0/ports?marker=a' }] });
    cloud.reply('GET', 'v2.0/ports?marker=a', { ports: [{ id: 'b' }], ports_links: [{ rel: 'next', href: 'https://network.fake.test/v2.0/ports?marker=a' }] });
    const error = await paginate(cloud.client, { path: 'ports', itemsKey: 'ports', strategy: linkedPages('ports_links') }).all().catch((e: unknown) => e);
    expect(isPaginationError(error)).toBe(true);
  });

  it('a page without the items array is a ResponseError', async () => {
    const cloud = createFakeCloud({ serviceType: 'network', base: 'v2.0/' });
    cloud.reply('GET', 'v2.0/ports', { port: {} });
    const error = await paginate(cloud.client, { path: 'ports', itemsKey: 'ports', strategy: singlePage() }).all().catch((e: unknown) => e);
    expect(isResponseError(error)).toBe(true);
    expect((error as Error).message).toMatch(/no "ports" array/);
  });

  it('stops between pages when the signal aborts', async () => {
    const cloud = createFakeCloud({ serviceType: 'network', base: 'v2.0/' });
    cloud.reply('GET', 'v2.0/ports', { ports: [{ id: 'a' }], ports_links: [{ rel: 'next', href: 'https://network.fake.test/v2.0/ports?marker=a' }] });
    const controller = new AbortController();
    const seen: string[] = [];
    const run = async (): Promise<void> => {
      for await (const item of paginate<Item>(cloud.client, { path: 'ports', itemsKey: 'ports', strategy: linkedPages('ports_links') }, { signal: controller.signal })) {
        seen.push(item.id);
        controller.abort();
      }
    };
    await expect(run()).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual(['a']);
    expect(cloud.serviceRequests()).toHaveLength(1);
  });

  it('property: any split of any list into linked pages yields the list, in order, once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 8 }), async (sizes) => {
        const cloud = createFakeCloud({ serviceType: 'network', base: 'v2.0/' });
        let counter = 0;
        const expected: string[] = [];
        sizes.forEach((size, index) => {
          const items = Array.from({ length: size }, () => ({ id: `i${String(counter++)}` }));
          expected.push(...items.map((i) => i.id));
          const last = index === sizes.length - 1;
          cloud.reply('GET', index === 0 ? 'v2.0/ports' : `v2.0/ports?page=${String(index)}`, {
            ports: items,
            ports_links: last ? [] : [{ rel: 'next', href: `https://network.fake.test/v2.0/ports?page=${String(index + 1)}` }],
          });
        });
        if (sizes.length === 0) cloud.reply('GET', 'v2.0/ports', { ports: [] });
        const ids = (await paginate<Item>(cloud.client, { path: 'ports', itemsKey: 'ports', strategy: linkedPages('ports_links') }).all()).map((i) => i.id);
        // An empty page ends a linked listing (some services link onwards from an empty page forever).
        const firstEmpty = sizes.findIndex((size) => size === 0);
        const reachable = firstEmpty === -1 ? sizes : sizes.slice(0, firstEmpty);
        expect(ids).toEqual(expected.slice(0, reachable.reduce((a, b) => a + b, 0)));
      }),
      { numRuns: 60 },
    );
  });

  it('property: marker paging with any page size returns every item once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 7 }), async (count, limit) => {
        const cloud = createFakeCloud({ serviceType: 'object-store', endpoint: 'https://swift.fake.test/v1/AUTH_p/' });
        const names = Array.from({ length: count }, (_, i) => `o${String(i).padStart(3, '0')}`);
        cloud.handle('GET', 'c?limit=' + String(limit), () => ({ body: names.slice(0, limit).map((name) => ({ name })) }));
        for (const marker of names) {
          const start = names.indexOf(marker) + 1;
          cloud.handle('GET', `c?limit=${String(limit)}&marker=${marker}`, () => ({ body: names.slice(start, start + limit).map((name) => ({ name })) }));
        }
        const strategy: PageStrategy = markerPages('name');
        const got = (await paginate<{ name: string }>(cloud.client, { path: 'c', query: { limit }, itemsKey: null, strategy }).all()).map((o) => o.name);
        expect(got).toEqual(names);
        expect(cloud.serviceRequests().length).toBe(Math.floor(count / limit) + 1);
      }),
      { numRuns: 60 },
    );
  });
});

describe('findIdByName', () => {
  const items = async function* (names: string[]): AsyncGenerator<{ id: string; name: string }> {
    for (const [index, name] of names.entries()) yield await Promise.resolve({ id: `id-${String(index)}`, name });
  };

  it('returns the one match', async () => {
    expect(await findIdByName(items(['a', 'b']), 'b', 'flavor')).toBe('id-1');
  });

  it('says when nothing or several things have the name', async () => {
    const none = await findIdByName(items(['a']), 'z', 'flavor').catch((e: unknown) => e);
    expect(isNameLookupError(none)).toBe(true);
    expect((none as Error).message).toBe('No flavor is named "z"');
    const several = await findIdByName(items(['a', 'a']), 'a', 'flavor').catch((e: unknown) => e);
    expect((several as { reason: string }).reason).toBe('several');
    expect((several as Error).message).toBe('2 flavors are named "a" (id-0, id-1): use an ID');
  });
});

describe('offsetPages and unwrapItems', () => {
  it('asks for the next offset while pages are full, and unwraps wrapped items', async () => {
    const cloud = createFakeCloud();
    cloud.reply('GET', 'groups?limit=2', { groups: [{ group: { id: 'a' } }, { group: { id: 'b' } }] });
    cloud.reply('GET', 'groups?limit=2&offset=2', { groups: [{ group: { id: 'c' } }] });
    const ids = (await paginate<Item>(cloud.client, { path: 'groups', query: { limit: 2 }, itemsKey: 'groups', unwrapItems: 'group', strategy: offsetPages() }).all()).map((g) => g.id);
    expect(ids).toEqual(['a', 'b', 'c']);
  });

  it('a wrapped item without its wrapper is a ResponseError', async () => {
    const cloud = createFakeCloud();
    cloud.reply('GET', 'groups', { groups: [{ id: 'a' }] });
    const error = await paginate(cloud.client, { path: 'groups', itemsKey: 'groups', unwrapItems: 'group', strategy: offsetPages() }).all().catch((e: unknown) => e);
    expect(isResponseError(error)).toBe(true);
    expect((error as Error).message).toMatch(/an item of "groups" has no "group" object/);
  });
});
