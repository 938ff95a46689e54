/** Swift's bulk delete: a `POST` to the storage URL with `?bulk-delete`. */
export const bulkDeletePath = (): string => '';
