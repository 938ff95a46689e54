/** A host aggregate as `createAggregate` returns it: without hosts and metadata. */
export interface CreatedAggregate {
  /** The aggregate's ID, an integer; the one the other aggregate operations take. */
  id: number;
  /** Microversion 2.41 and later. */
  uuid?: string;
  name: string;
  /** The availability zone the aggregate defines, or `null` when it defines none. */
  availability_zone: string | null;
  created_at: string;
  updated_at: string | null;
  deleted_at: string | null;
  deleted: boolean;
}

/** A host aggregate: a group of compute hosts sharing metadata (and possibly an availability zone). */
export interface Aggregate extends CreatedAggregate {
  /** The compute hosts (service host names) in the aggregate. */
  hosts: string[];
  /** The aggregate's metadata; an availability zone also appears here as `availability_zone`. */
  metadata: Record<string, string>;
}
