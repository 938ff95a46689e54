import type { ComputeClient } from '../client.js';
import { findIdOrName, linkedPages, paginate, type CallOptions, type FoundId, type Paged } from '@openstack-ts/core';
import type { Image, ImageSummary } from './results.js';
import { imagePath, imagesDetailPath, imagesPath } from './urls.js';

/**
 * The image proxy answers only below microversion 2.36, so these calls send 2.35 unless the call
 * pins an older microversion itself. Prefer the Image service (Glance) for anything new.
 */
const PROXY_MICROVERSION = '2.35';

/** The call's options with the proxy's microversion, unless the call pins its own (checked by {@link checkProxy}). */
function proxyOptions(options: CallOptions | undefined): CallOptions {
  return options?.microversion === undefined ? { ...options, microversion: PROXY_MICROVERSION } : options;
}

/** Refuses a microversion the call pins itself when the proxy no longer answers to it. */
function checkProxy(client: ComputeClient, options: CallOptions | undefined): void {
  if (options?.microversion !== undefined) client.requireMicroversionBelow('2.36', "Nova's image proxy", options);
}

/** Filters of {@link listImages} and {@link listImageSummaries}; each field is the query parameter of the same name. */
export interface ListImagesQuery {
  name?: string;
  status?: string;
  type?: 'snapshot' | 'backup' | (string & {});
  server?: string;
  'changes-since'?: string;
  minDisk?: number;
  minRam?: number;
  limit?: number;
  marker?: string;
}

/**
 * Lists images with their details through Nova's deprecated image proxy (microversion 2.35 at
 * most; sent as 2.35 unless the call pins an older one). Sends nothing until iteration starts.
 */
export function listImages(client: ComputeClient, query: ListImagesQuery = {}, options?: CallOptions): Paged<Image> {
  return paginate<Image>(
    client,
    () => {
      checkProxy(client, options);
      return { path: imagesDetailPath(), query: { ...query }, itemsKey: 'images', strategy: linkedPages('images_links') };
    },
    proxyOptions(options),
  );
}

/**
 * Lists images as ID, name and links only through Nova's deprecated image proxy (cheaper than
 * {@link listImages}; sent as microversion 2.35).
 */
export function listImageSummaries(client: ComputeClient, query: ListImagesQuery = {}, options?: CallOptions): Paged<ImageSummary> {
  return paginate<ImageSummary>(
    client,
    () => {
      checkProxy(client, options);
      return { path: imagesPath(), query: { ...query }, itemsKey: 'images', strategy: linkedPages('images_links') };
    },
    proxyOptions(options),
  );
}

/** Shows an image through Nova's deprecated image proxy (sent as microversion 2.35). */
export async function getImage(client: ComputeClient, id: string, options?: CallOptions): Promise<Image> {
  checkProxy(client, options);
  return client.request<Image>({ method: 'GET', path: imagePath(id), unwrap: 'image' }, proxyOptions(options));
}

/** Deletes an image through Nova's deprecated image proxy (sent as microversion 2.35). */
export async function deleteImage(client: ComputeClient, id: string, options?: CallOptions): Promise<void> {
  checkProxy(client, options);
  return client.execute({ method: 'DELETE', path: imagePath(id), expectStatus: [204] }, proxyOptions(options));
}

/**
 * Resolves an image ID or name to its ID through Nova's deprecated image proxy: tried as an ID
 * first, then as a name exactly one image has. Rejects with `NameLookupError` when neither
 * matches or several images have the name, with `InvalidInputError` for an empty input.
 */
export async function findImageId(client: ComputeClient, nameOrId: string, options?: CallOptions): Promise<FoundId> {
  return findIdOrName<ImageSummary>({
    nameOrId,
    what: 'image',
    get: async (id) => getImage(client, id, options),
    list: () => listImageSummaries(client, { name: nameOrId }, options),
  });
}
