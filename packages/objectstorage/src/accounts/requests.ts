import type { CallOptions, ServiceClient } from '@openstack-ts/core';
import { headerRecord, intHeader, putMetadataHeaders, readMetadata, textHeader, toHeaderValue, withExtraHeaders } from '../common.js';
import type { Account } from './results.js';

/** Reads the account's totals and metadata (`HEAD` on the storage URL). */
export async function getAccount(client: ServiceClient, options: CallOptions = {}): Promise<Account> {
  const response = await client.send({ method: 'HEAD', path: '' }, options);
  await response.body?.cancel();
  const context = { method: 'HEAD', url: client.endpoint };
  const metadata = readMetadata(response.headers, 'account');
  return {
    container_count: intHeader(response, 'x-account-container-count', context),
    object_count: intHeader(response, 'x-account-object-count', context),
    bytes_used: intHeader(response, 'x-account-bytes-used', context),
    quota_bytes: intHeader(response, 'x-account-meta-quota-bytes', context),
    temp_url_key: metadata['temp-url-key'],
    temp_url_key_2: metadata['temp-url-key-2'],
    timestamp: textHeader(response, 'x-timestamp'),
    metadata,
    headers: headerRecord(response.headers),
  };
}

/** What {@link updateAccount} changes; what is not given is kept. */
export interface UpdateAccountInput {
  /** User metadata to set (`X-Account-Meta-*`). */
  metadata?: Readonly<Record<string, string>> | undefined;
  /** Metadata keys to remove. */
  removeMetadata?: readonly string[] | undefined;
  /** The temp URL keys every object of the account can be signed with; `''` removes one. */
  temp_url_key?: string | undefined;
  temp_url_key_2?: string | undefined;
  /** Any other header to send (a reseller admin's `X-Account-Meta-Quota-Bytes`, say). */
  headers?: Readonly<Record<string, string>> | undefined;
}

/** Changes the account's metadata and temp URL keys (`POST` on the storage URL). */
export async function updateAccount(client: ServiceClient, input: UpdateAccountInput, options: CallOptions = {}): Promise<void> {
  const headers: Record<string, string> = {};
  putMetadataHeaders(headers, 'Account', input.metadata, input.removeMetadata);
  for (const [field, suffix] of [['temp_url_key', ''], ['temp_url_key_2', '-2']] as const) {
    const value = input[field];
    if (value === undefined) continue;
    if (value === '') headers[`X-Remove-Account-Meta-Temp-URL-Key${suffix}`] = 'x';
    else headers[`X-Account-Meta-Temp-URL-Key${suffix}`] = toHeaderValue(value, field);
  }
  await client.execute({ method: 'POST', path: '', headers: withExtraHeaders(headers, input.headers), expectStatus: [204] }, options);
}
