export const availabilityZonesPath = (): string => 'os-availability-zone';
