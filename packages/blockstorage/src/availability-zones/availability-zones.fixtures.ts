/**
 * Replies recorded from the real Cinder (Zed, 21.3.1, FakeLoggingVolumeDriver, cinder-backup) in the
 * local cloud by the demo member, or the admin where noted; nothing edited.
 */

/** GET os-availability-zone. */
export const az = {
  "availabilityZoneInfo": [
    {
      "zoneName": "nova",
      "zoneState": {
        "available": true
      }
    }
  ]
};
