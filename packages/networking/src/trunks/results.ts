/** A port carried by a trunk, and the segmentation that tells its traffic apart on the parent port. */
export interface TrunkSubport {
  port_id: string;
  /** `vlan`, or `inherit` to take the segmentation of the subport's network. */
  segmentation_type: 'vlan' | 'inherit' | (string & {});
  segmentation_id: number;
}

/** A Neutron trunk (extension `trunk`): a parent port that carries the traffic of several networks through its subports. */
export interface Trunk {
  id: string;
  name: string;
  description: string;
  /** The parent port: the one an instance plugs into. */
  port_id: string;
  /** False locks the trunk: subports can then be neither added nor removed. */
  admin_state_up: boolean;
  status: 'ACTIVE' | 'DOWN' | 'BUILD' | 'DEGRADED' | 'ERROR' | (string & {});
  sub_ports: TrunkSubport[];
  project_id: string;
  tenant_id: string;
  /** Extension `standard-attr-tag`. */
  tags?: string[];
  /** Extension `standard-attr-timestamp`. */
  created_at?: string;
  updated_at?: string;
  /** Extension `standard-attr-revisions`. */
  revision_number?: number;
}
