import { segment } from '@openstack-ts/core/internal';

export const projectEndpointsPath = (projectId: string): string => `OS-EP-FILTER/projects/${segment(projectId, 'projectId')}/endpoints`;
export const projectEndpointPath = (projectId: string, endpointId: string): string => `${projectEndpointsPath(projectId)}/${segment(endpointId, 'endpointId')}`;
export const endpointProjectsPath = (endpointId: string): string => `OS-EP-FILTER/endpoints/${segment(endpointId, 'endpointId')}/projects`;
