/**
 * Replies recorded from the real Swift (2.30.1) of the local cloud, as the member (demo), with the
 * SDK itself making the calls (/tmp/rec-units/). Kept: the headers that matter and
 * x-openstack-request-id. The project ID in the account name is trimmed to `rec`, like the fake's
 * storage URL; nothing else is edited. Header values are as fetch hands them over: Swift's UTF-8
 * bytes one per character (`gr\u00c3\u00bcn` is "grün").
 */

/** 200 reply to the recorded `GET /info`. */
export const info = {
  "status": 200,
  "headers": {
    "content-length": "1526",
    "content-type": "application/json; charset=UTF-8",
    "x-openstack-request-id": "txfeda099129234270a2513-006b09b219"
  },
  "body": "{\"swift\": {\"version\": \"2.30.1\", \"strict_cors_mode\": true, \"policies\": [{\"name\": \"Policy-0\", \"aliases\": \"Policy-0, yellow, orange\", \"default\": true}], \"allow_account_management\": false, \"account_autocreate\": true, \"max_file_size\": 5368709122, \"max_meta_name_length\": 128, \"max_meta_value_length\": 256, \"max_meta_count\": 90, \"max_meta_overall_size\": 4096, \"max_header_size\": 8192, \"max_object_name_length\": 1024, \"container_listing_limit\": 10000, \"account_listing_limit\": 10000, \"max_account_name_length\": 256, \"max_container_name_length\": 256, \"extra_header_count\": 0}, \"symlink\": {\"symloop_max\": 2, \"static_links\": true}, \"versioned_writes\": {\"allowed_flags\": [\"x-versions-location\", \"x-history-location\"]}, \"object_versioning\": {}, \"slo\": {\"max_manifest_segments\": 1000, \"max_manifest_size\": 8388608, \"yield_frequency\": 10, \"min_segment_size\": 1, \"allow_async_delete\": false}, \"account_quotas\": {}, \"container_quotas\": {}, \"staticweb\": {}, \"formpost\": {\"allowed_digests\": [\"sha1\", \"sha256\", \"sha512\"], \"deprecated_digests\": [\"sha1\"]}, \"tempurl\": {\"methods\": [\"GET\", \"HEAD\", \"PUT\", \"POST\", \"DELETE\"], \"incoming_remove_headers\": [\"x-timestamp\"], \"incoming_allow_headers\": [], \"outgoing_remove_headers\": [\"x-object-meta-*\"], \"outgoing_allow_headers\": [\"x-object-meta-public-*\"], \"allowed_digests\": [\"sha1\", \"sha256\", \"sha512\"], \"deprecated_digests\": [\"sha1\"]}, \"bulk_upload\": {\"max_containers_per_extraction\": 10000, \"max_failed_extractions\": 1000}, \"bulk_delete\": {\"max_deletes_per_request\": 10000, \"max_failed_deletes\": 1000}}"
};
