/**
 * A server tag: a non-empty string of at most 60 characters, without `/` or `,`. A server holds
 * at most 50 tags.
 */
export type ServerTag = string;
