export const poolsPath = (): string => 'scheduler-stats/get_pools';
