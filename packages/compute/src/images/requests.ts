import { linkedPages, findIdByName, paginate, type CallOptions, type Paged, type ServiceClient } from '@openstack-ts/core';
import type { Image, ImageSummary } from './results.js';
import { imagePath, imagesDetailPath, imagesPath } from './urls.js';

/**
 * The image proxy answers only below microversion 2.36, so these calls send 2.35 unless the call
 * pins an older microversion itself. Prefer the Image service (Glance) for anything new.
 */
const PROXY_MICROVERSION = '2.35';

function proxyOptions(client: ServiceClient, options: CallOptions | undefined): CallOptions {
  const pinned = options?.microversion;
  if (pinned !== undefined) {
    client.requireMicroversionBelow('2.36', "Nova's image proxy", options);
    return options ?? {};
  }
  return { ...options, microversion: PROXY_MICROVERSION };
}

/** Filters of {@link listImages}; each field is the query parameter of the same name. */
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

/** Lists images through Nova's deprecated image proxy (microversion 2.35 at most; sent as 2.35). */
export function listImages(client: ServiceClient, query: ListImagesQuery = {}, options?: CallOptions): Paged<ImageSummary> {
  return paginate<ImageSummary>(client, { path: imagesPath(), query: { ...query }, itemsKey: 'images', strategy: linkedPages('images_links') }, proxyOptions(client, options));
}

/** Lists images with details through Nova's deprecated image proxy (sent as microversion 2.35). */
export function listImagesDetail(client: ServiceClient, query: ListImagesQuery = {}, options?: CallOptions): Paged<Image> {
  return paginate<Image>(client, { path: imagesDetailPath(), query: { ...query }, itemsKey: 'images', strategy: linkedPages('images_links') }, proxyOptions(client, options));
}

/** Shows an image through Nova's deprecated image proxy (sent as microversion 2.35). */
export function getImage(client: ServiceClient, id: string, options?: CallOptions): Promise<Image> {
  return client.request<Image>({ method: 'GET', path: imagePath(id), unwrap: 'image' }, proxyOptions(client, options));
}

/** Deletes an image through Nova's deprecated image proxy (sent as microversion 2.35). */
export function deleteImage(client: ServiceClient, id: string, options?: CallOptions): Promise<void> {
  return client.execute({ method: 'DELETE', path: imagePath(id), expectStatus: [204] }, proxyOptions(client, options));
}

/** Turns an image name into its ID through Nova's image proxy; throws `NameLookupError` when none or several have it. */
export function findImageId(client: ServiceClient, name: string, options?: CallOptions): Promise<string> {
  return findIdByName(listImages(client, { name }, options), name, 'image');
}
