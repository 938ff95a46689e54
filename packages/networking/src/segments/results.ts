/** A segment of a network (extension `segment`): one layer-2 domain, with its type and physical network. */
export interface Segment {
  id: string;
  network_id: string;
  name: string | null;
  description: string | null;
  network_type: 'flat' | 'vlan' | 'vxlan' | 'geneve' | 'gre' | 'local' | (string & {});
  /** The physical network of a flat or VLAN segment; `null` for tunnelled types. */
  physical_network: string | null;
  /** The VLAN ID or tunnel ID; `null` for flat segments. */
  segmentation_id: number | null;
  /** Extension `standard-attr-segment`. */
  created_at?: string;
  updated_at?: string;
  revision_number?: number;
}
