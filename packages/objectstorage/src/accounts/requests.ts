import type { CallOptions } from '@openstack-ts/core';
import type { ObjectStorageClient } from '../client.js';
import { headerRecord, inputBag, intHeader, putMetadataHeaders, readMetadata, textHeader, toHeaderValue } from '../common.js';
import type { Account } from './results.js';
import { accountPath } from './urls.js';

/** Reads the account's totals and metadata (`HEAD` on the storage URL). */
export async function getAccount(client: ObjectStorageClient, options?: CallOptions): Promise<Account> {
  const response = await client.send({ method: 'HEAD', path: accountPath() }, options);
  const metadata = readMetadata(response.headers, 'account');
  return {
    container_count: intHeader(response, 'x-account-container-count'),
    object_count: intHeader(response, 'x-account-object-count'),
    bytes_used: intHeader(response, 'x-account-bytes-used'),
    quota_bytes: intHeader(response, 'x-account-meta-quota-bytes'),
    temp_url_key: metadata['temp-url-key'],
    temp_url_key_2: metadata['temp-url-key-2'],
    timestamp: textHeader(response, 'x-timestamp'),
    metadata,
    headers: headerRecord(response.headers),
  };
}

/**
 * What {@link updateAccount} changes; what is not given is kept. Other headers (a reseller
 * admin's `X-Account-Meta-Quota-Bytes`, say) go in the call options' `headers`.
 */
export interface UpdateAccountInput {
  /** User metadata to set (`X-Account-Meta-*`). */
  metadata?: Readonly<Record<string, string>> | undefined;
  /** Metadata keys to remove (`X-Remove-Account-Meta-*`). */
  remove_metadata?: readonly string[] | undefined;
  /** The temp URL keys every object of the account can be signed with; `''` removes one. */
  temp_url_key?: string | undefined;
  /** The second key (`X-Account-Meta-Temp-URL-Key-2`), for rotating keys; `''` removes it. */
  temp_url_key_2?: string | undefined;
}

/** Changes the account's metadata and temp URL keys (`POST` on the storage URL). */
export async function updateAccount(client: ObjectStorageClient, input: UpdateAccountInput, options?: CallOptions): Promise<void> {
  inputBag(input, true);
  const headers: Record<string, string> = {};
  putMetadataHeaders(headers, 'Account', input.metadata, input.remove_metadata);
  for (const [field, suffix] of [['temp_url_key', ''], ['temp_url_key_2', '-2']] as const) {
    const value = input[field];
    if (value === undefined) continue;
    if (value === '') headers[`X-Remove-Account-Meta-Temp-URL-Key${suffix}`] = 'x';
    else headers[`X-Account-Meta-Temp-URL-Key${suffix}`] = toHeaderValue(value, field);
  }
  await client.execute({ method: 'POST', path: accountPath(), headers, expectStatus: [204] }, options);
}
