/**
 * Replies recorded from the real Cinder (Zed, 21.3.1, FakeLoggingVolumeDriver, cinder-backup) in the
 * local cloud by the demo member, or the admin where noted; nothing edited.
 */

/** GET scheduler-stats/get_pools?detail=true, by the admin. */
export const poolsDetail = {
  "pools": [
    {
      "name": "localhost@fake#fake",
      "capabilities": {
        "pool_name": "fake",
        "total_capacity_gb": "infinite",
        "free_capacity_gb": "infinite",
        "provisioned_capacity_gb": 0,
        "reserved_percentage": 100,
        "QoS_support": false,
        "filter_function": null,
        "goodness_function": null,
        "consistencygroup_support": false,
        "replication_enabled": true,
        "group_replication_enabled": true,
        "allocated_capacity_gb": 0,
        "volume_backend_name": "fake",
        "storage_protocol": "fake",
        "vendor_name": "Open Source",
        "driver_version": "3.0.0",
        "timestamp": "2026-12-08T01:51:05.913519"
      }
    }
  ]
};

/** GET scheduler-stats/get_pools, by the admin. */
export const pools = {
  "pools": [
    {
      "name": "localhost@fake#fake"
    }
  ]
};

/** 403 reply to the member's GET scheduler-stats/get_pools. */
export const poolsMember = {
  "forbidden": {
    "code": 403,
    "message": "Policy doesn't allow scheduler_extension:scheduler_stats:get_pools to be performed."
  }
};
