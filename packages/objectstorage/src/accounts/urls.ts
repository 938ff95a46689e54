/** The account: the storage URL itself (`…/v1/AUTH_<project>/`). */
export const accountPath = (): string => '';
