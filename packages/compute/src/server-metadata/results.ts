/**
 * A server's metadata: string keys and string values. Nova accepts keys of 1 to 255 letters,
 * digits, spaces and `-_:.`, and values of at most 255 characters (400 otherwise); a server holds
 * at most the `metadata_items` quota's number of items.
 */
export type ServerMetadata = Record<string, string>;
