/**
 * Replies recorded from the real Cinder (Zed, 21.3.1, FakeLoggingVolumeDriver, cinder-backup) in the
 * local cloud by the demo member, or the admin where noted; nothing edited.
 */

/** GET os-services, by the admin. */
export const services = {
  "services": [
    {
      "binary": "cinder-backup",
      "host": "localhost",
      "zone": "nova",
      "status": "enabled",
      "state": "up",
      "updated_at": "2026-12-08T01:50:57.000000",
      "cluster": null,
      "disabled_reason": null
    },
    {
      "binary": "cinder-volume",
      "host": "localhost@fake",
      "zone": "nova",
      "status": "enabled",
      "state": "up",
      "updated_at": "2026-12-08T01:50:58.000000",
      "backend_state": "up",
      "cluster": null,
      "disabled_reason": null,
      "replication_status": "disabled",
      "active_backend_id": null,
      "frozen": false
    },
    {
      "binary": "cinder-scheduler",
      "host": "localhost",
      "zone": "nova",
      "status": "enabled",
      "state": "up",
      "updated_at": "2026-12-08T01:50:59.000000",
      "cluster": null,
      "disabled_reason": null
    }
  ]
};

/** GET os-services?binary=cinder-scheduler&host=localhost after the disable with a reason, by the admin. */
export const servicesFiltered = {
  "services": [
    {
      "binary": "cinder-scheduler",
      "host": "localhost",
      "zone": "nova",
      "status": "disabled",
      "state": "up",
      "updated_at": "2026-12-08T01:51:10.000000",
      "cluster": null,
      "disabled_reason": "osts recording"
    }
  ]
};

/** 403 reply to the member's GET os-services. */
export const servicesMember = {
  "forbidden": {
    "code": 403,
    "message": "Policy doesn't allow volume_extension:services:index to be performed."
  }
};

/** PUT os-services/disable, by the admin. */
export const disable = {
  "disabled": true,
  "host": "localhost",
  "service": "",
  "binary": "cinder-scheduler",
  "status": "disabled"
};

/** PUT os-services/disable-log-reason, by the admin. */
export const disableReason = {
  "disabled_reason": "osts recording",
  "disabled": true,
  "host": "localhost",
  "service": "",
  "binary": "cinder-scheduler",
  "status": "disabled"
};

/** PUT os-services/enable, by the admin. */
export const enable = {
  "disabled": false,
  "host": "localhost",
  "service": "",
  "binary": "cinder-scheduler",
  "status": "enabled"
};

/** 404 reply to PUT os-services/enable for a host with no such service. */
export const enableMissing = {
  "itemNotFound": {
    "code": 404,
    "message": "Service cinder-volume could not be found on host osts-no-such-host."
  }
};

/** 403 reply to the member's PUT os-services/enable. */
export const enableMember = {
  "forbidden": {
    "code": 403,
    "message": "Policy doesn't allow volume_extension:services:update to be performed."
  }
};

/** 400 reply to PUT os-services/freeze for a host with no service. */
export const freezeMissing = {
  "badRequest": {
    "code": 400,
    "message": "No service found with host=osts-no-such-host"
  }
};

/** 400 reply to PUT os-services/thaw for a host with no service. */
export const thawMissing = {
  "badRequest": {
    "code": 400,
    "message": "No service found with host=osts-no-such-host"
  }
};
