import { segment } from '@openstack-ts/core/internal';

export const projectsPath = (): string => 'projects';
export const projectPath = (id: string): string => `projects/${segment(id, 'projectId')}`;
export const projectTagsPath = (id: string): string => `${projectPath(id)}/tags`;
export const projectTagPath = (id: string, tag: string): string => `${projectTagsPath(id)}/${segment(tag, 'tag')}`;
