export const limitsPath = (): string => 'limits';
