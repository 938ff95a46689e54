export const servicesPath = (): string => 'os-services';
export const serviceActionPath = (action: 'enable' | 'disable' | 'disable-log-reason' | 'freeze' | 'thaw'): string => `os-services/${action}`;
