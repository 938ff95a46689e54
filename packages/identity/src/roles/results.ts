import type { Links } from '../common.js';

/** A Keystone role: global (`domain_id` null) or specific to one domain. */
export interface Role {
  id: string;
  name: string;
  /** The owning domain of a domain-specific role; `null` for a global role. */
  domain_id: string | null;
  /** `null` when the role was created without one. */
  description?: string | null;
  /** Resource options, such as `immutable`. */
  options: Record<string, unknown>;
  links: Links;
}

/** A role as Keystone names it inside an inference rule. */
export interface RoleReference {
  id: string;
  name: string;
  links: { self: string };
}

/** One implied role: holding `prior_role` also grants `implies`. */
export interface ImpliedRole {
  prior_role: RoleReference;
  implies: RoleReference;
}

/** A prior role and every role it implies. */
export interface RoleInferenceRule {
  prior_role: RoleReference;
  implies: RoleReference[];
}

/** An ID with the name (and, for users, groups and projects, the domain) that `include_names` adds. */
export interface NamedReference {
  id: string;
  name?: string;
  domain?: { id: string; name?: string };
}

/** One role assignment: a role an actor holds on a scope. */
export interface RoleAssignment {
  role: NamedReference;
  /** Set for user assignments (and for every entry of an `effective` listing). */
  user?: NamedReference;
  /** Set for group assignments (absent from `effective` listings, which expand groups). */
  group?: NamedReference;
  scope: {
    project?: NamedReference;
    domain?: NamedReference;
    system?: { all: boolean };
    /** `projects` on inherited assignments. */
    'OS-INHERIT:inherited_to'?: 'projects' | (string & {});
  };
  links: {
    /** The grant this assignment comes from. */
    assignment: string;
    /** In `effective` listings: the group membership it comes through. */
    membership?: string;
    /** In `effective` listings: the inference rule that implied this role. */
    prior_role?: string;
  };
}
