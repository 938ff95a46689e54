export const availabilityZonesPath = (): string => 'os-availability-zone';
export const availabilityZonesDetailPath = (): string => 'os-availability-zone/detail';
