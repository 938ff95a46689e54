/**
 * Replies recorded from the real Cinder (Zed, 21.3.1, FakeLoggingVolumeDriver, cinder-backup) in the
 * local cloud by the demo member, or the admin where noted; nothing edited.
 */

/** GET limits, by the member. */
export const limits = {
  "limits": {
    "rate": [],
    "absolute": {
      "maxTotalVolumes": 10,
      "maxTotalSnapshots": 10,
      "maxTotalVolumeGigabytes": 1000,
      "maxTotalBackups": 10,
      "maxTotalBackupGigabytes": 1000,
      "totalVolumesUsed": 0,
      "totalGigabytesUsed": 0,
      "totalSnapshotsUsed": 0,
      "totalBackupsUsed": 0,
      "totalBackupGigabytesUsed": 0
    }
  }
};
