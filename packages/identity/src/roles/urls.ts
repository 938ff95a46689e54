import { segment } from '@openstack-ts/core/internal';

export const rolesPath = (): string => 'roles';
export const rolePath = (id: string): string => `roles/${segment(id, 'roleId')}`;
export const impliedRolesPath = (priorRoleId: string): string => `roles/${segment(priorRoleId, 'priorRoleId')}/implies`;
export const impliedRolePath = (priorRoleId: string, impliedRoleId: string): string =>
  `${impliedRolesPath(priorRoleId)}/${segment(impliedRoleId, 'impliedRoleId')}`;
export const roleInferencesPath = (): string => 'role_inferences';
export const roleAssignmentsPath = (): string => 'role_assignments';

/** Where a grant lives, already validated: the target and the actor. */
export interface GrantLocation {
  target: { kind: 'project' | 'domain'; id: string } | { kind: 'system' };
  actor: { kind: 'user' | 'group'; id: string };
  inherited: boolean;
}

/**
 * The path of an actor's roles on a target (`projects/{p}/users/{u}/roles`), with the role
 * appended when given, under `OS-INHERIT/…/inherited_to_projects` for inherited grants.
 */
export function grantPath(location: GrantLocation, roleId?: string): string {
  const { target, actor, inherited } = location;
  const actorPart = `${actor.kind === 'user' ? 'users' : 'groups'}/${segment(actor.id, `${actor.kind}Id`)}`;
  const targetPart = target.kind === 'system' ? 'system' : `${target.kind === 'project' ? 'projects' : 'domains'}/${segment(target.id, `${target.kind}Id`)}`;
  const rolePart = roleId === undefined ? 'roles' : `roles/${segment(roleId, 'roleId')}`;
  const path = `${targetPart}/${actorPart}/${rolePart}`;
  return inherited ? `OS-INHERIT/${path}/inherited_to_projects` : path;
}
