export const tokensPath = (): string => 'auth/tokens';
