/**
 * Replies recorded from the real Nova (Zed, microversion 2.93 unless the name says otherwise) in the
 * local cloud; trimmed of nothing but unused entries.
 */

/** 200 reply to the recorded `list` call. */
export const list = {
  "availabilityZoneInfo": [
    {
      "zoneName": "nova",
      "zoneState": {
        "available": true
      },
      "hosts": null
    }
  ]
};

/** 200 reply to the recorded `detail` call. */
export const detail = {
  "availabilityZoneInfo": [
    {
      "zoneName": "internal",
      "zoneState": {
        "available": true
      },
      "hosts": {
        "host-ovs-filter-active": {
          "nova-scheduler": {
            "available": true,
            "active": true,
            "updated_at": "2026-11-27T14:06:37.000000"
          },
          "nova-conductor": {
            "available": true,
            "active": true,
            "updated_at": "2026-11-27T14:06:37.000000"
          }
        }
      }
    },
    {
      "zoneName": "nova",
      "zoneState": {
        "available": true
      },
      "hosts": {
        "host-ovs-filter-active": {
          "nova-compute": {
            "available": true,
            "active": true,
            "updated_at": "2026-11-27T14:06:39.000000"
          }
        }
      }
    }
  ]
};

/** 403 reply to the recorded `detail_member` call. */
export const detailMember = {
  "forbidden": {
    "code": 403,
    "message": "Policy doesn't allow os_compute_api:os-availability-zone:detail to be performed."
  }
};
