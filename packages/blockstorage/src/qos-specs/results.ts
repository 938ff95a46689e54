/** Where QoS specs are enforced: by the storage backend, the compute hypervisor (`front-end`), or both. */
export type QosConsumer = 'back-end' | 'front-end' | 'both' | (string & {});

/** Cinder QoS specs: named limits (`read_iops_sec`, `total_bytes_sec`, …) that volume types carry. Field names are the API's own. */
export interface QosSpec {
  id: string;
  name: string;
  consumer: QosConsumer;
  /** The limits, key to value; values are strings, as Cinder keeps them. */
  specs: Record<string, string>;
}

/** What QoS specs are associated with, as `GET /qos-specs/{id}/associations` shows it. */
export interface QosSpecAssociation {
  /** Always `volume_type` in Cinder today. */
  association_type: 'volume_type' | (string & {});
  /** The volume type's ID. */
  id: string;
  /** The volume type's name. */
  name: string;
}
